"""The command line: inputs (files, folders, stdin), formats, workers, exit codes 0/1/2."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gov_notice import cli
from gov_notice.frames import SCHEMAS

from conftest import DATA, ROOT

SEED = DATA / "notice_seed.txt"
_UNDECODABLE = b"\xff\xfe\x00\xd8"  # a UTF-16 BOM followed by half a surrogate


@pytest.fixture(autouse=True)
def _shared_extractor(monkeypatch: pytest.MonkeyPatch, extractor: Any) -> None:
    """In-process runs reuse the session's Extractor (building resources takes a while)."""
    real = cli._make_extractor
    monkeypatch.setattr(cli, "_make_extractor", lambda lexicon: real(lexicon) if lexicon else extractor)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of notices: two good ones (one nested), one undecodable, one not matching *.txt."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("副省长、公安厅厅长胡明朗出席会议并讲话。", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_bytes("會議要求：一是提高認識。二是壓實責任。".encode("big5"))
    (tmp_path / "sub" / "broken.txt").write_bytes(_UNDECODABLE)
    (tmp_path / "notes.md").write_text("县委召开会议。", encoding="utf-8")
    return tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_readme_first_command_prints_a_summary() -> None:
    proc = subprocess.run([sys.executable, "-m", "gov_notice", "data/notice_seed.txt"], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "胡明朗" in proc.stdout and "directives (4)" in proc.stdout


def test_jsonl_lines_are_notices(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["--format", "jsonl", str(SEED), str(SEED)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["id"] == str(SEED) and len(first["directives"]) == 4


@pytest.mark.parametrize("table", list(SCHEMAS), ids=list(SCHEMAS))
def test_csv_tables_have_their_columns(table: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--format", "csv", "--table", table, str(SEED)], capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(SCHEMAS[table])
    assert all(r[0] == str(SEED) for r in rows[1:])


def test_csv_defaults_to_officials_and_table_implies_csv(capsys: pytest.CaptureFixture[str]) -> None:
    _, officials, _ = _run(["--format", "csv", str(SEED)], capsys)
    assert officials.splitlines()[0] == ",".join(SCHEMAS["officials"])
    assert "胡明朗" in officials
    _, directives, _ = _run(["--table", "directives", str(SEED)], capsys)
    assert directives.splitlines()[0] == ",".join(SCHEMAS["directives"])
    assert len(directives.splitlines()) == 1 + 4


def test_folder_recursive_glob_and_failures(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["--format", "jsonl", str(corpus)], capsys)
    assert code == 1  # one input failed, the others are written
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == [str(corpus / "a.txt"), str(corpus / "sub" / "b.txt")]
    assert "1 of 3 inputs failed" in err and "broken.txt" in err
    code, out, _ = _run(["--format", "jsonl", "--glob", "*.md", str(corpus)], capsys)
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == [str(corpus / "notes.md")]


def test_unreadable_file_is_listed_and_the_run_goes_on(
        corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = _run(["--format", "jsonl", str(corpus / "a.txt"), str(corpus / "sub" / "b.txt")],
                          capsys)
    assert code == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == [str(corpus / "sub" / "b.txt")]
    assert "a.txt: Permission denied" in err


def test_workers_give_the_same_output(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(SEED), str(corpus / "a.txt"), str(corpus / "sub" / "b.txt")] * 3
    code1, serial, _ = _run(["--format", "jsonl", *files], capsys)
    code2, parallel, _ = _run(["--format", "jsonl", "--workers", "2", *files], capsys)
    assert code1 == code2 == 0
    assert parallel == serial


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "县委召开会议。一是抓落实。二是重实效。".encode())
    code, out, _ = _run(["--table", "directives"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["marker"] for r in rows] == ["一是", "二是"] and rows[0]["doc_id"] == "0"


def test_stdin_dash_with_files(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "副省长胡明朗出席会议。".encode("gb18030"))
    code, out, _ = _run(["--format", "jsonl", str(SEED), "-"], capsys)
    assert code == 0
    notices = [json.loads(x) for x in out.splitlines()]
    assert [n["id"] for n in notices] == [str(SEED), None]
    assert notices[1]["source"] == "副省长胡明朗出席会议。"


def test_undecodable_stdin_fails_with_1(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, _UNDECODABLE)
    code, out, err = _run([], capsys)
    assert code == 1 and out == ""
    assert "1 of 1 inputs failed" in err and "  -: " in err


_USAGE_ERRORS = [
    ("no-such-path", ["no/such/file.txt"], "no such file or folder: no/such/file.txt"),
    ("bad-format", ["--format", "xml", "x"], "invalid choice"),
    ("bad-table", ["--table", "people", "x"], "invalid choice"),
    ("zero-workers", ["--workers", "0", "x"], "must be a positive whole number"),
    ("table-with-jsonl", ["--format", "jsonl", "--table", "bylines", "x"], "--table goes with --format csv"),
    ("stdin-twice", ["-", "-"], "only once"),
]


@pytest.mark.parametrize("argv,message", [u[1:] for u in _USAGE_ERRORS], ids=[u[0] for u in _USAGE_ERRORS])
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(argv, capsys)
    assert code == 2 and out == ""
    assert message in err


def test_empty_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run([str(tmp_path)], capsys)
    assert code == 2 and "no files matching '*.txt'" in err


def test_bad_lexicon_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["--lexicon", str(tmp_path / "missing.tsv"), str(SEED)], capsys)
    assert code == 2 and "--lexicon" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--help"], capsys)
    assert code == 0 and "exit codes" in out


def test_terminal_stdin_without_paths_is_a_usage_error(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    code, _, err = _run([], capsys)
    assert code == 2 and "nothing to read" in err


def test_console_script_and_module_agree() -> None:
    exe = Path(sys.executable).with_name("gov-notice")
    if not exe.exists():
        pytest.skip("the gov-notice console script is not installed next to this Python")
    args: list[Any] = ["--format", "jsonl", "data/notice_seed.txt"]
    a = subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, timeout=120)
    b = subprocess.run([sys.executable, "-m", "gov_notice", *args], cwd=ROOT, capture_output=True,
                       timeout=120)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout and a.stdout


def test_internal_errors_are_named_as_such(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    class Broken:
        def extract(self, text: Any, *, id: Any = None) -> Any:
            raise KeyError("oops")

    monkeypatch.setattr(cli, "_make_extractor", lambda lexicon: Broken())
    code, out, err = _run([str(SEED)], capsys)
    assert code == 1 and out == ""
    assert "internal error, please report it: KeyError" in err


@pytest.mark.parametrize("tty,flag,wanted", [(True, False, True), (False, False, False),
                                             (True, True, False)],
                         ids=["terminal", "redirected", "no-progress-flag"])
def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tty: bool, flag: bool,
                                     wanted: bool) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert cli._progress_wanted(flag) is wanted


# --- output the console cannot hold: every good input is still written ----------------------------
def _odd_corpus(tmp_path: Path) -> list[str]:
    """An emoji in a directive, a file name with an undecodable byte, the seed, a broken file."""
    (tmp_path / "a.txt").write_text("县委召开会议。一是落实到位👍。二是压实责任。", encoding="utf-8")
    odd = os.fsencode(tmp_path) + b"/b\xff.txt"
    try:
        with open(odd, "wb") as fh:
            fh.write("会议要求：一是提高认识。二是狠抓落实。".encode("gbk"))
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    (tmp_path / "d.txt").write_bytes(_UNDECODABLE)
    return [str(tmp_path / "a.txt"), os.fsdecode(odd), str(SEED), str(tmp_path / "d.txt")]


def _cli(args: list[str], stdout: Any = subprocess.PIPE, encoding: str = "gbk") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gov_notice", *args], cwd=ROOT, stdout=stdout,
                          stderr=subprocess.PIPE, env=env, timeout=300)


_CONSOLE = [("table-gbk", "table", "gbk"), ("jsonl-gbk", "jsonl", "gbk"), ("csv-gbk", "csv", "gbk"),
            ("table-ascii", "table", "ascii"), ("jsonl-utf8", "jsonl", "utf-8")]


@pytest.mark.parametrize("fmt,encoding", [c[1:] for c in _CONSOLE], ids=[c[0] for c in _CONSOLE])
def test_console_encoding_never_loses_an_input(tmp_path: Path, fmt: str, encoding: str) -> None:
    files = _odd_corpus(tmp_path)
    args = ["--table", "directives"] if fmt == "csv" else ["--format", fmt]
    proc = _cli([*args, *files], encoding=encoding)
    err = proc.stderr.decode(encoding, "replace")
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    assert "1 of 4 inputs failed" in err and err.count("d.txt") == 1
    out = proc.stdout.decode("utf-8" if fmt != "table" else encoding)
    # a character the output cannot hold is written as its backslash escape
    escaped = [f.replace("\udcff", "\\udcff") for f in files[:3]]
    if fmt == "jsonl":
        notices = [json.loads(line) for line in out.splitlines()]
        assert [n["id"] for n in notices] == files[:3]  # \udcff in JSON: the same file name back
        assert notices[0]["directives"][0]["summary"] == "落实到位👍"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert sorted({r["doc_id"] for r in rows}) == sorted(escaped)
        assert rows[0]["summary"] == "落实到位👍"
    else:
        assert [line[3:] for line in out.splitlines() if line.startswith("== ")] == escaped
        assert "directives (4)" in out
        assert "\\U0001f44d" in out  # the emoji of a.txt's first directive


def test_full_disk_is_one_clean_error() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    for fmt in ("table", "jsonl"):
        with open("/dev/full", "w") as full:
            proc = _cli(["--format", fmt, str(SEED)], stdout=full, encoding="utf-8")
        err = proc.stderr.decode()
        assert proc.returncode == 1
        assert "Traceback" not in err and "Exception ignored" not in err
        assert err.startswith("gov-notice: error: cannot write the results") and err.count("\n") == 1

"""The bundled sample: the foundation's acceptance checks, the golden result and the README commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import gov_notice
from conftest import DATA, ROOT, assert_offsets
from gov_notice.normalize import normalize

SEED = DATA / "notice_seed.txt"


@pytest.fixture(scope="module")
def notice() -> gov_notice.Notice:
    return gov_notice.extract_file(SEED)


def test_normalised_sample(notice: gov_notice.Notice) -> None:
    assert notice.script == "traditional"
    assert "(jī)" not in notice.text and "(" not in notice.text
    assert "?" not in notice.text and "？" not in notice.text
    assert notice.text.count("安排部署下半年推进落实工作") == 1  # the lead once
    assert notice.text == normalize(notice.text).text  # nothing Traditional is left to convert


def test_sample_directives(notice: gov_notice.Notice) -> None:
    assert [(d.group, d.index, d.marker, d.summary) for d in notice.directives] == [
        (1, 1, "一是", "思想认识务必再提高"),
        (1, 2, "二是", "工作措施务必再硬化"),
        (1, 3, "三是", "任务进度务必再追赶"),
        (1, 4, "四是", "工作责任务必再夯实"),
    ]


def test_sample_officials(notice: gov_notice.Notice) -> None:
    titles = {o.name: o.titles for o in notice.officials}
    assert titles["胡明朗"] == ("副省长", "公安厅党委书记", "厅长")
    assert titles["曾岚"] == ("厅党委副书记", "常务副厅长")


def test_sample_offsets_and_source_spans(notice: gov_notice.Notice) -> None:
    assert_offsets(notice)
    src = notice.source
    d = notice.directives[0]
    a, b = notice.source_span(d.start, d.end)
    assert src[a:b].startswith("一是思想認(rèn)識(shí)")  # back in the Traditional, pinyin-noised input
    assert normalize(src[a:b]).text == d.text
    hu = next(o for o in notice.officials if o.name == "胡明朗")
    for m in hu.mentions:
        a, b = notice.source_span(m.start, m.end)
        assert normalize(src[a:b]).text == m.text


def test_golden(notice: gov_notice.Notice) -> None:
    """The whole result of the sample, pinned.  After a deliberate change:
    ``python scripts/update_golden.py`` and commit the diff of data/ with the reason."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from update_golden import golden

    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert golden(notice) == expected


def test_from_dict_round_trip(notice: gov_notice.Notice) -> None:
    again = gov_notice.Notice.from_dict(json.loads(json.dumps(notice.to_dict(), ensure_ascii=False)))
    assert again == notice
    d = notice.directives[0]
    assert again.source_span(d.start, d.end) == notice.source_span(d.start, d.end)


def test_readme_first_command_runs() -> None:
    """The README's first command (after the install): the sample, printed readably."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m gov_notice data/notice_seed.txt" in readme.split("\n## ")[0]
    assert "python -m pytest" in readme.split("\n## ")[0]
    out = subprocess.run([sys.executable, "-m", "gov_notice", "data/notice_seed.txt"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "胡明朗" in out.stdout and "思想认识务必再提高" in out.stdout
    assert out.stderr == ""


def test_ci_runs_the_readme_test_command() -> None:
    readme_block = (ROOT / "README.md").read_text(encoding="utf-8").split("```")[1]
    test_command = next(line.split("#")[0].strip() for line in readme_block.splitlines() if "pytest" in line)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

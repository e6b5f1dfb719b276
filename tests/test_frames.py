"""to_frames (long pandas tables keyed by doc_id), Notice.to_dict/from_dict, JSON Lines."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import gov_notice
from gov_notice import frames
from gov_notice.results import Notice, Official, Position

from conftest import DATA

_SENTENCES = [
    "副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。",
    "会议要求：一是提高认识。二是压实责任。三是加强督导。",
    "市委常委、秘书长王建国主持会议，市政府办公室负责同志参加。",
    "",
]


def _notices(ids: bool = False) -> list[Notice]:
    sample = (DATA / "notice_seed.txt").read_text(encoding="utf-8")
    texts = [sample, *_SENTENCES]
    items: list[Any] = [(f"n{i}", t) for i, t in enumerate(texts)] if ids else texts
    return list(gov_notice.extract_many(items))


# -- the tables ------------------------------------------------------------------------------

def test_five_tables_with_fixed_columns() -> None:
    pytest.importorskip("pandas")
    f = gov_notice.to_frames(_notices())
    assert isinstance(f, frames.Frames)
    assert f._fields == ("notices", "officials", "organizations", "directives", "bylines")
    for name, df in f._asdict().items():
        assert list(df.columns) == list(frames.SCHEMAS[name]), name


def test_empty_input_keeps_columns_and_dtypes() -> None:
    pytest.importorskip("pandas")
    empty = gov_notice.to_frames([])
    full = gov_notice.to_frames(_notices())
    for name in frames.TABLES:
        e, g = getattr(empty, name), getattr(full, name)
        assert len(e) == 0
        assert e.dtypes.to_dict() == g.dtypes.to_dict(), name


def test_sequential_doc_ids_when_notice_id_is_none() -> None:
    pytest.importorskip("pandas")
    ns = _notices()
    f = gov_notice.to_frames(ns)
    assert f.notices["doc_id"].tolist() == list(range(len(ns)))
    assert str(f.notices["doc_id"].dtype) == "int64"
    assert f.notices["chars"].tolist() == [len(n.text) for n in ns]


def test_explicit_ids_and_joins() -> None:
    pytest.importorskip("pandas")
    ns = _notices(ids=True)
    f = gov_notice.to_frames(ns)
    assert f.notices["doc_id"].tolist() == [n.id for n in ns]
    joined = f.officials.merge(f.notices[["doc_id", "script"]], on="doc_id", how="left")
    assert len(joined) == len(f.officials) and joined["script"].notna().all()
    for name in ("officials", "organizations", "directives", "bylines"):
        assert set(getattr(f, name)["doc_id"]) <= set(f.notices["doc_id"]), name
    # the per-notice counts agree with the long tables
    per_doc = f.directives.groupby("doc_id").size()
    for row in f.notices.itertuples():
        assert per_doc.get(row.doc_id, 0) == row.n_directives


def test_sample_rows_are_the_stable_ones() -> None:
    pytest.importorskip("pandas")
    f = gov_notice.to_frames(_notices(ids=True))
    sample = f.officials[f.officials["doc_id"] == "n0"]
    hu = sample[sample["name"] == "胡明朗"]
    assert hu["title"].tolist()[0] == "副省长"
    assert len(f.directives[f.directives["doc_id"] == "n0"]) == 4


def test_one_row_per_official_and_title_with_offsets() -> None:
    pytest.importorskip("pandas")
    text = "副省长、公安厅厅长胡明朗。"
    notice = Notice(source=text, text=text, script="simplified", officials=(
        Official("胡明朗", ("副省长", "公安厅厅长", "组长"), (), (
            Position("副省长", "副省长", None, 0, 3), Position("公安厅厅长", "厅长", "公安厅", 4, 9))),
        Official("王强"),
    ))
    df = gov_notice.to_frames([notice]).officials
    assert df["title"].tolist()[:3] == ["副省长", "公安厅厅长", "组长"]
    assert df["organization"].tolist()[1] == "公安厅" and df["post"].tolist()[1] == "厅长"
    assert df["start"].tolist()[1] == 4 and df["end"].tolist()[1] == 9
    assert df["start"].isna().tolist() == [False, False, True, True]  # 组长 has no Position
    assert df["name"].tolist()[3] == "王强" and df["title"].isna().tolist()[3]  # untitled: one row
    assert df["official_no"].tolist() == [0, 0, 0, 1]


def test_no_column_shadows_a_dataframe_attribute() -> None:
    pd = pytest.importorskip("pandas")
    for table, columns in frames.SCHEMAS.items():
        shadowing = [c for c in columns if hasattr(pd.DataFrame, c)]
        assert not shadowing, (table, shadowing)  # df.index is the index, never a column


def test_directive_item_and_mention_counts() -> None:
    pytest.importorskip("pandas")
    notice = gov_notice.extract("会议要求：一是提高认识。二是压实责任。副省长胡明朗出席。胡明朗指出，要落实。")
    f = gov_notice.to_frames([notice])
    assert f.directives["item"].tolist() == [d.index for d in notice.directives] == [1, 2]
    assert f.directives.item.tolist() == [1, 2]  # attribute access works: no clash with .index
    assert f.officials["n_mentions"].tolist() == [len(notice.officials[0].mentions)] == [2]


def test_frames_show_a_summary_and_first_rows() -> None:
    pytest.importorskip("pandas")
    ns = _notices(ids=True)
    f = gov_notice.to_frames(ns)
    text = repr(f)
    assert len(text.splitlines()) == 6 and f"notices       {len(ns)} rows × 18 columns" in text
    html = f._repr_html_()
    assert html.count("<details") == 5 and html.count("<table") == 5
    assert "胡明朗" in html and "n_mentions" in html
    assert "<NA>" not in html and "&lt;NA&gt;" not in html and ">None<" not in html
    assert f"… {len(f.directives) - 5} more rows" in html or len(f.directives) <= 5
    longest = max(len(t) for t in f.directives["text"])
    assert longest > 60 and not any(t in html for t in f.directives["text"] if len(t) > 60)  # cut
    assert "<details" in gov_notice.to_frames([])._repr_html_()  # no input: still a view


def test_frames_view_escapes_the_text() -> None:
    pytest.importorskip("pandas")
    evil = Notice(source="x", text="x", script="unknown", id="<script>alert(1)</script>")
    html = gov_notice.to_frames([evil])._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_frames_stay_a_named_tuple() -> None:
    pytest.importorskip("pandas")
    f = gov_notice.to_frames(_notices())
    notices, officials, *rest = f
    assert notices is f.notices and officials is f[1] and len(rest) == 3
    assert isinstance(f, tuple) and f._asdict()["bylines"] is f.bylines


def test_mixed_ids_make_an_object_column() -> None:
    pytest.importorskip("pandas")
    ns = [gov_notice.extract("县委召开会议。")] * 2
    mixed = [ns[0], Notice.from_dict({**ns[1].to_dict(), "id": "x"})]
    assert str(gov_notice.to_frames(mixed).notices["doc_id"].dtype) == "object"


def test_to_frames_rejects_non_notices() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="takes Notices"):
        gov_notice.to_frames(["副省长胡明朗出席会议。"])  # type: ignore[list-item]


def test_to_frames_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"gov-notice\[pandas\]"):
        gov_notice.to_frames([])


# -- round trips -----------------------------------------------------------------------------

def test_to_dict_from_dict_round_trip() -> None:
    for n in _notices(ids=True):
        d = json.loads(json.dumps(n.to_dict(), ensure_ascii=False))
        back = Notice.from_dict(d)
        assert back == n
        assert back.source_span(0, len(back.text)) == n.source_span(0, len(n.text))


def test_jsonl_round_trip_through_a_path(tmp_path: Path) -> None:
    ns = _notices(ids=True)
    path = tmp_path / "out.jsonl"
    assert gov_notice.write_jsonl(ns, path) == len(ns)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(ns) and "胡明朗" in lines[0]  # UTF-8, not \\u escapes
    assert list(gov_notice.read_jsonl(path)) == ns
    assert list(gov_notice.read_jsonl(str(path))) == ns


def test_jsonl_gzip(tmp_path: Path) -> None:
    ns = _notices()
    path = tmp_path / "out.jsonl.gz"
    gov_notice.write_jsonl(iter(ns), path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        assert sum(1 for _ in fh) == len(ns)
    assert list(gov_notice.read_jsonl(path)) == ns


@pytest.mark.parametrize("binary", [False, True], ids=["text-file", "binary-file"])
def test_jsonl_file_objects(binary: bool) -> None:
    ns = _notices()
    buf: Any = io.BytesIO() if binary else io.StringIO()
    gov_notice.write_jsonl(ns, buf)
    buf.seek(0)
    assert list(gov_notice.read_jsonl(buf)) == ns


def test_read_jsonl_is_lazy_and_skips_blank_lines() -> None:
    ns = _notices()
    buf = io.StringIO()
    gov_notice.write_jsonl(ns[:2], buf)
    buf = io.StringIO("\n" + buf.getvalue() + "\n\n")
    it = gov_notice.read_jsonl(buf)
    assert next(it) == ns[0]
    assert list(it) == ns[1:2]


def _shifted(d: dict[str, Any]) -> dict[str, Any]:
    """A notice dict whose first directive has impossible offsets (start 5, end 1)."""
    d["directives"][0].update(start=5, end=1)
    return d


def _moved(d: dict[str, Any]) -> dict[str, Any]:
    """A notice dict whose first directive points at other text than its own."""
    d["directives"][0].update(start=d["directives"][0]["start"] + 1, end=d["directives"][0]["end"] + 1)
    return d


_GOOD = "会议要求：一是提高认识。二是压实责任。三是加强督导。"
_BAD_LINES = [
    ("not-json", "{not json"),
    ("missing-fields", json.dumps({"source": "x"})),
    ("a-list", "[1, 2]"),
    ("deeply-nested", "[" * 100_000 + "]" * 100_000),
    ("deeply-nested-object", '{"source": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}"),
    ("impossible-offsets", json.dumps(_shifted(gov_notice.extract(_GOOD).to_dict()), ensure_ascii=False)),
    ("offsets-off-the-item", json.dumps(_moved(gov_notice.extract(_GOOD).to_dict()), ensure_ascii=False)),
]


@pytest.mark.parametrize("line", [b[1] for b in _BAD_LINES], ids=[b[0] for b in _BAD_LINES])
def test_read_jsonl_names_the_bad_line(line: str) -> None:
    good = json.dumps(_notices()[1].to_dict(), ensure_ascii=False)
    with pytest.raises(ValueError, match="line 2"):
        list(gov_notice.read_jsonl(io.StringIO(good + "\n" + line + "\n")))


def test_write_jsonl_unserialisable_id() -> None:
    n = gov_notice.extract_many([(object(), "县委召开会议。")])
    with pytest.raises(TypeError, match="not JSON-serialisable"):
        gov_notice.write_jsonl(n, io.StringIO())


def test_read_jsonl_rejects_non_files() -> None:
    with pytest.raises(TypeError, match="path or a file"):
        gov_notice.read_jsonl(42)  # type: ignore[arg-type]


def test_tuple_ids_come_back_as_tuples() -> None:
    ns = list(gov_notice.extract_many([(("2024", 7), "县委召开会议。"), (("a", ("b", 1)), "一是抓落实。二是重实效。")]))
    buf = io.StringIO()
    gov_notice.write_jsonl(ns, buf)
    buf.seek(0)
    back = list(gov_notice.read_jsonl(buf))
    assert [n.id for n in back] == [("2024", 7), ("a", ("b", 1))]
    assert back == ns


_SURROGATE_SOURCES = [
    ("lone-high-surrogate", "省公安厅\ud800召开会议。一是落实。二是推进。"),
    ("lone-low-surrogate-in-id", "县委召开会议。"),
]


@pytest.mark.parametrize("text", [t for _, t in _SURROGATE_SOURCES], ids=[i for i, _ in _SURROGATE_SOURCES])
def test_lone_surrogates_are_written_and_read_back(tmp_path: Path, text: str) -> None:
    ns = list(gov_notice.extract_many([("b\udcff.txt", text), ("c", "副省长胡明朗出席会议。")]))
    path = tmp_path / "out.jsonl"
    assert gov_notice.write_jsonl(ns, path) == 2
    path.read_text(encoding="utf-8")  # valid UTF-8: the surrogates are JSON escapes
    assert list(gov_notice.read_jsonl(path)) == ns


def test_write_jsonl_never_leaves_a_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("the previous run\n", encoding="utf-8")
    ns = list(gov_notice.extract_many([("a", "县委召开会议。"), (object(), "市委召开会议。")]))
    with pytest.raises(TypeError, match="not JSON-serialisable"):
        gov_notice.write_jsonl(ns, path)
    assert path.read_text(encoding="utf-8") == "the previous run\n"  # untouched
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    fresh = tmp_path / "fresh.jsonl.gz"
    with pytest.raises(TypeError):
        gov_notice.write_jsonl(ns, fresh)
    assert not fresh.exists()

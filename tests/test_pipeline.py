"""The pipeline's shape: components run in one ordered list over one Doc, and the timing hook the
benchmarks use observes them without changing a result."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import DATA
from gov_notice import pipeline
from gov_notice.doc import Doc

_TEXTS = {
    "seed": (DATA / "notice_seed.txt").read_text(encoding="utf-8"),
    "meeting": "12月5日，市委召开常委会议。市委书记王海峰主持会议并讲话。王海峰强调，一要提高认识，二要压实责任。",
    "empty": "",
}


def test_components_in_order() -> None:
    assert [c.name for c in pipeline.COMPONENTS] == ["header", "people", "organizations", "resolve", "link", "directives", "meeting"]


@pytest.mark.parametrize("text", list(_TEXTS.values()), ids=list(_TEXTS))
def test_timer_sees_each_component_and_changes_nothing(extractor: Any, text: str) -> None:
    seen: list[str] = []
    timed = extractor._run(text, timer=lambda name, s: seen.append(name) if s >= 0 else None)
    assert seen == ["normalize", *(c.name for c in pipeline.COMPONENTS)]
    assert timed.to_dict() == extractor.extract(text).to_dict()


# the Doc's fields: its __slots__, which a class compiled with mypyc lists as __mypyc_attrs__
_DOC_FIELDS: tuple[str, ...] = getattr(Doc, "__slots__", None) or getattr(Doc, "__mypyc_attrs__")


def _fields_filled(doc: Doc) -> dict[str, set[str]]:
    filled: dict[str, set[str]] = {}
    for c in pipeline.COMPONENTS:
        before = {f: repr(getattr(doc, f)) for f in _DOC_FIELDS if f not in ("_paragraphs", "_bounds")}
        c.run(doc)
        filled[c.name] = {f for f, r in before.items() if repr(getattr(doc, f)) != r}
    return filled


@pytest.mark.parametrize("text", list(_TEXTS.values()), ids=list(_TEXTS))
def test_each_component_fills_only_what_it_declares(extractor: Any, text: str) -> None:
    filled = _fields_filled(Doc(text, extractor.resources))
    for c in pipeline.COMPONENTS:
        assert filled[c.name] <= set(c.adds), c.name


def test_each_component_reads_what_earlier_ones_declare() -> None:
    ready = {"text", "ner"}
    for c in pipeline.COMPONENTS:
        assert set(c.needs) <= ready, c.name
        assert set(c.adds) <= set(_DOC_FIELDS), c.name
        ready |= set(c.adds)


def test_each_component_fills_its_own_fields(extractor: Any) -> None:
    doc = Doc(_TEXTS["meeting"], extractor.resources)
    filled = _fields_filled(doc)
    assert filled["header"] <= {"title", "attribution", "published", "candidates"}
    assert filled["people"] == {"officials", "candidates"}  # its names and credits as candidates
    assert filled["organizations"] == {"organizations", "candidates"}
    assert filled["link"] == {"references", "candidates"}
    assert set(doc.candidates) - {"furniture"} == {"name", "byline", "org", "collective", "reference"}
    assert doc.references is not None and doc.references.spans  # the meeting text names its officials
    assert all(doc.text[c.start:c.end] for group in doc.candidates.values() for c in group)
    assert filled["directives"] == {"directives", "directive_groups"}
    assert filled["meeting"] == {"meeting"}


@pytest.mark.parametrize("a,b", [(0, 12), (3, 9), (5, 5), (10, 40)])
def test_doc_cuts_keep_offsets_into_the_text(extractor: Any, a: int, b: int) -> None:
    doc = Doc("副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。", extractor.resources)
    toks = doc.cut(a, b)
    assert all(doc.text[s:e] == w for w, s, e in toks)
    assert "".join(w for w, _, _ in toks) == doc.text[a:b]
    assert doc.bounds(a, b) == {min(a, len(doc.text))} | {e for _, _, e in toks}
    assert doc.bounds(a, b) == doc.bounds(a, b)  # remembered or not, the same answer


def test_header_puts_the_publication_date_and_furniture_on_the_doc(extractor: Any) -> None:
    import datetime

    text = "首页 > 新闻中心 > 工作动态\n市局部署春耕生产\n发布时间：2024-02-26 09:10\n2月23日，市局召开党组会议。"
    doc = Doc(text, extractor.resources)
    for c in pipeline.COMPONENTS:
        c.run(doc)
    assert doc.published == datetime.date(2024, 2, 26)
    assert [doc.text[c.start:c.end] for c in doc.candidates["furniture"]][0] == "首页 > 新闻中心 > 工作动态"
    assert doc.meeting is not None and doc.meeting.iso_date == "2024-02-23"

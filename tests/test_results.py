"""The result classes in a notebook: short reprs, look-ups by name, clear from_dict errors; the
package namespace; a file path passed as text."""

from __future__ import annotations

import dataclasses
import pickle
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gov_notice
from gov_notice import Notice

from conftest import DATA

_SPEECH = ("副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。市委书记王建国主持会议。"
           "明朗副省长提出两点要求：一是提高认识。二是压实责任。")


@pytest.fixture(scope="module")
def seed() -> Notice:
    return gov_notice.extract_file(DATA / "notice_seed.txt")


# -- reprs -----------------------------------------------------------------------------------

def test_notice_repr_is_short_and_says_what_it_holds(seed: Notice) -> None:
    text = repr(seed)
    assert len(text) < 400 and len(seed.to_dict().__repr__()) > 4000
    assert text.startswith("<Notice id=") and "notice_seed.txt" in text
    assert f"directives={len(seed.directives)}" in text and f"officials={len(seed.officials)}" in text
    assert f"organizations={len(seed.organizations)}" in text and "script='traditional'" in text
    assert repr(seed.text[:20])[1:-1] in text and f"({len(seed.text):,} chars)" in text


def test_a_huge_notice_keeps_a_short_repr() -> None:
    big = gov_notice.extract("一是提高认识。二是压实责任。" * 20_000)
    assert len(big.text) > 200_000 and len(repr(big)) < 400
    assert len(repr([big, big])) < 800  # notices[:2] in a notebook


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300), ident=st.one_of(st.none(), st.text(max_size=500), st.integers()))
def test_repr_length_is_bounded(text: str, ident: Any) -> None:
    notice = Notice(source=text, text=text, script="unknown", id=ident)
    assert len(repr(notice)) < 400


def test_item_reprs_are_short(seed: Notice) -> None:
    hu = seed.official("胡明朗")
    assert repr(hu) == f"<Official '胡明朗' titles=('副省长', '公安厅党委书记', '厅长') mentions={len(hu.mentions)} start={hu.start}>"
    d = seed.directives[0]
    assert repr(d).startswith("<Directive 1.1 '一是' summary=") and "speaker='胡明朗'" in repr(d)
    assert len(repr(d)) < len(d.text) and len(repr(d)) < 200
    org = seed.organization("省公安厅")
    assert org is not None and repr(org).startswith("<Organization '省公安厅' canonical=")
    assert seed.meeting is not None
    assert repr(seed.meeting) == "<Meeting '全省公安机关上半年重点亮点工作推进电视电话会议' date='近日' chair=('曾岚',) speakers=('胡明朗',) attendees=('胡明朗',)>"
    crowd = gov_notice.Meeting("会议", attendees=tuple(f"人{i}" for i in range(40)))
    assert len(repr(crowd)) < 150
    many = gov_notice.Official("王强", tuple(f"职务{i}" for i in range(30)))
    assert "… 25 more" in repr(many) and len(repr(many)) < 120


def test_reprs_do_not_change_equality_or_pickling(seed: Notice) -> None:
    again = pickle.loads(pickle.dumps(seed))
    assert again == seed and repr(again) == repr(seed)
    assert Notice.from_dict(seed.to_dict()) == seed


def test_html_view_stays_the_rich_one(seed: Notice) -> None:
    html = seed._repr_html_()
    assert 'class="gn-notice"' in html and len(html) > len(repr(seed)) * 10


# -- look-ups --------------------------------------------------------------------------------

def test_official_by_name_speaker_chair_or_short_reference() -> None:
    n = gov_notice.extract(_SPEECH)
    hu = n.official("胡明朗")
    assert hu is not None and hu.titles == ("副省长", "公安厅党委书记", "厅长")
    assert n.official(n.directives[0].speaker) is hu
    assert n.meeting is not None and n.official(n.meeting.chair[0]) is n.official("王建国")
    assert n.official("明朗") is hu  # a short reference the notice uses
    assert n.official("李四") is None and n.official(None) is None and n.official("") is None


def test_organization_by_name_or_canonical(seed: Notice) -> None:
    org = seed.organization("省公安厅")
    assert org is not None and org.canonical is not None
    assert seed.organization(org.canonical) is org
    assert seed.organization("不存在的机关") is None and seed.organization(None) is None


# -- from_dict -------------------------------------------------------------------------------

def test_from_dict_of_nothing_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"Notice.from_dict\(\): missing key 'source'"):
        Notice.from_dict({})
    with pytest.raises(TypeError, match=r"takes a dict .* not list"):
        Notice.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"Directive.from_dict\(\): missing key 'index'"):
        Notice.from_dict({"source": "", "text": "", "script": "unknown",
                          "directives": [{"group": 1}]})
    with pytest.raises(ValueError, match=r"Mention.from_dict\(\): missing key 'start'"):
        gov_notice.Mention.from_dict({"text": "x"})


# -- script ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "The State Council held a meeting.", "2024-02-26"],
                         ids=["empty", "english", "digits"])
def test_script_of_a_text_without_chinese_is_unknown(text: str) -> None:
    n = gov_notice.extract(text)
    assert n.script == "unknown"
    assert Notice.from_dict(n.to_dict()).script == "unknown"


# -- the package namespace -------------------------------------------------------------------

_PUBLIC = {
    "Byline", "Directive", "DirectiveGroup", "Extractor", "LexiconError", "Meeting", "Mention",
    "Notice", "Official", "Organization", "PathAsTextWarning", "Position", "__version__",
    "extract", "extract_file", "extract_many", "read_jsonl", "to_frames", "write_jsonl",
}


def test_dir_shows_the_public_surface_only() -> None:
    gov_notice.to_frames  # noqa: B018  (imports a submodule: it must not show either)
    assert dir(gov_notice) == sorted(_PUBLIC)
    assert set(gov_notice.__all__) == _PUBLIC
    for name in _PUBLIC:
        assert getattr(gov_notice, name) is not None
    assert issubclass(gov_notice.LexiconError, ValueError)
    assert issubclass(gov_notice.PathAsTextWarning, UserWarning)


def test_star_import_gives_the_public_surface() -> None:
    namespace: dict[str, Any] = {}
    exec("from gov_notice import *", namespace)
    assert set(namespace) - {"__builtins__"} == _PUBLIC


# -- a path passed as text -------------------------------------------------------------------

def test_a_file_path_as_text_warns_naming_extract_file(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA.parent)
    with pytest.warns(gov_notice.PathAsTextWarning, match=r"extract_file\('data/notice_seed.txt'\)") as got:
        gov_notice.extract("data/notice_seed.txt")
    assert got[0].filename == __file__  # points at the caller's line, not into the package
    with pytest.warns(gov_notice.PathAsTextWarning) as got:
        list(gov_notice.extract_many([str(DATA / "notice_seed.txt")]))
    assert got[0].filename == __file__


def test_texts_that_are_no_path_do_not_warn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "会议").mkdir()  # a folder is no file
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in ["副省长胡明朗出席会议。", "", "会议", "data/missing.txt", "a\x00b", "x" * 5000,
                     str(DATA / "notice_seed.txt") + "\n"]:
            gov_notice.extract(text)


def test_the_warning_leaves_the_result_as_it_was() -> None:
    with pytest.warns(gov_notice.PathAsTextWarning):
        warned = gov_notice.extract(str(DATA / "notice_seed.txt"))
    assert warned.text == str(DATA / "notice_seed.txt") and not warned.officials
    assert dataclasses.replace(warned) == warned

"""The closed classes the people rules read from ``lexicons/official_cues.tsv`` (State): every kind
is loaded, and a sentence per kind shows the rules read it (without the kind's rows, the result
changes)."""

from __future__ import annotations

from typing import Any

import pytest

from gov_notice import Extractor
from gov_notice.lexicon import load_shipped
from gov_notice.people import state as people_state

# (kind, the State attribute holding its terms)
_KINDS = {
    "conj": "conj", "person_noun": "person_nouns", "speech": "speech", "function_char": "function_chars",
    "dotted_end": "dotted_end", "not_given": "not_given", "not_given_in_list": "not_given_in_list",
    "prep_surname": "prep_surnames", "verb_surname": "verb_surnames", "by_verb": "by_verbs",
    "appoint_aux": "appoint_aux_ends", "passive": "passive", "body_after_post": "body_after_post",
    "not_body_after_post": "not_body_after_post", "place_level": "place_levels",
}

Found = list[tuple[str, tuple[tuple[str, str], ...]]]

# (kind, text, officials as (name, ((title, post), ...))): an empty list is a decoy
_BY_KIND: list[tuple[str, str, Found]] = [
    ("conj", "财经事务以及库务局局长陈明出席。", [("陈明", (("财经事务以及库务局局长", "局长"),))]),
    ("person_noun", "县委领导干部出席会议。", []),
    ("frame_after", "市长高峰出席会议。", [("高峰", (("市长", "市长"),))]),
    ("speech", "局长王立说，要加强管理。", [("王立", (("局长", "局长"),))]),
    ("function_char", "副县长李明在会上强调。", [("李明", (("副县长", "副县长"),))]),
    ("dotted_end", "智利外长何塞·米格尔却表示反对。", [("何塞·米格尔", (("智利外长", "外长"),))]),
    ("not_given", "局长刘等人出席。", []),
    ("prep_surname", "主任向大家介绍了情况。", []),
    ("verb_surname", "公司经理任财务总监。", []),
    ("by_verb", "律政司司长由资深大律师林定华接任。",
     [("林定华", (("律政司司长", "司长"), ("资深大律师", "大律师")))]),
    ("appoint_aux", "张伟将继续担任市委书记。", [("张伟", (("市委书记", "书记"),))]),
    ("passive", "李明被免去市财政局局长职务。", [("李明", (("市财政局局长", "局长"),))]),
    ("body_after_post", "省政协主席会议成员李明出席。", [("李明", (("省政协主席会议成员", "成员"),))]),
    ("not_body_after_post", "王立新局长会见了来宾。", [("王立新", (("局长", "局长"),))]),
    ("acting", "代副区长陈强出席。", [("陈强", (("代副区长", "代副区长"),))]),
    ("international", "联合国常务副秘书长埃里亚松出席。", [("埃里亚松", (("联合国常务副秘书长", "常务副秘书长"),))]),
    ("place_level", "主任李村出席会议。", []),
]


def _found(extractor: Any, text: str) -> Found:
    return sorted((o.name, tuple((p.title, p.post) for p in o.positions)) for o in extractor.extract(text).officials)


@pytest.mark.parametrize("kind, attribute", sorted(_KINDS.items()), ids=sorted(_KINDS))
def test_kind_is_loaded(extractor: Any, kind: str, attribute: str) -> None:
    terms = {r["term"] for r in load_shipped("official_cues") if r["kind"] == kind}
    assert terms
    extractor.extract("副市长王立新出席。")
    st = extractor.resources.state("people", people_state.State)
    assert terms <= set(getattr(st, attribute))


@pytest.mark.parametrize("kind, text, expected", _BY_KIND, ids=[k for k, _t, _e in _BY_KIND])
def test_sentence_per_kind(extractor: Any, kind: str, text: str, expected: Found) -> None:
    assert _found(extractor, text) == expected


@pytest.mark.parametrize("kind, text, expected", _BY_KIND, ids=[k for k, _t, _e in _BY_KIND])
def test_sentence_needs_its_kind(monkeypatch: pytest.MonkeyPatch, kind: str, text: str, expected: Found) -> None:
    """Without the kind's rows the same sentence reads otherwise: the rules read that kind."""
    shipped = people_state.load_shipped

    def without(name: str) -> list[dict[str, str]]:
        rows = shipped(name)
        return [r for r in rows if not (name == "official_cues" and r["kind"] == kind)]

    monkeypatch.setattr(people_state, "load_shipped", without)
    assert _found(Extractor(), text) != expected

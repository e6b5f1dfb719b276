"""Organisations: the word classes of ``org_words.tsv`` the judge, the context rules and the
collectives read (moved out of the code of gov_notice/orgs/), each with sentences of our own that
need it and decoys it keeps out."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from gov_notice import Extractor
from gov_notice.lexicon import load_shipped
from gov_notice.orgs import state


def _names(notice: Any) -> list[str]:
    return [o.name for o in notice.organizations]


def _collectives(notice: Any) -> list[str]:
    return [c.text for c in notice.collectives]


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [row[0] for row in table]


# (id naming the kind, sentence, the organisations found)
_REAL = [
    ("after_opening", "中国共产党的领导是根本保证。", ["中国共产党"]),
    ("place_head", "据义乌网报道，活动顺利举行。", ["义乌网"]),
    ("unit_char", "省委组织部组织处负责培训。", ["省委组织部组织处"]),
    ("national_scope", "国家市场监督管理总局发布公告。", ["国家市场监督管理总局"]),
    ("council_post", "县议会议长主持会议。", ["县议会"]),
    ("joint_head", "县委和县纪委监委联合发文。", ["县委", "县纪委", "县监委"]),
    ("village", "王家村党支部召开会议。", ["王家村党支部"]),
    ("town_level", "城关镇东关社区居委会开展活动。", ["城关镇东关社区居委会"]),
    ("posted_mark-home_country", "中国常驻联合国代表团举行招待会。", ["中国常驻联合国代表团"]),
    ("posted_mark-place", "湖北省驻北京办事处召开座谈会。", ["湖北省驻北京办事处"]),
    ("agency", "内政部移民署发布公告。", ["内政部移民署"]),
    ("portfolio_head", "食物及卫生局局长出席会议。", ["食物及卫生局"]),
    ("short_head", "省厅和市局联合部署。", ["省厅", "市局"]),
    ("holder_cue-kept-body", "县公安局相关警种参加演练。", ["县公安局"]),
]

# (id naming the kind, sentence, a name that must not be found)
_NO_MATCH = [
    ("not_before-region", "项目位于全省西南部山区。", "西南部"),
    ("not_before-region-short", "项目位于全省西南部山区。", "南部"),
    ("unit_next-verb", "县检察院依法处理此案。", "县检察院依法处"),
    ("centre_head-place", "位于市中心的广场人流密集。", "市中心"),
    ("centre_head-town", "镇中心小学开学。", "镇中心"),
    ("modifier_body", "认真落实中央八项规定精神。", "中央"),
    ("meeting_end", "党代会筹备组召开会议。", "党代会筹备组"),
]

# (id naming the kind, sentence, the collectives found)
_COLLECTIVES = [
    ("holder_head-holder_cue", "厅属各单位要认真落实。", ["厅属各单位"]),
    ("holder_level-holder_cue", "市政府有关部门负责落实。", ["市政府有关部门"]),
    ("holder_cue-inside", "会议要求局内各部门加强协作。", ["局内各部门"]),
    ("collective_char", "县各村级党组织要认真落实。", ["各村级党组织"]),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _REAL, ids=_ids(_REAL))
def test_word_classes_find(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _NO_MATCH, ids=_ids(_NO_MATCH))
def test_word_classes_keep_out(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


@pytest.mark.parametrize(("_id", "text", "expected"), _COLLECTIVES, ids=_ids(_COLLECTIVES))
def test_word_classes_of_collectives(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _collectives(extractor.extract(text)) == expected


def test_every_kind_is_documented_and_read() -> None:
    """Each kind of org_words.tsv is described in its header, and each kind the state reads has
    rows (a kind misspelt in the file or the code would be read as empty)."""
    rows = load_shipped("org_words")
    kinds = {r["kind"] for r in rows}
    header = resources.files("gov_notice").joinpath("lexicons", "org_words.tsv").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#   (\w+)", header, re.M))
    assert kinds <= documented, sorted(kinds - documented)
    source = Path(state.__file__).with_name("state.py").read_text(encoding="utf-8")  # (compiled: a .so)
    read = set(re.findall(r'of_kind\("(\w+)"\)|by_of\("(\w+)"\)|r\["kind"\] == "(\w+)"', source))
    other = {r["kind"] for r in load_shipped("collectives")}  # (the state reads collectives.tsv too)
    read_kinds = {k for groups in read for k in groups if k} - other
    assert read_kinds and read_kinds <= kinds, sorted(read_kinds - kinds)


def test_adhoc_tries_match_as_named_lists() -> None:
    # the ad-hoc heads and offices as stdlib character tries find what regex named lists found
    # (the longest term first at each place): on random strings of their characters
    import random

    import regex

    from gov_notice.orgs.patterns import adhoc_pattern

    rows = load_shipped("org_words")
    heads = tuple(r["term"] for r in rows if r["kind"] == "adhoc_head")
    offices = tuple(r["term"] for r in rows if r["kind"] == "adhoc_office")
    assert heads and offices
    tries = adhoc_pattern(heads, offices)
    lists = regex.compile(r"(?:\L<head>)(?:\L<office>)?", head=list(heads), office=list(offices))
    chars = sorted({c for t in heads + offices for c in t}) + ["中", "，"]
    rng = random.Random(5)
    pieces = [*heads, *offices, *chars]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in tries.finditer(text)] == [m.span() for m in lists.finditer(text)], text


def test_collective_tries_match_as_named_lists() -> None:
    # the collective pattern's word lists as stdlib character tries find what the regex named
    # lists found, on random strings of its words and characters
    import random

    import regex

    from gov_notice import Extractor
    from gov_notice.orgs.grammar import LEVELS
    from gov_notice.orgs.state import State, _collective_holder

    ex = Extractor()
    st = ex.resources.state("organizations", State)
    crows = load_shipped("collectives")
    cues = [r["term"] for r in crows if r["kind"] == "cue"]
    cheads = [r["term"] for r in crows if r["kind"] == "head"]
    heads = [h for h in st.heads if len(h) > 1 or h in st.holder_heads]
    first = "".join(sorted(st.collective_first))
    lists = regex.compile(
        rf"(?=[{regex.escape(first)}])"
        rf"(?:(?:{_collective_holder(st.holder_levels, st.holder_heads)}(?=\L<held>))?"
        rf"(?:\L<cue>)(?:\L<cue>|\L<stem>|\L<kind>|[{LEVELS}{st.collective_chars}（）()、]){{0,12}}?"
        r"(?:\L<chead>|\L<head>)"
        r"|\L<phrase>)",
        held=list(st.holder_cues), cue=cues, stem=list(st.stems), kind=list(st.division_kinds),
        chead=cheads, head=heads, phrase=sorted(st.phrases))
    rng = random.Random(7)
    pieces = [*cues, *cheads, *st.phrases, *sorted(st.stems)[:300], *st.division_kinds, *sorted(heads)[:300],
              *st.holder_cues, *LEVELS, *st.holder_heads, "政府", "机关", "中", "，", "（", "）", "、"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in st.collective.finditer(text)] == [m.span() for m in lists.finditer(text)], text

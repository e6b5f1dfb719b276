"""Organisations taken out of the names of meetings: a body's term of office (第十二届, 十六届) is
dropped from its name when a numbered session of it follows (…第四次会议, …五次全会), as the
annotation conventions settle; the mention keeps the text as written. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from gov_notice import Extractor


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [row[0] for row in table]


# (id, text, the organisation's name, its mention as written)
_SESSION_REAL = [
    ("cppcc-short-opening", "政协第十一届宁夏回族自治区委员会第三次会议闭幕。",
     "政协宁夏回族自治区委员会", "政协第十一届宁夏回族自治区委员会"),
    ("cppcc-full-opening", "中国人民政治协商会议第十届安康市委员会第二次会议开幕。",
     "中国人民政治协商会议安康市委员会", "中国人民政治协商会议第十届安康市委员会"),
    ("party-committee-plenum", "中国共产党湖南省第十一届委员会第六次全体会议在长沙举行。",
     "中国共产党湖南省委员会", "中国共产党湖南省第十一届委员会"),
    ("congress-short-term", "会议决定，提请市十五届人大三次会议审议。", "市人大", "市十五届人大"),
    ("congress-full-term-after-level", "县第十七届人民代表大会第二次会议于下月召开。",
     "县人民代表大会", "县第十七届人民代表大会"),
    ("congress-after-place", "会议决定召开榆林市第五届人民代表大会第四次会议。",
     "榆林市人民代表大会", "榆林市第五届人民代表大会"),
]

# (id, text, the organisation's name kept as written)
_SESSION_KEPT = [
    # a standing committee is elected for one term: the term stays in its name
    ("standing-committee-short", "区十五届人大常委会第十二次会议审议通过两项决定。", "区十五届人大常委会"),
    ("standing-committee-full", "县第十六届人民代表大会常务委员会第五次会议举行。", "县第十六届人民代表大会常务委员会"),
    # no session follows: the committee of that term is meant
    ("no-session-after", "中共白水镇第八届委员会成立以来，全镇发展迅速。", "中共白水镇第八届委员会"),
]

_SESSION_NO_MATCH = [
    # a term with no opening, level or place before it is no part of the name
    ("board-term", "公司第九届董事会第四次会议审议通过年度报告。", "公司第九届董事会"),
]

_SESSION_BUGS_CAUGHT = [
    # a term at the very start of the text has no level before it (the empty string before the
    # first character was read as a level)
    ("term-opens-the-text", "第十三届人大常委会召开会议。", "人大常委会"),
]


@pytest.mark.parametrize(("_id", "text", "name", "written"), _SESSION_REAL, ids=_ids(_SESSION_REAL))
def test_term_dropped_before_a_session(extractor: Extractor, _id: str, text: str, name: str,
                                       written: str) -> None:
    orgs = {o.name: o for o in extractor.extract(text).organizations}
    assert name in orgs
    m = orgs[name].mentions[0]
    assert m.text == written == text[m.start:m.end]


@pytest.mark.parametrize(("_id", "text", "name"), _SESSION_KEPT, ids=_ids(_SESSION_KEPT))
def test_term_kept(extractor: Extractor, _id: str, text: str, name: str) -> None:
    assert [o.name for o in extractor.extract(text).organizations] == [name]


@pytest.mark.parametrize(("_id", "text", "absent"), _SESSION_NO_MATCH, ids=_ids(_SESSION_NO_MATCH))
def test_session_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in [o.name for o in extractor.extract(text).organizations]


@pytest.mark.parametrize(("_id", "text", "name"), _SESSION_BUGS_CAUGHT, ids=_ids(_SESSION_BUGS_CAUGHT))
def test_session_bugs_caught(extractor: Extractor, _id: str, text: str, name: str) -> None:
    assert [o.name for o in extractor.extract(text).organizations] == [name]

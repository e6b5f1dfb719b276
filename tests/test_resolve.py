"""The resolve step: where people's and organisations' spans overlap, one gives way (resolve.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from gov_notice.spans import losers

# text, officials that remain, organisations that remain, collectives that remain
_BUGS_CAUGHT = [
    # a name read after a post inside a place name (口区长 + 丰街道) lies inside the organisation
    ("name-inside-org", "两户人家落户在？口区长丰街道办事处长丰村。", [], ["长丰街道"], []),
    # an organisation read up to the first character of a transliterated name crosses the name
    ("org-crossing-name", "外长在纽约会晤了联合国秘书长科菲·安南。", ["科菲·安南"], [], []),
    # a collective starting on the last character of an organisation crosses it
    ("collective-crossing-org", "县检察院等成员单位有关负责同志，县公安局相关警种主要负责人参加会议。", [],
     ["县检察院", "县公安局"], ["成员单位"]),
    ("collective-crossing-org-2", "当天，王某来到南阳市公安局直属分局办理手续。", [], ["南阳市公安局"], []),
]
# nothing overlaps: every result stays
_REAL = [
    ("title-holds-org", "副省长、省公安厅厅长王立新出席会议。", ["王立新"], ["省公安厅"], []),
    ("org-then-name", "市疾控中心张伟主任讲话。", ["张伟"], ["市疾控中心"], []),
    ("collective-after-org", "省公安厅党委召开会议，全省各级公安机关负责人参加。", [], ["省公安厅党委"], ["全省各级公安机关"]),
]


@pytest.mark.parametrize("text,officials,orgs,collectives", [r[1:] for r in _BUGS_CAUGHT + _REAL],
                         ids=[r[0] for r in _BUGS_CAUGHT + _REAL])
def test_resolved(extractor: Any, text: str, officials: list[str], orgs: list[str],
                  collectives: list[str]) -> None:
    n = extractor.extract(text)
    assert [o.name for o in n.officials] == officials
    assert [o.name for o in n.organizations] == orgs
    assert [c.text for c in n.collectives] == collectives
    spans = sorted([(m.start, m.end) for o in n.officials for m in o.mentions]
                   + [(m.start, m.end) for o in n.organizations for m in o.mentions]
                   + [(c.start, c.end) for c in n.collectives])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no two kinds overlap


@dataclass(frozen=True)
class _S:
    start: int
    end: int
    label: str


_PRIORITY = ("byline", "name", "org", "collective")
# spans, the ones that give way
_RULE = [
    ("nested-gives-way-whatever-its-rank", [_S(0, 4, "org"), _S(1, 4, "name")], [_S(1, 4, "name")]),
    ("crossing-rank-wins", [_S(0, 7, "org"), _S(6, 11, "name")], [_S(0, 7, "org")]),
    ("crossing-rank-wins-2", [_S(0, 4, "org"), _S(3, 8, "collective")], [_S(3, 8, "collective")]),
    ("same-span-rank-wins", [_S(0, 3, "org"), _S(0, 3, "name")], [_S(0, 3, "org")]),
    ("same-kind-never", [_S(0, 4, "org"), _S(2, 6, "org")], []),
    ("unranked-longest-wins", [_S(0, 4, "x"), _S(2, 8, "y")], [_S(0, 4, "x")]),
    ("unranked-tie-earliest-wins", [_S(0, 4, "x"), _S(2, 6, "y")], [_S(2, 6, "y")]),
    ("apart", [_S(0, 4, "org"), _S(4, 6, "name")], []),
]


@pytest.mark.parametrize("spans,lost", [r[1:] for r in _RULE], ids=[r[0] for r in _RULE])
def test_losers(spans: list[_S], lost: list[_S]) -> None:
    assert losers(spans, _PRIORITY) == set(lost)
    assert losers(list(reversed(spans)), _PRIORITY) == set(lost)  # order of input does not matter

"""Links from directives and meeting roles to the officials named in a notice (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_offsets

# (id, text, the speaker of every directive)
_REAL = [
    ("three-char-given", "副省长王海峰出席会议。会上，海峰强调，一要提高认识；二要压实责任。", "王海峰"),
    # issue 14 drift: the given name of a compound surname (欧阳明华 → 明华) was never indexed
    ("compound-surname-given", "副省长欧阳明华出席会议。会上，明华强调，一要提高认识；二要压实责任。", "欧阳明华"),
    ("surname-post", "副省长王海峰出席会议。会上，王副省长强调，一要提高认识；二要压实责任。", "王海峰"),
    ("four-char-married-given", "政务司司长林郑月娥出席会议。月娥强调，一要稳住就业；二要改善民生。", "林郑月娥"),
]

# a given name that two officials share resolves to neither
_NO_MATCH = [
    ("shared-given", "副市长王海峰、副市长李海峰出席会议。海峰强调，一要提高认识；二要压实责任。"),
    ("shared-surname-post", "副市长王海峰、副市长王立新出席会议。王副市长强调，一要提高认识；二要压实责任。"),
]


@pytest.mark.parametrize("text, speaker", [(t, s) for _i, t, s in _REAL], ids=[i for i, _t, _s in _REAL])
def test_given_name_resolves_speaker(extractor: Any, text: str, speaker: str) -> None:
    notice = extractor.extract(text)
    assert_offsets(notice)
    assert [d.speaker for d in notice.directives] == [speaker, speaker]


@pytest.mark.parametrize("text", [t for _i, t in _NO_MATCH], ids=[i for i, _t in _NO_MATCH])
def test_ambiguous_given_name_links_nobody(extractor: Any, text: str) -> None:
    notice = extractor.extract(text)
    assert [d.speaker for d in notice.directives] == [None, None]


# one given-name rule for the people step (short references merged into the official) and the
# link step (speakers): gov_notice.references.given_name
_GIVEN = [("single", "胡明朗", "明朗"), ("compound", "欧阳明华", "明华"), ("married", "林郑月娥", "月娥"),
          ("two-characters", "王强", None), ("transliterated", "科菲·安南", None)]


@pytest.mark.parametrize("name,given", [r[1:] for r in _GIVEN], ids=[r[0] for r in _GIVEN])
def test_given_name(name: str, given: str | None) -> None:
    from gov_notice.references import given_name

    assert given_name(name, frozenset({"欧阳"})) == given


_SHORT_REFERENCE = [
    ("compound-surname-post", "副省长欧阳明华出席会议。明华副省长指出，要抓好落实。", "欧阳明华", ["欧阳明华", "明华"]),
    ("comrade", "副省长胡明朗出席会议并讲话。明朗同志强调，要提高认识。", "胡明朗", ["胡明朗", "明朗"]),
]


@pytest.mark.parametrize("text,name,mentions", [r[1:] for r in _SHORT_REFERENCE], ids=[r[0] for r in _SHORT_REFERENCE])
def test_short_reference_is_a_mention(extractor: Any, text: str, name: str, mentions: list[str]) -> None:
    n = extractor.extract(text)
    assert [(o.name, [m.text for m in o.mentions]) for o in n.officials] == [(name, mentions)]

"""The term index: longest match at a position, longest ending at one, all longest non-overlapping
matches, and where each term came from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gov_notice.terms import TermIndex

_INDEX = TermIndex.of({
    "org_heads": ["公安局", "局", "委员会", "政法委", "委"],
    "org_known": ["国务院", "公安局"],
    "user": ["西安市公安局"],
})

# (id, text, position, expected)
_AT = [
    ("longest-wins", "西安市公安局雁塔分局", 0, "西安市公安局"),
    ("inner-term", "西安市公安局雁塔分局", 3, "公安局"),
    ("nothing-here", "西安市公安局", 1, None),
    ("one-char", "局长", 0, "局"),
]

_ENDING_AT = [
    ("longest-ending", "西安市公安局", 6, "西安市公安局"),
    ("committee-not-wei", "省委政法委员会", 7, "委员会"),
    ("wei-alone", "省委政法委", 5, "政法委"),
    ("none-before", "人民", 2, None),
]


@pytest.mark.parametrize("text,pos,expected", [c[1:] for c in _AT], ids=[c[0] for c in _AT])
def test_longest_at(text: str, pos: int, expected: str | None) -> None:
    assert _INDEX.at(text, pos) == expected


@pytest.mark.parametrize("text,pos,expected", [c[1:] for c in _ENDING_AT], ids=[c[0] for c in _ENDING_AT])
def test_longest_ending_at(text: str, pos: int, expected: str | None) -> None:
    assert _INDEX.ending_at(text, pos) == expected


def test_bounds() -> None:
    assert _INDEX.at("西安市公安局", 0, hi=5) is None  # the term is six characters long
    assert _INDEX.at("局长", 0, lo=2) is None
    assert _INDEX.ending_at("市局", 2, lo=2) is None


def test_all_longest_non_overlapping() -> None:
    text = "西安市公安局和省委政法委员会"
    found = _INDEX.find_all(text)
    # leftmost first: 省委|政法委|员会 (委员会 starts inside 政法委)
    assert found == [(0, 6, "西安市公安局"), (8, 9, "委"), (9, 12, "政法委")]
    assert all(text[a:b] == t for a, b, t in found)


def test_terms_remember_their_sources() -> None:
    assert _INDEX.sources["公安局"] == ("org_heads", "org_known")
    assert _INDEX.sources["西安市公安局"] == ("user",)
    assert "国务院" in _INDEX and "政府" not in _INDEX
    assert _INDEX.longest == 6


def test_prefixes_at_shortest_first() -> None:
    assert list(_INDEX.starting_at("西安市公安局", 3)) == ["公安局"]
    assert list(TermIndex.of({"a": ["公安", "公安局"]}).starting_at("公安局长", 0)) == ["公安", "公安局"]
    assert TermIndex.of({"a": ["公安", "公安局"]}).any_at("公安局", 0, 3, lambda t: len(t) == 3)


@given(st.text(alphabet="西安市公安局委员会政法省国务院", max_size=30))
def test_find_all_agrees_with_at(text: str) -> None:
    pos = 0
    expected = []
    while pos < len(text):
        t = _INDEX.at(text, pos)
        if t:
            expected.append((pos, pos + len(t), t))
            pos += len(t)
        else:
            pos += 1
    assert _INDEX.find_all(text) == expected


@given(st.text(alphabet="西安市公安局委员会政法省国务院A𠀀", max_size=20), st.integers(0, 20), st.integers(1, 4))
def test_ending_at_is_the_longest_suffix_term(text: str, pos: int, lo: int) -> None:
    # (read from the reversed trie, after a test of the last two characters when lo >= 2)
    pos = min(pos, len(text))
    ending = [text[k:pos] for k in range(pos) if text[k:pos] in _INDEX and pos - k >= lo]
    assert _INDEX.ending_at(text, pos, lo) == (max(ending, key=len) if ending else None)


@given(st.text(alphabet="西安市公安局委员会政法省国务院A𠀀", max_size=20), st.integers(0, 21), st.integers(1, 4))
def test_at_is_the_longest_prefix_term(text: str, pos: int, lo: int) -> None:
    # (a table of the terms' first characters rejects most places before the trie is read; a
    # character past the table's end, 𠀀, is no first character)
    starting = [text[pos:k] for k in range(pos + 1, len(text) + 1) if text[pos:k] in _INDEX and k - pos >= lo]
    assert _INDEX.at(text, pos, lo) == (max(starting, key=len) if starting else None)

"""The one overlap rule: longest span wins, then the earliest."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gov_notice.spans import covering, filter_spans, find_terms, paragraphs


@dataclass(frozen=True)
class S:
    start: int
    end: int


_CASES = [
    ("longest-wins", [S(0, 3), S(1, 6)], [S(1, 6)]),
    ("earliest-on-tie", [S(2, 5), S(0, 3)], [S(0, 3)]),
    ("touching-both-kept", [S(0, 3), S(3, 6)], [S(0, 3), S(3, 6)]),
    ("nested-inner-dropped", [S(0, 10), S(2, 4)], [S(0, 10)]),
    ("empty-dropped", [S(2, 2), S(0, 1)], [S(0, 1)]),
    ("chain", [S(0, 4), S(3, 7), S(6, 9)], [S(0, 4), S(6, 9)]),
]


@pytest.mark.parametrize("spans,expected", [(a, b) for _, a, b in _CASES], ids=[i for i, _, _ in _CASES])
def test_filter_spans(spans: list[S], expected: list[S]) -> None:
    assert filter_spans(spans) == expected


def _reference(spans: list[S]) -> list[S]:
    kept: list[S] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if s.end > s.start and not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40))
def test_filter_spans_matches_the_plain_rule(pairs: list[tuple[int, int]]) -> None:
    spans = [S(a, a + n) for a, n in pairs]
    assert filter_spans(spans) == _reference(spans)


def test_paragraphs_and_covering() -> None:
    text = "一是落实。\n\n二是推进。\n"
    paras = paragraphs(text)
    assert [text[a:b] for a, b in paras] == ["一是落实。", "二是推进。"]
    assert covering(paras, 8) == paras[1]
    assert covering(paras, 6) is None


_TERMS = [
    ("longest-at-a-place", "胡明朗和明朗", ["明朗", "胡明朗"], [(0, 3, "胡明朗"), (4, 6, "明朗")]),
    ("no-overlap", "王立新立新", ["王立新", "新立"], [(0, 3, "王立新")]),
    ("none", "会议", ["胡明朗"], []),
    ("empty-terms", "会议", [], []),
]


@pytest.mark.parametrize("text,terms,expected", [(t, w, e) for _, t, w, e in _TERMS], ids=[i for i, *_ in _TERMS])
def test_find_terms(text: str, terms: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert find_terms(text, terms) == expected


@given(st.text(alphabet="王立新明朗胡和", max_size=40),
       st.lists(st.text(alphabet="王立新明朗胡", min_size=1, max_size=4), max_size=6))
def test_find_terms_matches_a_longest_first_alternation(text: str, terms: list[str]) -> None:
    import regex

    from gov_notice import spans

    if not terms:
        return
    alt = regex.compile("|".join(regex.escape(t) for t in sorted(set(terms), key=len, reverse=True)))
    expected = [(m.start(), m.end(), m.group()) for m in alt.finditer(text)]
    assert find_terms(text, terms) == expected
    scans, budget = spans._FIND_SCANS, spans._FIND_BUDGET
    try:
        spans._FIND_SCANS = 0  # many first characters: looked up by two characters
        assert find_terms(text, terms) == expected
        spans._FIND_BUDGET = 0  # a long text: the places from a compiled character class
        assert find_terms(text, terms) == expected
        spans._FIND_SCANS = scans
        assert find_terms(text, terms) == expected
    finally:
        spans._FIND_SCANS, spans._FIND_BUDGET = scans, budget


def _find_terms_naive(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    ordered = sorted(terms, key=len, reverse=True)
    while pos < len(text):
        w = next((t for t in ordered if text.startswith(t, pos)), None)
        if w is None:
            pos += 1
        else:
            out.append((pos, pos + len(w), w))
            pos += len(w)
    return out


def test_find_terms_many_terms_match_the_definition() -> None:
    """Past 24 first characters find_terms takes its many-terms path (a long document naming
    hundreds of people): the same answers as the definition, longest at each place."""
    import random

    rnd = random.Random(11)
    alphabet = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董明华国建平"
    for _ in range(200):
        terms = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(30, 80))}
        terms |= set(alphabet[:25])  # (25 first characters at least)
        text = "".join(rnd.choice(alphabet + "，。的") for _ in range(rnd.randint(0, 300)))
        assert len({t[0] for t in terms}) > 24
        assert find_terms(text, terms) == _find_terms_naive(text, terms)


@given(st.text(alphabet="王立新明朗胡和。", max_size=40),
       st.lists(st.text(alphabet="王立新明朗胡", min_size=1, max_size=4), max_size=8),
       st.sampled_from(["", "和", "(?:新|明朗)", "[。和]?胡"]))
def test_trie_pattern_matches_as_a_longest_first_alternation(text: str, terms: list[str], after: str) -> None:
    # in any context: with what follows it, a shorter word is tried when the longer one fails
    # (the guard on the first two characters, when every word has two, changes no match)
    import re

    from gov_notice.spans import trie_pattern

    if not terms:
        return
    alt = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    expected = [m.span() for m in re.finditer(f"(?:{alt}){after}", text)]
    for guard in (False, True):
        got = [m.span() for m in re.finditer(f"(?:{trie_pattern(terms, guard)}){after}", text)]
        assert got == expected

"""The one overlap rule: longest span wins, then the earliest."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gov_notice.spans import covering, filter_spans, paragraphs


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

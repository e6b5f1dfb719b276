"""The shared grammar: one parser for the numbers written in notices (list items, dates, counts)."""

from __future__ import annotations

import pytest

from gov_notice.grammar import NUMERAL, cn_int

_REAL = [
    ("digit", "三", 3), ("ten", "十", 10), ("teen", "十二", 12), ("tens", "二十", 20), ("tens-units", "三十五", 35),
    ("liang", "两", 2), ("zero", "〇", 0), ("arabic", "12", 12), ("ninety-nine", "九十九", 99),
]
_NO_MATCH = [("ji", "几"), ("empty", ""), ("hundred", "百"), ("ten-ten", "十十"), ("long", "一二"),
             ("full-width-digits", "１２"), ("mixed", "3十")]


@pytest.mark.parametrize("text,value", [r[1:] for r in _REAL], ids=[r[0] for r in _REAL])
def test_cn_int(text: str, value: int) -> None:
    assert cn_int(text) == value


@pytest.mark.parametrize("text", [r[1] for r in _NO_MATCH], ids=[r[0] for r in _NO_MATCH])
def test_cn_int_refuses(text: str) -> None:
    assert cn_int(text) is None


def test_numeral_fragment_reads_what_cn_int_parses() -> None:
    import regex

    whole = regex.compile(rf"(?:{NUMERAL})")
    for n in range(1, 100):
        written = [w for w in _written(n) if whole.fullmatch(w)]
        assert written and all(cn_int(w) == n for w in written)


def _written(n: int) -> list[str]:
    d = "一二三四五六七八九"
    tens, units = divmod(n, 10)
    if tens == 0:
        return [d[units - 1]]
    head = "" if tens == 1 else d[tens - 1]
    return [head + "十" + (d[units - 1] if units else "")]

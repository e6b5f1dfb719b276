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


def test_is_han_is_regex_han_for_every_code_point() -> None:
    # the rules test single characters without a regex call: the same answer as \p{Han} of the
    # installed regex module for every code point it knows. The ranges follow Unicode 17
    # (regex 2026.12); an older regex (2026.5 on the CI machines) leaves the newest ideographs
    # (U+2B81E, extension J) unassigned, so a character is_han takes that the installed regex does
    # not call Han must be one it calls unassigned (\p{Cn}), and none the other way
    import regex

    from gov_notice.grammar import is_han

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)

    def where(prop: str) -> set[int]:
        return {i for run in regex.finditer(prop + "+", every) for i in range(*run.span())}

    han, ours = where(r"\p{Han}"), {i for i, ch in enumerate(every) if is_han(ch)}
    assert han - ours == set()
    newer = ours - han
    assert newer - where(r"\p{Cn}") == set()


@pytest.mark.parametrize("text,a,b,expected", [
    ("胡明朗", 0, -1, True), ("胡明朗", 0, 2, True), ("胡A朗", 0, -1, False), ("", 0, -1, False),
    ("胡明朗", 2, 2, False), ("〇〇七", 0, -1, True), ("㐀𠀀", 0, -1, True), ("胡明朗。", 1, -1, False),
])
def test_all_han(text: str, a: int, b: int, expected: bool) -> None:
    from gov_notice.grammar import all_han

    assert all_han(text, a, b) is expected


def test_han_at() -> None:
    from gov_notice.grammar import han_at

    assert han_at("省厅A", 1) and not han_at("省厅A", 2) and not han_at("省厅A", 3)

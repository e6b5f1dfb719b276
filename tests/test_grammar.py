"""The shared grammar: one parser for the numbers written in notices (list items, dates, counts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_han_code_agrees_with_is_han_at_every_range_edge() -> None:
    # the binary search over the range bounds: each bound, and one past it, answers as is_han does
    # for its character (the every-code-point test above checks is_han itself)
    from gov_notice.grammar import _HAN_BOUNDS, han_code, is_han

    for b in _HAN_BOUNDS:
        for o in (b - 1, b, b + 1):
            assert han_code(o) is is_han(chr(o))
    assert han_code(0x4E00) and han_code(0x9FFF) and not han_code(0x3000) and not han_code(0xFF0C)


# (text, lo, hi, expected): the last delimiter before a post, as _title_window asks for it
_RFIND = [
    ("comma-before-post", "会议由副省长，公安厅厅长主持", 0, 12, 6),
    ("two-delimiters-last-wins", "省、市、县公安局局长", 0, 10, 3),
    ("none-in-window", "陕西省公安厅厅长胡明朗", 0, 8, -1),
    ("delimiter-before-lo", "省，公安厅厅长", 2, 7, -1),
    ("delimiter-at-lo", "省，公安厅厅长", 1, 7, 1),
    ("hi-past-end", "省，公安厅", 0, 99, 1),
    ("empty-window", "省，公安厅", 3, 3, -1),
    ("newline-counts", "标题\n副省长", 0, 6, 2),
]


@pytest.mark.parametrize("text,lo,hi,expected", [r[1:] for r in _RFIND], ids=[r[0] for r in _RFIND])
def test_rfind_char(text: str, lo: int, hi: int, expected: int) -> None:
    from gov_notice.grammar import char_table, rfind_char

    assert rfind_char(text, char_table("，。、；：\n"), lo, hi) == expected


def test_char_table_of_nothing_finds_nothing() -> None:
    from gov_notice.grammar import char_table, rfind_char

    assert char_table([]) == b"" and rfind_char("，。", char_table(""), 0, 2) == -1


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="，。、和及省厅长A1 \n·", max_size=30), lo=st.integers(0, 32), hi=st.integers(0, 32))
def test_rfind_char_is_a_reverse_regex_search(text: str, lo: int, hi: int) -> None:
    # what it replaced: regex's reverse search of a character class between lo and hi
    import regex

    from gov_notice.grammar import char_table, rfind_char

    chars = "，。、和及"
    m = regex.compile("(?r)[" + regex.escape(chars) + "]").search(text, lo, hi)
    assert rfind_char(text, char_table(chars), lo, hi) == (m.start() if m else -1)

"""Grammar every component shares: Chinese numerals (written and parsed one way), full dates,
conjunctions, the level characters of administrative bodies, demonstratives.

Only grammar lives here (closed classes of particles, a numeral's shape); word lists are data in
``gov_notice/lexicons/*.tsv``.  This module imports nothing of the package, so any layer may use it.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final, Iterable

import regex

# the digits one to nine, in order (DIGITS[k - 1] is k)
DIGITS = "一二三四五六七八九"

# ten, the only place value a list number or a date needs
TEN = "十"

# a Chinese numeral from 1 to 99 as a regex fragment: 一 … 九, 十, 十一 … 十九, 二十 … 九十九
NUMERAL = rf"[{DIGITS[1:]}]?{TEN}[{DIGITS}]?|[{DIGITS}]"

# the characters of a small Chinese numeral written in a date (二〇二四年, 十二月三十一日)
DATE_NUMERAL_CHARS = "〇零" + DIGITS + TEN

# conjunctions that join two nouns (省委和省政府, 政制及内地事务局, 公安局与检察院)
CONJUNCTIONS = "和及与"

# level characters that stand for "the province / city / county …" before a body (省厅, 市委, 镇党委)
LEVELS = "省市县区州乡镇"

# demonstratives and possessives that point at a body already named (该局, 本市, 我省, 其单位)
DEMONSTRATIVES = "该本此其我"

# a full date: 2024-02-26, 2024/02/26, 2024年2月26日 (a fragment: groups y, m, d or y, m2, d2)
YMD = (r"(?P<y>(?:19|20)\d{2})(?:[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
       r"|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)")
# a full date anywhere in a text
FULL_DATE = regex.compile(rf"(?<!\d){YMD}")

# the first lines of a web copy: the headline, site furniture (breadcrumbs, 发布时间, site names)
# and the dateline stand there
HEAD_LINES = 8

# blanks around a line of a web page (the ideographic space and the no-break space included)
BLANKS = " \t\u3000\u00a0"

# the code points of the Han script in Unicode 17, as the ``regex`` module's ``\p{Han}`` reads them
# from 2026.12 on (an older regex leaves the newest ideographs unassigned; a test compares every code
# point with the installed regex), past the unified ideographs tested first: the first and last code
# point of each range, flat and in order (read by a binary search over native ints: a loop over
# pairs made an iterator and unpacked a tuple per range, for every punctuation mark asked about)
_HAN_BOUNDS: Final[tuple[int, ...]] = (
    0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x3005, 0x3005, 0x3007, 0x3007,
    0x3021, 0x3029, 0x3038, 0x303B, 0x3400, 0x4DBF, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
    0x16FE2, 0x16FE3, 0x16FF0, 0x16FF6, 0x20000, 0x2A6DF, 0x2A700, 0x2B81E, 0x2B820, 0x2CEAD,
    0x2CEB0, 0x2EBE0, 0x2EBF0, 0x2EE5D, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x31350, 0x33479,
)
_HAN_RANGE_COUNT: Final = len(_HAN_BOUNDS) // 2


def han_code(o: int) -> bool:
    """Whether the code point ``o`` is Han (``\p{Han}``)."""
    if 0x4E00 <= o <= 0x9FFF:
        return True
    if o < 0x2E80:
        return False
    lo, hi = 0, _HAN_RANGE_COUNT
    while lo < hi:  # the first range ending at or after o
        mid = (lo + hi) >> 1
        if _HAN_BOUNDS[2 * mid + 1] < o:
            lo = mid + 1
        else:
            hi = mid
    return lo < _HAN_RANGE_COUNT and _HAN_BOUNDS[2 * lo] <= o


def is_han(ch: str) -> bool:
    """Whether the character ``ch`` is Han (``\p{Han}``): a test without a regex call, which costs
    ten times as much for one character (the rules ask it tens of thousands of times per MB)."""
    return han_code(ord(ch))


def han_at(text: str, i: int) -> bool:
    """Whether a Han character is written at ``i`` (``0 <= i``; none at or past the end).
    (``ord(text[i])`` compiled reads the code point without making a one-character string.)"""
    return i < len(text) and han_code(ord(text[i]))


def all_han(text: str, a: int = 0, b: int = -1) -> bool:
    """Whether ``text[a:b]`` (to the end when ``b`` is -1) is one or more Han characters."""
    end = len(text) if b < 0 else b
    if a >= end:
        return False
    for k in range(a, end):
        if not han_code(ord(text[k])):
            return False
    return True


def char_table(chars: Iterable[str]) -> bytes:
    """A table of the characters ``chars``: one byte per code point up to the largest of them, 1
    where the character is one of them (read by :func:`rfind_char`)."""
    codes = [ord(ch) for ch in chars]
    table = bytearray(max(codes, default=-1) + 1)
    for o in codes:
        table[o] = 1
    return bytes(table)


def rfind_char(text: str, table: bytes, lo: int, hi: int) -> int:
    """The last position in ``[lo, hi)`` of ``text`` holding a character of ``table`` (see
    :func:`char_table`), or -1.  Compiled, a loop of code points read in place: no character is
    made a string, and no regex is called (a reverse search cost a microsecond per call)."""
    n = len(table)
    k = min(hi, len(text)) - 1
    while k >= lo:
        o = ord(text[k])
        if o < n and table[o]:
            return k
        k -= 1
    return -1


_ZERO = "〇零"


def cn_int(s: str) -> int | None:
    """The value of a number written in Arabic digits or as a small Chinese numeral, or None.

    ``"12"`` → 12, ``"三"`` → 3, ``"十"`` → 10, ``"十二"`` → 12, ``"二十"`` → 20, ``"三十五"`` → 35,
    ``"两"`` → 2, ``"〇"`` → 0; anything else (``"几"``, ``"百"``, ``""``, ``"十十"``) → None.
    """
    if s.isascii() and s.isdigit():
        return int(s)
    if s == "两":
        return 2
    if len(s) == 1 and s in _ZERO:
        return 0
    tens, ten, units = s.partition(TEN)
    if not ten:
        return DIGITS.index(s) + 1 if len(s) == 1 and s in DIGITS else None
    if len(tens) > 1 or len(units) > 1 or (tens and tens not in DIGITS) or (units and units not in DIGITS):
        return None
    return 10 * (DIGITS.index(tens) + 1 if tens else 1) + (DIGITS.index(units) + 1 if units else 0)


def full_date(m: regex.Match[str]) -> _dt.date | None:
    """The date of a :data:`FULL_DATE` (or :data:`YMD`) match, or None when it is no calendar day."""
    try:
        return _dt.date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    except ValueError:
        return None

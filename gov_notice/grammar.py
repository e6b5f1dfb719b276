"""Grammar every component shares: Chinese numerals (written and parsed one way), full dates,
conjunctions, the level characters of administrative bodies, demonstratives.

Only grammar lives here (closed classes of particles, a numeral's shape); word lists are data in
``gov_notice/lexicons/*.tsv``.  This module imports nothing of the package, so any layer may use it.
"""

from __future__ import annotations

import datetime as _dt

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

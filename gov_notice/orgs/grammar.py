"""Grammar shared by the modules of the organisation reader: ordinals and terms of office, the
characters of numbers, conjunctions; the particles every component uses come from
:mod:`gov_notice.grammar` (``LEVELS`` is re-exported from there)."""

from __future__ import annotations

import regex

from ..grammar import CONJUNCTIONS, DATE_NUMERAL_CHARS, DIGITS, LEVELS, TEN

__all__ = ["COLLECTIVE_HOLDER_MAX", "COORD_CHARS", "LEADER_MARK", "LEVELS", "NUMBER", "ORDINAL", "ORDINAL_DIGITS",
           "ORDINAL_MARK", "SCOPE_MARKS", "SESSION_MARK", "SMALL_NUMERALS", "TERM_MARK", "TWO"]

# the mark of an ordinal (第七届, 第二党支部) and of a term of office (第七届, 十六届)
ORDINAL_MARK = "第"

TERM_MARK = "届"

# what the post of a body's head ends with after the body's last character (局长, 厅长, 署长)
LEADER_MARK = "长"

# the marks of scope before a level or place (全市, 各县, 每镇): what follows is no one body's name
SCOPE_MARKS = "全各每"

# the measure of a session's number (第四次会议, 五次全会)
SESSION_MARK = "次"

# "two" before a measure word (两委, 两个): a count, never a name part
TWO = "两"

# the numerals one to ten
SMALL_NUMERALS = DIGITS + TEN

# an ordinal inside a body name: 省委第七督查组, 机关第二党支部
ORDINAL_DIGITS = SMALL_NUMERALS + "0123456789"  # (市第2人民医院, 第19届)

ORDINAL = rf"{ORDINAL_MARK}[{ORDINAL_DIGITS}]{{1,3}}"

COORD_CHARS = frozenset(CONJUNCTIONS)  # the conjunctions that join two nouns

# numerals: a word holding one is a date or count, never part of a body's name (二月份, 千万)
NUMBER = regex.compile(rf"[0-9{DATE_NUMERAL_CHARS}{TWO}百千万]")


# the longest body a collective's cue may follow (市政府机关|所属: see state.py)
COLLECTIVE_HOLDER_MAX = 5

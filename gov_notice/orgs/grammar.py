"""Grammar shared by the modules of the organisation reader: level characters, formal openings of
party and CPPCC names, ordinals, characters that end a head's word, conjunctions."""

from __future__ import annotations

import regex

# level characters that stand for "the province / city / county …" in front of a body (省厅, 市委)
LEVELS = "省市县区州乡镇"

# an ordinal inside a body name: 省委第七督查组, 机关第二党支部
ORDINAL_DIGITS = "一二三四五六七八九十0123456789"  # (市第2人民医院, 第19届)

ORDINAL = rf"第[{ORDINAL_DIGITS}]{{1,3}}"

COORD_CHARS = frozenset("和及与")  # the conjunctions among them

# numerals: a word holding one is a date or count, never part of a body's name (二月份, 千万)
NUMBER = regex.compile(r"[0-9一二三四五六七八九十百千万零〇两]")


# the longest body a collective's cue may follow (市政府机关|所属: see state.py)
COLLECTIVE_HOLDER_MAX = 5

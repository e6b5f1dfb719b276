"""Shared pieces of the people patterns: delimiters, a Han character, the particles the rules
read (的, 为, 等, 第), the marks that close a name in a list, the longest title, an alternation
longest first, a character trie."""

from __future__ import annotations

from ..grammar import CONJUNCTIONS

# characters that end a title (or a credit role's clause) on its left (quotes “” stay inside:
# 厅“平安建设”领导小组组长)
DELIMS = frozenset("，。、；：！？,.;:!?（）()【】[]「」『』《》<>〈〉\n\r\t 　…—-/|·•*#")
# the particles the people rules read (beyond gov_notice.grammar):
# the attributive particle: 分管日常工作的副厅长, 免去李某的…职务, 政务司司长的唐英年
DE = "的"
# "as" of an appointment: 任命李某为副市长
WEI = "为"
# "by" before the one who takes a post named before it: 律政司司长由林某接任
BY = "由"
# "and others" closing a list of names: 孙某、李某等多名局长
ETC = "等"
# the middle dots inside a transliterated or minority name (艾尔肯·吐尼亚孜, 何塞·米格尔·因苏尔萨),
# and the same as a set (tested before the name patterns: most text has none)
NAME_DOTS = "·•・"
NAME_DOT_SET = frozenset(NAME_DOTS)
# the photo credit's mark after a name: 张三 摄
PHOTO_MARK = "摄"
# the ordinal prefix: 第6任行政长官, 第十一届
ORDINAL = "第"
# what closes a name in a list of names: the next name, the last name, the end of the list
LIST_END = frozenset("、，,；;。" + CONJUNCTIONS + ETC)
# the longest title we look at, in characters
MAX_TITLE = 30

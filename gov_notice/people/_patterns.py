"""Shared pieces of the people patterns: delimiters, a Han character, conjunctions, the longest
title, an alternation longest first, a character trie."""

from __future__ import annotations

from typing import Iterable

import regex

# characters that end a title (or a credit role's clause) on its left (quotes “” stay inside:
# 厅“平安建设”领导小组组长)
DELIMS = frozenset("，。、；：！？,.;:!?（）()【】[]「」『』《》<>〈〉\n\r\t 　…—-/|·•*#")
# a character of a name (Han only; 衞 and other unconverted variants included)
HAN = regex.compile(r"\p{Han}")
# conjunctions that join people (谢某和政府经济顾问陈某) or parts of one name (政制及内地事务局)
CONJ = frozenset(["和", "及", "与", "同", "跟", "以及"])
# the longest title we look at, in characters
MAX_TITLE = 30


def alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie(words: Iterable[str]) -> str:
    """A pattern matching the longest of ``words``, shaped as a character trie (fast to reject)."""
    root: dict[str, dict] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        end = "" in node
        alts = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(root)

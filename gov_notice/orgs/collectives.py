"""Collectives (各级公安机关, 厅属各单位, 有关部门 …): found by their own pass, returned apart from
the organisations, and winning over every candidate they overlap."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ..results import Mention
from .chains import formal_start
from .grammar import COLLECTIVE_HOLDER_MAX, LEVELS
from .text import settle

if TYPE_CHECKING:
    from .state import State
    pass


def _collective_matches(text: str, st: State) -> Iterator[re.Match[str]]:
    """The matches of ``st.collective.finditer(text)``, tried only near the cues and phrases.

    The pattern's first character is one of ~40 common ones (省, 市, 局 …): trying it at each of them
    costs more than finding its openers. A match opens with a phrase or holds a cue at most
    ``COLLECTIVE_HOLDER_MAX`` characters after its start; an opener the scan skips lies inside one
    it found, so the starts tried for each found opener run from that far before it to its end.
    Each start is tried once, in order, resuming after a match's end as ``finditer`` does.
    """
    resume = 0  # no match may start before here (the end of the last one, or the starts tried)
    first = st.collective_first
    match = st.collective.match
    for op in st.collective_opener.finditer(text):
        for s in range(max(resume, op.start() - COLLECTIVE_HOLDER_MAX), op.end()):
            if s < resume or text[s] not in first:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                resume = m.end()
        resume = max(resume, op.end())


def find_collectives(text: str, st: State) -> list[Mention]:
    # 全国人大常委会 is one body, and so is 政协|全国委员会 after a formal opening
    spans = [Mention(m.group(), m.start(), m.end()) for m in _collective_matches(text, st)
             if m.group() not in st.known and m.group() not in st.user
             and formal_start(text, st, m.start()) is None
             # 自治区|党委、政府: a shared modifier makes the phrase two bodies
             and not (m.group() in st.phrases and text[m.start() - 1:m.start()] in LEVELS)]
    return settle(spans)

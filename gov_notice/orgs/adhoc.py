"""Bodies with a long ad-hoc name, read to their real start (issue 15).

A group set up for one task is named after the task, in words a chain does not read (verbs,
slogans, listed phrases): 区委|不忘初心、牢记使命主题教育|领导小组, 白鹤镇村（社区）两委换届选举工作|领导小组,
金山区|水污染防治专项督查|材料组, 香港特别行政区|维护国家安全|委员会.  From such a head
(``org_words.tsv``, kind ``adhoc_head``) the clause is read leftwards over words until one that
frames the clause (punctuation, a preposition or particle, a verb of attending or acting:
kind ``frame`` and ``org_verbs.tsv``) or a listed body (县委组织部、|…); the name starts at the
first word of that stretch that opens with a place, a level (市|疫情防控…指挥部), a known body or
a town (白鹤镇…).  A stretch with no such opening adds nothing (认真学习|疫情防控指挥部…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

import regex

from ..grammar import DEMONSTRATIVES, is_han
from .chains import sessionless
from .grammar import LEVELS, SCOPE_MARKS
from .text import Cand

if TYPE_CHECKING:
    from ..doc import Doc
    from .state import State

# at most this many characters of an ad-hoc name stand before its head
_MAX_NAME = 24

# characters inside an ad-hoc name that are no word of it but do not end it: a list of slogans
# (不忘初心、牢记使命) and a bracketed alternative (村（社区）)
_INSIDE = frozenset("、（）()")

# a town or street opening the name: two or three characters of its own name (no cue of scope or
# demonstrative: 各, 全, 每, 该 …), then 镇/乡/街道
_TOWN = regex.compile(rf"(?![{SCOPE_MARKS}{DEMONSTRATIVES}])\p{{Han}}{{2,3}}?(?:镇|乡|街道)")


def adhoc_cands(doc: Doc, st: State, cands: Sequence[Cand]) -> Iterator[Cand]:
    """The bodies with an ad-hoc name: from each head, the name read back to its real start, and
    on to the end of a candidate read from the head (…指挥部|财务部: a unit of the group)."""
    text = doc.text
    ends: dict[int, int] = {}
    for c in cands:
        ends[c.start] = max(ends.get(c.start, c.end), c.end)
    for m in st.adhoc.finditer(text):
        start = _name_start(doc, st, m.start())
        if start is not None and start < m.start():
            end = max(m.end(), ends.get(m.start(), 0))
            yield Cand(sessionless(text, st, start, end), text[start:end], start, end)


def _stretch(doc: Doc, st: State, hs: int) -> list[tuple[str, int]]:
    """The words before the head at ``hs`` up to the one that frames the clause, leftmost first."""
    text = doc.text
    ws = max(0, hs - _MAX_NAME)
    toks = doc.res.segmenter.cut(text[ws:hs], hmm=False)
    out: list[tuple[str, int]] = []
    depth = 0  # brackets closed to the right and not yet opened
    for w, a, _ in reversed(toks):
        if w in _INSIDE:
            if w == "、" and (st.ender_index.ending_at(text, ws + a) is not None
                             or st.post_index.ending_at(text, ws + a, 2) is not None
                             or (out and _opens_name(text, st, *out[-1], hs))):
                break  # 体育局、|青年局…委员会, 州纪委书记、|州…: a list, not a slogan
            if w in "（(":
                if not depth:
                    break  # 宁夏）|东方集团…: a bracket opened before the name
                depth -= 1
            elif w in "）)":
                depth += 1
            out.append((w, ws + a))
            continue
        if not (w and is_han(w[0])) or w in st.frames or w in st.governs or w in st.acting_verbs \
                or st.post_index.ending_at(w, len(w), 2) is not None:
            break  # (…联盟主席|沃尔斯基分别就|委员会: a post ends the stretch too)
        out.append((w, ws + a))
    out.reverse()
    return out


def _name_start(doc: Doc, st: State, hs: int) -> int | None:
    """Where the ad-hoc name whose head starts at ``hs`` starts, or None when nothing opens it."""
    text = doc.text
    for w, a in _stretch(doc, st, hs):
        if w in _INSIDE:
            continue
        rest = text[a:hs]
        if rest.count("（") + rest.count("(") < rest.count("）") + rest.count(")"):
            continue  # (宁夏）|东方…: the name opens inside a bracket
        if _opens_name(text, st, w, a, hs):
            return a
    return None


def _opens_name(text: str, st: State, w: str, a: int, hs: int) -> bool:
    """Whether the word ``w`` at ``a`` opens a body's name: a level, a place, a known body or a town."""
    if w[0] in LEVELS:
        return True
    if st.place_index.any_at(text, a, hs, lambda t: True, 2):
        return True
    if st.ender_index.any_at(text, a, hs, lambda t: t in st.known or t in st.user, 2):
        return True
    return _TOWN.match(text, a, hs) is not None

"""Chains: a body read leftwards from its last head — heads, stems and ordinals, then places, then the
body holding it (西安市公安局|雁塔分局), and a formal opening (中国共产党|陕西省第十四届|委员会)."""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import regex

from ..grammar import DEMONSTRATIVES, han_at
from .grammar import (
    COORD_CHARS,
    LEVELS,
    ORDINAL,
    ORDINAL_DIGITS,
    ORDINAL_MARK,
    SCOPE_MARKS,
    SMALL_NUMERALS,
    TERM_MARK,
)
from .patterns import TERM

if TYPE_CHECKING:
    from .state import State
    pass

_TERM_END = regex.compile(rf"{ORDINAL}{TERM_MARK}$")  # a term of office: 第七届

# at most this many heads in one chain (a text of 局局局… stays linear)
_MAX_HEADS = 8


def tail_of(st: State, word: str) -> int | None:
    """Where the longest head or known body ``word`` ends with starts in it, or None."""
    end = st.ender_index.ending_at(word, len(word))
    return None if end is None else len(word) - len(end)

_NUMBER_END = regex.compile(rf"(?<![{SMALL_NUMERALS}{ORDINAL_MARK}])[{SMALL_NUMERALS}]{{1,2}}$")

_ORDINAL_END = regex.compile(ORDINAL + r"$")

# the number of a body numbered without 第 right after a level (市|一|医院, 县|二|医院); not after
# a level of scope or a demonstrative (全市|一|医院一策, 我市|一|医院: a count or "a hospital")
_LEVEL_NUMBER_END = regex.compile(rf"(?<![{SCOPE_MARKS}{DEMONSTRATIVES}][{LEVELS}])(?<=[{LEVELS}])[{SMALL_NUMERALS}]$")

_SESSION_END = regex.compile(rf"(?<!{ORDINAL_MARK})[{ORDINAL_DIGITS}]{{1,3}}{TERM_MARK}$")  # a term: 十六届


@final
class Chain:
    """A chain read leftwards from its last head: where it starts and what it is made of.

    (A plain class: a dataclass's generated ``__init__`` stays interpreted Python when the module
    is compiled, and a chain is read for every head: thousands per MB.)"""

    __slots__ = ("start", "end", "heads", "stems", "pre", "placed")

    def __init__(self, start: int, end: int, heads: list[str], stems: int, pre: str, placed: bool = False) -> None:
        self.start = start
        self.end = end
        self.heads = heads
        self.stems = stems
        self.pre = pre
        self.placed = placed  # a place was read between two of its heads (政协|贵州省|委员会)

    def __repr__(self) -> str:
        return (f"Chain(start={self.start!r}, end={self.end!r}, heads={self.heads!r}, stems={self.stems!r}, "
                f"pre={self.pre!r}, placed={self.placed!r})")


def _ministry_agency(st: State, left: str, right: str) -> bool:
    """Whether the known bodies ``left`` and ``right`` written together name one agency of a
    ministry (内政部|移民署, 法务部|调查局), not two bodies (中共中央办公厅|国务院办公厅)."""
    return right[-1] in st.agencies.get(left[-1], ()) and left in st.known  # (kind agency: 部 → 署, 局)


def _unit_number(text: str, st: State, pos: int) -> regex.Match[str] | None:
    """The number of a unit written without 第 just before ``pos`` right after the unit holding it
    (交警支队|一|大队, 刑侦大队|二|中队, 总队|十|支队); None when no head stands before the number
    (组建|三|大队)."""
    m = _NUMBER_END.search(text, max(0, pos - 3), pos)
    if m is None or st.ender_index.ending_at(text, m.start()) is None:
        return None
    return m


def _term_before(text: str, st: State, pos: int) -> regex.Match[str] | None:
    """A term of office written just before ``pos`` after a level (县|十六届|人大常委会, 县|第十七届|
    人民代表大会) or a full one after a place (澳门特别行政区|第六届|政府); None for a term after neither (第十六届|人大常委会
    is read by its opening)."""
    m = _SESSION_END.search(text, max(0, pos - 5), pos)
    if m is not None and text[m.start() - 1:m.start()] in LEVELS:
        return m
    m = _TERM_END.search(text, max(0, pos - 6), pos)
    if m is not None and ((m.start() > 0 and text[m.start() - 1] in LEVELS) or place_ending(st, text, m.start()) is not None):
        return m
    return None


def _numbered_unit(text: str, start: int, end: int) -> bool:
    """Whether an ordinal is written next to the affiliation ``text[start:end]`` (第一|附属|医院,
    附属|第三|医院): a numbered unit names one body, an affiliated unit alone (附属医院) does not."""
    return text.startswith(ORDINAL_MARK, end) or _ORDINAL_END.search(text, max(0, start - 4), start) is not None


def _read_body(text: str, st: State, pos: int, heads: list[str]) -> tuple[int, int]:
    """Read heads, stems and ordinals leftwards from ``pos``; the new position and the stems read."""
    stems = run = 0
    while pos > 0 and len(heads) < _MAX_HEADS:
        head = st.ender_index.ending_at(text, pos)
        stem = st.stem_index.ending_at(text, pos, 2)
        if head is not None and (stem is None or len(head) >= len(stem)):
            if (heads[-1] in st.known and heads[-1] not in st.generated
                    and not _ministry_agency(st, head, heads[-1])) or head in st.openings \
                    or (len(heads[-1]) == 1 and len(head) <= 2 and head in st.known) \
                    or text[pos:pos + 1] in st.head_word_next.get(head[-1], "\x00"):
                break  # a known body opens its own name (中共中央办公厅|国务院办公厅); 公安部|署;
                # a short known body holds no one-character head (西北大|部: no 北大|部);
                # 中国共产党|党委 is read by its opening
            heads.append(head)
            pos -= len(head)
            run = 0
        elif stem is not None and run < 3 and heads[-1] not in st.known:  # (研究|国务院: complete)
            stems += stem not in st.affiliations or _numbered_unit(text, pos - len(stem), pos)
            run += 1
            pos -= len(stem)
        else:
            # an ordinal ends with a numeral: no search for one where none is written
            m = _ORDINAL_END.search(text, max(0, pos - 4), pos) if text[pos - 1] in ORDINAL_DIGITS else None
            if m is None and text[pos - 1] == TERM_MARK and heads[-1] not in st.known:
                m = _term_before(text, st, pos)
            if m is None and heads[-1] in st.numbered_units and text[pos - 1] in SMALL_NUMERALS:
                m = _unit_number(text, st, pos)
            if m is None and heads[-1] in st.level_numbered and text[pos - 1] in SMALL_NUMERALS:
                m = _LEVEL_NUMBER_END.search(text, max(0, pos - 2), pos)  # 市|一|医院
            if m is None or run >= 3:
                break
            run += 1
            pos = m.start()
    return pos, stems


def place_ending(st: State, text: str, pos: int) -> str | None:
    """The longest place of two or more characters ending at ``pos``, or None.  A place opening
    with 和, 及 or 与 right after a character that is no level reads as the conjunction and a level
    (市公安局|和|县公安局, 市委|和|县委), not as the place (安徽省|和县)."""
    place = st.place_index.ending_at(text, pos, 2)
    return None if place is not None and conjunction_at(text, pos - len(place)) else place


def conjunction_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is 和, 及 or 与 joining two words: it follows a Han character that is
    no level (市委|和|县委, but 安徽省|和县)."""
    return text[i:i + 1] in COORD_CHARS and i > 0 and text[i - 1] not in LEVELS \
        and han_at(text, i - 1)


def _read_places(text: str, st: State, pos: int) -> tuple[int, bool]:
    """Read up to three places (or level characters) leftwards; the new position, whether a place."""
    body_start = pos
    placed = False
    for i in range(3):
        place = place_ending(st, text, pos)
        if place is None:
            if i == 0 and pos > 0 and text[pos - 1] in LEVELS:  # 省厅, 安康市 written as 安康 + 市
                while pos > 0 and text[pos - 1] in LEVELS and body_start - pos < 3:
                    pos -= 1  # 乡镇政府, 县乡人大: several levels (judged a collective)
                continue
            break
        pos -= len(place)
        placed = True
    return pos, placed


def place_before(st: State, text: str, pos: int) -> int:
    """``pos`` moved left over the places written before it, or over a level character that opens
    a clause (省|扫黑除恶…领导小组, but not 全市|…)."""
    for _ in range(2):
        place = place_ending(st, text, pos)
        if place is None:
            break
        pos -= len(place)
    else:
        return pos
    if pos > 0 and text[pos - 1] in LEVELS and (pos < 2 or not han_at(text, pos - 2)):
        pos -= 1
    return pos


def read_chain(text: str, st: State, hs: int, he: int) -> Chain:
    """Read a chain leftwards from its last head ``[hs, he)``: body, places, and the body holding it.

    ``西安市公安局雁塔分局`` is one chain: 分局 with its place 雁塔, held by 西安市公安局.
    """
    pos = hs
    heads = [text[hs:he]]
    stems = 0
    pre = ""
    between = False
    for _ in range(3):
        pos, n = _read_body(text, st, pos, heads)
        stems += n
        body_start = pos
        pos, placed = _read_places(text, st, pos)
        pre = text[pos:body_start]
        holder = st.ender_index.ending_at(text, pos) if placed else None
        between = between or holder is not None
        if holder is None or (heads[-1] in st.known and heads[-1] not in st.generated) or len(holder) < 2:
            break
        heads.append(holder)
        pos -= len(holder)
    opened = formal_start(text, st, pos)
    if opened is not None:
        pos = opened
    elif text.endswith(st.party_prefixes, 0, pos):
        pos -= len(next(p for p in st.party_prefixes if text.endswith(p, 0, pos)))
    elif stems and pos == body_start and text.endswith(st.national_scope, 0, pos):
        pos -= len(st.national_scope)  # 国家|市场监督管理|总局: a national department of a portfolio
    heads.reverse()
    return Chain(pos, he, heads, stems, text[pos:body_start] if pre or opened is not None else "",
                  between and len(heads) > 1)


def formal_start(text: str, st: State, pos: int) -> int | None:
    """Where a formal opening starts that, with a term of office, a place or both, is written just
    before ``pos`` (中国共产党|第二十届|中央委员会, 中国共产党|陕西省第十四届|委员会); None when
    there is none.  A term of office with no opening before it is no part of a name (第九届|董事会)."""
    if text[pos - 1:pos] not in st.before_formal:
        return None  # (most chains: one set test)
    if text.endswith(st.national_committee, 0, pos):
        pos -= len(st.national_committee)  # 中国人民政治协商会议第十三届|全国|委员会
    m = _TERM_END.search(text, max(0, pos - 6), pos) if text[pos - 1:pos] == TERM_MARK else None
    p = m.start() if m else pos
    for _ in range(2):
        for opening in st.formal_openings:
            if text.endswith(opening, 0, p):
                return p - len(opening)
        if m is None:
            return None
        p, placed = _read_places(text, st, p)  # the place written before the term
        if not placed:
            return None
    return None


def ordinal_after_place(st: State, text: str, pos: int) -> int:
    """``pos`` moved left over an ordinal written between a level or place and the name part
    (市|第一|人民医院, 西安市|第三|人民医院); ``pos`` itself when there is none."""
    if text[pos - 1:pos] not in ORDINAL_DIGITS:
        return pos
    m = _ORDINAL_END.search(text, max(0, pos - 4), pos)
    if m is None or m.start() == 0:
        return pos
    before = m.start()
    if text[before - 1] in LEVELS or place_ending(st, text, before) is not None:
        return before
    return pos


def sessionless(text: str, st: State, start: int, end: int) -> str:
    """The name of the body ``text[start:end]``, without its term of office when a numbered
    session of it follows: a body taken out of a meeting's name is the body, not its term
    (政协第十二届山西省委员会|第四次会议 → 政协山西省委员会, 省十二届人大|四次会议 → 省人大).
    A standing committee is elected for one term and keeps it (区十六届人大常委会|第二十六次会议)."""
    name = text[start:end]
    if TERM_MARK not in name or name.endswith(st.standing_heads) or st.session.match(text, end) is None:
        return name
    m = TERM.search(name)
    return name if m is None else name[:m.start()] + name[m.end():]

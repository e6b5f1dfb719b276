"""Context rules of the organisation reader (issue 15): verbs that govern a body, demonstratives,
a modifier shared by a list of bodies, and places that act as bodies.

* 全力支持|人大, 参观|桃溪派出所: a governing verb (``org_verbs.tsv``, kind ``governs``) is never a name part;
* 该|镇党委: a demonstrative or possessive before a body is dropped;
* 自治区党委、政府 → 自治区党委, 自治区政府: a place or level written before the first body of a list
  is shared by a bare head listed right after it;
* 白鹤镇|召开专题会: a town, township, street or county at the start of a clause that is the subject
  of an act (``org_verbs.tsv``, kind ``acts``) names its government; 在白鹤镇, 白鹤镇村民 stay places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

import regex

from ..grammar import DEMONSTRATIVES as _DEMONSTRATIVES
from ..grammar import all_han
from .grammar import LEVELS, ORDINAL_MARK, TERM_MARK
from .patterns import POLICE_MARK
from .text import Cand

if TYPE_CHECKING:
    from ..doc import Doc
    from ..terms import TermIndex
    from .state import State

# demonstratives and possessives that may open the word a body starts in (该镇, 本县, 我市)
DEMONSTRATIVES = frozenset(_DEMONSTRATIVES)

# what a bare head listed after a body follows: 、政府 / 和人大 (followed by no more name)
_LISTED = frozenset("、和")


def modifier(name: str, st: State) -> str | None:
    """The place or level a body's name opens with and may share with a bare head listed after it
    (自治区党委 → 自治区, 县委 → 县, 西安市公安局 → 西安市), or None."""
    places = st.places
    for kind in st.division_levels:
        if name.startswith(kind):
            return kind
    for n in range(min(len(name) - 1, 8), 1, -1):
        if name[:n] in places and name[n:n + 1] in LEVELS:
            return name[:n + 1]
        if name[:n] in places and name[n - 1] in LEVELS:
            return name[:n]
    return name[0] if name[0] in LEVELS else None


def listed_heads(text: str, end: int, heads: dict[str, tuple[bool, str]],
                 enders: TermIndex, posts: tuple[str, ...]) -> Iterator[tuple[str, int, int]]:
    """The bare heads listed right after a body ending at ``end`` (、政府 → 政府), each with its span,
    while each is the whole body written there (、政府办公室 is another body: ``enders``, a trie of
    every head, finds a longer one starting there; a head followed by one of ``posts`` belongs to a
    title: 区政府和常委会|主任会议)."""
    pos = end
    while text[pos:pos + 1] in _LISTED:
        for n in (4, 3, 2):
            head = text[pos + 1:pos + 1 + n]
            after = text[pos + 1 + n:pos + 3 + n]
            if len(head) == n and head in heads and len(enders.at(text, pos + 1, hi=12) or "") == n \
                    and not enders.at(text, pos + 1 + n, hi=12) and not after.startswith(posts):
                yield head, pos + 1, pos + 1 + n
                pos += 1 + n
                break
        else:
            return

# tags of words that never name a unit (verbs, pronouns, prepositions, adverbs, numbers …)
_NOT_UNIT_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f", "t", "ad", "zg", "y", "e", "l", "i")


def unit_cands(doc: Doc, st: State, cands: Sequence[Cand]) -> Iterator[Cand]:
    """Units named right after a body found (省委组织部|组织处 → 省委组织部组织处): the name is
    nouns of the dictionary (no verb: 组织部|召开处…), and the unit character ends a word
    (``st.unit``: see :func:`patterns.unit_pattern`)."""
    text = doc.text
    seg = doc.res.segmenter
    for c in cands:
        if st.unit_chars.isdisjoint(text[c.end + 2:c.end + 5]):
            continue  # (most bodies: no unit character where a unit's would stand)
        m = st.unit.match(text, c.end)
        if m is None or c.text != text[c.start:c.end]:
            continue
        words = [w for w, _, _ in seg.cut(m.group(1), hmm=False)]
        if all(regex.fullmatch(r"\p{Han}{2,}", w) and not (seg.tag(w) or "x").startswith(_NOT_UNIT_TAGS)
               for w in words):
            yield Cand(c.name + m.group(), text[c.start:m.end()], c.start, m.end())


def context_cands(text: str, st: State, cands: Sequence[Cand]) -> Iterator[Cand]:
    """Bare heads sharing the modifier of the body listed before them (自治区党委、政府 → 自治区政府,
    mention 政府), and places acting as bodies at the start of a clause (白鹤镇|召开专题会)."""
    for c in list(cands):
        if text[c.end:c.end + 1] in _LISTED:
            mod = modifier(c.name, st)
            if mod is not None and mod != c.name:
                for head, a, b in listed_heads(text, c.end, st.heads, st.ender_index, st.listed_posts):
                    yield Cand(mod + head, head, a, b)
    for m in _acting_places(text, st):
        yield Cand(m.group("place"), m.group("place"), m.start("place"), m.end("place"))


def _acting_places(text: str, st: State) -> Iterator[regex.Match[str]]:
    """The matches of ``st.acting.finditer(text)``, tried only just before the ends found first.

    A place holds at most five characters before its 街道/镇/乡/县, so each match lies in the
    window from five characters before such an end to the longest act after it; windows are tried
    in order, never before the end of the last match (as ``finditer`` resumes there).
    """
    resume = 0
    for k in st.acting_tail.finditer(text):
        if k.end() <= resume:
            continue
        m = st.acting.search(text, max(resume, k.start() - 5), k.end() + st.max_act)
        if m is not None:
            yield m
            resume = m.end()

# a model's span must hold a Han character or two capitals (华东科技, IBM), not only digits or marks
_HAN_OR_CAPS = regex.compile(r"\p{Han}|[A-Z]{2}")


def ner_cands(doc: Doc, st: State) -> Iterable[Cand]:
    """Candidates of an optional NER backend (``doc.ner``) that end the way our bodies end."""
    for label, s, e in doc.ner:
        if label != "ORGANIZATION" or not 0 <= s < e <= len(doc.text):
            continue
        name = doc.text[s:e]
        if (name in st.places or name in st.phrases or len(name) < 2
                or (name in st.heads and not st.heads[name][0])
                or any(name.startswith(c) for c in st.cues)
                or not _HAN_OR_CAPS.search(name)):
            continue
        # a model's span is a candidate when it ends the way our bodies end (a head or a known
        # body), or is a short proper name with no head (华东科技); long headless spans are
        # phrases the model misread (召开专题会议研究, 市人大常委会主任蔡梅生)
        if not (name in st.known or name in st.user or len(name) <= 4
                or any(name.endswith(h) for h in st.heads if len(h) < len(name))):
            continue
        if len(name) >= 2 and name[-1] == name[-2]:
            continue
        yield Cand(name, name, s, e)



# tags of words that never name a village (verbs, pronouns such as 各, prepositions, adverbs …)
_NOT_VILLAGE_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f", "t", "ad", "zg", "y", "e")

_MAX_VILLAGE = 4  # characters of a village's or community's own name (王家, 石板沟, 幸福)


def village_start(doc: Doc, st: State, start: int, para: tuple[int, int]) -> int | None:
    """Where the named village or community whose body starts at ``start`` begins (王家|村|党支部,
    杨|庄|村|党支部, 幸福|社区|居委会); None when none is written (各村党支部 is a collective).

    The name is the words just before 村/社区, at most ``_MAX_VILLAGE`` characters, none of them a
    verb, pronoun, preposition, number or the like; a town or county written before it is taken
    too (城关镇|东关|社区)."""
    text = doc.text
    m = st.village_end.search(text, max(para[0], start - 2), start)  # 村, 社区 (kind village)
    if m is None:
        return None
    name_end = m.start()
    seg = doc.res.segmenter
    toks = [(w, a) for w, a, _ in doc.cut(max(para[0], name_end - 8), name_end)]
    edge = _own_name(doc, toks, name_end)
    if edge == name_end:
        return None
    if toks and toks[-1][0][-1] in st.town_levels and all_han(toks[-1][0]) \
            and (seg.tag(toks[-1][0]) or "") == "ns":
        edge = toks[-1][1]  # 城关镇|王家村: the town the village lies in
    return edge


def _own_name(doc: Doc, toks: list[tuple[str, int]], name_end: int) -> int:
    """Where the own name of a village or town ending at ``name_end`` starts: the words ``toks``
    (popped) just before it, at most ``_MAX_VILLAGE`` characters, none of them a verb, pronoun,
    preposition, number or the like; ``name_end`` when there is none."""
    seg = doc.res.segmenter
    edge = name_end
    while toks and name_end - toks[-1][1] <= _MAX_VILLAGE:
        w, a = toks.pop()
        if not all_han(w) or (seg.tag(w) or "x").startswith(_NOT_VILLAGE_TAGS):
            break
        edge = a
    return edge


def town_start(doc: Doc, st: State, start: int, para: tuple[int, int]) -> int | None:
    """Where the town or township whose level opens the body at ``start`` begins, named by words
    the place lexicon lacks (白鹤|镇|党委, 马|家|镇|人民政府, 王家坪|镇|派出所: the lexicon stops
    at counties); None when no name of two or more characters is written as words of their own
    before the level (全镇, 乡镇: words; 该|镇, 到|镇: no name)."""
    if doc.text[start:start + 1] not in st.open_town_levels:
        return None
    toks = doc.cut(max(para[0], start - 8), start + 2)
    if not any(b == start for _, _, b in toks):
        return None  # the level inside a word (全镇, 城乡)
    edge = _own_name(doc, [(w, a) for w, a, b in toks if b <= start], start)
    name = doc.text[edge:start]
    # (新一届|镇党委: a term of office is no town's name)
    return edge if len(name) >= 2 and TERM_MARK not in name and ORDINAL_MARK not in name else None


# a Taiwan city's or county's police unit written with 警 for its police bureau: 中市警一分局,
# 北市警中山分局, 新北市警局, 嘉县警刑大 (the place: ``org_words.tsv`` kind ``tw_police_place`` and
# the full names of ``org_places_taiwan.tsv``)
def police_cands(text: str, st: State) -> Iterator[Cand]:
    """The police units of Taiwan's cities and counties written with 警 (中市警一分局)."""
    if POLICE_MARK in text:
        for m in st.police.finditer(text):
            yield Cand(m.group(), m.group(), m.start(), m.end())


def posted_cands(text: str, st: State, cands: Sequence[Cand]) -> Iterator[Cand]:
    """A body's or place's office in another place, read as one body: 香港特别行政区政府|驻|北京|
    办事处, 中国|常驻|联合国|代表团 (the office: ``org_words.tsv`` kind ``posted_office``)."""
    if not any(mark in text for mark in st.posted_marks):
        return  # (kind posted_mark: 驻, 常驻)
    holders: dict[int, int] = {}  # the start of the longest candidate written as such ending at …
    for c in cands:
        if c.text == c.name and c.start < holders.get(c.end, c.end):
            holders[c.end] = c.start
    for m in st.posted.finditer(text):
        start = holders.get(m.start())
        if start is None:
            place = st.place_index.ending_at(text, m.start(), 2)  # 湖北省|驻…, 美国|驻…
            if place is None:  # (China is no foreign country of countries.tsv: 中国|常驻…)
                place = next((c for c in st.home_countries if text.endswith(c, 0, m.start())), None)
            if place is None:
                continue
            start = m.start() - len(place)
        end = _posted_office_end(text, st, m.end())
        if end is not None:
            yield Cand(text[start:end], text[start:end], start, end)


def _posted_office_end(text: str, st: State, pos: int) -> int | None:
    """Where the office written at ``pos`` after 驻 ends: a place or known body, then an office."""
    for index in (st.place_index, st.ender_index):
        n = len(index.at(text, pos, hi=12) or "")
        if n >= 2:
            m = st.posted_office.match(text, pos + n)
            if m is not None:
                return m.end()
    return None

"""Left edges settled by segmentation: which words before a chain may stand in a body's name
(建设|银行总行, 高雄市|劳工|局), and whether a bare head is a word where it stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..grammar import CONJUNCTIONS, all_han, han_at, is_han
from .chains import conjunction_at, place_before, place_ending, read_chain, tail_of
from .context import DEMONSTRATIVES
from .grammar import LEVELS, NUMBER
from .text import latin_name, remember

if TYPE_CHECKING:
    from ..doc import Doc
    from .state import State

# jieba tags that may stand in a body name's left part (nouns, place names, abbreviations, verbal
# nouns); segmentation runs without HMM, so unknown words fall apart and are not taken
_NOUNISH = frozenset({"n", "nz", "nt", "ns", "nsf", "j", "vn", "ng", "an", "nrt"})

# jieba tags of the words a level written as a word of its own may follow (据|市, 到|县, 与|市):
# prepositions, verbs, conjunctions, adverbs, particles, pronouns
_FUNCTION_TAGS = frozenset("pvcdur")

_PROPER_TAGS = frozenset({"ns", "nz", "nt", "nrt", "j", "nsf"})

# at most this many tokens / characters are added to the left of a chain by segmentation
_MAX_LEFT_TOKENS = 3

_MAX_LEFT_CHARS = 10

_WINDOW = 14

# the name of a bureau-like body with a one-character head, written after a place or level: at most
# this many dictionary words / characters (市|政务|服务|数据|管理|局, 市|社会保险|事业|管理|局)
_MAX_SINGLE_NAME_WORDS = 4

_MAX_SINGLE_NAME_CHARS = 8

# a Latin letter or digit: with a Han character, what a body's name may hold (of a Latin name)
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

# the conjunctions joining the two portfolios of one body (教育|和|体育|局, 科技|与|工业|局)
_PORTFOLIO_JOINS = frozenset(CONJUNCTIONS)


def _nounish(seg: object, st: State, word: str) -> bool:
    """A dictionary word of two or more characters that may stand in a body's name."""
    if latin_name(word):
        return True  # a Latin name (TCL, 5G, NOWnews)
    if len(word) < 2 or word in st.stop_words or not all_han(word):
        return False
    return seg.tag(word) in _NOUNISH  # type: ignore[attr-defined]


def _name_part(seg: object, st: State, w: str) -> bool:
    """Whether the word may stand in the left part of a body's name.

    Not: a cue (各, 全省), another body (省委|省政府), a meeting (党代会), a date or count, a time.
    """
    known = st.name_parts.get(w)
    return remember(st.name_parts, w, _is_name_part(seg, st, w)) if known is None else known


def _is_name_part(seg: object, st: State, w: str) -> bool:
    if latin_name(w):
        return True  # (5G: digits in a Latin name are no count)
    return not (w in st.cues or w in st.governs or not _nounish(seg, st, w) or tail_of(st, w) is not None or w[-1] in st.meeting_ends
                or NUMBER.search(w) or w.endswith(st.time_endings) or w.startswith(st.adverbs))


Token = tuple[str, int, int]


def left_edge(doc: Doc, st: State, start: int, end: int, para: tuple[int, int],
              joints: frozenset[int] = frozenset()) -> int | None:
    """The left edge of a chain settled by segmentation; None when a bare chain finds no name part.

    The window before the chain is segmented; a token the chain starts inside of is taken whole
    when it is noun-like (建设|银行总行 → 建设银行总行), then up to three noun-like tokens to the left.
    """
    toks = _tokens_to(doc, start, end, para)
    if toks is None:
        return start
    w, a, b = toks[-1]
    if a == start and len(w) > 1 and w[0] in LEVELS:
        return start  # a word opening with its level (代表|区委): nothing but a place stands before it
    edge = start
    if a < start:  # the chain starts inside a word: take it whole when it names a body (建设|银行)
        inside, done = _word_inside(doc, st, toks[-1], start, end, joints)
        if inside is not None and done and inside < start:
            # a body's whole name (信息中心) is complete, unless a body holding it stands before
            # it, with at most its unit's name parts between (县人民医院|信息中心, 国家体育总局|体育|信息中心)
            held, holder = _leftward(doc, st, toks, start, end, inside, whole=True)
            return held if holder else inside
        if done or inside is None:
            return inside
        edge = inside
    return _leftward(doc, st, toks, start, end, edge)[0]


def _tokens_to(doc: Doc, start: int, end: int, para: tuple[int, int]) -> list[Token] | None:
    """The tokens of the window before the chain up to the one the chain starts in (they run on
    from the window's start: the first to end past ``start`` holds it), at their places in the
    text; None when no Han character stands before the chain."""
    text = doc.text
    ws = max(para[0], start - _WINDOW)
    if ws >= start or not (han_at(text, start - 1) or text[start - 1] in _ASCII_ALNUM):
        return None
    we = min(end, start + 6)
    toks: list[Token] = []
    for tok in doc.cut(ws, we):
        toks.append(tok)
        if tok[2] > start:
            return toks
    return None


def _word_inside(doc: Doc, st: State, tok: Token, start: int, end: int,
                 joints: frozenset[int]) -> tuple[int | None, bool]:
    """The edge when the chain starts inside the word ``tok``, and whether it is final."""
    text = doc.text
    w, a, b = tok
    if b != end and b not in joints:
        return None, True  # the word runs into the head (政协|会, 职工|会): the head is no word here
    named_area = b == start + 1 and text[start] in LEVELS  # 高新区|管委会, 社区|党支部
    if w in st.cues or w in st.governs or w[0] in DEMONSTRATIVES or not (
            named_area or _nounish(doc.res.segmenter, st, w)) or conjunction_at(text, a):
        return start, True  # (…医院|和县|妇幼保健院: the conjunction and the level, not 和县; 该镇|党委)
    # the word is a body's whole name (全国人大常委会): nothing more to its left
    return a, tail_of(st, w) is not None


def _leftward(doc: Doc, st: State, toks: list[Token], start: int, end: int, edge: int,
              whole: bool = False) -> tuple[int, bool]:
    """``edge`` moved left over up to three name parts before the token the chain starts in, and
    whether the walk ended at a body holding the chain's; ``whole``: that token is a body's whole
    name, which a holder may stand right before."""
    text = doc.text
    seg = doc.res.segmenter
    taken = 0
    i = len(toks) - 2
    while i >= 0 and taken < _MAX_LEFT_TOKENS:
        w, a, b = toks[i]
        if len(w) > 1 and conjunction_at(text, a):
            # 市人民医院|和县|人民医院: the conjunction, then a level (和县 is also a county)
            if all(c in LEVELS for c in w[1:]):
                edge = a + 1
            break
        if (taken or whole) and (w in st.known or (tail_of(st, w) is not None and _nounish(seg, st, w))):
            # the body holding a named unit, read as a chain: 全国人大|财政经济委员会,
            # 省公安厅交警总队|高速公路支队
            holder = st.ender_index.ending_at(text, b)
            held = min(a, read_chain(text, st, b - len(holder), b).start) if holder else a
            if whole and not _clear_start(seg, st, toks, held):
                return edge, False
            return held, True
        if w in "及和" and i > 0 and _two_portfolios(doc, st, toks[i - 1], start, end):
            # 食物|及|卫生局, 教育|和|体育局, 农业|和|农村委员会: a body of two portfolios (议员|及|议会,
            # 财政局|和|审计局: no name part before the conjunction)
            edge = toks[i - 1][1]
            taken += 1
            i -= 2
            continue
        if not _name_part(seg, st, w) or start - a > _MAX_LEFT_CHARS:
            break
        level = toks[i + 1]
        if level[1] == edge and level[0] in LEVELS and not proper(doc, st, a, b):
            break  # 代表|省|法院: before a level standing alone, only a place or a proper name
        edge = a
        taken += 1
        i -= 1
    return edge, False


def _clear_start(seg: object, st: State, toks: list[Token], pos: int) -> bool:
    """Whether a holder read at ``pos`` starts a word with no name part before it: not read across
    a word (人|民医院) nor cut from its own name (厦门象屿|集团有限公司, 吉化|集团建设公司)."""
    for j, (_, a, _) in enumerate(toks):
        if a == pos:
            return j == 0 or not _name_part(seg, st, toks[j - 1][0])
    return False


def _two_portfolios(doc: Doc, st: State, tok: Token, start: int, end: int) -> bool:
    """Whether the word ``tok`` before 及/和 names a first portfolio of the body ending at ``end``
    (食物|及|卫生局, 教育|和|体育局, 农业|和|农村委员会): a name part, no post or person's name
    (议员|及|议会, 光华|及|常委会), before a bureau, ministry or committee, or a body holding one
    (住房和城乡建设部|政策研究中心)."""
    text = doc.text
    w, a, _ = tok
    seg = doc.res.segmenter
    # the heads of bodies that may hold two portfolios (住房和城乡建设|部, 教育和体育|局, 农业和农村|委员会)
    portfolio = not st.portfolio_chars.isdisjoint(text[start:end]) or text.endswith(st.portfolio_ends, 0, end)
    return portfolio and start - a <= _MAX_LEFT_CHARS \
        and _name_part(seg, st, w) and not (seg.tag(w) or "").startswith("nr") \
        and st.post_index.ending_at(w, len(w), 2) is None


def noun_before_single(doc: Doc, st: State, hs: int) -> int | None:
    """Where a bureau-like body whose one-character head at ``hs`` follows a name of one to four
    dictionary nouns written after a place or level starts (高雄市|劳工|局, 市|林业|局), or None
    (市|格局: the name is one character; 全市|工作|局面: no head)."""
    text = doc.text
    if not _place_or_level_before(st, text, hs):
        return None  # (most one-character heads: no segmentation needed to say so)
    ws = max(0, hs - 12)
    toks = doc.cut(ws, hs + 1)
    w, a, b = toks[-1]
    if a < hs and b == hs + 1:  # the head read with its name as one word (劳工局, 旅游局): its name
        toks[-1] = (w[:-1], a, hs)  # must be a word of two or more characters (not 格|局, 大|局)
    elif not any(b == hs for _, _, b in toks):
        return None
    words = [t for t in toks if t[2] <= hs]
    joined = False
    for n in range(1, _MAX_SINGLE_NAME_WORDS + 2):
        if len(words) < n:
            break
        w, name_start, _ = words[-n]
        if w in _PORTFOLIO_JOINS and n > 1 and not joined:
            joined = True  # 区|科技|和|工业|信息化|局: a body of two portfolios (one conjunction)
            continue
        if not _name_part(doc.res.segmenter, st, w) or hs - name_start > _MAX_SINGLE_NAME_CHARS + 2 * joined:
            break
        place = place_ending(st, text, name_start)
        if place is not None:
            return name_start - len(place)
        if level_word(doc, name_start) < name_start:
            return name_start - 1
    return None


def place_word_start(doc: Doc, start: int, end: int) -> int:
    """Where a body whose places ``text[start:end]`` open its name starts: ``start``, or the start
    of a noun-like word ending where the places end (崇|礼县 read in 崇礼县, 朝|天门 in 朝天门: the
    dictionary's place is the end of a longer place name)."""
    if start == 0 or not is_han(doc.text[start - 1]):
        return start  # (most places: nothing written right before them)
    for w, a, b in doc.cut(max(0, start - 3), end):
        if a < start < b:
            # (人|民和, 区|长丰, 名|宿城: a word ending inside the places is no part of them)
            tag = doc.res.segmenter.tag(w) or ""
            return a if b == end and tag in _NOUNISH and all_han(w) else start
        if a >= start:
            break
    return start


def national_before(doc: Doc, st: State, pos: int) -> int:
    """``pos`` moved left over the national scope written before a body's name part as a word of
    its own (国家|质量技术监督局, 国家|留学基金管理委员会; not 发展中国家|…); else ``pos``."""
    scope = st.national_scope
    if not doc.text.endswith(scope, 0, pos):
        return pos
    a = pos - len(scope)
    return a if any(t[1:] == (a, pos) for t in doc.cut(max(0, a - 4), pos + 2)) else pos


def level_word(doc: Doc, pos: int) -> int:
    """``pos`` moved left over a level character written before it as a word of its own: after no
    Han character, or read alone by segmentation after a preposition (据|市|水文局, 由|县|水利局;
    not 全市, 城市, 我市, 各市, which are words); ``pos`` itself when there is none."""
    text = doc.text
    if not (pos > 0 and text[pos - 1] in LEVELS):
        return pos
    if pos < 2 or not han_at(text, pos - 2):
        return pos - 1
    toks = doc.cut(max(0, pos - 4), pos + 2)
    for i in range(1, len(toks)):
        if toks[i][1:] == (pos - 1, pos):
            tag = doc.res.segmenter.tag(toks[i - 1][0]) or ""
            # (图卢兹|市|…: the level of a place name the dictionary lacks)
            return pos - 1 if tag[:1] in _FUNCTION_TAGS and tag != "vn" else pos
    return pos


_LEVEL_SET = frozenset(LEVELS)


def _place_or_level_before(st: State, text: str, hs: int) -> bool:
    """Whether a place or a level character ends where the name of a bureau-like body with its
    head at ``hs`` may start (one to ten characters before it, a conjunction included): what :func:`noun_before_single`
    needs, tested without segmenting (near the text's start every head is tried)."""
    if hs <= _MAX_SINGLE_NAME_CHARS + 4:
        return True
    lo = hs - _MAX_SINGLE_NAME_CHARS - 2
    if not _LEVEL_SET.isdisjoint(text[lo - 1:hs - 1]):
        return True  # a level character (one set test)
    places = st.place_index  # (a loop of direct calls: compiled, a bound method is called generically)
    for p in range(lo, hs):
        if places.ending_at(text, p, 2) is not None:
            return True
    return False


def level_named(doc: Doc, st: State, start: int, end: int, para: tuple[int, int]) -> int | None:
    """Where a body with a generic head at ``[start, end)`` starts when a level written as a word
    of its own stands before a name of at most four words (县|法律援助|中心, 县|综合|行政|执法|大队,
    县|自来水|公司): any Han words but function words, numbers, cues and other bodies, the first
    no verb (县|组建|执法|大队); None when there is none.  The level makes the body one body."""
    text = doc.text
    if not _place_or_level_before(st, text, start):
        return None  # (most generic heads: no segmentation needed to say so)
    ws = max(para[0], start - _MAX_SINGLE_NAME_CHARS - 5)
    toks = [t for t in doc.cut(ws, end) if t[1] < start]
    if toks and toks[-1][2] > start:  # the head read with its name as one word (预防|控制中心)
        if toks[-1][2] != end:
            return None
        toks[-1] = (text[toks[-1][1]:start], toks[-1][1], start)
    seg = doc.res.segmenter
    for n in range(1, min(len(toks), _MAX_SINGLE_NAME_WORDS + 1)):
        w, a, _ = toks[-n]
        tag = seg.tag(w) or ""  # type: ignore[attr-defined]
        if start - a > _MAX_SINGLE_NAME_CHARS or len(w) < 2 or not all_han(w) \
                or (tag[:1] in _FUNCTION_TAGS and tag not in ("v", "vn")) \
                or w in st.cues or w in st.governs or w in st.stop_words or tail_of(st, w) is not None \
                or NUMBER.search(w) or w.startswith(st.adverbs):
            return None
        named = min(place_before(st, text, a), level_word(doc, a))
        if named < a:
            return None if tag == "v" else named  # (县|组建|执法|大队: a verb after the level)
    return None


def next_word(doc: Doc, pos: int) -> str:
    """The word segmentation reads at ``pos`` (a window of six characters)."""
    toks = doc.res.segmenter.cut(doc.text[pos:pos + 6], hmm=False)
    return toks[0][0] if toks else ""


def one_word(doc: Doc, start: int, end: int, exact: bool = False) -> bool:
    """Whether a bare head ``text[start:end]`` is a word here: segmentation starts a word at
    ``start`` and ends one at ``end`` or runs one from ``start`` past it (纪委|书记 or 纪委书记, but
    not 许多|人|大惑不解); ``exact``: ends one at ``end`` (共产党|员工, not 共产党员).  A head that
    is no dictionary word (政院) is a word where segmentation starts one at ``start`` and ends one at
    ``end`` (政|院|今天)."""
    a, b = max(0, start - 4), min(len(doc.text), end + 4)
    seg = doc.res.segmenter
    toks = [(s, e) for _, s, e in doc.cut(a, b)]
    if not seg.freq(doc.text[start:end]):  # no dictionary word (政院): words end at both edges
        return any(s == start for s, _ in toks) and any(e == end for _, e in toks)
    return any(s == start and e >= end for s, e in toks) and any(
        e == end or (s == start and e > end and not exact) for s, e in toks)


def proper(doc: Doc, st: State, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a proper noun, a place or a stem (北京体彩 but not 外贸)."""
    part = doc.text[start:end]
    if part[:1] in LEVELS:
        return True  # 县|人民医院: a level names whose body it is
    seg = doc.res.segmenter
    return any(w in st.places or w in st.stems or seg.tag(w) in _PROPER_TAGS or latin_name(w)
               for w, _, _ in seg.cut(part, hmm=False))

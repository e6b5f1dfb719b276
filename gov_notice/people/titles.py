"""Titles: the post words of a text (anchors) and the title each one closes.

A post must be a word of its own in the dictionary segmentation of a small window (``委员会`` is
not ``委员``, ``万科长阳`` has no ``科长``) and not name a body (书记处, 主席团).  A title runs from
the post leftwards over its organisation part up to a delimiter, the previous name, a conjunction
after a name or post, or a context word (由, 按照, 包括 … in ``lexicons/official_cues.tsv``;
prepositions, conjunctions, pronouns and time words by their jieba tag), except inside a ``…的``
qualifier such as 分管日常工作的副厅长; what only links it to its clause is trimmed (的, 偕, 该,
民进党籍, a date's 日: :mod:`.edges`).
"""

from __future__ import annotations

import regex

from ..grammar import DIGITS, TEN, char_table, han_at, rfind_char
from ..results import Position
from . import edges as _edges
from ._patterns import DE, ORDINAL
from ._patterns import DELIMS as _DELIMS
from ._patterns import MAX_TITLE as _MAX_TITLE
from .context import Finder
from .names import name_ending

# a rank written before a post, not an organisation (一级警务专员)
_RANK_MARK = "级"
_RANK = regex.compile(rf"[{DIGITS}{TEN}]{_RANK_MARK}")
# book-title marks around a name (a media outlet) that opens a title: 《某某日报》社长
BOOK_OPEN, BOOK_CLOSE = "《", "》"
_BOOK_REACH = 16
# the delimiters, as a table for the search right to left of the last one before a post
_DELIM_TABLE = char_table(_DELIMS)


class Anchor:
    """A post word found in the text; its title start is measured when first needed."""

    __slots__ = ("ps", "pe", "post", "used", "floor", "_ts", "_finder")

    def __init__(self, finder: Finder, ps: int, pe: int, post: str) -> None:
        self.ps = ps  # post start
        self.pe = pe  # post (and title) end
        self.post = post
        self.used = False
        self.floor = 0  # the title does not start before this (the previous post or name)
        self._ts: int | None = None
        self._finder = finder

    @property
    def measured(self) -> bool:
        """Whether the title start has been measured already."""
        return self._ts is not None

    @property
    def ts(self) -> int:
        """Title start (measured once: it reads the names given so far)."""
        if self._ts is None:
            self._ts = title_start(self._finder, self.ps, self.floor)
        return self._ts


def anchors(f: Finder) -> list[Anchor]:
    """Every post word that ends a word (titles are measured later, left to right)."""
    text = f.text
    st = f.st
    out: list[Anchor] = []
    for m in st.post_re.finditer(text):
        ps, pe = m.span()
        if pe == len(text) or text[pe] in st.body_after_post and text[pe:pe + 2] not in st.not_body_after_post \
                or text.startswith(st.office_heads, pe):
            continue  # 委员会, 主席团, 书记处, 董事会, 行政长官办公室: a body, not a post
        # the post is a word of its own: 委员会 is not 委员, 主席台 not 主席, 万科长阳 not 科长
        # (处长|孙某: 长孙 is a surname); the window is cut only when a test needs it
        lo = max(0, ps - 4)
        word_after = pe < len(text) and han_at(text, pe) \
            and text[pe - 1:pe + 1] not in f.st.compound
        inside = pe - ps > 2 and ps > lo  # (a word ending inside a post of two characters is no word)
        if word_after or inside:
            ends = f.bounds(lo, min(len(text), pe + 4))
            if word_after and pe not in ends:
                continue
            nb = min(b for b in ends if b > ps) if inside and ps not in ends else ps
            if ps + 1 < nb < pe and text[ps:nb] not in f.st.posts:
                continue  # a word starts before the post and ends inside it (纪检组|长, 总局局长|助理 fine)
        out.append(Anchor(f, ps, pe, m.group()))
    return out


def title_start(f: Finder, ps: int, floor: int) -> int:
    """Where the title whose post starts at ``ps`` begins (not before ``floor``)."""
    lo = _title_window(f, ps, floor)
    if lo == ps:
        return ps
    return _edges.trim_title_start(f.text, _walk_left(f, lo, ps), ps)


def _title_window(f: Finder, ps: int, floor: int) -> int:
    """The farthest a title may reach left of its post at ``ps``: after the last delimiter, the
    previous name or post (``floor``), a conjunction after a name or a post, and at most
    :data:`MAX_TITLE` characters."""
    text = f.text
    stop_at = max(floor, ps - _MAX_TITLE)
    last = rfind_char(text, _DELIM_TABLE, stop_at, ps)  # the title starts after the last delimiter
    q = _quoted_start(text, stop_at, last) if last >= 0 else -1
    if q >= 0:  # (a name in 《》 opens the title: 《某某日报》政治中心主任)
        last = rfind_char(text, _DELIM_TABLE, stop_at, q)
    lo = last + 1 if last >= 0 else stop_at
    # a conjunction right after a name or a post joins people: the title starts after it
    # (谢某和政府经济顾问陈某; 大律师和政制及内地事务局局长), also after a name that has no post
    # (李某同政府经济顾问陈某)
    claims = f.claims
    k = ps
    while (k := rfind_char(text, f.st.conj_chars, lo, k)) >= 0:
        if claims.ends_at(k) or f.st.post_ends_at(text, k) or _free_name_ends(f, k):
            return k + 1
    return lo


def _quoted_start(text: str, lo: int, k: int) -> int:
    """Where 《 opens the name in book-title marks that ``text[k]`` (》) closes, not before ``lo``
    and with no other delimiter inside, else -1."""
    if text[k] != BOOK_CLOSE:
        return -1
    q = text.rfind(BOOK_OPEN, max(lo, k - _BOOK_REACH), k)
    return q if q >= 0 and rfind_char(text, _DELIM_TABLE, q + 1, k) < 0 else -1


def _free_name_ends(f: Finder, k: int) -> bool:
    """A name with no post of its own ends right before the conjunction at ``k``, which is a word
    of its own (李某同政府经济顾问陈某: the title starts after 同; not 路某同志, 政制及内地事务局)."""
    ends = f.bounds(max(0, k - 4), min(len(f.text), k + 4))
    return k in ends and k + 1 in ends and name_ending(f, k) is not None


def _walk_left(f: Finder, lo: int, ps: int) -> int:
    """The title's start: the tokens of ``text[lo:ps]`` taken right to left while they may belong
    to a title."""
    text = f.text
    qualifiers, qualifier_ends = f.st.qualifiers, f.st.qualifier_ends
    window = text[lo:ps]
    toks = f.seg.cut(window)
    has_digit_or_ascii = _digit_or_ascii(window)
    has_ordinal = ORDINAL in text[max(0, lo - 4):ps]  # (where an ordinal of a term could be)
    start = ps
    seen_de = False
    de_end = ps  # (after the 的 seen last)
    quoted = (ps, ps)  # a name in 《》 read whole (its Latin letters and digits are part of it)
    for tok, a, b in reversed(toks):
        here = lo + a
        if quoted[0] <= here < quoted[1]:
            continue
        if tok == BOOK_CLOSE and (q := _quoted_start(text, lo, here)) >= 0:
            quoted = (q, here)
            start = q
            continue
        if tok in qualifiers or has_ordinal and _edges.in_ordinal(text, here, lo + b):
            start = here  # (第6任行政长官: an ordinal of a term stays in the title)
            continue
        end = lo + b
        if tok[-1] in qualifier_ends:  # a qualifier the segmentation split (署/任)
            for q in range(max(lo, here - 3), here):
                if text[q:end] in qualifiers:
                    return q
        kept = _acting_after_name(f, lo, end) if tok[-1] in f.st.appoint_kept_last else None
        if kept is not None:
            return kept  # 孙某代理市公安局局长: the acting post starts after the name
        if tok in f.st.conj:  # inside a name (财经事务及库务局); between people it was cut above
            start = here
            continue
        if tok == DE:
            if name_ending(f, here) is not None:
                break  # 免去李某的市公安局局长职务: the title starts after 的
            seen_de = True
            de_end = lo + b
            start = here
            continue
        if seen_de and tok in f.st.origin:
            return de_end  # 来自某镇的政协委员: where someone comes from is no qualifier of the post
        if seen_de and tok in f.st.de_adverbs and name_ending(f, here) is None:
            start = here  # 由已退休的前局长某某出任: the adverb opens the qualifier
            continue
        if _ends_title(f, tok, seen_de, has_digit_or_ascii, start, ps):
            break
        start = here
    return start


def _acting_after_name(f: Finder, lo: int, end: int) -> int | None:
    """Where an acting word (``appoint_kept``: 署任, 代理, 临时代理 …) ending at ``end`` starts,
    when a name ends right before it (孙某代理市公安局局长, 李某临时代理局长), else None."""
    text = f.text
    for w in f.st.appoint_kept:
        k = end - len(w)
        if k >= lo and text.startswith(w, k) and name_ending(f, k) is not None:
            return k
    return None


def _digit_or_ascii(s: str) -> bool:
    """Whether ``s`` holds a digit or an ASCII character (a loop: compiled, ``any(map(str.isdigit,
    s))`` looked up and called builtins generically)."""
    return any(c.isdigit() or ord(c) < 128 for c in s)


def _ends_title(f: Finder, tok: str, seen_de: bool, has_digit_or_ascii: bool, start: int, ps: int) -> bool:
    """The token ``tok`` before the title's part from ``start`` (its post at ``ps``) is no part of
    it: a context word, a number or Latin text, or (outside a ``…的`` qualifier) a preposition, a
    conjunction, a pronoun or a verb before the place or body that opens the title."""
    if tok in f.st.stop:
        return True
    if has_digit_or_ascii and _digit_or_ascii(tok):
        return True
    if seen_de:
        return False
    if len(tok) >= 2:
        tag = f.tag(tok)
        if tag == "v" and tok in f.st.clause_verbs:
            return True  # 希望|县长某某, 看望|村支部书记某某: the clause's verb
        # (隆重欢迎|中国国家主席: a verb before a place or body ends the title)
        return tag is not None and (tag[:1] in "pcr" or tag == "v" and _edges.verb_before_body(
            f, tok, tag, f.text[start:min(ps, start + 6)]))
    tag = f.tag(tok)
    # (获|时任国务委员: a verb of one character before a qualifier opening the title is the
    # clause's verb; before a place it may be the title's: 驻|美大使, 住|建委)
    return tag in ("p", "c") or tag == "v" and f.text.startswith(f.st.title_openers, start)


def position(title: str, start: int, post: str, off: int, openers: tuple[str, ...]) -> Position:
    """Split a title into its organisation part and its post (the organisation is a prefix).

    ``openers`` (longest first) are the qualifiers and acting prefixes that may open a title
    before its organisation; they stay in the title, not in the organisation (时任市公安局局长,
    代理市公安局局长: 市公安局)."""
    org = title[:off]
    opener = next((q for q in openers if org.startswith(q)), "")
    org = org[len(opener):]
    post_text = title[off:]
    if DE in org or org.endswith(_RANK_MARK) and _RANK.fullmatch(org):
        org = ""  # 分管日常工作的副厅长, 一级警务专员: no organisation
    return Position(title, post_text if post_text else post, org or None, start, start + len(title))

"""Transliterated names after a foreign post: 美国前国务卿基辛格, 白俄罗斯副外长雷巴科夫出席.

A foreign name has no Chinese surname, so the name rules pass it by.  After a title whose
organisation part names a foreign country (``lexicons/countries.tsv``) or the United Nations, a
run of two to six characters of transliterated names (``lexicons/translit_chars.tsv``, generated
from jieba's ``nrt`` words) is a name when a boundary, a word that follows names or a list mark
closes it, and it is no common dictionary word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..grammar import han_at
from ._patterns import LIST_END as _CLOSE
from ._patterns import NAME_DOT_SET

if TYPE_CHECKING:
    from .context import Finder

_MIN, _MAX = 2, 6
_DOTS = NAME_DOT_SET | frozenset("—－-")  # (and the dashes of 约翰—格伦)
# a word this frequent in jieba's dictionary, not tagged as a person's name, is no name
_WORD_FREQ = 200
# (what may close a foreign name besides a follow word: a list mark, 和, 等: _patterns.LIST_END)
# an enumeration of officials: its items are joined by 、 inside one clause (closed by these marks),
# read at most _LIST_REACH characters back
_LIST_MARK = "、"
_CLAUSE_MARKS = frozenset("，,。；;！？!?：:\n")
_LIST_REACH = 80


def may_follow(f: Finder, ps: int, pe: int, ts: int, reach: int = 30) -> bool:
    """A transliterated name may start after the post at ``ps:pe`` (its title from ``ts``): its first
    character is one, and a foreign country or the UN is named within ``reach`` characters before
    the post or in the enumeration the title is an item of (:func:`listed_title`)."""
    st = f.st.foreign
    if f.text[pe:pe + 1] not in st.chars:
        return False
    return st.foreign_re.search(f.text, max(0, ps - reach), ps) is not None \
        or st.foreign_re.search(listed_title(f, ts, "")) is not None


def listed_title(f: Finder, ts: int, title: str) -> str:
    """``title`` (starting at ``ts``), after the items listed before it with 、 in its clause when it
    follows an official's name there: the country or the UN is named once for a list of officials (美国国务卿鲍某、
    国防部长拉某; 联合国副秘书长甲、乙、开发计划署署长丙)."""
    text = f.text
    if text[ts - 1:ts] != _LIST_MARK or not f.claims.ends_at(ts - 1):
        return title  # (the item before is an official's name)
    lo = max(0, ts - _LIST_REACH)
    k = ts - 1
    while k > lo and text[k - 1] not in _CLAUSE_MARKS:
        k -= 1
    return text[k:ts] + title


def _known_then_verb(f: Finder, s: int, end: int) -> bool:
    """A known name (jieba tags it ``nr``/``nrt``) ends at ``end`` and a verb starts there, as the
    segmentation reads it: 克林顿|派|代表出席 (派 is no part of the name)."""
    if not (f.seg.tag(f.text[s:end]) or "").startswith("nr"):
        return False
    bounds = f.bounds(s, min(len(f.text), end + 4))
    if end not in bounds:
        return False
    nxt = min((b for b in bounds if b > end), default=end)
    return (f.seg.tag(f.text[end:nxt]) or "") == "v"


def foreign_name_at(f: Finder, s: int, title: str) -> int | None:
    """The end of a transliterated name starting at ``s`` right after ``title``, or None."""
    st = f.st.foreign
    text = f.text
    if text[s:s + 1] not in st.chars or st.foreign_re.search(title) is None:
        return None
    e = s
    while e < len(text) and e - s < _MAX and text[e] in st.chars:
        e += 1
    if e < len(text) and (f.seg.tag(text[s:e + 1]) or "").startswith("nr"):
        e += 1  # 格林斯潘: a known name may end with a character rare in transliterations
    for end in range(s + _MIN, e + 1):  # the first close (特朗普|表示)
        closed = end == len(text) or text[end] in _CLOSE or not han_at(text, end) \
            or f.st.follow_at(text, end) is not None or _known_then_verb(f, s, end)
        if not closed or text[end:end + 1] in _DOTS:
            continue  # (a dotted name is read whole elsewhere, 约翰—格伦 not at all; a post after the run
            # means the run opens a body: 菲律宾总统廉政|委员会主席)
        word = text[s:end]
        if word.endswith("人") or st.foreign_re.search(word):
            return None  # 爱尔兰人: a people, not a person
        tag = f.seg.tag(word) or ""
        if tag and not tag.startswith("nr") and f.seg.freq(word) >= _WORD_FREQ:
            return None  # a common word (代表, 克服); jieba tags some foreign names n (基辛格, 40)
        return end
    return None

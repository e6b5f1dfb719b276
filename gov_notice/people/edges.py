"""Where a name and a title end and start: the characters the rules glued on.

* A name does not end with the first character of the next word (陈某今(6)日 is 陈某 + 今(6)日,
  徐某关于 is 徐某 + 关于, 余某接任 is 余某 + 接任): when the last character of a longer candidate
  starts a function word, a time word or an appointment verb in jieba's dictionary, and the
  shorter candidate is a name too, the shorter one is the name.
* A title does not start with what only links it to its clause: 的 (…的三溪镇党委书记), a
  conjunction (偕副县长, 以及台北市…), a demonstrative (该镇党委副书记 → 镇党委副书记), a party
  affiliation (民进党籍苗栗县议员 → 苗栗县议员), the 日 of a date (12日原秘书长) or a symbol (▲);
  nor with a verb before the body it names (隆重欢迎|中国国家主席); an ordinal of a term stays in
  it (第6任行政长官).
* Words are no names: a weak surname before a frequent function word or verb (能不能, 党绝对,
  :func:`word_not_name`), a place at a level (单县, :func:`place_not_name`), two surnames across a
  word (公关部|顾, :func:`married_ok`), a post or a greeting after a credit role in a transcript
  (记者：司长，你好, :func:`credit_is_address`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..grammar import han_at
from ._patterns import DE, NAME_DOT_SET, NAME_DOTS, ORDINAL

if TYPE_CHECKING:
    from .context import Finder

# a time word that starts with the character after a name: 今(6)日, 今日, 昨天, 今晨
_TIME_AFTER = regex.compile(r"[今昨明](?:[（(][0-9０-９]{1,2}[）)]|[日天晨早晚年])")
_TIME_FIRST = frozenset("今昨明")  # (what it opens with: a set test before the regex call)
# the dotted part of a transliterated name running up to a position (亚历山大·克瓦希涅夫斯基)
_DOTTED_BEFORE = regex.compile(rf"[{NAME_DOTS}]\p{{Han}}+\Z")
# jieba tags of a word that a name's last character may start (关于: p, 并且: c, 今年: t)
_GLUE_TAGS = frozenset({"p", "c", "t", "d"})
# the least dictionary count for such a word to win over the name
_GLUE_FREQ = 100


def glue_word_len(f: Finder, e: int) -> int:
    """The length of a time word, a frequent function word or an appointment verb starting at ``e``
    (今(6)日, 关于, 接任), or 0: such a word may follow a name."""
    text = f.text
    if not NAME_DOT_SET.isdisjoint(text[max(0, e - 12):e]) and _DOTTED_BEFORE.search(text, max(0, e - 12), e):
        return 0  # 克瓦希涅夫斯基|于: a transliterated name ends at a follow word, not at 基于
    m = _TIME_AFTER.match(text, e) if text[e:e + 1] in _TIME_FIRST else None
    if m:
        return len(m.group())
    for n in (2, 3):
        word = text[e:e + n]
        if len(word) == n and (word in f.st.appoint or f.seg.freq(word) >= _GLUE_FREQ
                               and (f.seg.tag(word) or "") in ("p", "c")):
            return n  # 关于, 并且, 接任, 出任
    return 0


def glued_end(f: Finder, s: int, e: int) -> bool:
    """The last character of the candidate name ``text[s:e]`` starts the next word."""
    # (the candidate's own tag is asked last: most candidates end with no such word)
    return e - s >= 3 and _starts_glue_word(f, e - 1) and f.seg.tag(f.text[s:e]) is None


def _starts_glue_word(f: Finder, k: int) -> bool:
    """A time word, an appointment verb, a context word or a frequent function word starts at
    ``k``."""
    text = f.text
    if _TIME_AFTER.match(text, k):
        return True
    for n in (2, 3):
        word = text[k:k + n]
        if len(word) < n:
            break
        if word in f.st.appoint or word in f.st.stop:
            return True
        if f.seg.freq(word) >= _GLUE_FREQ and (f.seg.tag(word) or "") in _GLUE_TAGS:
            return True
    return False


# what a title never starts with: 的, conjunctions, demonstratives (该镇 → 镇, not 本届)
_LEAD = regex.compile(r"(?:的|以及|及|和|与|偕|同|并|该|此|这|[^\p{Han}\p{L}\p{N}“”‘’\"'《〈「『])+")
_LEAD_HAN_FIRST = frozenset("的以及和与偕同并该此这")  # the first characters of its words
# a party affiliation before a title: 民进党籍, 无党籍, 国民党籍的 (and what stands before it)
_PARTY_MEMBERSHIP = "党籍"
_AFFILIATION = regex.compile(rf".{{0,12}}?{_PARTY_MEMBERSHIP}(?:的)?")
_AFFILIATION_REACH = 12 + len(_PARTY_MEMBERSHIP)  # (where 党籍 must end for it to match)
# the 年 / 月 / 日 / 号 of a date whose digits stopped the title: 12日原秘书长 → 原秘书长, 2023年市长 →
# 市长, a dateline's 日电
_DATE_TAIL = regex.compile(r"(?:年度|[年月日号]电?)(?=\p{Han})")


# a conjunction after a 的-phrase: what precedes it is another noun phrase (…会议上的讲话和最高检…主任)
# (及 and 同 stay: 新设的文化体育及旅游局局长, 前来迎接的…陪同团团长)
_DE_THEN_CONJ = regex.compile(r"的[^的]*?(?:以及|和|与)")


def trim_title_start(text: str, start: int, ps: int) -> int:
    """Move a title's start (``start``, its post at ``ps``) past what only links it to its clause."""
    if text.find(DE, start, ps) >= 0:  # (most titles hold no 的)
        for m in _DE_THEN_CONJ.finditer(text, start, ps):
            start = m.end()
    while start < ps:
        m = _DATE_TAIL.match(text, start) if start > 0 and text[start - 1].isdigit() else None
        m = m if m and m.end() <= ps else None
        if m is None and text.find(_PARTY_MEMBERSHIP, start, min(ps, start + _AFFILIATION_REACH)) >= 0:
            m = _AFFILIATION.match(text, start, ps)
        if m is None and not (han_at(text, start) and text[start] not in _LEAD_HAN_FIRST):
            m = _LEAD.match(text, start, ps)  # (a Han character opens it only as one of its words)
        if m is None or m.end() == start:
            break
        start = m.end()
    return start


def married_ok(f: Finder, s: int) -> bool:
    """Two surnames at ``s`` may open a married name (林郑月娥) only when no dictionary word runs
    from the first across the second (公关部|顾经理 is a department and a surname)."""
    cut = f.bounds(s, min(len(f.text), s + 6))
    nxt = min((b for b in cut if b > s), default=s)
    return nxt <= s + 2


# a greeting after a credit role's run: the line is a question to someone (记者：司长，你好)
_GREETING = regex.compile(r"[，,]?[ 　]{0,2}(?:你|您|大家)好")


def credit_is_address(f: Finder, i: int, e: int) -> bool:
    """``text[i:e]`` after a credit role is the person addressed, not a credit: a post (司长, 陈司长)
    or a name followed by a greeting (记者：王某，你好) in a question line of a transcript."""
    text = f.text
    return any(f.st.post_at(text, k) for k in range(i, e)) or _GREETING.match(text, e) is not None


# jieba tags of a word that opens a title's body: a place (中国, 苗栗), a body (招行), a body name
_BODY_TAGS = frozenset({"ns", "nt", "j", "nz"})


def verb_before_body(f: Finder, tok: str, tag: str, right: str) -> bool:
    """A verb (jieba tag ``v``) right before the place or body that opens a title is the clause's
    verb, not part of the title: 隆重欢迎|中国国家主席, 收编未完成|招行副行长.  ``right`` is the text
    from the start of the title as measured so far.  A verb ending like a body (分行, 建行: jieba
    tags them ``v``) is the body."""
    if tag != "v" or not right or tok[-1] in f.st.org_tail:
        return False
    cut = f.seg.cut(right)
    return bool(cut) and (f.seg.tag(cut[0][0]) or "") in _BODY_TAGS


# how many times more frequent a given-name word may be than its surname's weight, by the word's
# jieba tag: function words and adverbs (不能 in 能不能, 绝对), verbs and abbreviations (协助, 政协);
# nouns, places, times and adjectives are common given names (海军, 建国, 国庆, 强) and never count
_WORD_OVER_NAME = {"d": 20, "p": 20, "c": 20, "r": 20, "u": 20, "v": 30, "j": 30}
# a surname this strong (王, 李, 张 … start so many person-name words) is never outweighed
_STRONG_SURNAME = 500


def word_not_name(f: Finder, surname: str, given: str) -> bool:
    """A weak surname before a frequent word reads as a word, not a name (能|不能, 党|绝对, 别|政协,
    能|协助): the given part is a dictionary word many times as frequent as the person-name words
    of jieba that start with
    the surname (``nr_words`` of ``lexicons/surnames.tsv``), for the tags of
    :data:`_WORD_OVER_NAME`.  张|海军, 傅|建国, 傅|军民 stay names."""
    if len(given) < 2 or f.st.surname_weight.get(surname, 0) >= _STRONG_SURNAME:
        return False
    ratio = _WORD_OVER_NAME.get(f.seg.tag(given) or "")
    return ratio is not None and f.seg.freq(given) > ratio * max(1, f.st.surname_weight.get(surname, 0))


# an ordinal of a term or a session, kept in a title: 第6任行政长官, 第十一届
_ORDINAL = regex.compile(r"第[0-9０-９]{1,3}[任届]")


def in_ordinal(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` lies inside an ordinal of a term or a session (第6任)."""
    if ORDINAL not in text[max(0, a - 4):b]:
        return False
    for m in _ORDINAL.finditer(text, max(0, a - 4), min(len(text), b + 4)):
        if m.start() <= a and b <= m.end():
            return True
    return False


def place_not_name(f: Finder, s: int, e: int) -> bool:
    """The candidate name ``text[s:e]`` ends like a place at a level (单县历任县长, 清河县副县长):
    with a level character (``grammar.LEVELS`` and ``place_level`` of
    ``lexicons/official_cues.tsv``: 旗, 盟, 村)."""
    return f.text[e - 1] in f.st.place_levels

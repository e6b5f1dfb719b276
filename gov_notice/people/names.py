"""Names: where a name starts and ends, around a title or a post.

A name is a surname (``lexicons/surnames.tsv``: single, compound, or two surnames of a married
name) plus one or two characters.  Where it ends is decided on the dictionary segmentation of a
few characters (a name never ends inside a word: ``王建国出席`` is not ``王建``) and on the words
that may follow a name (出席, 主持, 在, 今(6)日, 关于 …); a frequent word is no name, nor a weak
surname before a frequent word (能不能, 党绝对: :mod:`.edges`).  A neural candidate (``doc.ner``)
is a fallback where the rules find none.
"""

from __future__ import annotations

import regex

from ..grammar import CONJUNCTIONS, han_at, han_code, is_han
from . import edges as _edges
from ._patterns import DELIMS as _DELIMS
from ._patterns import ETC, LIST_END, NAME_DOT_SET, NAME_DOTS
from .context import Finder

# The closed classes read here are in lexicons/official_cues.tsv (State): the characters rarely
# last in a given name but often after a name (function_char: 在, 将, 任 …), never in a given name
# (not_given: 第, 的, 们 …), verbs of saying (speech: 说, 称 …), surnames that are also
# prepositions or appointment verbs (prep_surname: 向, 对 …; verb_surname: 任, 曾), the strong frame
# after a name (frame_after: 出席, 主持 …, or punctuation) and nouns for people (person_noun: 干部 …).

# the tags of a common word that may be a name in a strong frame: nouns (jieba tags 高峰 nr), not
# adverbs or time words (市长马上出席: 马上 is an adverb)
_FRAMED_TAGS = frozenset({"n", "nr", "nz", "ns", "nt", "an", "ng"})
# the appointment verb that may close a name's candidate (张伟|任|副局长) or the name itself (王立任)
_REN = "任"
# what closes a married name (林郑月娥) besides punctuation: a list word
_MARRIED_CLOSE = frozenset(ETC + CONJUNCTIONS)
# how often jieba counts a word for it to be a common word, no name (荣誉, 谢谢: a word tagged as a
# person's name must be counted _COMMON_NAME_FREQ times)
_COMMON_FREQ = 20
_COMMON_NAME_FREQ = 500
# closing quotation marks (not delimiters of a title, which may hold a quoted name: 厅“平安建设”
# 领导小组组长): a name may start right after one
_CLOSE_QUOTES = frozenset("”’")
# a name with a middle dot (Uyghur, Tibetan, foreign names): two or three dotted parts
DOTTED = regex.compile(rf"(\p{{Han}}{{1,6}})[{NAME_DOTS}](\p{{Han}}{{1,8}}(?:[{NAME_DOTS}]\p{{Han}}{{1,8}})?)")


def dotted_match(text: str, s: int) -> regex.Match[str] | None:
    """``DOTTED.match(text, s)``, asked only where a dot stands one to six characters after ``s``
    (most places have none: a set test instead of a regex call)."""
    if NAME_DOT_SET.isdisjoint(text[s + 1:s + 7]):
        return None
    return DOTTED.match(text, s)


def follow_len(f: Finder, e: int) -> int:
    """0 when text[e] is not a Han character (a boundary); else the length of a follow word
    starting at e; -1 when neither."""
    if e >= len(f.text) or not is_han(f.text[e]):
        return 0
    m = f.st.follow_at(f.text, e)
    if m:
        return len(m.group())
    pm = f.st.post_at(f.text, e)
    return len(pm.group()) if pm else (_edges.glue_word_len(f, e) or -1)


def next_word(f: Finder, e: int, bounds: set[int]) -> bool:
    """A dictionary word of two or more characters starts at ``e`` (冀岩|上月, 杨建新|指着)."""
    nxt = min((b for b in bounds if b > e), default=e)
    word = f.text[e:nxt]
    return len(word) >= 2 and f.seg.freq(word) > 0 and not (f.tag(word) or "").startswith("nr")


def plausible(f: Finder, s: int, e: int, framed: bool = False) -> bool:
    """A candidate name is not a common word, nor starts with one (全省, 单位在, 金华市委),
    does not swallow the start of a post (李局长 is a surname + post) and is not a conjunction
    in running text (书记和主任).  ``framed``: the name stands between a title and a strong
    frame (``frame_after``), where a whole name that is also a common noun will do."""
    text = f.text
    if text[s] in f.st.conj and s > 0 and han_at(text, s - 1):
        return False
    if role_inside(f, s, e) or _edges.place_not_name(f, s, e):
        return False  # 王主任向记者透露: no name swallows a credit role; 单县 is a place
    for k in range(s + 1, e):
        pm = f.st.post_at(text, k)
        if pm and pm.end() > e:
            return False
    sl = f.st.surname_len(text, s)
    if not f.st.not_given.isdisjoint(text[s + sl:e]) or text[s + sl:e] in f.st.honorific \
            or text[s + sl:e] in f.st.qualifiers and f.st.post_at(text, e):  # 有|前国务卿
        return False  # 主席令第…, 局长于日前, 经理张女士
    given = text[s + sl:e]
    if _common_word(f, s, e, sl, framed):
        return False  # (before the given name's tag: it asks the counts first)
    if len(given) == 2 and ((f.tag(given) or "x")[:1] in "rpcu"
                            or (text[s] in f.st.prep_surnames and f.seg.freq(given) > 0)):
        return False  # 主任向大家介绍, 书记向全体党员
    return not _edges.word_not_name(f, text[s:s + sl], given)


def _common_word(f: Finder, s: int, e: int, sl: int, framed: bool) -> bool:
    """The candidate ``text[s:e]`` (surname length ``sl``), its first two characters or its given
    name is a frequent dictionary word."""
    text = f.text
    words = [text[s:e]]
    if e - s > 2 and sl == 1 and f.seg.freq(text[s:s + 2]) >= _COMMON_FREQ \
            and s + 2 in f.bounds(s, min(len(text), s + 8)):
        words.append(text[s:s + 2])  # a word the segmentation keeps apart: 单位|在, 金华|市委
    if e - s == 4 or text[s] in f.st.verb_surnames:
        words.append(text[s + sl:e])  # 吴明|表示, 任|财务(经理)
    for word in words:
        freq = f.seg.freq(word)
        if freq < _COMMON_FREQ:
            continue  # (asked first: a rare word's tag is not looked up)
        tag = f.tag(word)
        # jieba tags some common words nr (荣誉, 谢谢): a frequent word is a word whatever its tag
        if tag is not None and (freq >= _COMMON_NAME_FREQ or not tag.startswith("nr")):
            if framed and word == text[s:e] and tag in _FRAMED_TAGS and word not in f.st.person_nouns:
                continue  # 市长高峰出席: 高峰 is a noun, and a name in this frame
            return True
    return False


def role_inside(f: Finder, s: int, e: int) -> bool:
    """A credit role (记者, 通讯员 …) starts inside text[s:e] (after its first character)."""
    if f.st.byline_role_first.isdisjoint(f.text[s + 1:e]):
        return False
    m = f.st.byline_role_re.search(f.text, s + 1, min(len(f.text), e + 3))
    return m is not None and m.start() < e


def candidate_ends(f: Finder, s: int) -> list[int]:
    text = f.text
    if s >= len(text):
        return []
    sl = f.st.surname_len(text, s)
    if not sl:
        return []
    lens = [sl + 1, sl + 2]
    if sl == 1 and text[s + 1:s + 2] in f.st.single:
        lens.append(4)  # a married name: 林郑月娥, 陈李蔼伦
    han_end = s  # (the Han characters from s, read once)
    stop = min(len(text), s + lens[-1])
    while han_end < stop and han_code(ord(text[han_end])):
        han_end += 1
    return [s + n for n in lens if s + n <= han_end]


def name_at(f: Finder, s: int, strict: bool = False) -> int | None:
    """The end of a name starting at ``s`` or None.

    ``strict``: the name stands right after a title, so a name is expected here: when no
    follow word ends any candidate, a dictionary word starting right after one does.
    A neural candidate (``doc.ner``) is a fallback: where the rules find a name their end
    wins, and a candidate must still pass the plausibility checks (郑艺主 is 郑艺 + 主持).
    """
    e = _rule_name_at(f, s, strict)
    if e is None and s in f.ner_at and plausible(f, s, f.ner_at[s]):
        return f.ner_at[s]
    return e


def _rule_name_at(f: Finder, s: int, strict: bool) -> int | None:
    text = f.text
    for n in f.st.user_names.get(text[s:s + 1], ()):
        if text.startswith(n, s):
            return s + len(n)
    ends = candidate_ends(f, s)
    if not ends:
        return None
    ok = _plausible_ends(f, s, ends, strict)
    if not ok:
        return None
    bounds = f.bounds(s, min(len(text), s + 8))
    scored = _followed_ends(f, s, ok, strict, bounds)
    if scored:
        followed = {x for x, g in scored if g >= 0}
        scored.sort(key=lambda item: _rank(f, s, item, followed, bounds), reverse=True)
        best, fl = scored[0]
        if fl >= 0:
            return best
    return None  # nothing says where the name ends: no guess


def _plausible_ends(f: Finder, s: int, ends: list[int], strict: bool) -> list[int]:
    """The candidate ends of a name at ``s`` that pass :func:`plausible`."""
    text = f.text
    ok = [e for e in ends if plausible(f, s, e)]
    if not ok and strict:
        # a common noun as a whole word between the title and a strong frame (领导|干部 is one
        # word: 干部 is no name there)
        around = f.bounds(max(0, s - 4), min(len(text), s + 8))
        ok = [e for e in ends if f.st.frame_after_re.match(text, e) and s in around and e in around
              and plausible(f, s, e, framed=True)]
    return ok


def _followed_ends(f: Finder, s: int, ok: list[int], strict: bool, bounds: set[int]) -> list[tuple[int, int]]:
    """(end, length of the follow word there) for the ends a name may have: 0 at a boundary,
    -1 where nothing follows but the name stands right after a title on a word boundary."""
    text = f.text
    scored = []
    follows = {e: follow_len(f, e) for e in ok}
    if strict and all(fl < 0 for fl in follows.values()):
        # no follow word anywhere: a dictionary word starting right after will do (冀岩|上月)
        follows = {e: (1 if e in bounds and next_word(f, e, bounds) else -1) for e in ok}
    sl = f.st.surname_len(text, s)
    own = {e: _own_address_len(f, s, e, sl) for e in ok}
    for e, fl in follows.items():
        if own.get(e - sl, -1) > 0:
            continue  # 孙某孙|女士: the name ends before its own surname's address
        fl = max(fl, own[e])
        if e - s == 4 and fl > 0 and (fl < 2 and text[e] not in _MARRIED_CLOSE or e not in bounds):
            fl = -1  # a married name (林郑月娥) ends before punctuation or a whole follow word
        if e - 1 in follows and (text[e - 1] in f.st.speech and follows[e - 1] > 0 or _edges.glued_end(f, s, e)):
            continue  # 李某说 is 李某 + 说, 陈某今(6)日 is 陈某 + 今(6)日
        if fl >= 0 or (strict and e in bounds):
            scored.append((e, fl))
    return scored


def _own_address_len(f: Finder, s: int, e: int, sl: int) -> int:
    """The length of the address by the name's own surname (``sl`` characters at ``s``) that
    follows a candidate ``text[s:e]`` (孙某|孙女士, 王某|王总, 王某|王局长), else -1."""
    text = f.text
    if not text.startswith(text[s:s + sl], e):
        return -1
    k = e + sl
    w = next((a for a in f.st.addresses if text.startswith(a, k)), None)
    if w is None:
        pm = f.st.post_at(text, k)
        w = pm.group() if pm else None
    return sl + len(w) if w else -1


def _rank(f: Finder, s: int, item: tuple[int, int], followed: set[int], bounds: set[int]) -> tuple[bool, ...]:
    """How good an end (with its follow length) is for a name at ``s``: higher is better."""
    text = f.text
    e, fl = item
    n = e - s
    # a function character closing a longer candidate is usually the next word
    func_tail = n >= 3 and text[e - 1] in f.st.function_chars and fl != 0 \
        and (e - 1) in followed \
        and (text[e - 1] not in f.st.conj or _person_starts(f, e)) \
        and (text[e - 1] != _REN or not f.st.follow_at(text, e))
    # (任 is the verb before a post, 张伟|任|副局长, but a name's end before a follow
    # word: 王立任|出席; a conjunction joins the next person: 张某和|刘某, 张某和|市长刘某)
    return (fl >= 0, e in bounds or fl >= 1, not func_tail, n != 4, fl == 0, e in bounds or fl >= 2,
            n == 3, fl >= 2, e in bounds)


def _person_starts(f: Finder, e: int) -> bool:
    """A surname or a post starts at ``e`` (after a conjunction that ends a candidate name, the
    next person: 张某和|刘某, 张某和|市长刘某, 张某和|副县长刘某)."""
    return f.st.surname_len(f.text, e) > 0 or f.st.post_at(f.text, e) is not None


def dotted_name_at(f: Finder, s: int) -> int | None:
    """A name with a middle dot right after a title (自治区主席艾尔肯·吐尼亚孜): it ends where
    a follow word, a post or a non-Han character starts."""
    m = dotted_match(f.text, s)
    if m is None:
        return None
    for e in range(m.start(2) + 1, m.end() + 1):
        fl = follow_len(f, e)
        # transliterated syllables may look like follow words (施泰因布吕克): only a non-Han
        # character, a post, a word of two or more characters or a function character ends it
        if fl == 0 and f.text[e:e + 1] in NAME_DOTS:
            continue  # 何塞·米格尔·因苏尔萨: the next dot continues the name
        if fl == 0 or fl >= 2 or (fl == 1 and f.text[e] in f.st.dotted_end):
            return e
    return None


def name_ending(f: Finder, e: int) -> int | None:
    """The start of a name ending at ``e`` (name + post: 李卫东主席), or None."""
    s = _rule_name_ending(f, e)
    if s is None and e in f.ner_to and plausible(f, f.ner_to[e], e):
        return f.ner_to[e]
    return s


def _rule_name_ending(f: Finder, e: int) -> int | None:
    text = f.text
    for n in (3, 2, 4):
        s = e - n
        if s < 0:
            continue
        if n == 4 and not (f.st.surname_len(text, s) == 1 and text[s + 1] in f.st.single
                           and _edges.married_ok(f, s)):
            continue
        if f.st.surname_len(text, s) == 0 or not f.is_han(s, e):
            continue
        if s in f.ner_at or text[s:e] in f.st.user_name_set:
            return s
        lo = max(0, s - 8)
        bounds = f.bounds(lo, e)
        if s not in bounds or not plausible(f, s, e):
            continue
        # the name must not continue a word on its left: the character before is a delimiter,
        # a context word or the end of an organisation (省厅治安总队吴坤, 劳工事务局林美美)
        if s > 0 and text[s - 1] not in _DELIMS and not left_ok(f, s):
            continue
        if text[e - 1] in f.st.org_tail and s not in f.ner_at and not _listed(f, s, e):
            continue  # 法咨会委员: an organisation, not a name
        return s
    return None


def _listed(f: Finder, s: int, e: int) -> bool:
    """``text[s:e]`` stands in a list (、 before or after it, a list mark after it) and ends with
    the last character of longer organisation heads only, not with a head (谢某、简某庭等: a name;
    司法局、 and 某某法庭、 are bodies)."""
    text = f.text
    if text[e - 1] in f.st.short_heads or any(text[max(s, e - n):e] in f.st.long_heads for n in (2, 3, 4)):
        return False
    return text[e:e + 1] in LIST_END and "、" in (text[s - 1:s], text[e:e + 1])


def left_ok(f: Finder, s: int) -> bool:
    """Whether a name may start at ``s``: it does not continue the word on its left."""
    text = f.text
    if s == 0 or text[s - 1] in _DELIMS or text[s - 1] in _CLOSE_QUOTES:
        return True  # (a nickname in quotes before the name: 前“老大”孙某)
    lo = max(0, s - 8)
    if f.st.post_ends_at(text, s):
        return True  # a title right before: 律政司司长郑某资深大律师
    for tok, _a, _b in reversed(f.seg.cut(text[lo:s])):
        if tok in f.st.stop:
            return True
        if tok[-1:] in f.st.org_tail:
            return True
        if len(tok) < 2:
            return f.tag(tok) in ("p", "c")
        tag = f.tag(tok)
        return tag is not None and (tag in ("v", "vd", "nt", "j") or tag[:1] in "pcrt")
    return True


def names_before(f: Finder, e: int, link: str = "、" + CONJUNCTIONS) -> list[tuple[str, int]]:
    """Names joined by 、/及/和 that end at ``e`` (right to left), as (name, start)."""
    text = f.text
    out: list[tuple[str, int]] = []
    while True:
        s = None
        for n, names in f.people_by_length():  # the longest known name ending at e
            if e - n >= 0 and text[e - n:e] in names:
                s = e - n
                break
        if s is None:
            s = name_ending(f, e)
            if s is not None and name_at(f, s) != e:
                s = None
        if s is None:
            break
        out.insert(0, (text[s:e], s))
        if s > 0 and text[s - 1] in link:
            e = s - 1
            continue
        break
    return out


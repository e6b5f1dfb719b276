"""Appointments: who takes or leaves the post a title names (任副书记, 任命…为…, 免去…职务).

The verb stands right before the title (任, 担任, 出任, 升任, 为 after 任命…, 辞去, 免去, 的 after
免去…), the names before the verb, with an auxiliary (将, 已, 被 …) or an honorific (同志) between;
or the names stand between a verb of appointment or removal and the title itself
(免去李某泉州市副市长职务).  The name before 接替 takes the post, not the one replaced
(王某接替李某出任市委书记).  A second appointment after a comma shares the first one's verb
(任命李某为审判员，王某为人民陪审员).
"""

from __future__ import annotations

import regex

from ..grammar import DATE_NUMERAL_CHARS
from ..terms import TermIndex
from ._patterns import BY, DE, DELIMS, WEI
from ._patterns import MAX_TITLE as _MAX_TITLE
from .context import Finder
from .names import candidate_ends, name_at, names_before, plausible
from .titles import Anchor

# 职务 closing the posts a person leaves, after more posts listed with 、 (免去李某的市委常委、副市长职务)
# (two patterns, each with one literal ending, so that the engine rejects a run without it at once:
# one pattern ending in 职务|一职 backtracks on a long list of posts)
_POSTS_THEN_DUTIES = (regex.compile(r"(?:、[^、，。；：,;:\s]{1,20}?)*的?职务"),
                      regex.compile(r"(?:、[^、，。；：,;:\s]{1,20}?)*的?一职"))


def duties_follow(text: str, pos: int) -> bool:
    """The posts a title at ``pos`` ends close with 职务 or 一职 (免去李某的市委常委、副市长职务)."""
    return any(p.match(text, pos) for p in _POSTS_THEN_DUTIES)
# a reason between the names and a removal verb: 宋某因任职年龄到限辞去…职务
_REASON = regex.compile(r"因[^，,。；;、：:]{1,12}\Z")
# the names after a title and 由, before the verb that gives them the post: 律政司司长由资深大律师
# 林某接任; 政务司副司长由已退休的前…常任秘书长卓某出任
# (the verbs: by_verb in lexicons/official_cues.tsv; the words between the names and an
# appointment verb, 张某将署任…, 李某被免去…, 同时任…: appoint_aux and passive)
# a date between the names and the appointment verb: (于|自|从)(2023年)(3月)(1日)(起)
_YEAR, _MONTH, _DAY = "年", "月", "日"
_NUM = rf"[0-9{DATE_NUMERAL_CHARS}]"
_WHEN = regex.compile(
    rf"[于自从]?(?:{_NUM}{{2,4}}{_YEAR})?(?:{_NUM}{{1,2}}{_MONTH})?(?:{_NUM}{{1,3}}{_DAY})?起?\Z")
_WHEN_REACH = 14
_BY_REACH = 40
# what may stand between the post and 由: 一职 or 职务, and a comma
_DUTIES = regex.compile(r"(?:一职|职务)?[，,]?")
_DUTIES_FIRST = frozenset("一职，,")  # (elsewhere it matches nothing: a set test first)
# what separates two appointments sharing one verb (任命甲为…，乙为…)
_NEXT = frozenset("，,；;")

# what lists the names a title is given to
_LIST_MARK = "、"

Names = list[tuple[str, int]]


def appointment(f: Finder, a: Anchor, listed_end: int | None) -> tuple[Names, int] | None:
    """The names an appointment gives the title of anchor ``a`` to, and where that title starts;
    ``listed_end`` is where the title of the previous appointment ended."""
    text, st = f.text, f.st
    ts = a.ts
    k = ts
    verb = st.appoint_verb_ends.ending_at(text, k)  # (the longest)
    if verb is not None:
        k -= len(verb)
    elif text[k - 1:k] == DE:  # 免去李某的…职务
        k, verb = k - 1, DE
    elif not text.startswith(st.appoint_kept_starts, ts, a.pe):
        return _name_inside(f, a) or _named_after(f, a)
    aux = st.appoint_aux_ends.ending_at(text, k) or ""
    k -= len(aux)
    k = _after_name(text, k, st.appoint_aux_ends)
    reason = _REASON.search(text, max(0, k - 14), k) if verb in st.resign else None
    k = reason.start() if reason else k
    k -= len(st.honorifics.ending_at(text, k) or "")
    names = names_before(f, k)
    if not names:  # 免去李某…职务: the names stand after the verb
        if verb in st.resign or verb in st.appoint_before:
            return _name_inside(f, a)
        qualified = _qualified(f, a) if verb in st.appoint else None
        return (qualified, ts) if qualified else None
    s0 = names[0][1]
    v = st.succeed_ends.ending_at(text, s0)  # 王某接替李某出任…: 王某 takes the post
    if v is not None:
        names = names_before(f, s0 - len(v)) or names
    if verb in (WEI, DE) and not _verb_before(f, a, verb, s0, listed_end):
        return None
    if (verb in st.resign and verb not in st.resign_bare or aux in st.passive) and not duties_follow(text, a.pe):
        return None
    return names, ts


def _after_name(text: str, k: int, aux_ends: TermIndex) -> int:
    """Where the names end before a date (and an auxiliary before it) that ends at ``k``, between
    the names and their appointment (郑某3日起出任…, 卢某已于3日出任…), else ``k``."""
    lo = max(0, k - _WHEN_REACH)
    if all(text.find(u, lo, k) < 0 for u in (_YEAR, _MONTH, _DAY)):
        return k  # (no date can end at k: a few finds instead of a search from every place)
    m = _WHEN.search(text, lo, k)
    if m is None or not any(u in m.group() for u in (_YEAR, _MONTH, _DAY)):
        return k
    k = m.start()
    return k - len(aux_ends.ending_at(text, k) or "")


def _verb_before(f: Finder, a: Anchor, verb: str, s0: int, listed_end: int | None) -> bool:
    """任命张某为…, 免去李某的…职务: ``verb`` closes the names (the first at ``s0``), so the verb
    that appoints or removes stands before them (or the previous appointment's verb does:
    任命甲为…，乙为…)."""
    text, st = f.text, f.st
    s0 -= 1 if text[s0 - 1:s0] in ("：", ":") else 0
    before = st.appoint_before_ends if verb == WEI else st.resign_ends
    follows = verb == WEI and listed_end is not None and text[listed_end:listed_end + 1] in _NEXT \
        and s0 == listed_end + 1
    if not follows and before.ending_at(text, s0) is None:
        return False
    return verb != DE or duties_follow(text, a.pe)


def _qualified(f: Finder, a: Anchor) -> Names | None:
    """担任本届政协委员的省政协副主席李某、王某: the post an appointment verb gives in a …的
    qualifier before a title goes to the names that title was given to (the first right after
    it, the others listed with 、), or None."""
    text = f.text
    if text[a.pe:a.pe + 1] != DE:
        return None
    for k in range(a.pe + 2, min(len(text), a.pe + 1 + _MAX_TITLE)):
        if text[k] in DELIMS:
            return None
        span = f.claims.at(k)
        if span is None or span[0] != k:
            continue
        if not f.st.post_ends_at(text, k):
            return None
        names = [(text[k:span[1]], k)]
        e = span[1]
        while text[e:e + 1] == _LIST_MARK and (nxt := f.claims.at(e + 1)) is not None and nxt[0] == e + 1:
            names.append((text[nxt[0]:nxt[1]], nxt[0]))
            e = nxt[1]
        return names
    return None


def _name_inside(f: Finder, a: Anchor) -> tuple[Names, int] | None:
    """免去李某泉州市人民政府副市长…职务, 任命王某市长: the name opens the measured title, right
    after a verb of appointment or removal."""
    text, st = f.text, f.st
    ts = a.ts
    before = st.move_verb_ends.ending_at(text, ts)
    if before is None:
        return None
    e = name_at(f, ts, strict=True)
    if e is None:  # the body after the name says where it ends (卢某某|市公安局局长)
        cut = f.bounds(ts, min(len(text), ts + 8))
        e = next((x for x in reversed(candidate_ends(f, ts)) if x in cut and plausible(f, ts, x)), None)
    if e is None or e >= a.ps:
        return None
    if before in st.resign and not duties_follow(text, a.pe):
        return None
    start = e + len(st.honorifics.at(text, e) or "")  # 免除路某同志常务副县长
    return ([(text[ts:e], ts)], start) if start <= a.ps else None


def _named_after(f: Finder, a: Anchor) -> tuple[Names, int] | None:
    """律政司司长由资深大律师林某接任, 劳动局长一职，由原局长王某接任: the first official named
    after 由, right before a verb that gives a post, takes this title."""
    text = f.text
    by = by_at(text, a.pe, f.st.by_adverbs)
    if by is None:
        return None
    end = min(len(text), by + 1 + _BY_REACH)
    for s, e in f.claims.spans:
        if by < s and e <= end and text.startswith(f.st.by_verbs, e) and "。" not in text[a.pe:s]:
            # the post is handed over: a qualifier before it (原, 前 …) told of the one who held
            # it (原观光局长一职，由某某接任 gives 某某 观光局长)
            q = next((q for q in f.st.qualifiers_longest if text.startswith(q, a.ts)), "")
            return [(text[s:e], s)], (a.ts + len(q) if a.ts + len(q) <= a.ps else a.ts)
    return None


def by_at(text: str, pe: int, adverbs: tuple[str, ...]) -> int | None:
    """Where 由 stands after a post ending at ``pe``: right after it, or after 一职 / 职务, a
    comma and an adverb (``adverbs``, longest first: 劳动局长一职，由…接任, 县长一职将由…, 县长职务暂由…),
    else None."""
    k = pe + len(_DUTIES.match(text, pe).group()) if text[pe:pe + 1] in _DUTIES_FIRST else pe
    adverb = next((w for w in adverbs if text.startswith(w, k) and text.startswith(BY, k + len(w))), "")
    k += len(adverb)
    return k if text.startswith(BY, k) else None


def appointments(f: Finder, anchors: list[Anchor]) -> None:
    """任副书记, 担任新闻发言人, 将署任…局长, 聘任…为…, 辞去…职务."""
    text = f.text
    # the end of the last title given by an appointment, and to whom: the titles listed after
    # it go to the same people (任西安市委委员、常委、书记; 曾任副秘书长、局长及民政局长)
    listed: tuple[int, list[tuple[str, int]]] | None = None
    for a in anchors:
        if a.used:
            continue
        if listed is not None and text[listed[0]:a.ts] in f.st.post_links:
            a.used = True
            for n, s0 in listed[1]:
                f.give(n, s0, [(text[a.ts:a.pe], a.ts, a.post, a.ps - a.ts)])
            listed = (a.pe, listed[1])
            continue
        if not a.measured:  # before measuring the title: is any appointment word within reach?
            lowest = min(a.ps, max(a.floor, a.ps - _MAX_TITLE))  # where the title may start
            if not f.st.appoint_hint_re.search(text, max(0, lowest - f.st.appoint_reach), a.pe) \
                    and by_at(text, a.pe, f.st.by_adverbs) is None:
                continue
        got = appointment(f, a, listed[0] if listed else None)
        if got is None:
            continue
        names, ts = got
        title = text[ts:a.pe]
        a.used = True
        for n, s0 in names:
            f.give(n, s0, [(title, ts, a.post, a.ps - ts)])
        listed = (a.pe, names)

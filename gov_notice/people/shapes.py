"""The shapes that tie a name to its titles, read around each post (anchor).

* title chain + name (titles joined by 、/，/兼: 副市长、公安局局长胡某), and the names sharing it
  (副县长赵明、孙亮);
* name + post (李卫东主席, 省厅治安总队吴坤副总队长, 陈某前总统);
* a name set off before its titles (陈某先生，董事长，总经理);
* names sharing a post after 等 (孙某、李某等多名局长).

Appointments are in :mod:`.appoint`.  Each pass gives what it finds to the :class:`Finder`
(the name's span is claimed there) and marks the anchors it used.
"""

from __future__ import annotations

import regex

from ..grammar import DIGITS, TEN
from . import foreign as _foreign
from ._patterns import DE, ETC
from ._patterns import DELIMS as _DELIMS
from ._patterns import MAX_TITLE as _MAX_TITLE
from .context import Finder, Title
from .lists import list_name_end
from .names import dotted_match, dotted_name_at, name_at, name_ending, names_before
from .titles import Anchor

# 等 + an optional count before a post shared by the names before it (孙某、李某等多名局长)
_DENG = regex.compile(rf"{ETC}(?:多名|多位|数名|几位|[0-9{DIGITS}{TEN}两]{{1,3}}[名位])?\Z")
# what joins the titles of one chain (副市长、公安局局长; 国务委员兼公安部部长)
_CHAIN_JOIN = frozenset("、，,兼")
# what closes a clause a title fills on its own
_CLAUSE_END = frozenset("，,。；;）)、：:\n")
# a parenthesis closing a short qualifier after a post: 常任秘书长（库务）
_PAREN_OPEN = "（"
_PAREN_QUAL = regex.compile(rf"{_PAREN_OPEN}\p{{Han}}{{1,6}}）")
# what sets a name off before its titles (陈某先生，董事长)
_APPOSED_MARK = regex.compile(r"[：:，,（(]")


def chains(f: Finder, anchors: list[Anchor]) -> None:
    """Title chain + name (+ names sharing it), left to right; sets every anchor's floor."""
    text = f.text
    by_end = {a.pe: i for i, a in enumerate(anchors)}
    floor = 0
    for i, a in enumerate(anchors):
        a.floor = max(floor, f.claims.spans[-1][1] if f.claims.spans else 0)
        floor = a.pe
        if a.post in f.st.needs_org and a.ts == a.ps:
            a.used = True  # 成员单位: no member of anything
            continue
        if f.st.surname_len(text, a.pe) == 0 and text[a.pe:a.pe + 1] not in ("（", DE, " ", "　") \
                and a.pe not in f.ner_at and text[a.pe:a.pe + 1] not in f.st.user_names \
                and dotted_match(text, a.pe) is None and not _foreign.may_follow(f, a.ps, a.pe, a.ts):
            continue  # no name can start right after the post
        got = _name_after(f, a)
        if got is None:
            continue
        title, ns, ne = got
        a.used = True
        chain = _chain_before(f, anchors, by_end, i, [(title, a.ts, a.post, a.ps - a.ts)])
        f.give(text[ns:ne], ns, chain)
        _sharing(f, ne, chain)


def _paren_qualifier(text: str, pos: int) -> regex.Match[str] | None:
    """A short qualifier in brackets written at ``pos`` (``_PAREN_QUAL``; a test of its bracket first)."""
    return _PAREN_QUAL.match(text, pos) if text.startswith(_PAREN_OPEN, pos) else None


def _name_after(f: Finder, a: Anchor) -> tuple[str, int, int] | None:
    """(title, name start, name end) of the name right after the title of ``a``, or None."""
    text = f.text
    title = text[a.ts:a.pe]
    te = a.pe
    # a short qualifier in brackets right after the post belongs to it: 常任秘书长（库务）
    pm = _paren_qualifier(text, a.pe)
    if pm and name_at(f, pm.end(), strict=True):
        te = pm.end()
        title = text[a.ts:te]
    ns = te
    spaced = text[ns:ns + 1] in (" ", "　") and f.st.surname_len(text, ns + 1) > 0
    if text[ns:ns + 1] == DE or spaced:  # 政务司司长的唐英年, 市委书记 张某
        ns += 1
    ne = dotted_name_at(f, ns) if ns == te else None
    if ne is None and ns < len(text):  # (a list mark closing it says where a name ends)
        ne = name_at(f, ns, strict=ns == te or spaced) or (list_name_end(f, ns, False) if ns == te else None) \
            or (_foreign.foreign_name_at(f, ns, _foreign.listed_title(f, a.ts, title)) if ns == te else None)
    if ne is None or not f.free(ns, ne):
        return None
    return title, ns, ne


def _chain_before(f: Finder, anchors: list[Anchor], by_end: dict[int, int], i: int,
                  chain: list[Title]) -> list[Title]:
    """``chain`` (the title of anchor ``i``) with the titles joined to it on its left (副市长、
    公安局局长); their anchors are used."""
    text = f.text
    cur = anchors[i].ts
    while cur > 0 and text[cur - 1] in _CHAIN_JOIN:
        j = by_end.get(cur - 1)
        if j is None or j >= i:
            break
        b = anchors[j]
        if b.used or name_ending(f, b.ps) is not None:
            break
        if text[cur - 1] in "，," and b.ts > 0 and text[b.ts - 1] not in _DELIMS | _CHAIN_JOIN:
            break  # 各市公安局局长，副市长某某: a comma joins titles of one clause only
        chain.insert(0, (text[b.ts:b.pe], b.ts, b.post, b.ps - b.ts))
        b.used = True
        cur = b.ts
    return chain


def _sharing(f: Finder, pos: int, chain: list[Title]) -> None:
    """The names after the one ending at ``pos`` that share its titles: 副县长赵明、孙亮、钱进."""
    text = f.text
    while pos < len(text) and text[pos] == "、":
        e2 = name_at(f, pos + 1) or list_name_end(f, pos + 1) \
            or _foreign.foreign_name_at(f, pos + 1, _foreign.listed_title(f, chain[0][1], chain[-1][0]))
        if e2 is None or f.st.post_at(text, e2):
            break
        f.give(text[pos + 1:e2], pos + 1, chain)
        pos = e2


def names_before_posts(f: Finder, anchors: list[Anchor]) -> None:
    """The anchors no chain or appointment used: name + post, a name set off before its titles,
    names + 等 + post."""
    for a in anchors:
        if a.used:
            continue
        if _name_post(f, a) or _apposed(f, a):
            continue
        _names_deng(f, a)


def _name_post(f: Finder, a: Anchor) -> bool:
    """Name + post: 李卫东主席, 省厅治安总队吴坤副总队长, 郑某资深大律师 (a given name is a short
    reference, merged later)."""
    text = f.text
    for n in f.st.name_post_qualifier_lens:  # (张某原局长: 原 opens the title)
        e = a.ps - n
        if n and text[e:a.ps] not in f.st.name_post_qualifier_set:
            continue
        known = f.claims.at(e - 1)
        s = known[0] if known is not None and known[1] == e else name_ending(f, e)
        if s is not None and f.free(s, e) \
                and f.claims.at(s) in (None, (s, e)) \
                and f.given_owner(text[s:e]) is None:
            a.used = True
            f.give(text[s:e], s, [(text[e:a.pe], e, a.post, a.ps - e)])
            return True
    return False


def _apposed(f: Finder, a: Anchor) -> bool:
    """A name set off by a comma or colon before its titles: 陈某先生，董事长，总经理."""
    owner = apposed_to(f, a)
    if owner is None:
        return False
    a.used = True
    name, s0 = owner
    f.give(name, s0, [(f.text[a.ts:a.pe], a.ts, a.post, a.ps - a.ts)])
    f.apposed[a.pe] = owner
    return True


def _names_deng(f: Finder, a: Anchor) -> None:
    """Names + 等 + post: 孙某、李某及王某等多名局长."""
    text = f.text
    lo = max(0, a.ps - 6)
    dm = _DENG.search(text, lo, a.ps) if text.find(ETC, lo, a.ps) >= 0 else None
    if dm:
        names = names_before(f, dm.start())
        if names:
            a.used = True
            for n, s0 in names:
                f.give(n, s0, [(text[a.ps:a.pe], a.ps, a.post, 0)])


def apposed_to(f: Finder, a: Anchor) -> tuple[str, int] | None:
    """The name a title stands in apposition to: ``姓名（先生）?[：，（]头衔`` where the title fills
    its clause, the name starts a clause, and a chain of such titles continues it."""
    text = f.text
    if a.pe < len(text) and text[a.pe] not in _CLAUSE_END and not _paren_qualifier(text, a.pe):
        return None  # (tested first: it needs no title measured; 监事（职工代表）, still fills it)
    if not a.measured and _APPOSED_MARK.search(text, max(0, a.ps - _MAX_TITLE - 1, a.floor - 1), a.ps) is None:
        return None  # no mark where the title may start: it is not measured (nothing reads it later)
    k = a.ts - 1
    if k < 2 or text[k] not in "：:，,（(":
        return None
    if k in f.apposed:
        return f.apposed[k]
    e = k - len(f.st.honorifics.ending_at(text, k) or "")
    s = name_ending(f, e)
    if s is None or (s > 0 and text[s - 1] not in _DELIMS) or name_at(f, s) not in (e, None):
        return None
    return text[s:e], s

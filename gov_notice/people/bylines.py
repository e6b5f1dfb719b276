"""Bylines: the credits of a notice (记者, 通讯员, 实习生, 责任编辑, 摄, a trailing ``（姓名）``).

A credit naming an official leaves only the official (see :func:`gov_notice.people.find`).
"""

from __future__ import annotations

from ..grammar import han_at, is_han
from ..results import Byline
from ..spans import filter_spans
from . import edges as _edges
from ._patterns import DELIMS as _DELIMS
from ._patterns import PHOTO_MARK
from .context import Finder
from .names import name_at, plausible, role_inside


def bylines(f: Finder) -> list[Byline]:
    """The credits of a document: labelled (记者 张三, （通讯员 李四）), photo credits (张三 摄) and
    an unlabelled name closing a paragraph."""
    text = f.text
    out: list[Byline] = []
    for m in f.st.byline_re.finditer(text):
        role, rs = m.group("role"), m.start("role")
        before = text[rs - 1:rs]
        if role in f.st.weak_roles and before and before not in _DELIMS:
            continue  # 审核通过后, 摄影家协会: 编辑/审核/摄影 … credit only at a clause start
        bounds = f.bounds(max(0, rs - 4), min(len(text), m.end("role") + 3))
        if rs not in bounds and rs - 4 > 0 or m.end("role") not in bounds and han_at(text, m.end("role")):
            continue  # the role is part of a longer word (摄影师, 记者站)
        boxed = before in ("（", "(", "【", "[") or rs == 0 or before == "\n"
        names = credit_names(f, role, m.start("run"), m.end("run"), boxed)
        lead = _leading_name(f, rs) if names else None
        out.extend(([lead] if lead else []) + names)
    if PHOTO_MARK in text:  # (most texts credit no photo)
        for m in f.st.photo_re.finditer(text):
            out.append(Byline(m.group("name"), PHOTO_MARK, m.group("name"), m.start("name"), m.end("name")))
    for _a, end in f.paragraphs:
        last = text[max(0, end - 12):end].rstrip(" \t　")[-1:]
        if not last or last not in "）)" and not is_han(last):
            continue  # (tested first: a credit closing a paragraph ends with a name or a bracket)
        tail = f.st.trailing_re.search(text, max(0, end - 12), end)
        if tail is None:
            continue
        s, e = tail.span("name")
        if not plausible(f, s, e) or name_at(f, s) not in (e, None):
            continue
        out.append(Byline(tail.group("name"), "", tail.group("name"), s, e))
    return filter_spans(out)

def credit_names(f: Finder, role: str, a: int, b: int, boxed: bool = False) -> list[Byline]:
    """Split the run after a credit role into names (and further roles): 熊某 实习生 李 某,
    记者李某张某某, 曹某胡某发自上海.  Every name must be followed by a boundary, a role, another
    name or the close of a credit; otherwise nothing is taken."""
    return _Credits(f, b, boxed).parse(a, role, 0) or []


class _Credits:
    """The names and roles of one credit's run, up to ``b``; ``boxed``: the credit stands in
    brackets or opens a line.  Each (position, role, after a name) is read once."""

    def __init__(self, f: Finder, b: int, boxed: bool) -> None:
        self.f = f
        self.text = f.text
        self.b = b
        self.boxed = boxed
        self.memo: dict[tuple[int, str, bool], list[Byline] | None] = {}

    def parse(self, i: int, role: str, depth: int) -> list[Byline] | None:
        key = (i, role, depth > 0)
        if key not in self.memo:
            self.memo[key] = self._parse_at(i, role, depth)
        return self.memo[key]

    def _parse_at(self, i: int, role: str, depth: int) -> list[Byline] | None:
        f, text, b = self.f, self.text, self.b
        while i < b and text[i] in " 　":
            i += 1
        rm = f.st.byline_role_re.match(text, i, b)
        if rm and depth:
            return self.parse(rm.end(), rm.group(), depth)
        if depth and (i >= b or f.st.credit_end_re.match(text, i, b)):
            return []
        sl = f.st.surname_len(text, i)
        if not sl:
            return self._no_surname(i, role, depth)
        return self._names(i, sl, role, depth)

    def _no_surname(self, i: int, role: str, depth: int) -> list[Byline] | None:
        """No surname at ``i``: after a name, a space ends the credit and a media name may stand
        before the next role; at the start, a name the lexicon lacks may close the credit."""
        f, text, b = self.f, self.text, self.b
        if not depth:
            return _closing_name(f, role, i, b)
        if text[i - 1] in " 　":
            return []
        # a media name between two credits: 杨某证券时报记者胡某
        nxt = f.st.byline_role_re.search(text, i, min(b, i + 8))
        return self.parse(nxt.start(), role, depth) if nxt else (
            [] if f.st.byline_role_re.match(text, i - len(role), i) else None)

    def _names(self, i: int, sl: int, role: str, depth: int) -> list[Byline] | None:
        """A name at ``i`` (surname length ``sl``) and what follows it."""
        f, text = self.f, self.text
        for n in (sl + 2, sl + 1):
            e = i + n
            if not self._may_be_name(i, e, sl):
                continue
            rest = self.parse(e, role, depth + 1)
            if rest is not None:
                return [Byline(text[i:e], role, text[i:e], i, e)] + rest
        # 李 昂: a space inside a two-character name
        if sl == 1 and text[i + 1:i + 2] in " 　" and f.is_han(i + 2, i + 3):
            rest = self.parse(i + 3, role, depth + 1)
            if rest is not None:
                return [Byline(text[i] + text[i + 2], role, text[i:i + 3], i, i + 3)] + rest
        return None

    def _may_be_name(self, i: int, e: int, sl: int) -> bool:
        f, text, b, boxed = self.f, self.text, self.b, self.boxed
        if e > b or not f.is_han(i, e) or role_inside(f, i, e) or _edges.credit_is_address(f, i, e):
            return False  # (记者：司长，你好 is a question, no credit)
        # a common word is a name only in a bracketed credit that plainly closes after it
        # (（记者马力）), never in running text (向记者解释了)
        if not plausible(f, i, e) and not (boxed and (e == b or text[e] in " 　"
                                                       or f.st.byline_role_re.match(text, e, b))):
            return False
        given = text[i + sl:e]
        # 花|证券: in running text a given name is no common noun or verb
        return boxed or len(given) != 2 or f.seg.freq(given) < 50 or (f.tag(given) or "")[:1] not in ("n", "v")


# what closes a credit right after its last name: a bracket, a line end
_CREDIT_CLOSE = frozenset("）)】]\n")


def _closing_name(f: Finder, role: str, i: int, b: int) -> list[Byline] | None:
    """A name whose surname the lexicon lacks (or a pen name: 婷婷), taken only when it is all that
    stands between the role and the close of the credit (（实习编辑婷婷）, 本报记者玺润 at a line
    end) and it is no common word."""
    text = f.text
    closed = b == len(text) or text[b] in _CREDIT_CLOSE
    if not closed or not 2 <= b - i <= 3 or not f.is_han(i, b):
        return None
    word = text[i:b]
    tag = f.seg.tag(word) or ""
    if tag and not tag.startswith("nr") and f.seg.freq(word) >= 20:
        return None
    return [Byline(word, role, word, i, b)]


def _leading_name(f: Finder, rs: int) -> Byline | None:
    """A name opening its line right before a credit role (张某实习生李某): a credit of its own."""
    text = f.text
    for n in (3, 2):
        s = rs - n
        if s >= 0 and (s == 0 or text[s - 1] == "\n") and f.st.surname_len(text, s) and f.is_han(s, rs) \
                and plausible(f, s, rs):
            return Byline(text[s:rs], "", text[s:rs], s, rs)
    return None

"""Persons named without a post in the same sentence, and short references to the officials found.

* A full name + 同志 is a person (以习近平同志为核心); one who holds no post is left out at the end
  unless a national leader (``lexicons/official_leaders.tsv``, settled case).
* National leaders are persons wherever they are named.
* Short references are merged into the official they name: given name + post (明朗副省长), given
  names + 同志 (建国、立新同志), surname + post resolved by a parenthesis
  (马主席（协会主席马志成）).  A surname alone adds nothing.
"""

from __future__ import annotations

from ..references import given_name
from ..spans import find_terms
from ._patterns import MAX_TITLE as _MAX_TITLE
from .context import Finder
from .names import follow_len, name_at, name_ending
from .titles import Anchor

# the honorific after a full name or given names (以习近平同志为核心, 建国、立新同志)
_COMRADE = "同志"


def comrades(f: Finder) -> None:
    """A full name + 同志 is a person (以习近平同志为核心); one who holds no post is left out at the end
    unless a national leader (settled case), but a short reference may still give a title."""
    text = f.text
    for e, _end, _word in find_terms(text, (_COMRADE,)):
        if f.claims.at(e - 1) is not None:
            continue
        s = name_ending(f, e)
        if s is None or name_at(f, s) != e:
            continue
        name = text[s:e]
        if f.given_owner(name) is not None:
            continue
        f.person(name).add_mention(name, s)


def leaders(f: Finder) -> None:
    """National leaders named as persons without a title (《某某在…上的讲话》)."""
    text = f.text
    if f.st.leader_re.search(text) is None:
        return  # (one scan first: most notices name no national leader)
    for name in f.st.leaders:
        s = text.find(name)
        while s >= 0:  # (each place, left to right, not overlapping)
            e = s + len(name)
            if f.claims.at(s - 1) is None and f.free(s, e):
                bounds = f.bounds(max(0, s - 4), min(len(text), e + 2))
                if (s == 0 or s in bounds) and follow_len(f, e) >= 0:
                    f.person(name).add_mention(name, s)
            s = text.find(name, e)


def givens(f: Finder) -> dict[str, str]:
    """Given name → full name, for the given names that name exactly one official."""
    out = {}
    for n in f.people:
        g = given_name(n, f.st.compound)
        if g is not None and f.given_owner(g) == n:
            out[g] = n
    return out


def short_references(f: Finder, anchors: list[Anchor]) -> None:
    """明朗副省长, 建国、立新同志, 马主席（协会主席马志成）: merged into the full name."""
    by_given = givens(f)
    lengths = sorted({len(g) for g in by_given}, reverse=True)
    _given_post(f, anchors, by_given, lengths)
    if by_given:
        _given_comrades(f, by_given, lengths)
    _surname_post_in_parentheses(f, anchors)


def _given_post(f: Finder, anchors: list[Anchor], by_given: dict[str, str], lengths: list[int]) -> None:
    """明朗副省长: a given name right before a post."""
    text = f.text
    for a in anchors:
        for n in lengths:
            s = a.ps - n
            full = by_given.get(text[max(0, s):a.ps]) if s >= 0 else None
            if full is not None and text[max(0, a.ps - len(full)):a.ps] != full:
                p = f.people[full]
                p.add_mention(text[s:a.ps], s)
                p.add_title(text[a.ps:a.pe], a.ps, a.post, 0)
                break


def _given_comrades(f: Finder, by_given: dict[str, str], lengths: list[int]) -> None:
    """建国、立新同志: given names joined by 、 before 同志."""
    text = f.text
    for e, _end, _word in find_terms(text, (_COMRADE,)):
        while True:
            g = next((text[e - n:e] for n in lengths if text[e - n:e] in by_given), None)
            if g is None:
                break
            full = by_given[g]
            if text[max(0, e - len(full)):e] == full:
                break
            f.people[full].add_mention(g, e - len(g))
            e -= len(g)
            if text[e - 1:e] != "、":
                break
            e -= 1


def _surname_post_in_parentheses(f: Finder, anchors: list[Anchor]) -> None:
    """马主席（政府人员协会主席马志成）: the surname + post before the parenthesis."""
    text = f.text
    by_end = {a.pe: a for a in anchors}
    for name, p in list(f.people.items()):
        for start in list(p.mentions):
            close = start + len(name)
            if text[close:close + 1] not in "）)":
                continue
            op = max(text.rfind("（", max(0, start - _MAX_TITLE), start),
                     text.rfind("(", max(0, start - _MAX_TITLE), start))
            head = by_end.get(op)
            if head is not None and text[head.ps - 1:head.ps] == name[0]:
                p.add_title(text[head.ps:head.pe], head.ps, head.post, 0)

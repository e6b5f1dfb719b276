"""Where a notice names its officials: the index the link step puts on the Doc
(``Doc.references``) and the rule that gives an official's short forms (given name, surname +
post).  Document layer: it imports no component.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import AbstractSet, Sequence

from .grammar import all_han
from .lexicon import load_shipped
from .results import Official
from .spans import find_terms


def compound_surnames(_res: object) -> frozenset[str]:
    """The compound surnames of ``lexicons/surnames.tsv`` (欧阳, 司马 …): the set the given-name
    rule reads, built once per Extractor (``Resources.state("compound_surnames", …)``)."""
    return frozenset(r["term"] for r in load_shipped("surnames") if r.get("kind") == "compound")


def given_name(name: str, compound: AbstractSet[str]) -> str | None:
    """The given name used as a short reference: 胡明朗 → 明朗, 欧阳明华 → 明华 (a compound surname),
    林郑月娥 → 月娥 (two surnames of a married name).  Two characters at least.

    The one given-name rule of the project: the people step links 明朗副省长 to 胡明朗 with it, the
    link step indexes 明朗强调 with it."""
    if not (3 <= len(name) <= 4 and all_han(name)):
        return None
    given = name[2:] if len(name) == 4 or name[:2] in compound else name[1:]
    return given if len(given) >= 2 else None


def short_forms(o: Official, compound: AbstractSet[str]) -> list[str]:
    """The short forms an official is referred to by: the given name, the surname + each post."""
    out = []
    given = given_name(o.name, compound)
    if given:
        out.append(given)
    if 2 <= len(o.name) <= 4 and all_han(o.name):
        surname = o.name[:2] if o.name[:2] in compound else o.name[:1]
        out.extend(surname + p.post for p in o.positions if p.post)
    return out


class PeopleIndex:
    """Sorted ``(start, end, full name)`` spans of every place an official is named.

    The link step builds one per document (``Doc.references``) after the officials are settled;
    a step run without it reads ``PeopleIndex(text, ())``, which names no one.
    """

    __slots__ = ("spans", "_starts", "_surnames", "titles")

    def __init__(self, text: str, officials: Sequence[Official], compound: frozenset[str] = frozenset()) -> None:
        found: dict[tuple[int, int], str] = {}
        forms: dict[str, str | None] = {}
        # title → the officials holding it (行政长官：… in a transcript names its speaker)
        self.titles: dict[str, list[str]] = {}
        for o in officials:
            if not o.name:
                continue
            for t in o.titles:
                self.titles.setdefault(t, []).append(o.name)
            for m in o.mentions:
                found.setdefault((m.start, m.end), o.name)
            forms[o.name] = o.name
            # the given name (明朗) and the surname + post (胡副省长, 王县长): a short form shared by
            # two officials resolves to neither
            for short in short_forms(o, compound):
                forms[short] = None if short in forms and forms[short] != o.name else o.name
        usable = {f: n for f, n in forms.items() if n is not None}
        for a, b, form in find_terms(text, usable):
            found.setdefault((a, b), usable[form])
        self.spans: list[tuple[int, int, str]] = sorted((a, b, n) for (a, b), n in found.items())
        self._starts = [s[0] for s in self.spans]
        self._surnames: dict[str, tuple[str, ...]] | None = None

    def by_surname(self) -> dict[str, tuple[str, ...]]:
        """Full names by their first character (for 姚检-style surname references)."""
        if self._surnames is None:
            out: dict[str, dict[str, None]] = {}
            for _, _, n in self.spans:
                out.setdefault(n[0], {})[n] = None
            self._surnames = {k: tuple(v) for k, v in out.items()}
        return self._surnames

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Spans lying inside ``[start, end)``, in text order."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def last_before(self, pos: int) -> tuple[int, int, str] | None:
        """The last span ending at or before ``pos``."""
        i = bisect_left(self._starts, pos) - 1
        while i >= 0:
            if self.spans[i][1] <= pos:
                return self.spans[i]
            i -= 1
        return None

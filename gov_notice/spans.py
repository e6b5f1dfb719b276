"""Span helpers and the one overlap rule of the project: longest span wins, then the earliest.

Within one kind of span (a component's own candidates) :func:`filter_spans` settles overlaps;
between kinds (a name against an organisation, ...) :func:`losers` applies the same rule to spans
nested in one another and a documented priority of kinds to spans that cross.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Protocol, Sequence, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def filter_spans(spans: Iterable[S]) -> list[S]:
    """Keep a non-overlapping subset: the longest span wins, ties go to the earliest.

    The result is sorted by start.  This is the only place where overlaps are settled.
    O(n log n) look-ups: the kept spans are held sorted and only the neighbours of a candidate
    can overlap it.
    """
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    starts: list[int] = []  # starts of kept spans, sorted; kept spans never overlap
    ends: list[int] = []
    kept: list[S] = []
    for s in ordered:
        if s.end <= s.start:
            continue
        i = bisect_left(starts, s.start)
        # the kept span starting at or after s.start must start at or after s.end
        if i < len(starts) and starts[i] < s.end:
            continue
        # the kept span before it must end at or before s.start
        if i > 0 and ends[i - 1] > s.start:
            continue
        starts.insert(i, s.start)
        ends.insert(i, s.end)
        kept.append(s)
    kept.sort(key=lambda s: s.start)
    return kept


class _Labelled(_Span, Protocol):
    @property
    def label(self) -> str: ...


L = TypeVar("L", bound=_Labelled)


def losers(spans: Iterable[L], priority: Sequence[str]) -> set[L]:
    """The spans that give way to an overlapping span of another kind.

    A span nested in a longer one of another kind gives way to it (长丰街道 holds no name 丰街道:
    the longest span wins, as in :func:`filter_spans`).  Of two spans that cross, the one whose
    ``label`` comes first in ``priority`` wins (联合国秘书长科 | 科菲·安南: a name comes before an
    organisation); kinds of equal rank (or not in ``priority``) fall back to the longest, then
    the earliest.  Spans of one kind never make each other give way.
    """
    rank = {label: k for k, label in enumerate(priority)}
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: set[L] = set()
    n = len(ordered)
    for i, a in enumerate(ordered):
        j = i + 1
        while j < n and ordered[j].start < a.end:  # (linear when spans seldom overlap)
            if a.label != ordered[j].label:
                out.add(_weaker(a, ordered[j], rank))
            j += 1
    return out


def _weaker(a: L, b: L, rank: dict[str, int]) -> L:
    """Of two overlapping spans of different kinds (``a`` starting first), the one that gives way."""
    # spans come ordered by start, the longer first: b either lies inside a or crosses its end
    if b.end <= a.end and (a.start, a.end) != (b.start, b.end):
        return b  # b is nested in a
    ra, rb = rank.get(a.label, len(rank)), rank.get(b.label, len(rank))
    if ra != rb:
        return b if ra < rb else a
    return b if a.end - a.start >= b.end - b.start else a


def find_terms(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of ``terms`` in ``text``, left to right, the longest at each place, never
    overlapping: what ``finditer`` over a longest-first alternation gives, in linear time.

    A regex alternation of k words costs O(text × k); here one character-class scan finds the
    places where a term can start and a set look-up per term length settles each of them.
    """
    words = {t for t in terms if t}
    if not words:
        return []
    firsts = {w[0] for w in words}
    if len(firsts) > _FIND_SCANS:
        return _find_many(text, words, firsts)
    # the terms by length, longest first (a slice equal to a term of length n has length n)
    by_length: dict[int, set[str]] = {}
    for w in words:
        by_length.setdefault(len(w), set()).add(w)
    groups = sorted(by_length.items(), reverse=True)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for s in _starts(text, firsts):
        if s < pos:
            continue
        for n, group in groups:
            w = text[s:s + n]
            if w in group:
                out.append((s, s + n, w))
                pos = s + n
                break
    return out


def _find_many(text: str, words: set[str], firsts: set[str]) -> list[tuple[int, int, str]]:
    """:func:`find_terms` for many terms (a long document naming hundreds of people): the places a
    term may start, then one dictionary look-up of the two characters there (a trie pattern or a
    set look-up per length would cost more per place, and the places grow with the number of
    terms)."""
    by_two: dict[str, list[str]] = {}  # the first two characters → the terms, longest first
    singles = set()
    for w in sorted(words, key=len, reverse=True):
        if len(w) == 1:
            singles.add(w)
        else:
            by_two.setdefault(w[:2], []).append(w)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for s in _starts(text, firsts):
        if s < pos:
            continue
        found = next((w for w in by_two.get(text[s:s + 2], ()) if text.startswith(w, s)), None)
        if found is None and text[s] in singles:
            found = text[s]
        if found is not None:
            out.append((s, s + len(found), found))
            pos = s + len(found)
    return out


# beyond this many distinct first characters, the two first characters are looked up at once
_FIND_SCANS = 24
# str.find per first character costs about 0.4 ns per character each: up to this many first
# characters times characters (about 0.8 ms), then a compiled character class is cheaper
_FIND_BUDGET = 2_000_000


def _starts(text: str, firsts: set[str]) -> list[int]:
    """The offsets in ``text`` of every character of ``firsts``, in order: ``str.find`` per
    character while that costs less than a character class compiled for the call (a fixed 0.3 ms,
    then one pass over the text), which a long document with many first characters takes."""
    if len(firsts) * len(text) > _FIND_BUDGET:
        cls = re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
        return [m.start() for m in cls.finditer(text)]
    out: list[int] = []
    for c in firsts:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


def trie_pattern(words: Iterable[str], guard: bool = False) -> str:
    """A pattern (for the stdlib ``re``) matching the longest of ``words`` at a place, shaped as a
    character trie: fast to reject, and linear in the text whatever the number of words.

    ``guard``: when every word has two characters or more, a look-ahead on the sets of first and
    second characters opens the pattern, so that the engine rejects most places a first character
    alone lets in before entering the trie's alternation, whose alternatives it tries one by one.
    Worth it for a pattern scanned on its own over a text whose words start with common
    characters (the 2,400 posts: 14.6 -> 11.3 ms per MB); inside a larger pattern it costs (the
    engine no longer scans for the first characters: the ad-hoc heads 1.5 -> 3.9 ms).
    """
    words = set(words)
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        end = "" in node
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    if guard and words and min(map(len, words)) >= 2:
        firsts = "".join(map(re.escape, sorted({w[0] for w in words})))
        seconds = "".join(map(re.escape, sorted({w[1] for w in words})))
        return f"(?=[{firsts}][{seconds}])" + emit(root)
    return emit(root)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line of ``text`` (line breaks excluded)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def covering(intervals: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The interval of ``intervals`` (sorted, disjoint) that contains ``pos``."""
    k = bisect_right(intervals, (pos, float("inf"))) - 1
    if k >= 0 and intervals[k][0] <= pos < intervals[k][1]:
        return intervals[k]
    return None

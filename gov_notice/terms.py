"""The term index: the terms of lexicon rows in one structure read both ways, each remembering the
lexicons it came from (issue 14, item 2).

A :class:`TermIndex` answers the three questions the components ask of a word list:

* :meth:`TermIndex.at` — the longest term written at a position (reading rightwards);
* :meth:`TermIndex.ending_at` — the longest term written just before a position (reading leftwards,
  as the organisation reader reads a chain from its head);
* :meth:`TermIndex.find_all` — every longest term, left to right, none overlapping.

An index is built from ``(term, source)`` pairs (``source``: the lexicon's name, or ``user``) once per
Extractor, in a component's state (``doc.res.state``); it holds no text and is never changed after
it is built, so threads share it.
"""

from __future__ import annotations

from typing import Callable, Final, Iterable, Iterator, Mapping

from .grammar import char_table

# A trie is a list of nodes, the root first; a node maps each character to the index of the node it
# leads to, and _END to 1 where a term ends.  Nodes of strings and ints hold no container, so the
# garbage collector never walks them (a trie of nested dicts was tens of thousands of objects to
# walk in every full collection).
_END: Final = ""

Trie = list[dict[str, int]]


def _trie(terms: Iterable[str]) -> Trie:
    nodes: Trie = [{}]
    for term in terms:
        node = nodes[0]
        for ch in term:
            k = node.get(ch)
            if k is None:
                k = node[ch] = len(nodes)
                nodes.append({})
            node = nodes[k]
        node[_END] = 1
    return nodes


class TermIndex:
    """Terms and their sources, in a forward and a reversed trie."""

    __slots__ = ("sources", "longest", "_forward", "_backward", "_tails", "_lasts", "_seconds", "_firsts")

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        sources: dict[str, tuple[str, ...]] = {}
        for term, source in entries:
            if not term:
                continue
            had = sources.get(term, ())
            if source not in had:
                sources[term] = (*had, source)
        # term → the sources it came from, in the order they were given
        self.sources: Mapping[str, tuple[str, ...]] = sources
        self.longest = max(map(len, sources), default=0)
        self._forward = _trie(sources)
        self._backward = _trie(term[::-1] for term in sources)
        # the last two characters of every term of two characters or more: where they are not
        # written, no such term ends (ending_at asked for two or more reads this first)
        self._tails = frozenset(term[-2:] for term in sources if len(term) >= 2)
        # the last characters of the terms, and the next-to-last ones, as tables of code points: most
        # places ending_at is asked about are rejected by one byte read each (no one-character string
        # made, no look-up in the trie's root or the set of tails)
        self._lasts = char_table(term[-1] for term in sources)
        self._seconds = char_table(term[-2] for term in sources if len(term) >= 2)
        self._firsts = char_table(term[0] for term in sources)  # (the same for at)

    @classmethod
    def of(cls, lists: Mapping[str, Iterable[str]]) -> TermIndex:
        """An index of ``{source: terms}``."""
        return cls((term, source) for source, terms in lists.items() for term in terms)

    def __contains__(self, term: object) -> bool:
        return term in self.sources

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def at(self, text: str, pos: int, lo: int = 1, hi: int | None = None) -> str | None:
        """The longest term written at ``pos`` (``lo`` to ``hi`` characters), or None."""
        if lo >= 1 and 0 <= pos < len(text):
            o = ord(text[pos])
            if o >= len(self._firsts) or not self._firsts[o]:
                return None
        nodes = self._forward
        node = nodes[0]
        best = 0
        stop = len(text) if hi is None else min(len(text), pos + hi)
        for i in range(pos, stop):
            k = node.get(text[i])
            if k is None:
                break
            node = nodes[k]
            if _END in node:
                best = i + 1 - pos
        return text[pos:pos + best] if best >= lo else None

    def ending_at(self, text: str, pos: int, lo: int = 1) -> str | None:
        """The longest term written just before ``pos`` (``lo`` characters or more), or None."""
        if pos > 0 and lo >= 1:
            o = ord(text[pos - 1])
            if o >= len(self._lasts) or not self._lasts[o]:
                return None
            if lo >= 2:
                if pos < 2:
                    return None
                o = ord(text[pos - 2])
                if o >= len(self._seconds) or not self._seconds[o] or text[pos - 2:pos] not in self._tails:
                    return None
        nodes = self._backward
        node = nodes[0]
        best = 0
        i = pos - 1
        while i >= 0:
            k = node.get(text[i])
            if k is None:
                break
            node = nodes[k]
            i -= 1
            if _END in node:
                best = pos - 1 - i
        return text[pos - best:pos] if best >= lo else None

    def starting_at(self, text: str, pos: int, stop: int | None = None) -> Iterator[str]:
        """Every term written at ``pos`` and ending by ``stop``, shortest first."""
        nodes = self._forward
        node = nodes[0]
        for i in range(pos, len(text) if stop is None else min(stop, len(text))):
            k = node.get(text[i])
            if k is None:
                return
            node = nodes[k]
            if _END in node:
                yield text[pos:i + 1]

    def any_at(self, text: str, pos: int, stop: int, accept: Callable[[str], bool], lo: int = 1) -> bool:
        """Whether a term of ``lo`` characters or more that ``accept`` takes is written at ``pos``
        (ending by ``stop``)."""
        return any(len(t) >= lo and accept(t) for t in self.starting_at(text, pos, stop))

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, term)`` of every longest term in ``text[start:end]``, left to right, none
        overlapping (a position inside a term found is not tried again)."""
        stop = len(text) if end is None else min(end, len(text))
        out: list[tuple[int, int, str]] = []
        pos = start
        while pos < stop:
            term = self.at(text, pos, hi=stop - pos)
            if term is None:
                pos += 1
            else:
                out.append((pos, pos + len(term), term))
                pos += len(term)
        return out

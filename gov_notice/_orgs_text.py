"""Text helpers of the organisation reader: tries of terms read leftwards, abbreviations defined
in brackets, and the navigation lines of web pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence

import regex


@dataclass(frozen=True, slots=True)
class _Cand:
    """One organisation candidate: ``name`` may differ from the written ``text`` (expansions)."""

    name: str
    text: str
    start: int
    end: int


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def end(self) -> int: ...


# the end-of-term key of a reversed trie node
_END = ""


def _ending_at(trie: dict[str, object], text: str, pos: int, lo: int = 1) -> str | None:
    """The longest term of the reversed ``trie`` written just before ``pos`` (``lo`` characters or more)."""
    node: dict[str, object] | None = trie
    best = 0
    i = pos - 1
    while i >= 0:
        node = node.get(text[i])  # type: ignore[assignment, union-attr]
        if node is None:
            break
        i -= 1
        if _END in node:
            best = pos - 1 - i
    return text[pos - best:pos] if best >= lo else None


def _reversed_trie(terms: Iterable[str]) -> dict[str, object]:
    """A trie of the reversed terms: walking leftwards from a position finds the longest term."""
    return _trie(term[::-1] for term in terms)


def _trie(terms: Iterable[str]) -> dict[str, object]:
    """A trie of the terms: walking rightwards from a position finds every term starting there."""
    root: dict[str, object] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[_END] = True
    return root


# an abbreviation defined in brackets right after a body: 法律改革咨询委员会（法咨会）
_BRACKETED = regex.compile(r"（(\p{Han}{2,5})）")


def _defined_abbreviations(text: str, kept: Sequence[_Named]) -> dict[str, str]:
    """``abbreviation → name`` for the bodies followed by a bracketed short form of their own name.

    The short form must take its characters from the name, in order (工联会 from 香港工会联合会);
    its other mentions in the text are then organisations too.
    """
    out: dict[str, str] = {}
    for c in kept:
        m = _BRACKETED.match(text, c.end)
        if m is None:
            continue
        abbr = m.group(1)
        rest = iter(c.name)
        if abbr != c.name and all(ch in rest for ch in abbr):  # a subsequence of the name
            out.setdefault(abbr, c.name)
    return out


# a line of a web page's navigation: 首页 > 新闻中心 > 工作动态, 您当前的位置: 首页 >> …
_CRUMB_SEPARATORS = (">", "＞", "»", "›")
_BREADCRUMB = regex.compile(r"(?m)^(?=[^\n]{0,100}$)(?=[^\n]*(?:首页|位置|正文))[^\n]*[>＞»›][^\n]*$")


def _overlaps(spans: Sequence[_Span], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, disjoint)."""
    from bisect import bisect_left

    k = bisect_left(spans, start, key=lambda m: m.end)  # first span ending after start ... or at it
    while k < len(spans) and spans[k].end <= start:
        k += 1
    return k < len(spans) and spans[k].start < end


def _holds(spans: Sequence[_Span], start: int, end: int, reach: int) -> bool:
    """Whether ``[start, end)`` ends inside the holder a collective of ``spans`` opens with and
    starts before it (县公安局 before 局相关警种; ``reach``: the longest holder), and overlaps no
    other."""
    hit = [m for m in spans if m.start < end and start < m.end]
    return len(hit) == 1 and start < hit[0].start and end <= hit[0].start + reach \
        and any(c in hit[0].text[:end - hit[0].start + 2] for c in ("相关", "有关", "所属", "直属", "下属"))

"""Text helpers of the organisation reader: candidates, the one overlap rule applied per cluster,
the navigation lines of web pages, per-Extractor memos."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, NamedTuple, Protocol, Sequence, TypeVar

import regex

from ..spans import filter_spans

V = TypeVar("V")

# at most this many words' answers are remembered per Extractor (the table is then cleared)
_MEMO_SIZE = 65_536


def remember(memo: dict[str, V], key: str, value: V) -> V:
    """``value``, stored under ``key`` in a per-Extractor ``memo`` that is cleared when full."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


# a name written in Latin letters, digits may stand in a body's name (TCL|集团, 深圳市|5G|产业创新中心,
# NOWnews|今日新闻): a capital letter in it, at most twelve characters
LATIN_NAME = regex.compile(r"(?=[A-Za-z0-9&]*[A-Z])[A-Za-z0-9&]{2,12}")


def latin_name(word: str) -> bool:
    """Whether ``word`` is a name written in Latin letters and digits (:data:`LATIN_NAME`; most
    words hold a Han character, which no such name does)."""
    return word.isascii() and LATIN_NAME.fullmatch(word) is not None


def settle(spans: Iterable[S]) -> list[S]:
    """:func:`filter_spans` applied to each cluster of overlapping spans (same result, linear time).

    Identical spans are ordered by the longer ``name`` first (北京 stands for 北京分行党委中心组
    rather than 北京分行), so the tie goes to it.
    """
    ordered = sorted(set(spans), key=lambda c: (c.start, c.end, -len(getattr(c, "name", "")),
                                                getattr(c, "name", c.text)))
    kept: list[S] = []
    cluster: list[S] = []
    reach = -1
    for c in ordered:
        if cluster and c.start >= reach:
            kept.extend(filter_spans(cluster) if len(cluster) > 1 else cluster)
            cluster = []
        cluster.append(c)
        reach = max(reach, c.end) if len(cluster) > 1 else c.end
    kept.extend(filter_spans(cluster) if len(cluster) > 1 else cluster)
    return kept


class Cand(NamedTuple):
    """One organisation candidate: ``name`` may differ from the written ``text`` (expansions).

    (A named tuple: thousands are made per document, several times faster than a frozen
    dataclass; equal and hashed by the same four fields.)"""

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


S = TypeVar("S", bound=_Span)


class Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def end(self) -> int: ...

# a line of a web page's navigation: 首页 > 新闻中心 > 工作动态, 您当前的位置: 首页 >> …
CRUMB_SEPARATORS = (">", "＞", "»", "›")

BREADCRUMB = regex.compile(r"(?m)^(?=[^\n]{0,100}$)(?=[^\n]*(?:首页|位置|正文))[^\n]*[>＞»›][^\n]*$")


def overlaps(spans: Sequence[_Span], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, disjoint)."""

    k = bisect_left(spans, start, key=lambda m: m.end)  # first span ending after start ... or at it
    while k < len(spans) and spans[k].end <= start:
        k += 1
    return k < len(spans) and spans[k].start < end


def holds(spans: Sequence[_Span], start: int, end: int, reach: int, cues: tuple[str, ...]) -> bool:
    """Whether ``[start, end)`` ends inside the holder a collective of ``spans`` opens with and
    starts before it (县公安局 before 局相关警种; ``reach``: the longest holder; ``cues``: what
    follows a holder, 相关, 所属 …), and overlaps no other."""
    hit = [m for m in spans if m.start < end and start < m.end]
    return len(hit) == 1 and start < hit[0].start and end <= hit[0].start + reach \
        and any(c in hit[0].text[:end - hit[0].start + 2] for c in cues)

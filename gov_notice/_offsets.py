"""Offset bookkeeping for normalisation.

Normalisation only ever *deletes* characters (pinyin annotations, junk lines, a repeated lead) or
*replaces one character by one character* (width folding, punctuation, OpenCC t2s).  So the map
from normalised text back to the source is piecewise the identity: a sorted list of runs
``(dst_start, src_start, length)`` covering the normalised text without gaps.  Lookups bisect the
runs; memory is proportional to the number of deletions, not to the text length.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Sequence

Interval = tuple[int, int]


class OffsetMap:
    """Maps offsets of a normalised text back into its source."""

    __slots__ = ("_dst", "_src", "_len", "text_length", "source_length")

    def __init__(self, runs: Iterable[tuple[int, int, int]], text_length: int, source_length: int):
        dst: list[int] = []
        src: list[int] = []
        lengths: list[int] = []
        for d, s, n in runs:
            if n <= 0:
                continue
            if dst and dst[-1] + lengths[-1] == d and src[-1] + lengths[-1] == s:
                lengths[-1] += n  # merge adjacent identity runs
                continue
            dst.append(d)
            src.append(s)
            lengths.append(n)
        self._dst, self._src, self._len = dst, src, lengths
        self.text_length = text_length
        self.source_length = source_length

    @classmethod
    def _from_lists(cls, dst: list[int], src: list[int], lengths: list[int],
                    text_length: int, source_length: int) -> OffsetMap:
        """Build from runs already known to be positive, sorted and not mergeable."""
        self = cls.__new__(cls)
        self._dst, self._src, self._len = dst, src, lengths
        self.text_length = text_length
        self.source_length = source_length
        return self

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)], length, length)

    def __reduce__(self) -> tuple[object, ...]:
        runs = list(zip(self._dst, self._src, self._len))
        return (OffsetMap, (runs, self.text_length, self.source_length))

    def runs(self) -> list[tuple[int, int, int]]:
        return list(zip(self._dst, self._src, self._len))

    def source_offset(self, i: int) -> int:
        """The source offset of normalised character ``i`` (``0 <= i < text_length``)."""
        k = bisect_right(self._dst, i) - 1
        return self._src[k] + (i - self._dst[k])

    def source_span(self, start: int, end: int) -> Interval:
        if self.text_length == 0:
            return (0, 0)
        if start == end:
            if start >= self.text_length:
                pos = self.source_offset(self.text_length - 1) + 1
            else:
                pos = self.source_offset(start)
            return (pos, pos)
        return (self.source_offset(start), self.source_offset(end - 1) + 1)

    def then(self, inner: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text2 → text1 and ``inner`` maps text1 → text0; return text2 → text0."""
        out_d: list[int] = []
        out_s: list[int] = []
        out_n: list[int] = []
        idst, isrc, ilen = inner._dst, inner._src, inner._len
        for d, s, n in zip(self._dst, self._src, self._len):
            # split the text1 interval [s, s+n) over inner's runs (pieces stay unmergeable: the
            # runs of inner are separated by deletions in the source)
            k = bisect_right(idst, s) - 1
            while n > 0:
                off = s - idst[k]
                take = min(n, ilen[k] - off)
                out_d.append(d)
                out_s.append(isrc[k] + off)
                out_n.append(take)
                d += take
                s += take
                n -= take
                k += 1
        return OffsetMap._from_lists(out_d, out_s, out_n, self.text_length, inner.source_length)


def delete_intervals(text: str, intervals: Sequence[Interval]) -> tuple[str, OffsetMap]:
    """Remove the (sorted, possibly overlapping) ``intervals`` from ``text``; return the map back."""
    pieces: list[str] = []
    out_d: list[int] = []
    out_s: list[int] = []
    out_n: list[int] = []
    pos = 0
    dst = 0
    for a, b in intervals:
        if b <= pos:
            continue
        if a > pos:
            pieces.append(text[pos:a])
            out_d.append(dst)
            out_s.append(pos)
            out_n.append(a - pos)
            dst += a - pos
        pos = b
    if pos < len(text):
        pieces.append(text[pos:])
        out_d.append(dst)
        out_s.append(pos)
        out_n.append(len(text) - pos)
        dst += len(text) - pos
    return "".join(pieces), OffsetMap._from_lists(out_d, out_s, out_n, dst, len(text))

"""Where the items of a list end, their summaries, a list's signature (to recognise one printed
twice), where each list stops at the latest, and lists of report section headings."""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Sequence

import regex

from .lists import HEADINGS, Run

# where a sentence or clause ends (summary stops at the first of these)
_SUMMARY_END = regex.compile(r"[。；！？]")
LEADING = "，、：,:； \t\u3000"
_TRAILING = "，、,；; \t\u3000"
# what an item never ends with: blanks, and an opening bracket or quote (it opens what follows)
_ITEM_TAIL = " \t\u3000\u00a0（(“‘《「『【〔"


def item_end(text: str, run: Run, i: int, paras: list[tuple[int, int]], limit: int) -> int:
    """End of item ``i``: the next marker of its list, else the end of its paragraph (or ``limit``,
    where the next list of the same paragraph that is not inside this one begins), without the
    blanks and opening brackets or quotes before it."""
    c = run.items[i]
    end = paras[c.para][1]
    if i + 1 < len(run.items) and run.items[i + 1].para == c.para:
        end = run.items[i + 1].start
    elif c.start < limit < end:
        end = limit
    while end > c.end and text[end - 1] in _ITEM_TAIL:
        end -= 1
    return end


def summary(text: str, body_start: int, end: int) -> str:
    s = _SUMMARY_END.search(text, body_start, end)
    return text[body_start: s.start() if s else end].lstrip(LEADING).rstrip(_TRAILING)


def signature(text: str, run: Run, paras: list[tuple[int, int]],
              limit: int) -> tuple[tuple[str, str], ...]:
    """The (marker, summary) sequence of a list, to recognise one printed twice (``limit`` as in
    :func:`item_end`: the summaries never read past the next list)."""
    out = []
    for i, c in enumerate(run.items):
        end = item_end(text, run, i, paras, limit)
        out.append((text[c.start:c.end], summary(text, c.end, end)))
    return tuple(out)


def limits(text: str, runs: list[Run], order: Sequence[int],
           inside: Callable[[int, int], bool]) -> dict[int, int]:
    """Where the last item of each list of ``order`` (sorted by first item) stops at the latest:
    the first later list of ``order`` that is not inside it (else the end of the text).

    A bisection skips the lists starting before the last item, so each list only looks at the
    lists nested in its last item (linear in the number of lists, whatever their shape)."""
    firsts = [runs[ri].items[0].start for ri in order]
    out: dict[int, int] = {}
    for ri in order:
        last = runs[ri].items[-1].start
        out[ri] = len(text)
        for k in range(bisect_right(firsts, last), len(firsts)):
            if not inside(order[k], ri):
                out[ri] = firsts[k]
                break
    return out


def is_section_heading(text: str, run: Run, paras: list[tuple[int, int]], section: regex.Pattern[str]) -> bool:
    """All items are bare heading lines naming a report section (一、工作回顾 / 二、存在的问题);
    ``section``: a whole heading (``State.section``)."""
    if run.family not in HEADINGS:
        return False
    for c in run.items:
        pa, pb = paras[c.para]
        body = text[c.end:pb].strip(LEADING + "。；")
        if not c.at_para_start or not section.fullmatch(body):
            return False
    return True

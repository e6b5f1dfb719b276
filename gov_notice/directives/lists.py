"""Threading candidate markers into lists with a stack: a marker continues the innermost open list
of its family whose last value is one less; a ``1`` opens a new list, nested in the item it sits
in."""

from __future__ import annotations

from dataclasses import dataclass, field

from .markers import DI, HEADING_STYLES, SHI, YAO, Cand

# families sharing a super-family may continue each other's lists (一是 … 二是 … 三要 …,
# 一是 … 第二是 … 第三，) when no list of their own family fits
INLINE = frozenset({SHI, YAO, DI})
# heading families: an item that opens its paragraph holds the paragraphs after it
HEADINGS = frozenset(HEADING_STYLES.values())
_MAX_DEPTH = 5  # lists nest at most this deep (一、（一）1.（1）① is four levels)


@dataclass(slots=True)
class Run:
    family: str
    items: list[Cand] = field(default_factory=list)
    parent: tuple[int, int] | None = None  # (run index, item index)


def _continues(run: Run, c: Cand, strict: bool) -> bool:
    last = run.items[-1]
    if strict:
        if run.family != c.family:
            return False
    elif c.family not in INLINE or run.family not in INLINE or c.value == 0:
        return False
    if c.value == 0:  # 最后: closes a list of at least two items, once
        if len(run.items) < 2 or last.value == 0:
            return False
    elif c.value != last.value + 1:
        return False
    # the next item is in the same paragraph, or opens a later one
    return c.para == last.para or c.at_para_start


def _in_item(run: Run, c: Cand) -> bool:
    """Whether ``c`` lies inside the last item of ``run`` (and may open a list nested in it)."""
    if run.family == c.family:
        return False  # a new list of the same style follows this one; it is not inside it
    last = run.items[-1]
    if c.para == last.para:
        return True
    # a heading item (（一）, 一、, 1. … opening its paragraph) holds the paragraphs after it until
    # its list goes on; an inline item (一是…) ends with its paragraph
    return last.at_para_start and run.family in HEADINGS


class _Threader:
    """The lists so far, the nesting depth of each, and the stack of open lists (innermost last)."""

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.depth: list[int] = []
        self.stack: list[int] = []

    def continued(self, c: Cand) -> int | None:
        """The stack position of the open list ``c`` continues: its own family first, then the
        inline super-family; innermost first."""
        for strict in (True, False):
            for pos in range(len(self.stack) - 1, -1, -1):
                if _continues(self.runs[self.stack[pos]], c, strict):
                    return pos
        return None

    def holder(self, c: Cand) -> int | None:
        """The stack position of the innermost open list whose last item holds ``c``."""
        for pos in range(len(self.stack) - 1, -1, -1):
            ri = self.stack[pos]
            if self.depth[ri] < _MAX_DEPTH and _in_item(self.runs[ri], c):
                return pos
        return None

    def open(self, c: Cand) -> None:
        """Open a list with ``c`` (a ``1``), nested in the item holding it."""
        parent_pos = self.holder(c)
        parent: tuple[int, int] | None
        if parent_pos is None:
            # not inside any open item: the other open lists stay continuable (a stray 首先 in
            # the paragraph between 一是… and 二是… must not end that list), but a new list of
            # the same style closes the old one and everything opened inside it
            same = next((k for k, r in enumerate(self.stack) if self.runs[r].family == c.family), None)
            if same is not None:
                del self.stack[same:]
            parent = None
            self.depth.append(0)
        else:
            del self.stack[parent_pos + 1:]
            pr = self.stack[parent_pos]
            parent = (pr, len(self.runs[pr].items) - 1)
            self.depth.append(self.depth[pr] + 1)
        self.runs.append(Run(c.family, [c], parent))
        self.stack.append(len(self.runs) - 1)

    def add(self, c: Cand) -> None:
        target = self.continued(c) if c.value != 1 else None
        if target is not None:
            self.runs[self.stack[target]].items.append(c)
            del self.stack[target + 1:]
        elif c.value == 1:
            self.open(c)


def thread(cands: list[Cand]) -> list[Run]:
    """Thread candidates into lists (see the module docstring); the stack holds the open lists."""
    t = _Threader()
    for c in cands:
        t.add(c)
    return t.runs

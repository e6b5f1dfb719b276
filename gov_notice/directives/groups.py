"""The lists kept as directives (one item only when announced, 一方面 only with a modal, no report
section headings, no list printed twice), their groups, nesting, speakers and announced counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..references import PeopleIndex
from ..results import Directive, DirectiveGroup, Mention
from .bare import bare_candidates
from .context import SENTENCE_END, WINDOW, announcement, speaker, window_start
from .items import is_section_heading, item_end, limits, signature, summary
from .lists import HEADINGS, INLINE, Run, thread
from .markers import FANGMIAN, Paragraphs, candidates
from .words import State

if TYPE_CHECKING:
    from ..doc import Doc

_SINGLE_WINDOW = 60  # a one-item list needs its announcement this close

Announced = tuple[int | None, Mention] | None


class _Lists:
    """The threaded lists of one document, the window floor of each (the end of the item it is
    nested in) and their announced counts (looked up once per list)."""

    def __init__(self, text: str, runs: list[Run], st: State) -> None:
        self.text = text
        self.runs = runs
        self.st = st
        self._reattach()
        # the window before each list where its speaker and announced count are looked for
        self.floors: list[int] = []
        for run in runs:
            p = run.parent
            self.floors.append(runs[p[0]].items[p[1]].end if p is not None else 0)
        self._announced: dict[int, Announced] = {}

    def _reattach(self) -> None:
        """A list after the *last* item of an inline list, in a later sentence, follows that list
        rather than sitting inside it (一是…，二是…。一要…，二要…); inside an earlier item it is
        nested."""
        runs = self.runs
        for run in runs:
            p = run.parent
            if p is None or runs[p[0]].family in HEADINGS or p[1] != len(runs[p[0]].items) - 1:
                continue
            if SENTENCE_END.search(self.text, runs[p[0]].items[p[1]].end, run.items[0].start):
                run.parent = runs[p[0]].parent

    def announcement(self, ri: int, span: int = WINDOW) -> Announced:
        """The count announced before list ``ri`` (the first look-up's ``span`` is kept)."""
        if ri not in self._announced:
            first = self.runs[ri].items[0].start
            self._announced[ri] = announcement(self.text, window_start(self.text, first, self.floors[ri], span),
                                               first, self.st.announcement)
        return self._announced[ri]

    def inside(self, ri: int, outer: int) -> bool:
        """Whether list ``ri`` is nested (at any depth) in list ``outer``."""
        p = self.runs[ri].parent
        while p is not None:
            if p[0] == outer:
                return True
            p = self.runs[p[0]].parent
        return False


def _is_list(lists: _Lists, ri: int, paras: list[tuple[int, int]]) -> bool:
    """Whether list ``ri`` is a list of directives, before the duplicate test."""
    run = lists.runs[ri]
    ok = len(run.items) >= 2
    if not ok and run.items[0].style in INLINE:
        # one item is a list only when the count was announced just before it (两个问题。第一──…)
        ann = lists.announcement(ri, _SINGLE_WINDOW)
        ok = ann is not None and (ann[0] or 0) >= 2
    if ok and run.family == FANGMIAN:
        ok = all(lists.st.modal.match(lists.text, c.end) for c in run.items)
    return ok and not is_section_heading(lists.text, run, paras, lists.st.section)


def _kept(lists: _Lists, paras: list[tuple[int, int]]) -> list[bool]:
    """Which lists are kept; a list the page prints twice (a duplicated paragraph) is one list."""
    text, runs = lists.text, lists.runs
    # where each list stops at the latest among all lists (runs are in order of first item), for
    # the duplicate test; the lists kept get their own limits
    early_limits = limits(text, runs, range(len(runs)), lists.inside)
    keep: list[bool] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for ri, run in enumerate(runs):
        ok = _is_list(lists, ri, paras)
        if ok:
            sig = signature(text, run, paras, early_limits[ri])
            ok = sig not in seen
            seen.add(sig)
        keep.append(ok)
    return keep


def _parent_of(runs: list[Run], ri: int, keep: list[bool], number: dict[int, int]) -> tuple[int, int] | None:
    """(group, item) of the kept item list ``ri`` is nested in, past dropped lists."""
    p = runs[ri].parent
    while p is not None and not keep[p[0]]:
        p = runs[p[0]].parent
    return (number[p[0]], p[1] + 1) if p is not None else None


def _group(lists: _Lists, ri: int, g: int, parent: tuple[int, int] | None,
           speaker: str | None) -> tuple[DirectiveGroup, str | None]:
    """The group of list ``ri`` numbered ``g`` and its warning (announced count ≠ found)."""
    run = lists.runs[ri]
    ann = lists.announcement(ri)
    announced, mention = (ann if ann is not None else (None, None))
    count = len(run.items)
    warning = None
    if announced is not None and announced != count and mention is not None:
        warning = f"directive group {g}: {mention.text!r} announces {announced}, {count} found"
    return DirectiveGroup(g, run.items[0].style, count, announced, mention, parent, speaker), warning


def _results(doc: Doc, lists: _Lists, order: list[int], keep: list[bool],
             people: PeopleIndex) -> tuple[list[Directive], list[DirectiveGroup], list[str]]:
    """Directives, groups (numbered in order of first item) and warnings of the kept lists."""
    text, runs, paras = lists.text, lists.runs, doc.paragraphs
    number = {ri: g + 1 for g, ri in enumerate(order)}
    stops = limits(text, runs, order, lists.inside)
    directives: list[Directive] = []
    groups: list[DirectiveGroup] = []
    warnings: list[str] = []
    speakers: dict[int, str | None] = {}
    for ri in order:
        run, g = runs[ri], number[ri]
        parent = _parent_of(runs, ri, keep, number)
        first = run.items[0]
        who = speaker(text, window_start(text, first.start, lists.floors[ri]), first.start, people,
                      paras[first.para][0], lists.st)
        if who is None and parent is not None:
            who = speakers.get(parent[0])
        speakers[g] = who
        for i, c in enumerate(run.items):
            end = item_end(text, run, i, paras, stops[ri])
            directives.append(Directive(g, i + 1, text[c.start:c.end], summary(text, c.end, end),
                                        text[c.start:end], c.start, end, parent, who))
        group, warning = _group(lists, ri, g, parent, who)
        groups.append(group)
        if warning is not None:
            warnings.append(warning)
    directives.sort(key=lambda d: d.start)
    return directives, groups, warnings


def find(doc: Doc) -> tuple[list[Directive], list[DirectiveGroup], list[str]]:
    """Directives, their groups and warnings (announced count ≠ found) of one document."""
    text = doc.text
    paras = doc.paragraphs
    if not paras:
        return [], [], []
    st = doc.res.state("directives", State)
    where = Paragraphs(text, paras, st.question)
    cands = candidates(text, where, st.candidate, st.candidate_starts)
    bare = bare_candidates(text, where, st.announcement, st.bare)
    if bare:
        cands = sorted(cands + bare, key=lambda c: c.start)
    runs = thread(cands)
    if not runs:
        return [], [], []
    lists = _Lists(text, runs, st)
    keep = _kept(lists, paras)
    order = sorted((i for i in range(len(runs)) if keep[i]), key=lambda i: runs[i].items[0].start)
    if not order:
        return [], [], []
    return _results(doc, lists, order, keep, doc.references or PeopleIndex(text, ()))

"""``find``: the organisation reader's one entry point, running the passes in order and grouping the
names found with their canonical forms."""

from __future__ import annotations

import logging
from bisect import bisect_right
from typing import TYPE_CHECKING, Iterator, Sequence

from ..results import Mention, Official, Organization
from ..spans import find_terms
from .adhoc import adhoc_cands
from .canonical import canonicals, defined_abbreviations
from .collectives import find_collectives
from .context import context_cands, ner_cands, police_cands, posted_cands, unit_cands
from .grammar import COLLECTIVE_HOLDER_MAX
from .judge import expand, judge_chain, title_cands
from .state import State
from .text import BREADCRUMB, CRUMB_SEPARATORS, Cand, holds, overlaps, settle

if TYPE_CHECKING:
    from ..doc import Doc


logger = logging.getLogger(__name__)


def find(doc: Doc, officials: Sequence[Official]) -> tuple[list[Organization], list[Mention]]:
    """Organisations of ``doc`` (grouped by name, in order of first mention) and its collectives."""
    st = doc.res.state("organizations", State)
    text = doc.text
    collectives = find_collectives(text, st)
    # the chains judged, by their last head: titles' organisations are mostly chains read here too
    judged: dict[tuple[int, int], tuple[int, int] | None] = {}
    cands = _chain_cands(doc, st, judged)
    cands.extend(title_cands(doc, st, officials, judged))
    cands.extend(context_cands(text, st, cands))
    cands.extend(unit_cands(doc, st, cands))
    cands.extend(adhoc_cands(doc, st, cands))
    cands.extend(police_cands(text, st))
    cands.extend(posted_cands(text, st, cands))
    if doc.ner:
        cands.extend(_ner_join(doc, st, cands))
    kept = settle(_outside(text, st, cands, collectives))
    defined = defined_abbreviations(text, kept)
    if defined:
        kept = settle(kept + [Cand(abbr, abbr, a, b) for abbr in defined
                              for a, b, _ in find_terms(text, (abbr,))
                              if not overlaps(collectives, a, b)])
    return _grouped(st, kept, defined), collectives


def _chain_cands(doc: Doc, st: State, judged: dict[tuple[int, int], tuple[int, int] | None]) -> list[Cand]:
    """The candidates of every chain judged a body, read from each head found (``judged`` takes
    every chain judged, by the span of its last head)."""
    text = doc.text
    cands: list[Cand] = []
    enders = st.ender_index
    for m in st.anchor.finditer(text):  # (where a head or known body may end)
        end = m.end()
        head = enders.ending_at(text, end)
        if head is None:
            continue
        span = judged[end - len(head), end] = judge_chain(doc, st, end - len(head), end)
        if span is None and head in st.generated:  # 县人|民医院 is no body: 县|人民|医院 is
            head = st.grammar_index.ending_at(text, end)
            if head is not None:
                span = judged[end - len(head), end] = judge_chain(doc, st, end - len(head), end)
        if span is None and head is not None:  # 市住|建委 is no body: 市|住建|委 is
            shorter = _shorter_head(text, st, head, end)
            if shorter is not None:
                span = judged[end - len(shorter), end] = judge_chain(doc, st, end - len(shorter), end)
        if span is not None:
            cands.extend(expand(text, st, *span))
    return cands


def _shorter_head(text: str, st: State, head: str, end: int) -> str | None:
    """The longest head ending ``head`` that is shorter than it and has a department stem written
    just before it that runs across the start of ``head`` (住|建委 → 住建|委), or None."""
    for k in range(len(head) - 1, 0, -1):
        stem = st.stem_index.ending_at(text, end - k, 2) if head[-k:] in st.enders else None
        if stem is not None and end - k - len(stem) < end - len(head):
            return head[-k:]  # (the stem runs across the longer head's start)
    return None


def _ner_join(doc: Doc, st: State, cands: list[Cand]) -> Iterator[Cand]:
    """The NER backend's candidates that add a body where no rule-found candidate stands: the
    rules decide boundaries (a model's candidate never stretches or cuts one)."""
    covered: list[list[int]] = []
    for c in sorted(cands, key=lambda c: c.start):
        if covered and c.start < covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], c.end)
        else:
            covered.append([c.start, c.end])
    starts = [a for a, _ in covered]
    for c in ner_cands(doc, st):
        k = bisect_right(starts, c.start) - 1
        if (k >= 0 and covered[k][1] > c.start) or (k + 1 < len(covered) and covered[k + 1][0] < c.end):
            continue
        yield c


def _outside(text: str, st: State, cands: list[Cand], collectives: list[Mention]) -> list[Cand]:
    """The candidates outside collectives and web pages' navigation lines."""
    if collectives:  # a collective wins over every candidate it overlaps (其他中央部委 → no 中央),
        # but the body it opens with stays (县公安局|相关警种: its holder 局 is the body's end)
        cands = [c for c in cands if not overlaps(collectives, c.start, c.end)
                 or holds(collectives, c.start, c.end, COLLECTIVE_HOLDER_MAX, st.held_cues)]
    crumbs = [Mention(m.group(), m.start(), m.end()) for m in BREADCRUMB.finditer(text)] \
        if any(sep in text for sep in CRUMB_SEPARATORS) else []
    if crumbs:  # a web page's navigation names its sections, not bodies (首页 > 新闻中心 > …)
        cands = [c for c in cands if not overlaps(crumbs, c.start, c.end)]
    return cands


def _grouped(st: State, kept: list[Cand], defined: dict[str, str]) -> list[Organization]:
    """The candidates kept, grouped by name with their canonical forms and aliases, in order of
    first mention."""
    by_name: dict[str, list[Mention]] = {}
    for c in kept:
        by_name.setdefault(c.name, []).append(Mention(c.text, c.start, c.end))
    names = list(by_name)
    canon = canonicals(st, names)
    for abbr, full in defined.items():
        canon.setdefault(abbr, canon.get(full, full))
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(canon.get(n, n), []).append(n)
    orgs = []
    for n in names:
        key = canon.get(n, n)
        aliases = tuple(a for a in groups.get(key, ()) if a != n)
        orgs.append(Organization(n, tuple(by_name[n]), canon.get(n), aliases))
    orgs.sort(key=lambda o: o.mentions[0].start)
    return orgs

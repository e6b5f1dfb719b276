"""What stands before a list: the window where it is looked for, the announced count (四点要求,
三个方面, 以下几点) and the speaker (an official named right before the list with a speech verb,
or 他/她 resolved to the last official named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..results import Mention
from .markers import announced_count

if TYPE_CHECKING:
    from ..references import PeopleIndex
    from .words import State

WINDOW = 300  # how far back (characters) a speaker or an announcement is looked for
SENTENCE_END = regex.compile(r"[。！？\n]")
_BLANK = " \t\u3000\u00a0\n"
# a transcript's speaker label opening the paragraph: 行政长官：… / 财政司司长：…
_LABEL = regex.compile(r"[ \t\u3000]{0,4}(?P<label>\p{Han}{2,12})[：:]")


def window_start(text: str, pos: int, floor: int, span: int = WINDOW) -> int:
    """Start of the sentence holding ``pos`` — or of the one before when ``pos`` opens a sentence
    (at most ``span`` characters back, never before ``floor``)."""
    lo = max(floor, pos - span)
    ends: list[int] = []
    for m in SENTENCE_END.finditer(text, lo, pos):
        # a run of ends (。 then a line break, ！\n\n) closes one sentence, not several
        if ends and not text[ends[-1]:m.start()].strip(_BLANK):
            ends[-1] = m.end()
        else:
            ends.append(m.end())
    if not ends:
        return lo
    start = ends[-1]
    if not text[start:pos].strip(_BLANK + "：:，,") and len(ends) > 1:
        start = ends[-2]
    elif not text[start:pos].strip(_BLANK + "：:，,"):
        start = lo
    return start


def announcement(text: str, a: int, b: int, pattern: regex.Pattern[str]) -> tuple[int | None, Mention] | None:
    """The last count announced in ``[a, b)`` (``pattern``: ``State.announcement``): its value
    (None for 几) and its mention."""
    last = None
    for m in pattern.finditer(text, a, b):
        last = m
    if last is None:
        return None
    return announced_count(last), Mention(last.group(), last.start(), last.end())


def _actor(text: str, s: int, e: int, st: State) -> bool:
    """Whether the name at ``[s, e)`` acts in its sentence (not 以习近平同志为核心, 学习…讲话)."""
    return not (st.not_actor_after.match(text, e) or st.not_actor_before.search(text, max(0, s - 2), s))


def _labelled(text: str, b: int, people: PeopleIndex, para_start: int) -> str | None:
    """The one official holding the title of a speaker label opening the paragraph."""
    label = _LABEL.match(text, para_start, b)
    if label:
        holders = set(people.titles.get(label.group("label"), ()))
        if len(holders) == 1:
            return holders.pop()
    return None


def _last_actor(text: str, a: int, people: PeopleIndex, st: State) -> str | None:
    """The last official who acted before ``a`` (他 = that official)."""
    pos = a
    for _ in range(20):
        prev = people.last_before(pos)
        if prev is None:
            break
        if _actor(text, prev[0], prev[1], st):
            return prev[2]
        pos = prev[0]
    return None


def _by_surname(text: str, a: int, b: int, people: PeopleIndex, st: State) -> str | None:
    """姚检就下一步工作提出三点要求: a surname shared by exactly one official."""
    m = st.surname_ref.match(text, a, b) or st.surname_ref.search(text, a, b)
    if m:
        names = people.by_surname().get(m.group("s"), ())
        if len(names) == 1:
            return names[0]
    return None


def speaker(text: str, a: int, b: int, people: PeopleIndex, para_start: int, st: State) -> str | None:
    """The official speaking the list that starts at ``b`` (``[a, b)``: the window before it)."""
    labelled = _labelled(text, b, people, para_start)
    if labelled is not None:
        return labelled
    spans = [sp for sp in people.between(a, b) if _actor(text, sp[0], sp[1], st)]
    for s, e, name in reversed(spans):
        if st.speech.search(text, e, b):
            return name
    if spans:
        return None
    if st.pronoun.search(text, a, b):
        return _last_actor(text, a, people, st)
    return _by_surname(text, a, b, people, st)

"""The ``Doc`` the components read and fill, and the ``Resources`` an Extractor builds once.

This module sits at the bottom of the extraction layers: components import it, it imports none of
them, so the order in which :mod:`gov_notice.pipeline` runs them is the only place they meet.
"""

from __future__ import annotations

import datetime
import threading
from typing import TYPE_CHECKING, Any, Callable, Final, Iterable, TypeVar, final

from .lexicon import UserLexicon
from .segment import Segmenter
from .spans import paragraphs

if TYPE_CHECKING:
    from .references import PeopleIndex
    from .results import Byline, Directive, DirectiveGroup, Meeting, Mention, Official, Organization

T = TypeVar("T")

# how many segmented windows Resources.window_ends remembers (for every document of an Extractor)
# before it starts again, and how many absolute boundary sets one Doc keeps
_WINDOWS_KEPT = 16_384
_BOUNDS_KEPT = 64


@final
class Candidate:
    """A span one component puts on the Doc for the later steps to read.

    ``label`` says what it is (``name``, ``byline``, ``org``, ``collective`` …), ``source`` which
    component added it, ``data`` what it belongs to (the official's name, the organisation's
    name …).  ``start``/``end`` are offsets into ``Doc.text``.

    A value: equal and hashed by its fields, never changed after it is made (``Final``; a plain
    class rather than a frozen dataclass, whose ``__init__`` stays interpreted Python when the
    module is compiled: a Doc makes thousands of candidates).
    """

    __slots__ = ("start", "end", "label", "source", "data")

    def __init__(self, start: int, end: int, label: str, source: str, data: Any = None) -> None:
        self.start: Final = start
        self.end: Final = end
        self.label: Final = label
        self.source: Final = source
        self.data: Final = data

    def _key(self) -> tuple[int, int, str, str, Any]:
        return self.start, self.end, self.label, self.source, self.data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Candidate) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Candidate(start={self.start!r}, end={self.end!r}, label={self.label!r}, "
                f"source={self.source!r}, data={self.data!r})")


class Resources:
    """Everything an Extractor builds once: the user's lexicon, the segmenter, each component's state."""

    def __init__(self, user: UserLexicon) -> None:
        self.user = user
        self.segmenter = Segmenter(
            [(t, "nt") for t in user.organization] + [(t, "nn") for t in user.post]
            + [(t, "nr") for t in user.name]
        )
        self._states: dict[str, object] = {}
        self._lock = threading.RLock()
        # (the ends of a window shorter than 256 characters are kept as bytes, which the garbage
        # collector never walks)
        self._window_ends: dict[str, bytes | tuple[int, ...]] = {}

    def window_ends(self, window: str) -> bytes | tuple[int, ...]:
        """0 and the token ends of the dictionary segmentation (no HMM) of ``window``, remembered
        by the window's text for every document (the same window cuts the same way); the table
        starts again when full, so memory stays bounded on any input."""
        ends = self._window_ends.get(window)
        if ends is None:
            got = self.segmenter.ends(window, hmm=False)
            ends = bytes(got) if len(window) < 256 else got
            if len(self._window_ends) >= _WINDOWS_KEPT:
                self._window_ends.clear()
            self._window_ends[window] = ends
        return ends

    def state(self, key: str, build: Callable[[Resources], T]) -> T:
        """The state ``build(self)`` built once and cached under ``key`` (thread-safe)."""
        try:
            return self._states[key]  # type: ignore[return-value]
        except KeyError:
            pass
        with self._lock:
            if key not in self._states:
                self._states[key] = build(self)
            return self._states[key]  # type: ignore[return-value]


class Doc:
    """One normalised text as the components see it, and what each of them has added so far.

    Each component reads the fields earlier components filled and fills its own (see
    ``pipeline.COMPONENTS`` for who reads and fills what); none edits another's, except the resolve
    step, whose one task is to drop the mentions that give way where two kinds of span overlap.
    """

    __slots__ = ("text", "res", "ner", "_paragraphs", "_bounds", "candidates",
                 "officials", "bylines", "organizations", "collectives",
                 "directives", "directive_groups", "warnings", "meeting", "title", "attribution",
                 "published", "references")

    def __init__(self, text: str, res: Resources,
                 ner: tuple[tuple[str, int, int], ...] = ()) -> None:
        self.text = text
        self.res = res
        # candidates from an optional neural NER: ("PERSON" | "ORGANIZATION", start, end) into
        # text; empty with the default rule pipeline
        self.ner = ner
        self._paragraphs: list[tuple[int, int]] | None = None
        self._bounds: dict[tuple[int, int], set[int]] = {}
        # the spans the components put forward, by label, in the order they were added
        self.candidates: dict[str, list[Candidate]] = {}
        # results, in the order the components add them
        self.officials: list[Official] = []
        self.bylines: list[Byline] = []
        self.organizations: list[Organization] = []
        self.collectives: list[Mention] = []
        self.directives: list[Directive] = []
        self.directive_groups: list[DirectiveGroup] = []
        self.warnings: list[str] = []
        self.meeting: Meeting | None = None
        self.title: str | None = None
        self.attribution: str | None = None
        # the publication date the header gives (发布时间：2024-02-26), for relative dates
        self.published: datetime.date | None = None
        # where each official is named (full name, given name, surname + post): the link step
        self.references: PeopleIndex | None = None

    def add(self, label: str, source: str, spans: Iterable[tuple[int, int, Any]]) -> None:
        """Put ``(start, end, data)`` spans forward as candidates labelled ``label``."""
        group = self.candidates.setdefault(label, [])
        group.extend(Candidate(s, e, label, source, data) for s, e, data in spans)

    def cut(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` of each token of the dictionary segmentation (no HMM) of
        ``text[a:b]``, with offsets into ``text`` (the window's cut is remembered by the Segmenter)."""
        return self.res.segmenter.cut(self.text[a:b], hmm=False, offset=a)

    def bounds(self, a: int, b: int) -> set[int]:
        """The token boundaries of the dictionary segmentation (no HMM) of ``text[a:b]``, as
        offsets into ``text`` (``a`` included).  The last windows asked are remembered: the rules
        around one word ask for the same window in turn."""
        got = self._bounds.get((a, b))
        if got is None:
            if len(self._bounds) >= _BOUNDS_KEPT:
                self._bounds.clear()
            got = self._bounds[(a, b)] = {a + e for e in self.res.window_ends(self.text[a:b])}
        return got

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each non-empty line."""
        if self._paragraphs is None:
            self._paragraphs = paragraphs(self.text)
        return self._paragraphs

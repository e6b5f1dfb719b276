"""The record of one document the people passes share: its text and the Extractor's state, the
people found so far with their titles and mentions, and the spans they claim.

The passes run in order over one :class:`Finder`; what one pass gives (a name with its titles)
the next one reads (a name already given is not read again, a title does not run over a name).
Those spans are kept in one interval record (:class:`Claims`) and the credits in one byte a
character, so memory stays flat per character whatever the text.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..grammar import all_han
from ..references import given_name
from ..results import Byline, Mention

if TYPE_CHECKING:
    from ..doc import Doc
    from .state import State

# a run of Han characters (a name's characters)


# a title given to a person: (title, start, post, offset of the post in the title)
Title = tuple[str, int, str, int]


@dataclass
class Person:
    name: str
    titles: list[tuple[int, str, str, int]] = field(default_factory=list)  # (start, title, post, post_off)
    mentions: dict[int, Mention] = field(default_factory=dict)

    def add_title(self, title: str, start: int, post: str, post_off: int) -> None:
        self.titles.append((start, title, post, post_off))

    def add_mention(self, text: str, start: int) -> None:
        if start not in self.mentions:  # (a Mention is built only for a new place)
            self.mentions[start] = Mention(text, start, start + len(text))


class Claims:
    """The name spans given so far: in the order given, and for each offset the latest one over it
    (one small integer a character, so memory stays flat whatever the text)."""

    __slots__ = ("spans", "_over", "_ends")

    def __init__(self, size: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self._over = array("i", bytes(4 * (size + 1)))  # 1 + the index in spans of the span over k
        self._ends = bytearray(size + 1)  # 1 where a span ends

    def add(self, s: int, e: int) -> None:
        self.spans.append((s, e))
        self._ends[e] = 1
        n = len(self.spans)
        for k in range(s, e):
            self._over[k] = n

    def at(self, k: int) -> tuple[int, int] | None:
        """The span given last over offset ``k``, or None."""
        i = self._over[k] if 0 <= k < len(self._over) else 0
        return self.spans[i - 1] if i else None

    def ends_at(self, k: int) -> bool:
        return 0 <= k < len(self._ends) and self._ends[k] == 1


class Finder:
    """The work on one document: what the passes read and what they have given so far."""

    def __init__(self, doc: Doc, st: State) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = doc.paragraphs
        self.st = st
        self.seg = st.seg
        self.tag = st.seg.tag  # jieba's tag of a word (remembered per Extractor)
        self.people: dict[str, Person] = {}
        self.ner_at: dict[int, int] = {}
        self.ner_to: dict[int, int] = {}
        for label, a, b in doc.ner:
            if label == "PERSON" and 2 <= b - a <= 4:
                self.ner_at[a] = b
                self.ner_to[b] = a
        self.claims = Claims(len(self.text))  # name spans already assigned
        self.byline_at = bytearray(len(self.text))  # 1 at the offsets inside bylines
        self._any_byline = False
        self.apposed: dict[int, tuple[str, int]] = {}  # title end -> the name it is apposed to
        self._owners_cache: dict[str, list[str]] = {}
        self._owners_n = -1
        self._by_length: list[tuple[int, set[str]]] = []
        self._by_length_n = -1

    # ---- the text ---------------------------------------------------------------------------
    def bounds(self, a: int, b: int) -> set[int]:
        """Token boundaries (offsets into the text) of the dictionary segmentation of text[a:b]."""
        return self.doc.bounds(a, b)

    def is_han(self, a: int, b: int) -> bool:
        return b <= len(self.text) and (a >= b or all_han(self.text, a, b))

    # ---- credits ----------------------------------------------------------------------------
    def mark_bylines(self, bylines: list[Byline]) -> None:
        for b in bylines:
            self.byline_at[b.start:b.end] = bytes([1]) * (b.end - b.start)
            self._any_byline = True

    def free(self, a: int, b: int) -> bool:
        """Not inside a byline."""
        return not self._any_byline or self.byline_at.find(1, max(0, a), max(0, b)) < 0

    # ---- people -----------------------------------------------------------------------------
    def person(self, name: str) -> Person:
        p = self.people.get(name)
        if p is None:
            p = self.people[name] = Person(name)
        return p

    def give(self, name: str, ns: int, titles: list[Title]) -> None:
        """``name`` written at ``ns`` holds ``titles``; its span is claimed."""
        p = self.person(name)
        p.add_mention(name, ns)
        for title, start, post, off in titles:
            p.add_title(title, start, post, off)
        self.claims.add(ns, ns + len(name))

    def people_by_length(self) -> list[tuple[int, set[str]]]:
        """The names found so far grouped by length, longest first (rebuilt when one is added)."""
        if self._by_length_n != len(self.people):
            groups: dict[int, set[str]] = {}
            for name in self.people:
                groups.setdefault(len(name), set()).add(name)
            self._by_length = sorted(groups.items(), reverse=True)
            self._by_length_n = len(self.people)
        return self._by_length

    def given_owner(self, given: str) -> str | None:
        """The one official whose given name is ``given`` (明朗 → 胡明朗), or None."""
        owners = self.owners.get(given, ())
        return owners[0] if len(owners) == 1 else None

    @property
    def owners(self) -> dict[str, list[str]]:
        """Given name (:func:`gov_notice.references.given_name`) → the full names."""
        if self._owners_n != len(self.people):
            owners: dict[str, list[str]] = {}
            for n in self.people:
                given = given_name(n, self.st.compound)
                if given is not None:
                    owners.setdefault(given, []).append(n)
            self._owners_cache, self._owners_n = owners, len(self.people)
        return self._owners_cache

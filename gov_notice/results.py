"""The result model: frozen, slotted dataclasses with ``to_dict`` / ``from_dict``.

Field names are a contract (the CLI, the pandas tables and the evaluation read them): add fields,
never rename.  Every ``start``/``end`` is a character offset into :attr:`Notice.text`, end exclusive,
and ``notice.text[start:end] == item.text`` holds for every item and mention.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Literal, Mapping, TypeVar

from ._html import render_notice
from ._offsets import OffsetMap

# "unknown": a text with no Chinese characters (empty, English, digits only)
Script = Literal["simplified", "traditional", "mixed", "unknown"]

__all__ = [
    "Byline",
    "Directive",
    "DirectiveGroup",
    "Meeting",
    "Mention",
    "Notice",
    "Official",
    "Organization",
    "Position",
]


_C = TypeVar("_C", bound=type)
_R = TypeVar("_R")

# how much of a text a repr shows (a notice can be megabytes long: print(notice) stays readable)
_REPR_TEXT = 40
_REPR_ID = 40
_REPR_TITLES = 5


def _short(value: Any, limit: int = _REPR_TEXT) -> str:
    """``repr(value)`` for a repr: a string cut to its first ``limit`` characters, and any repr to
    ``3 * limit`` characters (escapes included); ``…`` marks a cut."""
    cut = isinstance(value, str) and len(value) > limit
    text = repr(value[:limit] if cut else value)
    if len(text) > 3 * limit:
        text, cut = text[:3 * limit], True
    return text + "…" if cut else text


def _names(names: tuple[str, ...], limit: int = _REPR_TITLES) -> str:
    """A tuple of names for a repr, the first ``limit`` of them shown."""
    if len(names) <= limit:
        return repr(names)
    return repr(names[:limit])[:-1] + f", … {len(names) - limit} more)"


def _readable_errors(from_dict: Callable[[Any, Any], _R]) -> Callable[[Any, Any], _R]:
    """Make ``from_dict`` say what it expected: a ``TypeError`` for a non-mapping, a
    ``ValueError`` naming a missing key (instead of a bare ``KeyError``)."""

    @functools.wraps(from_dict)
    def wrapper(cls: Any, d: Any) -> _R:
        try:
            return from_dict(cls, d)
        except KeyError as exc:
            raise ValueError(f"{cls.__name__}.from_dict(): missing key {exc.args[0]!r} "
                             f"(it reads what {cls.__name__}.to_dict() writes)") from None
        except (TypeError, AttributeError):
            if not isinstance(d, Mapping):
                raise TypeError(f"{cls.__name__}.from_dict() takes a dict (what "
                                f"{cls.__name__}.to_dict() writes), not {type(d).__name__}") from None
            raise

    return wrapper


def _pickled_as_call(cls: _C) -> _C:
    """Pickle instances of the dataclass ``cls`` as the call ``cls(*field values)``.

    A frozen slotted dataclass otherwise pickles through the ``__getstate__``/``__setstate__``
    that ``dataclasses`` writes for it, a Python call per object that sets each slot in turn:
    twice as slow to pickle and half again as slow to unpickle the results of a batch run on
    processes (``extract_many(workers=N)``), where they cross between processes.
    """
    names = tuple(f.name for f in fields(cls))
    values = operator.attrgetter(*names)
    one = len(names) == 1

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return cls, ((values(self),) if one else values(self))

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Mention:
    """One place in :attr:`Notice.text` where something is referred to."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        return cls(d["text"], int(d["start"]), int(d["end"]))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Position:
    """One title of an official, split into its organisation part and its post.

    ``公安厅党委书记`` → organization ``公安厅党委``, post ``书记``; ``副省长`` → organization ``None``,
    post ``副省长``.  ``start``/``end`` cover the title where it is first written.
    """

    title: str
    post: str
    organization: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "post": self.post, "organization": self.organization,
                "start": self.start, "end": self.end}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Position:
        return cls(d["title"], d["post"], d.get("organization"), int(d["start"]), int(d["end"]))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Official:
    """A named official with every title the notice gives them, in order of first appearance."""

    name: str
    titles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    positions: tuple[Position, ...] = ()

    @property
    def start(self) -> int:
        """Offset of the first mention (``-1`` when there is none)."""
        return self.mentions[0].start if self.mentions else -1

    def __repr__(self) -> str:
        return (f"<Official {self.name!r} titles={_names(self.titles)} "
                f"mentions={len(self.mentions)} start={self.start}>")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles),
                "mentions": [m.to_dict() for m in self.mentions],
                "positions": [p.to_dict() for p in self.positions]}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Official:
        return cls(d["name"], tuple(d.get("titles", ())),
                   tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
                   tuple(Position.from_dict(p) for p in d.get("positions", ())))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Organization:
    """A specific body, as written; ``canonical`` is its full form when the document determines it."""

    name: str
    mentions: tuple[Mention, ...] = ()
    canonical: str | None = None
    aliases: tuple[str, ...] = ()

    def __repr__(self) -> str:
        canonical = f" canonical={self.canonical!r}" if self.canonical else ""
        aliases = f" aliases={_names(self.aliases)}" if self.aliases else ""
        start = self.mentions[0].start if self.mentions else -1
        return f"<Organization {self.name!r}{canonical}{aliases} mentions={len(self.mentions)} start={start}>"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "canonical": self.canonical, "aliases": list(self.aliases),
                "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Organization:
        return cls(d["name"], tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
                   d.get("canonical"), tuple(d.get("aliases", ())))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Byline:
    """A journalist or credit (记者, 通讯员, 编辑, 摄 …): not an official."""

    name: str
    role: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "text": self.text,
                "start": self.start, "end": self.end}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Byline:
        return cls(d["name"], d["role"], d["text"], int(d["start"]), int(d["end"]))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Directive:
    """One numbered point (一是…, 第一…, （一）…).

    ``text`` is the whole item up to the next marker of its group or the end of its paragraph and
    ``start``/``end`` cover it; ``summary`` runs from just after the marker to the first sentence end.
    ``parent`` is ``(group, index)`` of the outer item when this list is nested inside another.
    """

    group: int
    index: int
    marker: str
    summary: str
    text: str
    start: int
    end: int
    parent: tuple[int, int] | None = None
    speaker: str | None = None

    def __repr__(self) -> str:
        parent = f" parent={self.parent}" if self.parent else ""
        speaker = f" speaker={self.speaker!r}" if self.speaker else ""
        return (f"<Directive {self.group}.{self.index} {self.marker!r} "
                f"summary={_short(self.summary)}{parent}{speaker} start={self.start} end={self.end}>")

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "index": self.index, "marker": self.marker,
                "summary": self.summary, "text": self.text, "start": self.start, "end": self.end,
                "parent": list(self.parent) if self.parent else None, "speaker": self.speaker}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Directive:
        parent = d.get("parent")
        return cls(int(d["group"]), int(d["index"]), d["marker"], d["summary"], d["text"],
                   int(d["start"]), int(d["end"]), tuple(parent) if parent else None,  # type: ignore[arg-type]
                   d.get("speaker"))


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class DirectiveGroup:
    """One list of directives: its numbering style, speaker and the count the text announced."""

    group: int
    style: str
    count: int
    announced: int | None = None
    announcement: Mention | None = None
    parent: tuple[int, int] | None = None
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "style": self.style, "count": self.count,
                "announced": self.announced,
                "announcement": self.announcement.to_dict() if self.announcement else None,
                "parent": list(self.parent) if self.parent else None, "speaker": self.speaker}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> DirectiveGroup:
        ann = d.get("announcement")
        parent = d.get("parent")
        return cls(int(d["group"]), d["style"], int(d["count"]), d.get("announced"),
                   Mention.from_dict(ann) if ann else None,
                   tuple(parent) if parent else None, d.get("speaker"))  # type: ignore[arg-type]


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Meeting:
    """The meeting a notice reports: who chaired, who spoke, when (names link to ``Notice.officials``)."""

    name: str | None = None
    date: str | None = None
    iso_date: str | None = None
    chair: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    mention: Mention | None = None

    def __repr__(self) -> str:
        date = f" iso_date={self.iso_date!r}" if self.iso_date else f" date={self.date!r}" if self.date else ""
        return (f"<Meeting {_short(self.name)}{date} chair={_names(self.chair)} "
                f"speakers={_names(self.speakers)} attendees={_names(self.attendees)}>")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "date": self.date, "iso_date": self.iso_date,
                "chair": list(self.chair), "speakers": list(self.speakers),
                "attendees": list(self.attendees),
                "mention": self.mention.to_dict() if self.mention else None}

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Meeting:
        m = d.get("mention")
        return cls(d.get("name"), d.get("date"), d.get("iso_date"), tuple(d.get("chair", ())),
                   tuple(d.get("speakers", ())), tuple(d.get("attendees", ())),
                   Mention.from_dict(m) if m else None)


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Notice:
    """One extracted notice.  Every offset points into :attr:`text`; map back with :meth:`source_span`."""

    source: str
    text: str
    script: Script
    directives: tuple[Directive, ...] = ()
    officials: tuple[Official, ...] = ()
    organizations: tuple[Organization, ...] = ()
    bylines: tuple[Byline, ...] = ()
    collectives: tuple[Mention, ...] = ()
    directive_groups: tuple[DirectiveGroup, ...] = ()
    meeting: Meeting | None = None
    title: str | None = None
    attribution: str | None = None
    warnings: tuple[str, ...] = ()
    id: Any = None
    is_html: bool = False
    _map: OffsetMap | None = field(default=None, repr=False, compare=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the interval ``text[start:end]`` back to ``source[a:b]``.

        Normalising ``source[a:b]`` gives ``text[start:end]`` again for every extracted item.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"interval ({start}, {end}) is outside Notice.text (length {len(self.text)})")
        if self._map is None:  # identity (a Notice built by hand or from a dict without source)
            return start, end
        return self._map.source_span(start, end)

    def official(self, name: str | None) -> Official | None:
        """The official called ``name``: a full name as in :attr:`officials`, a speaker or
        meeting role (``notice.official(d.speaker)``, ``notice.official(notice.meeting.chair[0])``)
        or a short reference the notice makes to them (``明朗`` for 胡明朗); None when no official
        is called so (or ``name`` is None)."""
        if not name:
            return None
        for o in self.officials:
            if o.name == name:
                return o
        return next((o for o in self.officials if any(m.text == name for m in o.mentions)), None)

    def organization(self, name: str | None) -> Organization | None:
        """The organisation called ``name``: as written in :attr:`organizations`, or its canonical
        form, or one of its mentions' texts; None when there is none."""
        if not name:
            return None
        for org in self.organizations:
            if org.name == name:
                return org
        return next((org for org in self.organizations
                     if org.canonical == name or any(m.text == name for m in org.mentions)), None)

    def __repr__(self) -> str:
        ident = f" id={_short(self.id, _REPR_ID)}" if self.id is not None else ""
        return (f"<Notice{ident} script={self.script!r} directives={len(self.directives)} "
                f"officials={len(self.officials)} organizations={len(self.organizations)} "
                f"text={_short(self.text)} ({len(self.text):,} chars)>")

    def _repr_html_(self) -> str:
        """The notebook view: highlighted text, legend and a summary table (all text escaped)."""
        return render_notice(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``json.dumps(notice.to_dict(), ensure_ascii=False)``)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name.startswith("_"):
                continue
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
            elif hasattr(value, "to_dict"):
                value = value.to_dict()
            out[f.name] = value
        return out

    @classmethod
    @_readable_errors
    def from_dict(cls, d: Mapping[str, Any]) -> Notice:
        """Rebuild a Notice from :meth:`to_dict` output (the offset map is rebuilt from ``source``)."""
        from .normalize import normalize  # local: results must stay importable without OpenCC work

        meeting = d.get("meeting")
        source = d["source"]
        norm = normalize(source) if source is not None else None
        return cls(
            source=source,
            text=d["text"],
            script=d["script"],
            directives=tuple(Directive.from_dict(x) for x in d.get("directives", ())),
            officials=tuple(Official.from_dict(x) for x in d.get("officials", ())),
            organizations=tuple(Organization.from_dict(x) for x in d.get("organizations", ())),
            bylines=tuple(Byline.from_dict(x) for x in d.get("bylines", ())),
            collectives=tuple(Mention.from_dict(x) for x in d.get("collectives", ())),
            directive_groups=tuple(DirectiveGroup.from_dict(x) for x in d.get("directive_groups", ())),
            meeting=Meeting.from_dict(meeting) if meeting else None,
            title=d.get("title"),
            attribution=d.get("attribution"),
            warnings=tuple(d.get("warnings", ())),
            id=d.get("id"),
            is_html=bool(d.get("is_html", False)),
            _map=norm.map if norm is not None and norm.text == d["text"] else None,
        )

"""``Extractor``: owns the resources (lexicons, patterns, tokenizer), runs the steps, batches.

Resources are built lazily, once per Extractor, on first use and under a lock, so an Extractor
can be shared by threads and pickled for process pools (only its configuration travels).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from . import _inputs, directives, header, meeting, orgs, people
from .doc import Doc, Resources
from .lexicon import LexiconSource, UserLexicon
from .link import link
from .normalize import normalize
from .resolve import resolve
from .results import Notice

logger = logging.getLogger(__name__)

# (the steps are imported with this module, which ``gov_notice`` imports only when an Extractor
# is first asked for: an import inside each wrapper cost a look-up in the import system per call)


def _people(doc: Doc) -> None:
    doc.officials, doc.bylines = people.find(doc)
    doc.add("name", "people", ((m.start, m.end, o.name) for o in doc.officials for m in o.mentions))
    doc.add("byline", "people", ((b.start, b.end, b.name) for b in doc.bylines))


def _organizations(doc: Doc) -> None:
    doc.organizations, doc.collectives = orgs.find(doc, doc.officials)
    doc.add("org", "organizations", ((m.start, m.end, o.name) for o in doc.organizations for m in o.mentions))
    doc.add("collective", "organizations", ((m.start, m.end, None) for m in doc.collectives))


def _resolve(doc: Doc) -> None:
    resolve(doc)


def _directives(doc: Doc) -> None:
    doc.directives, doc.directive_groups, doc.warnings = directives.find(doc)


def _link(doc: Doc) -> None:
    link(doc)


def _header(doc: Doc) -> None:
    doc.title, doc.attribution, doc.published = header.find(doc)


def _meeting(doc: Doc) -> None:
    doc.meeting = meeting.find(doc)


@dataclass(frozen=True)
class Component:
    """One step of the pipeline: its name, the Doc fields it reads and those it fills, and the
    function called with the Doc.  A component fills only what it declares (a test checks it) and
    reads only what the components before it filled."""

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Doc], None]


# The components in the order they run ("text" is the normalised text every step reads).
COMPONENTS: tuple[Component, ...] = (
    # the notice's title, attribution and publication date (its text alone), and the header lines
    # that are site furniture as candidates
    Component("header", ("text",), ("title", "attribution", "published", "candidates"), _header),
    # officials (names, titles, appointments) and bylines, put forward as candidates too
    Component("people", ("text", "ner"), ("officials", "bylines", "candidates"), _people),
    # organisations and collectives, reading the officials' title chains
    Component("organizations", ("text", "ner", "officials"), ("organizations", "collectives", "candidates"),
              _organizations),
    # where the spans of people and organisations overlap, one gives way (resolve.py)
    Component("resolve", ("candidates",), ("officials", "organizations", "collectives", "bylines", "candidates"),
              _resolve),
    # every place an official is named (given names, surname + post), for the steps that
    # attribute words to people
    Component("link", ("text", "officials"), ("references", "candidates"), _link),
    # numbered points and their groups, with the speaker among the officials
    Component("directives", ("text", "references"), ("directives", "directive_groups", "warnings"), _directives),
    # the meeting's name, date, chair and speakers
    Component("meeting", ("text", "references", "published", "candidates"), ("meeting",), _meeting),
)


class Extractor:
    """Extracts directives, officials and organisations from notices.

    >>> ex = Extractor()                      # cheap: nothing is loaded yet
    >>> notice = ex.extract("副省长、公安厅厅长胡明朗出席会议并讲话。")
    >>> [o.name for o in notice.officials]
    ['胡明朗']

    ``lexicon`` adds organisations (with canonical forms), posts, names and collectives: a TSV path
    or a mapping (see :mod:`gov_notice.lexicon`).
    """

    def __init__(self, *, lexicon: LexiconSource | None = None, ner: str | None = None,
                 hanlp_model: Any = None) -> None:
        if ner not in (None, "hanlp"):
            raise ValueError(f"ner must be None or 'hanlp', not {ner!r}")
        if ner is None and hanlp_model is not None:
            raise ValueError("hanlp_model is given but ner is not 'hanlp'")
        self._lexicon_source = lexicon
        self._ner = ner
        self._hanlp_model = hanlp_model
        self._user = UserLexicon.load(lexicon)  # validate now: a bad lexicon fails at construction
        self._res: Resources | None = None
        self._ner_backend: Callable[[str], tuple[tuple[str, int, int], ...]] | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        model = self._hanlp_model
        if model is not None and not isinstance(model, (str, os.PathLike)):
            raise TypeError("an Extractor holding a loaded HanLP component cannot be sent to worker "
                            "processes: pass the model's folder or identifier as hanlp_model instead")
        return {"lexicon": self._lexicon_source, "ner": self._ner, "hanlp_model": model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _ner_candidates(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """Candidates from the optional neural backend (empty for the default rule pipeline)."""
        if self._ner is None:
            return ()
        if self._ner_backend is None:
            with self._lock:
                if self._ner_backend is None:
                    from ._hanlp import load_backend

                    self._ner_backend = load_backend(self._hanlp_model)
        return self._ner_backend(text)

    def __repr__(self) -> str:
        loaded = "loaded" if self._res is not None else "not loaded"
        return f"<gov_notice.Extractor ({loaded})>"

    @property
    def resources(self) -> Resources:
        if self._res is None:
            with self._lock:
                if self._res is None:
                    self._res = Resources(self._user)
        return self._res

    def extract(self, text: str | bytes, *, id: Any = None) -> Notice:
        """Extract one notice.  ``text`` is a ``str`` (or ``bytes``, decoded)."""
        source, is_html = _inputs.coerce(text)
        return self._run(source, id=id, is_html=is_html)

    def extract_file(self, path: str | os.PathLike[str]) -> Notice:
        """Read, decode and extract one file; ``Notice.id`` is the path as given."""
        return self.extract(_inputs.read_file(path), id=os.fspath(path))

    def _run(self, source: str, *, id: Any = None, is_html: bool = False,
             timer: Callable[[str, float], None] | None = None) -> Notice:
        """Normalise ``source``, run every component over one Doc, build the Notice.

        ``timer(name, seconds)``, when given, is told how long normalisation and each component
        took (the benchmarks' hook; the result is the same with or without it).
        """
        t0 = time.perf_counter()
        norm = normalize(source)
        doc = Doc(norm.text, self.resources, self._ner_candidates(norm.text))
        if timer is not None:
            timer("normalize", time.perf_counter() - t0)
        for component in COMPONENTS:
            t0 = time.perf_counter()
            component.run(doc)
            if timer is not None:
                timer(component.name, time.perf_counter() - t0)
        return Notice(
            source=source,
            text=norm.text,
            script=norm.script,
            directives=tuple(doc.directives),
            officials=tuple(doc.officials),
            organizations=tuple(doc.organizations),
            bylines=tuple(doc.bylines),
            collectives=tuple(doc.collectives),
            directive_groups=tuple(doc.directive_groups),
            meeting=doc.meeting,
            title=doc.title,
            attribution=doc.attribution,
            warnings=tuple(doc.warnings),
            id=id,
            is_html=is_html,
            _map=norm.map,
        )

    def pipe(self, texts: Iterable[Any], *, workers: int | None = None, progress: bool = False,
             chunksize: int = 16, text_column: str | None = None,
             id_column: str | None = None) -> Iterator[Notice]:
        """Extract many notices, lazily and in input order (``(id, text)`` pairs carry their id).

        ``workers=N`` uses N processes in all, this one and N-1 started for the run, each
        building its Extractor once or inheriting it (results identical to serial); ``progress=True`` shows a tqdm bar; a mapping of id to text, a pandas Series or DataFrame
        (``text_column``, ``id_column``) are read as :func:`gov_notice.extract_many` reads them.
        """
        from .batch import pipe

        return pipe(self, texts, workers=workers, progress=progress, chunksize=chunksize,
                    text_column=text_column, id_column=id_column)

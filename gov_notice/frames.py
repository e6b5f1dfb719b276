"""Long tables (pandas) and JSON Lines for many Notices.

``to_frames(notices)`` returns :class:`Frames`, five DataFrames keyed by ``doc_id`` so they join:
``notices`` (one row per notice), ``officials`` (one row per official and title), ``organizations``,
``directives`` and ``bylines``.  Column names never shadow DataFrame attributes (the directive's
``Directive.index`` is the column ``item``) and counts are named ``n_*`` (``n_mentions`` is
``len(Official.mentions)``).  The rows are built here in plain Python (:func:`rows_of`), so the
command line writes the same tables as CSV without pandas, and :mod:`gov_notice.dask` builds the
same tables per partition.  Columns and dtypes are fixed by :data:`SCHEMAS`, also for no input.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import uuid
from numbers import Integral
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple, Union

from .results import Notice

if TYPE_CHECKING:
    import pandas as pd

PathOrFile = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]

# column -> kind: "id" doc_id (dtype from the ids), "str" nullable text, "int", "Int" nullable int
SCHEMAS: dict[str, dict[str, str]] = {
    "notices": {
        "doc_id": "id", "script": "str", "chars": "int", "source_chars": "int", "title": "str",
        "attribution": "str", "meeting_name": "str", "meeting_date": "str",
        "meeting_iso_date": "str", "meeting_chair": "str", "meeting_speakers": "str",
        "n_officials": "int", "n_organizations": "int", "n_directives": "int",
        "n_directive_groups": "int", "n_bylines": "int", "n_collectives": "int",
        "n_warnings": "int",
    },
    "officials": {
        "doc_id": "id", "official_no": "int", "name": "str", "n_mentions": "int",
        "name_start": "Int", "name_end": "Int", "title_no": "Int", "title": "str", "post": "str",
        "organization": "str", "start": "Int", "end": "Int",
    },
    "organizations": {
        "doc_id": "id", "organization_no": "int", "name": "str", "canonical": "str",
        "aliases": "str", "n_mentions": "int", "start": "Int", "end": "Int",
    },
    "directives": {
        "doc_id": "id", "group": "int", "item": "int", "marker": "str", "summary": "str",
        "speaker": "str", "parent_group": "Int", "parent_item": "Int", "start": "int",
        "end": "int", "text": "str",
    },
    "bylines": {
        "doc_id": "id", "name": "str", "role": "str", "text": "str", "start": "int", "end": "int",
    },
}
TABLES = tuple(SCHEMAS)
_SEP = "、"  # joins lists of names in one cell (meeting chair/speakers, aliases)


class Frames(NamedTuple):
    """The long tables of a batch of notices; every table has ``doc_id`` to join on.

    A named tuple (``frames.officials``, ``notices, officials, *rest = frames``); in a notebook it
    shows each table's size and first rows, in a console one line per table.
    """

    notices: pd.DataFrame
    officials: pd.DataFrame
    organizations: pd.DataFrame
    directives: pd.DataFrame
    bylines: pd.DataFrame

    def __repr__(self) -> str:
        from ._html import frames_summary

        return f"<gov_notice Frames, keyed by doc_id:\n{frames_summary(zip(self._fields, self))}>"

    def _repr_html_(self) -> str:
        from ._html import render_frames

        return render_frames(zip(self._fields, self))


Row = dict[str, Any]


def _joined(names: Iterable[str]) -> str | None:
    return _SEP.join(names) or None


def _first(mentions: tuple[Any, ...]) -> tuple[int | None, int | None]:
    return (mentions[0].start, mentions[0].end) if mentions else (None, None)


def _official_rows(doc_id: Any, notice: Notice) -> list[Row]:
    rows: list[Row] = []
    for no, o in enumerate(notice.officials):
        name_start, name_end = _first(o.mentions)
        base = {"doc_id": doc_id, "official_no": no, "name": o.name, "n_mentions": len(o.mentions),
                "name_start": name_start, "name_end": name_end}
        unused = list(o.positions)
        for title_no, title in enumerate(o.titles):
            pos = next((p for p in unused if p.title == title), None)
            if pos is not None:
                unused.remove(pos)
            rows.append({**base, "title_no": title_no, "title": title,
                         "post": pos.post if pos else None,
                         "organization": pos.organization if pos else None,
                         "start": pos.start if pos else None, "end": pos.end if pos else None})
        if not o.titles:
            rows.append({**base, "title_no": None, "title": None, "post": None,
                         "organization": None, "start": None, "end": None})
    return rows


def rows_of(doc_id: Any, notice: Notice) -> dict[str, list[Row]]:
    """The rows one notice contributes to each table (plain dicts, in :data:`SCHEMAS` order)."""
    m = notice.meeting
    notice_row = {
        "doc_id": doc_id, "script": notice.script, "chars": len(notice.text),
        "source_chars": len(notice.source), "title": notice.title,
        "attribution": notice.attribution, "meeting_name": m.name if m else None,
        "meeting_date": m.date if m else None, "meeting_iso_date": m.iso_date if m else None,
        "meeting_chair": _joined(m.chair) if m else None,
        "meeting_speakers": _joined(m.speakers) if m else None,
        "n_officials": len(notice.officials), "n_organizations": len(notice.organizations),
        "n_directives": len(notice.directives), "n_directive_groups": len(notice.directive_groups),
        "n_bylines": len(notice.bylines), "n_collectives": len(notice.collectives),
        "n_warnings": len(notice.warnings),
    }
    orgs = []
    for no, org in enumerate(notice.organizations):
        start, end = _first(org.mentions)
        orgs.append({"doc_id": doc_id, "organization_no": no, "name": org.name,
                     "canonical": org.canonical, "aliases": _joined(org.aliases),
                     "n_mentions": len(org.mentions), "start": start, "end": end})
    directives = [
        {"doc_id": doc_id, "group": d.group, "item": d.index, "marker": d.marker,
         "summary": d.summary, "speaker": d.speaker,
         "parent_group": d.parent[0] if d.parent else None,
         "parent_item": d.parent[1] if d.parent else None,
         "start": d.start, "end": d.end, "text": d.text}
        for d in notice.directives
    ]
    bylines = [{"doc_id": doc_id, "name": b.name, "role": b.role, "text": b.text,
                "start": b.start, "end": b.end} for b in notice.bylines]
    return {"notices": [notice_row], "officials": _official_rows(doc_id, notice),
            "organizations": orgs, "directives": directives, "bylines": bylines}


def _doc_ids(notices: Iterable[Notice]) -> Iterator[tuple[Any, Notice]]:
    """``(doc_id, notice)``: ``Notice.id``, or the position in the input when the id is None."""
    for i, n in enumerate(notices):
        if not isinstance(n, Notice):
            raise TypeError(f"to_frames() takes Notices, not {type(n).__name__}")
        yield (i if n.id is None else n.id), n


def _id_dtype(ids: list[Any]) -> str:
    if all(isinstance(i, Integral) and not isinstance(i, bool) for i in ids):
        return "int64"
    if all(isinstance(i, str) for i in ids):
        return "string"
    return "object"


def frame_of(table: str, rows: list[Row], id_dtype: str) -> pd.DataFrame:
    import pandas as pd

    dtypes = {"id": id_dtype, "str": "string", "int": "int64", "Int": "Int64"}
    return pd.DataFrame({
        col: pd.Series([r[col] for r in rows], dtype=dtypes[kind], name=col)
        for col, kind in SCHEMAS[table].items()
    })


def _frames(rows: dict[str, list[Row]], id_dtype: str) -> Frames:
    return Frames(**{t: frame_of(t, rows[t], id_dtype) for t in TABLES})


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise ImportError("to_frames() needs pandas: pip install 'gov-notice[pandas]'") from None


def to_frames(notices: Iterable[Notice]) -> Frames:
    """Long pandas tables of ``notices`` (extra ``gov-notice[pandas]``), keyed by ``doc_id``.

    ``doc_id`` is ``Notice.id``, or the notice's position in ``notices`` when its id is None.

    Example::

        f = gov_notice.to_frames(gov_notice.extract_many([("a", "副省长胡明朗出席会议。")]))
        f.officials.merge(f.notices, on="doc_id")     # every table joins on doc_id
    """
    _require_pandas()
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    ids: list[Any] = []
    for doc_id, notice in _doc_ids(notices):
        ids.append(doc_id)
        for t, r in rows_of(doc_id, notice).items():
            rows[t].extend(r)
    return _frames(rows, _id_dtype(ids))


# -- JSON Lines ------------------------------------------------------------------------------

def _is_binary(f: Any) -> bool:
    return isinstance(f, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(f, "mode", "")


def _open(target: str, mode: str, gz: bool) -> IO[str]:
    """A UTF-8 text file on a path (gzip-compressed when ``gz``); ``mode`` "r" or "x"."""
    if gz:
        return gzip.open(target, mode + "t", encoding="utf-8")  # type: ignore[return-value]
    return open(target, mode, encoding="utf-8", newline="\n" if mode == "x" else None)


def _json_line(notice: Notice, count: int) -> str:
    """One notice as a JSON line; characters UTF-8 cannot hold (a lone surrogate in a source
    given as ``str``, a file name's undecodable byte) are written as JSON escapes, read back as is."""
    try:
        line = json.dumps(notice.to_dict(), ensure_ascii=False)
    except TypeError as exc:
        raise TypeError(f"notice {count} (id {notice.id!r}) is not JSON-serialisable: {exc}") from exc
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(notice.to_dict(), ensure_ascii=True)
    return line + "\n"


def write_jsonl(notices: Iterable[Notice], path_or_file: PathOrFile) -> int:
    """Write one JSON object per notice (``Notice.to_dict()``, UTF-8); return how many.

    ``path_or_file`` is a path (``.gz`` is compressed) or an open text or binary file.  A path is
    written through a temporary file in the same folder, renamed into place at the end: when a
    notice cannot be written (an id that is not JSON) the path is left as it was, never half
    written.  An open file gets every line before the failing notice, each line whole.
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        target = os.fspath(path_or_file)
        folder, name = os.path.split(target)
        tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            with _open(tmp, "x", gz=target.endswith(".gz")) as f:
                count = _write_lines(notices, f, binary=False)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(tmp)
            raise
        return count
    return _write_lines(notices, path_or_file, binary=_is_binary(path_or_file))


def _write_lines(notices: Iterable[Notice], f: Any, binary: bool) -> int:
    count = 0
    for notice in notices:
        line = _json_line(notice, count)
        f.write(line.encode("utf-8") if binary else line)
        count += 1
    return count


def read_jsonl(path_or_file: PathOrFile) -> Iterator[Notice]:
    """Read notices written by :func:`write_jsonl`, lazily (blank lines are skipped).

    A line that is not a notice raises ValueError naming its line number.
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        path = os.fspath(path_or_file)
        return _read(_open(path, "r", gz=path.endswith(".gz")), True, path)
    if not hasattr(path_or_file, "read"):
        raise TypeError(f"read_jsonl() takes a path or a file, not {type(path_or_file).__name__}")
    return _read(path_or_file, False, str(getattr(path_or_file, "name", "<file>")))


def _read(f: Any, close: bool, name: str) -> Iterator[Notice]:
    try:
        for lineno, line in enumerate(f, 1):
            if isinstance(line, bytes):
                line = line.decode("utf-8")
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                if not isinstance(d, dict):
                    raise TypeError(f"a JSON {type(d).__name__}, not an object")
                if isinstance(d.get("id"), list):
                    d["id"] = _tuple(d["id"])  # JSON has no tuples: an (a, b) id comes back as one
                notice = Notice.from_dict(d)
                _check_offsets(notice)
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                # RecursionError: a line nested thousands of levels deep
                raise ValueError(f"{name}, line {lineno}: not a gov_notice JSON line "
                                 f"({type(exc).__name__}: {exc})") from exc
            yield notice
    finally:
        if close:
            f.close()


def _tuple(value: list[Any]) -> tuple[Any, ...]:
    return tuple(_tuple(v) if isinstance(v, list) else v for v in value)


def _spans(notice: Notice) -> Iterator[tuple[str, int, int]]:
    """Every ``(text, start, end)`` a notice holds."""
    for d in notice.directives:
        yield d.text, d.start, d.end
    for o in notice.officials:
        yield from ((m.text, m.start, m.end) for m in o.mentions)
        yield from ((p.title, p.start, p.end) for p in o.positions)
    for org in notice.organizations:
        yield from ((m.text, m.start, m.end) for m in org.mentions)
    for b in notice.bylines:
        yield b.text, b.start, b.end
    yield from ((c.text, c.start, c.end) for c in notice.collectives)
    for g in notice.directive_groups:
        if g.announcement is not None:
            yield g.announcement.text, g.announcement.start, g.announcement.end


def _check_offsets(notice: Notice) -> None:
    """Every item's offsets point at its text in ``Notice.text`` (else a ValueError)."""
    text = notice.text
    for item, start, end in _spans(notice):
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
                and text[start:end] == item):
            raise ValueError(f"{item!r} at ({start}, {end}) does not match Notice.text "
                             f"(length {len(text)})")

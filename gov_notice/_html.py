"""The notebook views: a Notice (``Notice._repr_html_``: highlighted text, legend, summary) and
the tables of ``to_frames`` (``Frames._repr_html_``: sizes and first rows).

The normalised text is cut at every span boundary; each piece gets the classes of every span that
covers it (an organisation inside a title is both), so crossing or nested spans need no special
case.  ALL text, including titles and names in attributes, goes through :func:`html.escape`.
Very long texts are shown up to :data:`MAX_CHARS` characters.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, Iterator, Protocol, Sequence

MAX_CHARS = 20_000  # a notebook cell with a 10 MB notice is unusable; the rest is summarised

# kind -> (legend label, CSS of the highlight); later kinds win where backgrounds overlap
_KINDS: dict[str, tuple[str, str]] = {
    "title": ("title", "background:#dbe7ff;border-bottom:2px solid #3a5ccc"),
    "org": ("organisation", "background:#c9f2c7"),
    "official": ("official", "background:#ffd59e;font-weight:600"),
    "marker": ("directive marker", "background:#ffb3b3;font-weight:600"),
    "byline": ("byline", "background:#e6e6e6;font-style:italic"),
}
_ORDER = {k: i for i, k in enumerate(_KINDS)}

_CSS = (
    ".gn-notice{font-family:system-ui,sans-serif;line-height:1.7}"
    ".gn-text{white-space:pre-wrap;border:1px solid #ddd;padding:.6em;max-height:28em;"
    "overflow-y:auto}"
    ".gn-legend span{margin-right:1em;padding:0 .3em}"
    ".gn-summary{border-collapse:collapse;margin-top:.5em}"
    ".gn-summary th,.gn-summary td{border:1px solid #ddd;padding:.15em .5em;text-align:left;"
    "vertical-align:top}"
    + "".join(f".gn-{k}{{{css}}}" for k, (_, css) in _KINDS.items())
)

Span = tuple[int, int, str, str]  # start, end, kind, tooltip


class NoticeView(Protocol):
    """What the view reads of a :class:`gov_notice.results.Notice`.  This module imports no result
    class (``results`` imports it for ``Notice._repr_html_``): the items are read by their fields."""

    @property
    def text(self) -> str: ...
    @property
    def id(self) -> Any: ...
    @property
    def script(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def attribution(self) -> str | None: ...
    @property
    def meeting(self) -> Any: ...
    @property
    def officials(self) -> Sequence[Any]: ...
    @property
    def organizations(self) -> Sequence[Any]: ...
    @property
    def directives(self) -> Sequence[Any]: ...
    @property
    def bylines(self) -> Sequence[Any]: ...
    @property
    def warnings(self) -> Sequence[str]: ...


def _spans(notice: NoticeView) -> Iterator[Span]:
    for o in notice.officials:
        for m in o.mentions:
            yield m.start, m.end, "official", f"official: {o.name}"
        for p in o.positions:
            part = f" ({p.organization} / {p.post})" if p.organization else ""
            yield p.start, p.end, "title", f"title of {o.name}: {p.title}{part}"
    for org in notice.organizations:
        canon = f" = {org.canonical}" if org.canonical and org.canonical != org.name else ""
        for m in org.mentions:
            yield m.start, m.end, "org", f"organisation: {org.name}{canon}"
    for d in notice.directives:
        n = len(d.marker) if d.text.startswith(d.marker) else 0
        if n:
            yield d.start, d.start + n, "marker", f"directive {d.group}.{d.index}: {d.summary}"
    for b in notice.bylines:
        yield b.start, b.end, "byline", f"{b.role}: {b.name}"


def _highlight(text: str, spans: Iterable[Span]) -> str:
    """``text`` with every span wrapped in ``<span class="gn-KIND">`` (pieces between boundaries)."""
    kept = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in kept), *(s[1] for s in kept)})
    starts: dict[int, list[Span]] = {}
    for s in kept:
        starts.setdefault(s[0], []).append(s)
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        kinds = sorted({s[2] for s in active}, key=_ORDER.__getitem__)
        tip = "\n".join(dict.fromkeys(s[3] for s in active))
        out.append(f'<span class="{" ".join(f"gn-{k}" for k in kinds)}" '
                   f'title="{escape(tip)}">{piece}</span>')
    return "".join(out)


def _row(label: str, value: str) -> str:
    return f"<tr><th>{escape(label)}</th><td>{value}</td></tr>"


def _summary(notice: NoticeView) -> str:
    rows = [_row("script", escape(f"{notice.script}, {len(notice.text):,} characters"))]
    if notice.id is not None:
        rows.insert(0, _row("id", escape(str(notice.id))))
    for label, value in (("title", notice.title), ("attribution", notice.attribution)):
        if value:
            rows.append(_row(label, escape(value)))
    m = notice.meeting
    if m is not None:
        parts = [m.name or "", m.date or "", "chair " + "、".join(m.chair) if m.chair else "",
                 "speakers " + "、".join(m.speakers) if m.speakers else ""]
        rows.append(_row("meeting", escape("; ".join(p for p in parts if p))))
    rows.append(_row(f"officials ({len(notice.officials)})", "<br>".join(
        escape(f"{o.name}: {'、'.join(o.titles) or '-'}") for o in notice.officials)))
    rows.append(_row(f"organisations ({len(notice.organizations)})", escape("、".join(
        org.name for org in notice.organizations))))
    rows.append(_row(f"directives ({len(notice.directives)})", "<br>".join(
        escape(f"{d.group}.{d.index} {d.marker} {d.summary}" + (f" [{d.speaker}]" if d.speaker else ""))
        for d in notice.directives)))
    if notice.bylines:
        rows.append(_row("bylines", escape("、".join(f"{b.role} {b.name}" for b in notice.bylines))))
    for w in notice.warnings:
        rows.append(_row("warning", escape(w)))
    return f'<table class="gn-summary">{"".join(rows)}</table>'


def render_notice(notice: NoticeView, max_chars: int = MAX_CHARS) -> str:
    """HTML for a notebook: legend, highlighted normalised text, and a compact summary table."""
    text = notice.text[:max_chars]
    body = _highlight(text, _spans(notice))
    if len(notice.text) > max_chars:
        body += escape(f"\n… ({len(notice.text) - max_chars:,} more characters not shown)")
    legend = "".join(f'<span class="gn-{k}">{escape(label)}</span>' for k, (label, _) in _KINDS.items())
    return (f'<div class="gn-notice"><style>{_CSS}</style>'
            f'<div class="gn-legend">{legend}</div>'
            f'<div class="gn-text">{body}</div>{_summary(notice)}</div>')


# --- the notebook view of to_frames() ------------------------------------------------------------

FRAME_ROWS = 5  # rows of each table shown
_CELL_CHARS = 40  # a longer text cell (a directive's text) is cut in the view
_FRAMES_CSS = (
    ".gn-frames{font-family:system-ui,sans-serif}"
    ".gn-frames summary{cursor:pointer;margin:.3em 0}"
    ".gn-frames table{font-size:90%}"
)


def _cut(value: object) -> object:
    if isinstance(value, str) and len(value) > _CELL_CHARS:
        return value[:_CELL_CHARS] + "…"
    return value


def _is_lazy(df: Any) -> bool:
    """A Dask DataFrame (``gov_notice.dask``): counting or showing rows would compute it."""
    return hasattr(df, "npartitions")


def _size(df: Any) -> str:
    if _is_lazy(df):
        parts = df.npartitions
        return f"lazy, {parts} partition{'' if parts == 1 else 's'} × {len(df.columns)} columns"
    rows = len(df)
    return f"{rows:,} row{'' if rows == 1 else 's'} × {len(df.columns)} columns"


def _head(df: Any, rows: int) -> str:
    """The first ``rows`` rows as an HTML table (long texts cut, everything escaped by pandas)."""
    if _is_lazy(df):
        return f"<p>columns: {escape(', '.join(map(str, df.columns)))}</p>"
    import pandas as pd

    head = df.head(rows)
    # every cell as shown: missing values blank, long texts cut
    shown = pd.DataFrame({col: pd.Series(["" if pd.isna(v) else _cut(v) for v in head[col]],
                                         dtype=object) for col in head.columns})
    table: str = shown.to_html(index=False, escape=True)
    more = len(df) - len(head)
    return table + (f"<p>… {more:,} more rows</p>" if more > 0 else "")


def frames_summary(frames: Iterable[tuple[str, Any]]) -> str:
    """Plain text: one line per table with its size."""
    return "\n".join(f"  {name:<14}{_size(df)}" for name, df in frames)


def render_frames(frames: Iterable[tuple[str, Any]], rows: int = FRAME_ROWS) -> str:
    """HTML for a notebook: each table's size and its first ``rows`` rows, one folding section
    per table (the first one open)."""
    parts = []
    for i, (name, df) in enumerate(frames):
        parts.append(f"<details{' open' if i == 0 else ''}><summary><b>{escape(name)}</b>: "
                     f"{escape(_size(df))}</summary>{_head(df, rows)}</details>")
    return (f'<div class="gn-frames"><style>{_FRAMES_CSS}</style>'
            f"<p>gov_notice tables, keyed by <code>doc_id</code></p>{''.join(parts)}</div>")

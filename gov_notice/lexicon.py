"""Lexicons: word lists shipped as ``gov_notice/lexicons/*.tsv`` plus the user's own.

File format (shipped and user files alike): UTF-8, ``#`` comment lines (the source of the data is
noted there), one header line naming the columns, then tab-separated rows.  The first column is
always ``term``.

A *user lexicon* (``Extractor(lexicon=...)``) is a TSV with the columns ``term, type, canonical``
where ``type`` is one of ``organization``, ``post``, ``name``, ``collective`` — or the same as a
mapping: ``{"organization": {"西安市公安局": None, "市局": "西安市公安局"}, "post": ["首席专家"],
"name": ["欧阳明"]}`` (values may be lists, sets or ``{term: canonical}`` dicts).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Union

LexiconSource = Union[str, "os.PathLike[str]", Mapping[str, object]]

TYPES = ("organization", "post", "name", "collective")

_ALIASES = {"organisation": "organization", "org": "organization", "organizations": "organization",
            "organisations": "organization", "posts": "post", "title": "post", "titles": "post",
            "names": "name", "person": "name", "collectives": "collective"}


# half of a UTF-16 surrogate pair: a str can hold one, no encoded text can
_SURROGATE = re.compile("[\ud800-\udfff]")


class LexiconError(ValueError):
    """A lexicon file or mapping is malformed (the message names the file and line)."""


def parse_tsv(lines: Iterable[str], origin: str) -> list[dict[str, str]]:
    """Parse lexicon TSV lines into row dicts keyed by the header's column names."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if header[0] != "term":
                raise LexiconError(f"{origin}:{lineno}: the header must start with 'term', got {header[0]!r}")
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{origin}:{lineno}: {len(cells)} columns, the header has {len(header)}")
        if not cells[0]:
            raise LexiconError(f"{origin}:{lineno}: empty term")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    if header is None:
        raise LexiconError(f"{origin}: no header line")
    return rows


def alternation(terms: Iterable[str]) -> str:
    """A regex fragment ``a|b|…`` of the terms, escaped, longest first, so the longest term wins
    where one is the start of another (会议 before 会); equal lengths in code-point order (two
    terms of one length never match at the same place, so that order only makes the pattern the
    same in every process)."""
    return "|".join(map(re.escape, sorted(set(terms), key=lambda t: (-len(t), t))))


def by_kind(rows: Iterable[Mapping[str, str]]) -> dict[str, list[str]]:
    """The terms of lexicon rows grouped by their ``kind`` column, in file order."""
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["kind"], []).append(r["term"])
    return out


def load_shipped(name: str) -> list[dict[str, str]]:
    """Rows of ``gov_notice/lexicons/<name>.tsv``."""
    path = resources.files("gov_notice").joinpath("lexicons").joinpath(f"{name}.tsv")
    with path.open("r", encoding="utf-8") as fh:
        return parse_tsv(fh, f"lexicons/{name}.tsv")


@dataclass(frozen=True)
class UserLexicon:
    """The user's additions, by type.  ``organization`` maps each term to its canonical form (or None)."""

    organization: Mapping[str, str | None] = field(default_factory=dict)
    post: tuple[str, ...] = ()
    name: tuple[str, ...] = ()
    collective: tuple[str, ...] = ()

    @classmethod
    def load(cls, source: LexiconSource | None) -> UserLexicon:
        if source is None:
            return cls()
        if isinstance(source, Mapping):
            return cls._from_mapping(source, "lexicon mapping")
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise LexiconError(f"cannot read lexicon {path}: {exc.strerror or exc}") from exc
            except UnicodeDecodeError as exc:
                raise LexiconError(f"lexicon {path} is not UTF-8: {exc}") from exc
            rows = parse_tsv(text.splitlines(), str(path))
            grouped: dict[str, dict[str, str | None]] = {t: {} for t in TYPES}
            for row in rows:
                kind = _ALIASES.get(row.get("type", ""), row.get("type", ""))
                if kind not in TYPES:
                    raise LexiconError(f"{path}: term {row['term']!r} has type {row.get('type')!r}; "
                                       f"expected one of {', '.join(TYPES)}")
                grouped[kind][row["term"]] = row.get("canonical") or None
            return cls._from_mapping(grouped, str(path))
        raise TypeError(f"lexicon must be a TSV path or a mapping, not {type(source).__name__}")

    @classmethod
    def _from_mapping(cls, m: Mapping[str, object], origin: str) -> UserLexicon:
        out: dict[str, dict[str, str | None]] = {t: {} for t in TYPES}
        for key, value in m.items():
            kind = _ALIASES.get(key, key)
            if kind not in TYPES:
                raise LexiconError(f"{origin}: unknown type {key!r}; expected one of {', '.join(TYPES)}")
            if isinstance(value, str):
                value = [value]
            if isinstance(value, Mapping):
                items = [(str(k), (str(v) if v else None)) for k, v in value.items()]
            elif isinstance(value, Iterable):
                items = [(str(k), None) for k in value]
            else:
                raise LexiconError(f"{origin}: {key!r} must be a list or a mapping")
            for term, canon in items:
                term = term.strip()
                if not term:
                    raise LexiconError(f"{origin}: empty term under {key!r}")
                for word in (term, canon or ""):
                    if _SURROGATE.search(word):  # no text can hold it; the segmenter cannot encode it
                        raise LexiconError(f"{origin}: {word!r} under {key!r} holds a lone surrogate "
                                           f"(half of a character), not text")
                out[kind][term] = canon
        return cls(organization=dict(sorted(out["organization"].items())),
                   post=tuple(sorted(out["post"])), name=tuple(sorted(out["name"])),
                   collective=tuple(sorted(out["collective"])))

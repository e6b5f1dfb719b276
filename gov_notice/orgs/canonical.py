"""Canonical forms and abbreviations: 省厅 → 省公安厅, 省公安厅 → 陕西省公安厅, 厅党委 → 省公安厅党委,
short forms defined in brackets (法律改革咨询委员会（法咨会）), shipped and user canonical forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

import regex

from .chains import tail_of
from .grammar import LEVELS
from .text import Named, remember

if TYPE_CHECKING:
    from .state import State
    pass


def place_prefix(st: State, name: str) -> str | None:
    """The longest place of two or more characters that ``name`` opens with and does not end with."""
    memo = st.place_prefix_of
    return memo[name] if name in memo else remember(memo, name, _read_place_prefix(st, name))


def _read_place_prefix(st: State, name: str) -> str | None:
    return st.place_index.at(name, 0, 2, len(name) - 1)  # a place that is the whole name is no prefix


def _doc_places(st: State, prefixes: Iterable[str], level: str) -> set[str]:
    """Full names of the places of ``level`` the document's bodies are prefixed with (``prefixes``:
    the place prefix of each body that has one)."""
    out: set[str] = set()
    for place in prefixes:
        rows = st.places[place]
        if level == "province":
            provs = {prov for _, _, prov in rows}
            out.add(provs.pop() if len(provs) == 1 else "?")
        else:
            fulls = {f for f, lvl, _ in rows if lvl == level}
            if fulls:
                out.add(fulls.pop() if len(fulls) == 1 else "?")
    return out


def _spelled_out(st: State, names: Iterable[str], level: str | None, head: str) -> str | None:
    """The one body the document names as ``[place] level stem head`` (省公安厅 for 省厅), or None."""
    found = set()
    for f in names:
        if len(f) <= 2 or not f.endswith(head):
            continue
        core = f[:-len(head)]
        for n in range(min(st.max_stem, len(core)), 1, -1):
            if core[-n:] in st.stems and (level is None or core[:-n].endswith(level)):
                found.add(f)
                break
    # 省公安厅 and 陕西省公安厅 are one body: keep the shortest when it ends all the others
    shortest = min(found, key=len, default=None)
    if shortest is not None and all(f.endswith(shortest) for f in found):
        return shortest
    return None


def _level_suffixes(names: Iterable[str]) -> dict[str, set[str]]:
    """Proper suffixes of the names that start with a level character (省公安厅 → 公安厅, 安厅, 厅),
    each with the names it ends: one look-up instead of a scan of every name per suffix."""
    out: dict[str, set[str]] = {}
    for f in names:
        if f[0] in LEVELS:
            for i in range(1, len(f)):
                out.setdefault(f[i:], set()).add(f)
    return out


def canonicals(st: State, names: list[str]) -> dict[str, str]:
    """``name → canonical`` for the names the document determines.

    省厅 / 市局 / 县院 (and 市局党委): the one body of that level and head the document spells out;
    厅党委 / 厅改革办: the one 厅 the document names; then a level-initial form takes the document's
    one place of that level (省公安厅 → 陕西省公安厅); user and shipped canonical forms come last.
    """
    canon = _short_forms(st, names)
    _place_levels(st, names, canon)
    for n in names:
        if n in st.user and st.user[n]:
            canon[n] = st.user[n]  # type: ignore[assignment]
        elif n in st.known and st.known[n] and n not in canon:
            canon[n] = st.known[n]  # type: ignore[assignment]
    return {k: v for k, v in canon.items() if v != k}


def _short_forms(st: State, names: list[str]) -> dict[str, str]:
    """省厅 → 省公安厅, 厅党委 → 省公安厅党委, 公安厅党委 → 省公安厅党委: the one body the document
    spells out for each short form."""
    canon: dict[str, str] = {}
    suffixes: dict[str, set[str]] | None = None
    for n in names:
        if n[0] in LEVELS and n[1:2] in st.short_heads and (len(n) == 2 or tail_of(st, n[2:]) is not None):
            full = _spelled_out(st, names, n[0], n[1])
            if full is not None:
                canon[n] = full + n[2:]
        elif n[0] in st.bare_short_heads and len(n) > 2 and tail_of(st, n[1:]) is not None:
            full = _spelled_out(st, names, None, n[0])
            if full is not None:
                canon[n] = full + n[1:]
        elif n[0] not in LEVELS and n not in st.known:
            # 公安厅党委: the one body the document names in full that ends with its first part
            if suffixes is None:
                suffixes = _level_suffixes(names)
            holder = _holder(suffixes, n)
            if holder is not None:
                canon[n] = holder
    return canon


def _holder(suffixes: dict[str, set[str]], n: str) -> str | None:
    """``n`` with its longest first part that ends names of the document replaced by the one name
    it ends (公安厅党委 → 省公安厅党委); None when that part ends no name or several."""
    for k in range(len(n) - 1, 2, -1):
        holders = suffixes.get(n[:k])
        if holders:
            return next(iter(holders)) + n[k:] if len(holders) == 1 else None
    return None


def _place_levels(st: State, names: list[str], canon: dict[str, str]) -> None:
    """A level-initial form takes the document's one place of that level (省公安厅 → 陕西省公安厅),
    written into ``canon``."""
    prefixes = [p for p in (place_prefix(st, n) for n in names) if p is not None]
    for level_char, level in st.level_of.items():  # (省 → province …: kind level_char)
        places = _doc_places(st, prefixes, level)
        if len(places) != 1 or "?" in places:
            continue
        place = places.pop()
        for n in names:
            target = canon.get(n, n)
            if target[0] == level_char and not target.startswith(place) and not (
                    len(target) == 2 and target[1] in st.short_heads):  # 省厅 alone says not which 厅
                canon[n] = place + target[1:]


# an abbreviation defined in brackets right after a body: 法律改革咨询委员会（法咨会）
_BRACKETED = regex.compile(r"（(\p{Han}{2,5})）")


def defined_abbreviations(text: str, kept: Sequence[Named]) -> dict[str, str]:
    """``abbreviation → name`` for the bodies followed by a bracketed short form of their own name.

    The short form must take its characters from the name, in order (工联会 from 香港工会联合会);
    its other mentions in the text are then organisations too.
    """
    out: dict[str, str] = {}
    for c in kept:
        if text[c.end:c.end + 1] != "（":
            continue  # (most bodies: no bracket after them)
        m = _BRACKETED.match(text, c.end)
        if m is None:
            continue
        abbr = m.group(1)
        rest = iter(c.name)
        if abbr != c.name and all(ch in rest for ch in abbr):  # a subsequence of the name
            out.setdefault(abbr, c.name)
    return out

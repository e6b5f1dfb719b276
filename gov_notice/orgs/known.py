"""Known bodies of the organisation reader: the hand-compiled list and the one generated from
jieba's dictionary (``scripts/gen_known_bodies.py``)."""

from __future__ import annotations

from ..lexicon import load_shipped


def load_known() -> tuple[dict[str, str | None], frozenset[str]]:
    """``term → canonical`` of every known body, and the terms that come only from the generated
    list (read as a body only where segmentation makes them a word: 共产党|员 is no 共产党)."""
    known: dict[str, str | None] = {r["term"]: r["canonical"] or None for r in load_shipped("org_known")}
    generated = frozenset(r["term"] for r in load_shipped("org_known_jieba")).difference(known)
    known.update(dict.fromkeys(generated))
    return known, generated

"""Organisations (thin first version: the organisations inside officials' titles)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .results import Mention, Official, Organization

if TYPE_CHECKING:
    from .pipeline import Doc


def find(doc: Doc, officials: Sequence[Official]) -> tuple[list[Organization], list[Mention]]:
    found: dict[str, list[Mention]] = {}
    for off in officials:
        for p in off.positions:
            if p.organization:
                found.setdefault(p.organization, []).append(
                    Mention(p.organization, p.start, p.start + len(p.organization)))
    return [Organization(name, tuple(ms)) for name, ms in found.items()], []

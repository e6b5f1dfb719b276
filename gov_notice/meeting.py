"""The meeting record and the document header (thin first version: the trailing attribution)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import regex

from .results import Meeting, Official, Organization

if TYPE_CHECKING:
    from .pipeline import Doc

# a last line that is only a bracketed body: （省公安厅办公室）
_TRAILING_ATTRIBUTION = regex.compile(r"（(?P<body>[^（）\n]{2,30})）\s*\Z")


def find(doc: Doc, officials: Sequence[Official], organizations: Sequence[Organization]
         ) -> tuple[Meeting | None, str | None, str | None]:
    m = _TRAILING_ATTRIBUTION.search(doc.text)
    return None, None, m.group("body") if m else None

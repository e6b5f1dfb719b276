"""gov_notice: Chinese government notices and official news releases → data.

>>> import gov_notice
>>> notice = gov_notice.extract("副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。")
>>> notice.officials[0].name, notice.officials[0].titles
('胡明朗', ('副省长', '公安厅党委书记', '厅长'))

The public surface is what ``__all__`` lists; every other module is private.
Importing does no work: resources are built by the first ``extract`` call.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ._version import __version__
from .results import (
    Byline,
    Directive,
    DirectiveGroup,
    Meeting,
    Mention,
    Notice,
    Official,
    Organization,
    Position,
)

if TYPE_CHECKING:
    from .pipeline import Extractor

__all__ = [
    "Byline",
    "Directive",
    "DirectiveGroup",
    "Extractor",
    "Meeting",
    "Mention",
    "Notice",
    "Official",
    "Organization",
    "Position",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
]

_default: Extractor | None = None
_default_lock = threading.Lock()


def _default_extractor() -> Extractor:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                from .pipeline import Extractor

                _default = Extractor()
    return _default


def extract(text: str | bytes) -> Notice:
    """Extract directives, officials and organisations from one notice (Simplified, Traditional or
    a messy web copy).  Uses a shared default :class:`Extractor`, built on the first call."""
    return _default_extractor().extract(text)


def extract_file(path: str | os.PathLike[str]) -> Notice:
    """Read, decode (UTF-8/16, GB18030, Big5, detected) and extract one file; ``Notice.id`` is the path."""
    return _default_extractor().extract_file(path)


def extract_many(texts: Iterable[Any], **kwargs: Any) -> Iterator[Notice]:
    """Extract many notices, lazily and in input order (``(id, text)`` pairs carry their id)."""
    return _default_extractor().pipe(texts, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from .pipeline import Extractor

        return Extractor
    raise AttributeError(f"module 'gov_notice' has no attribute {name!r}")

"""gov_notice: Chinese government notices and official news releases → data.

>>> import gov_notice
>>> notice = gov_notice.extract("副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。")
>>> notice.officials[0].name, notice.officials[0].titles
('胡明朗', ('副省长', '公安厅党委书记', '厅长'))

The public surface is what ``__all__`` lists (and ``dir(gov_notice)`` shows); every other module
is private, except :mod:`gov_notice.dask`.  Importing does no work: resources are built by the
first ``extract`` call.
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
    from ._inputs import PathAsTextWarning
    from .frames import read_jsonl, to_frames, write_jsonl
    from .lexicon import LexiconError
    from .pipeline import Extractor

__all__ = [
    "Byline",
    "Directive",
    "DirectiveGroup",
    "Extractor",
    "LexiconError",
    "Meeting",
    "Mention",
    "Notice",
    "Official",
    "Organization",
    "PathAsTextWarning",
    "Position",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
    "read_jsonl",
    "to_frames",
    "write_jsonl",
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


def extract_many(texts: Iterable[Any], *, workers: int | None = None, progress: bool = False,
                 chunksize: int = 16, text_column: str | None = None,
                 id_column: str | None = None) -> Iterator[Notice]:
    """Extract many notices with the default Extractor, lazily and in input order.

    ``texts``: any iterable (a generator too) of texts or ``(id, text)`` pairs (the id goes onto
    ``Notice.id``); a mapping of id to text; a pandas Series (ids from its index); or a pandas
    DataFrame, whose texts are the column ``text_column`` (default: the column ``text``) and ids
    the column ``id_column`` (default: a column ``id`` if there is one, else the index).
    ``workers=N`` uses N processes in all, this one included (``-1``: one per CPU), with results
    identical to serial ones; ``progress=True`` shows a progress bar (extra
    ``gov-notice[progress]``, a widget in notebooks with ``gov-notice[notebook]``); ``chunksize``
    texts are taken by a process at a time.  See :meth:`Extractor.pipe`.
    """
    from .batch import pipe

    return pipe(_default_extractor(), texts, workers=workers, progress=progress, chunksize=chunksize,
                text_column=text_column, id_column=id_column)


# public names that live in modules imported on first use (importing the package stays cheap)
_LAZY = {"to_frames": "frames", "read_jsonl": "frames", "write_jsonl": "frames",
         "LexiconError": "lexicon", "PathAsTextWarning": "_inputs"}


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from .pipeline import Extractor

        return Extractor
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'gov_notice' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public surface only (tab completion in a notebook): the helpers stay reachable but unlisted."""
    return sorted(__all__)

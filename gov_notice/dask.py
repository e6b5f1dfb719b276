"""Scale out on Dask (extra ``gov-notice[dask]``): the long tables of :func:`gov_notice.to_frames`
as Dask DataFrames, from a Dask bag of texts or from a text column of a Dask DataFrame.

>>> import dask.bag as db, gov_notice.dask as gnd                       # doctest: +SKIP
>>> frames = gnd.from_bag(db.from_sequence(pairs, npartitions=8))        # doctest: +SKIP
>>> officials, directives = dask.compute(frames.officials, frames.directives)  # doctest: +SKIP

Each partition is extracted once per compute, by one task that builds all five tables (compute
several tables together, or ``persist()`` them, to extract once).  Every worker process builds its
Extractor once: only the Extractor's configuration travels in the task graph.
"""

from __future__ import annotations

import pickle
import threading
from typing import TYPE_CHECKING, Any, Iterable

from . import _inputs
from .frames import TABLES, Frames, Row, frame_of, rows_of

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

    from .pipeline import Extractor
    from .results import Notice

__all__ = ["extract_bag", "from_bag", "from_dataframe"]

_cache: dict[bytes, Extractor] = {}
_cache_lock = threading.Lock()
_CACHE_MAX = 8  # distinct Extractor configurations kept per worker process


def _require() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import pandas  # noqa: F401
    except ImportError:
        raise ImportError("gov_notice.dask needs Dask and pandas: "
                          "pip install 'gov-notice[dask]'") from None


def _config(extractor: Extractor | None) -> bytes | None:
    """What travels to the workers: nothing for the default Extractor, else its configuration."""
    return None if extractor is None else pickle.dumps(extractor)


def _extractor(config: bytes | None) -> Extractor:
    """The Extractor of this worker process for ``config``, built once and reused by every task."""
    if config is None:
        from . import _default_extractor

        return _default_extractor()
    with _cache_lock:
        ex = _cache.get(config)
        if ex is None:
            if len(_cache) >= _CACHE_MAX:
                _cache.pop(next(iter(_cache)))
            ex = _cache[config] = pickle.loads(config)
        return ex


def _extract_partition(items: Iterable[Any], config: bytes | None) -> list[Notice]:
    ex = _extractor(config)
    out = []
    for item in items:
        ident, text = _inputs.split_id(item)
        out.append(ex.extract(text, id=ident))
    return out


def _tables(pairs: Iterable[tuple[Any, Any]], config: bytes | None, id_dtype: Any) -> Frames:
    """All five pandas tables of one partition of ``(doc_id, text)`` pairs."""
    ex = _extractor(config)
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    for doc_id, text in pairs:
        for t, r in rows_of(doc_id, ex.extract(text, id=doc_id)).items():
            rows[t].extend(r)
    return Frames(**{t: frame_of(t, rows[t], id_dtype) for t in TABLES})


def _bag_tables(items: Iterable[Any], partition: int, config: bytes | None) -> Frames:
    def pairs() -> Iterable[tuple[str, Any]]:
        for i, item in enumerate(items):
            ident, text = _inputs.split_id(item)
            yield (f"{partition}-{i}" if ident is None else str(ident)), text

    return _tables(pairs(), config, "string")


def _frame_tables(part: pd.DataFrame, text: str, id: str | None, config: bytes | None,
                  id_dtype: Any) -> Frames:
    ids = part.index if id is None else part[id]
    return _tables(zip(ids.tolist(), part[text].tolist()), config, id_dtype)


def _meta(id_dtype: Any) -> Frames:
    return Frames(**{t: frame_of(t, [], id_dtype) for t in TABLES})


def _to_dask(parts: list[Any], id_dtype: Any) -> Frames:
    """Five Dask DataFrames, one partition per delayed ``Frames`` in ``parts``."""
    import dask.dataframe as dd
    from dask import delayed

    meta = _meta(id_dtype)
    return Frames(**{
        t: dd.from_delayed([delayed(getattr, pure=True)(p, t) for p in parts],
                           meta=getattr(meta, t), verify_meta=False)
        for t in TABLES
    })


def extract_bag(bag: dask.bag.Bag, *, extractor: Extractor | None = None) -> dask.bag.Bag:
    """A bag of :class:`~gov_notice.Notice` from a bag of texts or ``(id, text)`` pairs."""
    _require()
    return bag.map_partitions(_extract_partition, _config(extractor))


def from_bag(bag: dask.bag.Bag, *, extractor: Extractor | None = None) -> Frames:
    """The long tables (Dask DataFrames) of a bag of texts or ``(id, text)`` pairs.

    ``doc_id`` is the string form of each item's id, or ``"PARTITION-POSITION"`` for a bare text.
    """
    _require()
    from dask import delayed

    config = _config(extractor)
    parts = [delayed(_bag_tables, pure=True)(p, i, config) for i, p in enumerate(bag.to_delayed())]
    return _to_dask(parts, "string")


def from_dataframe(df: dask.dataframe.DataFrame, text: str = "text", *, id: str | None = None,
                   extractor: Extractor | None = None) -> Frames:
    """The long tables (Dask DataFrames) of the texts in column ``text`` of ``df``.

    ``doc_id`` is column ``id``, or the index of ``df`` when ``id`` is None (keep it unique).
    """
    _require()
    from dask import delayed

    for col in (text, id):
        if col is not None and col not in df.columns:
            raise KeyError(f"{col!r} is not a column of the DataFrame (columns: {list(df.columns)})")
    id_dtype = df.index.dtype if id is None else df.dtypes[id]
    config = _config(extractor)
    parts = [delayed(_frame_tables, pure=True)(p, text, id, config, id_dtype)
             for p in df.to_delayed()]
    return _to_dask(parts, id_dtype)

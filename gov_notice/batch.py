"""Batches: ``extract_many`` / ``Extractor.pipe`` — lazily, in input order, optionally on processes.

Serial mode is a plain generator.  With ``workers > 1`` the items are cut into chunks; this process
and ``workers - 1`` processes of a ``ProcessPoolExecutor`` extract them (see :func:`_parallel`).
Forked workers inherit the parent's built Extractor; other workers unpickle its configuration once
and build their resources on first use.  At most ``_AHEAD`` chunks per process are taken ahead, so
a streamed input of a million documents keeps memory flat, and results come back in input order.
A failing item raises in the caller at exactly that item, as in serial mode.  Each chunk of a
worker's results comes back as one pickled blob that the parent unpickles with the garbage
collector paused (most of the parent's cost otherwise)."""

from __future__ import annotations

import gc
import importlib.util
import logging
import multiprocessing
import os
import pickle
import sys
import time
import warnings
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol

from . import _inputs
from .results import Notice

logger = logging.getLogger(__name__)

DEFAULT_CHUNKSIZE = 16


class Extractor(Protocol):
    """What a batch needs of :class:`gov_notice.Extractor`: ``extract`` (and to pickle, for
    processes). Named here so that this module does not import the pipeline that runs it."""

    def extract(self, text: str | bytes, *, id: Any = None) -> Notice: ...


_AHEAD = 4  # chunks in flight per worker: enough to keep workers busy, small enough to stay flat


@dataclass(frozen=True, slots=True)
class Failed:
    """An item whose extraction raised: its id, the exception, and where it was in the input."""

    id: Any
    error: BaseException


def pipe(extractor: Extractor, texts: Iterable[Any], *, workers: int | None = None,
         progress: bool = False, chunksize: int = DEFAULT_CHUNKSIZE, text_column: str | None = None,
         id_column: str | None = None) -> Iterator[Notice]:
    """Extract every text of ``texts`` with ``extractor``; yield Notices lazily, in input order.

    ``texts`` is any iterable (a generator included) of texts (``str`` or ``bytes``) or
    ``(id, text)`` pairs, whose id is carried onto ``Notice.id``; or a table (see :func:`_items`):
    a mapping of id to text, a pandas Series, a DataFrame with ``text_column`` and ``id_column``.
    ``workers`` > 1 runs on that many
    processes in all, this one included (``-1``: one per CPU); results are identical to serial
    ones.  ``progress=True`` shows a tqdm bar (extra ``gov-notice[progress]``).  ``chunksize`` is
    how many texts a process takes at a time (a sized input of at most one chunk runs here,
    without a pool).  The arguments are checked now; the extraction runs as the result is
    iterated.
    """
    items, total = _items(texts, text_column, id_column)
    results = results_or_failures(extractor, items, workers=workers, progress=progress,
                                  chunksize=chunksize, total=total)
    return _raise_failures(results)


def _raise_failures(results: Iterator[Notice | Failed]) -> Iterator[Notice]:
    for r in results:
        if isinstance(r, Failed):
            raise r.error
        yield r


def results_or_failures(extractor: Extractor, texts: Iterable[Any], *, workers: int | None,
                        progress: bool, chunksize: int, total: int | None = None
                        ) -> Iterator[Notice | Failed]:
    """Like :func:`pipe`, but a failing item yields a :class:`Failed` and the run goes on.

    ``texts`` are batch items (texts or ``(id, text)`` pairs); ``total`` their count, when known
    (else ``len(texts)`` if it has one)."""
    n = _check_workers(workers)
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_many() takes an iterable of texts; for one text use extract()")
    if total is None and hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    tqdm = _tqdm() if progress else None
    if total is not None and total <= chunksize:
        n = 1  # one chunk of work: starting processes would only add their start-up time
    items = iter(texts)
    gen = _serial(extractor, items) if n == 1 else _parallel(extractor, items, n, chunksize)
    return gen if tqdm is None else _with_progress(gen, lambda: tqdm(total=total, **_BAR))


# -- input shapes ----------------------------------------------------------------------------

def _items(texts: Any, text_column: str | None,
           id_column: str | None) -> tuple[Iterable[Any], int | None]:
    """The batch items (texts or ``(id, text)`` pairs) of ``texts`` and their count (None: unknown).

    Shapes whose plain iteration would silently extract the wrong thing are read as what they
    hold: a mapping (iterating gives its keys) as ``(id, text)`` pairs; a DataFrame (iterating
    gives its column names) by :func:`_table_items`; a pandas Series as its values, with the
    index as ids.  Anything else is iterated as it is.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_many() takes an iterable of texts; for one text use extract()")
    if _is_table(texts):
        return _table_items(texts, text_column, id_column)
    if text_column is not None or id_column is not None:
        raise TypeError("text_column and id_column name columns of a DataFrame; extract_many() "
                        f"got {type(texts).__name__}")
    if isinstance(texts, Mapping):
        return texts.items(), len(texts)
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(texts, pd.Series):
        return zip(texts.index.tolist(), texts), len(texts)
    return texts, (len(texts) if hasattr(texts, "__len__") else None)


def _is_table(texts: Any) -> bool:
    """A data frame: pandas', or one that looks like it (``columns`` and ``df[column]``)."""
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(texts, pd.DataFrame):
        return True
    return (hasattr(texts, "columns") and hasattr(texts, "__getitem__")
            and not isinstance(texts, Mapping))


def _table_items(df: Any, text_column: str | None,
                 id_column: str | None) -> tuple[Iterable[Any], int]:
    """``(id, text)`` pairs of a DataFrame: texts from ``text_column`` (default ``text``), ids
    from ``id_column`` (default: a column ``id`` if there is one, else a pandas index).  A
    DataFrame without a ``text`` column is a TypeError that says what to pass."""
    columns = list(df.columns)
    shown = ", ".join(map(repr, columns[:12])) + (", …" if len(columns) > 12 else "")
    if text_column is None:
        if "text" not in columns:
            raise TypeError("extract_many() got a DataFrame without a 'text' column: pass "
                            "text_column='<the column holding the texts>' (the ids come from "
                            f"id_column=, else a column 'id', else the index); its columns: {shown}")
        text_column = "text"
    for role, name in (("text_column", text_column), ("id_column", id_column)):
        if name is not None and name not in columns:
            raise ValueError(f"{role}={name!r} is not a column of the DataFrame; its columns: {shown}")
    if id_column is None and "id" in columns and text_column != "id":
        id_column = "id"
    pd = sys.modules.get("pandas")
    if id_column is not None:
        ids = _values(df[id_column])
    elif pd is not None and isinstance(df, pd.DataFrame):
        ids = df.index.tolist()
    else:  # a frame without an index (polars): the ids stay None, as for a list of texts
        return iter(df[text_column]), len(df)
    return zip(ids, df[text_column]), len(df)


def _values(column: Any) -> list[Any]:
    """A column's values as Python objects (numpy scalars would not go into JSON)."""
    for method in ("tolist", "to_list"):
        if hasattr(column, method):
            return list(getattr(column, method)())
    return list(column)


def _check_workers(workers: int | None) -> int:
    if workers is None:
        return 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers == -1:
        return os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be >= 1 (or -1 for one per CPU), not {workers}")
    return workers


def _extract_one(extractor: Extractor, item: Any) -> Notice | Failed:
    ident, text = _inputs.split_id(item)
    try:
        return extractor.extract(text, id=ident)
    except Exception as exc:  # reported to the caller at this item, in input order
        return Failed(ident, exc)


def _serial(extractor: Extractor, items: Iterator[Any]) -> Iterator[Notice | Failed]:
    for item in items:
        yield _extract_one(extractor, item)


# -- processes -------------------------------------------------------------------------------

_worker_extractor: Extractor | None = None
# the parent's Extractor, set just before a pool forks: forked workers inherit it with its
# resources already built (no per-worker start-up); spawned workers never see it
_inherited: Extractor | None = None
# a short text that makes every step build its state
_WARM_UP = "副省长、省公安厅厅长王立新出席会议并讲话。王立新要求：一是提高认识。二是压实责任。"


def _init_worker(config: bytes, inherit: bool = False) -> None:
    """Runs once in each worker process: a forked worker takes the Extractor it inherited, any
    other gets it as its pickled configuration (and builds its resources lazily)."""
    global _worker_extractor
    if inherit and _inherited is not None:
        _worker_extractor = _inherited
    else:
        _worker_extractor = pickle.loads(config)
    # Everything alive now (the dictionary, the built resources) lives as long as the worker: keep
    # it out of the cyclic collector's scans.  In a forked worker this also keeps the collector
    # from writing to the pages shared with the parent (copy-on-write).
    gc.freeze()


def _work(chunk: list[Any]) -> bytes:
    """Extract a chunk; the results go back pickled here, so the parent unpickles them itself
    (see :func:`_loads`) rather than in the pool's result thread."""
    assert _worker_extractor is not None, "worker process was not initialised"
    out = [_extract_one(_worker_extractor, item) for item in chunk]
    for i, r in enumerate(out):
        if isinstance(r, Failed):
            out[i] = Failed(r.id, _picklable(r.error))
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(blob: bytes) -> list[Notice | Failed]:
    """Unpickle a chunk of results with the cyclic garbage collector paused.

    A chunk is a few hundred small acyclic objects; every allocation counts towards a collection,
    and the collections would scan every result the caller already holds: with the collector on,
    unpickling costs three times as much (0.78 s vs 0.24 s for 3,000 notices).  The collector is
    restored at once, so a caller that disabled it keeps it disabled.
    """
    if not gc.isenabled():
        return pickle.loads(blob)  # type: ignore[no-any-return]
    gc.disable()
    try:
        return pickle.loads(blob)  # type: ignore[no-any-return]
    finally:
        gc.enable()


def _picklable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a RuntimeError describing it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parallel(extractor: Extractor, items: Iterator[Any], workers: int,
              chunksize: int) -> Iterator[Notice | Failed]:
    """``workers`` processes in all: this one and ``workers - 1`` started for the run.

    Chunks are taken from the input in order.  The started processes keep ``_AHEAD`` chunks each in
    flight; whenever the oldest of them is not back yet, this process extracts a chunk itself
    instead of waiting: the next one of the input, or, once the input is exhausted (or enough is
    taken), the newest one the pool has not started.  Its own chunks are neither pickled nor
    unpickled, on N CPUs exactly N processes compute (a process that only fed a pool of N would
    compete with them), and no process idles at the end while another finishes a queue.  At most
    ``workers * _AHEAD`` chunks are taken and not yet yielded, so memory stays flat.
    """
    global _inherited
    config = pickle.dumps(extractor)
    chunks = _chunks(items, chunksize)
    context = multiprocessing.get_context()
    inherit = context.get_start_method() == "fork"
    if inherit:
        extractor.extract(_WARM_UP)  # build the resources once, here; the workers inherit them
        _inherited = extractor
    started = workers - 1
    pool = ProcessPoolExecutor(max_workers=started, mp_context=context, initializer=_init_worker,
                               initargs=(config, inherit))
    # in input order: a chunk sent to the pool (with its Future) or one extracted here (results)
    queue: deque[_Sent | list[Notice | Failed]] = deque()
    limit, sent, forked = workers * _AHEAD, 0, not inherit
    try:
        while True:
            while sent < started * _AHEAD and len(queue) < limit:  # keep the pool busy
                chunk = next(chunks, None)
                if chunk is None:
                    break
                queue.append(_Sent(chunk, _submit(pool, chunk, forks=not forked)))
                sent, forked = sent + 1, True
            if not queue:
                return
            head = queue[0]
            if isinstance(head, list):
                queue.popleft()
                yield from head
                continue
            if not head.future.done():  # work here rather than wait
                chunk = next(chunks, None) if len(queue) < limit else None
                if chunk is not None:
                    queue.append([_extract_one(extractor, item) for item in chunk])
                    continue
                if _take_back(queue, extractor):
                    sent -= 1
                    continue
            queue.popleft()
            sent -= 1
            yield from _loads(head.future.result())
    finally:  # also when the caller stops early or an error propagates
        for entry in queue:
            if isinstance(entry, _Sent):
                entry.future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _inherited = None


@dataclass(slots=True)
class _Sent:
    """A chunk sent to the pool, kept so that this process can take it back if not started."""

    chunk: list[Any]
    future: Future[bytes]


def _take_back(queue: deque[_Sent | list[Notice | Failed]], extractor: Extractor) -> bool:
    """Extract here the newest chunk of ``queue`` that the pool has not started (its Future is
    cancelled and its place in the queue takes the results); False when every one has started."""
    for i in range(len(queue) - 1, 0, -1):
        entry = queue[i]
        if not isinstance(entry, _Sent):
            continue
        if not entry.future.cancel():
            return False  # the pool starts chunks in order: the older ones have started too
        queue[i] = [_extract_one(extractor, item) for item in entry.chunk]
        return True
    return False


def _submit(pool: ProcessPoolExecutor, chunk: list[Any], forks: bool) -> Future[bytes]:
    """``pool.submit(_work, chunk)``.  ``forks``: this submit forks the workers (the first one of a
    fork pool starts them all): the objects alive then are frozen for that moment, so each worker
    starts with them outside the collector's generations (see :func:`_init_worker`); the parent
    unfreezes them at once.  When the caller has frozen objects of its own, nothing is frozen or
    unfrozen here: ``gc.unfreeze()`` cannot tell ours from the caller's and would undo its
    ``gc.freeze()`` (the workers freeze their own objects in :func:`_init_worker` anyway)."""
    if not forks or gc.get_freeze_count():
        return pool.submit(_work, chunk)
    gc.freeze()
    try:
        return pool.submit(_work, chunk)
    finally:
        gc.unfreeze()


# -- progress --------------------------------------------------------------------------------

# a bar counting documents; characters per second go in its postfix
_SMOOTHING = 0.3  # weight of the latest interval in the characters-per-second figure (as tqdm)
_BAR: dict[str, Any] = {"unit": "doc", "desc": "gov_notice", "dynamic_ncols": True, "delay": 0.1}


def _tqdm() -> Any:
    """The progress bar class: tqdm's widget in a Jupyter kernel that has ipywidgets (extra
    ``gov-notice[notebook]``), its text bar everywhere else; an ImportError naming the extra when
    tqdm is missing.  Without ipywidgets a kernel gets the text bar silently (``tqdm.auto`` would
    warn ``IProgress not found`` and fall back to it)."""
    try:
        from tqdm.std import tqdm
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'gov-notice[progress]'") from None
    if "ipykernel" not in sys.modules or importlib.util.find_spec("ipywidgets") is None:
        return tqdm
    with warnings.catch_warnings():  # tqdm.auto's notices about its own choice
        warnings.simplefilter("ignore")
        from tqdm.auto import tqdm as auto
    return auto


def _with_progress(results: Iterator[Notice | Failed], make_bar: Callable[[], Any],
                   clock: Callable[[], float] = time.monotonic) -> Iterator[Notice | Failed]:
    """Count documents on the bar; show characters per second, smoothed like tqdm's own rate."""
    bar = make_bar()  # only once iteration starts: an unconsumed batch shows no bar
    chars = since = 0
    started = last = clock()
    rate: float | None = None
    try:
        for r in results:
            if isinstance(r, Notice):
                chars += len(r.source)
                since += len(r.source)
            bar.update(1)
            now = clock()
            if now - last >= 0.5:
                recent = since / (now - last)
                rate = recent if rate is None else _SMOOTHING * recent + (1 - _SMOOTHING) * rate
                last, since = now, 0
                bar.set_postfix_str(f"{_si(rate)} chars/s", refresh=False)
            yield r
        # at the end: the average over the whole run
        bar.set_postfix_str(f"{_si(chars / max(clock() - started, 1e-9))} chars/s", refresh=True)
    finally:
        bar.close()


def _si(x: float) -> str:
    for unit in ("", "k", "M", "G"):
        if x < 1000:
            return f"{x:.1f}{unit}"
        x /= 1000
    return f"{x:.1f}T"

"""extract_many / batch.pipe: order, ids, equality with serial, laziness, errors, progress."""

from __future__ import annotations

import inspect
import pickle
import sys
import types
import warnings
from importlib.util import find_spec
from typing import Any, Iterator

import pytest

import gov_notice
from gov_notice import batch
from gov_notice.pipeline import Extractor

from conftest import DATA, assert_offsets

# our own sentences in the genre's shapes (plus the bundled sample, read at run time)
_SENTENCES = [
    "副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。",
    "會議要求：一是提高認識。二是壓實責任。三是加強督導。",
    "市委常委、秘书长王建国主持会议，市政府办公室、市发展改革委负责同志参加。",
    "近日，县应急管理局召开安全生产工作会议。",
    "",
    "各级公安机关要认真抓好落实。(县委办公室)",
]


def _texts() -> list[str]:
    sample = (DATA / "notice_seed.txt").read_text(encoding="utf-8")
    return (_SENTENCES + [sample]) * 3


def _counting(items: list[Any], pulled: list[int]) -> Iterator[Any]:
    for item in items:
        pulled[0] += 1
        yield item


def test_serial_matches_extract_in_order() -> None:
    texts = _texts()
    got = list(gov_notice.extract_many(texts))
    assert got == [gov_notice.extract(t) for t in texts]
    assert [n.source for n in got] == texts


@pytest.mark.parametrize("chunksize", [1, 3, 16], ids=["chunk1", "chunk3", "chunk16"])
def test_two_workers_equal_serial(chunksize: int) -> None:
    texts = _texts()
    serial = list(gov_notice.extract_many(texts))
    parallel = list(gov_notice.extract_many(iter(texts), workers=2, chunksize=chunksize))
    assert parallel == serial
    for n in parallel:
        assert_offsets(n)


def test_notices_from_workers_keep_their_offset_map() -> None:
    sample = (DATA / "notice_seed.txt").read_text(encoding="utf-8")
    [serial] = gov_notice.extract_many([sample])
    remote = list(gov_notice.extract_many([sample, sample], workers=2, chunksize=1))[1]
    d = remote.directives[0]
    assert remote.source_span(d.start, d.end) == serial.source_span(d.start, d.end)
    a, b = remote.source_span(d.start, d.end)
    assert b - a > d.end - d.start  # the Traditional source carries pinyin: the map is not identity


def test_pickled_notice_equal_and_maps() -> None:
    sample = (DATA / "notice_seed.txt").read_text(encoding="utf-8")
    n = gov_notice.extract(sample)
    back = pickle.loads(pickle.dumps(n))
    assert back == n
    assert back.source_span(0, 10) == n.source_span(0, 10)


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "workers2"])
def test_id_pairs_carried(workers: int | None) -> None:
    items = [(f"doc-{i}", t) for i, t in enumerate(_SENTENCES)] + [(7, "县委召开会议。")]
    got = list(gov_notice.extract_many(items, workers=workers, chunksize=2))
    assert [n.id for n in got] == [f"doc-{i}" for i in range(len(_SENTENCES))] + [7]
    assert [n.source for n in got] == [t for _, t in items]


def test_bytes_inputs_decoded_in_workers() -> None:
    texts = [s.encode("gb18030") for s in _SENTENCES[:3]]
    got = list(gov_notice.extract_many(texts, workers=2, chunksize=1))
    assert [n.source for n in got] == _SENTENCES[:3]


def test_serial_is_lazy() -> None:
    pulled = [0]
    it = gov_notice.extract_many(_counting(_texts(), pulled))
    assert pulled[0] == 0  # nothing runs until iterated
    next(it)
    assert pulled[0] == 1


def test_parallel_lookahead_is_bounded() -> None:
    items = _SENTENCES * 200  # 1200 short texts
    pulled = [0]
    it = gov_notice.extract_many(_counting(items, pulled), workers=2, chunksize=2)
    first = next(it)
    assert first.source == items[0]
    assert pulled[0] <= 2 * batch._AHEAD * 2 + 2  # workers * ahead * chunksize, plus one chunk
    it.close()  # stopping early shuts the pool down without consuming the rest
    assert pulled[0] < len(items)


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "workers2"])
def test_failure_raises_at_that_item(workers: int | None) -> None:
    items: list[Any] = [_SENTENCES[0], _SENTENCES[1], 12345, _SENTENCES[3]]
    got: list[Any] = []
    with pytest.raises(TypeError, match="not int"):
        for n in gov_notice.extract_many(items, workers=workers, chunksize=1):
            got.append(n)
    assert [n.source for n in got] == items[:2]


def test_results_keep_going_past_failures() -> None:
    items: list[Any] = [("a", _SENTENCES[0]), ("b", 12345), ("c", _SENTENCES[3])]
    ex = Extractor()
    got = list(batch.results_or_failures(ex, items, workers=2, progress=False, chunksize=1))
    assert isinstance(got[1], batch.Failed) and got[1].id == "b"
    assert isinstance(got[1].error, TypeError)
    assert [n.id for n in (got[0], got[2])] == ["a", "c"]


_BAD_ARGS = [
    ({"workers": 0}, ValueError, "workers must be >= 1"),
    ({"workers": -3}, ValueError, "workers must be >= 1"),
    ({"workers": "2"}, TypeError, "workers must be an int"),
    ({"workers": 2.0}, TypeError, "workers must be an int"),
    ({"chunksize": 0}, ValueError, "chunksize must be a positive int"),
    ({"chunksize": True}, ValueError, "chunksize must be a positive int"),
]


@pytest.mark.parametrize("kwargs,exc,message", _BAD_ARGS, ids=[str(a[0]) for a in _BAD_ARGS])
def test_bad_arguments_fail_at_call(kwargs: dict[str, Any], exc: type[Exception], message: str) -> None:
    with pytest.raises(exc, match=message):
        gov_notice.extract_many(_SENTENCES, **kwargs)  # no iteration needed


def test_one_string_is_not_a_batch() -> None:
    with pytest.raises(TypeError, match="for one text use extract"):
        gov_notice.extract_many("副省长胡明朗出席会议。")


def test_workers_minus_one_means_every_cpu() -> None:
    assert batch._check_workers(-1) >= 1
    got = list(gov_notice.extract_many(_SENTENCES, workers=-1, chunksize=1))
    assert [n.source for n in got] == _SENTENCES


def test_custom_extractor_config_travels_to_workers() -> None:
    lexicon = {"organization": {"星河区数据资源局": "星河区数据资源管理局"}, "name": ["欧阳明"]}
    ex = Extractor(lexicon=lexicon)
    batch._init_worker(pickle.dumps(ex))
    try:
        assert batch._worker_extractor is not None
        assert batch._worker_extractor._user == ex._user
        assert batch._worker_extractor._res is None  # resources are built in the worker, lazily
    finally:
        batch._worker_extractor = None
    texts = ["星河区数据资源局局长欧阳明主持会议。", *_SENTENCES]
    assert list(batch.pipe(ex, texts, workers=2, chunksize=1)) == list(batch.pipe(ex, texts))


@pytest.mark.skipif("workers" not in inspect.signature(Extractor.pipe).parameters,
                    reason="Extractor.pipe does not delegate to gov_notice.batch yet")
def test_extractor_pipe_delegates() -> None:
    texts = _texts()
    ex = Extractor()
    assert list(ex.pipe(texts, workers=2, chunksize=4)) == [ex.extract(t) for t in texts]


def test_progress_bar_counts_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    bars: list[Any] = []

    class FakeBar:
        def __init__(self, **kwargs: Any) -> None:
            self.kwargs, self.n, self.postfix, self.closed = kwargs, 0, "", False
            bars.append(self)

        def update(self, k: int) -> None:
            self.n += k

        def set_postfix_str(self, s: str, refresh: bool = True) -> None:
            self.postfix = s

        def close(self) -> None:
            self.closed = True

    monkeypatch.setattr(batch, "_tqdm", lambda: FakeBar)
    texts = _texts()
    got = list(gov_notice.extract_many(texts, progress=True))
    assert len(got) == len(texts)
    [bar] = bars
    assert bar.kwargs["total"] == len(texts) and bar.kwargs["unit"] == "doc"
    assert bar.n == len(texts) and bar.closed
    assert bar.postfix.endswith("chars/s")


def test_progress_with_real_tqdm_and_generator(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    got = list(gov_notice.extract_many((t for t in _SENTENCES), progress=True, workers=2))
    assert [n.source for n in got] == _SENTENCES
    assert capsys.readouterr().out == ""  # the bar never writes to stdout


def test_progress_without_tqdm_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("tqdm", "tqdm.std", "tqdm.auto"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    with pytest.raises(ImportError, match=r"gov-notice\[progress\]"):
        gov_notice.extract_many(_SENTENCES, progress=True)


def test_progress_in_a_kernel_without_ipywidgets_is_the_text_bar_and_silent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tqdm_std = pytest.importorskip("tqdm.std")
    if "ipykernel" not in sys.modules:  # as in a kernel
        monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    monkeypatch.setattr(batch.importlib.util, "find_spec",
                        lambda name, *a: None if name == "ipywidgets" else find_spec(name, *a))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # tqdm.auto's TqdmWarning would fail here
        assert batch._tqdm() is tqdm_std.tqdm


def test_progress_outside_a_kernel_is_the_text_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    tqdm_std = pytest.importorskip("tqdm.std")
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    assert batch._tqdm() is tqdm_std.tqdm


def test_si_units() -> None:
    assert batch._si(950) == "950.0"
    assert batch._si(1_250_000) == "1.2M"


def test_progress_chars_per_second_from_a_clock() -> None:
    class Bar:
        postfixes: list[str] = []

        def update(self, k: int) -> None:
            pass

        def set_postfix_str(self, s: str, refresh: bool = True) -> None:
            self.postfixes.append(s)

        def close(self) -> None:
            pass

    ticks = iter([0.0, 1.0, 2.0, 3.0, 4.0])  # started, then one second per document
    notices = [gov_notice.extract("县委召开会议。" * 100)] * 3  # 700 characters each
    bar = Bar()
    out = list(batch._with_progress(iter(notices), lambda: bar, clock=lambda: next(ticks)))
    assert out == notices
    assert bar.postfixes == ["700.0 chars/s", "700.0 chars/s", "700.0 chars/s", "525.0 chars/s"]


def test_one_chunk_of_work_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("no process pool for a single chunk")

    monkeypatch.setattr(batch, "_parallel", no_pool)
    got = list(gov_notice.extract_many(_SENTENCES, workers=2, chunksize=len(_SENTENCES)))
    assert [n.source for n in got] == _SENTENCES
    with pytest.raises(AssertionError, match="no process pool"):
        gov_notice.extract_many(_SENTENCES, workers=2, chunksize=2)


# -- the garbage collector: paused only while a chunk of results is unpickled -------------------

@pytest.mark.parametrize("enabled", [True, False], ids=["gc_on", "gc_off"])
def test_unpickling_restores_the_collector(enabled: bool) -> None:
    import gc

    blob = pickle.dumps([gov_notice.extract(_SENTENCES[0])])
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        [notice] = batch._loads(blob)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert notice == gov_notice.extract(_SENTENCES[0])


def test_parallel_run_leaves_the_callers_collector_as_it_was() -> None:
    import gc

    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    got = list(gov_notice.extract_many(_texts(), workers=2, chunksize=2))
    assert len(got) == len(_texts())
    assert gc.get_freeze_count() == frozen  # the parent froze its heap only for the fork
    assert gc.isenabled() is enabled


def test_parallel_run_keeps_the_callers_frozen_objects_frozen() -> None:
    import gc

    marker = ["an object of the caller's"]
    gc.freeze()  # the caller froze its heap (a server does this after start-up)
    try:
        assert not any(o is marker for o in gc.get_objects())  # frozen: outside the generations
        got = list(gov_notice.extract_many(_texts(), workers=2, chunksize=2))
        assert len(got) == len(_texts())
        # still frozen (the run's gc.unfreeze() used to put it back: freeze count 0 after the run)
        assert not any(o is marker for o in gc.get_objects())
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


# -- results cross between processes as calls of their class ---------------------------------

def test_every_result_class_pickles_as_a_call_of_itself() -> None:
    sample = (DATA / "notice_seed.txt").read_text(encoding="utf-8")
    n = gov_notice.extract(sample)
    items: list[Any] = [n, n.directives[0], n.officials[0], n.officials[0].mentions[0],
                        n.officials[0].positions[0], n.organizations[0], n.directive_groups[0]]
    items += [x for x in (n.meeting, *n.bylines[:1]) if x is not None]
    for x in items:
        made, args = x.__reduce__()
        assert made is type(x) and made(*args) == x  # the dataclass's own __init__, no __setstate__
        back = pickle.loads(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(x) and back == x
    assert {type(x).__name__ for x in items} >= {"Notice", "Directive", "Official", "Mention",
                                                "Position", "Organization", "DirectiveGroup"}


# -- the calling process works too ------------------------------------------------------------

def test_calling_process_extracts_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    here: list[Any] = []
    real = batch._extract_one

    def counting(extractor: Extractor, item: Any) -> Any:
        here.append(item)  # a started process appends to its own copy of this list
        return real(extractor, item)

    monkeypatch.setattr(batch, "_extract_one", counting)
    items = _SENTENCES * 40
    got = list(gov_notice.extract_many(items, workers=2, chunksize=2))
    assert [n.source for n in got] == items
    assert 0 < len(here) < len(items)  # this process took some chunks, the started one the rest


class _Future:
    """A stand-in for a pool's Future: started (cannot be cancelled) or still queued."""

    def __init__(self, started: bool) -> None:
        self.started, self.cancelled = started, False

    def cancel(self) -> bool:
        self.cancelled = not self.started
        return self.cancelled

    def done(self) -> bool:
        return False


def test_take_back_extracts_the_newest_unstarted_chunk_here() -> None:
    from collections import deque

    ex = Extractor()
    head = batch._Sent(["甲"], _Future(started=True))  # type: ignore[arg-type]
    started = batch._Sent(["乙"], _Future(started=True))  # type: ignore[arg-type]
    queued = batch._Sent([_SENTENCES[3]], _Future(started=False))  # type: ignore[arg-type]
    queue: Any = deque([head, started, queued])
    assert batch._take_back(queue, ex) is True
    assert queue[2] == [ex.extract(_SENTENCES[3])] and queue[1] is started
    assert queued.future.cancelled  # type: ignore[attr-defined]
    assert batch._take_back(queue, ex) is False  # the newest pool chunk has started: wait for it
    assert list(queue)[:2] == [head, started]


def test_take_back_never_takes_the_head() -> None:
    from collections import deque

    head = batch._Sent(["甲"], _Future(started=False))  # type: ignore[arg-type]
    queue: Any = deque([head])
    assert batch._take_back(queue, Extractor()) is False
    assert not head.future.cancelled  # type: ignore[attr-defined]


def test_spawned_workers_build_their_own_and_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS and Windows (and Linux from Python 3.14) start processes by spawning: nothing is
    inherited, each started process unpickles the configuration and builds its resources."""
    import multiprocessing
    import types

    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(batch, "multiprocessing", types.SimpleNamespace(get_context=lambda: spawn))
    texts = _texts()
    got = list(gov_notice.extract_many(texts, workers=2, chunksize=2))
    assert got == [gov_notice.extract(t) for t in texts]


# -- input shapes that would otherwise go silently wrong -----------------------------------------

def test_a_mapping_is_read_as_id_to_text() -> None:
    got = list(gov_notice.extract_many({"a": _SENTENCES[0], "b": _SENTENCES[1]}))
    assert [n.id for n in got] == ["a", "b"]
    assert [n.source for n in got] == _SENTENCES[:2]  # the texts, not the keys
    assert got[0].officials[0].name == "胡明朗"


def test_a_dataframe_gives_its_text_column_with_ids_from_the_index() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": _SENTENCES[:3], "source": ["x", "y", "z"]}, index=[10, 11, 12])
    got = list(gov_notice.extract_many(df))
    assert [n.id for n in got] == [10, 11, 12]
    assert all(type(n.id) is int for n in got)  # Python ints (JSON-ready), not numpy scalars
    assert [n.source for n in got] == _SENTENCES[:3]


def test_a_dataframe_id_column_wins_over_the_index() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": ["p", "q"], "body": _SENTENCES[:2]})
    got = list(gov_notice.extract_many(df, text_column="body", workers=2, chunksize=1))
    assert [(n.id, n.source) for n in got] == [("p", _SENTENCES[0]), ("q", _SENTENCES[1])]
    got = list(Extractor().pipe(df, text_column="body", id_column="body"))
    assert [n.id for n in got] == _SENTENCES[:2]


def test_a_dataframe_without_a_text_column_says_what_to_pass() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"body": _SENTENCES[:2]})
    with pytest.raises(TypeError, match=r"text_column=.*'body'"):
        gov_notice.extract_many(df)
    with pytest.raises(ValueError, match=r"text_column='content' is not a column"):
        gov_notice.extract_many(df, text_column="content")
    with pytest.raises(ValueError, match=r"id_column='url' is not a column"):
        gov_notice.extract_many(df, text_column="body", id_column="url")


def test_text_column_without_a_dataframe_is_an_error() -> None:
    with pytest.raises(TypeError, match="columns of a DataFrame"):
        gov_notice.extract_many(_SENTENCES, text_column="text")


def test_a_series_gives_its_values_with_ids_from_the_index() -> None:
    pd = pytest.importorskip("pandas")
    got = list(gov_notice.extract_many(pd.Series(_SENTENCES[:2], index=["u", "v"])))
    assert [(n.id, n.source) for n in got] == [("u", _SENTENCES[0]), ("v", _SENTENCES[1])]


def test_a_frame_without_an_index_keeps_ids_none() -> None:
    class Table:  # the shape of a polars DataFrame: columns, df[name], no index
        columns = ["text"]

        def __getitem__(self, name: str) -> list[str]:
            return _SENTENCES[:2]

        def __len__(self) -> int:
            return 2

    got = list(gov_notice.extract_many(Table()))
    assert [(n.id, n.source) for n in got] == [(None, _SENTENCES[0]), (None, _SENTENCES[1])]


def test_a_missing_text_in_a_dataframe_raises_at_that_row() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": [_SENTENCES[0], None]})
    results = gov_notice.extract_many(df)
    assert next(results).id == 0
    with pytest.raises(TypeError, match="as a str"):  # None, or NaN as pandas may store it
        next(results)

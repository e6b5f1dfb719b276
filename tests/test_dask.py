"""gov_notice.dask on a distributed.LocalCluster with two worker processes: same tables as pandas."""

from __future__ import annotations

import sys
from typing import Any, Iterator

import pytest

_NO_DASK = "Dask is not installed: pip install 'gov-notice[dask]' (not part of the test extra; CI installs it)"
dask = pytest.importorskip("dask", reason=_NO_DASK)
pytest.importorskip("dask.dataframe", reason=_NO_DASK)
distributed = pytest.importorskip("distributed", reason=_NO_DASK)
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import gov_notice  # noqa: E402
import gov_notice.dask as gnd  # noqa: E402
from gov_notice.frames import TABLES  # noqa: E402
from gov_notice.pipeline import Extractor  # noqa: E402

from conftest import DATA  # noqa: E402

_SENTENCES = [
    "副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。",
    "會議要求：一是提高認識。二是壓實責任。三是加強督導。",
    "市委常委、秘书长王建国主持会议，市政府办公室负责同志参加。",
    "",
]


def _texts() -> list[str]:
    return [(DATA / "notice_seed.txt").read_text(encoding="utf-8"), *_SENTENCES] * 2


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def _assert_same(lazy: Any, expected: Any) -> None:
    """Computed Dask tables equal the pandas ones; the lazy dtypes (meta) match too."""
    computed = dask.compute(*lazy)
    for name, got, want, frame in zip(TABLES, computed, expected, lazy):
        assert frame.dtypes.to_dict() == want.dtypes.to_dict(), name
        pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=True, obj=name)


def test_bag_of_pairs_matches_to_frames(client: Any) -> None:
    pairs = [(f"doc-{i}", t) for i, t in enumerate(_texts())]
    lazy = gnd.from_bag(db.from_sequence(pairs, npartitions=3))
    _assert_same(lazy, gov_notice.to_frames(gov_notice.extract_many(pairs)))


def test_bag_of_texts_gets_partition_ids(client: Any) -> None:
    texts = _texts()
    notices = gnd.from_bag(db.from_sequence(texts, npartitions=2)).notices.compute()
    ids = notices["doc_id"].tolist()
    assert len(ids) == len(set(ids)) == len(texts)
    assert ids[0] == "0-0" and all(i.split("-")[0] in {"0", "1"} for i in ids)


def test_dataframe_index_is_the_doc_id(client: Any) -> None:
    texts = _texts()
    pdf = pd.DataFrame({"body": texts}, index=pd.Index(range(100, 100 + len(texts)), name="k"))
    lazy = gnd.from_dataframe(dd.from_pandas(pdf, npartitions=3), "body")
    _assert_same(lazy, gov_notice.to_frames(gov_notice.extract_many(zip(pdf.index, texts))))


def test_dataframe_id_column(client: Any) -> None:
    texts = _texts()
    pdf = pd.DataFrame({"url": [f"https://example.invalid/{i}" for i in range(len(texts))],
                        "text": texts})
    frames = gnd.from_dataframe(dd.from_pandas(pdf, npartitions=2), id="url")
    officials, notices = dask.compute(frames.officials, frames.notices)
    assert notices["doc_id"].tolist() == pdf["url"].tolist()
    joined = officials.merge(notices, on="doc_id")
    assert len(joined) == len(officials) and (joined["name"] == "胡明朗").any()


def test_extract_bag_gives_notices(client: Any) -> None:
    texts = _texts()
    got = gnd.extract_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert got == list(gov_notice.extract_many(texts))
    d = got[0].directives[0]
    assert got[0].source_span(d.start, d.end) != (d.start, d.end)  # the offset map came back


def test_custom_extractor_travels(client: Any) -> None:
    ex = Extractor(lexicon={"organization": {"星河区数据资源局": "星河区数据资源管理局"}})
    texts = ["星河区数据资源局局长欧阳明主持会议。", *_SENTENCES]
    got = gnd.extract_bag(db.from_sequence(texts, npartitions=2), extractor=ex).compute()
    assert got == [ex.extract(t) for t in texts]


def test_unknown_column() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["县委召开会议。"]}), npartitions=1)
    with pytest.raises(KeyError, match="'body' is not a column"):
        gnd.from_dataframe(ddf, "body")


def test_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r"gov-notice\[dask\]"):
        gnd.from_bag(db.from_sequence(["县委召开会议。"]))


def test_lazy_tables_show_without_computing(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = gnd.from_bag(db.from_sequence([("a", _SENTENCES[0])], npartitions=1))

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("showing the lazy tables computed them")

    monkeypatch.setattr(dask, "compute", refuse)
    monkeypatch.setattr(type(lazy.officials), "compute", refuse)
    assert "lazy, 1 partition × 12 columns" in repr(lazy)
    html = lazy._repr_html_()
    assert html.count("<details") == 5 and "n_mentions" in html

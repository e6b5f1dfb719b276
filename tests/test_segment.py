"""The Segmenter: jieba's dictionary and tokens exactly, a silent build, and the dictionary cache."""

from __future__ import annotations

import json
import marshal
import os
import pickle
import shutil
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPORA, gold_docs
from gov_notice import _cache, segment
from gov_notice.segment import Segmenter

# sentences in the genre's shapes, written for these tests
_SENTENCES = [
    "副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。",
    "会议强调，一是思想认识务必再提高，二是工作措施务必再细化。",
    "市委常委、政法委书记欧阳明主持召开全市公安工作会议。",
    "各级公安机关要坚决贯彻落实省委省政府决策部署。",
    "2024年3月5日上午，省政府新闻办举行新闻发布会（记者 李文）",
]


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder filled once for the module (parsing dict.txt costs about a second)."""
    folder = tmp_path_factory.mktemp("warm")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GOV_NOTICE_CACHE_DIR", str(folder))
        Segmenter().tag("会议")
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own (never the user's real one)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("GOV_NOTICE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _isolated(warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """By default a test reads a copy of the warm cache (tests asking for ``cache_dir`` get an
    empty folder instead, since that fixture sets the variable again)."""
    folder = tmp_path / "warm-copy"
    shutil.copytree(warm_cache, folder)
    monkeypatch.setenv("GOV_NOTICE_CACHE_DIR", str(folder))


def _python_route(seg: Segmenter) -> Segmenter:
    """``seg`` with the jieba-rs engine turned off: the dictionary cut runs on the Python route."""
    seg._fast_checked, seg._fast = True, None
    return seg


@pytest.fixture(scope="module", params=["jieba-rs", "python"])
def segmenter(warm_cache: Path, request: pytest.FixtureRequest) -> Segmenter:
    """A Segmenter on each engine of the dictionary cut (both must give jieba's tokens)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GOV_NOTICE_CACHE_DIR", str(warm_cache))
        seg = Segmenter()
        seg.tag("会议")
    if request.param == "python":
        return _python_route(seg)
    assert seg._fast_engine() is not None, "rjieba is a dependency: the fast engine must load"
    return seg


@pytest.fixture(scope="module")
def reference() -> object:
    """jieba's own prefix dictionary, built by jieba's ``gen_pfdict`` (no logging, no temp cache)."""
    import jieba

    tk = jieba.Tokenizer()
    with tk.get_dict_file() as fh:
        tk.FREQ, tk.total = tk.gen_pfdict(fh)
    tk.initialized = True
    return tk


def _tokens(seg: Segmenter, text: str, hmm: bool = True) -> list[str]:
    return [w for w, _, _ in seg.cut(text, hmm)]


@pytest.mark.parametrize("source", ["parsed", "cached"])
def test_prefix_dictionary_is_jiebas(reference: object, request: pytest.FixtureRequest,
                                     source: str) -> None:
    if source == "parsed":
        request.getfixturevalue("cache_dir")  # an empty cache: dict.txt is parsed
    store = Segmenter()._store()
    assert store.total == reference.total  # type: ignore[attr-defined]
    ours: dict[str, int] = {}
    for ch in {w[0] for w in reference.FREQ}:  # type: ignore[attr-defined]
        ours.update(store.counts(ch))
    assert ours == reference.FREQ  # type: ignore[attr-defined]


# shapes that stress jieba's block splitting: ASCII runs, digits, spaces, line breaks, symbols
_TRICKY = {
    "ascii-runs": "2024年3月5日，COVID-19疫情防控A股上涨3.5%，GDP同比增长5.2%",
    "spaces-newlines": "省公安厅 召开\n\n会议  （记者 李文 王武）\r\n\t完",
    "symbols": "《关于进一步加强安全生产工作的通知》（国办发〔2024〕12号）&#+_.%-",
    "single-chars": "兼\n党\na\n1\n，",
    "empty": "",
    "unknown-chars": "𠮷𠮷在㐀㐁出席",
}


@pytest.mark.parametrize("hmm", [False, True], ids=["no-hmm", "hmm"])
@pytest.mark.parametrize("text", _SENTENCES + list(_TRICKY.values()),
                         ids=[f"s{i}" for i in range(len(_SENTENCES))] + list(_TRICKY))
def test_tokens_are_jiebas(reference: object, segmenter: Segmenter, text: str, hmm: bool) -> None:
    expected = list(reference.cut(text, HMM=hmm))  # type: ignore[attr-defined]
    assert _tokens(segmenter, text, hmm) == expected
    assert _tokens(segmenter, text, hmm) == expected  # again, from the memo


def test_tokens_are_jiebas_on_the_corpora(reference: object, segmenter: Segmenter) -> None:
    """Our cut against jieba's on real text: gold notices, corpus sentences, windows."""
    texts = [d["text"] for d in gold_docs()]
    for path in sorted(CORPORA.glob("*/dev.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for i, line in enumerate(fh) if i % 5 == 0]
    lines = [line for t in texts for line in t.split("\n") if line]
    windows = [line[i:i + w] for line in lines for i, w in ((0, 12), (len(line) // 3, 20))]
    mismatches = [t for t in lines + windows
                  if segmenter._words(t, False) != list(reference.cut(t, HMM=False))]  # type: ignore[attr-defined]
    mismatches += [t for t in lines[::4] + windows
                   if segmenter._words(t, True) != list(reference.cut(t, HMM=True))]  # type: ignore[attr-defined]
    assert len(lines) > 100
    assert mismatches == []


@pytest.mark.parametrize("hmm", [False, True], ids=["no-hmm", "hmm"])
def test_cut_offsets_are_contiguous(segmenter: Segmenter, hmm: bool) -> None:
    text = "\n".join(_SENTENCES + list(_TRICKY.values()))
    pos = 0
    for word, start, end in segmenter.cut(text, hmm):
        assert start == pos and text[start:end] == word
        pos = end
    assert pos == len(text)


@pytest.mark.parametrize("hmm", [False, True], ids=["no-hmm", "hmm"])
def test_ends_are_the_token_ends_of_cut(segmenter: Segmenter, hmm: bool) -> None:
    segmenter._memo.clear()
    segmenter._memo_hmm.clear()
    for text in [*_SENTENCES, *_TRICKY.values(), ""]:
        fresh = segmenter.ends(text, hmm)  # (before the cut is remembered, and after)
        expected = (0, *(end for _w, _s, end in segmenter.cut(text, hmm)))
        assert fresh == expected and segmenter.ends(text, hmm) == expected


def test_memo_is_bounded_and_returns_fresh_lists(segmenter: Segmenter,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_MEMO_SIZE", 3)
    segmenter._memo.clear()
    first = segmenter.cut("出席会议", False)
    first.append(("x", 0, 0))
    assert segmenter.cut("出席会议", False) == [("出席会议", 0, 4)]
    for text in ("省公安厅", "市委", "区委", "组织部"):
        segmenter.cut(text, False)
    assert len(segmenter._memo) <= 3
    long_text = "会议" * 40
    segmenter.cut(long_text, False)
    assert long_text not in segmenter._memo


def test_memo_keeps_no_container_the_garbage_collector_walks(segmenter: Segmenter) -> None:
    # (a fresh Extractor remembers thousands of windows: kept as tuples of tokens, they were most
    # of what each garbage collection walked)
    import gc

    segmenter._memo.clear()
    segmenter._memo_hmm.clear()
    for hmm in (False, True):
        for text in _SENTENCES:
            segmenter.cut(text, hmm)
    assert segmenter._memo and segmenter._memo_hmm
    for memo in (segmenter._memo, segmenter._memo_hmm):
        assert not any(gc.is_tracked(k) or gc.is_tracked(v) for k, v in memo.items())
    for hmm in (False, True):  # the remembered cut is the cut
        for text in _SENTENCES:
            assert segmenter.cut(text, hmm) == segmenter.cut(text, hmm)
            assert "".join(w for w, _s, _e in segmenter.cut(text, hmm)) == text


def test_dictionary_tags_and_counts(segmenter: Segmenter) -> None:
    seg = segmenter
    assert seg.tag("会议") == "n"
    assert seg.tag("不存在的词语啊") is None
    assert seg.freq("会议") > 1000
    assert seg.freq("胡明朗") == 0


def test_extra_words_are_cut_and_tagged() -> None:
    seg = Segmenter([("胡明朗", "nr"), ("会议", "zz")])
    assert "胡明朗" in _tokens(seg, "厅长胡明朗出席会议")
    assert seg.tag("胡明朗") == "nr"
    assert seg.tag("会议") == "n"  # jieba's own tag wins
    assert seg.freq("胡明朗") == 10


def test_tags_and_counts_are_the_same_with_and_without_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    """jieba-rs answers "no such word" before a piece of the cache is unpacked: the same answers
    as the cache alone, for words, prefixes of words, non-words, extra words and single characters."""
    extra = [("胡明朗", "nr"), ("会议", "zz"), ("某某办公室", "nt")]
    words = {w[:k] for text in _SENTENCES for w, _, _ in Segmenter().cut(text, False)
             for k in range(1, len(w) + 1)}
    words |= {text[i:i + n] for text in _SENTENCES for n in (2, 3, 4) for i in range(len(text))}
    words |= {w for w, _ in extra} | {"某某", "不存在的词语啊", "a", "2024年"}
    with_fast = Segmenter(extra)
    assert with_fast._fast_engine() is not None
    got = {w: (with_fast.tag(w), with_fast.freq(w)) for w in words}
    monkeypatch.setitem(sys.modules, "rjieba", None)
    alone = Segmenter(extra)
    assert alone._fast_engine() is None
    assert got == {w: (alone.tag(w), alone.freq(w)) for w in words}
    assert sum(1 for t, _ in got.values() if t is None) > 10  # (non-words were asked)


def test_cache_is_written_then_used(cache_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                    capfd: pytest.CaptureFixture[str]) -> None:
    first = Segmenter()
    expected = _tokens(first, _SENTENCES[0]), first.tag("会议")
    assert capfd.readouterr() == ("", "")  # jieba's "Building prefix dict" is never printed
    assert [p.name.split("-")[:2] for p in cache_dir.iterdir()] == [["jieba", "dict"]]
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".tmp-")]

    def no_parse(raw: bytes) -> object:
        raise AssertionError("the dictionary was parsed although it is cached")

    monkeypatch.setattr(segment, "_parse_dictionary", no_parse)
    second = Segmenter()
    assert (_tokens(second, _SENTENCES[0]), second.tag("会议")) == expected


def _aged(folder: Path, name: str, days: float, now: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(b"x")
    os.utime(p, (now - days * 86400, now - days * 86400))
    return p


def test_stale_caches_are_pruned_the_current_one_kept(tmp_path: Path) -> None:
    now, tmp_path = time.time(), tmp_path / "cache"
    current = _aged(tmp_path, "jieba-dict-current.marshal", 400, now)  # old but in use: kept
    recent = [_aged(tmp_path, f"jieba-dict-recent{i}.marshal", i, now) for i in range(1, 4)]
    old = _aged(tmp_path, "jieba-dict-old.marshal", 45, now)
    died = _aged(tmp_path, ".tmp-abc.marshal", 1, now)
    writing = _aged(tmp_path, ".tmp-def.marshal", 0, now)  # another process is writing it
    mine = _aged(tmp_path, "notes.txt", 400, now)  # not ours: never touched
    _cache._prune_cache(tmp_path, current, now)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in [current, *recent[:2], writing, mine])  # the 2 used last are kept
    assert not old.exists() and not died.exists()


def test_a_new_cache_prunes_and_a_read_marks_use(cache_dir: Path) -> None:
    now = time.time()
    old = _aged(cache_dir, "jieba-dict-0123456789abcdef.marshal", 45, now)
    Segmenter().tag("会议")  # a miss: dict.txt parsed, the cache written, the folder pruned
    (path,) = cache_dir.iterdir()
    assert path.name.startswith("jieba-dict-") and not old.exists()
    os.utime(path, (now - 10 * 86400, now - 10 * 86400))
    Segmenter().tag("会议")  # a hit marks the file used
    assert path.stat().st_mtime > now - 60


def test_pieces_unpack_only_when_asked() -> None:
    seg = Segmenter()
    seg.cut("出席会议", False)
    store = seg._store()
    assert set(store._counts) <= set("出席会议") and not store._entry_counts
    assert seg.tag("会议") == "n" and seg.freq("会议") > 1000
    assert set(store._entry_counts) == set(store._entry_tags) == {"会议"} and not store._counts  # (read from the entry texts)
    seg = Segmenter([("胡明朗", "nr")])
    assert seg.tag("胡明朗") == "nr" and seg.tag("会议") == "n"
    assert set(seg._store()._counts) == {"胡"}  # the extra word's piece, for the total
    assert seg.freq("胡明朗") == 10 and seg.freq("胡") > 0 and seg.freq("") == 0
    assert seg.tag("") is None


def test_parsed_pieces_are_kept_after_a_miss(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seg = Segmenter()
    assert seg.tag("会议") == "n"  # parses dict.txt once

    def no_parse(raw: bytes) -> object:
        raise AssertionError("parsed twice")

    monkeypatch.setattr(segment, "_parse_dictionary", no_parse)
    assert seg.freq("公安厅") > 0 and seg.tag("公安厅") is not None


@pytest.mark.parametrize("junk", [b"\xe9junk", 7], ids=["bad-bytes", "not-bytes"])
def test_damaged_piece_falls_back_to_dict_txt(cache_dir: Path, junk: object) -> None:
    expected = _tokens(Segmenter(), _SENTENCES[0], False)
    (path,) = cache_dir.iterdir()
    fmt, total, counts, tags = marshal.loads(path.read_bytes())
    counts["副"] = junk
    path.write_bytes(marshal.dumps((fmt, total, counts, tags)))
    seg = _python_route(Segmenter())  # (the jieba-rs engine reads no piece)
    assert _tokens(seg, _SENTENCES[0], False) == expected
    assert marshal.loads(path.read_bytes())[2]["副"] != junk  # the cache was repaired


def test_damaged_entries_fall_back_to_dict_txt(cache_dir: Path) -> None:
    expected = Segmenter().tag("会议"), Segmenter().freq("会议")
    (path,) = cache_dir.iterdir()
    fmt, total, counts, entries = marshal.loads(path.read_bytes())
    key = "会议" if "会议" in entries else "会"  # (会 opens many words: they are split by two characters)
    entries[key] = 12345  # not the UTF-8 string of the words starting with 会议
    path.write_bytes(marshal.dumps((fmt, total, counts, entries)))
    seg = Segmenter()
    assert (seg.tag("会议"), seg.freq("会议")) == expected
    assert isinstance(marshal.loads(path.read_bytes())[3][key], bytes)  # the cache was repaired


def test_split_entries_answer_as_the_dictionary_does(segmenter: Segmenter) -> None:
    # a character opening many words has them under their first two characters and its own
    # one-character word under itself: every look-up finds what dict.txt says
    store = segmenter._store()
    assert any(len(k) == 2 for k in store._entry_texts)  # (some characters' words are split)
    freq, _total, tags = segment._parse_dictionary(segment._Store._read_dict())
    words = ["会", "会议", "会议室", "会员", "会不会", "中", "中国", "中华人民共和国", "不", "不过", "犇", "鱻",
             "会计师事务所", "会议厅堂", "中国x", "a", "人民日报", "的", "的确", "一", "一是"]
    for word in words:
        assert segmenter.freq(word) == freq.get(word, 0), word
        assert segmenter.tag(word) == tags.get(word), word


def test_a_word_never_reads_across_entries(segmenter: Segmenter) -> None:
    """A look-up string holding the entries' separators finds nothing (no dictionary word has one)."""
    assert segmenter.tag("会议\t") is None and segmenter.freq("会议\n会") == 0
    assert segmenter.tag("会议") == "n"


@pytest.mark.parametrize("junk", [b"", b"\xe9\x00\x00\x00", marshal.dumps({"a": 1})],
                         ids=["empty", "truncated", "wrong-shape"])
def test_broken_cache_is_rebuilt_silently(segmenter: Segmenter, junk: bytes,
                                          capfd: pytest.CaptureFixture[str]) -> None:
    expected = _tokens(segmenter, _SENTENCES[1])
    cache_dir = _cache._cache_dir()
    assert cache_dir is not None
    for p in cache_dir.iterdir():
        p.write_bytes(junk)
    seg = Segmenter()
    assert _tokens(seg, _SENTENCES[1]) == expected
    assert seg.tag("会议") == "n"
    assert capfd.readouterr() == ("", "")
    # and the broken files were replaced by good ones
    assert all(p.stat().st_size > 1000 for p in cache_dir.iterdir())


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capfd: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("GOV_NOTICE_CACHE_DIR", str(blocker / "cache"))  # under a file: mkdir fails
    seg = Segmenter()
    assert _tokens(seg, "出席会议") and seg.tag("会议") == "n"
    assert capfd.readouterr() == ("", "")


def test_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOV_NOTICE_CACHE_DIR", "")
    assert _cache._cache_dir() is None
    seg = Segmenter()
    assert seg.tag("会议") == "n"
    assert not (tmp_path / "cache").exists()


def test_pickles_without_the_dictionary() -> None:
    seg = Segmenter([("胡明朗", "nr")])
    seg.cut("出席会议")
    data = pickle.dumps(seg)
    assert len(data) < 1000
    back = pickle.loads(data)
    assert back._store_obj is None
    assert "胡明朗" in _tokens(back, "厅长胡明朗出席会议")


# -- the jieba-rs engine: the same tokens as the Python route, extra words included ---------------

# (word, tag) pairs a user lexicon adds: new words, words already in the dictionary, a repeat
_EXTRA = [("胡明朗", "nr"), ("省公安厅", "nt"), ("公安厅", "nt"), ("网信办", "nt"), ("一是", "m"),
          ("副省长", "nn"), ("会议", "n"), ("中央网信办", "nt"), ("网信办", "nt")]


def test_engines_agree_with_extra_words() -> None:
    texts = [d["text"] for d in gold_docs()] or _SENTENCES
    texts += _SENTENCES + list(_TRICKY.values()) + ["中央网信办、省公安厅和胡明朗副省长一是会议"]
    fast, slow = Segmenter(_EXTRA), _python_route(Segmenter(_EXTRA))
    assert fast._fast_engine() is not None
    assert [fast.cut(t, False) for t in texts] == [slow.cut(t, False) for t in texts]
    assert _tokens(fast, "中央网信办召开会议", False) == ["中央网信办", "召开", "会议"]


def test_nonstandard_dictionary_keeps_the_python_route(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_STANDARD_TOTAL", 1)  # as if jieba's dict.txt had been edited
    seg = Segmenter()
    assert seg._fast_engine() is None
    assert _tokens(seg, _SENTENCES[0], False)[:3] == ["副省长", "、", "公安厅"]


def test_without_rjieba_the_python_route_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba raises ImportError
    seg = Segmenter()
    assert seg._fast_engine() is None
    assert _tokens(seg, _SENTENCES[0], False)[:3] == ["副省长", "、", "公安厅"]


@pytest.mark.parametrize("hmm", [False, True], ids=["no-hmm", "hmm"])
def test_cut_with_an_offset_shifts_every_token(segmenter: Segmenter, hmm: bool) -> None:
    # (Doc.cut asks for a window's tokens with offsets into the whole text)
    for text in _SENTENCES:
        plain = segmenter.cut(text, hmm)  # (remembered from here on)
        for offset in (0, 7):
            assert segmenter.cut(text, hmm, offset) == [(w, s + offset, e + offset) for w, s, e in plain]
    segmenter._memo.clear()
    segmenter._memo_hmm.clear()
    text = _SENTENCES[0]
    shifted = segmenter.cut(text, hmm, 5)  # a fresh cut with an offset is remembered unshifted
    assert shifted == [(w, s + 5, e + 5) for w, s, e in segmenter.cut(text, hmm)]


def test_an_entry_half_written_by_another_thread_is_found_again(segmenter: Segmenter) -> None:
    # the store's answers are two tables read without a lock: a count whose tag is not there (yet,
    # or any more) is no answer
    store = segmenter._store()
    expected = store.entry("会议")
    store._entry_tags.pop("会议")
    assert store.entry("会议") == expected
    store._entry_counts.clear()
    store._entry_tags.clear()
    assert store.entry("会议") == expected

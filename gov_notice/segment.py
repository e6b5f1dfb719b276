"""Word segmentation and dictionary look-ups over jieba's dictionary, loaded piece by piece.

jieba stays the reference and the dictionary: the words, counts and tags are those of jieba's
``dict.txt`` (plus the user's lexicon words), and :meth:`Segmenter.cut` returns exactly the tokens
of ``jieba.Tokenizer().cut(text, HMM=hmm)`` (``tests/test_segment.py`` checks it on the corpora).
jieba's global tokenizer, which logs "Building prefix dict…" to stderr, is never touched.

What differs is how the dictionary is held.  jieba parses ``dict.txt`` (≈350,000 lines) into one
prefix dictionary of ≈500,000 entries, about 0.8 s, most of a first ``extract`` call.  Here:

* the parsed dictionary is cached in a per-user cache folder (``$GOV_NOTICE_CACHE_DIR``, else the
  platform's cache folder + ``gov_notice``) in a file named by a hash of the path, size and
  modification time of jieba's ``dict.txt``, jieba's version, the Python version and our cache
  format.  It is written atomically (temporary file + ``os.replace``); any failure to read,
  validate or write it is ignored and ``dict.txt`` is parsed as before.
  ``GOV_NOTICE_CACHE_DIR=""`` turns the cache off.  Each jieba install (or upgrade, or Python
  version) has its own file of about 15 MB: when one is written, the files of other installs
  unused for 30 days, and all but the two used last, are deleted (see :mod:`gov_notice._cache`);
* in that file the counts (with every word prefix, for the route below) are split by the first
  character of the word, each piece a small ``marshal`` blob unpacked only when the Python route
  first cuts a window starting with that character.  The look-ups of one word (:meth:`Segmenter.tag`,
  :meth:`Segmenter.freq`) read another table: per first character, the words with their counts
  and tags as one UTF-8 string (``\nword\tcount\ttag`` per word), searched where a word is asked
  for and never unpacked; each answer is remembered (a bounded table).  A first notice touches a
  small part of the dictionary, so the first call pays only for that part;
* the DAG / route / walk of jieba's ``cut`` runs in one pass over those pieces, with the same
  floating-point operations in the same order (so the same tokens); unknown runs still go to
  jieba's own HMM (``jieba.finalseg``);
* windows up to 64 characters are remembered (a bounded table): the same titles and bodies recur
  across notices;
* the dictionary cut (``hmm=False``, all the rules use) runs on jieba-rs, through the ``rjieba``
  binding, when it is installed and jieba's dictionary is the standard one it bundles: the same
  algorithm over the same dictionary, about ten times faster than the Python route, and its
  tokens are checked identical to jieba's on the corpora (``tests/test_segment.py``).  The extra
  words are added to it with the counts used here.  Otherwise the Python route below runs.
"""

from __future__ import annotations

import importlib
import logging
import marshal
import os
import threading
from math import log
from typing import Any, Iterable, TypeVar

from ._cache import (
    _CACHE_FORMAT,
    _cache_dir,
    _cache_path,
    _mark_used,
    _prune_cache,
    _read_cache,
    _write_cache,
)

logger = logging.getLogger(__name__)

# a first character's entry text longer than this (bytes) is split by the first two characters
# (a look-up reads any split: a cache written with another value answers the same)
_SPLIT_ENTRIES = 8192
# how many words' (count, tag) answers a store remembers (the table is cleared when full)
_ENTRIES_KEPT = 65_536
# a tag no word has: "not remembered" (the tables of the answers are read without a lock)
_UNSEEN = "\0"

# the total count of jieba's standard dict.txt (jieba 0.39 to 0.42.1), which jieba-rs bundles: the
# fast engine is used only over that dictionary
_STANDARD_TOTAL = 60_101_967

# single characters that jieba's no-HMM cut glues into one token (its ``re_eng``)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# windows up to this length are remembered; the table is cleared when it holds _MEMO_SIZE windows
# (a window's token ends are kept as bytes, so _MEMO_MAX_LEN must stay below 256)
_MEMO_MAX_LEN = 64
_MEMO_SIZE = 32_768

V = TypeVar("V")


def _parse_dictionary(raw: bytes) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's ``gen_pfdict`` over the bytes of ``dict.txt`` (counts with every prefix, total),
    keeping the tags as well."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for line in raw.decode("utf-8").split("\n"):
        parts = line.split()
        if len(parts) < 2:
            continue
        word, count = parts[0], int(parts[1])
        freq[word] = count
        total += count
        if len(parts) > 2:
            tags[word] = parts[2]
        for i in range(len(word) - 1):
            freq.setdefault(word[: i + 1], 0)
    return freq, total, tags


def _entry_texts(freq: dict[str, int], tags: dict[str, str]) -> dict[str, bytes]:
    """Per first character, its words as ``\nword\tcount\ttag`` (tag empty when the dictionary
    gives none) in one UTF-8 string, closed by ``\n`` (bare prefixes, counted 0, are left out).

    The words of a character that opens many (不, 中, 大 …: up to 55 KB) are split further by their
    first two characters, so that a look-up searches a short string; only the character's own
    one-character word, if any, stays under it (a look-up tries the first two characters first)."""
    parts: dict[str, list[str]] = {}
    for word, count in freq.items():
        tag = tags.get(word, "")
        if count or tag:
            parts.setdefault(word[0], []).append(f"\n{word}\t{count}\t{tag}")
    out: dict[str, bytes] = {}
    for ch, lines in parts.items():
        text = ("".join(lines) + "\n").encode("utf-8")
        if len(text) <= _SPLIT_ENTRIES:
            out[ch] = text
            continue
        by_two: dict[str, list[str]] = {ch: []}
        for line in lines:
            by_two.setdefault(line[1:3] if line[2] != "\t" else ch, []).append(line)
        out.update((key, ("".join(group) + "\n").encode("utf-8")) for key, group in by_two.items())
    return out


def _by_first_char(table: dict[str, V]) -> dict[str, dict[str, V]]:
    """``table`` split by the first character of its words."""
    out: dict[str, dict[str, V]] = {}
    for word, value in table.items():
        piece = out.get(word[0])
        if piece is None:
            piece = out[word[0]] = {}
        piece[word] = value
    return out


class _Store:
    """jieba's dictionary plus the extra words, by first character, each piece unpacked on first use.

    ``counts(ch)`` holds every word and word prefix starting with ``ch`` with its count (0 for a
    bare prefix), as jieba's ``FREQ`` (the Python route reads it); ``entry(word)`` is one word's
    count and tag.  ``total`` is jieba's ``total`` with the extra words added.
    """

    def __init__(self, extra: tuple[tuple[str, str], ...]) -> None:
        import jieba

        self._version: str = jieba.__version__
        self._lock = threading.RLock()
        self._extra: dict[str, list[tuple[str, str]]] = {}
        # an extra word's tag, where the dictionary gives the word none (its own tag wins)
        self._extra_tags: dict[str, str] = {}
        for word, tag in extra:
            if word:
                self._extra.setdefault(word[0], []).append((word, tag))
                self._extra_tags.setdefault(word, tag)
        self._counts: dict[str, dict[str, int]] = {}
        # word → its count, and its tag, answered so far from the entry texts (two tables of strings
        # and ints: nothing the garbage collector walks)
        self._entry_counts: dict[str, int] = {}
        self._entry_tags: dict[str, str | None] = {}
        folder = _cache_dir()
        self._path = (_cache_path(folder, self._dict_identity(), self._version)
                      if folder is not None else None)
        cached = _read_cache(self._path) if self._path is not None else None
        # count pieces not unpacked yet: marshal blobs from the cache or dicts just parsed
        self._packed_counts: dict[str, object]
        # per first character, its words with their counts and tags (see _entry_texts)
        self._entry_texts: dict[str, object] = {}
        if cached is not None:
            assert self._path is not None
            _mark_used(self._path)
            self.total, packed, self._entry_texts = cached
            self._packed_counts = dict(packed)
        else:
            self._load_parsed(self._read_dict())
        self.dict_total = self.total  # the dictionary's own, before the extra words
        # the extra words change the total: unpack their pieces now (it adds their counts)
        for ch in list(self._extra):
            self.counts(ch)
        self.logtotal = log(self.total)

    @staticmethod
    def _dict_identity() -> bytes:
        """What names jieba's ``dict.txt``: its path, size and modification time (the content
        itself when it is no plain file)."""
        import jieba

        with jieba.Tokenizer().get_dict_file() as fh:
            name = getattr(fh, "name", None)
            if isinstance(name, str):
                try:
                    st = os.stat(name)
                    return f"{os.path.abspath(name)}|{st.st_size}|{st.st_mtime_ns}".encode()
                except OSError:
                    pass
            data: bytes = fh.read()
        return data

    @staticmethod
    def _read_dict() -> bytes:
        import jieba

        with jieba.Tokenizer().get_dict_file() as fh:
            raw: bytes = fh.read()
        return raw

    def _load_parsed(self, raw: bytes) -> None:
        """Parse ``dict.txt``, keep its pieces (unpacked ones stay) and write the cache."""
        freq, total, tags = _parse_dictionary(raw)
        counts, texts = _by_first_char(freq), _entry_texts(freq, tags)
        if self._path is not None:
            _write_cache(self._path, (_CACHE_FORMAT, total,
                                      {ch: marshal.dumps(d) for ch, d in counts.items()}, texts))
            _prune_cache(self._path.parent, self._path)
        self.total = total if not self._counts else self.total
        self._packed_counts = {ch: d for ch, d in counts.items() if ch not in self._counts}
        self._entry_texts = dict(texts)

    def _unpack(self, ch: str) -> dict[str, int]:
        """The counts piece of ``ch`` (empty when the dictionary has none)."""
        piece: object = self._packed_counts.pop(ch, None)
        if piece is None or isinstance(piece, dict):  # (none, or parsed just now)
            return piece or {}
        try:
            piece = marshal.loads(piece) if isinstance(piece, bytes) else None
        except Exception:
            piece = None
        if not isinstance(piece, dict):  # a damaged cache: parse dict.txt after all
            logger.debug("damaged piece %r in the dictionary cache; parsing dict.txt", ch)
            self._load_parsed(self._read_dict())
            piece = self._packed_counts.pop(ch, None)
        return piece if isinstance(piece, dict) else {}

    def counts(self, ch: str) -> dict[str, int]:
        piece = self._counts.get(ch)
        if piece is None:
            with self._lock:
                piece = self._counts.get(ch)
                if piece is None:
                    piece = self._unpack(ch)
                    for word, _tag in self._extra.get(ch, ()):
                        old = piece.get(word, 0)
                        count = max(old, 10)
                        self.total += count - old
                        piece[word] = count
                        for i in range(len(word) - 1):
                            piece.setdefault(word[: i + 1], 0)
                    self._counts[ch] = piece
        return piece

    def entry(self, word: str) -> tuple[int, str | None]:
        """``(count, tag)`` of ``word`` in the dictionary (``(0, None)`` when it is no word); the
        extra words' counts are read from their pieces, unpacked when the store was built."""
        count = self._entry_counts.get(word, -1)
        if count >= 0:
            # (read as two look-ups: another thread may clear the tables between them, or have
            # written the count and not yet the tag; then the entry is found again)
            tag = self._entry_tags.get(word, _UNSEEN)
            if tag != _UNSEEN:
                return count, tag
        got = self._find_entry(word)
        if len(self._entry_counts) >= _ENTRIES_KEPT:
            self._entry_counts.clear()
            self._entry_tags.clear()
        self._entry_counts[word], self._entry_tags[word] = got
        return got

    def _find_entry(self, word: str) -> tuple[int, str | None]:
        piece = self._counts.get(word[0])
        # (a word of two characters or more: under its first two, where its first one's words are
        # split; else under its first)
        text: object = self._entry_texts.get(word[:2]) if len(word) > 1 else None
        if text is None:
            text = self._entry_texts.get(word[0])
        count, tag = 0, None
        if text is not None and "\t" not in word and "\n" not in word:
            if not isinstance(text, bytes):  # a damaged cache: parse dict.txt after all
                logger.debug("damaged entries %r in the dictionary cache; parsing dict.txt", word[0])
                self._load_parsed(self._read_dict())
                return self._find_entry(word)
            key = f"\n{word}\t".encode("utf-8")
            i = text.find(key)
            if i >= 0:
                j = i + len(key)
                raw_count, _, raw_tag = text[j:text.index(b"\n", j)].partition(b"\t")
                count, tag = int(raw_count), raw_tag.decode("utf-8") or None
        if piece is not None:  # (unpacked: holds the extra words' counts)
            count = piece.get(word, 0)
        return count, tag if tag is not None else self._extra_tags.get(word)


def _route(block: str, store: _Store) -> list[int]:
    """jieba's ``get_DAG`` + ``calc`` in one pass: for each start, the end of its best word.

    ``calc`` keeps, for every start, the end maximising ``(log(count) - log(total) + best[end],
    end)``: ties go to the longer word.  The scores are computed from the right with the same
    operations in the same order as jieba, so the routes are the same.
    """
    n = len(block)
    logtotal = store.logtotal
    pieces = store._counts
    score = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        ch = block[k]
        freq = pieces.get(ch)
        if freq is None:
            freq = store.counts(ch)
        best = -1.0e300
        best_end = -1
        i = k
        count = freq.get(ch)
        while count is not None:  # frag = block[k:i + 1] is a word or a prefix of one
            if count:
                value = log(count) - logtotal + score[i + 1]
                if value >= best:  # ties: the later (longer) end wins, as in jieba's max()
                    best, best_end = value, i
            i += 1
            if i >= n:
                break
            count = freq.get(block[k:i + 1])
        if best_end < 0:  # no dictionary word starts here: the character alone
            best = log(freq.get(ch) or 1) - logtotal + score[k + 1]
            best_end = k
        score[k] = best
        route[k] = best_end
    return route


def _walk_no_hmm(block: str, route: list[int]) -> list[str]:
    """jieba's ``__cut_DAG_NO_HMM`` walk: dictionary words; runs of single ASCII letters/digits glued."""
    out: list[str] = []
    buf = ""
    x, n = 0, len(block)
    while x < n:
        y = route[x] + 1
        word = block[x:y]
        if y - x == 1 and word in _ASCII_ALNUM:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return out


def _walk_hmm(block: str, route: list[int], store: _Store) -> list[str]:
    """jieba's ``__cut_DAG`` walk: runs of single characters that are not a dictionary word go
    to jieba's HMM (``jieba.finalseg.cut``)."""
    from jieba import finalseg

    out: list[str] = []

    def flush(buf: str) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not store.counts(buf[0]).get(buf):
            out.extend(finalseg.cut(buf))
        else:
            out.extend(buf)

    buf = ""
    x, n = 0, len(block)
    while x < n:
        y = route[x] + 1
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                flush(buf)
                buf = ""
            out.append(block[x:y])
        x = y
    if buf:
        flush(buf)
    return out


class Segmenter:
    """Word segmentation and dictionary look-ups backed by jieba's dictionary."""

    def __init__(self, extra_words: Iterable[tuple[str, str]] = ()) -> None:
        # (word, tag) pairs added on top of jieba's dictionary
        self._extra = tuple(extra_words)
        self._store_obj: _Store | None = None
        self._lock = threading.Lock()
        # a window's token ends, by its text, for cut(hmm=False) and cut(hmm=True): strings and
        # bytes, which the garbage collector never walks (tuples of tokens, one per token, made a
        # fresh Extractor's remembered windows the bulk of what each collection walked)
        self._memo: dict[str, bytes] = {}
        self._memo_hmm: dict[str, bytes] = {}
        self._fast: Any = None  # the jieba-rs tokenizer (rjieba.Jieba), built on first use
        self._fast_checked = False

    def __getstate__(self) -> dict[str, object]:
        return {"extra": self._extra}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["extra"])  # type: ignore[misc, arg-type]

    def _store(self) -> _Store:
        store = self._store_obj
        if store is None:
            with self._lock:
                if self._store_obj is None:
                    self._store_obj = _Store(self._extra)
                store = self._store_obj
        return store

    def cut(self, text: str, hmm: bool = True, offset: int = 0) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` for every token of ``text``: exactly jieba's ``cut(text, HMM=hmm)``
        (``start``/``end`` plus ``offset``: offsets into a text ``text`` was cut from)."""
        memo = self._memo_hmm if hmm else self._memo
        ends = memo.get(text)
        out: list[tuple[str, int, int]] = []
        pos = 0
        if ends is not None:
            for end in ends:
                out.append((text[pos:end], offset + pos, offset + end))
                pos = end
            return out
        for word in self._words(text, hmm):
            end = pos + len(word)
            out.append((word, offset + pos, offset + end))
            pos = end
        if len(text) <= _MEMO_MAX_LEN:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[text] = bytes([e - offset for _w, _s, e in out])
        return out

    def ends(self, text: str, hmm: bool = True) -> tuple[int, ...]:
        """0 and the end of every token of ``cut(text, hmm)`` (a window's boundaries; not
        remembered here: the callers keep the ones they ask for again)."""
        ends = (self._memo_hmm if hmm else self._memo).get(text)
        if ends is not None:
            return (0, *ends)
        out = [0]
        pos = 0
        for word in self._words(text, hmm):
            pos += len(word)
            out.append(pos)
        return tuple(out)

    def _fast_engine(self) -> Any:
        """jieba-rs over jieba's dictionary plus the extra words, or None (see the module notes)."""
        if not self._fast_checked:
            self._store()  # (takes the same lock)
            with self._lock:
                if not self._fast_checked:
                    self._fast = _build_fast(self._store(), self._extra)
                    self._fast_checked = True
        return self._fast

    def _words(self, text: str, hmm: bool) -> list[str]:
        """jieba's ``Tokenizer.cut``: Han/alphanumeric blocks by the DAG, the rest split as jieba does."""
        if not hmm:
            fast = self._fast_engine()
            if fast is not None:
                return fast.cut(text, False)  # type: ignore[no-any-return]
        import jieba

        store = self._store()
        re_han, re_skip = jieba.re_han_default, jieba.re_skip_default
        out: list[str] = []
        for blk in re_han.split(text):
            if not blk:
                continue
            if re_han.match(blk):
                route = _route(blk, store)
                out += _walk_hmm(blk, route, store) if hmm else _walk_no_hmm(blk, route)
            else:
                for x in re_skip.split(blk):
                    if re_skip.match(x):
                        out.append(x)
                    else:
                        out += x  # one token per character, as jieba does
        return out

    def tag(self, word: str) -> str | None:
        """jieba's dictionary tag of ``word`` (``nr``, ``ns``, ``nt``, ``v`` …) or None."""
        return self._entry(word)[1]

    def freq(self, word: str) -> int:
        """jieba's dictionary count of ``word`` (0 when unknown or only a prefix)."""
        return self._entry(word)[0]

    def _entry(self, word: str) -> tuple[int, str | None]:
        """``(count, tag)`` of ``word``; jieba-rs, which holds the same words, first answers at once
        for a word that is surely none (a fifth of the words looked up), before the store searches."""
        fast = self._fast_engine() if word else None
        if not word or (fast is not None and not fast.has_word(word)):
            return 0, None
        return self._store().entry(word)


def _build_fast(store: _Store, extra: tuple[tuple[str, str], ...]) -> Any:
    """An ``rjieba.Jieba`` holding jieba's standard dictionary and ``extra`` with the counts of
    ``store``; None when rjieba is not installed or jieba's dictionary is not the standard one."""
    try:  # (through importlib, which honours sys.modules, compiled or not)
        rjieba = importlib.import_module("rjieba")
    except ImportError:
        logger.debug("rjieba is not installed: segmenting with the Python route")
        return None
    if store.dict_total != _STANDARD_TOTAL:
        logger.debug("jieba's dictionary is not the standard one: segmenting with the Python route")
        return None
    fast = rjieba.Jieba()
    for word, tag in extra:
        if word:
            fast.add_word(word, store.counts(word[0])[word], tag or None)
    return fast

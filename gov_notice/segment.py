"""The tokenizer wrapper: a private ``jieba.Tokenizer`` with our lexicon words, built silently.

jieba's global tokenizer logs "Building prefix dict…" to stderr and is shared by everything in the
process; we never touch it.  The prefix dictionary (``FREQ``/``total``) and the part-of-speech tags
of jieba's own ``dict.txt`` are read once per Segmenter, lazily, on first use, without jieba's
logging.

Parsing ``dict.txt`` (≈350,000 lines, ≈500,000 dictionary and prefix entries) costs about 0.8 s,
most of a first ``extract`` call.  The parsed dictionary is therefore cached with ``marshal`` in a
per-user cache folder (``$GOV_NOTICE_CACHE_DIR``, else the platform's cache folder + ``gov_notice``)
as two files, each loaded only when first needed: the prefix dictionary (by ``cut`` and ``freq``,
≈0.25 s) and the tags (by ``tag``, ≈0.15 s).  They are named by a hash of jieba's dictionary file,
jieba's version, the Python version and our cache format.  Only jieba's own dictionary is cached:
the user's lexicon words are added on top after loading, so every Extractor shares the same files.
Files are written atomically (temporary file + ``os.replace``); any failure to read, validate or
write them is ignored and the dictionary is parsed from ``dict.txt`` as before.  Setting
``GOV_NOTICE_CACHE_DIR`` to an empty string turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import threading
from math import log
from pathlib import Path
from typing import Any, Callable, Iterable

logger = logging.getLogger(__name__)

# bump when the layout of the cached tuple changes
_CACHE_FORMAT = 1
_CACHE_ENV = "GOV_NOTICE_CACHE_DIR"

# jieba's prefix dictionary and the sum of its counts; the dictionary's POS tags
_Freq = tuple[dict[str, int], int]
_Tags = dict[str, str]


def _cache_dir() -> Path | None:
    """The folder for cached dictionaries, or None when caching is turned off."""
    env = os.environ.get(_CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "gov_notice" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "gov_notice"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gov_notice"


def _parse_dictionary(raw: bytes) -> tuple[_Freq, _Tags]:
    """jieba's ``gen_pfdict`` over the bytes of ``dict.txt``, keeping the tags as well."""
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
    return (freq, total), tags


def _cache_path(folder: Path, raw: bytes, jieba_version: str, part: str) -> Path:
    key = hashlib.blake2b(raw, digest_size=16)
    key.update(f"|jieba {jieba_version}|py {sys.version_info[0]}.{sys.version_info[1]}"
               f"|marshal {marshal.version}|format {_CACHE_FORMAT}".encode())
    return folder / f"jieba-{part}-{key.hexdigest()}.marshal"


def _valid_freq(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], dict)
            and bool(value[0]) and isinstance(value[1], int))


def _valid_tags(value: object) -> bool:
    return isinstance(value, dict) and bool(value)


def _read_cache(path: Path, valid: Callable[[object], bool]) -> Any:
    """The cached value at ``path``, or None when absent, unreadable or not ``valid``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        value = marshal.loads(data)
    except Exception:  # a truncated or foreign file: it is rebuilt
        value = None
    if valid(value):
        return value
    logger.debug("ignoring the unreadable dictionary cache %s", path)
    return None


def _write_cache(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically; any failure is ignored (the cache is optional)."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".marshal", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(value))
        os.replace(tmp, path)
        tmp = None
    except Exception as exc:  # read-only home, full disk, …: carry on without a cache
        logger.debug("cannot write the dictionary cache %s: %s", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# single characters that jieba's no-HMM cut glues into one token (its ``re_eng``)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# windows up to this length are remembered (the same titles and bodies recur across notices)
_MEMO_MAX_LEN = 64
_MEMO_SIZE = 32_768


def _cut_dag_no_hmm(block: str, freq: dict[str, int], logtotal: float) -> list[str]:
    """jieba's ``__cut_DAG_NO_HMM`` (``get_DAG`` + ``calc`` + the walk) in one pass, same floats.

    ``calc`` keeps, for every start, the end maximising ``(log(count) - log(total) + best[end],
    end)``: ties go to the longer word.  Computing the scores while the DAG is walked, from the
    right, gives the same numbers in the same order as jieba, so the same tokens.
    """
    n = len(block)
    score = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = -1.0e300
        best_end = -1
        i = k
        frag = block[k]
        while i < n and frag in freq:
            count = freq[frag]
            if count:
                value = log(count) - logtotal + score[i + 1]
                if value >= best:  # ties: the later (longer) end wins, as in jieba's max()
                    best, best_end = value, i
            i += 1
            frag = block[k:i + 1]
        if best_end < 0:  # no dictionary word starts here: the character alone
            best = log(freq.get(block[k]) or 1) - logtotal + score[k + 1]
            best_end = k
        score[k] = best
        route[k] = best_end
    out: list[str] = []
    buf = ""
    x = 0
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


class _Dictionary:
    """jieba's ``dict.txt``: the prefix dictionary and, separately, the tags, each taken once.

    The two parts are cached in two files so that a caller who needs only one of them (``cut``
    needs the prefix dictionary, ``tag`` the tags) never pays for loading the other.  A cache miss
    parses ``dict.txt`` once, writes both parts and keeps the other part until it is taken.
    """

    def __init__(self, dict_file: Any, jieba_version: str) -> None:
        with dict_file as fh:
            self._raw: bytes | None = fh.read()
        folder = _cache_dir()
        self._paths: dict[str, Path] | None = None
        if folder is not None:
            self._paths = {part: _cache_path(folder, self._raw, jieba_version, part)
                           for part in ("freq", "tags")}
        self._parsed: dict[str, Any] = {}
        self._taken: set[str] = set()

    def _take(self, part: str, valid: Callable[[object], bool]) -> Any:
        value = self._parsed.pop(part, None)
        if value is None and self._paths is not None:
            value = _read_cache(self._paths[part], valid)
        if value is None:
            assert self._raw is not None, f"the {part} part was already taken"
            freq, tags = _parse_dictionary(self._raw)
            self._parsed = {"freq": freq, "tags": tags}
            if self._paths is not None:
                for name, parsed in self._parsed.items():
                    _write_cache(self._paths[name], parsed)
            value = self._parsed.pop(part)
        self._taken.add(part)
        for name in self._taken:
            self._parsed.pop(name, None)
        if len(self._taken) == 2:
            self._raw = None
        return value

    def freq(self) -> _Freq:
        return self._take("freq", _valid_freq)  # type: ignore[no-any-return]

    def tags(self) -> _Tags:
        return self._take("tags", _valid_tags)  # type: ignore[no-any-return]


class Segmenter:
    """Word segmentation and dictionary look-ups backed by jieba's dictionary."""

    def __init__(self, extra_words: Iterable[tuple[str, str]] = ()) -> None:
        # (word, tag) pairs added on top of jieba's dictionary
        self._extra = tuple(extra_words)
        self._tk: Any = None
        self._tags: _Tags | None = None
        self._dictionary: _Dictionary | None = None
        self._lock = threading.Lock()
        self._memo: dict[tuple[str, bool], tuple[str, ...]] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"extra": self._extra}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["extra"])  # type: ignore[misc, arg-type]

    def _source(self) -> _Dictionary:
        """The dictionary source, opened on first use (call under the lock)."""
        if self._dictionary is None:
            import jieba

            self._dictionary = _Dictionary(jieba.Tokenizer().get_dict_file(), jieba.__version__)
        return self._dictionary

    def _tokenizer(self) -> Any:
        tk = self._tk
        if tk is None:
            with self._lock:
                if self._tk is None:
                    self._tk = self._build()
                tk = self._tk
        return tk

    def _build(self) -> Any:
        import jieba

        tk = jieba.Tokenizer()
        freq, total = self._source().freq()
        for word, _tag in self._extra:
            count = max(freq.get(word, 0), 10)
            total += count - freq.get(word, 0)
            freq[word] = count
            for i in range(len(word) - 1):
                freq.setdefault(word[: i + 1], 0)
        tk.FREQ, tk.total = freq, total
        tk.initialized = True
        return tk

    def _tag_table(self) -> _Tags:
        tags = self._tags
        if tags is None:
            with self._lock:
                if self._tags is None:
                    loaded = self._source().tags()
                    for word, tag in self._extra:
                        loaded.setdefault(word, tag)  # jieba's own tag wins
                    self._tags = loaded
                tags = self._tags
        return tags

    def cut(self, text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` for every token of ``text``: exactly jieba's ``cut(text, HMM=hmm)``.

        Windows of up to 64 characters are remembered (a bounded table, cleared when full).
        Without HMM the tokens come from our one-pass copy of jieba's algorithm over jieba's
        dictionary (``tests/test_segment.py`` checks it against jieba on the corpora); with HMM
        jieba itself cuts.
        """
        key = (text, hmm)
        words = self._memo.get(key)
        if words is None:
            words = tuple(self._words(text, hmm))
            if len(text) <= _MEMO_MAX_LEN:
                if len(self._memo) >= _MEMO_SIZE:
                    self._memo.clear()
                self._memo[key] = words
        out = []
        pos = 0
        for word in words:
            end = pos + len(word)
            out.append((word, pos, end))
            pos = end
        return out

    def _words(self, text: str, hmm: bool) -> list[str]:
        tk = self._tokenizer()
        if hmm:
            return list(tk.cut(text, HMM=True))
        import jieba

        re_han, re_skip = jieba.re_han_default, jieba.re_skip_default
        freq: dict[str, int] = tk.FREQ
        logtotal = log(tk.total)
        out: list[str] = []
        for blk in re_han.split(text):
            if not blk:
                continue
            if re_han.match(blk):
                out += _cut_dag_no_hmm(blk, freq, logtotal)
            else:
                for x in re_skip.split(blk):
                    if re_skip.match(x):
                        out.append(x)
                    else:
                        out += x  # one token per character, as jieba does
        return out

    def tag(self, word: str) -> str | None:
        """jieba's dictionary tag of ``word`` (``nr``, ``ns``, ``nt``, ``v`` …) or None."""
        return self._tag_table().get(word)

    def freq(self, word: str) -> int:
        """jieba's dictionary count of ``word`` (0 when unknown or only a prefix)."""
        return int(self._tokenizer().FREQ.get(word, 0))

"""The tokenizer wrapper: a private ``jieba.Tokenizer`` with our lexicon words, built silently.

jieba's global tokenizer logs "Building prefix dict…" to stderr and is shared by everything in the
process; we never touch it.  The prefix dictionary and the part-of-speech tags of jieba's own
``dict.txt`` are read once per Segmenter (lazily, on first use) without jieba's logging.
"""

from __future__ import annotations

import threading
from typing import Iterable


class Segmenter:
    """Word segmentation and dictionary look-ups backed by jieba's dictionary."""

    def __init__(self, extra_words: Iterable[tuple[str, str]] = ()) -> None:
        # (word, tag) pairs added on top of jieba's dictionary
        self._extra = tuple(extra_words)
        self._tk: object | None = None
        self._tags: dict[str, str] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        return {"extra": self._extra}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["extra"])  # type: ignore[misc, arg-type]

    def _tokenizer(self) -> object:
        tk = self._tk
        if tk is None:
            with self._lock:
                if self._tk is None:
                    self._tk = self._build()
                tk = self._tk
        return tk

    def _build(self) -> object:
        import jieba

        tk = jieba.Tokenizer()
        freq: dict[str, int] = {}
        tags: dict[str, str] = {}
        total = 0
        with open(tk.get_dict_file().name, "rb") as fh:  # type: ignore[attr-defined]
            for raw in fh:
                parts = raw.decode("utf-8").split()
                if len(parts) < 2:
                    continue
                word, count = parts[0], int(parts[1])
                freq[word] = count
                total += count
                if len(parts) > 2:
                    tags[word] = parts[2]
                for i in range(len(word) - 1):
                    freq.setdefault(word[: i + 1], 0)
        for word, tag in self._extra:
            tags.setdefault(word, tag)
            count = max(freq.get(word, 0), 10)
            total += count - freq.get(word, 0)
            freq[word] = count
            for i in range(len(word) - 1):
                freq.setdefault(word[: i + 1], 0)
        tk.FREQ, tk.total = freq, total  # type: ignore[attr-defined]
        tk.initialized = True  # type: ignore[attr-defined]
        self._tags = tags
        return tk

    def cut(self, text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` for every token of ``text``."""
        tk = self._tokenizer()
        out = []
        pos = 0
        for word in tk.cut(text, HMM=hmm):  # type: ignore[attr-defined]
            out.append((word, pos, pos + len(word)))
            pos += len(word)
        return out

    def tag(self, word: str) -> str | None:
        """jieba's dictionary tag of ``word`` (``nr``, ``ns``, ``nt``, ``v`` …) or None."""
        self._tokenizer()
        return self._tags.get(word)

    def freq(self, word: str) -> int:
        """jieba's dictionary count of ``word`` (0 when unknown or only a prefix)."""
        return int(self._tokenizer().FREQ.get(word, 0))  # type: ignore[attr-defined]

"""The baseline: what a user writes by hand today to get officials, organisations and 一是/二是 out
of a notice — strip pinyin with a regex, OpenCC t2s, ``jieba.posseg`` over the whole text, keep
the ``nr`` (person) and ``nt`` (organisation) words, and find the 一是/二是 markers with a regex.

It uses jieba's ordinary ``posseg`` machinery (a ``POSTokenizer`` over a ``jieba.Tokenizer`` of
its own, so the benchmark never touches jieba's global tokenizer) with jieba's usual start-up
(its prefix-dictionary cache in the temp folder).  Call :func:`warm_up` before timing.
"""

from __future__ import annotations

import logging
import re
from typing import Any

# the pinyin a web copy carries after characters: (jī) or （jī）, letters with or without tones
_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]{1,30}[)）]")
_DIRECTIVE = re.compile(r"(?:十?[一二三四五六七八九]|十)是")


class Baseline:
    """The hand-written pipeline; :meth:`run` returns ``(people, organisations, markers)``."""

    def __init__(self) -> None:
        import jieba
        import jieba.posseg
        import opencc

        jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" is not part of the timing
        self._t2s = opencc.OpenCC("t2s")
        self._pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())

    def warm_up(self) -> None:
        self.run("副省长、公安厅党委书记、厅长胡明朗出席会议并讲话，一是提高认识，二是落实责任。")

    def run(self, text: str) -> tuple[list[str], list[str], list[str]]:
        text = _PINYIN.sub("", text)
        text = self._t2s.convert(text)
        people: list[str] = []
        orgs: list[str] = []
        for pair in self._pos.cut(text):
            if pair.flag == "nr":
                people.append(pair.word)
            elif pair.flag == "nt":
                orgs.append(pair.word)
        markers = _DIRECTIVE.findall(text)
        return people, orgs, markers


def run(text: str, _state: dict[str, Any] = {}) -> tuple[list[str], list[str], list[str]]:
    """The baseline on ``text`` with a shared, lazily built :class:`Baseline`."""
    if "b" not in _state:
        _state["b"] = Baseline()
    return _state["b"].run(text)  # type: ignore[no-any-return]


if __name__ == "__main__":
    import sys

    people, orgs, markers = run(sys.stdin.read())
    print("people:", " ".join(dict.fromkeys(people)))
    print("organisations:", " ".join(dict.fromkeys(orgs)))
    print("markers:", " ".join(markers))

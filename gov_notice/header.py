"""The document header: the headline, the attribution and the publication date.

* ``title``: the headline — one of the first short lines that is not site furniture (breadcrumbs,
  ``发布时间``, site names) and does not read as a body sentence.
* ``attribution``: a trailing bracketed credit (``（省公安厅办公室）``) or a ``来源：…`` line.
* the publication date: a labelled one (``发布时间：2024-02-26``) or a full date on a header line;
  the meeting step reads it (``Doc.published``) to give relative dates (今日, 27日) their ISO form.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

import regex

from .grammar import BLANKS, FULL_DATE, HEAD_LINES, YMD, full_date
from .lexicon import alternation, by_kind, load_shipped
from .spans import trie_pattern

if TYPE_CHECKING:
    from .doc import Doc

# a last line that is only a bracketed body: （省公安厅办公室）
_TRAILING_ATTRIBUTION = regex.compile(r"[（(](?P<body>[^（）()\n]{2,30})[）)]\s*\Z")
# the lines the headline and the publication date are looked for in
HEADER_LINES = 6


class State:
    """The header's patterns, built once per Extractor from ``meeting_words.tsv``."""

    def __init__(self, res: object) -> None:
        words = by_kind(load_shipped("meeting_words"))
        # lines that are site furniture, never the headline: a line holding a furniture word, or
        # of no word, or of five characters at most (the words as a character trie, which the
        # standard engine rejects at most places by their first character)
        self._furniture_word = re.compile(trie_pattern(words["furniture"]))
        self._furniture_shape = re.compile(r"\W*$|\S{1,5}$")

        # 来源：新闻局(GCS) — up to a field separator, the next field or the line end
        label = alternation(words["source_label"])
        self.source_line = regex.compile(
            rf"(?:{label})[：:][ \t\u3000]{{0,3}}(?P<body>[^|｜\n\s][^|｜\n]{{0,40}}?)"
            rf"(?=[ \t\u3000]{{0,3}}(?:{alternation(words['source_field'])})|[ \t\u3000]*(?:[|｜\n]|\Z)"
            r"|[ \t\u3000]{2})"
        )
        # a labelled publication date: 发布时间：2024-02-26
        self.labelled_date = regex.compile(rf"(?:{alternation(words['date_label'])})[：:]\s{{0,3}}{YMD}")

    def furniture(self, line: str) -> bool:
        """Whether a (stripped) line is site furniture."""
        return self._furniture_shape.match(line) is not None or self._furniture_word.search(line) is not None


def state(doc: Doc) -> State:
    """The header's patterns of the document's Extractor."""
    return doc.res.state("header", State)


def find(doc: Doc) -> tuple[str | None, str | None, _dt.date | None]:
    """``(title, attribution, publication date)`` of one document; the first lines that are site
    furniture go on the Doc as ``furniture`` candidates, for later steps to pass them by."""
    st = state(doc)
    text, paras = doc.text, doc.paragraphs
    furniture = [(pa, pb, None) for pa, pb in paras[:HEAD_LINES] if st.furniture(text[pa:pb].strip(BLANKS))]
    doc.add("furniture", "header", furniture)
    title = _title(text, paras, {pa for pa, _, _ in furniture})
    return title, _attribution(text, paras, st), publication_date(text, paras, st)


def _title(text: str, paras: list[tuple[int, int]], furniture: set[int]) -> str | None:
    """The headline among the first lines (``furniture``: the starts of those that are site
    furniture; HEADER_LINES is within HEAD_LINES)."""
    for pa, pb in paras[:HEADER_LINES]:
        line = text[pa:pb].strip(BLANKS)
        if line.endswith(("。", "：", ":")) or "。" in line:
            return None  # the body has started
        if pa in furniture or len(line) < 6 or len(line) > 80:
            continue
        return line
    return None


def _attribution(text: str, paras: list[tuple[int, int]], st: State) -> str | None:
    if paras:
        pa, pb = paras[-1]
        m = _TRAILING_ATTRIBUTION.search(text, pa, pb)
        if m and m.start() == pa + len(text[pa:pb]) - len(text[pa:pb].lstrip(BLANKS)):
            return m.group("body").strip(BLANKS)
    m = st.source_line.search(text)
    if m:
        return m.group("body").strip(BLANKS)
    return None


def publication_date(text: str, paras: list[tuple[int, int]], st: State) -> _dt.date | None:
    """The publication date: a labelled one (发布时间：2024-02-26) or one on a header line."""
    m = st.labelled_date.search(text)
    if m:
        d = full_date(m)
        if d:
            return d
    for pa, pb in paras[:HEADER_LINES]:
        if "。" in text[pa:pb]:
            break
        m = FULL_DATE.search(text, pa, pb)
        if m and full_date(m):
            return full_date(m)
    return None

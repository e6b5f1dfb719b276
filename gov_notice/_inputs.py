"""What ``extract`` accepts.

``str`` as is; ``bytes`` decoded (BOMs, UTF-8, GB18030/GBK, Big5, then charset-normalizer);
an HTML page is reduced to its article text first.  Anything else is a TypeError that says what
was passed.  ``pathlib.Path`` is refused rather than read: ``extract_file`` and the CLI read files.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import regex

# --- bytes ---------------------------------------------------------------------------------------

_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return bool(sample) and ("\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05)


def decode(data: bytes) -> str:
    """Decode the bytes of a notice, or raise ValueError naming the problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"bytes start with a UTF-8 byte order mark but are not UTF-8: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"bytes start with a UTF-16 byte order mark but are not UTF-16: {exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _looks_binary(text):
        raise ValueError("the bytes look like binary data (NUL or control characters), not a text notice")
    return text


_HAN = regex.compile(r"\p{Han}")
_common_chars: frozenset[str] | None = None


def _common_share(text: str) -> float:
    """Share of the Han characters of ``text`` that are common characters (lexicons/common_chars)."""
    global _common_chars
    if _common_chars is None:
        from .lexicon import load_shipped

        _common_chars = frozenset(r["term"] for r in load_shipped("common_chars"))
    han = _HAN.findall(text[:20000])
    return sum(ch in _common_chars for ch in han) / len(han) if han else 0.0


def _decode_legacy(data: bytes) -> str:
    """GB18030/GBK or Big5; when both decode, the one that reads as common characters wins."""
    candidates = {}
    for enc in ("gb18030", "big5"):
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    if candidates:
        return max(candidates.values(), key=_common_share)  # gb18030 first: it wins ties
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot decode the bytes: not UTF-8, UTF-16, GB18030 or Big5, "
                         "and charset-normalizer found no encoding")
    return str(best)


# --- HTML ----------------------------------------------------------------------------------------

# A document that starts like an HTML page, or text dense with paragraph/line-break tags.
_HTML_START = regex.compile(r"\A\s*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)", regex.I)
_HTML_TAG = regex.compile(r"</?(?:p|div|br|span|td|tr|table|li|ul|a|font|strong|img)\b[^<>]{0,500}>", regex.I)

_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                   "select", "button", "template", "svg", "canvas", "head", "object", "embed"})
_BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                    "section", "article", "blockquote", "ul", "ol", "dd", "dt", "pre", "hr", "title"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                   "source", "track", "wbr", "param"})
# ids and classes that mark the article body on Chinese government sites and in general
_ARTICLE_HINT = regex.compile(r"article|content|zoom|trs_editor|detail|main[-_]?text|text[-_]?con|"
                              r"con[-_]?text|news[-_]?text|pages?_content|zwgk|xxgk", regex.I)


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment (not a plain notice with one stray ``<br>``)."""
    if _HTML_START.match(text):
        return True
    head = text[:20000]
    return len(_HTML_TAG.findall(head)) >= 3


class _ArticleParser(HTMLParser):
    """Collects visible text; remembers which text fell inside an article-like element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._stack: list[tuple[str, bool]] = []  # (tag, opened an article region)
        self._open: dict[str, int] = {}  # how many of each tag are on the stack
        self._in_title = False
        self._article_depth = 0
        self.article_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag in _BLOCK:
                self._newline()
            return
        if tag in _SKIP:
            self._skip += 1
        hint = tag == "article" or any(
            k in ("id", "class") and v and _ARTICLE_HINT.search(v) for k, v in attrs)
        opened = bool(hint and not self._skip)
        if opened:
            self._article_depth += 1
        self._stack.append((tag, opened))
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in _BLOCK:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        # close up to the matching open tag (HTML in the wild is unbalanced); an end tag that
        # matches nothing open is ignored without a scan of the stack (which would make
        # '<div>' * n + '</b>' * n quadratic); the scan to a match removes what it passes
        if self._open.get(tag):
            while self._stack:
                t, opened = self._stack.pop()
                self._open[t] -= 1
                if t in _SKIP:
                    self._skip = max(0, self._skip - 1)
                if opened:
                    self._article_depth -= 1
                if t == tag:
                    break
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
            return
        if self._skip:
            return
        self.parts.append(data)
        if self._article_depth > 0:
            self.article_parts.append(data)

    def _newline(self) -> None:
        self.parts.append("\n")
        if self._article_depth > 0:
            self.article_parts.append("\n")


_BLANK_LINES = regex.compile(r"[ \t\u00a0]*\n[\s\u00a0]*")
_SPACES = regex.compile(r"[ \t\r\f\v\u00a0]+")


def _tidy(parts: list[str]) -> str:
    text = "".join(parts)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip(" ") for line in text.split("\n")).strip()


def html_to_text(page: str) -> str:
    """The article text of an HTML page: scripts, styles and navigation dropped, blocks as lines."""
    parser = _ArticleParser()
    try:
        parser.feed(page)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still refuses is kept as plain text
        return page
    article = _tidy(parser.article_parts)
    body = _tidy(parser.parts)
    text = article if len(article) >= 0.3 * len(body) and article else body
    title = _tidy(parser.title)
    if title and not text.startswith(title[:10]):
        text = f"{title}\n{text}" if text else title
    return text


# --- the entry points ----------------------------------------------------------------------------

def coerce(text: Any) -> tuple[str, bool]:
    """``(source, is_html)`` for one input, or a TypeError naming what was passed."""
    if isinstance(text, str):
        source = text
    elif isinstance(text, (bytes, bytearray, memoryview)):
        source = decode(bytes(text))
    elif isinstance(text, os.PathLike):
        raise TypeError("extract() takes the text of a notice, not a path: use "
                        "gov_notice.extract_file(path) or the command line `gov-notice FILE`")
    elif text is None:
        raise TypeError("extract() takes the text of a notice as a str (or bytes), not None")
    else:
        raise TypeError(f"extract() takes the text of a notice as a str (or bytes), not {type(text).__name__}")
    if "<" in source and looks_like_html(source):
        return html_to_text(source), True
    return source, False


def read_file(path: str | os.PathLike[str]) -> str:
    """The decoded text of a file (OSError when unreadable, ValueError when undecodable)."""
    return decode(Path(path).read_bytes())


def split_id(item: Any) -> tuple[Any, Any]:
    """``(id, text)`` from a batch item: a text alone, or an ``(id, text)`` pair."""
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return None, item

"""What ``extract`` accepts.

``str`` as is; ``bytes`` decoded (BOMs, UTF-8, GB18030/GBK, Big5 with cp950 and HKSCS, then
charset-normalizer); bytes that do not read as Chinese are a ValueError;
an HTML page is reduced to its article text first.  Anything else is a TypeError that says what
was passed.  ``pathlib.Path`` is refused rather than read: ``extract_file`` and the CLI read files.
"""

from __future__ import annotations

import functools
import os
import sys
import warnings
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
_PRIVATE_USE = regex.compile(r"[\ue000-\uf8ff]")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
# what a Chinese text is made of beyond ASCII: Han characters, CJK and full-width punctuation,
# general punctuation (— … “ ”), the middle dot, circled and bracketed numbers
_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff01-\uff5e\u2010-\u205e\u00b7\u2460-\u24ff\u3200-\u32ff]")
# the legacy encodings tried, in order of preference on a tie: GB18030 (a superset of GBK and
# GB2312), Big5, and its two supersets in use: cp950 (Microsoft's Big5: 碁 銹 裏 墻 恒 €) and
# Big5-HKSCS (Hong Kong: 𨋢 and the other HKSCS characters)
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
_TOP = 300  # the most frequent characters: any Chinese text is full of them (的 是 在 会 …)
# below this many Han characters a text is too short to judge; above it, Chinese has at least
# this share of common characters (85 real notices: 0.96 and more) and, from 50 Han characters,
# of the top 300 (notices: 0.5 and more; 0.27 and more in any 60-character window; 0.05 in a
# list of game and betting terms); Korean read through GB18030 has 0-3%, Japanese 10% common
_MIN_HAN = 20
_MIN_COMMON = 0.8
_MIN_TOP = 0.05
_MIN_HAN_TOP = 50  # the share of the top 300 is judged from this many Han characters


@functools.cache
def _chars() -> tuple[frozenset[str], frozenset[str]]:
    """The common characters (lexicons/common_chars) and the most frequent of them."""
    from .lexicon import load_shipped

    rows = load_shipped("common_chars")  # Simplified rows first, most frequent first
    return frozenset(r["term"] for r in rows), frozenset(r["term"] for r in rows[:_TOP])


def _common_share(text: str) -> float:
    """Share of the Han characters of ``text`` that are common characters (lexicons/common_chars)."""
    han = _HAN.findall(text[:20000])
    common = _chars()[0]
    return sum(ch in common for ch in han) / len(han) if han else 0.0


def _not_chinese(text: str, need_han: bool) -> str | None:
    """Why ``text`` (just decoded) does not read as Chinese, or None when it does or is too short
    to judge (with ``need_han``, a text without any Han character does not)."""
    sample = text[:20000]
    wide = len(_NON_ASCII.findall(sample))
    if wide >= _MIN_HAN and len(_CHINESE.findall(sample)) < wide / 2:
        return "most of its characters are neither Chinese characters nor Chinese punctuation"
    han = _HAN.findall(sample)
    if len(han) < _MIN_HAN:
        return "it holds no Chinese characters" if need_han and not han else None
    common_chars, top_chars = _chars()
    common = sum(ch in common_chars for ch in han) / len(han)
    if common < _MIN_COMMON:
        return f"only {common:.0%} of its characters are common Chinese characters"
    if len(han) < _MIN_HAN_TOP:
        return None
    from .normalize import _opencc

    simplified = _opencc().t2s.convert("".join(han))
    top = sum(ch in top_chars for ch in simplified) / len(han)
    if top < _MIN_TOP:
        return f"only {top:.0%} of its characters are frequent Chinese characters (的, 是, 在 …)"
    return None


def _decode_legacy(data: bytes) -> str:
    """GB18030/GBK or Big5 (cp950, HKSCS); when several decode, the one that reads as common
    characters wins.  Bytes that decode only to private-use characters or to text that does not
    read as Chinese (Shift_JIS, EUC-KR, KOI8-R, a mix of encodings) are a ValueError."""
    candidates: dict[str, str] = {}
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # private-use characters: bytes a legacy table does not really hold (a wrong encoding)
        if text not in candidates.values() and len(_PRIVATE_USE.findall(text)) <= len(text) // 1000:
            candidates[enc] = text
    if candidates:
        # the first encoding wins ties (GB18030 before Big5 before its supersets)
        enc, text = max(candidates.items(), key=lambda c: _common_share(c[1]))
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("cannot decode the bytes: not UTF-8, UTF-16, GB18030 or Big5, "
                             "and charset-normalizer found no encoding")
        enc, text = best.encoding, str(best)
    why = _not_chinese(text, need_han=enc not in _LEGACY)
    if why is not None:
        raise ValueError(f"the bytes are not a Chinese notice in UTF-8, UTF-16, GB18030 or Big5: read as "
                         f"{enc}, {why} (Japanese, Korean or Russian text, or a mix of encodings?)")
    return text


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

class PathAsTextWarning(UserWarning):
    """``extract()`` got a short ``str`` that is the path of an existing file: it extracts those
    characters, not the file (``gov_notice.extract_file(path)`` reads the file)."""


_PATH_MAX = 4096  # longer texts, or texts with a line break, are never taken for a path
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _warn_if_path(text: str) -> None:
    """Warn when ``text`` is the path of an existing file (one ``stat``, for one-line texts only)."""
    if len(text) > _PATH_MAX or "\n" in text or not text.strip():
        return
    if os.path.isfile(text):  # False for names too long or with NUL characters too
        warnings.warn(f"extract() got {text!r}, the path of an existing file, as the text of a "
                      f"notice: it extracts these characters, not the file. To read the file, "
                      f"use gov_notice.extract_file({text!r})", PathAsTextWarning,
                      stacklevel=_caller_level())


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package, for a warning raised by the
    caller of this function (so the warning names the user's line)."""
    frame = sys._getframe(2)
    level = 2
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def coerce(text: Any) -> tuple[str, bool]:
    """``(source, is_html)`` for one input, or a TypeError naming what was passed."""
    if isinstance(text, str):
        source = text
        _warn_if_path(text)
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

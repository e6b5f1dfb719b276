"""The document header: the headline, the attribution and the publication date.

* ``title``: the headline — one of the first short lines that is not site furniture (breadcrumbs,
  ``发布时间``, site names) and does not read as a body sentence.
* ``attribution``: a trailing bracketed credit (``（省公安厅办公室）``) or a ``来源：…`` line.
* the publication date: a labelled one (``发布时间：2024-02-26``) or a full date on a header line;
  the meeting step reads it to give relative dates (今日, 27日) their ISO form.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .doc import Doc

# a last line that is only a bracketed body: （省公安厅办公室）
_TRAILING_ATTRIBUTION = regex.compile(r"[（(](?P<body>[^（）()\n]{2,30})[）)]\s*\Z")
# 来源：新闻局(GCS) — up to a field separator or the line end
_SOURCE_LINE = regex.compile(
    r"来源[：:][ \t\u3000]{0,3}(?P<body>[^|｜\n\s][^|｜\n]{0,40}?)"
    r"(?=[ \t\u3000]{0,3}(?:发布|分享|浏览|作者|编辑|时间|日期|字号)|[ \t\u3000]*(?:[|｜\n]|\Z)|[ \t\u3000]{2})"
)
# lines that are site furniture, never the headline
FURNITURE = regex.compile(r"网站|首页|位置|>|›|»|\||｜|发布|来源[：:]|浏览|主要内容|版权|Copyright|"
                          r"简体版|繁体版|英文版|无障碍|助手|打印|字体|字号|显示模式|分享|导航|标签|"
                          r"图片|视频|^\W*$|^\S{1,5}$")
HEADER_LINES = 6

# a full date anywhere (header or text): 2024-02-26, 2024/02/26, 2024年2月26日
FULL_DATE = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
)

_LABELLED_DATE = regex.compile(
    r"(?:发布时间|发布日期|日期|时间)[：:]\s{0,3}"
    r"(?P<y>(?:19|20)\d{2})(?:[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
)
# blanks around a header line
BLANKS = " \t\u3000\u00a0"


def find(doc: Doc) -> tuple[str | None, str | None]:
    """``(title, attribution)`` of one document."""
    return _title(doc.text, doc.paragraphs), _attribution(doc.text, doc.paragraphs)


def _title(text: str, paras: list[tuple[int, int]]) -> str | None:
    for pa, pb in paras[:HEADER_LINES]:
        line = text[pa:pb].strip(BLANKS)
        if line.endswith(("。", "：", ":")) or "。" in line:
            return None  # the body has started
        if FURNITURE.search(line) or len(line) < 6 or len(line) > 80:
            continue
        return line
    return None


def _attribution(text: str, paras: list[tuple[int, int]]) -> str | None:
    if paras:
        pa, pb = paras[-1]
        m = _TRAILING_ATTRIBUTION.search(text, pa, pb)
        if m and m.start() == pa + len(text[pa:pb]) - len(text[pa:pb].lstrip(BLANKS)):
            return m.group("body").strip(BLANKS)
    m = _SOURCE_LINE.search(text)
    if m:
        return m.group("body").strip(BLANKS)
    return None


def full_date(m: regex.Match[str]) -> _dt.date | None:
    try:
        return _dt.date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    except ValueError:
        return None


def publication_date(text: str, paras: list[tuple[int, int]]) -> _dt.date | None:
    """The publication date: a labelled one (发布时间：2024-02-26) or one on a header line."""
    m = _LABELLED_DATE.search(text)
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

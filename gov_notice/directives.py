"""Directives: numbered points (thin first version: 一是…十是)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import regex

from .results import Directive, DirectiveGroup, Official

if TYPE_CHECKING:
    from .pipeline import Doc

_NUM = "一二三四五六七八九十"
# a 一是/二是 marker: a Chinese numeral 1–19 followed by 是

_MARKER = regex.compile(r"(?P<num>十?[一二三四五六七八九]|十)是")
_SUMMARY_END = regex.compile(r"[。；！？]")


def _value(num: str) -> int:
    if num == "十":
        return 10
    if num.startswith("十"):
        return 10 + _NUM.index(num[1]) + 1
    return _NUM.index(num) + 1


def find(doc: Doc, officials: Sequence[Official]) -> tuple[list[Directive], list[DirectiveGroup], list[str]]:
    text = doc.text
    out: list[Directive] = []
    groups: list[DirectiveGroup] = []
    for pa, pb in doc.paragraphs:
        marks = [m for m in _MARKER.finditer(text, pa, pb)]
        # keep runs that start at 一 and count up
        run = []
        for m in marks:
            if _value(m.group("num")) == len(run) + 1:
                run.append(m)
        if len(run) < 2:
            continue
        group = len(groups) + 1
        for i, m in enumerate(run):
            end = run[i + 1].start() if i + 1 < len(run) else pb
            body_start = m.end()
            s = _SUMMARY_END.search(text, body_start, end)
            summary = text[body_start: s.start() if s else end].lstrip("，、：")
            out.append(Directive(group, i + 1, m.group(), summary, text[m.start():end], m.start(), end))
        groups.append(DirectiveGroup(group, "是", len(run)))
    return out, groups, []

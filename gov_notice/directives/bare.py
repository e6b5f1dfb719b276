"""Lists numbered by bare numerals, announced just before: 提出三点要求：一提高认识…。二压实责任…。
三完善机制…。

A bare 一 opens too many sentences (一年来, 一定要, 一季度) to be a marker by itself, so such a list
is read only in this one shape: a count (``State.announcement``: 三点要求, 两个方面) ends right
before its colon, 一 follows the colon, and each of 二 … up to the announced count opens a later
sentence, in order, each within :data:`_REACH` characters of the one before.  Nothing less is
taken: a list with an item missing, or numbered past its count, gives no candidates at all.
"""

from __future__ import annotations

import regex

from .context import announced_count
from .markers import Cand, Paragraphs

_CN = "一二三四五六七八九"
# how far (characters) the next item may start after the one before
_REACH = 400
# after a bare numeral: a Han character that does not make it another marker or a quantity
# (一是, 一要, 一、, 一方面 are the other families; 一年, 一季度, 一项 are quantities)
_NOT_AFTER = "是要、．.，,：:；;方点项条个次年月日季周天批些切定直起样般致同律向旦"
# a numeral opening a sentence (a line start or after 。！？), before a Han character
_ITEM = {n: regex.compile(rf"(?:^|(?<=[。！？\n]))[ \t\u3000]*(?P<m>{n})(?=(?![{_NOT_AFTER}])\p{{Han}})",
                          regex.MULTILINE)
         for n in _CN}
# the colon and blanks between an announcement and the first item
_COLON = regex.compile(r"[ \t\u3000]*[：:][ \t\u3000\n]*一(?=(?![" + _NOT_AFTER + r"])\p{Han})")


def bare_candidates(text: str, paras: Paragraphs, announcement: regex.Pattern[str]) -> list[Cand]:
    """The items of every announced list numbered by bare numerals, in order."""
    if "：" not in text and ":" not in text:
        return []
    out: list[Cand] = []
    for a in announcement.finditer(text):
        # a count in Chinese numerals (三点要求, 两个方面), as the items are numbered
        count = 0 if a.group("n").isdigit() else announced_count(a) or 0
        colon = _COLON.match(text, a.end())
        if not 2 <= count <= len(_CN) or colon is None:
            continue
        starts = [colon.end() - 1]
        for k in range(1, count):
            m = _ITEM[_CN[k]].search(text, starts[-1] + 1, min(len(text), starts[-1] + 1 + _REACH))
            if m is None:
                break
            starts.append(m.start("m"))
        if len(starts) < count:
            continue
        cands = []
        for value, s in enumerate(starts, 1):
            para = paras.of(s)
            if para is None:
                break
            opens = not text[paras.paras[para][0]:s].strip(" \t\u3000\u00a0")
            cands.append(Cand(s, s + 1, value, "bare", "一", para, opens))
        if len(cands) == count:
            out.extend(cands)
    return out

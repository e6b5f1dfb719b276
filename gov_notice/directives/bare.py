"""Lists numbered by bare numerals, announced just before: 提出三点要求：一提高认识…。二压实责任…。
三完善机制…。

A bare 一 opens too many sentences (一年来, 一定要, 一季度) to be a marker by itself, so such a list
is read only in this one shape: a count (``State.announcement``: 三点要求, 两个方面) ends right
before its colon, 一 follows the colon, and each of 二 … up to the announced count opens a later
sentence, in order, each within :data:`_REACH` characters of the one before.  Nothing less is
taken: a list with an item missing, or numbered past its count, gives no candidates at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..grammar import DIGITS
from .markers import BARE, SHI, YAO, Cand, Paragraphs, announced_count

# how far (characters) the next item may start after the one before
_REACH = 400
# after a bare numeral, what makes it another marker (一是, 一要, 一、 are other families) or
# closes no item: the punctuation here, the characters of ``not_after_bare`` (directive_words.tsv)
_NOT_AFTER_PUNCT = "、．.，,：:；;"


@dataclass(frozen=True)
class BarePatterns:
    """The patterns of bare-numeral lists, built once per Extractor (``State.bare``)."""

    # the colon and blanks between an announcement and the first item (一)
    colon: regex.Pattern[str]
    # the same without the blanks before the colon: a text with no match has no such list
    opening: regex.Pattern[str]
    # k → the numeral k opening a sentence (a line start or after 。！？), before a Han character
    items: dict[int, regex.Pattern[str]]


def bare_patterns(not_after: str) -> BarePatterns:
    """The patterns, ``not_after``: the characters after a bare numeral that make a quantity or a
    word with it (一年, 一季度, 一定)."""
    han_item = rf"(?=(?![{regex.escape(SHI + YAO + _NOT_AFTER_PUNCT + not_after)}])\p{{Han}})"
    opening = rf"[：:][ \t\u3000\n]*{DIGITS[0]}{han_item}"
    return BarePatterns(
        colon=regex.compile(rf"[ \t\u3000]*{opening}"),
        opening=regex.compile(opening),
        items={k: regex.compile(rf"(?:^|(?<=[。！？\n]))[ \t\u3000]*(?P<m>{n}){han_item}", regex.MULTILINE)
               for k, n in enumerate(DIGITS, 1)},
    )


def bare_candidates(text: str, paras: Paragraphs, announcement: regex.Pattern[str],
                    patterns: BarePatterns) -> list[Cand]:
    """The items of every announced list numbered by bare numerals, in order (``announcement``:
    ``State.announcement``)."""
    # a colon before a first item anywhere (one scan) — else no announcement can be followed by
    # one, and the announcements (a slower pattern) are not looked for
    if patterns.opening.search(text) is None:
        return []
    out: list[Cand] = []
    for a in announcement.finditer(text):
        # a count in Chinese numerals (三点要求, 两个方面), as the items are numbered
        count = 0 if a.group("n").isdigit() else announced_count(a) or 0
        colon = patterns.colon.match(text, a.end())
        if not 2 <= count <= len(DIGITS) or colon is None:
            continue
        starts = [colon.end() - 1]
        for k in range(2, count + 1):
            m = patterns.items[k].search(text, starts[-1] + 1, min(len(text), starts[-1] + 1 + _REACH))
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
            cands.append(Cand(s, s + 1, value, "bare", BARE, para, opens))
        if len(cands) == count:
            out.extend(cands)
    return out

"""Candidate markers: one regex pass finds every marker (一是, 二要, 第三, 首先, 一方面, （四）, 五、,
6., (7), ⑧ …) with its numeric value and its *family*; positional rules (paragraph start, after
``：``) and decoy rules (第一次, 第一书记, 统一是, “四个第一”, 三、四季度 …) are applied per hit."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..grammar import DIGITS, NUMERAL, TEN, cn_int

# a Chinese numeral 1–99: 一 … 九, 十, 十一 … 十九, 二十 … 九十九
_NUM = NUMERAL
# the highest item number read (a list of 99 measures; 100 and more are not numbered this way)
_MAX_VALUE = 99
# circled numbers: ① … ⑳ (U+2460), ㉑ … ㉟ (U+3251), ㊱ … ㊿ (U+32B1)
_CIRCLED = "①-⑳㉑-㉟㊱-㊿"

# the families and styles of the markers (``Directive.style``): 第 holds 第一, 其一 and 首先 … 最后;
# 一是 and 二要 are inline too; 一方面 … 另一方面; a bare numeral (三点要求：一…。二…。)
DI = "第"
SHI = "是"
YAO = "要"
FANGMIAN = "方面"
SHOUXIAN = "首先"
BARE = DIGITS[0]
# heading-like alternatives of the pattern → their family (= style)
HEADING_STYLES = {"pc": "（一）", "dn": "一、", "ar": "1.", "pa": "(1)", "ci": "①"}


def candidate_pattern(not_modal: str, word_chars: str, not_before_fangmian: str) -> regex.Pattern[str]:
    """Every candidate marker, one named alternative per family.

    ``not_modal``: the characters after 要 that make a word (要求, 要务 …), not the modal 要 of
    一要; ``word_chars``: the characters that make a word with the numeral after them (统一, 初一);
    ``not_before_fangmian``: those that make 一方面 a noun phrase (这一方面).  The leading
    look-ahead on the first characters a marker can start with lets the engine skip the rest of
    the text quickly."""
    modal = rf"(?![{regex.escape(not_modal)}])"
    inline = rf"{SHI}|{YAO}{modal}"
    return regex.compile(
        rf"(?=[{DIGITS}{TEN}{DI}另首其再最（(\d{_CIRCLED}])(?:"
        # 一是 / 二要: not inside a word (统一是, 唯一要, 第一是 is the 第 rule, 十一是 and 二十是 are
        # read whole)
        rf"(?<![{regex.escape(word_chars)}{DI}其{TEN}{DIGITS[1:]}\d])(?P<sy>{_NUM})(?P<sy_k>{inline})"
        # 第一 followed by ，、：── or 是/要 (not 第一次, 第一书记, 第一时间, 第一要务 …); never after
        # a Han character or an opening quote (安全第一, 四个第一, “第一”)
        rf"|(?<![\p{{Han}}“‘\"'《「『]){DI}(?P<di>{_NUM})点?(?:(?P<di_k>{inline})|(?=[，、：,:]|──|—))"
        # 其一，… 其二，… (a clause-opening 其一; not 其一是 in 之一)
        rf"|(?<![\p{{Han}}“‘])其(?P<qi>{_NUM})(?=[，、：,:])"
        # 一方面 … 另一方面 (not 这一方面, 每一方面)
        rf"|(?<![{regex.escape(not_before_fangmian)}])(?P<fm>(?P<fm2>另)?一{FANGMIAN})"
        # 首先 … 其次 … 再次 … 最后 (再次 only before a comma, 最后 before a comma or 要: 再次强调,
        # 最后阶段 are prose) — all four opening a clause (not 会议首先…, 会议最后，)
        r"|(?<![\p{Han}“‘])(?:(?P<sx>首先)是?|(?P<qc>其次)(?:是|(?=[，,要]))|(?P<zc>再次)(?=[，,])"
        r"|(?P<zh>最后)(?:是|(?=[，,要])))"
        # （一） (一)
        rf"|[（(](?P<pc>{_NUM})[）)]"
        # 一、 一． (a heading; not 一、二等单位)
        rf"|(?P<dn>{_NUM})[、．.](?![{DIGITS}{TEN}、])"
        # 1. 1、 1） (not 1.5, not part of 2024.)
        r"|(?<![\d.．])(?P<ar>\d{1,2})(?:[、．.]|[）)])(?![\d.．%])"
        # (1) （1）
        r"|[（(](?P<pa>\d{1,2})[）)]"
        # ① … ㊿
        rf"|(?P<ci>[{_CIRCLED}]))"
    )


def candidate_starts() -> re.Pattern[str]:
    """Where a candidate marker may start: a zero-width match at every position where one of the
    shapes the alternatives of :func:`candidate_pattern` open with is written (a numeral of one to
    three characters before 是/要/、/．/., 第 or 其 before a numeral, 一方面, 首先 …, a bracket before
    a number, a number of one or two digits before its mark, a circled number).

    A stdlib ``re`` scan on the leading class skips the text quickly; :func:`candidates` tries the
    candidate pattern (``regex``, with its look-behinds) only at these positions, which gives what
    its ``finditer`` gives at a half of the cost (a test compares the two)."""
    num = DIGITS + TEN
    return re.compile(
        rf"(?=[{num}{DI}其另首再最（(\d{_CIRCLED}])"
        rf"(?=[{num}]{{1,3}}[{SHI}{YAO}、．.]|{DI}[{num}]|其[{num}]|另?一{FANGMIAN}|首先|其次|再次|最后"
        rf"|[（(][{num}\d]|\d{{1,2}}[、．.）)]|[{_CIRCLED}])"
    )


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    value: int  # 0 for 最后 (= one more than the list's last)
    family: str
    style: str
    para: int
    at_para_start: bool


def value(num: str) -> int:
    """The value of a Chinese numeral of :data:`_NUM` (一 1, 十 10, 十二 12, 二十 20, 三十五 35)."""
    return cn_int(num) or 0


def announced_count(m: regex.Match[str]) -> int | None:
    """The count of one ``State.announcement`` match (None for 几)."""
    n = m.group("n")
    # int() reads every digit \d matches (fullwidth too); cn_int 三, 十二, 两 (几: None)
    return int(n) if n.isdigit() else cn_int(n)


def _circled(ch: str) -> int:
    """The value of a circled number ① … ㊿."""
    o = ord(ch)
    if o >= 0x32B1:
        return o - 0x32B1 + 36
    if o >= 0x3251:
        return o - 0x3251 + 21
    return o - 0x2460 + 1


def matches_at(pattern: regex.Pattern[str], starts: re.Pattern[str], text: str) -> list[regex.Match[str]]:
    """The matches of ``pattern.finditer(text)``, tried only at the positions ``starts`` matches at
    (which must hold every position a match of ``pattern`` can start at): each is tried once, in
    order, never inside the last match (``finditer`` resumes at its end)."""
    out: list[regex.Match[str]] = []
    resume = 0
    for at in starts.finditer(text):
        k = at.start()
        if k >= resume:
            m = pattern.match(text, k)
            if m is not None:
                out.append(m)
                resume = m.end()
    return out


def _prev_char(text: str, pos: int, floor: int) -> str:
    """The character before ``pos`` skipping up to four blanks ('\\n' at a paragraph start)."""
    i = pos - 1
    while i >= floor and pos - i <= 5 and text[i] in " \t\u3000\u00a0":
        i -= 1
    return "\n" if i < floor else text[i]


# 首先 … 最后: their values (0 for 最后 = one more than the list's last)
_SHOUXIAN = {"sx": 1, "qc": 2, "zc": 3, "zh": 0}


def _classify(m: regex.Match[str]) -> tuple[int, str, str, str] | None:
    """``(value, family, style, position rule)`` of a candidate match.

    ``m.lastgroup`` (the last group closed) names the alternative that matched, which is much
    cheaper than building ``groupdict()`` for every hit.
    """
    kind = m.lastgroup
    if kind == "sy_k":
        return value(m.group("sy")), m.group("sy_k"), m.group("sy_k"), "any"
    if kind in ("di", "di_k"):
        return value(m.group("di")), m.group("di_k") or DI, DI, "any"
    if kind == "qi":
        return value(m.group("qi")), DI, DI, "any"
    if kind == "fm":  # 另一方面 is the second side
        return (2 if m.group("fm2") else 1), FANGMIAN, FANGMIAN, "any"
    if kind in _SHOUXIAN:
        return _SHOUXIAN[kind], DI, SHOUXIAN, "any"
    if kind in HEADING_STYLES:
        raw = m.group(kind)
        style = HEADING_STYLES[kind]
        if kind == "ci":
            return _circled(raw), style, style, "clause"
        return (int(raw) if raw.isdigit() else value(raw)), style, style, "clause"
    return None  # pragma: no cover - every alternative is named


_POSITION_OK = {
    "any": None,
    "clause": "\n：；。！？，:;,",
}


class Paragraphs:
    """Which paragraph a position lies in, and whether that paragraph is a reporter's question
    (``question``: the label opening such a paragraph, ``State.question``)."""

    def __init__(self, text: str, paras: list[tuple[int, int]], question: regex.Pattern[str]) -> None:
        self.text = text
        self._question = question
        self.paras = paras
        self.starts = [p[0] for p in paras]
        self.question: dict[int, bool] = {}

    def of(self, pos: int) -> int | None:
        """The paragraph holding ``pos``; None outside every paragraph or in a question."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.paras[k][1]:
            return None
        if k not in self.question:
            self.question[k] = bool(self._question.match(self.text, self.paras[k][0]))
        return None if self.question[k] else k


def _candidate(text: str, m: regex.Match[str], paras: Paragraphs) -> Cand | None:
    """The candidate of one marker match, or None when a positional rule rejects it."""
    cls = _classify(m)
    if cls is None:
        return None
    num, family, style, rule = cls
    if (num < 1 and family != DI) or num > _MAX_VALUE:  # 0 is 最后 (family 第)
        return None
    k = paras.of(m.start())
    if k is None:
        return None
    prev = _prev_char(text, m.start(), paras.paras[k][0])
    allowed = _POSITION_OK[rule]
    if allowed is not None and prev not in allowed:
        return None
    # the first item of a heading-like list must open a paragraph or follow a colon/sentence
    if rule == "clause" and num == 1 and prev in "，,":
        return None
    return Cand(m.start(), m.end(), num, family, style, k, prev == "\n")


def candidates(text: str, where: Paragraphs, pattern: regex.Pattern[str], starts: re.Pattern[str]) -> list[Cand]:
    """Every candidate marker of ``text`` (``pattern``: :func:`candidate_pattern`, tried where
    ``starts`` — :func:`candidate_starts` — says one may start) in order."""
    out = [c for m in matches_at(pattern, starts, text) if (c := _candidate(text, m, where)) is not None]
    # noun enumerations: markers written back to back (第一、第二、第三协作区; 一是、二是)
    bad: set[int] = set()
    for a, b in zip(out, out[1:]):
        if b.start - a.end <= 1:
            bad.update((id(a), id(b)))
    return [c for c in out if id(c) not in bad]

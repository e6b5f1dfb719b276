"""Directives: the numbered points of a notice, in every numbering style, grouped and nested.

One regex pass finds every *candidate marker* (一是, 二要, 第三, 首先, 一方面, （四）, 五、, 6.,
(7), ⑧ …) with its numeric value and its *family*; positional rules (paragraph start, after ``：``)
and decoy rules (第一次, 第一书记, 统一是, “四个第一”, 三、四季度 …) are applied per hit.  The
candidates are then threaded into lists with a stack: a marker continues the innermost open list
of its family whose last value is one less; a ``1`` opens a new list, nested in the item it sits
in.  Lists of a single item are dropped (unless the text announced the count right before them),
so a stray 一是 in prose never becomes a directive.

Each list becomes a :class:`DirectiveGroup` with its speaker (an official named right before the
list with a speech verb, or 他/她 resolved to the last official named) and the announced count
(四点要求, 三个方面, 以下几点); a mismatch between announced and found goes to the warnings.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Sequence

import regex

from ._directive_people import PeopleIndex, people_index
from .lexicon import load_shipped
from .results import Directive, DirectiveGroup, Mention, Official

if TYPE_CHECKING:
    from .doc import Doc

_CN_DIGITS = "一二三四五六七八九"
# a Chinese numeral 1–99: 一 … 九, 十, 十一 … 十九, 二十 … 九十九
_NUM = r"[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# the highest item number read (a list of 99 measures; 100 and more are not numbered this way)
_MAX_VALUE = 99
# circled numbers: ① … ⑳ (U+2460), ㉑ … ㉟ (U+3251), ㊱ … ㊿ (U+32B1)
_CIRCLED = "①-⑳㉑-㉟㊱-㊿"
# characters after 要 that make a word (要求, 要务, 要点 …), not the modal 要 of 一要
_NOT_MODAL = r"(?![求务素点件闻害领职案塞])"

# Every candidate marker, one named alternative per family.  The leading look-ahead on the first
# characters a marker can start with lets the engine skip the rest of the text quickly.
_CANDIDATE = regex.compile(
    rf"(?=[一二三四五六七八九十第另首其再最（(\d{_CIRCLED}])(?:"
    # 一是 / 二要: not inside a word (统一是, 唯一要, 第一是 is the 第 rule, 十一是 and 二十是 are
    # read whole)
    rf"(?<![统唯同万单专逐划均归合整之第其不初星周礼十二三四五六七八九\d])(?P<sy>{_NUM})(?P<sy_k>是|要{_NOT_MODAL})"
    # 第一 followed by ，、：── or 是/要 (not 第一次, 第一书记, 第一时间, 第一要务 …); never after a
    # Han character or an opening quote (安全第一, 四个第一, “第一”)
    rf"|(?<![\p{{Han}}“‘\"'《「『])第(?P<di>{_NUM})点?(?:(?P<di_k>是|要{_NOT_MODAL})|(?=[，、：,:]|──|—))"
    # 其一，… 其二，… (a clause-opening 其一; not 其一是 in 之一)
    rf"|(?<![\p{{Han}}“‘])其(?P<qi>{_NUM})(?=[，、：,:])"
    # 一方面 … 另一方面 (not 这一方面, 每一方面)
    r"|(?<![这那每此某任哪])(?P<fm>另一方面|一方面)"
    # 首先 … 其次 … 再次 … 最后 (再次 only before a comma, 最后 before a comma or 要: 再次强调,
    # 最后阶段 are prose) — all four opening a clause (not 会议首先…, 会议最后，)
    r"|(?<![\p{Han}“‘])(?:(?P<sx>首先)是?|(?P<qc>其次)(?:是|(?=[，,要]))|(?P<zc>再次)(?=[，,])"
    r"|(?P<zh>最后)(?:是|(?=[，,要])))"
    # （一） (一)
    rf"|[（(](?P<pc>{_NUM})[）)]"
    # 一、 一． (a heading; not 一、二等单位)
    rf"|(?P<dn>{_NUM})[、．.](?![一二三四五六七八九十、])"
    # 1. 1、 1） (not 1.5, not part of 2024.)
    r"|(?<![\d.．])(?P<ar>\d{1,2})(?:[、．.]|[）)])(?![\d.．%])"
    # (1) （1）
    r"|[（(](?P<pa>\d{1,2})[）)]"
    # ① … ㊿
    rf"|(?P<ci>[{_CIRCLED}]))"
)

# where a sentence or clause ends (summary stops at the first of these)
_SUMMARY_END = regex.compile(r"[。；！？]")
_LEADING = "，、：,:； \t\u3000"
_TRAILING = "，、,；; \t\u3000"
# what an item never ends with: blanks, and an opening bracket or quote (it opens what follows)
_ITEM_TAIL = " \t\u3000\u00a0（(“‘《「『【〔"
# a paragraph that is a reporter's question (its numbering is not a list of directives)
_QUESTION_PARA = regex.compile(r"[ \t\u3000]{0,4}(?:记者(?:问|提问)?|问|提问)[：:]")
# a modal right after 一方面/另一方面: only then is it a directive (not 一方面庆祝…另一方面祝贺)
_MODAL = regex.compile(r"[，,]?(?:就是|是|都|还|更|则)?(?:要|必须|应当|应该|需要|务必|应|须)")

# the announced count: 四点要求, 三个方面, 以下六个方面工作, “三个必须”, 以下几点, 两个问题
_COUNT_NOUN = r"(?:方面|要求|意见|建议|希望|措施|任务|工作|举措|事项|重点|问题|原则|必须|坚持|到位|着力点)"
_ANNOUNCEMENT = regex.compile(
    rf"(?:以下|如下|下列)?(?<![\d一二三四五六七八九十第统唯同])"
    rf"(?P<n>[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九两几]|\d{{1,2}})"
    rf"(?:(?:点|项|条)(?:具体)?{_COUNT_NOUN}?|个(?:具体)?{_COUNT_NOUN}|方面)"
)
# a speech verb after the speaker's name
_SPEECH = regex.compile(r"强调|指出|要求|提出|表示|希望|说|讲|部署|明确|寄语|勉励|提醒")
# 他强调 / 她指出: the speaker is the official named last before
_PRONOUN = regex.compile(r"[他她](?:还|也|又|同时|最后|随后|进一步)?(?:强调|指出|要求|提出|表示|希望|说)")
_SENTENCE_END = regex.compile(r"[。！？\n]")
_BLANK = " \t\u3000\u00a0\n"
# a transcript's speaker label opening the paragraph: 行政长官：… / 财政司司长：…
_LABEL = regex.compile(r"[ \t\u3000]{0,4}(?P<label>\p{Han}{2,12})[：:]")
# a name that is not an actor here: 以习近平同志为核心, 习近平新时代…思想, 学习…讲话
_NOT_ACTOR_AFTER = regex.compile(r"同志为核心|新时代|总书记(?:关于|的)|关于|思想|在[^，。]{1,30}?上的讲话")
_NOT_ACTOR_BEFORE = regex.compile(r"(?:以|学习|贯彻|传达|领会)\Z")
# a surname plus an abbreviated post (姚检, 王局) as the subject of a speech verb
_SURNAME_REF = regex.compile(r"(?P<s>\p{Han})\p{Han}{1,2}?(?:就|在|对|又|还|也)?[^，。；]{0,20}?"
                             r"(?:强调|指出|要求|提出|表示|希望)")

# family → style recorded on the group; families sharing a super-family may continue each other's
# lists (一是 … 二是 … 三要 …, 一是 … 第二是 … 第三，) when no list of their own family fits
_INLINE = frozenset({"是", "要", "第"})
# heading families: an item that opens its paragraph holds the paragraphs after it
_HEADINGS = frozenset({"（一）", "一、", "1.", "(1)", "①"})
_WINDOW = 300  # how far back (characters) a speaker or an announcement is looked for
_SINGLE_WINDOW = 60  # a one-item list needs its announcement this close
_MAX_DEPTH = 5  # lists nest at most this deep (一、（一）1.（1）① is four levels)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: int  # 0 for 最后 (= one more than the list's last)
    family: str
    style: str
    para: int
    at_para_start: bool


@dataclass(slots=True)
class _Run:
    family: str
    items: list[_Cand] = field(default_factory=list)
    parent: tuple[int, int] | None = None  # (run index, item index)


def _value(num: str) -> int:
    """The value of a Chinese numeral of :data:`_NUM` (一 1, 十 10, 十二 12, 二十 20, 三十五 35)."""
    tens, ten, units = num.rpartition("十")
    if not ten:
        return _CN_DIGITS.index(num) + 1
    return 10 * (_CN_DIGITS.index(tens) + 1 if tens else 1) + (_CN_DIGITS.index(units) + 1 if units else 0)


def _circled(ch: str) -> int:
    """The value of a circled number ① … ㊿."""
    o = ord(ch)
    if o >= 0x32B1:
        return o - 0x32B1 + 36
    if o >= 0x3251:
        return o - 0x3251 + 21
    return o - 0x2460 + 1


def _prev_char(text: str, pos: int, floor: int) -> str:
    """The character before ``pos`` skipping up to four blanks ('\\n' at a paragraph start)."""
    i = pos - 1
    while i >= floor and pos - i <= 5 and text[i] in " \t\u3000\u00a0":
        i -= 1
    return "\n" if i < floor else text[i]


def _classify(m: regex.Match[str]) -> tuple[int, str, str, str] | None:
    """``(value, family, style, position rule)`` of a candidate match.

    ``m.lastgroup`` (the last group closed) names the alternative that matched, which is much
    cheaper than building ``groupdict()`` for every hit.
    """
    kind = m.lastgroup
    if kind == "sy_k":
        return _value(m.group("sy")), m.group("sy_k"), m.group("sy_k"), "any"
    if kind in ("di", "di_k"):
        return _value(m.group("di")), m.group("di_k") or "第", "第", "any"
    if kind == "qi":
        return _value(m.group("qi")), "第", "第", "any"
    if kind == "fm":
        return (2 if m.group("fm").startswith("另") else 1), "方面", "方面", "any"
    if kind in _SHOUXIAN:
        return _SHOUXIAN[kind], "第", "首先", "any"
    if kind in _HEADING_KINDS:
        raw = m.group(kind)
        style = _HEADING_KINDS[kind]
        if kind == "ci":
            return _circled(raw), style, style, "clause"
        return (int(raw) if raw.isdigit() else _value(raw)), style, style, "clause"
    return None  # pragma: no cover - every alternative is named


# 首先 … 最后: their values (0 for 最后 = one more than the list's last)
_SHOUXIAN = {"sx": 1, "qc": 2, "zc": 3, "zh": 0}
# heading-like alternatives → their family/style
_HEADING_KINDS = {"pc": "（一）", "dn": "一、", "ar": "1.", "pa": "(1)", "ci": "①"}


_POSITION_OK = {
    "any": None,
    "clause": "\n：；。！？，:;,",
}


def _candidates(text: str, paras: list[tuple[int, int]]) -> list[_Cand]:
    starts = [p[0] for p in paras]
    question: dict[int, bool] = {}
    out: list[_Cand] = []
    for m in _CANDIDATE.finditer(text):
        cls = _classify(m)
        if cls is None:
            continue
        value, family, style, rule = cls
        if (value < 1 and family != "第") or value > _MAX_VALUE:  # 0 is 最后 (family 第)
            continue
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        pa, pb = paras[k]
        if m.start() >= pb:
            continue
        if k not in question:
            question[k] = bool(_QUESTION_PARA.match(text, pa))
        if question[k]:
            continue
        prev = _prev_char(text, m.start(), pa)
        allowed = _POSITION_OK[rule]
        if allowed is not None and prev not in allowed:
            continue
        # the first item of a heading-like list must open a paragraph or follow a colon/sentence
        if rule == "clause" and value == 1 and prev in "，,":
            continue
        out.append(_Cand(m.start(), m.end(), value, family, style, k, prev == "\n"))
    # noun enumerations: markers written back to back (第一、第二、第三协作区; 一是、二是)
    bad: set[int] = set()
    for a, b in zip(out, out[1:]):
        if b.start - a.end <= 1:
            bad.update((id(a), id(b)))
    return [c for c in out if id(c) not in bad]


def _continues(run: _Run, c: _Cand, strict: bool) -> bool:
    last = run.items[-1]
    if strict:
        if run.family != c.family:
            return False
    elif c.family not in _INLINE or run.family not in _INLINE or c.value == 0:
        return False
    if c.value == 0:  # 最后: closes a list of at least two items, once
        if len(run.items) < 2 or last.value == 0:
            return False
    elif c.value != last.value + 1:
        return False
    # the next item is in the same paragraph, or opens a later one
    return c.para == last.para or c.at_para_start


def _in_item(run: _Run, c: _Cand) -> bool:
    """Whether ``c`` lies inside the last item of ``run`` (and may open a list nested in it)."""
    if run.family == c.family:
        return False  # a new list of the same style follows this one; it is not inside it
    last = run.items[-1]
    if c.para == last.para:
        return True
    # a heading item (（一）, 一、, 1. … opening its paragraph) holds the paragraphs after it until
    # its list goes on; an inline item (一是…) ends with its paragraph
    return last.at_para_start and run.family in _HEADINGS


def _thread(cands: list[_Cand]) -> list[_Run]:
    """Thread candidates into lists (see the module docstring); the stack holds the open lists."""
    runs: list[_Run] = []
    depth: list[int] = []  # nesting depth of each run
    stack: list[int] = []
    for c in cands:
        target = None
        if c.value != 1:
            for strict in (True, False):
                for pos in range(len(stack) - 1, -1, -1):
                    if _continues(runs[stack[pos]], c, strict):
                        target = pos
                        break
                if target is not None:
                    break
        if target is not None:
            runs[stack[target]].items.append(c)
            del stack[target + 1:]
            continue
        if c.value != 1:
            continue
        parent_pos = None
        for pos in range(len(stack) - 1, -1, -1):
            if depth[stack[pos]] < _MAX_DEPTH and _in_item(runs[stack[pos]], c):
                parent_pos = pos
                break
        if parent_pos is None:
            # not inside any open item: the other open lists stay continuable (a stray 首先 in
            # the paragraph between 一是… and 二是… must not end that list), but a new list of
            # the same style closes the old one and everything opened inside it
            same = next((k for k, r in enumerate(stack) if runs[r].family == c.family), None)
            if same is not None:
                del stack[same:]
            parent = None
            depth.append(0)
        else:
            del stack[parent_pos + 1:]
            pr = stack[parent_pos]
            parent = (pr, len(runs[pr].items) - 1)
            depth.append(depth[pr] + 1)
        runs.append(_Run(c.family, [c], parent))
        stack.append(len(runs) - 1)
    return runs


def _item_end(text: str, run: _Run, i: int, paras: list[tuple[int, int]], limit: int) -> int:
    """End of item ``i``: the next marker of its list, else the end of its paragraph (or ``limit``,
    where the next list of the same paragraph that is not inside this one begins), without the
    blanks and opening brackets or quotes before it."""
    c = run.items[i]
    end = paras[c.para][1]
    if i + 1 < len(run.items) and run.items[i + 1].para == c.para:
        end = run.items[i + 1].start
    elif c.start < limit < end:
        end = limit
    while end > c.end and text[end - 1] in _ITEM_TAIL:
        end -= 1
    return end


def _summary(text: str, body_start: int, end: int) -> str:
    s = _SUMMARY_END.search(text, body_start, end)
    return text[body_start: s.start() if s else end].lstrip(_LEADING).rstrip(_TRAILING)


def _signature(text: str, run: _Run, paras: list[tuple[int, int]],
               limit: int) -> tuple[tuple[str, str], ...]:
    """The (marker, summary) sequence of a list, to recognise one printed twice (``limit`` as in
    :func:`_item_end`: the summaries never read past the next list)."""
    out = []
    for i, c in enumerate(run.items):
        end = _item_end(text, run, i, paras, limit)
        out.append((text[c.start:c.end], _summary(text, c.end, end)))
    return tuple(out)


def _limits(text: str, runs: list[_Run], order: Sequence[int],
            inside: Callable[[int, int], bool]) -> dict[int, int]:
    """Where the last item of each list of ``order`` (sorted by first item) stops at the latest:
    the first later list of ``order`` that is not inside it (else the end of the text).

    A bisection skips the lists starting before the last item, so each list only looks at the
    lists nested in its last item (linear in the number of lists, whatever their shape)."""
    firsts = [runs[ri].items[0].start for ri in order]
    out: dict[int, int] = {}
    for ri in order:
        last = runs[ri].items[-1].start
        out[ri] = len(text)
        for k in range(bisect_right(firsts, last), len(firsts)):
            if not inside(order[k], ri):
                out[ri] = firsts[k]
                break
    return out


def _window_start(text: str, pos: int, floor: int, span: int = _WINDOW) -> int:
    """Start of the sentence holding ``pos`` — or of the one before when ``pos`` opens a sentence
    (at most ``span`` characters back, never before ``floor``)."""
    lo = max(floor, pos - span)
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text, lo, pos):
        # a run of ends (。 then a line break, ！\n\n) closes one sentence, not several
        if ends and not text[ends[-1]:m.start()].strip(_BLANK):
            ends[-1] = m.end()
        else:
            ends.append(m.end())
    if not ends:
        return lo
    start = ends[-1]
    if not text[start:pos].strip(_BLANK + "：:，,") and len(ends) > 1:
        start = ends[-2]
    elif not text[start:pos].strip(_BLANK + "：:，,"):
        start = lo
    return start


def _announcement(text: str, a: int, b: int) -> tuple[int | None, Mention] | None:
    last = None
    for m in _ANNOUNCEMENT.finditer(text, a, b):
        last = m
    if last is None:
        return None
    n = last.group("n")
    if n == "几":
        value = None
    elif n == "两":
        value = 2
    elif n.isdigit():
        value = int(n)
    else:
        value = _value(n)
    return value, Mention(last.group(), last.start(), last.end())


def _actor(text: str, s: int, e: int) -> bool:
    """Whether the name at ``[s, e)`` acts in its sentence (not 以习近平同志为核心, 学习…讲话)."""
    return not (_NOT_ACTOR_AFTER.match(text, e) or _NOT_ACTOR_BEFORE.search(text, max(0, s - 2), s))


def _speaker(text: str, a: int, b: int, people: PeopleIndex, para_start: int) -> str | None:
    label = _LABEL.match(text, para_start, b)
    if label:
        holders = set(people.titles.get(label.group("label"), ()))
        if len(holders) == 1:
            return holders.pop()
    spans = [sp for sp in people.between(a, b) if _actor(text, sp[0], sp[1])]
    for s, e, name in reversed(spans):
        if _SPEECH.search(text, e, b):
            return name
    if spans:
        return None
    if _PRONOUN.search(text, a, b):
        pos = a
        for _ in range(20):  # the last official who acted before (他 = that official)
            prev = people.last_before(pos)
            if prev is None:
                break
            if _actor(text, prev[0], prev[1]):
                return prev[2]
            pos = prev[0]
        return None
    # 姚检就下一步工作提出三点要求: a surname shared by exactly one official
    m = _SURNAME_REF.match(text, a, b) or _SURNAME_REF.search(text, a, b)
    if m:
        names = people.by_surname().get(m.group("s"), ())
        if len(names) == 1:
            return names[0]
    return None


class _State:
    """Built once per Extractor: the section-heading pattern from its lexicon."""

    def __init__(self, res: object) -> None:
        heads = sorted({r["term"] for r in load_shipped("directive_section_heads")}, key=len, reverse=True)
        # a whole heading: an optional short qualifier (2023年, 过去五年, 当前) and a section noun
        self.section = regex.compile(
            rf"[\p{{Han}}\d]{{0,8}}?(?:{'|'.join(map(regex.escape, heads))})"
        )


def _is_section_heading(text: str, run: _Run, paras: list[tuple[int, int]], st: _State) -> bool:
    """All items are bare heading lines naming a report section (一、工作回顾 / 二、存在的问题)."""
    if run.family not in _HEADINGS:
        return False
    for c in run.items:
        pa, pb = paras[c.para]
        body = text[c.end:pb].strip(_LEADING + "。；")
        if not c.at_para_start or not st.section.fullmatch(body):
            return False
    return True


def find(doc: Doc, officials: Sequence[Official]) -> tuple[list[Directive], list[DirectiveGroup], list[str]]:
    """Directives, their groups and warnings (announced count ≠ found) of one document."""
    text = doc.text
    paras = doc.paragraphs
    if not paras:
        return [], [], []
    runs = _thread(_candidates(text, paras))
    if not runs:
        return [], [], []
    people: PeopleIndex | None = None

    # a list after the *last* item of an inline list, in a later sentence, follows that list rather
    # than sitting inside it (一是…，二是…。一要…，二要…); inside an earlier item it is nested
    for run in runs:
        p = run.parent
        if p is None or runs[p[0]].family in _HEADINGS or p[1] != len(runs[p[0]].items) - 1:
            continue
        if _SENTENCE_END.search(text, runs[p[0]].items[p[1]].end, run.items[0].start):
            run.parent = runs[p[0]].parent

    # the window before each list where its speaker and announced count are looked for
    floors: list[int] = []
    for run in runs:
        p = run.parent
        floors.append(runs[p[0]].items[p[1]].end if p is not None else 0)
    anns: dict[int, tuple[int | None, Mention] | None] = {}

    def announcement(ri: int, span: int = _WINDOW) -> tuple[int | None, Mention] | None:
        if ri not in anns:
            first = runs[ri].items[0]
            anns[ri] = _announcement(text, _window_start(text, first.start, floors[ri], span), first.start)
        return anns[ri]

    def inside(ri: int, outer: int) -> bool:
        p = runs[ri].parent
        while p is not None:
            if p[0] == outer:
                return True
            p = runs[p[0]].parent
        return False

    # where each list stops at the latest among all lists (runs are in order of first item), for
    # the duplicate test; the lists kept get their own limits below
    early_limits = _limits(text, runs, range(len(runs)), inside)
    keep: list[bool] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for ri, run in enumerate(runs):
        ok = len(run.items) >= 2
        if not ok and run.items[0].style in ("第", "是", "要"):
            # one item is a list only when the count was announced just before it (两个问题。第一──…)
            ann = announcement(ri, _SINGLE_WINDOW)
            ok = ann is not None and (ann[0] or 0) >= 2
        if ok and run.family == "方面":
            ok = all(_MODAL.match(text, c.end) for c in run.items)
        if ok and _is_section_heading(text, run, paras, doc.res.state("directives", _State)):
            ok = False
        if ok:  # a list the page prints twice (a duplicated paragraph) is one list
            sig = _signature(text, run, paras, early_limits[ri])
            ok = sig not in seen
            seen.add(sig)
        keep.append(ok)

    # group numbers in order of first item; parents re-pointed past dropped lists
    order = sorted((i for i in range(len(runs)) if keep[i]), key=lambda i: runs[i].items[0].start)
    number = {ri: g + 1 for g, ri in enumerate(order)}

    def parent_of(ri: int) -> tuple[int, int] | None:
        p = runs[ri].parent
        while p is not None and not keep[p[0]]:
            p = runs[p[0]].parent
        return (number[p[0]], p[1] + 1) if p is not None else None

    limits = _limits(text, runs, order, inside)

    directives: list[Directive] = []
    groups: list[DirectiveGroup] = []
    warnings: list[str] = []
    speakers: dict[int, str | None] = {}
    for ri in order:
        run = runs[ri]
        g = number[ri]
        parent = parent_of(ri)
        if people is None:
            people = people_index(doc, officials)
        first = run.items[0]
        speaker = _speaker(text, _window_start(text, first.start, floors[ri]), first.start, people,
                           paras[first.para][0])
        if speaker is None and parent is not None:
            speaker = speakers.get(parent[0])
        speakers[g] = speaker
        for i, c in enumerate(run.items):
            end = _item_end(text, run, i, paras, limits[ri])
            directives.append(Directive(g, i + 1, text[c.start:c.end], _summary(text, c.end, end),
                                        text[c.start:end], c.start, end, parent, speaker))
        ann = announcement(ri)
        announced, mention = (ann if ann is not None else (None, None))
        count = len(run.items)
        groups.append(DirectiveGroup(g, first.style, count, announced, mention, parent, speaker))
        if announced is not None and announced != count and mention is not None:
            warnings.append(f"directive group {g}: {mention.text!r} announces {announced}, "
                            f"{count} found")
    directives.sort(key=lambda d: d.start)
    return directives, groups, warnings

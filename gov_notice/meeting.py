"""The meeting record: its name, date and roles (the headline and attribution: :mod:`.header`).

* ``Meeting``: its name as stated (``召开…会议``, ``…会议召开``, ``举行…仪式``), its date as written
  near it (``近日``, ``3月5日上午``, ``今（15）日``) with an ISO date when a full date in the text
  (a ``发布时间：2024-02-26`` header or ``2024年3月5日``) fixes the year; ``chair`` (主持),
  ``speakers`` (讲话, 作…讲话, 发言, 致辞/致词 — not 指出/强调/传达) and ``attendees`` (出席, 参加,
  列席), each linked to an Official (its full ``name``).  No meeting (``None``) when the notice
  names none and nobody chairs or speaks: visits (调研), announcements, Q&A transcripts.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Iterator, Sequence

import regex

from .grammar import cn_int
from .header import BLANKS as _BLANKS
from .header import FULL_DATE as _FULL_DATE
from .header import FURNITURE as _FURNITURE
from .header import HEADER_LINES as _HEADER_LINES
from .header import full_date as _full_date
from .header import publication_date
from .references import PeopleIndex
from .results import Meeting, Mention, Official, Organization

if TYPE_CHECKING:
    from .doc import Doc

# --- the meeting's scope ----------------------------------------------------------------------------
_NAME_SCOPE = 5000  # the meeting is named in the headline or the lead, not deep in the text

# --- dates -----------------------------------------------------------------------------------------
_DATE = regex.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"(?:和\d{1,2}日)?(?:上午|下午|晚上|晚间|早上|中午|晚)?(?:\d{1,2}时(?:\d{1,2}分)?)?"
    r"|今[日天]?[（(](?P<td>\d{1,2})日?[）)]日?(?:上午|下午|晚上)?"
    r"|今[日天][（(][^（）()\n]{1,8}[）)](?:上午|下午|晚上)?"
    r"|(?:今天|今日|昨天|昨日|近日|日前|近期|前天)(?:上午|下午|晚上|晚间)?"
    r"|[上下本]?(?:星期|周)[一二三四五六日天](?:上午|下午|晚上)?"
    r"|(?<![\d月])(?P<od>\d{1,2})日(?:上午|下午|晚上)?"
)

# --- meeting names ---------------------------------------------------------------------------------
_MEETING_NOUNS = ("会议", "大会", "座谈会", "会", "仪式", "典礼", "论坛", "活动", "开学礼", "嘉年华")
_MEETING_NOUN = "(?:" + "|".join(_MEETING_NOUNS) + ")"
# 召开…会议 / 举行…仪式 / 主持召开…会议
_VERB = r"(?:召开|举行|举办|合办|主办|出席|组织召开)了?"
# 合办「迎国庆嘉年华」: a quoted name wins over any other
_NAME_QUOTED = regex.compile(rf"{_VERB}[「『](?P<name>[^」』\n]{{2,40}}?{_MEETING_NOUN})[」』]")
_NAME_AFTER = regex.compile(
    rf"{_VERB}"
    rf"(?P<name>[^，。；：！？\n]{{0,60}}?{_MEETING_NOUN})(?=[，。；、\s（(”」』]|的|并|上|时|后|讨论|\Z)"
)
# …会议召开 / …会议在这里隆重开幕 (the name opens its clause)
_BEFORE_NAME_MAX = 60  # characters of a name before its noun
_BEFORE_VENUE_MAX = 20  # characters of 在… between the name and its verb
_BEFORE_VERBS = ("召开", "开幕", "举行")
_NAME_BEFORE = regex.compile(
    rf"(?<=[，。；：\n]|^)(?P<name>[^，。；：！？\n]{{2,{_BEFORE_NAME_MAX}}}?{_MEETING_NOUN})"
    rf"(?:在[^，。；\n]{{1,{_BEFORE_VENUE_MAX}}}?)?(?:隆重)?(?:{'|'.join(_BEFORE_VERBS)})"
    r"(?!\p{Han}{0,2}(?:会|仪式))"
)
# a match of _NAME_BEFORE ends with one of its verbs and starts at most this many characters before
# it (name, noun, 在…, 隆重): only the clause starts that near a verb are tried
_BEFORE_REACH = _BEFORE_NAME_MAX + max(map(len, _MEETING_NOUNS)) + 1 + _BEFORE_VENUE_MAX + len("隆重")
_BEFORE_VERB = regex.compile("|".join(_BEFORE_VERBS))
_CLAUSE_START = regex.compile(r"(?<=[，。；：\n]|^)")
_NAME_PREFIX = regex.compile(r"(?:我(?:省|市|县|区|局|院|校|司|行|厅|委)|下周|本周|下星期|明天|今天|今日|近日|日前)")
# not a name: a count or a generic reference (召开一次干部大会, 出席有关会议)
_NOT_NAME = regex.compile(r"(?:一次|一场|一个|多次|有关|相关|各类|各种|此次|这次|本次)")
# a body whose name ends in 会 (联合会, 委员会, 协会 …), not a meeting
_BODY_END = regex.compile(r"(?:联合|委员|协|学|商|工|基金|研究|促进|总|分|议|联谊|红十字|联)会\Z")

# --- roles -----------------------------------------------------------------------------------------
# 主持 (not 主持人, 主持日常工作); speech: 讲话, 发言, 致辞/致词 (作重要讲话, 发表讲话 included)
_ROLE = regex.compile(
    r"(?P<chair>主持)(?!人|\p{Han}{0,6}工作(?:的|[，。；]|\Z))"
    r"|(?P<speech>讲话|发言|致辞|致词)(?!精神|人|稿)"
    r"|(?P<attend>出席|参加|列席)"
)
# a speech that is being relayed or studied, not given: 传达…讲话, 学习…讲话
_RELAYED = regex.compile(r"传达|学习|领会|贯彻|听取|根据|按照|对照|落实")
# a speech given at another event, described rather than given here: 发表了一系列重要讲话,
# 在全国两会上的重要讲话
# (在会上的讲话 is this meeting's)
_ELSEWHERE = regex.compile(r"一系列|在(?!会上)[^，。；]{2,40}上(?:发表)?的(?:重要)?\Z")
# a personal pronoun as the subject of a role verb, and how far back its official may be named
_PRONOUN = regex.compile(r"(?<![其吉])[他她](?![们人])")
_PRONOUN_REACH = 120
_CLAUSE_END = regex.compile(r"[。；！？\n]")
_SENTENCE_OR_LINE = regex.compile(r"[。\n]")
# what separates the segments of a sentence: a comma or colon, or blanks after a role verb in a
# subtitle line (张某出席 李某讲话 王某主持会议; not the blank inside 「迎国庆 庆祝…嘉年华」)
_SEGMENT_SPLIT = regex.compile(r"[，,：:]|(?<=出席|参加|列席|讲话|发言|致辞|致词|主持|会议)[ \u3000]{1,4}(?=\p{Han})")


def _names_before(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_NAME_BEFORE.finditer(text, 0, _NAME_SCOPE)``, found from its verbs.

    Scanning every clause start with the lazy name pattern costs about 0.1 ms per notice; a match
    ends with a verb and starts at most ``_BEFORE_REACH`` characters before it, so only the clause
    starts that near a verb are tried, in order, each once, resuming after a match's end as
    ``finditer`` does.
    """
    resume = 0  # no match may start before here (the end of the last one)
    for verb in _BEFORE_VERB.finditer(text, 0, _NAME_SCOPE, overlapped=True):
        lo = max(resume, verb.start() - _BEFORE_REACH)
        for c in _CLAUSE_START.finditer(text, lo, verb.start() + 1):
            if c.start() < resume:
                continue
            m = _NAME_BEFORE.match(text, c.start(), _NAME_SCOPE)
            if m is not None:
                yield m
                resume = m.end()
        resume = max(resume, verb.start() + 1)  # the clause starts up to the verb have been tried


def _meeting_name(text: str) -> tuple[int, int] | None:
    """The first stated meeting name: ``(start, end)`` of the name without a 我市-style prefix."""
    best: tuple[int, int] | None = None
    for pattern in (_NAME_QUOTED, _NAME_AFTER, _NAME_BEFORE):
        if best is not None and pattern is _NAME_AFTER:
            return best  # a quoted name
        found = _names_before(text) if pattern is _NAME_BEFORE else pattern.finditer(text, 0, _NAME_SCOPE)
        for m in found:
            a, b = m.span("name")
            p = _NAME_PREFIX.match(text, a, b)
            if p:
                a = p.end()
            if (b - a < 4 or text[a] in "了的" or _NOT_NAME.match(text, a, b)
                    or _BODY_END.search(text, a, b)):
                continue
            if best is None or a < best[0]:
                best = (a, b)
            break
    return best


def _date(text: str, name_at: int | None, paras: list[tuple[int, int]]) -> regex.Match[str] | None:
    """The date written in the meeting's sentence (before its name), else the first in the body."""
    if name_at is not None:
        lo = max(0, name_at - 200)
        ends = [m.end() for m in _SENTENCE_OR_LINE.finditer(text, lo, name_at)]
        a = ends[-1] if ends else lo
        found = list(_DATE.finditer(text, a, name_at))
        if found:  # the last one: a dateline (中国义乌网5月10日讯) comes before the meeting's own
            return found[-1]
    for pa, pb in paras[:_HEADER_LINES + 2]:
        if _FURNITURE.search(text[pa:pb].strip(_BLANKS)):
            continue
        m = _DATE.search(text, pa, pb)
        if m:
            return m
    return None


def _iso(m: regex.Match[str], header: _dt.date | None, year: int | None) -> str | None:
    """The ISO form of a written date: the year from the date, the header or a full date in the
    text; day-only and relative dates (27日, 今日) need the header's publication date."""
    g = m.groupdict()
    try:
        if g.get("m") and g.get("d"):
            month, day = cn_int(g["m"]), cn_int(g["d"])
            y = int(g["y"]) if g.get("y") else (header.year if header else year)
            if y is None or month is None or day is None:
                return None
            return _dt.date(y, month, day).isoformat()
        if header is None:
            return None
        if g.get("td") or g.get("od"):
            return header.replace(day=int(g.get("td") or g["od"])).isoformat()
        if m.group().startswith(("今天", "今日")):
            return header.isoformat()
        if m.group().startswith(("昨天", "昨日")):
            return (header - _dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None
    return None


def _text_year(text: str) -> int | None:
    """The year of the first full date written in the text."""
    for m in _FULL_DATE.finditer(text):
        d = _full_date(m)
        if d:
            return d.year
    return None


def _inside_quote(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is inside 《…》 (a speech title, not a speech given)."""
    opened = text.rfind("《", lo, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def _subjects(text: str, pos: int, people: PeopleIndex) -> list[str]:
    """The officials who are the subject of the role verb at ``pos``.

    The verb's own comma-segment must name them before the verb; earlier segments of the same
    sentence that end with a name add those names (``甲，乙，丙分别出席会议并发言``).
    """
    lo = max(0, pos - 300)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    sent = ends[-1] if ends else lo
    cuts = [sent] + [m.end() for m in _SEGMENT_SPLIT.finditer(text, sent, pos)]
    seg = cuts[-1]
    if _RELAYED.search(text, seg, pos) or _inside_quote(text, sent, pos):
        return []
    if _ELSEWHERE.search(text, seg, pos):
        return []  # 习近平总书记发表了一系列重要讲话: a speech at another event
    names = [n for _, _, n in people.between(seg, pos)]
    if not names:
        # 其间她致辞: a personal pronoun before the verb is the official named last, close before
        if _PRONOUN.search(text, seg, pos):
            last = people.last_before(seg)
            if last is not None and seg - last[1] <= _PRONOUN_REACH:
                return [last[2]]
        return []
    for a, b in zip(reversed(cuts[:-1]), reversed(cuts[1:])):
        end = b - 1
        while end > a and text[end - 1] in _BLANKS:
            end -= 1
        spans = people.between(a, end)
        if not spans or spans[-1][1] != end:
            break
        names[:0] = [n for _, _, n in spans]
    return names


def find(doc: Doc, officials: Sequence[Official], organizations: Sequence[Organization],
         reference: _dt.date | None = None) -> Meeting | None:
    """The meeting of one document, or None; ``reference`` is a publication date known from
    elsewhere (else the header's, :func:`gov_notice.header.publication_date`, is read)."""
    text = doc.text
    paras = doc.paragraphs

    people = doc.references or PeopleIndex(text, ())  # (set by the link step)
    chair: list[str] = []
    speakers: list[str] = []
    attendees: list[str] = []
    if people.spans:
        for m in _ROLE.finditer(text):
            near = people.last_before(m.start())
            if near is None or m.start() - near[1] > 300:
                continue  # nobody named close enough to be the subject
            who = _subjects(text, m.start(), people)
            bucket = chair if m.group("chair") else speakers if m.group("speech") else attendees
            bucket.extend(n for n in who if n not in bucket)

    nm = _meeting_name(text)
    if nm is None and not chair and not speakers:
        return None
    name = text[nm[0]:nm[1]] if nm else None
    mention = Mention(text[nm[0]:nm[1]], nm[0], nm[1]) if nm else None
    dm = _date(text, nm[0] if nm else None, paras)
    header = reference or publication_date(text, paras)
    meeting = Meeting(
        name=name,
        date=dm.group() if dm else None,
        iso_date=_iso(dm, header, _text_year(text)) if dm else None,
        chair=tuple(chair),
        speakers=tuple(speakers),
        attendees=tuple(attendees),
        mention=mention,
    )
    return meeting

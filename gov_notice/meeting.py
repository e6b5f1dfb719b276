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
from typing import TYPE_CHECKING, Iterator

import regex

from .grammar import BLANKS as _BLANKS
from .grammar import DIGITS, HEAD_LINES, TEN, cn_int
from .grammar import FULL_DATE as _FULL_DATE
from .grammar import full_date as _full_date
from .lexicon import alternation, by_kind, load_shipped
from .references import PeopleIndex
from .results import Meeting, Mention

if TYPE_CHECKING:
    from .doc import Doc

# --- the meeting's scope ----------------------------------------------------------------------------
_NAME_SCOPE = 5000  # the meeting is named in the headline or the lead, not deep in the text
_BEFORE_NAME_MAX = 60  # characters of a name before its noun (…会议召开)
_BEFORE_VENUE_MAX = 20  # characters of 在… between the name and its verb
_QUOTE_OPENS = "「『"  # the corner brackets a quoted meeting name opens with

# --- roles -----------------------------------------------------------------------------------------
# a speech given at another event, described rather than given here: 发表了一系列重要讲话,
# 在全国两会上的重要讲话
# (在会上的讲话 is this meeting's)
_ELSEWHERE = regex.compile(r"一系列|在(?!会上)[^，。；]{2,40}上(?:发表)?的(?:重要)?\Z")
# a personal pronoun as the subject of a role verb, and how far back its official may be named
_PRONOUN = regex.compile(r"(?<![其吉])[他她](?![们人])")
_PRONOUN_REACH = 120
_CLAUSE_END = regex.compile(r"[。；！？\n]")
_SENTENCE_OR_LINE = regex.compile(r"[。\n]")
_CLAUSE_START = regex.compile(r"(?<=[，。；：\n]|^)")


def _date_pattern(relative: list[str], times: dict[str, list[str]]) -> regex.Pattern[str]:
    """A date as written near a meeting: 3月5日上午, 今（15）日, 今日（星期二）, 27日, 上周三, 近日
    (``relative``: the relative days; ``times``: the parts of the day read after each kind of
    date).  The kinds are tried in this order where two could start at one place (今日（15）
    before 今日)."""
    num = rf"\d{{1,2}}|[{DIGITS}{TEN}]{{1,3}}"
    tod = {k: f"(?:{alternation(v)})?" for k, v in times.items()}
    return regex.compile(
        # 2024年3月5日, 3月5日和6日, 三月五日上午9时30分
        rf"(?:(?P<y>\d{{4}})年)?(?P<m>{num})月(?P<d>{num})日(?:和\d{{1,2}}日)?{tod['date']}"
        r"(?:\d{1,2}时(?:\d{1,2}分)?)?"
        # short dates: 今（15）日, 今日（星期二）, 27日, 星期二, 上周三
        r"|(?:今[日天]?[（(](?P<td>\d{1,2})日?[）)]日?|今[日天][（(][^（）()\n]{1,8}[）)]"
        rf"|(?<![\d月])(?P<od>\d{{1,2}})日|[上下本]?(?:星期|周)[{DIGITS[:6]}日天]){tod['short']}"
        # relative days: 今天, 昨日, 近日
        rf"|(?:{alternation(relative)}){tod['relative']}"
    )


class _State:
    """The meeting reader's patterns, built once per Extractor from ``meeting_words.tsv``."""

    def __init__(self, res: object) -> None:
        rows = load_shipped("meeting_words")
        words = by_kind(rows)

        def of_value(kind: str, value: str) -> list[str]:
            return [r["term"] for r in rows if r["kind"] == kind and value in r["value"].split()]

        # --- dates
        self.date = _date_pattern(words["relative_day"],
                                  {k: of_value("time_of_day", k) for k in ("date", "relative", "short")})
        # relative days with an offset (今天 0, 昨日 -1)
        self.day_offset = {r["term"]: int(r["value"])
                           for r in rows if r["kind"] == "relative_day" and r["value"]}
        # --- names
        noun = f"(?:{alternation(words['meeting_noun'])})"
        verb = f"(?:{alternation(words['convene_verb'])})了?"
        # 合办「迎国庆嘉年华」: a quoted name wins over any other
        self.name_quoted = regex.compile(rf"{verb}[{_QUOTE_OPENS}](?P<name>[^」』\n]{{2,40}}?{noun})[」』]")
        # 召开…会议 / 举行…仪式 / 主持召开…会议
        after_name = alternation(words["after_name"])
        self.name_after = regex.compile(
            rf"{verb}(?P<name>[^，。；：！？\n]{{0,60}}?{noun})(?=[，。；、\s（(”」』]|{after_name}|\Z)"
        )
        # …会议召开 / …会议在这里隆重开幕 (the name opens its clause)
        opens = alternation(words["open_verb"])
        solemnly = alternation(words["open_adverb"])
        self.name_before = regex.compile(
            rf"(?<=[，。；：\n]|^)(?P<name>[^，。；：！？\n]{{2,{_BEFORE_NAME_MAX}}}?{noun})"
            rf"(?:在[^，。；\n]{{1,{_BEFORE_VENUE_MAX}}}?)?(?:{solemnly})?(?:{opens})"
            r"(?!\p{Han}{0,2}(?:会|仪式))"
        )
        self.open_verb = regex.compile(opens)
        # a match of name_before ends with one of its verbs and starts at most this many characters
        # before it (name, noun, 在…, 隆重): only the clause starts that near a verb are tried
        self.before_reach = (_BEFORE_NAME_MAX + max(map(len, words["meeting_noun"])) + 1 + _BEFORE_VENUE_MAX
                             + max(map(len, words["open_adverb"])))
        self.name_prefix = regex.compile(alternation(words["name_prefix"]))
        # not a name: a count or a generic reference (召开一次干部大会, 出席有关会议)
        self.not_name = regex.compile(alternation(words["not_name"]))
        # a body whose name ends in 会 (联合会, 委员会, 协会 …), not a meeting
        self.body_end = regex.compile(rf"(?:{alternation(words['body_end'])})\Z")
        # --- roles: 主持 (not 主持人, 主持日常工作); speech: 讲话, 发言, 致辞/致词 (作重要讲话, 发表讲话
        # included); attendance
        roles = {k: alternation(of_value("role", k)) for k in ("chair", "speech", "attend")}
        nouns = {k: alternation(of_value("role_noun_tail", k)) for k in ("chair", "speech")}
        self.role = regex.compile(
            rf"(?P<chair>{roles['chair']})(?!{nouns['chair']}|\p{{Han}}{{0,6}}工作(?:的|[，。；]|\Z))"
            rf"|(?P<speech>{roles['speech']})(?!{nouns['speech']})"
            rf"|(?P<attend>{roles['attend']})"
        )
        # a speech that is being relayed or studied, not given: 传达…讲话, 学习…讲话
        self.relayed = regex.compile(alternation(words["relay_verb"]))
        # what separates the segments of a sentence: a comma or colon, or blanks after a role verb
        # in a subtitle line (张某出席 李某讲话 王某主持会议; not the blank inside 「迎国庆 庆祝…嘉年华」)
        after = alternation([*words["role"], "会议"])
        self.segment_split = regex.compile(rf"[，,：:]|(?<={after})[ \u3000]{{1,4}}(?=\p{{Han}})")


def _names_before(text: str, st: _State) -> Iterator[regex.Match[str]]:
    """The matches of ``st.name_before.finditer(text, 0, _NAME_SCOPE)``, found from its verbs.

    Scanning every clause start with the lazy name pattern costs about 0.1 ms per notice; a match
    ends with a verb and starts at most ``st.before_reach`` characters before it, so only the clause
    starts that near a verb are tried, in order, each once, resuming after a match's end as
    ``finditer`` does.
    """
    resume = 0  # no match may start before here (the end of the last one)
    for verb in st.open_verb.finditer(text, 0, _NAME_SCOPE, overlapped=True):
        lo = max(resume, verb.start() - st.before_reach)
        for c in _CLAUSE_START.finditer(text, lo, verb.start() + 1):
            if c.start() < resume:
                continue
            m = st.name_before.match(text, c.start(), _NAME_SCOPE)
            if m is not None:
                yield m
                resume = m.end()
        resume = max(resume, verb.start() + 1)  # the clause starts up to the verb have been tried


def _meeting_name(text: str, st: _State) -> tuple[int, int] | None:
    """The first stated meeting name: ``(start, end)`` of the name without a 我市-style prefix."""
    best: tuple[int, int] | None = None
    for pattern in (st.name_quoted, st.name_after, st.name_before):
        if best is not None and pattern is st.name_after:
            return best  # a quoted name
        if pattern is st.name_quoted and not any(text.find(q, 0, _NAME_SCOPE) >= 0 for q in _QUOTE_OPENS):
            continue  # (no quoted name: no scan)
        found = (_names_before(text, st) if pattern is st.name_before
                 else pattern.finditer(text, 0, _NAME_SCOPE))
        for m in found:
            a, b = m.span("name")
            p = st.name_prefix.match(text, a, b)
            if p:
                a = p.end()
            if (b - a < 4 or text[a] in "了的" or st.not_name.match(text, a, b)
                    or st.body_end.search(text, a, b)):
                continue
            if best is None or a < best[0]:
                best = (a, b)
            break
    return best


def _date(text: str, name_at: int | None, paras: list[tuple[int, int]], st: _State,
          furniture: set[int]) -> regex.Match[str] | None:
    """The date written in the meeting's sentence (before its name), else the first in the
    header's lines and the lead (the lines starting at ``furniture`` passed by)."""
    if name_at is not None:
        lo = max(0, name_at - 200)
        ends = [m.end() for m in _SENTENCE_OR_LINE.finditer(text, lo, name_at)]
        a = ends[-1] if ends else lo
        found = list(st.date.finditer(text, a, name_at))
        if found:  # the last one: a dateline (中国义乌网5月10日讯) comes before the meeting's own
            return found[-1]
    for pa, pb in paras[:HEAD_LINES]:
        if pa in furniture:
            continue
        m = st.date.search(text, pa, pb)
        if m:
            return m
    return None


def _iso(m: regex.Match[str], header: _dt.date | None, year: int | None, st: _State) -> str | None:
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
        for word, days in st.day_offset.items():  # 今天, 今日（星期二）, 昨日上午
            if m.group().startswith(word):
                return (header + _dt.timedelta(days=days)).isoformat()
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


def _subjects(text: str, pos: int, people: PeopleIndex, st: _State) -> list[str]:
    """The officials who are the subject of the role verb at ``pos``.

    The verb's own comma-segment must name them before the verb; earlier segments of the same
    sentence that end with a name add those names (``甲，乙，丙分别出席会议并发言``).
    """
    lo = max(0, pos - 300)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    sent = ends[-1] if ends else lo
    cuts: list[int] = [sent, *(m.end() for m in st.segment_split.finditer(text, sent, pos))]
    seg = cuts[-1]
    if st.relayed.search(text, seg, pos) or _inside_quote(text, sent, pos):
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


def find(doc: Doc, reference: _dt.date | None = None) -> Meeting | None:
    """The meeting of one document, or None; ``reference`` is a publication date known from
    elsewhere (else the one the header step found, ``Doc.published``)."""
    text = doc.text
    paras = doc.paragraphs

    st = doc.res.state("meeting", _State)
    people = doc.references or PeopleIndex(text, ())  # (set by the link step)
    chair: list[str] = []
    speakers: list[str] = []
    attendees: list[str] = []
    if people.spans:
        for m in st.role.finditer(text):
            near = people.last_before(m.start())
            if near is None or m.start() - near[1] > 300:
                continue  # nobody named close enough to be the subject
            who = _subjects(text, m.start(), people, st)
            bucket = chair if m.group("chair") else speakers if m.group("speech") else attendees
            bucket.extend(n for n in who if n not in bucket)

    nm = _meeting_name(text, st)
    if nm is None and not chair and not speakers:
        return None
    name = text[nm[0]:nm[1]] if nm else None
    mention = Mention(text[nm[0]:nm[1]], nm[0], nm[1]) if nm else None
    furniture = {c.start for c in doc.candidates.get("furniture", ())}
    dm = _date(text, nm[0] if nm else None, paras, st, furniture)
    header = reference or doc.published
    meeting = Meeting(
        name=name,
        date=dm.group() if dm else None,
        iso_date=_iso(dm, header, _text_year(text), st) if dm else None,
        chair=tuple(chair),
        speakers=tuple(speakers),
        attendees=tuple(attendees),
        mention=mention,
    )
    return meeting

"""Organisations: specific bodies as written, expanded and resolved; collectives kept apart.

How a notice is read:

1. One ``regex`` pass finds every character a head can end with; the longest head ending there
   (公安厅, 党委, 办公室 …, or a known body: 国务院, 新华社, 立法会 … from org_known.tsv and the
   list generated from jieba's ``nt`` words, which must be a word where it stands; a user's
   ``organization`` terms are known bodies too) is read from a reversed trie, and its *chain* is read leftwards the
   same way: department stems and further heads (省委|政法委), then an optional place prefix
   (division names generated from cpca, level characters 省/市/县 …), then the body holding it
   (西安市公安局|雁塔分局).
2. Each chain is judged where it stands: a one-character head followed by a character that makes
   it part of another word is dropped (部署, 处理, 委员), a generic head needs a qualifier (党委
   alone is not a body), the left edge is settled by segmenting a small window (建设银行总行,
   大学派出所, 劳工事务局), joint heads are split (区纪委监委 → 区纪委, 区监委) and places
   coordinated to the left are expanded (西安、宝鸡市公安局 → 西安市公安局, 宝鸡市公安局).
3. Collectives (各级公安机关, 厅属各单位, 有关部门 …) are found by their own pass; they are returned
   apart and win over every organisation candidate they overlap.
4. Organisations inside officials' titles, bare heads sharing a modifier (自治区党委、政府), places
   acting as bodies (白鹤镇召开…), units named after a body (县检察院民行科: see _orgs_context.py)
   and candidates of an optional NER backend (``doc.ner``) join the candidates and are judged by the same filters; the one overlap rule
   (:func:`spans.filter_spans`) settles overlaps.
5. Names are grouped and their canonical forms resolved from the document: 省厅 → 省公安厅 (the only
   provincial 厅 named), 省公安厅 → 陕西省公安厅 (every place named lies in one province),
   厅党委 → 省公安厅党委.

Mentions of expanded names: ``text[start:end] == mention.text`` always holds, so the mention of an
expanded name that is not written as such covers the part that is written: for
``西安、宝鸡市公安局`` the organisation 西安市公安局 has the mention ``西安`` and 宝鸡市公安局 the
mention ``宝鸡市公安局``; for ``区纪委监委`` the organisation 区监委 has the mention ``监委``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence, TypeVar

import regex

from ._orgs_context import (
    DEMONSTRATIVES,
    VILLAGE_BODIES,
    acting_place_pattern,
    context_cands,
    load_verbs,
    ner_cands,
    unit_cands,
    village_start,
)
from ._orgs_known import load_known
from ._orgs_text import (
    _BREADCRUMB,
    _CRUMB_SEPARATORS,
    _END,
    _Cand,
    _defined_abbreviations,
    _ending_at,
    _holds,
    _overlaps,
    _reversed_trie,
    _Span,
    _trie,
)
from .lexicon import load_shipped
from .results import Mention, Official, Organization
from .spans import covering, filter_spans, find_terms

if TYPE_CHECKING:
    from .pipeline import Doc, Resources

logger = logging.getLogger(__name__)


S = TypeVar("S", bound=_Span)
V = TypeVar("V")

# level characters that stand for "the province / city / county …" in front of a body (省厅, 市委)
_LEVELS = "省市县区州乡镇"

# prefixes naming the party, state or league a body belongs to (中共陕西省委, 共青团陕西省委)
_PARTY_PREFIXES = ("中共", "中国", "共青团")

# an ordinal inside a body name: 省委第七督查组, 机关第二党支部
_ORDINAL_DIGITS = "一二三四五六七八九十"
_ORDINAL = rf"第[{_ORDINAL_DIGITS}]{{1,3}}"

# the formal openings of the names of party, league and CPPCC committees, which may carry the
# term of office written before or after the place: 中国人民政治协商会议第十三届全国委员会,
# 政协第九届安康市委员会, 中国共产党陕西省第十四届委员会 (longest first)
_FORMAL_OPENINGS = ("中国人民政治协商会议", "中国共产主义青年团", "中国共产党", "共青团", "政协", "中共")
_TERM_END = regex.compile(_ORDINAL + "届$")  # a term of office: 第七届
_OPENING_ALONE = frozenset(_FORMAL_OPENINGS + _PARTY_PREFIXES)
# the characters that end what may stand just before a chain with a formal opening: an opening,
# a term of office (届) or 全国
_BEFORE_FORMAL = frozenset({o[-1] for o in _FORMAL_OPENINGS} | {"届", "国"})

# one-character heads that may follow a name of common nouns after a place (高雄市|劳工|局)
_NOUN_HEADS = frozenset("局署处厅委办")

# directions: 部 after one names a part of a region (西南部, 连南|部), not a department
_DIRECTIONS = frozenset("东南西北中")

# what may follow a formal opening standing alone as a body (中国共产党|的, 中共|和…, 中共|领导);
# any other Han character continues a longer name (中共|三溪镇委员会, 中国共产党|党委)
_AFTER_OPENING = frozenset("的和与及是在对为成领同始百一")

# characters after a one-character head that make it part of another word (部署, 处理, 委员, 厅级)
_NOT_AFTER: dict[str, str] = {
    "厅": "长级局内属堂",
    "局": "长面势限级属内部外",
    "委": "员托屈婉身任",
    "办": "法理事好公学班案成结",
    "院": "长士校子落内系线会",
    "部": "署分门长位队件下内级委",
    "署": "名理",
    "处": "理置分于在长罚境事处",
    "网": "络上民友页站点格",
    "组": "织长员",
    "行": "业",  # 银行|业
}

# joint heads written as one word but naming two bodies (区纪委监委 → 区纪委, 区监委)
_JOINT: dict[str, tuple[str, str]] = {"纪委监委": ("纪委", "监委")}

# separators of coordinated places (西安、宝鸡、铜川、安康市公安局)
_COORD = "、和及与"
_COORD_CHARS = frozenset("和及与")  # the conjunctions among them

# jieba tags that may stand in a body name's left part (nouns, place names, abbreviations, verbal
# nouns); segmentation runs without HMM, so unknown words fall apart and are not taken
_NOUNISH = frozenset({"n", "nz", "nt", "ns", "nsf", "j", "vn", "ng", "an", "nrt"})

# words that never open an organisation's name, whatever their tag
_STOP_WORDS = frozenset({"会议", "同志", "关于", "我们", "今年", "目前", "当前", "近日", "全体", "年度",
                         "负责人", "领导", "干部", "成员", "主任", "书记", "局长", "厅长", "工作",
                         "会同",  # 会同 "jointly with", a noun to jieba: 省公安厅|会同|省财政厅
                         "上届", "本届", "下届", "历届", "首届"})  # 上届|省政协

# characters after a head that make it part of a post or another word (大队|长, 政协|会议 → 协会 议)
_NOT_AFTER_ANY = "长议"

# bodies whose name is also an adjective: before a numeral they modify its noun (中央|八项规定)
_MODIFIER_BODIES = frozenset({"中央"})

# posts of a council written right after it (县议会|议长, 议会|议员): not 政治协商会|议
_COUNCIL_POSTS = ("议长", "议员")

# numerals: a word holding one is a date or count, never part of a body's name (二月份, 千万)
_NUMBER = regex.compile(r"[0-9一二三四五六七八九十百千万零〇两]")

# words after a head that make it part of a post or another word (中心|任务, 人大|代表, 中央|领导)
_NOT_AFTER_MULTI: dict[str, tuple[str, ...]] = {
    "中心": ("任务", "工作", "环节", "城区", "思想", "区", "带"),
    "人大": ("代表",), "政协": ("委员",),  # 区人大代表, 政协委员: posts
    "中央": ("图书馆", "领导", "单位", "企业", "机制", "财政", "预算"),
}

# heads of generic kinds (公司, 银行, 中心, 小组, 街道) that a name of common nouns before them does
# not make specific (外贸公司, 商业银行, 会展中心): their left part needs a proper noun, place or stem
_PROPER_KINDS = frozenset({"company", "centre", "local", "society"})
# words of scope that make a society of common nouns one society (国际游泳联合会, 全国律师协会)
_SCOPE_WORDS = ("国际", "全国", "中国", "中华")
_PROPER_TAGS = frozenset({"ns", "nz", "nt", "nrt", "j", "nsf"})

# kinds of heads that hold units of their own (大学|派出所, 分行|党委)
_UNIT_HOLDERS = frozenset({"company", "centre", "school"})

# words opening so are verb phrases, whatever jieba tags them (积极响应, 认真落实)
_ADVERBS = ("积极", "认真", "全面", "深入", "切实", "坚决", "进一步", "努力", "大力")

# words ending so are times, not name parts (前段时间, 新时期), nor is a membership (无党籍)
_TIME_ENDINGS = ("时间", "时期", "期间", "以来", "年度", "籍")  # and membership: 民进党籍

# kinds of divisions named in collectives (各省、自治区、直辖市人民政府)
_DIVISION_KINDS = ("自治区", "直辖市", "自治州", "自治县", "计划单列市", "地级市", "县级市", "新区",
                   "开发区", "高新区", "街道", "社区")

# the body a collective's cue may follow (厅机关|所属, 市政府|有关) and its longest length
_COLLECTIVE_HOLDER = r"[省市县区]?(?:政府|[厅局委院])(?:机关)?"
_COLLECTIVE_HOLDER_MAX = 5

# at most this many heads in one chain (a text of 局局局… stays linear)
_MAX_HEADS = 8

# at most this many tokens / characters are added to the left of a chain by segmentation
_MAX_LEFT_TOKENS = 3
_MAX_LEFT_CHARS = 10
_WINDOW = 14

# a title's body after a membership or a term is read without it (民进党籍|县议会, 上届|省政协)
_TERM_REST = regex.compile(rf"(?:[上本下历首{_ORDINAL_DIGITS}]届|籍)$")

# a title's organisation may hold this many characters before the chain this module reads
# (临时 + 党总支); a longer rest is a title split at the wrong place
_MAX_TITLE_REST = 4

# at most this many words' answers are remembered per Extractor (the table is then cleared)
_MEMO_SIZE = 65_536

# a short division name at least this frequent in jieba's dictionary and not tagged as a place is
# taken for the common word it also is
_COMMON_WORD = 1000


class _State:
    """Patterns and tables built once per Extractor from the shipped and user lexicons."""

    def __init__(self, res: Resources) -> None:
        self.stems = {r["term"] for r in load_shipped("org_stems")}
        heads = load_shipped("org_heads")
        self.heads: dict[str, tuple[bool, str]] = {r["term"]: (r["alone"] == "yes", r["kind"]) for r in heads}
        self.known, self.generated = load_known()
        self.openings = _OPENING_ALONE & self.known.keys()  # (中国共产党: a body, and an opening)
        self.governs, acts = load_verbs()
        self.acting = acting_place_pattern(acts)
        self.user: dict[str, str | None] = dict(res.user.organization)
        seg = res.segmenter
        self.places: dict[str, list[tuple[str, str, str]]] = {}
        for r in [*load_shipped("divisions"), *load_shipped("org_places_taiwan")]:
            term = r["term"]
            # a short form that is also a stem or a frequent common word is no place (公安县 → 公安,
            # 和平区 → 和平); jieba's tags of rarer place names are unreliable and are not used
            if term != r["full"] and (term in self.stems or term in self.heads
                                      or (seg.freq(term) >= _COMMON_WORD and seg.tag(term) != "ns")):
                continue
            self.places.setdefault(term, []).append((r["full"], r["level"], r["province"]))
        # characters that may stand just before a one-character head: see before_single below
        single = {t[-1] for t in self.places}
        for r in load_shipped("countries"):  # 美国|国务院, 俄罗斯|国防部: a foreign body's country
            term = r["term"]
            if seg.freq(term) < _COMMON_WORD or seg.tag(term) == "ns":  # not 多哥 read in 多哥哥
                self.places.setdefault(term, []).append((term, "country", ""))
        self.max_place = max(map(len, self.places))
        crows = load_shipped("collectives")
        cues = {r["term"] for r in crows if r["kind"] == "cue"}
        cheads = {r["term"] for r in crows if r["kind"] == "head"}
        phrases = {r["term"] for r in crows if r["kind"] == "phrase"} | set(res.user.collective)
        self.phrases = phrases
        self.cues = cues
        # every piece of a chain that may end it: heads and known bodies (user terms included)
        self.enders: set[str] = set(self.heads) | set(self.known) | set(self.user)
        # the pieces that name a body alone (known bodies, user terms, heads marked alone)
        self.alone = set(self.known) | set(self.user) | {h for h, (alone, _) in self.heads.items() if alone}
        self.max_stem = max(map(len, self.stems))
        # anchors: one pass over the text finds every character a head ends with; the longest head
        # ending there is read from a reversed trie (政法委员会: 政法委 ends at 委, 委员会 at 会)
        self.anchor = regex.compile("[" + regex.escape("".join(sorted({e[-1] for e in self.enders}))) + "]")
        # a collective: cue words, then levels, stems or cue words, then a collective head (or an
        # organisation head: 各市（区）公安局); lazy and bounded
        first = "".join(sorted({t[0] for t in (*cues, *phrases)} | set("省市县区厅局委院")))
        self.collective_first = frozenset(first)
        self.collective = regex.compile(
            rf"(?=[{regex.escape(first)}])"
            rf"(?:(?:{_COLLECTIVE_HOLDER}(?=相关|有关|所属|直属|下属|内|属|各))?"
            r"(?:\L<cue>)(?:\L<cue>|\L<stem>|\L<kind>|[省市县区州乡镇村级地（）()、]){0,12}?"
            r"(?:\L<chead>|\L<head>)"
            r"|\L<phrase>)",
            cue=list(cues), stem=list(self.stems), kind=list(_DIVISION_KINDS),
            chead=list(cheads), head=[h for h in self.heads if len(h) > 1 or h in "局厅委院"],
            phrase=list(phrases) or ["\x00"],
        )
        # every collective holds a cue at most _COLLECTIVE_HOLDER_MAX characters after its start, or
        # opens with a phrase: these openers are found first and the collective pattern is tried
        # only near them (stdlib ``re`` scans an alternation of literals several times faster)
        self.collective_opener = re.compile("|".join(
            map(re.escape, sorted({*cues, *phrases}, key=lambda t: (-len(t), t)))) or "\x00")
        # characters that may stand just before a one-character head (the end of a level, a place
        # of China, a stem or a head): any other character rejects the head at once (countries
        # are not counted: 到日本|办展)
        self.before_single = frozenset(_LEVELS) | single | {t[-1] for t in (*self.stems, *self.enders)}
        # reversed tries: a chain is read leftwards from its head
        self.ender_trie = _reversed_trie(self.enders)
        self.grammar_trie = _reversed_trie(self.enders - self.generated)  # when a generated one fails
        self.ender_prefixes = _trie(self.enders)  # forward: the longest head written at a place
        self.stem_trie = _reversed_trie(self.stems)
        self.place_trie = _reversed_trie(self.places)
        self.place_prefixes = _trie(self.places)  # forward: the place a name opens with
        # answers per word, remembered across documents (see _remember)
        self.name_parts: dict[str, bool] = {}
        self.place_prefix_of: dict[str, str | None] = {}

    def place_levels(self, term: str) -> set[str]:
        return {lvl for _, lvl, _ in self.places.get(term, ())}


# ----------------------------------------------------------------------------------------------
# chains

def _nounish(seg: object, word: str) -> bool:
    """A dictionary word of two or more characters that may stand in a body's name."""
    if len(word) < 2 or word in _STOP_WORDS or not _HAN_WORD.fullmatch(word):
        return False
    return seg.tag(word) in _NOUNISH  # type: ignore[attr-defined]


def _tail(st: _State, word: str) -> int | None:
    """Where the longest head or known body ``word`` ends with starts in it, or None."""
    end = _ending_at(st.ender_trie, word, len(word))
    return None if end is None else len(word) - len(end)


def _remember(memo: dict[str, V], key: str, value: V) -> V:
    """``value``, stored under ``key`` in a per-Extractor ``memo`` that is cleared when full."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def _name_part(seg: object, st: _State, w: str) -> bool:
    """Whether the word may stand in the left part of a body's name.

    Not: a cue (各, 全省), another body (省委|省政府), a meeting (党代会), a date or count, a time.
    """
    known = st.name_parts.get(w)
    return _remember(st.name_parts, w, _is_name_part(seg, st, w)) if known is None else known


def _is_name_part(seg: object, st: _State, w: str) -> bool:
    return not (w in st.cues or w in st.governs or not _nounish(seg, w) or _tail(st, w) is not None or w[-1] == "会"
                or _NUMBER.search(w) or w.endswith(_TIME_ENDINGS) or w.startswith(_ADVERBS))


def _left_edge(doc: Doc, st: _State, start: int, end: int, para: tuple[int, int],
               joints: frozenset[int] = frozenset()) -> int | None:
    """The left edge of a chain settled by segmentation; None when a bare chain finds no name part.

    The window before the chain is segmented; a token the chain starts inside of is taken whole
    when it is noun-like (建设|银行总行 → 建设银行总行), then up to three noun-like tokens to the left.
    """
    text = doc.text
    ws = max(para[0], start - _WINDOW)
    if ws >= start or not _HAN_CHAR.match(text, start - 1):
        return start
    we = min(end, start + 6)
    seg = doc.res.segmenter
    # the tokens up to the one the chain starts in (they run on from ws: the first to end past
    # start holds it), at their places in the text
    toks: list[tuple[str, int, int]] = []
    for w, a, b in seg.cut(text[ws:we], hmm=False):
        toks.append((w, ws + a, ws + b))
        if ws + b > start:
            break
    else:
        return start
    k = len(toks) - 1
    edge = start
    w, a, b = toks[k]
    if a == start and len(w) > 1 and w[0] in _LEVELS:
        return start  # a word opening with its level (代表|区委): nothing but a place stands before it
    if a < start:  # the chain starts inside a word: take it whole when it names a body (建设|银行)
        if b != end and b not in joints:
            return None  # the word runs into the head (政协|会, 职工|会): the head is no word here
        named_area = b == start + 1 and text[start] in _LEVELS  # 高新区|管委会, 社区|党支部
        if w in st.cues or w in st.governs or w[0] in DEMONSTRATIVES or not (
                named_area or _nounish(seg, w)) or _conjunction_at(text, a):
            return start  # (…医院|和县|妇幼保健院: the conjunction and the level, not 和县; 该镇|党委)
        edge = a
        if _tail(st, w) is not None:
            return edge  # the word is a body's whole name (全国人大常委会): nothing more to its left
    taken = 0
    i = k - 1
    while i >= 0 and taken < _MAX_LEFT_TOKENS:
        w, a, b = toks[i]
        if len(w) > 1 and _conjunction_at(text, a):
            # 市人民医院|和县|人民医院: the conjunction, then a level (和县 is also a county)
            if all(c in _LEVELS for c in w[1:]):
                edge = a + 1
            break
        if taken and (w in st.known or (_tail(st, w) is not None and _nounish(seg, w))):
            # the body holding a named unit, read as a chain: 全国人大|财政经济委员会,
            # 省公安厅交警总队|高速公路支队
            holder = _ending_at(st.ender_trie, text, b)
            edge = min(a, _read_chain(text, st, b - len(holder), b).start) if holder else a
            break
        if (w == "及" and i > 0 and text[end - 1] in "局署处司" and _name_part(seg, st, toks[i - 1][0])
                and start - toks[i - 1][1] <= _MAX_LEFT_CHARS):
            edge = toks[i - 1][1]  # 食物|及|卫生局: bureaus of two portfolios (议员|及|议会: none)
            taken += 1
            i -= 2
            continue
        if not _name_part(seg, st, w) or start - a > _MAX_LEFT_CHARS:
            break
        edge = a
        taken += 1
        i -= 1
    return edge


_ORDINAL_END = regex.compile(_ORDINAL + r"$")
_SESSION_END = regex.compile(rf"(?<!第)[{_ORDINAL_DIGITS}]{{1,3}}届$")  # a term of office: 十六届
_LEVEL_LIST_END = regex.compile(r"[省市县区州乡镇]、$")  # 县、乡党委: a list of levels
# two levels written together in the same clause before a list's last item: 县乡人大、政府和…
_LEVEL_PAIR_BEFORE = regex.compile(r"[省市县区州乡镇]{2}[^，。；：,;:\n]*$")
_HAN_WORD = regex.compile(r"\p{Han}+")
_HAN_CHAR = regex.compile(r"\p{Han}")  # one character: never scan a long run of Han text


@dataclass(slots=True)
class _Chain:
    """A chain read leftwards from its last head: where it starts and what it is made of."""

    start: int
    end: int
    heads: list[str]
    stems: int
    pre: str
    placed: bool = False  # a place was read between two of its heads (政协|贵州省|委员会)


def _read_body(text: str, st: _State, pos: int, heads: list[str]) -> tuple[int, int]:
    """Read heads, stems and ordinals leftwards from ``pos``; the new position and the stems read."""
    stems = run = 0
    while pos > 0 and len(heads) < _MAX_HEADS:
        head = _ending_at(st.ender_trie, text, pos)
        stem = _ending_at(st.stem_trie, text, pos, 2)
        if head is not None and (stem is None or len(head) >= len(stem)):
            if (heads[-1] in st.known and heads[-1] not in st.generated) or head in st.openings \
                    or (len(heads[-1]) == 1 and len(head) <= 2 and head in st.known) \
                    or text[pos:pos + 1] in _NOT_AFTER.get(head[-1], "\x00"):
                break  # a known body opens its own name (中共中央办公厅|国务院办公厅); 公安部|署;
                # a short known body holds no one-character head (西北大|部: no 北大|部);
                # 中国共产党|党委 is read by its opening
            heads.append(head)
            pos -= len(head)
            run = 0
        elif stem is not None and run < 3 and heads[-1] not in st.known:  # (研究|国务院: complete)
            stems += 1
            run += 1
            pos -= len(stem)
        else:
            # an ordinal ends with a numeral: no search for one where none is written
            m = _ORDINAL_END.search(text, max(0, pos - 4), pos) if text[pos - 1] in _ORDINAL_DIGITS else None
            if m is None and text[pos - 1] == "届" and heads[-1] not in st.known:
                m = _SESSION_END.search(text, max(0, pos - 5), pos)  # 县|十六届|人大常委会
                if m is not None and text[m.start() - 1:m.start()] not in _LEVELS:
                    m = None  # a term after a level only: 第十六届|人大常委会 is read by its opening
            if m is None or run >= 3:
                break
            run += 1
            pos = m.start()
    return pos, stems


def _noun_before_single(doc: Doc, st: _State, hs: int) -> int | None:
    """Where a bureau-like body whose one-character head at ``hs`` follows a name of one or two
    dictionary nouns written after a place or level starts (高雄市|劳工|局, 市|林业|局), or None
    (市|格局: the name is one character; 全市|工作|局面: no head)."""
    text = doc.text
    ws = max(0, hs - 12)
    toks = [(w, ws + a, ws + b) for w, a, b in doc.res.segmenter.cut(text[ws:hs + 1], hmm=False)]
    w, a, b = toks[-1]
    if a < hs and b == hs + 1:  # the head read with its name as one word (劳工局, 旅游局): its name
        toks[-1] = (w[:-1], a, hs)  # must be a word of two or more characters (not 格|局, 大|局)
    elif not any(b == hs for _, _, b in toks):
        return None
    words = [t for t in toks if t[2] <= hs]
    for n in (1, 2):
        if len(words) < n:
            break
        name_start = words[-n][1]
        if not all(_name_part(doc.res.segmenter, st, w) for w, _, _ in words[-n:]) or hs - name_start > 6:
            break
        place = _place_ending(st, text, name_start)
        if place is not None:
            return name_start - len(place)
        if text[name_start - 1:name_start] in _LEVELS and not _HAN_CHAR.match(text, name_start - 2):
            return name_start - 1
    return None


def _place_ending(st: _State, text: str, pos: int) -> str | None:
    """The longest place of two or more characters ending at ``pos``, or None.  A place opening
    with 和, 及 or 与 right after a character that is no level reads as the conjunction and a level
    (市公安局|和|县公安局, 市委|和|县委), not as the place (安徽省|和县)."""
    place = _ending_at(st.place_trie, text, pos, 2)
    return None if place is not None and _conjunction_at(text, pos - len(place)) else place


def _conjunction_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is 和, 及 or 与 joining two words: it follows a Han character that is
    no level (市委|和|县委, but 安徽省|和县)."""
    return text[i:i + 1] in _COORD_CHARS and i > 0 and text[i - 1] not in _LEVELS \
        and _HAN_CHAR.match(text, i - 1) is not None


def _read_places(text: str, st: _State, pos: int) -> tuple[int, bool]:
    """Read up to three places (or level characters) leftwards; the new position, whether a place."""
    body_start = pos
    placed = False
    for i in range(3):
        place = _place_ending(st, text, pos)
        if place is None:
            if i == 0 and pos > 0 and text[pos - 1] in _LEVELS:  # 省厅, 安康市 written as 安康 + 市
                while pos > 0 and text[pos - 1] in _LEVELS and body_start - pos < 3:
                    pos -= 1  # 乡镇政府, 县乡人大: several levels (judged a collective)
                continue
            break
        pos -= len(place)
        placed = True
    return pos, placed


def _place_before(st: _State, text: str, pos: int) -> int:
    """``pos`` moved left over the places written before it, or over a level character that opens
    a clause (省|扫黑除恶…领导小组, but not 全市|…)."""
    for _ in range(2):
        place = _place_ending(st, text, pos)
        if place is None:
            break
        pos -= len(place)
    else:
        return pos
    if pos > 0 and text[pos - 1] in _LEVELS and (pos < 2 or not _HAN_CHAR.match(text, pos - 2)):
        pos -= 1
    return pos


def _read_chain(text: str, st: _State, hs: int, he: int) -> _Chain:
    """Read a chain leftwards from its last head ``[hs, he)``: body, places, and the body holding it.

    ``西安市公安局雁塔分局`` is one chain: 分局 with its place 雁塔, held by 西安市公安局.
    """
    pos = hs
    heads = [text[hs:he]]
    stems = 0
    pre = ""
    between = False
    for _ in range(3):
        pos, n = _read_body(text, st, pos, heads)
        stems += n
        body_start = pos
        pos, placed = _read_places(text, st, pos)
        pre = text[pos:body_start]
        holder = _ending_at(st.ender_trie, text, pos) if placed else None
        between = between or holder is not None
        if holder is None or (heads[-1] in st.known and heads[-1] not in st.generated) or len(holder) < 2:
            break
        heads.append(holder)
        pos -= len(holder)
    opened = _formal_start(text, st, pos)
    if opened is not None:
        pos = opened
    elif text.endswith(_PARTY_PREFIXES, 0, pos):
        pos -= len(next(p for p in _PARTY_PREFIXES if text.endswith(p, 0, pos)))
    heads.reverse()
    return _Chain(pos, he, heads, stems, text[pos:body_start] if pre or opened is not None else "",
                  between and len(heads) > 1)


def _formal_start(text: str, st: _State, pos: int) -> int | None:
    """Where a formal opening starts that, with a term of office, a place or both, is written just
    before ``pos`` (中国共产党|第二十届|中央委员会, 中国共产党|陕西省第十四届|委员会); None when
    there is none.  A term of office with no opening before it is no part of a name (第九届|董事会)."""
    if text[pos - 1:pos] not in _BEFORE_FORMAL:
        return None  # (most chains: one set test)
    if text.endswith("全国", 0, pos):
        pos -= 2  # the national committee: 中国人民政治协商会议第十三届|全国|委员会
    m = _TERM_END.search(text, max(0, pos - 6), pos) if text[pos - 1:pos] == "届" else None
    p = m.start() if m else pos
    for _ in range(2):
        for opening in _FORMAL_OPENINGS:
            if text.endswith(opening, 0, p):
                return p - len(opening)
        if m is None:
            return None
        p, placed = _read_places(text, st, p)  # the place written before the term
        if not placed:
            return None
    return None


def _judge_chain(doc: Doc, st: _State, hs: int, he: int) -> tuple[int, int] | None:
    """The span of the chain ending with the head ``[hs, he)``, or None when it is no body."""
    text = doc.text
    h = text[hs:he]
    nxt = text[he:he + 1]
    if len(h) == 1 and h in _NOUN_HEADS and text[hs - 1:hs] not in st.before_single and not (
            nxt and nxt in _NOT_AFTER.get(h, "")):
        start = _noun_before_single(doc, st, hs)  # 高雄市|劳工|局, 市|林业|局
        return None if start is None else (start, he)
    if (nxt and nxt in _NOT_AFTER.get(h[-1], "")) or (len(h) == 1 and (
            text[hs - 1:hs] not in st.before_single or (h == "部" and text[hs - 1:hs] in _DIRECTIONS))):
        return None  # 部署, 处理, 委员: the head is part of another word; 大局: nothing before it;
        # 南部: a part of a region
    if (nxt and nxt in _NOT_AFTER_ANY and h not in st.known and h not in st.user
            and not text.startswith(_COUNCIL_POSTS, he)) or (
            h in _NOT_AFTER_MULTI and text.startswith(_NOT_AFTER_MULTI[h], he)):
        return None  # 大队|长 is a post, 政治协商会|议 a meeting, 中心|任务 no body
    ch = _read_chain(text, st, hs, he)
    start, end, pre = ch.start, ch.end, ch.pre
    if len(pre) == 2 and pre[1] in _LEVELS and doc.res.segmenter.tag(text[start - 1:start + 1]) == "v":
        start, pre = start + 1, pre[1:]  # 接任|县议会: the verb's 任 and the level, not 任县
    only = ch.heads[0] if len(ch.heads) == 1 else None
    if not pre and (only == "网" or st.heads.get(only or "", (False, ""))[1] == "government"):
        return None  # 网 and 政府 name a body only after a place: 义乌网, 市政府
    if only == "中心" and not ch.stems and pre and all(c in _LEVELS for c in pre):
        return None  # 市中心, 镇中心: a place's centre
    if len(pre) >= 2 and all(c in _LEVELS for c in pre) or _LEVEL_LIST_END.search(text, max(0, start - 3), start):
        return None  # 县乡人大, 县区人大, 县、乡党委: bodies of several levels are a collective
    if len(pre) == 1 and pre in _LEVELS and text[start - 1:start] in _COORD and _LEVEL_PAIR_BEFORE.search(
            text, max(0, start - 16), start - 1):
        return None  # 县乡人大、政府和县政协: a level's body listed with bodies of several levels
    all_single = sum(map(len, ch.heads)) == len(ch.heads)  # every head is one character
    known_first = ch.heads[0] in st.known or ch.heads[0] in st.user
    if h in _MODIFIER_BODIES and not pre and (doc.res.segmenter.tag(_next_word(doc, he)) or "x")[0] in "mb":
        return None  # 中央|八项规定: the word modifies a numbered noun (jieba tags verbs as nouns:
        # 中央|任命, 中央|报告)
    if known_first and not pre:
        if h in st.openings and _HAN_CHAR.match(text, he) and text[he] not in _AFTER_OPENING:
            return None  # an opening of a longer name: 中国共产党|党委, 中国共产党|三溪镇…委员会
        if ch.heads == [h] and (len(h) <= 2 or h in st.generated) and not _one_word(
                doc, hs, he, exact=h in st.generated):
            return None  # a short form written inside other words: 创|建行|动
        return start, end  # a known body's name is complete: 立法会, 国务院办公厅
    alone = not st.alone.isdisjoint(ch.heads)
    # qualified: a place or level, a stem, an abbreviation (厅党委) or a specific body (公安厅党委)
    qualified = (bool(pre) or ch.stems > 0 or alone or ch.placed
                 or (len(ch.heads) > 1 and len(ch.heads[0]) == 1 and not all_single)
                 # a unit inside a named kind of body: 大学派出所, 分行党委, 公司提名委员会
                 or (len(ch.heads) > 1 and st.heads.get(ch.heads[0], (False, ""))[1] in _UNIT_HOLDERS))
    if not qualified and all_single:
        if ch.heads == [h] and h in _NOUN_HEADS:
            named = _noun_before_single(doc, st, hs)  # 高雄市|劳工|局, 市|林业|局
            return None if named is None else (named, he)
        return None
    if alone and not pre and not ch.stems and ch.heads == [h] and not _one_word(doc, hs, he):
        return None  # 许多人大惑不解: a bare body's name is not a word here
    if pre in _OPENING_ALONE and ch.heads == [h] and not alone:
        return None  # the party's committees in general (中国共产党党委, 中共党委): no one body
    if qualified and pre and (pre.startswith(_PARTY_PREFIXES) or pre[0] not in _LEVELS):
        return start, end  # starts with a place name: a clear left edge
    para = covering(doc.paragraphs, start) or (0, len(text))
    if ch.heads[0] in VILLAGE_BODIES and (not pre or text.endswith("社区", 0, start + len(pre))):
        # (社区 ends with the level character 区, which the chain read as its place)
        village = village_start(doc, start + len(pre), para)
        if village is not None:
            return village, end  # 王家村党支部, 幸福社区居委会: a named village's or community's body
    # a word the chain starts inside may end where its place or its first piece ends (社区|党支部,
    # 建设银行|总行党委)
    joints = frozenset({start + len(pre), start + len(pre) + len(ch.heads[0])})
    edge = _left_edge(doc, st, start, end, para, joints)
    if edge is not None and edge < start:  # a place written before the name part
        edge = _ordinal_after_place(st, text, edge)
        edge = _place_before(st, text, edge)
    if not qualified and (edge is None or edge == start):
        return None  # a generic head (党委, 委员会, 派出所) with no name part before it
    kind = st.heads.get(ch.heads[-1], (False, ""))[1]
    if not qualified and edge is not None and kind in _PROPER_KINDS:
        scoped = kind == "society" and text.startswith(_SCOPE_WORDS, edge)  # 国际|游泳联合会
        if not scoped and not _proper(doc, st, edge, start):
            return None  # 外贸公司, 商业银行, 会展中心, 行业协会: a kind of body, not one body
    return (edge if edge is not None else start), end


def _ordinal_after_place(st: _State, text: str, pos: int) -> int:
    """``pos`` moved left over an ordinal written between a level or place and the name part
    (市|第一|人民医院, 西安市|第三|人民医院); ``pos`` itself when there is none."""
    if text[pos - 1:pos] not in _ORDINAL_DIGITS:
        return pos
    m = _ORDINAL_END.search(text, max(0, pos - 4), pos)
    if m is None or m.start() == 0:
        return pos
    before = m.start()
    if text[before - 1] in _LEVELS or _place_ending(st, text, before) is not None:
        return before
    return pos


def _next_word(doc: Doc, pos: int) -> str:
    """The word segmentation reads at ``pos`` (a window of six characters)."""
    toks = doc.res.segmenter.cut(doc.text[pos:pos + 6], hmm=False)
    return toks[0][0] if toks else ""


def _one_word(doc: Doc, start: int, end: int, exact: bool = False) -> bool:
    """Whether a bare head ``text[start:end]`` is a word here: segmentation starts a word at
    ``start`` and ends one at ``end`` or runs one from ``start`` past it (纪委|书记 or 纪委书记, but
    not 许多|人|大惑不解); ``exact``: ends one at ``end`` (共产党|员工, not 共产党员).  A head that
    is no dictionary word (政院) is a word where segmentation starts one at ``start`` and ends one at
    ``end`` (政|院|今天)."""
    a, b = max(0, start - 4), min(len(doc.text), end + 4)
    seg = doc.res.segmenter
    toks = [(a + s, a + e) for _, s, e in seg.cut(doc.text[a:b], hmm=False)]
    if not seg.freq(doc.text[start:end]):  # no dictionary word (政院): words end at both edges
        return any(s == start for s, _ in toks) and any(e == end for _, e in toks)
    return any(s == start and e >= end for s, e in toks) and any(
        e == end or (s == start and e > end and not exact) for s, e in toks)


def _proper(doc: Doc, st: _State, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a proper noun, a place or a stem (北京体彩 but not 外贸)."""
    part = doc.text[start:end]
    if part[:1] in _LEVELS:
        return True  # 县|人民医院: a level names whose body it is
    seg = doc.res.segmenter
    return any(w in st.places or w in st.stems or seg.tag(w) in _PROPER_TAGS
               for w, _, _ in seg.cut(part, hmm=False))


def _place_prefix(st: _State, name: str) -> str | None:
    """The longest place of two or more characters that ``name`` opens with and does not end with."""
    memo = st.place_prefix_of
    return memo[name] if name in memo else _remember(memo, name, _read_place_prefix(st, name))


def _read_place_prefix(st: _State, name: str) -> str | None:
    node: dict[str, object] | None = st.place_prefixes
    best = 0
    for i in range(len(name) - 1):  # a place that is the whole name is no prefix
        node = node.get(name[i])  # type: ignore[assignment, union-attr]
        if node is None:
            break
        if _END in node and i >= 1:
            best = i + 1
    return name[:best] if best else None


def _coordinated(text: str, start: int, st: _State, levels: set[str]) -> list[tuple[str, int, int]]:
    """Places written before ``start`` and joined to it by 、/和/及/与, nearest first."""
    out: list[tuple[str, int, int]] = []
    pos = start
    while pos > 1 and text[pos - 1] in _COORD and len(out) < 16:
        end = pos - 1
        for n in range(min(st.max_place, end), 1, -1):
            term = text[end - n:end]
            if term in st.places and st.place_levels(term) & levels:
                out.append((term, end - n, end))
                pos = end - n
                break
        else:
            break
    return out


def _expand(text: str, st: _State, start: int, end: int) -> list[_Cand]:
    """The candidates of one chain span: itself, joint heads split, coordinated places expanded."""
    name = text[start:end]
    out = []
    joint = next((j for j in _JOINT if name.endswith(j)), None)
    if joint is not None:
        first, second = _JOINT[joint]
        base = name[: -len(joint)]
        js = end - len(joint)
        out.append(_Cand(base + first, text[start:js + len(first)], start, js + len(first)))
        out.append(_Cand(base + second, second, js + len(first), end))
    else:
        out.append(_Cand(name, name, start, end))
    place = _place_prefix(st, name)
    if place is not None:
        rest_names = [c.name[len(place):] for c in out]
        levels = st.place_levels(place)
        for term, a, b in _coordinated(text, start, st, levels):
            written = term
            if place[-1] in _LEVELS and term[-1] != place[-1] and term + place[-1] in st.places:
                written = term + place[-1]
            for rest in rest_names:
                out.append(_Cand(written + rest, term, a, b))
    return out


# ----------------------------------------------------------------------------------------------
# collectives, user terms, titles, NER

def _collective_matches(text: str, st: _State) -> Iterator[regex.Match[str]]:
    """The matches of ``st.collective.finditer(text)``, tried only near the cues and phrases.

    The pattern's first character is one of ~40 common ones (省, 市, 局 …): trying it at each of them
    costs more than finding its openers. A match opens with a phrase or holds a cue at most
    ``_COLLECTIVE_HOLDER_MAX`` characters after its start; an opener the scan skips lies inside one
    it found, so the starts tried for each found opener run from that far before it to its end.
    Each start is tried once, in order, resuming after a match's end as ``finditer`` does.
    """
    resume = 0  # no match may start before here (the end of the last one, or the starts tried)
    first = st.collective_first
    match = st.collective.match
    for op in st.collective_opener.finditer(text):
        for s in range(max(resume, op.start() - _COLLECTIVE_HOLDER_MAX), op.end()):
            if s < resume or text[s] not in first:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                resume = m.end()
        resume = max(resume, op.end())


def _collectives(text: str, st: _State) -> list[Mention]:
    # 全国人大常委会 is one body, and so is 政协|全国委员会 after a formal opening
    spans = [Mention(m.group(), m.start(), m.end()) for m in _collective_matches(text, st)
             if m.group() not in st.known and m.group() not in st.user
             and _formal_start(text, st, m.start()) is None
             # 自治区|党委、政府: a shared modifier makes the phrase two bodies
             and not (m.group() in st.phrases and text[m.start() - 1:m.start()] in _LEVELS)]
    return _settle(spans)


def _settle(spans: Iterable[S]) -> list[S]:
    """:func:`filter_spans` applied to each cluster of overlapping spans (same result, linear time).

    Identical spans are ordered by the longer ``name`` first (北京 stands for 北京分行党委中心组
    rather than 北京分行), so the tie goes to it.
    """
    ordered = sorted(set(spans), key=lambda c: (c.start, c.end, -len(getattr(c, "name", "")),
                                                getattr(c, "name", c.text)))
    kept: list[S] = []
    cluster: list[S] = []
    reach = -1
    for c in ordered:
        if cluster and c.start >= reach:
            kept.extend(filter_spans(cluster) if len(cluster) > 1 else cluster)
            cluster = []
        cluster.append(c)
        reach = max(reach, c.end) if len(cluster) > 1 else c.end
    kept.extend(filter_spans(cluster) if len(cluster) > 1 else cluster)
    return kept


def _title_cands(doc: Doc, st: _State, officials: Sequence[Official],
                 judged: dict[tuple[int, int], tuple[int, int] | None] | None = None) -> Iterable[_Cand]:
    """The organisations of officials' titles that read as bodies here too (公安厅党委书记 → 公安厅党委).

    The title's organisation must end with a head and be read whole as a chain, or be a known body:
    a post split at the wrong place (财政司司|长, 大队|长) or a generic head (党委|书记) is dropped.
    ``judged`` holds the chains already judged (by the span of their last head), and takes these.
    """
    if judged is None:
        judged = {}
    text = doc.text
    for off in officials:
        for p in off.positions:
            org = p.organization
            s, e = p.start, p.start + len(org or "")
            if not org or text[s:e] != org:
                continue
            tail = _tail(st, org)
            if tail is None:
                continue
            if org in st.known or org in st.user:
                yield _Cand(org, org, s, e)
                continue
            if org[0] in DEMONSTRATIVES:
                continue  # 该|镇党委: the chain read here has no demonstrative
            key = (s + tail, e)
            if key in judged:
                span = judged[key]
            else:
                span = judged[key] = _judge_chain(doc, st, *key)
            chain_start = span[0] if span is not None else s + tail
            rest = text[s:chain_start]
            # a title listed after another (副局长、万名民警进万家活动办公室主任) starts at the
            # comma: all of what stands before its post names the body, however long
            listed = s > 0 and text[s - 1] == "、"
            if (span is not None and not rest) or (
                    0 < len(rest) and (listed or len(rest) <= _MAX_TITLE_REST)
                    and _HAN_WORD.fullmatch(rest) and (listed or not _NUMBER.search(rest))
                    and not _COORD_CHARS.intersection(rest)  # 克志及|国务院港澳办: a name and a body
                    and not rest.endswith(_TIME_ENDINGS) and not _TERM_REST.search(rest)
                    and off.name not in org):
                yield _Cand(org, org, s, e)


# ----------------------------------------------------------------------------------------------
# canonical forms

_LEVEL_OF = {"省": "province", "市": "prefecture", "县": "county", "区": "county"}


def _doc_places(st: _State, prefixes: Iterable[str], level: str) -> set[str]:
    """Full names of the places of ``level`` the document's bodies are prefixed with (``prefixes``:
    the place prefix of each body that has one)."""
    out: set[str] = set()
    for place in prefixes:
        rows = st.places[place]
        if level == "province":
            provs = {prov for _, _, prov in rows}
            out.add(provs.pop() if len(provs) == 1 else "?")
        else:
            fulls = {f for f, lvl, _ in rows if lvl == level}
            if fulls:
                out.add(fulls.pop() if len(fulls) == 1 else "?")
    return out


def _spelled_out(st: _State, names: Iterable[str], level: str | None, head: str) -> str | None:
    """The one body the document names as ``[place] level stem head`` (省公安厅 for 省厅), or None."""
    found = set()
    for f in names:
        if len(f) <= 2 or not f.endswith(head):
            continue
        core = f[:-len(head)]
        for n in range(min(st.max_stem, len(core)), 1, -1):
            if core[-n:] in st.stems and (level is None or core[:-n].endswith(level)):
                found.add(f)
                break
    # 省公安厅 and 陕西省公安厅 are one body: keep the shortest when it ends all the others
    shortest = min(found, key=len, default=None)
    if shortest is not None and all(f.endswith(shortest) for f in found):
        return shortest
    return None


def _level_suffixes(names: Iterable[str]) -> dict[str, set[str]]:
    """Proper suffixes of the names that start with a level character (省公安厅 → 公安厅, 安厅, 厅),
    each with the names it ends: one look-up instead of a scan of every name per suffix."""
    out: dict[str, set[str]] = {}
    for f in names:
        if f[0] in _LEVELS:
            for i in range(1, len(f)):
                out.setdefault(f[i:], set()).add(f)
    return out


def _canonicals(st: _State, names: list[str]) -> dict[str, str]:
    """``name → canonical`` for the names the document determines.

    省厅 / 市局 / 县院 (and 市局党委): the one body of that level and head the document spells out;
    厅党委 / 厅改革办: the one 厅 the document names; then a level-initial form takes the document's
    one place of that level (省公安厅 → 陕西省公安厅); user and shipped canonical forms come last.
    """
    canon: dict[str, str] = {}
    suffixes: dict[str, set[str]] | None = None
    for n in names:
        if n[0] in _LEVELS and n[1:2] in ("厅", "局", "院") and (len(n) == 2 or _tail(st, n[2:]) is not None):
            full = _spelled_out(st, names, n[0], n[1])
            if full is not None:
                canon[n] = full + n[2:]
        elif n[0] in "厅局" and len(n) > 2 and _tail(st, n[1:]) is not None:
            full = _spelled_out(st, names, None, n[0])
            if full is not None:
                canon[n] = full + n[1:]
        elif n[0] not in _LEVELS and n not in st.known:
            # 公安厅党委: the one body the document names in full that ends with its first part
            if suffixes is None:
                suffixes = _level_suffixes(names)
            for k in range(len(n) - 1, 2, -1):
                holders = suffixes.get(n[:k])
                if holders:
                    if len(holders) == 1:
                        canon[n] = next(iter(holders)) + n[k:]
                    break
    prefixes = [p for p in (_place_prefix(st, n) for n in names) if p is not None]
    for level_char, level in _LEVEL_OF.items():
        places = _doc_places(st, prefixes, level)
        if len(places) != 1 or "?" in places:
            continue
        place = places.pop()
        for n in names:
            target = canon.get(n, n)
            if target[0] == level_char and not target.startswith(place) and not (
                    len(target) == 2 and target[1] in "厅局院"):  # 省厅 alone says not which 厅
                canon[n] = place + target[1:]
    for n in names:
        if n in st.user and st.user[n]:
            canon[n] = st.user[n]  # type: ignore[assignment]
        elif n in st.known and st.known[n] and n not in canon:
            canon[n] = st.known[n]  # type: ignore[assignment]
    return {k: v for k, v in canon.items() if v != k}


# ----------------------------------------------------------------------------------------------

def find(doc: Doc, officials: Sequence[Official]) -> tuple[list[Organization], list[Mention]]:
    """Organisations of ``doc`` (grouped by name, in order of first mention) and its collectives."""
    st = doc.res.state("organizations", _State)
    text = doc.text
    collectives = _collectives(text, st)
    cands: list[_Cand] = []
    # the chains judged, by their last head: titles' organisations are mostly chains read here too
    judged: dict[tuple[int, int], tuple[int, int] | None] = {}
    for m in st.anchor.finditer(text):
        end = m.end()
        head = _ending_at(st.ender_trie, text, end)
        if head is None:
            continue
        span = judged[end - len(head), end] = _judge_chain(doc, st, end - len(head), end)
        if span is None and head in st.generated:  # 县人|民医院 is no body: 县|人民|医院 is
            head = _ending_at(st.grammar_trie, text, end)
            if head is not None:
                span = judged[end - len(head), end] = _judge_chain(doc, st, end - len(head), end)
        if span is not None:
            cands.extend(_expand(text, st, *span))
    cands.extend(_title_cands(doc, st, officials, judged))
    cands.extend(context_cands(text, st, cands))
    cands.extend(unit_cands(doc, cands))
    if doc.ner:
        # the rules decide boundaries: a model's candidate only adds a body where no rule-found
        # candidate stands (it never stretches or cuts one)
        covered: list[list[int]] = []
        for c in sorted(cands, key=lambda c: c.start):
            if covered and c.start < covered[-1][1]:
                covered[-1][1] = max(covered[-1][1], c.end)
            else:
                covered.append([c.start, c.end])
        starts = [a for a, _ in covered]
        for c in ner_cands(doc, st):
            k = bisect_right(starts, c.start) - 1
            if (k >= 0 and covered[k][1] > c.start) or (k + 1 < len(covered) and covered[k + 1][0] < c.end):
                continue
            cands.append(c)
    if collectives:  # a collective wins over every candidate it overlaps (其他中央部委 → no 中央),
        # but the body it opens with stays (县公安局|相关警种: its holder 局 is the body's end)
        cands = [c for c in cands if not _overlaps(collectives, c.start, c.end)
                 or _holds(collectives, c.start, c.end, _COLLECTIVE_HOLDER_MAX)]
    crumbs = [Mention(m.group(), m.start(), m.end()) for m in _BREADCRUMB.finditer(text)] \
        if any(sep in text for sep in _CRUMB_SEPARATORS) else []
    if crumbs:  # a web page's navigation names its sections, not bodies (首页 > 新闻中心 > …)
        cands = [c for c in cands if not _overlaps(crumbs, c.start, c.end)]
    kept = _settle(cands)
    defined = _defined_abbreviations(text, kept)
    if defined:
        kept = _settle(kept + [_Cand(abbr, abbr, a, b) for abbr in defined
                               for a, b, _ in find_terms(text, (abbr,))
                               if not _overlaps(collectives, a, b)])
    by_name: dict[str, list[Mention]] = {}
    for c in kept:
        by_name.setdefault(c.name, []).append(Mention(c.text, c.start, c.end))
    names = list(by_name)
    canon = _canonicals(st, names)
    for abbr, full in defined.items():
        canon.setdefault(abbr, canon.get(full, full))
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(canon.get(n, n), []).append(n)
    orgs = []
    for n in names:
        key = canon.get(n, n)
        aliases = tuple(a for a in groups.get(key, ()) if a != n)
        orgs.append(Organization(n, tuple(by_name[n]), canon.get(n), aliases))
    orgs.sort(key=lambda o: o.mentions[0].start)
    return orgs, collectives

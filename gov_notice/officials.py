"""Officials and their titles: every named official, every post, every way a notice refers to them.

How it works (one regex pass for anchors, then local work around each):

1. **Post anchors.**  One character trie built from ``lexicons/posts.tsv`` (posts with their
   prefixes 副 / 常务副 / 代 / 署理 …, longest first) finds every post word.  A post must be a word
   of its own in the dictionary segmentation of a small window (``委员会`` is not ``委员``,
   ``万科长阳`` has no ``科长``) and not name a body (书记处, 主席团).
2. **Titles.**  A title runs from the post leftwards over its organisation part up to a delimiter,
   the previous name, a conjunction after a name or post, or a context word (由, 按照, 包括 … in
   ``lexicons/official_cues.tsv``; prepositions, conjunctions, pronouns and time words by their
   jieba tag), except inside a ``…的`` qualifier such as 分管日常工作的副厅长; what only links it to
   its clause is trimmed (的, 偕, 该, 民进党籍, a date's 日: ``_people_edges``).
3. **Names.**  A name is a surname (``lexicons/surnames.tsv``: single, compound, or two surnames
   of a married name) plus one or two characters.  Where it ends is decided on the dictionary
   segmentation of a few characters (a name never ends inside a word: ``王建国出席`` is not
   ``王建``) and on the words that may follow a name (出席, 主持, 在, 今(6)日, 关于 …); a frequent
   word is no name, nor a weak surname before a frequent word (能不能, 党绝对: ``_people_edges``).
   In a list sharing a title the list marks say where names end (``_people_lists``); after a
   foreign post a transliterated name needs no surname (``_people_foreign``).
4. **Shapes.**  title chain + name (titles joined by 、/，/兼); name + post (李卫东主席, 省厅治安总队
   吴坤副总队长, 陈某前总统); names sharing a title (副县长赵明、孙亮; 孙某、李某等多名局长);
   appointments (任副书记, 聘任…为, 免去李某…职务, 王某接替李某出任…, 由…接任: ``_people_appoint``);
   a name set off before its titles (陈某先生，董事长); national leaders named without a title
   (``lexicons/official_leaders.tsv``); ``姓名同志`` with no post is no official.
5. **Short references** are merged into the official they name: given name + post (明朗副省长),
   given names + 同志 (建国、立新同志), surname + post resolved by a parenthesis
   (马主席（协会主席马志成）).  A surname alone adds nothing.
6. **Bylines** (记者, 通讯员, 实习生, 责任编辑, 摄, a trailing ``（姓名）``: ``_people_bylines``) go to
   ``Notice.bylines``; a credit naming an official leaves only the official.
"""

from __future__ import annotations

import functools
import logging
import re
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import regex

from . import _people_appoint as _appoint
from . import _people_bylines as _bylines
from . import _people_edges as _edges
from . import _people_foreign as _foreign
from ._people_lists import list_name_end
from ._people_patterns import DELIMS as _DELIMS
from ._people_patterns import HAN as _HAN
from ._people_patterns import alternation as _alternation
from ._people_patterns import trie as _trie
from .lexicon import load_shipped
from .results import Byline, Mention, Official, Position
from .spans import find_terms

if TYPE_CHECKING:
    from .pipeline import Doc, Resources
    from .segment import Segmenter

logger = logging.getLogger(__name__)

# the longest title we look at, in characters
_MAX_TITLE = 30
# how many segmented windows _State.window_ends remembers before it starts again
_WINDOWS_KEPT = 16_384
# a run of Han characters (a name's characters)
_HAN_RUN = regex.compile(r"\p{Han}+")
# a rank written before a post, not an organisation (一级警务专员)
_RANK = regex.compile(r"[一二三四五六七八九十]级")
# 等 + an optional count before a post shared by the names before it (孙某、李某等多名局长)
_DENG = regex.compile(r"等(?:多名|多位|数名|几位|[0-9一二三四五六七八九十两]{1,3}[名位])?\Z")
# characters that are rarely the last character of a given name but often follow a name
_FUNCTION_CHARS = frozenset("在和与对向将为就及等是到从于把被让给也又还都则即并已曾亦再正便作任")
# characters that are never part of a given name (but follow a surname-like character often)
_NOT_GIVEN = frozenset("第届次号的了是与及或等个位该此各每们总")
# verbs of saying, never the last character of a name (张某说，)
_SPEECH = frozenset("说称道讲曰")
# surnames that are also prepositions: their given name must not be a dictionary word
_PREP_SURNAMES = frozenset("向对为在将把被从于与和同")
# a strong frame after a name that stands right after a title: what the person does at a meeting,
# or punctuation.  There a name that is also a common noun is a name (市长高峰出席, 主任江山、…)
_FRAME_AFTER = regex.compile(r"出席|主持|讲话|致辞|参加|陪同|指出|强调|[、，。；]")
# the tags of a common word that may be a name in that frame: nouns (jieba tags 高峰 nr), not
# adverbs or time words (市长马上出席: 马上 is an adverb)
_FRAMED_TAGS = frozenset({"n", "nr", "nz", "ns", "nt", "an", "ng"})
# nouns for people that follow a title as the next word, never a name in that frame (领导|干部，)
_PERSON_NOUNS = frozenset({"干部", "同志", "人员", "职工", "群众", "党员", "代表", "委员", "成员", "人士",
                           "人民", "班子", "队伍"})
# surnames that are also verbs of appointment (任财务经理, 曾担任): their given name must not be a word
_VERB_SURNAMES = frozenset("任曾")
# a name with a middle dot (Uyghur, Tibetan, foreign names): two or three dotted parts
_DOTTED = regex.compile(r"(\p{Han}{1,6})[·•・](\p{Han}{1,8}(?:[·•・]\p{Han}{1,8})?)")
# words starting with 会 that may follow a post without making it a body (局长会见)
_HUI_WORDS = frozenset(["会见", "会上", "会同", "会后", "会前", "会晤", "会谈"])
# what joins the titles of one chain (副市长、公安局局长; 国务委员兼公安部部长)
_CHAIN_JOIN = frozenset("、，,兼")
# what closes a clause a title fills on its own
_CLAUSE_END = frozenset("，,。；;）)、：:\n")
# conjunctions that join people (谢某和政府经济顾问陈某) or parts of one name (政制及内地事务局)
_CONJ = frozenset(["和", "及", "与", "同", "跟", "以及"])
# the last delimiter before a post, and each conjunction of one character, searched right to left
_LAST_DELIM = regex.compile("(?r)[" + "".join(regex.escape(c) for c in sorted(_DELIMS)) + "]")
_CONJ_CHAR_R = regex.compile("(?r)[" + "".join(sorted(c for c in _CONJ if len(c) == 1)) + "]")
# what sets a name off before its titles (陈某先生，董事长)
_APPOSED_MARK = regex.compile(r"[：:，,（(]")
# a parenthesis closing a short qualifier after a post: 常任秘书长（库务）
_PAREN_QUAL = regex.compile(r"（\p{Han}{1,6}）")


class _Words:
    """jieba's tags, counts and dictionary cuts (without HMM) as the people rules ask for them, the
    same questions over and over: each answer is remembered (a bounded table per Extractor)."""

    def __init__(self, seg: Segmenter) -> None:
        self._seg = seg
        self.tag: Callable[[str], str | None] = functools.lru_cache(maxsize=1 << 16)(seg.tag)
        self.freq: Callable[[str], int] = functools.lru_cache(maxsize=1 << 16)(seg.freq)
        self._cut = functools.lru_cache(maxsize=1 << 14)(self._cut_words)

    def _cut_words(self, text: str) -> tuple[tuple[str, int, int], ...]:
        return tuple(self._seg.cut(text, hmm=False))

    def cut(self, text: str, hmm: bool = False) -> tuple[tuple[str, int, int], ...]:
        """``(word, start, end)`` of each token of the dictionary segmentation (``hmm`` off)."""
        if hmm:
            raise ValueError("the people rules cut without HMM")
        return self._cut(text)


class _State:
    """Lexicons and patterns, built once per Extractor."""

    def __init__(self, res: Resources) -> None:
        posts: set[str] = set()
        self.prefixes: list[str] = []
        self.qualifiers: set[str] = set()
        for row in load_shipped("posts"):
            kind = row.get("kind", "")
            if kind == "prefix":
                self.prefixes.append(row["term"])
            elif kind == "qualifier":
                self.qualifiers.add(row["term"])
            elif kind != "modifier":
                posts.add(row["term"])
        posts |= set(res.user.post)
        self.posts = posts
        # a post with its prefix (副, 常务副, 代 …), longest first, as one character trie
        words = posts | {p + w for p in self.prefixes for w in posts} \
            | {p + "副" + w for p in ("代", "代理", "署理") for w in posts}
        first = "".join(sorted({w[0] for w in words}))
        # the stdlib engine scans this literal trie about five times faster than `regex`
        self.post_re = re.compile(rf"(?=[{re.escape(first)}])(?:{_trie(words)})")
        self.qualifier_end_re = regex.compile(rf"(?:{_alternation(self.qualifiers)})\Z")
        # modifiers between a name and its post: 郑某资深大律师
        self.name_post_qualifiers = sorted((r["term"] for r in load_shipped("posts")  # (陈某前总统: 前 too)
                                            if r.get("kind") in ("modifier", "qualifier")), key=len, reverse=True)
        self.post_end_re = regex.compile(rf"(?:{_alternation(posts)})\Z")
        # posts that need an organisation before them (成员单位 is no member)
        self.needs_org = {r["term"] for r in load_shipped("posts") if r.get("kind") == "member"}
        # the last character of an organisation head (法咨会委员: no name ends so), from the lexicon
        self.org_tail = frozenset(r["term"][-1] for r in load_shipped("org_heads"))
        # the office of a post holder (行政长官办公室, 特首办): the post names a body there
        self.office_heads = tuple(r["term"] for r in load_shipped("org_heads") if r["term"].startswith("办"))
        self.single: set[str] = set()
        self.compound: set[str] = set()
        self.surname_weight: dict[str, int] = {}  # how many person-name words of jieba start so
        for row in load_shipped("surnames"):
            (self.compound if len(row["term"]) > 1 else self.single).add(row["term"])
            self.surname_weight[row["term"]] = int(row.get("nr_words") or 0)
        cues: dict[str, set[str]] = {}
        for row in load_shipped("official_cues"):
            cues.setdefault(row["kind"], set()).add(row["term"])
        self.stop = cues.get("stop", set()) | cues.get("appoint", set()) | cues.get("appoint_before", set()) \
            | cues.get("resign", set())
        self.appoint = cues.get("appoint", set())
        self.appoint_before = cues.get("appoint_before", set())
        self.resign = cues.get("resign", set())
        self.appoint_kept = cues.get("appoint_kept", set())
        self.succeed = cues.get("succeed", set())  # 接替: the name before it takes the post
        # the verbs between names and the title they take, longest first (为: 任命某某为…)
        self.appoint_verbs = sorted(self.appoint | self.resign | {"为"}, key=len, reverse=True)
        # any word an appointment needs near its title: a verb, 的 or a kept title start
        self.appoint_hint_re = regex.compile(
            _alternation(set(self.appoint_verbs) | {"的"} | set(self.appoint_kept)))
        self.appoint_reach = max(map(len, self.appoint_verbs))
        self.appoint_verb_end_re = regex.compile(rf"(?:{_alternation(self.appoint_verbs)})\Z")  # 任|副书记
        self.move_verbs = tuple(self.resign | self.appoint_before)  # 免去李某…, 任命李某…
        self.honorific = cues.get("honorific", set())
        self.follow_re = regex.compile(rf"(?:{_alternation(cues.get('follow', set()) | cues.get('honorific', set()))})")
        self.byline_roles = cues.get("byline", set()) | cues.get("byline_weak", set())
        self.weak_roles = cues.get("byline_weak", set())
        roles = _alternation(self.byline_roles)
        sur = _alternation(self.single | self.compound)
        # a labelled credit: 记者 张三 李四 / 通讯员：王五 / 实习生 李 昂 / 责任编辑：赵六; the run
        # after the role is split into roles and names by _people_bylines.credit_names
        self.byline_re = regex.compile(
            rf"(?<!总)(?P<role>{roles})[：:]?(?P<run>[ 　]{{0,2}}\p{{Han}}[\p{{Han}} 　]{{1,24}})")
        self.byline_role_re = regex.compile(rf"(?:{roles})")
        # what may close a credit after its names: 发自上海, 北京报道, 摄
        self.credit_end_re = regex.compile(r"(?:发自|(?:\p{Han}{2,4}?)?报道|[摄文图](?!\p{Han}))")
        # a name before 摄 (photo credit): 张三 摄 / 张三/摄
        self.photo_re = regex.compile(
            rf"(?:(?<=[/／][文图])|(?<![\p{{Han}}/／]))(?P<name>(?:{sur})\p{{Han}}{{1,2}})[ 　/／]{{1,2}}摄(?![\p{{Han}}])")
        # an unlabelled credit closing a paragraph: （谢学勤） on its own, or 。   李雄
        self.trailing_re = regex.compile(
            rf"(?:^|(?<=[。！？”）)\n]))[ \t　]*[（(]?(?P<name>(?:{sur})\p{{Han}}{{1,2}})[）)]?[ \t　]*\Z")
        self.leaders = sorted({r["term"] for r in load_shipped("official_leaders")}, key=len, reverse=True)
        self.user_names: dict[str, list[str]] = {}
        for n in sorted(set(res.user.name) | set(self.leaders), key=len, reverse=True):
            self.user_names.setdefault(n[0], []).append(n)
        self.seg = _Words(res.segmenter)
        self._window_ends: dict[str, tuple[int, ...]] = {}
        self.foreign = _foreign.ForeignState(res)

    def window_ends(self, window: str) -> tuple[int, ...]:
        """0 and the token ends of the dictionary segmentation of ``window`` (remembered by the
        window's text, for every document of this Extractor: the same window cuts the same way;
        the table is cleared when full, so memory stays bounded on any input)."""
        ends = self._window_ends.get(window)
        if ends is None:
            ends = (0,) + tuple(e for _w, _s, e in self.seg.cut(window, hmm=False))
            if len(self._window_ends) >= _WINDOWS_KEPT:
                self._window_ends.clear()
            self._window_ends[window] = ends
        return ends

    def surname_len(self, text: str, s: int) -> int:
        if text[s:s + 2] in self.compound:
            return 2
        return 1 if text[s:s + 1] in self.single else 0


@dataclass
class _Person:
    name: str
    titles: list[tuple[int, str, str, int]] = field(default_factory=list)  # (start, title, post, post_off)
    mentions: dict[int, Mention] = field(default_factory=dict)

    def add_title(self, title: str, start: int, post: str, post_off: int) -> None:
        self.titles.append((start, title, post, post_off))

    def add_mention(self, text: str, start: int) -> None:
        self.mentions.setdefault(start, Mention(text, start, start + len(text)))


class _Claims:
    """The name spans given so far: in the order given, and for each offset the latest one over it
    (one small integer a character, so memory stays flat whatever the text)."""

    __slots__ = ("spans", "_over", "_ends")

    def __init__(self, size: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self._over = array("i", bytes(4 * (size + 1)))  # 1 + the index in spans of the span over k
        self._ends = bytearray(size + 1)  # 1 where a span ends

    def add(self, s: int, e: int) -> None:
        self.spans.append((s, e))
        self._ends[e] = 1
        n = len(self.spans)
        for k in range(s, e):
            self._over[k] = n

    def at(self, k: int) -> tuple[int, int] | None:
        """The span given last over offset ``k``, or None."""
        i = self._over[k] if 0 <= k < len(self._over) else 0
        return self.spans[i - 1] if i else None

    def ends_at(self, k: int) -> bool:
        return 0 <= k < len(self._ends) and self._ends[k] == 1


class _Anchor:
    """A post word found in the text; its title start is measured when first needed."""

    __slots__ = ("ps", "pe", "post", "used", "floor", "_ts", "_finder")

    def __init__(self, finder: _Finder, ps: int, pe: int, post: str) -> None:
        self.ps = ps  # post start
        self.pe = pe  # post (and title) end
        self.post = post
        self.used = False
        self.floor = 0  # the title does not start before this (the previous post or name)
        self._ts: int | None = None
        self._finder = finder

    @property
    def ts(self) -> int:
        """Title start."""
        if self._ts is None:
            self._ts = self._finder.title_start(self.ps, self.floor)
        return self._ts


class _Finder:
    """The work on one document."""

    def __init__(self, doc: Doc, st: _State) -> None:
        self.text = doc.text
        self.paragraphs = doc.paragraphs
        self.st = st
        self.seg = st.seg
        self.people: dict[str, _Person] = {}
        self.ner_at: dict[int, int] = {}
        self.ner_to: dict[int, int] = {}
        for label, a, b in doc.ner:
            if label == "PERSON" and 2 <= b - a <= 4:
                self.ner_at[a] = b
                self.ner_to[b] = a
        self.claims = _Claims(len(self.text))  # name spans already assigned
        self.byline_at = bytearray(len(self.text))  # 1 at the offsets inside bylines
        self.apposed: dict[int, tuple[str, int]] = {}  # title end -> the name it is apposed to
        self._owners_cache: dict[str, list[str]] = {}
        self._owners_n = -1
        self._by_length: list[tuple[int, set[str]]] = []
        self._by_length_n = -1

    # ---- segmentation helpers -------------------------------------------------------------
    def _bounds(self, a: int, b: int) -> set[int]:
        """Token boundaries (absolute offsets) of the dictionary segmentation of text[a:b]."""
        ends = self.st.window_ends(self.text[a:b])
        return {a + e for e in ends}

    def _word_tag(self, word: str) -> str | None:
        return self.seg.tag(word)

    # ---- names --------------------------------------------------------------------------------
    def _is_han(self, a: int, b: int) -> bool:
        return b <= len(self.text) and (a >= b or _HAN_RUN.fullmatch(self.text, a, b) is not None)

    def _follow_len(self, e: int) -> int:
        """0 when text[e] is not a Han character (a boundary); else the length of a follow word
        starting at e; -1 when neither."""
        if e >= len(self.text) or not _HAN.match(self.text[e]):
            return 0
        m = self.st.follow_re.match(self.text, e)
        if m:
            return len(m.group())
        pm = self.st.post_re.match(self.text, e)
        return len(pm.group()) if pm else (_edges.glue_word_len(self, e) or -1)

    def _next_word(self, e: int, bounds: set[int]) -> bool:
        """A dictionary word of two or more characters starts at ``e`` (冀岩|上月, 杨建新|指着)."""
        nxt = min((b for b in bounds if b > e), default=e)
        word = self.text[e:nxt]
        return len(word) >= 2 and self.seg.freq(word) > 0 and not (self._word_tag(word) or "").startswith("nr")

    def _plausible(self, s: int, e: int, framed: bool = False) -> bool:
        """A candidate name is not a common word, nor starts with one (全省, 单位在, 金华市委),
        does not swallow the start of a post (李局长 is a surname + post) and is not a conjunction
        in running text (书记和主任).  ``framed``: the name stands between a title and a strong
        frame (:data:`_FRAME_AFTER`), where a whole name that is also a common noun will do."""
        text = self.text
        if text[s] in _CONJ and s > 0 and _HAN.match(text[s - 1]):
            return False
        if self._role_inside(s, e) or _edges.place_not_name(text, s, e):
            return False  # 王主任向记者透露: no name swallows a credit role; 单县 is a place
        for k in range(s + 1, e):
            pm = self.st.post_re.match(text, k)
            if pm and pm.end() > e:
                return False
        sl = self.st.surname_len(text, s)
        if not _NOT_GIVEN.isdisjoint(text[s + sl:e]) or text[s + sl:e] in self.st.honorific \
                or text[s + sl:e] in self.st.qualifiers and self.st.post_re.match(text, e):  # 有|前国务卿
            return False  # 主席令第…, 局长于日前, 经理张女士
        given = text[s + sl:e]
        if len(given) == 2 and ((self._word_tag(given) or "x")[:1] in "rpcu"
                                or (text[s] in _PREP_SURNAMES and self.seg.freq(given) > 0)):
            return False  # 主任向大家介绍, 书记向全体党员
        words = [text[s:e]]
        if e - s > 2 and sl == 1 and s + 2 in self._bounds(s, min(len(text), s + 8)):
            words.append(text[s:s + 2])  # a word the segmentation keeps apart: 单位|在, 金华|市委
        if e - s == 4 or text[s] in _VERB_SURNAMES:
            words.append(text[s + sl:e])  # 吴明|表示, 任|财务(经理)
        for word in words:
            tag = self._word_tag(word)
            freq = self.seg.freq(word)
            # jieba tags some common words nr (荣誉, 谢谢): a frequent word is a word whatever its tag
            if tag is not None and (freq >= 500 or not tag.startswith("nr") and freq >= 20):
                if framed and word == text[s:e] and tag in _FRAMED_TAGS and word not in _PERSON_NOUNS:
                    continue  # 市长高峰出席: 高峰 is a noun, and a name in this frame
                return False
        return not _edges.word_not_name(self, text[s:s + sl], given)

    def _role_inside(self, s: int, e: int) -> bool:
        """A credit role (记者, 通讯员 …) starts inside text[s:e] (after its first character)."""
        m = self.st.byline_role_re.search(self.text, s + 1, min(len(self.text), e + 3))
        return m is not None and m.start() < e

    def _candidate_ends(self, s: int) -> list[int]:
        text = self.text
        if s >= len(text):
            return []
        sl = self.st.surname_len(text, s)
        if not sl:
            return []
        lens = [sl + 1, sl + 2]
        if sl == 1 and text[s + 1:s + 2] in self.st.single:
            lens.append(4)  # a married name: 林郑月娥, 陈李蔼伦
        return [s + n for n in lens if self._is_han(s, s + n)]

    def name_at(self, s: int, strict: bool = False) -> int | None:
        """The end of a name starting at ``s`` or None.

        ``strict``: the name stands right after a title, so a name is expected here: when no
        follow word ends any candidate, a dictionary word starting right after one does.
        A neural candidate (``doc.ner``) is a fallback: where the rules find a name their end
        wins, and a candidate must still pass the plausibility checks (郑艺主 is 郑艺 + 主持).
        """
        e = self._rule_name_at(s, strict)
        if e is None and s in self.ner_at and self._plausible(s, self.ner_at[s]):
            return self.ner_at[s]
        return e

    def _rule_name_at(self, s: int, strict: bool) -> int | None:
        text = self.text
        for n in self.st.user_names.get(text[s:s + 1], ()):
            if text.startswith(n, s):
                return s + len(n)
        ends = self._candidate_ends(s)
        if not ends:
            return None
        bounds = self._bounds(s, min(len(text), s + 8))
        ok = [e for e in ends if self._plausible(s, e)]
        if not ok and strict:
            # a common noun as a whole word between the title and a strong frame (领导|干部 is one
            # word: 干部 is no name there)
            around = self._bounds(max(0, s - 4), min(len(text), s + 8))
            ok = [e for e in ends if _FRAME_AFTER.match(text, e) and s in around and e in around
                  and self._plausible(s, e, framed=True)]
        if not ok:
            return None
        scored = []
        follows = {e: self._follow_len(e) for e in ok}
        if strict and all(f < 0 for f in follows.values()):
            # no follow word anywhere: a dictionary word starting right after will do (冀岩|上月)
            follows = {e: (1 if e in bounds and self._next_word(e, bounds) else -1) for e in ok}
        for e, f in follows.items():
            if e - s == 4 and f > 0 and (f < 2 and text[e] not in "等及和与" or e not in bounds):
                f = -1  # a married name (林郑月娥) ends before punctuation or a whole follow word
            if e - 1 in follows and (text[e - 1] in _SPEECH and follows[e - 1] > 0 or _edges.glued_end(self, s, e)):
                continue  # 李某说 is 李某 + 说, 陈某今(6)日 is 陈某 + 今(6)日
            if f >= 0 or (strict and e in bounds):
                scored.append((e, f))
        if scored:
            followed = {x for x, g in scored if g >= 0}

            def rank(item: tuple[int, int]) -> tuple[bool, ...]:
                e, f = item
                n = e - s
                # a function character closing a longer candidate is usually the next word
                func_tail = n >= 3 and text[e - 1] in _FUNCTION_CHARS and f != 0 \
                    and (e - 1) in followed \
                    and (text[e - 1] not in _CONJ or self.st.surname_len(text, e) > 0) \
                    and (text[e - 1] != "任" or not self.st.follow_re.match(text, e))
                # (任 is the verb before a post, 张伟|任|副局长, but a name's end before a follow
                # word: 王立任|出席)
                return (f >= 0, e in bounds or f >= 1, not func_tail, n != 4, f == 0, e in bounds or f >= 2,
                        n == 3, f >= 2, e in bounds)

            scored.sort(key=rank, reverse=True)
            best, f = scored[0]
            if f >= 0:
                return best
        return None  # nothing says where the name ends: no guess

    def dotted_name_at(self, s: int) -> int | None:
        """A name with a middle dot right after a title (自治区主席艾尔肯·吐尼亚孜): it ends where
        a follow word, a post or a non-Han character starts."""
        m = _DOTTED.match(self.text, s)
        if m is None:
            return None
        for e in range(m.start(2) + 1, m.end() + 1):
            f = self._follow_len(e)
            # transliterated syllables may look like follow words (施泰因布吕克): only a non-Han
            # character, a post, a word of two or more characters or a function character ends it
            if f == 0 and self.text[e:e + 1] in "·•・":
                continue  # 何塞·米格尔·因苏尔萨: the next dot continues the name
            if f == 0 or f >= 2 or (f == 1 and self.text[e] in _FUNCTION_CHARS | _SPEECH | {"却", "以"}):
                return e
        return None

    def name_ending(self, e: int) -> int | None:
        """The start of a name ending at ``e`` (name + post: 李卫东主席), or None."""
        s = self._rule_name_ending(e)
        if s is None and e in self.ner_to and self._plausible(self.ner_to[e], e):
            return self.ner_to[e]
        return s

    def _rule_name_ending(self, e: int) -> int | None:
        text = self.text
        for n in (3, 2, 4):
            s = e - n
            if s < 0:
                continue
            if n == 4 and not (self.st.surname_len(text, s) == 1 and text[s + 1] in self.st.single
                               and _edges.married_ok(self, s)):
                continue
            if self.st.surname_len(text, s) == 0 or not self._is_han(s, e):
                continue
            if s in self.ner_at or any(text.startswith(u, s) and s + len(u) == e
                                       for u in self.st.user_names.get(text[s], ())):
                return s
            lo = max(0, s - 8)
            bounds = self._bounds(lo, e)
            if s not in bounds or not self._plausible(s, e):
                continue
            # the name must not continue a word on its left: the character before is a delimiter,
            # a context word or the end of an organisation (省厅治安总队吴坤, 劳工事务局林美美)
            if s > 0 and text[s - 1] not in _DELIMS and not self._left_ok(s):
                continue
            if text[e - 1] in self.st.org_tail and s not in self.ner_at:
                continue  # 法咨会委员: an organisation, not a name
            return s
        return None

    def _left_ok(self, s: int) -> bool:
        """Whether a name may start at ``s``: it does not continue the word on its left."""
        text = self.text
        if s == 0 or text[s - 1] in _DELIMS:
            return True
        lo = max(0, s - 8)
        if self.st.post_end_re.search(text, lo, s):
            return True  # a title right before: 律政司司长郑某资深大律师
        for tok, _a, _b in reversed(self.seg.cut(text[lo:s], hmm=False)):
            if tok in self.st.stop:
                return True
            if tok[-1:] in self.st.org_tail:
                return True
            if len(tok) < 2:
                return self._word_tag(tok) in ("p", "c")
            tag = self._word_tag(tok)
            return tag is not None and (tag in ("v", "vd", "nt", "j") or tag[:1] in "pcrt")
        return True

    # ---- titles -------------------------------------------------------------------------------
    def title_start(self, ps: int, floor: int) -> int:
        """Where the title whose post starts at ``ps`` begins (not before ``floor``)."""
        text = self.text
        stop_at = max(floor, ps - _MAX_TITLE)
        last = _LAST_DELIM.search(text, stop_at, ps)  # the title starts after the last delimiter
        lo = last.end() if last else stop_at
        # a conjunction right after a name or a post joins people: the title starts after it
        # (谢某和政府经济顾问陈某; 大律师和政制及内地事务局局长)
        claims = self.claims
        for m in _CONJ_CHAR_R.finditer(text, lo, ps):
            k = m.start()
            if claims.ends_at(k) or self.st.post_end_re.search(text, max(0, k - 8), k):
                lo = k + 1
                break
        if lo == ps:
            return ps
        window = text[lo:ps]
        toks = self.seg.cut(window, hmm=False)
        has_digit_or_ascii = any(map(str.isdigit, window)) or any(map(str.isascii, window))
        has_ordinal = "第" in text[max(0, lo - 4):ps]  # (where an ordinal of a term could be)
        start = ps
        seen_de = False
        for tok, a, _b in reversed(toks):
            here = lo + a
            if tok in self.st.qualifiers or has_ordinal and _edges.in_ordinal(text, here, here + len(tok)):
                start = here  # (第6任行政长官: an ordinal of a term stays in the title)
                continue
            q = self.st.qualifier_end_re.search(text, max(lo, here - 3), here + len(tok))
            if q and q.start() < here:  # a qualifier the segmentation split (署/任)
                start = q.start()
                break
            if tok in _CONJ:  # inside a name (财经事务及库务局); between people it was cut above
                start = here
                continue
            if tok == "的":
                if self.name_ending(here) is not None:
                    break  # 免去李某的市公安局局长职务: the title starts after 的
                seen_de = True
                start = here
                continue
            if tok in self.st.stop:
                break
            if has_digit_or_ascii and (any(map(str.isdigit, tok)) or any(map(str.isascii, tok))):
                break
            if not seen_de and len(tok) >= 2:
                tag = self._word_tag(tok)
                if tag is not None and (tag[:1] in "pcr" or _edges.verb_before_body(self, tok, tag, text[start:min(ps, start + 6)])):
                    break  # (隆重欢迎|中国国家主席: a verb before a place or body ends the title)
            elif not seen_de and self._word_tag(tok) in ("p", "c"):
                break
            start = here
        return _edges.trim_title_start(text, start, ps)

    def anchors(self) -> list[_Anchor]:
        """Every post word that ends a word (titles are measured later, left to right)."""
        text = self.text
        out: list[_Anchor] = []
        for m in self.st.post_re.finditer(text):
            ps, pe = m.span()
            if text[pe:pe + 1] in "处团室" or (text[pe:pe + 1] == "会" and text[pe:pe + 2] not in _HUI_WORDS) \
                    or text.startswith(self.st.office_heads, pe):
                continue  # 委员会, 主席团, 书记处, 董事会, 行政长官办公室: a body, not a post
            # the post is a word of its own: 委员会 is not 委员, 主席台 not 主席, 万科长阳 not 科长
            lo = max(0, ps - 4)
            ends = self.st.window_ends(text[lo:min(len(text), pe + 4)])  # (relative to lo)
            if pe < len(text) and _HAN.match(text[pe]) and pe - lo not in ends \
                    and text[pe - 1:pe + 1] not in self.st.compound:  # (处长|孙某: 长孙 is a surname)
                continue
            nb = lo + min(b for b in ends if b > ps - lo) if ps > lo and ps - lo not in ends else ps
            if ps + 1 < nb < pe and text[ps:nb] not in self.st.posts:
                continue  # a word starts before the post and ends inside it (纪检组|长, 总局局长|助理 fine)
            out.append(_Anchor(self, ps, pe, m.group()))
        return out

    # ---- people -------------------------------------------------------------------------------
    def person(self, name: str) -> _Person:
        p = self.people.get(name)
        if p is None:
            p = self.people[name] = _Person(name)
        return p

    def give(self, name: str, ns: int, titles: list[tuple[str, int, str, int]]) -> None:
        p = self.person(name)
        p.add_mention(name, ns)
        for title, start, post, off in titles:
            p.add_title(title, start, post, off)
        self.claims.add(ns, ns + len(name))

    def run(self) -> tuple[list[Official], list[Byline]]:
        text = self.text
        bylines = _bylines.bylines(self)
        for b in bylines:
            self.byline_at[b.start:b.end] = bytes([1]) * (b.end - b.start)
        anchors = [a for a in self.anchors() if self.free(a.ps, a.pe)]
        self.chains(anchors)
        self.appointments(anchors)
        for a in anchors:
            if a.used:
                continue
            # name + post: 李卫东主席, 省厅治安总队吴坤副总队长, 郑某资深大律师
            # (a given name is a short reference, merged later)
            for q in tuple(self.st.name_post_qualifiers) + ("",):  # (张某原局长: 原 opens the title)
                e = a.ps - len(q)
                if q and text[e:a.ps] != q:
                    continue
                known = self.claims.at(e - 1)
                s = known[0] if known is not None and known[1] == e else self.name_ending(e)
                if s is not None and self.free(s, e) \
                        and self.claims.at(s) in (None, (s, e)) \
                        and self._given_owner(text[s:e]) is None:
                    a.used = True
                    self.give(text[s:e], s, [(text[e:a.pe], e, a.post, a.ps - e)])
                    break
            if a.used:
                continue
            # a name set off by a comma or colon before its titles: 陈某先生，董事长，总经理
            owner = self.apposed_to(a)
            if owner is not None:
                a.used = True
                name, s0 = owner
                self.give(name, s0, [(text[a.ts:a.pe], a.ts, a.post, a.ps - a.ts)])
                self.apposed[a.pe] = owner
                continue
            # names + 等 + post: 孙某、李某及王某等多名局长
            dm = _DENG.search(text, max(0, a.ps - 6), a.ps)
            if dm:
                names = self.names_before(dm.start())
                if names:
                    a.used = True
                    for n, s0 in names:
                        self.give(n, s0, [(text[a.ps:a.pe], a.ps, a.post, 0)])
        self.comrades()
        self.leaders()
        self.short_references(anchors)
        return self.build(bylines)

    def apposed_to(self, a: _Anchor) -> tuple[str, int] | None:
        """The name a title stands in apposition to: ``姓名（先生）?[：，（]头衔`` where the title fills
        its clause, the name starts a clause, and a chain of such titles continues it."""
        text = self.text
        if a.pe < len(text) and text[a.pe] not in _CLAUSE_END and not _PAREN_QUAL.match(text, a.pe):
            return None  # (tested first: it needs no title measured; 监事（职工代表）, still fills it)
        if a._ts is None and _APPOSED_MARK.search(text, max(0, a.ps - _MAX_TITLE - 1, a.floor - 1), a.ps) is None:
            return None  # no mark where the title may start: it is not measured (nothing reads it later)
        k = a.ts - 1
        if k < 2 or text[k] not in "：:，,（(":
            return None
        if k in self.apposed:
            return self.apposed[k]
        e = k
        for h in self.st.honorific:
            if text.startswith(h, e - len(h)):
                e -= len(h)
                break
        s = self.name_ending(e)
        if s is None or (s > 0 and text[s - 1] not in _DELIMS) or self.name_at(s) not in (e, None):
            return None
        return text[s:e], s

    def free(self, a: int, b: int) -> bool:
        """Not inside a byline."""
        return self.byline_at.find(1, max(0, a), max(0, b)) < 0

    def chains(self, anchors: list[_Anchor]) -> None:
        """Title chain + name (+ names sharing it), left to right; measures every title."""
        text = self.text
        by_end = {a.pe: i for i, a in enumerate(anchors)}
        floor = 0
        for i, a in enumerate(anchors):
            a.floor = max(floor, self.claims.spans[-1][1] if self.claims.spans else 0)
            floor = a.pe
            if a.post in self.st.needs_org and a.ts == a.ps:
                a.used = True  # 成员单位: no member of anything
                continue
            if self.st.surname_len(text, a.pe) == 0 and text[a.pe:a.pe + 1] not in ("（", "的", " ", "　") \
                    and a.pe not in self.ner_at and text[a.pe:a.pe + 1] not in self.st.user_names \
                    and not _DOTTED.match(text, a.pe) and not _foreign.may_follow(self, a.ps, a.pe):
                continue  # no name can start right after the post
            title = text[a.ts:a.pe]
            te = a.pe
            # a short qualifier in brackets right after the post belongs to it: 常任秘书长（库务）
            pm = _PAREN_QUAL.match(text, a.pe)
            if pm and self.name_at(pm.end(), strict=True):
                te = pm.end()
                title = text[a.ts:te]
            ns = te
            spaced = text[ns:ns + 1] in (" ", "　") and self.st.surname_len(text, ns + 1) > 0
            if text[ns:ns + 1] == "的" or spaced:  # 政务司司长的唐英年, 市委书记 张某
                ns += 1
            ne = self.dotted_name_at(ns) if ns == te else None
            if ne is None and ns < len(text):  # (a list mark closing it says where a name ends)
                ne = self.name_at(ns, strict=ns == te or spaced) or (list_name_end(self, ns, False) if ns == te else None) \
                    or (_foreign.foreign_name_at(self, ns, title) if ns == te else None)
            if ne is None or not self.free(ns, ne):
                continue
            chain = [(title, a.ts, a.post, a.ps - a.ts)]
            a.used = True
            cur = a.ts
            while cur > 0 and text[cur - 1] in _CHAIN_JOIN:
                j = by_end.get(cur - 1)
                if j is None or j >= i:
                    break
                b = anchors[j]
                if b.used or self.name_ending(b.ps) is not None:
                    break
                if text[cur - 1] in "，," and b.ts > 0 and text[b.ts - 1] not in _DELIMS | _CHAIN_JOIN:
                    break  # 各市公安局局长，副市长某某: a comma joins titles of one clause only
                chain.insert(0, (text[b.ts:b.pe], b.ts, b.post, b.ps - b.ts))
                b.used = True
                cur = b.ts
            self.give(text[ns:ne], ns, chain)
            # names sharing the title: 副县长赵明、孙亮、钱进
            pos = ne
            while pos < len(text) and text[pos] == "、":
                e2 = self.name_at(pos + 1) or list_name_end(self, pos + 1) \
                    or _foreign.foreign_name_at(self, pos + 1, chain[-1][0])
                if e2 is None or self.st.post_re.match(text, e2):
                    break
                self.give(text[pos + 1:e2], pos + 1, chain)
                pos = e2

    def _people_by_length(self) -> list[tuple[int, set[str]]]:
        """The names found so far grouped by length, longest first (rebuilt when one is added)."""
        if self._by_length_n != len(self.people):
            groups: dict[int, set[str]] = {}
            for name in self.people:
                groups.setdefault(len(name), set()).add(name)
            self._by_length = sorted(groups.items(), reverse=True)
            self._by_length_n = len(self.people)
        return self._by_length

    def names_before(self, e: int, link: str = "、及和与") -> list[tuple[str, int]]:
        """Names joined by 、/及/和 that end at ``e`` (right to left), as (name, start)."""
        text = self.text
        out: list[tuple[str, int]] = []
        while True:
            s = None
            for n, names in self._people_by_length():  # the longest known name ending at e
                if e - n >= 0 and text[e - n:e] in names:
                    s = e - n
                    break
            if s is None:
                s = self.name_ending(e)
                if s is not None and self.name_at(s) != e:
                    s = None
            if s is None:
                break
            out.insert(0, (text[s:e], s))
            if s > 0 and text[s - 1] in link:
                e = s - 1
                continue
            break
        return out

    def appointments(self, anchors: list[_Anchor]) -> None:
        """任副书记, 担任新闻发言人, 将署任…局长, 聘任…为…, 辞去…职务."""
        text = self.text
        # the end of the last title given by an appointment, and to whom: the titles listed after
        # it go to the same people (任西安市委委员、常委、书记)
        listed: tuple[int, list[tuple[str, int]]] | None = None
        for a in anchors:
            if a.used:
                continue
            if listed is not None and text[listed[0]:listed[0] + 1] == "、" and a.ts == listed[0] + 1:
                a.used = True
                for n, s0 in listed[1]:
                    self.give(n, s0, [(text[a.ts:a.pe], a.ts, a.post, a.ps - a.ts)])
                listed = (a.pe, listed[1])
                continue
            if a._ts is None:  # before measuring the title: is any appointment word within reach?
                lowest = min(a.ps, max(a.floor, a.ps - _MAX_TITLE))  # where the title may start
                if not self.st.appoint_hint_re.search(text, max(0, lowest - self.st.appoint_reach), a.pe) \
                        and not text.startswith(_appoint.BY, a.pe):
                    continue
            got = _appoint.appointment(self, a, listed[0] if listed else None)
            if got is None:
                continue
            names, ts = got
            title = text[ts:a.pe]
            a.used = True
            for n, s0 in names:
                self.give(n, s0, [(title, ts, a.post, a.ps - ts)])
            listed = (a.pe, names)

    def comrades(self) -> None:
        """A full name + 同志 is a person (以习近平同志为核心); one who holds no post is left out at the end
        unless a national leader (settled case), but a short reference may still give a title."""
        text = self.text
        for e, _end, _word in find_terms(text, ("同志",)):
            if self.claims.at(e - 1) is not None:
                continue
            s = self.name_ending(e)
            if s is None or self.name_at(s) != e:
                continue
            name = text[s:e]
            if self._given_owner(name) is not None:
                continue
            self.person(name).add_mention(name, s)

    def leaders(self) -> None:
        """National leaders named as persons without a title (《某某在…上的讲话》)."""
        text = self.text
        for name in self.st.leaders:
            for m in re.finditer(re.escape(name), text):
                s, e = m.span()
                if self.claims.at(s - 1) is not None or not self.free(s, e):
                    continue
                bounds = self._bounds(max(0, s - 4), min(len(text), e + 2))
                if (s == 0 or s in bounds) and self._follow_len(e) >= 0:
                    self.person(name).add_mention(name, s)

    def _given_owner(self, given: str) -> str | None:
        """The one official whose given name is ``given`` (明朗 → 胡明朗), or None."""
        owners = self._owners.get(given, ())
        return owners[0] if len(owners) == 1 else None

    @property
    def _owners(self) -> dict[str, list[str]]:
        if self._owners_n != len(self.people):
            owners: dict[str, list[str]] = {}
            for n in self.people:
                for k in (1, 2):
                    if len(n) - k >= 2:
                        owners.setdefault(n[k:], []).append(n)
            self._owners_cache, self._owners_n = owners, len(self.people)
        return self._owners_cache

    def _givens(self) -> dict[str, str]:
        """Given name → full name, for the given names that name exactly one official."""
        out = {}
        for n in self.people:
            g = n[self.st.surname_len(n, 0) or 1:]
            if len(g) >= 2 and self._given_owner(g) == n:
                out[g] = n
        return out

    def short_references(self, anchors: list[_Anchor]) -> None:
        """明朗副省长, 建国、立新同志, 马主席（协会主席马志成）: merged into the full name."""
        text = self.text
        givens = self._givens()
        lengths = sorted({len(g) for g in givens}, reverse=True)
        for a in anchors:
            for n in lengths:
                s = a.ps - n
                full = givens.get(text[max(0, s):a.ps]) if s >= 0 else None
                if full is not None and text[max(0, a.ps - len(full)):a.ps] != full:
                    p = self.people[full]
                    p.add_mention(text[s:a.ps], s)
                    p.add_title(text[a.ps:a.pe], a.ps, a.post, 0)
                    break
        # 建国、立新同志: given names joined by 、 before 同志
        if givens:
            for m in re.finditer("同志", text):
                e = m.start()
                while True:
                    g = next((text[e - n:e] for n in lengths if text[e - n:e] in givens), None)
                    if g is None:
                        break
                    full = givens[g]
                    if text[max(0, e - len(full)):e] == full:
                        break
                    self.people[full].add_mention(g, e - len(g))
                    e -= len(g)
                    if text[e - 1:e] != "、":
                        break
                    e -= 1
        # 马主席（政府人员协会主席马志成）: the surname + post before the parenthesis
        by_end = {a.pe: a for a in anchors}
        for name, p in list(self.people.items()):
            for start in list(p.mentions):
                close = start + len(name)
                if text[close:close + 1] not in "）)":
                    continue
                op = max(text.rfind("（", max(0, start - _MAX_TITLE), start),
                         text.rfind("(", max(0, start - _MAX_TITLE), start))
                head = by_end.get(op)
                if head is not None and text[head.ps - 1:head.ps] == name[0]:
                    p.add_title(text[head.ps:head.pe], head.ps, head.post, 0)

    # ---- output ---------------------------------------------------------------------------------
    def build(self, bylines: list[Byline]) -> tuple[list[Official], list[Byline]]:
        text = self.text
        names = [n for n in self.people]
        if names:
            # every place a found name is written (longest first, no overlaps, linear time)
            for a, b, name in find_terms(text, names):
                if self.free(a, b):
                    self.people[name].add_mention(name, a)
        officials = []
        official_names = set()
        for p in self.people.values():
            mentions = tuple(sorted(p.mentions.values(), key=lambda m: m.start))
            if not mentions or not p.titles and p.name not in self.st.leaders:
                continue  # only people named with a post are officials (national leaders aside)
            titles: list[str] = []
            positions: list[Position] = []
            for start, title, post, off in sorted(p.titles):
                if title in titles:
                    continue
                titles.append(title)
                positions.append(_position(title, start, post, off,
                                           self.st.qualifiers | set(self.st.name_post_qualifiers)))
            officials.append(Official(p.name, tuple(titles), mentions, tuple(positions)))
            official_names.add(p.name)
        officials.sort(key=lambda o: o.start)
        kept = [b for b in bylines if b.name not in official_names]
        return officials, kept


def _position(title: str, start: int, post: str, off: int, qualifiers: set[str]) -> Position:
    """Split a title into its organisation part and its post (the organisation is a prefix)."""
    org: str | None = title[:off] or None
    post_text = title[off:]
    if org is not None and ("的" in org or any(org.startswith(q) for q in qualifiers) or _RANK.fullmatch(org)):
        org = None  # 分管日常工作的副厅长, 时任县长, 一级警务专员, 资深大律师: no organisation
    return Position(title, post_text if post_text else post, org, start, start + len(title))


def find(doc: Doc) -> tuple[list[Official], list[Byline]]:
    """Officials (with titles, mentions, positions) and bylines of one document."""
    st = doc.res.state("officials", _State)
    return _Finder(doc, st).run()

"""What the people rules build once per Extractor: the lexicons, the patterns made from them, and
remembered answers of jieba's dictionary (tags, counts, cuts of small windows)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import regex

from ..grammar import CONJUNCTIONS, LEVELS, char_table
from ..lexicon import alternation as _alternation
from ..lexicon import load_shipped
from ..references import compound_surnames
from ..spans import trie_pattern
from ..terms import TermIndex
from ._patterns import BY, DE, PHOTO_MARK, WEI

if TYPE_CHECKING:
    from ..doc import Resources
    from ..segment import Segmenter

# how many words' tags (and counts) Words remembers before it starts again
_WORDS_KEPT: Final = 1 << 16
# a tag no word has: "not remembered yet"
_UNSEEN: Final = "\0"

# the deputy prefix an acting prefix may stand before (代副市长, 署理副局长)
_DEPUTY = "副"
# the first character of the office of a post holder among the organisation heads (办公室, 办)
_OFFICE = "办"


class Words:
    """jieba's tags, counts and dictionary cuts (without HMM) as the people rules ask for them, the
    same questions over and over: tags and counts are remembered here (a bounded table per
    Extractor), cuts by the Segmenter itself."""

    def __init__(self, seg: Segmenter) -> None:
        self._seg = seg
        # plain tables of strings and ints, which the garbage collector never walks (an
        # lru_cache keeps a list per word: thousands of them for a fresh Extractor's first MB)
        self._tags: dict[str, str | None] = {}
        self._freqs: dict[str, int] = {}

    def tag(self, word: str) -> str | None:
        """jieba's dictionary tag of ``word``, or None."""
        got = self._tags.get(word, _UNSEEN)
        if got == _UNSEEN:
            got = self._seg.tag(word)
            if len(self._tags) >= _WORDS_KEPT:
                self._tags.clear()
            self._tags[word] = got
        return got

    def freq(self, word: str) -> int:
        """jieba's dictionary count of ``word`` (0 when unknown)."""
        got = self._freqs.get(word, -1)
        if got < 0:
            got = self._seg.freq(word)
            if len(self._freqs) >= _WORDS_KEPT:
                self._freqs.clear()
            self._freqs[word] = got
        return got

    def ends(self, text: str) -> tuple[int, ...]:
        """0 and the token ends of the dictionary segmentation of ``text``."""
        return self._seg.ends(text, hmm=False)

    def cut(self, text: str) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` of each token of the dictionary segmentation of ``text``."""
        return self._seg.cut(text, hmm=False)


class ForeignState:
    """The lexicons of foreign names, built once per Extractor (with the officials' state);
    ``international``: the bodies whose officials are foreigners as often as not (联合国)."""

    def __init__(self, international: set[str]) -> None:
        self.chars = frozenset(r["term"] for r in load_shipped("translit_chars"))
        self.countries = frozenset(r["term"] for r in load_shipped("countries"))
        # a foreign country or an international body named in a title
        self.foreign_re = re.compile(_alternation(self.countries | international))


class State:
    """Lexicons and patterns, built once per Extractor."""

    def __init__(self, res: Resources) -> None:
        cues: dict[str, set[str]] = {}
        for row in load_shipped("official_cues"):
            cues.setdefault(row["kind"], set()).add(row["term"])
        self._load_posts(res, cues)
        self._load_names(res)
        self._load_cues(cues)
        self._load_classes(cues)
        self._build_credits()
        self.seg = Words(res.segmenter)
        self.foreign = ForeignState(cues.get("international", set()))

    def _load_posts(self, res: Resources, cues: dict[str, set[str]]) -> None:
        """Posts (``lexicons/posts.tsv`` and the user's), their prefixes and qualifiers, and what
        after a post makes it name a body (``lexicons/official_cues.tsv``)."""
        posts: set[str] = set()
        self.prefixes: list[str] = []
        self.qualifiers: set[str] = set()  # (and the last characters of them: qualifier_ends)
        for row in load_shipped("posts"):
            kind = row.get("kind", "")
            if kind == "prefix":
                self.prefixes.append(row["term"])
            elif kind == "qualifier":
                self.qualifiers.add(row["term"])
            elif kind != "modifier":
                posts.add(row["term"])
        self.qualifier_ends = frozenset(q[-1] for q in self.qualifiers)
        self.qualifiers_longest = tuple(sorted(self.qualifiers, key=lambda q: (-len(q), q)))
        posts |= set(res.user.post)
        self.posts = posts
        # a post with its prefix (副, 常务副, 代 …), longest first, as one character trie
        words = posts | {p + w for p in self.prefixes for w in posts} \
            | {p + _DEPUTY + w for p in cues.get("acting", ()) for w in posts}  # 代副市长
        self.post_first = frozenset(w[0] for w in words)  # the characters a post starts with
        # the stdlib engine scans this literal trie about five times faster than `regex`: its
        # alternatives each open with a literal, which the engine gathers into the set of
        # characters a match may start with, and skips the rest; the guard on the first two
        # characters then rejects most of the places the first one lets in
        self.post_re = re.compile(trie_pattern(words, guard=True))
        # modifiers between a name and its post: 郑某资深大律师
        self.name_post_qualifiers = sorted((r["term"] for r in load_shipped("posts")  # (陈某前总统: 前 too)
                                            if r.get("kind") in ("modifier", "qualifier")), key=len, reverse=True)
        self.name_post_qualifier_set = frozenset(self.name_post_qualifiers)
        # what may open a title before its organisation and is no part of it (时任, 前, 资深, and the
        # acting prefixes of official_cues.tsv: 代理, 署理; not the one-character 代, which opens
        # the name of 代表处), longest first
        acting = {p for p in cues.get("acting", ()) if len(p) > 1}
        self.title_openers = tuple(sorted(self.qualifiers | self.name_post_qualifier_set | acting,
                                          key=lambda q: (-len(q), q)))
        # their lengths, longest first, then 0 (no modifier)
        self.name_post_qualifier_lens = (*sorted({len(q) for q in self.name_post_qualifiers}, reverse=True), 0)
        # the posts read leftwards from where they end (a title right before a name or a conjunction)
        self._post_ends = TermIndex((p, "posts") for p in posts)
        # posts that need an organisation before them (成员单位 is no member)
        self.needs_org = {r["term"] for r in load_shipped("posts") if r.get("kind") == "member"}
        # the last character of an organisation head (法咨会委员: no name ends so), from the lexicon
        heads = frozenset(r["term"] for r in load_shipped("org_heads"))
        self.org_tail = frozenset(h[-1] for h in heads)
        # the heads of more than one character (法庭, 审判庭), and those of one (局, 院): in a list of
        # names a given name may end with the last character of the first only (简某庭、李某)
        self.long_heads = frozenset(h for h in heads if len(h) > 1)
        self.short_heads = heads - self.long_heads
        # the office of a post holder (行政长官办公室, 特首办): the post names a body there
        self.office_heads = tuple(r["term"] for r in load_shipped("org_heads") if r["term"].startswith(_OFFICE))
        # a character after a post that makes it name a body (委员会, 主席团, 书记处), unless one of
        # the words that may follow a post starts there (局长会见)
        self.body_after_post = frozenset(cues.get("body_after_post", ()))
        self.not_body_after_post = frozenset(cues.get("not_body_after_post", ()))

    def _load_names(self, res: Resources) -> None:
        """Surnames with their weight, national leaders and the user's names."""
        self.single: set[str] = set()
        # (the set the link step's given-name rule reads too)
        self.compound: set[str] = set(res.state("compound_surnames", compound_surnames))
        self.surname_weight: dict[str, int] = {}  # how many person-name words of jieba start so
        for row in load_shipped("surnames"):
            if row["term"] not in self.compound:
                self.single.add(row["term"])
            self.surname_weight[row["term"]] = int(row.get("nr_words") or 0)
        self.surname_first = frozenset(t[0] for t in self.single | self.compound)
        self.leaders = sorted({r["term"] for r in load_shipped("official_leaders")}, key=len, reverse=True)
        self.leader_re = re.compile(_alternation(self.leaders)) if self.leaders else re.compile(r"(?!)")
        self.user_names: dict[str, list[str]] = {}
        for n in sorted(set(res.user.name) | set(self.leaders), key=len, reverse=True):
            self.user_names.setdefault(n[0], []).append(n)
        self.user_name_set = frozenset(set(res.user.name) | set(self.leaders))

    def _load_cues(self, cues: dict[str, set[str]]) -> None:
        """The context words of ``lexicons/official_cues.tsv``: stops, appointment verbs, honorifics,
        the words that follow a name, credit roles."""
        self.stop = cues.get("stop", set()) | cues.get("appoint", set()) | cues.get("appoint_before", set()) \
            | cues.get("resign", set())
        self.appoint = cues.get("appoint", set())
        self.appoint_before = cues.get("appoint_before", set())
        self.resign = cues.get("resign", set())
        self.resign_bare = cues.get("resign_bare", set())  # 卸任: the post needs no 职务
        self.appoint_kept = cues.get("appoint_kept", set())
        self.succeed = cues.get("succeed", set())  # 接替: the name before it takes the post
        # the verbs between names and the title they take, longest first (为: 任命某某为…)
        self.appoint_verbs = sorted(self.appoint | self.resign | {WEI}, key=len, reverse=True)
        # any word an appointment needs near its title: a verb, 的 or a kept title start
        self.appoint_hint_re = regex.compile(
            _alternation(set(self.appoint_verbs) | {DE} | set(self.appoint_kept)))
        self.appoint_reach = max(map(len, self.appoint_verbs))
        # the verbs read leftwards from where they end: 任|副书记, 担任|新闻发言人
        self.appoint_verb_ends = TermIndex((v, "official_cues") for v in self.appoint_verbs)
        # the verbs before the names that take or leave a post (免去李某…, 任命李某…), read leftwards
        self.move_verb_ends = TermIndex((v, "official_cues") for v in self.resign | self.appoint_before)
        self.appoint_kept_starts = tuple(sorted(self.appoint_kept))
        self.appoint_kept_last = frozenset(w[-1] for w in self.appoint_kept)  # (a cheap test first)
        self.honorific = cues.get("honorific", set())
        # honorifics (同志, 先生 …), the verbs of succession (接替), the verbs before the names
        # they appoint (任命) or remove (免去), each read at a position: the longest one, and none
        # where the text before the position is shorter than the word
        self.honorifics = TermIndex((h, "official_cues") for h in self.honorific)
        self.succeed_ends = TermIndex((v, "official_cues") for v in self.succeed)
        self.appoint_before_ends = TermIndex((v, "official_cues") for v in self.appoint_before)
        self.resign_ends = TermIndex((v, "official_cues") for v in self.resign)
        # the clause verbs of two or more characters that may follow a name (希望, 欢迎, 看望 …): one
        # of them tagged as a verb right before a title is the clause's verb (希望|县长某某), no part
        # of the title
        self.clause_verbs = frozenset(w for w in cues.get("follow", ()) if len(w) >= 2)
        # what may follow a name: the follow words, honorifics and the auxiliaries of two or more
        # characters before an appointment verb (孙某|继续出任…, 孙某|再度出任…)
        aux_words = {w for w in cues.get("appoint_aux", ()) if len(w) >= 2}
        follow = cues.get("follow", set()) | cues.get("honorific", set()) | aux_words
        self.follow_re = regex.compile(rf"(?:{_alternation(follow)})")
        # the characters a follow word starts with (None: no word, and the pattern matches nothing)
        self._follow_first = frozenset(w[0] for w in follow) if follow and all(follow) else None
        self.byline_roles = cues.get("byline", set()) | cues.get("byline_weak", set())
        self.weak_roles = cues.get("byline_weak", set())
        # the verbs after 由 + names that give them the post named before (律政司司长由林某接任)
        self.by_verbs = tuple(sorted(cues.get("by_verb", ())))
        # the adverbs between such a post and 由 (县长一职将由…, 县长职务暂由…), longest first; one
        # written with 由 is a context word before a title (暂由|副县长: jieba keeps it one word)
        self.by_adverbs = tuple(sorted(cues.get("by_adverb", ()), key=len, reverse=True))
        self.stop = self.stop | {w + BY for w in self.by_adverbs}
        # what stands between names and their appointment verb (将继续, 已, 被 …), longest first
        self.passive = frozenset(cues.get("passive", ()))
        self.appoint_aux_ends = TermIndex((w, "official_cues") for w in cues.get("appoint_aux", set()) | self.passive)

    def _load_classes(self, cues: dict[str, set[str]]) -> None:
        """The closed classes of ``lexicons/official_cues.tsv`` the name rules read: conjunctions,
        nouns for people, verbs of saying, the characters around and inside names."""
        # conjunctions that join people (谢某和政府经济顾问陈某) or parts of one name (政制及内地事务局)
        self.conj = frozenset(CONJUNCTIONS) | cues.get("conj", set())
        # the conjunctions of one character, as a table for a search right to left
        # what joins the posts one appointment lists (任县长、县委书记; 曾任副秘书长、局长及民政局长)
        self.post_links = frozenset({"、"} | self.conj)
        self.conj_chars = char_table(c for c in self.conj if len(c) == 1)
        self.person_nouns = frozenset(cues.get("person_noun", ()))
        # a strong frame after a name that stands right after a title: what the person does at a
        # meeting, or punctuation
        frames = [_alternation(cues["frame_after"])] if cues.get("frame_after") else []
        self.frame_after_re = regex.compile("|".join([*frames, "[、，。；]"]))
        self.speech = frozenset(cues.get("speech", ()))
        self.function_chars = frozenset(cues.get("function_char", ()))
        # what addresses a person after a surname: honorifics, the short addresses (李总); posts too
        self.addresses = tuple(sorted(cues.get("honorific", set()) | cues.get("address", set()),
                                      key=len, reverse=True))
        # what ends a dotted name after it (…斯基|却表示)
        self.dotted_end = self.function_chars | self.speech | cues.get("dotted_end", set())
        self.not_given = frozenset(cues.get("not_given", ()))
        self.not_given_in_list = self.not_given | cues.get("not_given_in_list", set())
        self.prep_surnames = frozenset(cues.get("prep_surname", ()))
        self.list_prep_surnames = self.prep_surnames - self.conj  # (a list tests conjunctions first)
        self.verb_surnames = frozenset(cues.get("verb_surname", ()))
        # adverbs of time that stay in a …的 qualifier opening a title (已退休的前局长)
        self.de_adverbs = frozenset(cues.get("de_adverb", ()))
        # where someone comes from, in a …的 clause before a title that is no part of it (来自某镇的)
        self.origin = frozenset(cues.get("origin", ()))
        # the last character of a place's name at a level (清河县, 单县, 某某旗): no name ends so
        self.place_levels = frozenset(LEVELS) | cues.get("place_level", set())

    def _build_credits(self) -> None:
        """The patterns of credits (bylines), from the roles and the surnames."""
        roles = _alternation(self.byline_roles)
        sur = _alternation(self.single | self.compound)
        # a labelled credit: 记者 张三 李四 / 通讯员：王五 / 实习生 李 昂 / 责任编辑：赵六; the run
        # after the role is split into roles and names by people.bylines.credit_names
        self.byline_re = regex.compile(
            rf"(?<!总)(?P<role>{roles})[：:]?(?P<run>[ 　]{{0,2}}\p{{Han}}[\p{{Han}} 　]{{1,24}})")
        self.byline_role_re = regex.compile(rf"(?:{roles})")
        self.byline_role_first = frozenset(r[0] for r in self.byline_roles)  # (a cheap test first)
        # what may close a credit after its names: 发自上海, 北京报道, 摄
        self.credit_end_re = regex.compile(r"(?:发自|(?:\p{Han}{2,4}?)?报道|[摄文图](?!\p{Han}))")
        # a name before 摄 (photo credit): 张三 摄 / 张三/摄
        self.photo_re = regex.compile(
            rf"(?:(?<=[/／][文图])|(?<![\p{{Han}}/／]))(?P<name>(?:{sur})\p{{Han}}{{1,2}})[ 　/／]{{1,2}}{PHOTO_MARK}(?![\p{{Han}}])")
        # an unlabelled credit closing a paragraph: （谢学勤） on its own, or 。   李雄
        self.trailing_re = regex.compile(
            rf"(?:^|(?<=[。！？”）)\n]))[ \t　]*[（(]?(?P<name>(?:{sur})\p{{Han}}{{1,2}})[）)]?[ \t　]*\Z")

    def post_ends_at(self, text: str, k: int, reach: int = 8) -> bool:
        """A post of at most ``reach`` characters ends at ``k`` (律政司司长|郑某, 大律师|和…)."""
        lo = max(0, k - reach)
        return self._post_ends.ending_at(text[lo:k], k - lo) is not None

    def follow_at(self, text: str, e: int) -> regex.Match[str] | None:
        """``follow_re.match(text, e)``: a follow word written at ``e`` (a set test first)."""
        if self._follow_first is not None and text[e:e + 1] not in self._follow_first:
            return None
        return self.follow_re.match(text, e)

    def post_at(self, text: str, k: int) -> re.Match[str] | None:
        """``post_re.match(text, k)``: a post written at ``k`` (a set test first)."""
        return self.post_re.match(text, k) if text[k:k + 1] in self.post_first else None

    def surname_len(self, text: str, s: int) -> int:
        """The length of the surname at ``text[s]`` (a compound one first), or 0."""
        if text[s:s + 1] not in self.surname_first:
            return 0
        if text[s:s + 2] in self.compound:
            return 2
        return 1 if text[s:s + 1] in self.single else 0

"""The organisation reader's tables and patterns, built once per Extractor (``doc.res.state``) from
the shipped and user lexicons."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

import regex

from ..lexicon import load_shipped
from ..spans import trie_pattern
from ..terms import TermIndex
from .grammar import LEVELS, SMALL_NUMERALS, TERM_MARK, TWO
from .known import load_known
from .patterns import (
    acting_place_pattern,
    acting_tail_pattern,
    adhoc_pattern,
    collective_pattern,
    load_verbs,
    police_pattern,
    session_pattern,
    unit_pattern,
)

if TYPE_CHECKING:
    from ..doc import Resources


def _anchor_pattern(enders: set[str], word_next: dict[str, str]) -> re.Pattern[str]:
    """The last character of every place an ender may end: a one-character ender, or the last
    character of a longer one after its next-to-last; never before a character that makes the
    head part of another word (部|署, 委|员: ``word_next``, by the head's last character; the judge
    would drop every head ending there).  Stdlib ``re``: each alternative opens with its literal
    character, which the engine gathers into the set a match may start with and scans for (a
    look-ahead on that set before the alternation made the scan slower), several times faster
    than a loop of set tests in Python."""
    singles = {e for e in enders if len(e) == 1}
    before: dict[str, set[str]] = {}  # last character → the characters before it in a longer ender
    for e in enders:
        if len(e) > 1 and e[-1] not in singles:
            before.setdefault(e[-1], set()).add(e[-2])
    chars = sorted(singles | before.keys())
    alternatives = []
    for c in chars:
        alt = re.escape(c)
        if c in before:
            alt += f"(?<=[{re.escape(''.join(sorted(before[c])))}]{re.escape(c)})"
        if word_next.get(c):
            alt += f"(?![{re.escape(''.join(sorted(set(word_next[c]))))}])"
        alternatives.append(alt)
    return re.compile("|".join(alternatives) or "(?!)")


def _collective_holder(levels: str, heads: str) -> str:
    """The body a collective's cue may follow (厅机关|所属, 市政府|有关): a level, then the
    government or a one-character head, then its organs (COLLECTIVE_HOLDER_MAX characters at most)."""
    return rf"[{levels}]?(?:政府|[{heads}])(?:机关)?"

# a short division name at least this frequent in jieba's dictionary and not tagged as a place is
# taken for the common word it also is
_COMMON_WORD = 1000


class State:
    """Patterns and tables built once per Extractor from the shipped and user lexicons."""

    def __init__(self, res: Resources) -> None:
        self.stems = {r["term"] for r in load_shipped("org_stems")}
        heads = load_shipped("org_heads")
        self.heads: dict[str, tuple[bool, str]] = {r["term"]: (r["alone"] == "yes", r["kind"]) for r in heads}
        self.known, self.generated = load_known()
        self._read_words()
        self.openings = self.opening_alone.intersection(self.known)  # (中国共产党: a body, and an opening)
        self.governs, acts = load_verbs()
        self.acting_verbs = frozenset(acts)
        self.acting = acting_place_pattern(acts)
        self.acting_tail = acting_tail_pattern(acts)  # where the places of ``acting`` end
        self.max_act = max(map(len, acts))
        self.user: dict[str, str | None] = dict(res.user.organization)
        seg = res.segmenter
        places: dict[str, list[tuple[str, str, str]]] = {}
        place_sources: list[tuple[str, str]] = []  # (place, the lexicon naming it)
        for r, source in [*((r, "divisions") for r in load_shipped("divisions")),
                          *((r, "org_places_taiwan") for r in load_shipped("org_places_taiwan"))]:
            term = r["term"]
            # a short form that is also a stem or a frequent common word is no place (公安县 → 公安,
            # 和平区 → 和平); jieba's tags of rarer place names are unreliable and are not used
            if term != r["full"] and (term in self.stems or term in self.heads
                                      or (seg.freq(term) >= _COMMON_WORD and seg.tag(term) != "ns")):
                continue
            places.setdefault(term, []).append((r["full"], r["level"], r["province"]))
            place_sources.append((term, source))
        # characters that may stand just before a one-character head: see before_single below
        single = {t[-1] for t in places}
        for r in load_shipped("countries"):  # 美国|国务院, 俄罗斯|国防部: a foreign body's country
            term = r["term"]
            if seg.freq(term) < _COMMON_WORD or seg.tag(term) == "ns":  # not 多哥 read in 多哥哥
                places.setdefault(term, []).append((term, "country", ""))
                place_sources.append((term, "countries"))
        # place → (full name, level, province) of each division so named (tuples of strings: no
        # container the garbage collector walks)
        self.places: dict[str, tuple[tuple[str, str, str], ...]] = {t: tuple(rows) for t, rows in places.items()}
        self.max_place = max(map(len, self.places))
        # every piece of a chain that may end it: heads and known bodies (user terms included)
        self.enders: set[str] = set(self.heads) | set(self.known) | set(self.user)
        # the pieces that name a body alone (known bodies, user terms, heads marked alone)
        self.alone = set(self.known) | set(self.user) | {h for h, (alone, _) in self.heads.items() if alone}
        self.max_stem = max(map(len, self.stems))
        # characters that may stand just before a one-character head (the end of a level, a place
        # of China, a stem or a head): any other character rejects the head at once (countries
        # are not counted: 到日本|办展)
        self.before_single = frozenset(LEVELS) | single | {t[-1] for t in (*self.stems, *self.enders)}
        # the term index of the enders (read leftwards: a chain is read from its head; and
        # rightwards: the longest head written at a place), remembering each one's lexicon
        self.ender_index = TermIndex([*((h, "org_heads") for h in self.heads),
                                      *((k, "org_known_jieba" if k in self.generated else "org_known")
                                        for k in self.known),
                                      *((u, "user") for u in self.user)])
        # anchors: one pass over the text finds every place a head or known body may end, where a
        # one-character ender or the last two characters of a longer one are written; the longest
        # ender there is read from a reversed trie (政法委员会: 政法委 ends at 委, 委员会 at 会)
        self.anchor = _anchor_pattern(self.enders, self.head_word_next)
        # when a generated one fails: the enders without the generated known bodies
        self.grammar_index = TermIndex((t, s) for t, ss in self.ender_index.sources.items() for s in ss
                                       if t not in self.generated)
        # an affiliation (附属) is read like a stem between a body and its unit (中山大学|附属|第三医院)
        self.stem_index = TermIndex([*((s, "org_stems") for s in self.stems),
                                     *((a, "org_words") for a in self.affiliations)])
        self.place_index = TermIndex(place_sources)
        self._build_collectives(res)
        # answers per word, remembered across documents (see remember)
        self.name_parts: dict[str, bool] = {}
        self.place_prefix_of: dict[str, str | None] = {}

    def _build_collectives(self, res: Resources) -> None:
        """The collectives' cues, phrases and pattern (``collectives.tsv`` and the user's)."""
        crows = load_shipped("collectives")
        cues = {r["term"] for r in crows if r["kind"] == "cue"}
        cheads = {r["term"] for r in crows if r["kind"] == "head"}
        phrases = {r["term"] for r in crows if r["kind"] == "phrase"} | set(res.user.collective)
        self.phrases = phrases
        self.cues = cues
        # a collective: cue words, then levels, stems or cue words, then a collective head (or an
        # organisation head: 各市（区）公安局); lazy and bounded
        first = "".join(sorted({t[0] for t in (*cues, *phrases)} | set(self.holder_levels)
                               | set(self.holder_heads)))
        self.collective_first = frozenset(first)
        holder = _collective_holder(self.holder_levels, self.holder_heads)
        self.collective = collective_pattern(
            first, holder, self.holder_cues, cues, self.stems, self.division_kinds,
            f"{LEVELS}{self.collective_chars}（）()、", cheads,
            [h for h in self.heads if len(h) > 1 or h in self.holder_heads], phrases)
        # every collective holds a cue at most COLLECTIVE_HOLDER_MAX characters after its start, or
        # opens with a phrase: these openers are found first and the collective pattern is tried
        # only near them (a stdlib ``re`` character trie: the longest at each place, as the
        # alternation of the words longest first it replaces, found in two thirds of the time)
        self.collective_opener = re.compile(trie_pattern({*cues, *phrases}) or "\x00")

    def _read_words(self) -> None:
        """The word lists of ``org_words.tsv``, by kind (in the file's order)."""
        rows = load_shipped("org_words")

        def of_kind(kind: str) -> tuple[str, ...]:
            return tuple(r["term"] for r in rows if r["kind"] == kind)

        self.stop_words = frozenset(of_kind("stop_word"))
        self.adverbs = of_kind("adverb")
        self.time_endings = of_kind("time_ending")
        self.division_kinds = of_kind("division_kind")
        self.division_levels = of_kind("division_level")
        self.village_bodies = frozenset(of_kind("village_body"))
        self.scope_words = of_kind("scope_word")
        self.frames = frozenset(of_kind("frame"))
        offices = sorted(of_kind("posted_office"), key=lambda t: (-len(t), t))
        self.posted_office = re.compile("|".join(map(re.escape, offices)))
        # posts (书记, 主席 …) end the words an ad-hoc name is read over
        self.post_index = TermIndex((r["term"], "posts") for r in load_shipped("posts")
                                    if r["kind"] not in ("prefix", "qualifier", "modifier"))
        self.adhoc = adhoc_pattern(of_kind("adhoc_head"), of_kind("adhoc_office"))
        taiwan = [r["full"] for r in load_shipped("org_places_taiwan")]
        self.police = police_pattern([*of_kind("tw_police_place"), *taiwan])
        self.not_after_words: dict[str, tuple[str, ...]] = {}
        for r in rows:
            if r["kind"] == "not_after":
                self.not_after_words[r["of"]] = (*self.not_after_words.get(r["of"], ()), r["term"])
        # characters after a one-character head that make it part of another word (部署, 处理,
        # 委员, 厅级), by head
        # units numbered without 第 after the unit holding them (支队一大队, 大队二中队)
        self.numbered_units = frozenset(of_kind("numbered_unit"))
        # bodies numbered without 第 right after a level (市一医院, 县二医院)
        self.level_numbered = frozenset(of_kind("level_numbered"))
        # a post after a listed head: the head belongs to a title (区政府和常委会|主任会议)
        self.listed_posts = of_kind("listed_post")
        # prefixes naming the party, state or league a body belongs to (中共陕西省委), and the
        # formal openings of committees' names (中国共产党|陕西省第十四届|委员会), longest first
        self.party_prefixes = tuple(sorted(of_kind("party_prefix"), key=len, reverse=True))
        self.formal_openings = tuple(sorted(of_kind("formal_opening"), key=len, reverse=True))
        self.opening_alone = frozenset(self.formal_openings + self.party_prefixes)
        # the characters that end what may stand just before a chain with a formal opening: an
        # opening, a term of office (届) or 全国
        self.head_word_next: dict[str, str] = {}
        for r in rows:
            if r["kind"] == "head_word":
                self.head_word_next[r["of"]] = self.head_word_next.get(r["of"], "") + r["term"][len(r["of"]):]
        self._read_classes(rows, of_kind)
        # the characters that end what may stand just before a chain with a formal opening: an
        # opening, a term of office (届) or the national committee's word (全国)
        self.before_formal = frozenset({o[-1] for o in self.formal_openings}
                                       | {TERM_MARK, self.national_committee[-1]})

    def _read_classes(self, rows: list[dict[str, str]], of_kind: Callable[[str], tuple[str, ...]]) -> None:
        """The word classes of the judge, the context rules and the collectives (``org_words.tsv``)."""

        def by_of(kind: str) -> dict[str, frozenset[str]]:
            out: dict[str, set[str]] = {}
            for r in rows:
                if r["kind"] == kind:
                    out.setdefault(r["of"], set()).add(r["term"])
            return {k: frozenset(v) for k, v in out.items()}

        self.noun_heads = frozenset(of_kind("noun_head"))
        self.not_before = by_of("not_before")
        self.not_after_any = frozenset(of_kind("not_after_any"))
        self.council_posts = of_kind("council_post")
        self.after_opening = frozenset(of_kind("after_opening"))
        self.joints = {r["term"]: (r["of"], r["term"][len(r["of"]):]) for r in rows if r["kind"] == "joint_head"}
        self.modifier_bodies = frozenset(of_kind("modifier_body"))
        self.place_heads = frozenset(of_kind("place_head"))
        self.centre_heads = frozenset(of_kind("centre_head"))
        self.membership_ends = of_kind("membership_end")
        villages = of_kind("village")
        self.village_end = regex.compile(
            "(?:" + "|".join(map(regex.escape, sorted(villages, key=lambda t: (-len(t), t)))) + ")$")
        # villages whose name ends with a level character, which a chain reads as its place (社区)
        self.level_villages = tuple(v for v in villages if v[-1] in LEVELS)
        self.town_levels = frozenset(of_kind("town_level"))
        self.open_town_levels = frozenset(of_kind("open_town_level"))
        self.unit_chars = frozenset(of_kind("unit_char"))
        self.unit = unit_pattern(SMALL_NUMERALS + TWO, of_kind("unit_char"), of_kind("unit_next"))
        self.posted = re.compile("|".join(map(re.escape, sorted(of_kind("posted_mark"), key=lambda t: (-len(t), t)))))
        self.posted_marks = of_kind("posted_mark")
        self.home_countries = of_kind("home_country")
        portfolio = of_kind("portfolio_head")
        self.portfolio_chars = frozenset(t for t in portfolio if len(t) == 1)
        self.portfolio_ends = tuple(t for t in portfolio if len(t) > 1)
        self.meeting_ends = frozenset(of_kind("meeting_end"))
        self.national_scope = of_kind("national_scope")[0]
        self.affiliations = of_kind("affiliation")
        self.session = session_pattern(of_kind("session"))
        self.standing_heads = of_kind("standing_head")
        self.national_committee = of_kind("national_committee")[0]
        self.agencies = by_of("agency")
        self.level_of = {r["term"]: r["of"] for r in rows if r["kind"] == "level_char"}
        self.short_heads = frozenset(of_kind("short_head"))
        self.bare_short_heads = frozenset(r["term"] for r in rows if r["kind"] == "short_head" and r["of"] == "bare")
        self.holder_cues = of_kind("holder_cue")
        self.held_cues = tuple(t for t in self.holder_cues if len(t) > 1)
        self.holder_levels = "".join(of_kind("holder_level"))
        self.holder_heads = "".join(of_kind("holder_head"))
        self.collective_chars = "".join(of_kind("collective_char"))

    def place_levels(self, term: str) -> set[str]:
        return {lvl for _, lvl, _ in self.places.get(term, ())}

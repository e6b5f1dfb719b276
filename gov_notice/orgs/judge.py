"""Judgement: is the chain ending with a head a body, and where does it start; its expansions (joint
heads split, coordinated places expanded); the organisations of officials' titles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

import regex

from ..grammar import CONJUNCTIONS, all_han, han_at
from ..results import Official
from ..spans import covering
from .canonical import place_prefix
from .chains import Chain, ordinal_after_place, place_before, read_chain, sessionless, tail_of
from .context import DEMONSTRATIVES, town_start, village_start
from .edges import (
    left_edge,
    level_named,
    level_word,
    national_before,
    next_word,
    noun_before_single,
    one_word,
    place_word_start,
    proper,
)
from .grammar import COORD_CHARS, LEADER_MARK, LEVELS, NUMBER, ORDINAL_DIGITS, TERM_MARK
from .text import Cand

if TYPE_CHECKING:
    from ..doc import Doc
    from .state import State

# The word classes the judge reads are kinds of org_words.tsv, read into the state: noun_head
# (高雄市|劳工|局), not_before (西南|部), after_opening (中国共产党|的), joint_head (区纪委监委),
# not_after_any (大队|长), modifier_body (中央|八项规定), council_post (县议会|议长), place_head
# (义乌网), centre_head (市中心), membership_end (民进党籍|县议会), village (社区|党支部).

# separators of coordinated places (西安、宝鸡、铜川、安康市公安局)
_COORD = "、" + CONJUNCTIONS


# heads of generic kinds (公司, 银行, 中心, 小组, 街道) that a name of common nouns before them does
# not make specific (外贸公司, 商业银行, 会展中心): their left part needs a proper noun, place or stem
_PROPER_KINDS = frozenset({"company", "centre", "local", "society"})

# the kind of heads of party bodies and their political departments (党委, 党组, 党工委, 政治部)
_PARTY_KIND = "party"

# the kind of one-character heads (局, 厅, 署 …), whose head's post is the head and 长 (局长, 厅长)
_SINGLE_KIND = "single"

# jieba's tags of a place's name (三溪, 九龙): a word holding a numeral so tagged is no count
_PLACE_TAGS = frozenset({"ns", "nz"})

# kinds of heads that hold units of their own (大学|派出所, 分行|党委)
_UNIT_HOLDERS = frozenset({"company", "centre", "school"})

# a title's body after a numbered term is read without it (第九届|县议会); after a membership or
# another term too (民进党籍|县议会, 上届|省政协: kind membership_end)
_TERM_REST = regex.compile(rf"[{ORDINAL_DIGITS}]{TERM_MARK}$")

# a title's organisation may hold this many characters before the chain this module reads
# (临时 + 党总支); a longer rest is a title split at the wrong place
_MAX_TITLE_REST = 4

_LEVEL_LIST_END = regex.compile(rf"[{LEVELS}]、$")  # 县、乡党委: a list of levels

# two levels written together in the same clause before a list's last item: 县乡人大、政府和…
_LEVEL_PAIR_BEFORE = regex.compile(rf"[{LEVELS}]{{2}}[^，。；：,;:\n]*$")


Span = tuple[int, int]


def judge_chain(doc: Doc, st: State, hs: int, he: int, contracted: bool = False) -> Span | None:
    """The span of the chain ending with the head ``[hs, he)``, or None when it is no body
    (``contracted``: the head's character also opens the post written after it, 公安局|长, which
    therefore makes it no part of another word)."""
    text = doc.text
    h = text[hs:he]
    nxt = "" if contracted else text[he:he + 1]
    if len(h) == 1 and h in st.noun_heads and text[hs - 1:hs] not in st.before_single and not (
            nxt and nxt in st.head_word_next.get(h, "")):
        start = noun_before_single(doc, st, hs)  # 高雄市|劳工|局, 市|林业|局
        return None if start is None else (start, he)
    if not contracted and _part_of_word(text, st, h, hs, he):
        return None
    ch = read_chain(text, st, hs, he)
    start, pre = ch.start, ch.pre
    if len(pre) == 2 and pre[1] in LEVELS and doc.res.segmenter.tag(text[start - 1:start + 1]) == "v":
        start, pre = start + 1, pre[1:]  # 接任|县议会: the verb's 任 and the level, not 任县
    if _place_not_body(text, st, ch, start, pre):
        return None
    if h in st.modifier_bodies and not pre and (doc.res.segmenter.tag(next_word(doc, he)) or "x")[0] in "mb":
        return None  # 中央|八项规定: the word modifies a numbered noun (jieba tags verbs as nouns:
        # 中央|任命, 中央|报告)
    if (ch.heads[0] in st.known or ch.heads[0] in st.user) and not pre:
        return _judge_known(doc, st, ch, hs, start)
    return _judge_qualified(doc, st, ch, hs, start, pre)


def _part_of_word(text: str, st: State, h: str, hs: int, he: int) -> bool:
    """Whether the head ``h`` at ``[hs, he)`` is part of another word or a post here."""
    nxt = text[he:he + 1]
    if (nxt and nxt in st.head_word_next.get(h[-1], "")) or (len(h) == 1 and (
            text[hs - 1:hs] not in st.before_single or text[hs - 1:hs] in st.not_before.get(h, ()))):
        return True  # 部署, 处理, 委员: the head is part of another word; 大局: nothing before it;
        # 南部: a part of a region
    return bool((nxt and nxt in st.not_after_any and h not in st.known and h not in st.user
                 and not text.startswith(st.council_posts, he)) or (
            h in st.not_after_words and text.startswith(st.not_after_words[h], he)))
    # (大队|长 is a post, 政治协商会|议 a meeting, 中心|任务 no body)


def _place_not_body(text: str, st: State, ch: Chain, start: int, pre: str) -> bool:
    """Whether the chain names a place or the bodies of several levels rather than one body."""
    only = ch.heads[0] if len(ch.heads) == 1 else None
    if not pre and (only in st.place_heads or st.heads.get(only or "", (False, ""))[1] == "government"):
        return True  # 网 and 政府 name a body only after a place: 义乌网, 市政府
    if only in st.centre_heads and not ch.stems and pre and all(c in LEVELS for c in pre):
        return True  # 市中心, 镇中心: a place's centre
    if len(pre) >= 2 and all(c in LEVELS for c in pre) or (
            "、" in text[max(0, start - 3):start] and _LEVEL_LIST_END.search(text, max(0, start - 3), start)):
        return True  # 县乡人大, 县区人大, 县、乡党委: bodies of several levels are a collective
    # 县乡人大、政府和县政协: a level's body listed with bodies of several levels
    return bool(len(pre) == 1 and pre in LEVELS and text[start - 1:start] in _COORD and _LEVEL_PAIR_BEFORE.search(
        text, max(0, start - 16), start - 1))


def _judge_known(doc: Doc, st: State, ch: Chain, hs: int, start: int) -> Span | None:
    """A chain opening with a known body and no place: complete, unless the body is written
    inside other words or opens a longer name."""
    text, he = doc.text, ch.end
    h = text[hs:he]
    if h in st.openings and han_at(text, he) and text[he] not in st.after_opening:
        return None  # an opening of a longer name: 中国共产党|党委, 中国共产党|三溪镇…委员会
    if ch.heads == [h] and (len(h) <= 2 or h in st.generated) and not one_word(
            doc, hs, he, exact=h in st.generated):
        return None  # a short form written inside other words: 创|建行|动
    # a known body's name is complete (立法会, 国务院办公厅), but for the national scope written
    # before it as a word of its own (国家|质量技术监督局, 国家|铁道部)
    return national_before(doc, st, start), he


def _judge_qualified(doc: Doc, st: State, ch: Chain, hs: int, start: int, pre: str) -> Span | None:
    """A chain judged by what qualifies its heads: a place or level, a stem, an abbreviation
    (厅党委) or a specific body (公安厅党委); else by the name part segmentation finds before it."""
    he = ch.end
    h = doc.text[hs:he]
    all_single = all(len(h) == 1 for h in ch.heads)  # every head is one character
    alone = not st.alone.isdisjoint(ch.heads)
    qualified = (bool(pre) or ch.stems > 0 or alone or ch.placed
                 or (len(ch.heads) > 1 and len(ch.heads[0]) == 1 and not all_single)
                 # a unit inside a named kind of body: 大学派出所, 分行党委, 公司提名委员会
                 or (len(ch.heads) > 1 and st.heads.get(ch.heads[0], (False, ""))[1] in _UNIT_HOLDERS))
    if not qualified and all_single:
        if ch.heads == [h] and h in st.noun_heads:
            named = noun_before_single(doc, st, hs)  # 高雄市|劳工|局, 市|林业|局
            return None if named is None else (named, he)
        return None
    if alone and not pre and not ch.stems and ch.heads == [h] and not one_word(doc, hs, he):
        # 许多人大惑不解: a bare body's name is not a word here, unless a name part before it
        # makes the word (国民|议会)
        return _judge_left_edge(doc, st, ch, start, pre, False)
    if pre in st.opening_alone and ch.heads == [h] and not alone:
        return None  # the party's committees in general (中国共产党党委, 中共党委): no one body
    if qualified and pre and (pre.startswith(st.party_prefixes) or pre[0] not in LEVELS):
        # starts with a place name: a clear left edge (unless the place ends a longer word)
        return place_word_start(doc, start, start + len(pre)), he
    return _judge_left_edge(doc, st, ch, start, pre, qualified)


def _judge_left_edge(doc: Doc, st: State, ch: Chain, start: int, pre: str, qualified: bool) -> Span | None:
    """The chain's start settled by segmentation (or a named village before it); None when an
    unqualified chain finds no name part, or only a name of common nouns before a generic kind."""
    text, end = doc.text, ch.end
    para = covering(doc.paragraphs, start) or (0, len(text))
    if ch.heads[0] in st.village_bodies and (not pre or text.endswith(st.level_villages, 0, start + len(pre))):
        # (社区 ends with the level character 区, which the chain read as its place)
        village = village_start(doc, st, start + len(pre), para)
        if village is not None:
            return village, end  # 王家村党支部, 幸福社区居委会: a named village's or community's body
    if pre[:1] in st.open_town_levels:
        town = town_start(doc, st, start, para)
        if town is not None:
            return place_before(st, text, town), end  # 白鹤|镇|党委: a town the lexicon lacks
    # a word the chain starts inside may end where its place or its first piece ends (社区|党支部,
    # 建设银行|总行党委)
    joints = frozenset({start + len(pre), start + len(pre) + len(ch.heads[0])})
    edge = left_edge(doc, st, start, end, para, joints)
    if edge is not None and edge < start:  # a place written before the name part
        edge = ordinal_after_place(st, text, edge)
        placed = place_before(st, text, edge)
        edge = level_word(doc, placed) if placed < edge else national_before(doc, st, level_word(doc, edge))
        # (据|市|水文气象局: a level after a preposition; 国家|质量技术监督局: a national body)
        if edge == placed and text[edge - 1:edge] not in LEVELS:
            # no place yet: one a few name words before (安徽|江淮|汽车集团有限公司)
            named = level_named(doc, st, edge, end, para)
            edge = edge if named is None else named
    if not qualified and (edge is None or edge == start):
        named = level_named(doc, st, start, end, para)  # 县|法律援助|中心: a level names the body
        # (else a generic head, 党委, 委员会, 派出所, with no name part before it)
        return None if named is None else (named, end)
    kind = st.heads.get(ch.heads[-1], (False, ""))[1]
    if not qualified and kind == "court" and text[edge or start:start] in st.scope_words:
        return None  # 诉诸|国际法庭: a scope alone names no one court (海牙国际法庭 does)
    if not qualified and edge is not None and kind in _PROPER_KINDS:
        scoped = kind == "society" and text.startswith(st.scope_words, edge)  # 国际|游泳联合会
        if not scoped and not proper(doc, st, edge, start):
            # 外贸公司, 商业银行, 会展中心, 行业协会: a kind of body, not one body, unless a level or
            # place names it (武汉市|住房|保障|管理中心)
            named = level_named(doc, st, start, end, para)
            return None if named is None else (named, end)
    return (edge if edge is not None else start), end


def _coordinated(text: str, start: int, st: State, levels: set[str]) -> list[tuple[str, int, int]]:
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


def expand(text: str, st: State, start: int, end: int) -> list[Cand]:
    """The candidates of one chain span: itself, joint heads split, coordinated places expanded."""
    name = sessionless(text, st, start, end)
    out = []
    joint = next((j for j in st.joints if name.endswith(j)), None)
    if joint is not None:
        first, second = st.joints[joint]
        base = name[: -len(joint)]
        js = end - len(joint)
        out.append(Cand(base + first, text[start:js + len(first)], start, js + len(first)))
        out.append(Cand(base + second, second, js + len(first), end))
    else:
        out.append(Cand(name, text[start:end], start, end))
    place = place_prefix(st, name)
    if place is not None:
        rest_names = [c.name[len(place):] for c in out]
        levels = st.place_levels(place)
        for term, a, b in _coordinated(text, start, st, levels):
            written = term
            if place[-1] in LEVELS and term[-1] != place[-1] and term + place[-1] in st.places:
                written = term + place[-1]
            for rest in rest_names:
                out.append(Cand(written + rest, term, a, b))
    return out


def _bare_party_body(text: str, st: State, org: str, s: int) -> bool:
    """Whether the organisation of a title is a party body named by its head alone, the title
    standing as an item of its own (董事、总经理、|党委|副书记, |党组|成员、政治部主任): the body
    of the unit the person leads, the longest organisation written before the post."""
    head = st.heads.get(org)
    return head is not None and head[1] == _PARTY_KIND and (s == 0 or not han_at(text, s - 1))


def _contracted_body(doc: Doc, st: State, post: str, s: int, e: int) -> Cand | None:
    """The body of a title whose post shares the body's last character (县公安局|长 is 县公安局 +
    局长, 行政署|长 is 行政署 + 署长): ``[s, e)`` is what stands before the post, the post's first
    character is a one-character head written there too; the chain read up to it must start at
    ``s``.  None when there is no such body (市长, 县长: a level is no body)."""
    text = doc.text
    if len(post) != 2 or post[1] != LEADER_MARK or st.heads.get(post[0], (False, ""))[1] != _SINGLE_KIND:
        return None
    head = st.ender_index.ending_at(text, e + 1)
    if head is None or text[e] != post[0]:
        return None
    span = judge_chain(doc, st, e + 1 - len(head), e + 1, contracted=True)
    if span is None or span[0] != s:
        return None
    return Cand(text[s:e + 1], text[s:e + 1], s, e + 1)


def _numbered_place(doc: Doc, st: State, rest: str, at: int) -> bool:
    """Whether ``rest``, written before the town level the chain at ``at`` opens with, is the name
    of a town that holds a numeral (三溪|镇党委, 九龙|街道党工委), not a count (三个|镇党委):
    jieba's dictionary names it (ns, nz)."""
    level = doc.text[at:at + 2]
    return (level[:1] in st.town_levels or level in st.town_levels) \
        and (doc.res.segmenter.tag(rest) or "") in _PLACE_TAGS


def title_cands(doc: Doc, st: State, officials: Sequence[Official],
                 judged: dict[tuple[int, int], tuple[int, int] | None] | None = None) -> Iterable[Cand]:
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
            if not org:
                continue
            # the organisation stands right before the post (after 时任, 代理 … that open the title)
            e = p.end - len(p.post) if p.title.endswith(p.post) else p.start + len(org)
            s = e - len(org)
            if text[s:e] != org:
                continue
            tail = tail_of(st, org)
            if tail is None:
                body = _contracted_body(doc, st, p.post, s, e)
                if body is not None:
                    yield body
                continue
            if org in st.known or org in st.user or _bare_party_body(text, st, org, s):
                yield Cand(org, org, s, e)
                continue
            if org[0] in DEMONSTRATIVES:
                continue  # 该|镇党委: the chain read here has no demonstrative
            key = (s + tail, e)
            if key in judged:
                span = judged[key]
            else:
                span = judged[key] = judge_chain(doc, st, *key)
            chain_start = span[0] if span is not None else s + tail
            rest = text[s:chain_start]
            # a title listed after another (副局长、万名民警进万家活动办公室主任) starts at the
            # comma: all of what stands before its post names the body, however long
            listed = s > 0 and text[s - 1] == "、"
            if (span is not None and not rest) or (
                    0 < len(rest) and (listed or len(rest) <= _MAX_TITLE_REST)
                    and all_han(rest)
                    and (listed or not NUMBER.search(rest) or _numbered_place(doc, st, rest, chain_start))
                    and not COORD_CHARS.intersection(rest)  # 克志及|国务院港澳办: a name and a body
                    and not rest.endswith(st.time_endings) and not rest.endswith(st.membership_ends)
                    and not _TERM_REST.search(rest)
                    and off.name not in org):
                yield Cand(org, org, s, e)

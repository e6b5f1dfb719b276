"""The organisation patterns the per-Extractor :class:`~gov_notice.orgs.state.State` builds from
the lexicons: places acting as bodies, ad-hoc heads, Taiwan's police units, governing verbs.

Kept apart from the rules that use them (``context``, ``adhoc``) so that the state sits below the
rules in the import graph: the rules read the state, the state reads only these builders.
"""

from __future__ import annotations

import re
from typing import Iterable

import regex

from ..grammar import CONJUNCTIONS, DEMONSTRATIVES
from ..lexicon import load_shipped
from ..spans import trie_pattern
from .grammar import ORDINAL_DIGITS, ORDINAL_MARK, SESSION_MARK, SMALL_NUMERALS, TERM_MARK

# where a clause opens: a line start, after punctuation or a date's 日
_CLAUSE_START = r"(?:^|(?<=[\n，。；：！？、“”\s]|日))"


def load_verbs() -> tuple[frozenset[str], tuple[str, ...]]:
    """The governing verbs, and the acts (longest first) of ``org_verbs.tsv``."""
    rows = load_shipped("org_verbs")
    governs = frozenset(r["term"] for r in rows if r["kind"] == "governs")
    acts = tuple(sorted((r["term"] for r in rows if r["kind"] == "acts"), key=lambda t: (-len(t), t)))
    return governs, acts


# what a place acting as a body ends with: a street, town, township or county
_ACTING_PLACE_END = "(?:街道|镇|乡|县)"


def acting_place_pattern(acts: tuple[str, ...]) -> regex.Pattern[str]:
    """A town, township, street or county (two to five characters of its own name) opening a
    clause and followed by an act: 白鹤镇|召开, 桃园路街道|组织, 南华县|高度重视."""
    return regex.compile(
        _CLAUSE_START + rf"(?P<place>(?![全各{DEMONSTRATIVES}])(?:(?![在于由向对到赴从{CONJUNCTIONS}的了是为将把被])"
        r"\p{Han}){2,5}?"
        + _ACTING_PLACE_END + r")(?=\L<act>)",
        regex.MULTILINE, act=list(acts))


def acting_tail_pattern(acts: tuple[str, ...]) -> re.Pattern[str]:
    """The end of every place :func:`acting_place_pattern` finds: 街道, 镇, 乡 or 县 before an act
    (stdlib ``re``: an alternation of literals is found several times faster than by ``regex``)."""
    return re.compile(_ACTING_PLACE_END + "(?=" + "|".join(map(re.escape, acts)) + ")")


# the police (警) written after a Taiwan city or county in the names of its police units
POLICE_MARK = "警"

_POLICE_UNIT = (POLICE_MARK + rf"(?:察)?(?:局|(?:{ORDINAL_MARK}?[{SMALL_NUMERALS}]{{1,2}}|\p{{Han}}{{2,3}}?)分局"
                r"|刑(?:事警察)?大(?:队)?|(?:保安|交通|少年|妇幼)(?:警察)?(?:大队|队))")


def police_pattern(places: Iterable[str]) -> regex.Pattern[str]:
    """Taiwan's police units named after their city or county (``places``: short and full forms)."""
    return regex.compile(r"(?:\L<place>)" + _POLICE_UNIT, place=sorted(set(places)))


def _trie(words: Iterable[str]) -> str:
    """:func:`trie_pattern` of ``words``, or a pattern that never matches when there are none."""
    return trie_pattern(words) or "(?!)"


def adhoc_pattern(heads: tuple[str, ...], offices: tuple[str, ...]) -> re.Pattern[str]:
    """Each ad-hoc head, with the office written after it (领导小组|办公室) when there is one: two
    character tries for the stdlib engine (the longest first, shorter ones on backtracking, as a
    ``regex`` named list matches), whose scan skips to the heads' first characters; ``regex``
    tried its named list at every position (twice as slow)."""
    office = trie_pattern(offices)
    return re.compile(f"(?:{_trie(heads)})" + (f"(?:{office})?" if office else ""))


def collective_pattern(first: str, holder: str, held: Iterable[str], cues: Iterable[str],
                       stems: Iterable[str], kinds: Iterable[str], chars: str, cheads: Iterable[str],
                       heads: Iterable[str], phrases: Iterable[str]) -> re.Pattern[str]:
    """A collective: cue words, then levels, stems, division kinds, cue words or ``chars``, lazily
    and at most twelve, then a collective head or an organisation head (各市（区）公安局); or a
    whole phrase (有关部门).  A ``holder`` (厅机关, 市政府) may open it when one of the ``held``
    cues follows.  ``first``: every character a collective may start with.

    Each word list is a character trie for the stdlib engine, which tries the longest word first
    and shorter ones on backtracking, as ``regex`` named lists did; the named lists hashed every
    length of every list at each step of the lazy repeat (four times slower)."""
    cue = _trie(cues)  # (twice in the pattern: ``cues`` may be read only once)
    return re.compile(
        rf"(?=[{re.escape(first)}])"
        rf"(?:(?:{holder}(?={_trie(held)}))?"
        rf"(?:{cue})(?:{cue}|{_trie(stems)}|{_trie(kinds)}|[{re.escape(chars)}]){{0,12}}?"
        rf"(?:{_trie(cheads)}|{_trie(heads)})"
        rf"|{_trie(phrases)})"
    )


def unit_pattern(numerals: str, units: tuple[str, ...], nexts: tuple[str, ...]) -> regex.Pattern[str]:
    """An internal unit named after the body holding it: 组织部|组织处, 检察院|民行科, 县府|主计处 —
    two to four characters of nouns (no ``numerals``), a unit character, then no more of a word
    (``nexts``: 处|理, 科|技)."""
    return regex.compile(rf"((?:(?![{numerals}])\p{{Han}}){{2,4}}?)([{''.join(units)}])(?![{''.join(nexts)}])")


# a term of office inside a body's name: 第十二届, 十六届, 第19届
TERM = regex.compile(rf"{ORDINAL_MARK}?[{ORDINAL_DIGITS}]{{1,3}}{TERM_MARK}")


def session_pattern(sessions: tuple[str, ...]) -> regex.Pattern[str]:
    """A numbered session of a congress or committee, matched where a body's name ends: 第四次会议,
    五次全会, 第二次全体会议 (``sessions``: what a session is called after its number)."""
    return regex.compile(rf"{ORDINAL_MARK}?[{ORDINAL_DIGITS}]{{1,3}}{SESSION_MARK}(?:\L<session>)",
                         session=list(sessions))

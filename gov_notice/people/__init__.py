"""Officials and their titles: every named official, every post, every way a notice refers to them.

How it works (one regex pass for anchors, then local work around each), module by module:

1. **Post anchors** (:mod:`.titles`).  One character trie built from ``lexicons/posts.tsv`` (posts
   with their prefixes 副 / 常务副 / 代 / 署理 …, longest first) finds every post word.  A post must
   be a word of its own in the dictionary segmentation of a small window (``委员会`` is not ``委员``,
   ``万科长阳`` has no ``科长``) and not name a body (书记处, 主席团).
2. **Titles** (:mod:`.titles`, :mod:`.edges`).  A title runs from the post leftwards over its
   organisation part up to a delimiter, the previous name, a conjunction after a name or post, or
   a context word (由, 按照, 包括 … in ``lexicons/official_cues.tsv``; prepositions, conjunctions,
   pronouns and time words by their jieba tag), except inside a ``…的`` qualifier such as
   分管日常工作的副厅长; what only links it to its clause is trimmed (的, 偕, 该, 民进党籍, a date's 日).
3. **Names** (:mod:`.names`, :mod:`.edges`, :mod:`.lists`, :mod:`.foreign`).  A name is a surname
   (``lexicons/surnames.tsv``: single, compound, or two surnames of a married name) plus one or two
   characters.  Where it ends is decided on the dictionary segmentation of a few characters (a
   name never ends inside a word: ``王建国出席`` is not ``王建``) and on the words that may follow a
   name (出席, 主持, 在, 今(6)日, 关于 …); a frequent word is no name, nor a weak surname before a
   frequent word (能不能, 党绝对).  In a list sharing a title the list marks say where names end;
   after a foreign post a transliterated name needs no surname.
4. **Shapes** (:mod:`.shapes`, :mod:`.appoint`).  title chain + name (titles joined by 、/，/兼);
   name + post (李卫东主席, 省厅治安总队吴坤副总队长, 陈某前总统); names sharing a title (副县长赵明、
   孙亮; 孙某、李某等多名局长); appointments (任副书记, 聘任…为, 免去李某…职务, 王某接替李某出任…,
   由…接任); a name set off before its titles (陈某先生，董事长).
5. **Links** (:mod:`.links`): national leaders named without a title
   (``lexicons/official_leaders.tsv``); ``姓名同志`` with no post is no official; short references
   are merged into the official they name (明朗副省长, 建国、立新同志, 马主席（协会主席马志成）).
6. **Bylines** (:mod:`.bylines`: 记者, 通讯员, 实习生, 责任编辑, 摄, a trailing ``（姓名）``) go to
   ``Notice.bylines``; a credit naming an official leaves only the official.

The passes share one :class:`~.context.Finder` (the names given so far and the spans they claim);
the lexicons and patterns are built once per Extractor (:class:`~.state.State`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..results import Byline, Official, Position
from ..spans import find_terms
from . import appoint, bylines, links, shapes
from .context import Finder
from .state import State
from .titles import anchors, position

if TYPE_CHECKING:
    from ..doc import Doc

__all__ = ["find"]


def find(doc: Doc) -> tuple[list[Official], list[Byline]]:
    """Officials (with titles, mentions, positions) and bylines of one document."""
    f = Finder(doc, doc.res.state("people", State))
    credits = bylines.bylines(f)
    f.mark_bylines(credits)
    posts = [a for a in anchors(f) if f.free(a.ps, a.pe)]
    shapes.chains(f, posts)
    appoint.appointments(f, posts)
    shapes.names_before_posts(f, posts)
    links.comrades(f)
    links.leaders(f)
    links.short_references(f, posts)
    return _build(f, credits)


def _build(f: Finder, credits: list[Byline]) -> tuple[list[Official], list[Byline]]:
    """The officials found (every place their names are written), and the credits that name no
    official."""
    text = f.text
    names = [n for n in f.people]
    if names:
        # every place a found name is written (longest first, no overlaps, linear time)
        for a, b, name in find_terms(text, names):
            if f.free(a, b):
                f.people[name].add_mention(name, a)
    officials = []
    official_names = set()
    openers = f.st.title_openers
    for p in f.people.values():
        mentions = tuple(sorted(p.mentions.values(), key=lambda m: m.start))
        if not mentions or not p.titles and p.name not in f.st.leaders:
            continue  # only people named with a post are officials (national leaders aside)
        titles: list[str] = []
        positions: list[Position] = []
        for start, title, post, off in sorted(p.titles):
            if title in titles:
                continue
            titles.append(title)
            positions.append(position(title, start, post, off, openers))
        officials.append(Official(p.name, tuple(titles), mentions, tuple(positions)))
        official_names.add(p.name)
    officials.sort(key=lambda o: o.start)
    kept = [b for b in credits if b.name not in official_names]
    return officials, kept

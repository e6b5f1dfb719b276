"""Officials and their titles (thin first version: a title chain directly before a name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .lexicon import load_shipped
from .results import Byline, Mention, Official, Position

if TYPE_CHECKING:
    from .pipeline import Doc, Resources


class _State:
    def __init__(self, res: Resources) -> None:
        posts = sorted({r["term"] for r in load_shipped("posts")} | set(res.user.post), key=len, reverse=True)
        surnames = sorted({r["term"] for r in load_shipped("surnames")}, key=len, reverse=True)
        self.posts = posts
        title = rf"\p{{Han}}{{0,8}}?(?:{'|'.join(map(regex.escape, posts))})"
        self.chain = regex.compile(
            rf"(?P<chain>(?:{title}[、，])*{title})"
            rf"(?P<name>(?:{'|'.join(map(regex.escape, surnames))})\p{{Han}}{{1,2}}?)"
            r"(?=出席|主持|讲话|指出|强调|[，。、])"
        )


def _split_title(title: str, start: int, posts: list[str]) -> Position:
    for p in posts:
        if title.endswith(p):
            org = title[: -len(p)] or None
            return Position(title, p, org, start, start + len(title))
    return Position(title, title, None, start, start + len(title))


def find(doc: Doc) -> tuple[list[Official], list[Byline]]:
    st = doc.res.state("officials", _State)
    found: dict[str, Official] = {}
    for m in st.chain.finditer(doc.text):
        name = m.group("name")
        titles = []
        positions = []
        pos = m.start("chain")
        for part in regex.split(r"[、，]", m.group("chain")):
            titles.append(part)
            positions.append(_split_title(part, pos, st.posts))
            pos += len(part) + 1
        mention = Mention(name, m.start("name"), m.end("name"))
        old = found.get(name)
        if old is None:
            found[name] = Official(name, tuple(titles), (mention,), tuple(positions))
        else:
            new_titles = tuple(dict.fromkeys(old.titles + tuple(titles)))
            found[name] = Official(name, new_titles, old.mentions + (mention,), old.positions)
    return list(found.values()), []

"""The link step: every place the notice names one of its officials, for the steps that attribute
words to people (the speaker of a list of directives, the chair and speakers of a meeting).

It runs after people, organisations and resolve, and puts on the Doc a :class:`PeopleIndex`
(``Doc.references``) and one ``reference`` candidate per place, whose ``data`` is the official's
full name.  We never invent a person here: an official is located by the mentions the people step
recorded, by the full name written anywhere, by the given name (``明朗`` for ``胡明朗``) and by
the surname with a post (``胡副省长``) when that short form names one official only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .references import PeopleIndex, compound_surnames

if TYPE_CHECKING:
    from .doc import Doc


def link(doc: Doc) -> None:
    """Index every place an official of ``doc`` is named (``Doc.references``, ``reference``
    candidates)."""
    index = PeopleIndex(doc.text, doc.officials, doc.res.state("compound_surnames", compound_surnames))
    doc.references = index
    doc.add("reference", "link", index.spans)

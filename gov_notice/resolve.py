"""The resolve step: where the spans of different components overlap, one of them gives way.

Each component settles overlaps among its own spans; this step settles them between components,
after people and organisations have put their spans on the Doc (``Doc.candidates``) and before the
steps that read officials (directives, meeting).  The rule is :func:`gov_notice.spans.losers`:

* a span nested in a longer one of another kind gives way (longest wins): the organisation
  长丰街道 holds no official named 丰街道;
* of two spans that cross, the kind first in :data:`PRIORITY` wins: a credit line before a name,
  a name before an organisation, an organisation before a collective (联合国秘书长科 | 科菲·安南
  keeps the name; 县公安局 | 局相关警种 keeps the organisation).

What gives way is a mention; a result left with no mention is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .spans import losers

if TYPE_CHECKING:
    from .doc import Doc
    from .results import Mention

# the kinds of span, strongest first, for spans that cross
PRIORITY = ("byline", "name", "org", "collective")


def resolve(doc: Doc) -> None:
    """Drop from the Doc's officials, organisations, collectives and bylines every mention that
    gives way to an overlapping span of another kind."""
    lost = losers([c for label in PRIORITY for c in doc.candidates.get(label, ())], PRIORITY)
    if not lost:
        return
    gone = {(c.label, c.start, c.end) for c in lost}
    for label in PRIORITY:
        if label in doc.candidates:
            doc.candidates[label] = [c for c in doc.candidates[label] if c not in lost]

    def kept(label: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        return tuple(m for m in mentions if (label, m.start, m.end) not in gone)

    officials = []
    for o in doc.officials:
        mentions = kept("name", o.mentions)
        if mentions:
            officials.append(o if mentions == o.mentions else replace(o, mentions=mentions))
    doc.officials = officials
    organizations = []
    for org in doc.organizations:
        mentions = kept("org", org.mentions)
        if mentions == org.mentions:
            organizations.append(org)
        elif mentions:
            written = {m.text for m in mentions}
            organizations.append(replace(org, mentions=mentions,
                                         aliases=tuple(a for a in org.aliases if a in written)))
    doc.organizations = organizations
    doc.collectives = list(kept("collective", tuple(doc.collectives)))
    doc.bylines = [b for b in doc.bylines if ("byline", b.start, b.end) not in gone]

"""Directives: the numbered points of a notice, in every numbering style, grouped and nested.

One regex pass finds every *candidate marker* (一是, 二要, 第三, 首先, 一方面, （四）, 五、, 6.,
(7), ⑧ …) with its numeric value and its *family*; positional rules (paragraph start, after ``：``)
and decoy rules (第一次, 第一书记, 统一是, “四个第一”, 三、四季度 …) are applied per hit.  The
candidates are then threaded into lists with a stack: a marker continues the innermost open list
of its family whose last value is one less; a ``1`` opens a new list, nested in the item it sits
in.  Lists of a single item are dropped (unless the text announced the count right before them),
so a stray 一是 in prose never becomes a directive.

Each list becomes a :class:`DirectiveGroup` with its speaker (an official named right before the
list with a speech verb, or 他/她 resolved to the last official named) and the announced count
(四点要求, 三个方面, 以下几点); a mismatch between announced and found goes to the warnings.

Modules: ``markers`` (candidate markers), ``lists`` (threading into lists), ``items`` (item ends,
summaries, limits, section headings), ``context`` (announced counts and speakers), ``groups``
(:func:`find`: the lists kept, their groups), ``words`` (patterns built from the lexicons per
Extractor).
"""

from __future__ import annotations

from .groups import find

__all__ = ["find"]

"""Organisations: specific bodies as written, expanded and resolved; collectives kept apart.

How a notice is read:

1. One ``regex`` pass finds every character a head can end with; the longest head ending there
   (公安厅, 党委, 办公室 …, or a known body: 国务院, 新华社, 立法会 … from org_known.tsv and the
   list generated from jieba's ``nt`` words, which must be a word where it stands; a user's
   ``organization`` terms are known bodies too) is read from the term index (:mod:`gov_notice.terms`), and its *chain* is read leftwards the
   same way: department stems and further heads (省委|政法委), then an optional place prefix
   (division names generated from cpca, level characters 省/市/县 …), then the body holding it
   (西安市公安局|雁塔分局).
2. Each chain is judged where it stands: a one-character head followed by a character that makes
   it part of another word is dropped (部署, 处理, 委员), a generic head needs a qualifier (党委
   alone is not a body), the left edge is settled by segmenting a small window (建设银行总行,
   大学派出所, 劳工事务局), joint heads are split (区纪委监委 → 区纪委, 区监委) and places
   coordinated to the left are expanded (西安、宝鸡市公安局 → 西安市公安局, 宝鸡市公安局).
3. Collectives (各级公安机关, 厅属各单位, 有关部门 …) are found by their own pass; they are returned
   apart and win over every organisation candidate they overlap.
4. Organisations inside officials' titles, bare heads sharing a modifier (自治区党委、政府), places
   acting as bodies (白鹤镇召开…), units named after a body (县检察院民行科: see context.py)
   and candidates of an optional NER backend (``doc.ner``) join the candidates and are judged by the same filters; the one overlap rule
   (:func:`spans.filter_spans`) settles overlaps.
5. Names are grouped and their canonical forms resolved from the document: 省厅 → 省公安厅 (the only
   provincial 厅 named), 省公安厅 → 陕西省公安厅 (every place named lies in one province),
   厅党委 → 省公安厅党委.

Mentions of expanded names: ``text[start:end] == mention.text`` always holds, so the mention of an
expanded name that is not written as such covers the part that is written: for
``西安、宝鸡市公安局`` the organisation 西安市公安局 has the mention ``西安`` and 宝鸡市公安局 the
mention ``宝鸡市公安局``; for ``区纪委监委`` the organisation 区监委 has the mention ``监委``.

Modules: ``chains`` (reading leftwards from a head), ``edges`` (left edges by segmentation),
``judge`` (is it a body), ``collectives``, ``canonical`` (canonical forms and abbreviations),
``known`` (known bodies), ``context`` (context rules), ``text`` (spans), ``grammar``,
``state`` (tables per Extractor), ``reader`` (:func:`find`).
"""

from __future__ import annotations

from .reader import find

__all__ = ["find"]

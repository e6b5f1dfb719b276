#!/usr/bin/env python3
"""Score officials (names) and their titles on NER corpora: CLUENER and Resume NER.

    python benchmarks/officials_corpora.py [--shared ../shared] [-v]

* CLUENER ``dev_officials.jsonl``: sentences where a ``position`` stands within 3 characters of a
  ``name``.  Names: every person span gov_notice returns (official mentions and bylines) against
  the gold ``name`` spans.  Positions: the spans of ``Official.positions`` (whole titles, and their
  post part alone, since the corpora label 部长 and not 住房和城乡建设部部长) against gold
  ``position`` spans.
  Pairs: a gold name whose nearest position (within 3 characters) is an official post, not a credit,
  counts when an official with a mention there has a title next to it that ends where the post
  ends (precision: against every gold name-position pair).
* Resume NER (``dev.jsonl`` + ``test.jsonl``): ``NAME`` and ``TITLE`` spans likewise.

The headline figure is the recall of gold names that stand next to a title (gap 0..3 characters)
that is an official post or a credit role (the gold position ends with a post word of
``lexicons/posts.tsv`` or a credit role: 局长, 董事长, 记者 …): gov_notice only reports people who
hold a post, and bylines, so that is the recall it promises.  The recall over every position
(导演, 演员, 作者, 教练 … included) is printed too.  Precision is
over every name it returns.  Spans are compared exactly, in the offsets of the corpus text
(``Notice.source_span`` maps back).  The corpora are read from ``../shared/corpora`` and never
copied; the script exits cleanly with a message when they are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GAP = 3  # a name "stands next to a title" when at most this many characters lie between them


def _load(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _near(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return 0 <= _gap(a, b) <= GAP


class PR:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def row(self, label: str) -> str:
        return f"  {label:<34} P {self.p:.3f}  R {self.r:.3f}   (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def _official_title(title: str) -> bool:
    """A gold position that names a post of government, party, police, courts or company leadership,
    or a credit role (记者, 通讯员 …): what gov_notice reports.  CLUENER positions also cover 导演,
    演员, 作者, 教练 … which no notice extractor is meant to find."""
    from gov_notice.lexicon import load_shipped

    global _POST_END
    if _POST_END is None:
        posts = [r["term"] for r in load_shipped("posts") if r.get("kind") not in ("prefix", "qualifier", "modifier")]
        roles = [r["term"] for r in load_shipped("official_cues") if r.get("kind", "").startswith("byline")]
        words = sorted(set(posts) | set(roles), key=len, reverse=True)
        _POST_END = re.compile("(?:" + "|".join(map(re.escape, words)) + r")\Z")
    return bool(_POST_END.search(title))


_POST_END: re.Pattern[str] | None = None
# a credit role (记者, 通讯员 …): a byline, not an official's title
_CREDIT_END = re.compile(r"(?:记者|通讯员|实习生|编辑|主编|摄影|撰稿)\Z")


def score(path: Path, name_label: str, title_label: str, extract: Any, verbose: bool) -> dict[str, PR]:
    names, near, near_post, titles, posts, pairs = PR(), PR(), PR(), PR(), PR(), PR()
    for doc in _load(path):
        text = doc["text"]
        gold_names = {(e["start"], e["end"]) for e in doc["entities"] if e["type"] == name_label}
        gold_titles = {(e["start"], e["end"]) for e in doc["entities"] if e["type"] == title_label}
        gold_near = {n for n in gold_names if any(_near(n, t) for t in gold_titles)}
        post_titles = {t for t in gold_titles if _official_title(text[t[0]:t[1]])}
        gold_near_post = {n for n in gold_names if any(_near(n, t) for t in post_titles)}
        notice = extract(text)
        pred_names: set[tuple[int, int]] = set()
        for o in notice.officials:
            for m in o.mentions:
                pred_names.add(notice.source_span(m.start, m.end))
        for b in notice.bylines:
            pred_names.add(notice.source_span(b.start, b.end))
        pred_titles = {notice.source_span(p.start, p.end) for o in notice.officials for p in o.positions}
        # the post part alone (部长 of 住房和城乡建设部部长): corpora label the post, not the body
        pred_posts = {notice.source_span(p.end - len(p.post), p.end) for o in notice.officials
                      for p in o.positions if p.title.endswith(p.post)}
        names.add(pred_names, gold_names)
        # (name, title) pairs: a name next to an official post, and a title of that official, next to
        # the name, ending where the gold post ends (the corpora label the post, not the whole title)
        gold_pairs = {(n, t[1]) for n in gold_names for t in gold_titles if _near(n, t)}
        # a name holds the position nearest to it (记者陈某）香港…行政长官: 陈某 is the reporter)
        nearest = {n: min((t for t in gold_titles if _near(n, t)), key=lambda t: _gap(n, t), default=None)
                   for n in gold_names}
        gold_post_pairs = {(n, t[1]) for n, t in nearest.items()
                           if t in post_titles and not _CREDIT_END.search(text[t[0]:t[1]])}
        pred_pairs = set()
        for o in notice.officials:
            for m in o.mentions:
                ms = notice.source_span(m.start, m.end)
                for p in o.positions:
                    ps = notice.source_span(p.start, p.end)
                    if _near(ms, ps):
                        pred_pairs.add((ms, ps[1]))
        pairs.tp += len(gold_post_pairs & pred_pairs)
        pairs.fn += len(gold_post_pairs - pred_pairs)
        pairs.fp += len(pred_pairs - gold_pairs)
        # recall of names next to a title; precision counts every predicted name against all names
        near.tp += len(gold_near & pred_names)
        near.fn += len(gold_near - pred_names)
        near.fp += len(pred_names - gold_names)
        near_post.tp += len(gold_near_post & pred_names)
        near_post.fn += len(gold_near_post - pred_names)
        near_post.fp += len(pred_names - gold_names)
        titles.add(pred_titles, gold_titles)
        posts.add(pred_posts, gold_titles)
        if verbose and (gold_post_pairs - pred_pairs or pred_pairs - gold_pairs):
            miss_pairs = [(text[n[0]:n[1]], e) for n, e in sorted(gold_post_pairs - pred_pairs)]
            print(f"    pairs missed {miss_pairs} extra {sorted(pred_pairs - gold_pairs)} | {text[:80]}")
        if verbose and (gold_near_post - pred_names or pred_names - gold_names):
            miss = [text[a:b] for a, b in sorted(gold_near_post - pred_names)]
            extra = [text[a:b] for a, b in sorted(pred_names - gold_names)]
            print(f"    missed {miss} extra {extra} | {text[:80]}")
    return {"names next to an official post/credit": near_post, "names next to any position": near,
            "(name, title) next to an official post": pairs, "all names": names, "titles (whole) vs positions": titles,
            "posts (post part) vs positions": posts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and extra")
    args = ap.parse_args(argv)
    corpora = Path(args.shared) / "corpora"
    sets = [
        ("CLUENER dev_officials", [corpora / "cluener" / "dev_officials.jsonl"], "name", "position"),
        ("Resume NER dev+test", [corpora / "resume" / "dev.jsonl", corpora / "resume" / "test.jsonl"],
         "NAME", "TITLE"),
    ]
    if not any(p.is_file() for _n, paths, _a, _b in sets for p in paths):
        print(f"skipped: the corpora are not present under {corpora}")
        return 0
    from gov_notice import Extractor

    extract = Extractor().extract
    for label, paths, name_label, title_label in sets:
        present = [p for p in paths if p.is_file()]
        if not present:
            print(f"{label}: skipped (missing {', '.join(str(p) for p in paths)})")
            continue
        total: dict[str, PR] = {}
        for p in present:
            for key, pr in score(p, name_label, title_label, extract, args.verbose).items():
                acc = total.setdefault(key, PR())
                acc.tp += pr.tp
                acc.fp += pr.fp
                acc.fn += pr.fn
        print(label)
        for key, pr in total.items():
            print(pr.row(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

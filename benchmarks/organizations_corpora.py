#!/usr/bin/env python3
"""Organisation spans on general NER corpora: a check that the rules generalise beyond notices.

    python benchmarks/organizations_corpora.py            # CLUENER dev + MSRA test + MSRA val
    python benchmarks/organizations_corpora.py --limit 1500 --only msra-test   # the issue-15 check

Scores every organisation mention ``gov_notice`` finds against the gold spans of
``../shared/corpora/cluener/dev.jsonl`` (labels ``government`` and ``organization``; ``company`` is
shown too, since companies are organisations here) and ``../shared/corpora/msra/test.jsonl``
(label ``ORG``).  Printed per label: recall (gold spans found exactly / overlapped) and precision
(predicted spans that are exactly / overlapping a gold span of that label, and of any org-like
label), and F1 of exact spans and of strings matched per sentence (each predicted string counts
once per gold string of the same text in that sentence, the way the issue-15 target and the LAC /
jieba figures are stated).  ``msra-val`` is for tuning; ``msra-test`` and ``cluener-dev`` are checks.
The corpora annotate differently from notices (CLUENER's ``organization`` is mostly
sports teams and bands; MSRA marks 中共中央 but not 省委), so these are no targets to tune to.
Exits with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SETS = {
    "cluener-dev": (CORPORA / "cluener" / "dev.jsonl", ("government", "organization", "company")),
    "msra-test": (CORPORA / "msra" / "test.jsonl", ("ORG",)),
    "msra-val": (CORPORA / "msra" / "val.jsonl", ("ORG",)),
}

Span = tuple[int, int]


def _predict(texts: Iterable[str]) -> list[set[Span]]:
    """Organisation mention spans of each text (offsets into the text as given)."""
    from gov_notice import Extractor, officials, organizations
    from gov_notice.pipeline import Doc

    res = Extractor().resources
    out = []
    for text in texts:
        doc = Doc(text, res)
        offs, _ = officials.find(doc)
        orgs, _ = organizations.find(doc, offs)
        out.append({(m.start, m.end) for o in orgs for m in o.mentions})
    return out


def _overlaps(span: Span, spans: Iterable[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def score(name: str, path: Path, labels: tuple[str, ...], limit: int | None) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    t0 = time.perf_counter()
    preds = _predict(r["text"] for r in rows)
    elapsed = time.perf_counter() - t0
    chars = sum(len(r["text"]) for r in rows)
    c: Counter[str] = Counter()
    for row, pred in zip(rows, preds):
        gold: dict[str, set[Span]] = {lab: set() for lab in labels}
        for ent in row["entities"]:
            if ent["type"] in gold:
                gold[ent["type"]].add((ent["start"], ent["end"]))
        every = set().union(*gold.values())
        text = row["text"]
        pred_strings = Counter(text[a:b] for a, b in pred)
        gold_strings = Counter(text[a:b] for a, b in every)
        c["string_tp"] += sum((pred_strings & gold_strings).values())
        c["string_gold"] += sum(gold_strings.values())
        c["pred"] += len(pred)
        c["pred_exact_any"] += len(pred & every)
        c["pred_overlap_any"] += sum(_overlaps(p, every) for p in pred)
        for lab, spans in gold.items():
            c[f"gold_{lab}"] += len(spans)
            c[f"found_{lab}"] += len(spans & pred)
            c[f"found_overlap_{lab}"] += sum(_overlaps(g, pred) for g in spans)
            c[f"pred_exact_{lab}"] += len(pred & spans)
    div = lambda a, b: a / b if b else 0.0  # noqa: E731
    print(f"== {name}: {len(rows)} sentences, {chars} characters, {chars / elapsed:,.0f} chars/s")
    print(f"   predicted spans {c['pred']}; precision vs any of {'/'.join(labels)}: "
          f"exact {div(c['pred_exact_any'], c['pred']):.3f}, overlap {div(c['pred_overlap_any'], c['pred']):.3f}")
    f1 = lambda tp, p, g: 2 * tp / (p + g) if p + g else 0.0  # noqa: E731
    n_gold = c["string_gold"]
    print(f"   F1 vs any label: exact spans {f1(c['pred_exact_any'], c['pred'], n_gold):.3f} "
          f"(P {div(c['pred_exact_any'], c['pred']):.3f} R {div(c['pred_exact_any'], n_gold):.3f}); "
          f"strings per sentence {f1(c['string_tp'], c['pred'], n_gold):.3f} "
          f"(P {div(c['string_tp'], c['pred']):.3f} R {div(c['string_tp'], n_gold):.3f})")
    for lab in labels:
        g = c[f"gold_{lab}"]
        print(f"   {lab:<13} gold {g:>5}  recall exact {div(c[f'found_{lab}'], g):.3f}  "
              f"overlap {div(c[f'found_overlap_{lab}'], g):.3f}  "
              f"precision exact {div(c[f'pred_exact_{lab}'], c['pred']):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
    ap.add_argument("--only", choices=sorted(SETS), help="one corpus")
    args = ap.parse_args(argv)
    missing = [str(p) for p, _ in SETS.values() if not p.is_file()]
    if missing:
        print(f"corpora not found ({', '.join(missing)}): nothing to score", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    for name, (path, labels) in SETS.items():
        if args.only in (None, name):
            score(name, path, labels, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Organisation spans on general NER corpora: a check that the rules generalise beyond notices.

    python benchmarks/organizations_corpora.py            # CLUENER dev, MSRA test + val, UNER dev + test
    python benchmarks/organizations_corpora.py --tune     # CLUENER train, UNER train (to tune on)
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
_CLUENER_LABELS = ("government", "organization", "company")
SETS = {
    "cluener-dev": (CORPORA / "cluener" / "dev.jsonl", _CLUENER_LABELS),
    "msra-test": (CORPORA / "msra" / "test.jsonl", ("ORG",)),
    "msra-val": (CORPORA / "msra" / "val.jsonl", ("ORG",)),
    # Traditional Chinese (Universal NER, GSD treebank): normalised (OpenCC t2s) before reading,
    # spans mapped back to the sentence as given
    "uner-dev": (CORPORA / "uner_zh_gsd" / "dev.jsonl", ("ORG",)),
    "uner-test": (CORPORA / "uner_zh_gsd" / "test.jsonl", ("ORG",)),
}
# sets to tune on: shown with --tune (the default sets are the checks and msra-val)
TUNE_SETS = {
    "cluener-train": (CORPORA / "cluener" / "train.jsonl", _CLUENER_LABELS),
    "uner-train": (CORPORA / "uner_zh_gsd" / "train.jsonl", ("ORG",)),
}
# the sets in Traditional script, read through normalisation
_TRADITIONAL = frozenset({"uner-dev", "uner-test", "uner-train"})

Span = tuple[int, int]


def _predict(texts: Iterable[str], normalise: bool = False) -> list[set[Span]]:
    """Organisation mention spans of each text (offsets into the text as given); ``normalise``:
    read the normalised text (Traditional → Simplified) and map the spans back."""
    from gov_notice import Extractor, orgs, people
    from gov_notice.doc import Doc
    from gov_notice.normalize import normalize

    res = Extractor().resources
    out = []
    for text in texts:
        norm = normalize(text) if normalise else None
        doc = Doc(norm.text if norm is not None else text, res)
        offs, _ = people.find(doc)
        found, _ = orgs.find(doc, offs)
        spans = {(m.start, m.end) for o in found for m in o.mentions}
        if norm is not None:
            spans = {norm.map.source_span(a, b) for a, b in spans}
        out.append(spans)
    return out


def _overlaps(span: Span, spans: Iterable[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def score(name: str, path: Path, labels: tuple[str, ...], limit: int | None) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    t0 = time.perf_counter()
    preds = _predict((r["text"] for r in rows), normalise=name in _TRADITIONAL)
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
    ap.add_argument("--only", choices=sorted({**SETS, **TUNE_SETS}), help="one corpus")
    ap.add_argument("--tune", action="store_true", help="the tuning sets (CLUENER train, UNER train)")
    args = ap.parse_args(argv)
    sets = {**SETS, **TUNE_SETS} if args.only else (TUNE_SETS if args.tune else SETS)
    missing = [str(p) for p, _ in sets.values() if not p.is_file()]
    if missing:
        print(f"corpora not found ({', '.join(missing)}): nothing to score", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    for name, (path, labels) in sets.items():
        if args.only in (None, name):
            score(name, path, labels, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

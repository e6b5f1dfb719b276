"""Default rule pipeline vs HanLP-assisted (``Extractor(ner="hanlp")``): quality and speed.

    python benchmarks/hanlp_compare.py [--model FOLDER] [--cluener-limit N] [--torch-threads N]
                                       [--json PATH]

Without ``--model`` the tiny model of ``scripts/train_hanlp_tiny.py`` is used (trained offline on a
slice of MSRA on first use, then cached): it shows the mechanics, not what a real HanLP model
(e.g. a pretrained MSRA or OntoNotes NER already in your HanLP cache) would bring.

Two measurements, each for both pipelines:

1. the gold notices (``../shared/eval/score.py``, run twice, the HanLP side through
   ``--extractor hanlp_compare:extract_hanlp``): F1 of officials, titles, organisations, speed;
2. CLUENER dev (``../shared/corpora/cluener/dev.jsonl``): span precision/recall/F1 of persons
   (gold ``name``; predicted: officials' mentions and byline names) and organisations (gold
   ``government`` + ``organization`` + ``company``; predicted: organisations' mentions), plus the
   raw HanLP candidates alone.  CLUENER marks every name, our pipeline only officials, so recall
   is low by design; the comparison between the two pipelines is what matters.

PyTorch runs on one thread by default here (``--torch-threads``): on a busy 2-core machine its
default of one thread per core made the model ~30x slower (threads spinning against each other).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
CLUENER_DEV = SHARED / "corpora" / "cluener" / "dev.jsonl"
MODEL_ENV = "GOV_NOTICE_HANLP_MODEL"
sys.path.insert(0, str(ROOT))

from gov_notice import Extractor, Notice  # noqa: E402

Span = tuple[int, int]
_PERSON_GOLD = {"name"}
_ORG_GOLD = {"government", "organization", "company"}

_hanlp_extractor: Extractor | None = None


def tiny_model() -> Path:
    """The tiny offline-trained model folder (trained on first use)."""
    spec = importlib.util.spec_from_file_location("train_hanlp_tiny",
                                                  ROOT / "scripts" / "train_hanlp_tiny.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ensure_model()  # type: ignore[no-any-return]


def extract_hanlp(text: str) -> Notice:
    """``score.py --extractor hanlp_compare:extract_hanlp``: the model named by $GOV_NOTICE_HANLP_MODEL."""
    global _hanlp_extractor
    if _hanlp_extractor is None:
        _hanlp_extractor = Extractor(ner="hanlp", hanlp_model=os.environ[MODEL_ENV])
    return _hanlp_extractor.extract(text)


# --- the gold notices ----------------------------------------------------------------------------

_SUMMARY = re.compile(
    r"F1 directives ([\d.]+) \| officials ([\d.]+) \| titles ([\d.]+) \| organizations ([\d.]+)"
    r" \| ([\d,]+) chars/s")


def score_gold(extractor: str, model: Path, threads: int) -> dict[str, float]:
    """F1 per category and chars/s from ``score.py`` (a fresh process per pipeline)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]),
               OMP_NUM_THREADS=str(threads), **{MODEL_ENV: str(model)})
    run = subprocess.run([sys.executable, str(SCORE), "--extractor", extractor], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    m = _SUMMARY.search(run.stdout.strip().splitlines()[-1])
    if m is None:
        raise RuntimeError(f"unexpected score.py output: {run.stdout[-500:]}")
    keys = ("directives", "officials", "titles", "organizations")
    out = {k: float(v) for k, v in zip(keys, m.groups())}
    out["chars_per_s"] = float(m.group(5).replace(",", ""))
    return out


# --- CLUENER dev ---------------------------------------------------------------------------------

class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set[Span], gold: set[Span]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def _people(notice: Notice) -> set[Span]:
    spans = {(m.start, m.end) for o in notice.officials for m in o.mentions}
    for b in notice.bylines:
        at = b.text.find(b.name) if b.name else -1
        if at >= 0:
            spans.add((b.start + at, b.start + at + len(b.name)))
    return spans


def _organizations(notice: Notice) -> set[Span]:
    return {(m.start, m.end) for o in notice.organizations for m in o.mentions}


def score_cluener(rows: list[dict[str, Any]], extract: Callable[[str], Notice],
                  candidates: Callable[[str], Iterable[tuple[str, int, int]]] | None = None,
                  ) -> dict[str, Any]:
    """Span P/R/F1 of persons and organisations on CLUENER rows (rows whose text the normaliser
    changes are left out: their offsets differ)."""
    people, orgs, cand_people, cand_orgs = PRF(), PRF(), PRF(), PRF()
    skipped = 0
    elapsed = 0.0
    for row in rows:
        text = row["text"]
        t0 = time.perf_counter()
        notice = extract(text)
        elapsed += time.perf_counter() - t0
        if notice.text != text:
            skipped += 1
            continue
        gold_people = {(e["start"], e["end"]) for e in row["entities"] if e["type"] in _PERSON_GOLD}
        gold_orgs = {(e["start"], e["end"]) for e in row["entities"] if e["type"] in _ORG_GOLD}
        people.add(_people(notice), gold_people)
        orgs.add(_organizations(notice), gold_orgs)
        if candidates is not None:
            found = list(candidates(text))
            cand_people.add({(s, e) for lab, s, e in found if lab == "PERSON"}, gold_people)
            cand_orgs.add({(s, e) for lab, s, e in found if lab == "ORGANIZATION"}, gold_orgs)
    chars = sum(len(r["text"]) for r in rows)
    out: dict[str, Any] = {"person": people.as_dict(), "organization": orgs.as_dict(),
                           "skipped": skipped, "chars_per_s": round(chars / elapsed)}
    if candidates is not None:
        out["candidates_person"] = cand_people.as_dict()
        out["candidates_organization"] = cand_orgs.as_dict()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, help="a saved HanLP NER model folder (default: tiny model)")
    ap.add_argument("--cluener-limit", type=int, default=0, help="first N CLUENER dev sentences")
    ap.add_argument("--torch-threads", type=int, default=1, help="PyTorch threads (default 1)")
    ap.add_argument("--json", type=Path, help="write the numbers to this file")
    args = ap.parse_args(argv)
    if not SCORE.is_file() or not CLUENER_DEV.is_file():
        print(f"needs {SCORE} and {CLUENER_DEV}", file=sys.stderr)
        return 2
    import torch

    torch.set_num_threads(args.torch_threads)
    model = args.model or tiny_model()
    results: dict[str, Any] = {"model": str(model), "torch_threads": args.torch_threads}

    results["gold_default"] = score_gold("gov_notice:extract", model, args.torch_threads)
    results["gold_hanlp"] = score_gold("hanlp_compare:extract_hanlp", model, args.torch_threads)

    with CLUENER_DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if args.cluener_limit:
        rows = rows[:args.cluener_limit]
    default, assisted = Extractor(), Extractor(ner="hanlp", hanlp_model=str(model))
    default.extract(rows[0]["text"])  # warm-up: lexicons and the model load are not timed
    assisted.extract(rows[0]["text"])
    results["cluener_default"] = score_cluener(rows, default.extract)
    results["cluener_hanlp"] = score_cluener(rows, assisted.extract, assisted._ner_candidates)

    g0, g1 = results["gold_default"], results["gold_hanlp"]
    c0, c1 = results["cluener_default"], results["cluener_hanlp"]
    print(f"model: {model}  (torch threads: {args.torch_threads})")
    print(f"gold notices ({SCORE.parent.name}/gold)   default   hanlp")
    for key in ("officials", "titles", "organizations", "directives"):
        print(f"  F1 {key:<14}                {g0[key]:.3f}    {g1[key]:.3f}")
    print(f"  chars/s                       {g0['chars_per_s']:>9,.0f}  {g1['chars_per_s']:>9,.0f}")
    print(f"CLUENER dev, {len(rows)} sentences   default           hanlp             "
          "hanlp candidates alone")
    for key in ("person", "organization"):
        cells = [c0[key], c1[key], c1["candidates_" + key]]
        print(f"  {key:<12} " + "  ".join(
            f"P {c['p']:.3f} R {c['r']:.3f} F {c['f1']:.3f}" for c in cells))
    print(f"  chars/s      {c0['chars_per_s']:>9,}  {c1['chars_per_s']:>9,}   "
          f"(skipped, text changed by normalisation: {c0['skipped']})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

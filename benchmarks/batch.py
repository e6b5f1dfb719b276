"""``extract_many(workers=2)`` vs serial: ``python benchmarks/batch.py [--docs N] [--workers N]``.

The documents are real notice text read at run time — the ``text`` of ``../shared/eval/gold/*.json``
(when present) and ``data/*.txt`` — repeated in turn up to ``--docs`` documents (3000 by default).
Each mode runs once after a short warm-up of this process's Extractor; the parallel run includes
starting its worker processes and their building their resources, as a user would see it.
Prints documents and characters per second for each mode and the speed-up (target: >= 1.6x on
2 cores).  Also checks that the parallel results equal the serial ones.  Not a test: timings on a
shared machine are noisy.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "gold"
sys.path.insert(0, str(ROOT))


def corpus(n: int) -> list[tuple[str, str]]:
    """``n`` ``(id, text)`` pairs cycling over the gold texts and the samples in data/."""
    texts = [(p.stem, json.loads(p.read_text(encoding="utf-8"))["text"])
             for p in sorted(GOLD.glob("*.json"))] if GOLD.is_dir() else []
    texts += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "data").glob("*.txt"))]
    if not texts:
        sys.exit("no texts found in ../shared/eval/gold or data/")
    return [(f"{name}#{i}", text) for i, (name, text) in zip(range(n), itertools.cycle(texts))]


def run(items: list[tuple[str, str]], **kwargs: Any) -> tuple[float, list[Any]]:
    import gov_notice

    t0 = time.perf_counter()
    out = list(gov_notice.extract_many(items, **kwargs))
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunksize", type=int, default=16)
    args = ap.parse_args()

    import gov_notice

    items = corpus(args.docs)
    chars = sum(len(t) for _, t in items)
    print(f"{len(items)} documents, {chars / 1e6:.2f} M characters, "
          f"{os.cpu_count()} CPUs, gov_notice {gov_notice.__version__}")
    run(items[:20])  # warm up the serial Extractor (the workers build their own)

    serial_s, serial = run(items)
    parallel_s, parallel = run(items, workers=args.workers, chunksize=args.chunksize)
    for name, secs in (("serial", serial_s), (f"workers={args.workers}", parallel_s)):
        print(f"{name:>10}: {secs:7.2f} s  {len(items) / secs:8.1f} docs/s  "
              f"{chars / secs / 1e6:6.2f} M chars/s")
    ratio = serial_s / parallel_s
    print(f"speed-up: {ratio:.2f}x (target >= 1.6x)")
    print("results identical to serial:", parallel == serial)
    if parallel != serial:
        sys.exit(1)


if __name__ == "__main__":
    main()

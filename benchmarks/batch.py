"""``extract_many(workers=2)`` vs serial: ``python benchmarks/batch.py [--docs N] [--workers N]``.

The documents are real notice text read at run time — the ``text`` of ``../shared/eval/gold/*.json``
(when present) and ``data/*.txt`` — repeated in turn up to ``--docs`` documents (3000 by default).
The two modes run in turn ``--repeat`` times and the medians are compared.  Each run starts from
a fresh Extractor, as a user's batch job does, and pays for building its resources (about 0.5 s):
the serial run in this process, the parallel run in this process before the started process forks
and inherits them, or in each process where processes are spawned (caches warmed by an earlier run
would flatter one side).  Prints documents and characters per second for
each mode and the speed-up (target: >= 1.6x on 2 cores), and checks that the parallel results
equal the serial ones.  Not a test: on a shared machine the timings are noisy, and when the load
average exceeds the CPU count the speed-up is understated (a warning says so).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
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


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished child processes."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def run(items: list[tuple[str, str]], **kwargs: Any) -> tuple[float, float, float, list[Any]]:
    """Wall seconds, CPU seconds here, CPU seconds in the workers, and the notices."""
    from gov_notice.batch import pipe
    from gov_notice.pipeline import Extractor

    cpu0, t0 = _cpu(), time.perf_counter()
    out = list(pipe(Extractor(), items, **kwargs))  # the pool is shut down when this returns
    wall, cpu1 = time.perf_counter() - t0, _cpu()
    return wall, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1], out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunksize", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import gov_notice

    items = corpus(args.docs)
    chars = sum(len(t) for _, t in items)
    print(f"{len(items)} documents, {chars / 1e6:.2f} M characters, "
          f"{os.cpu_count()} CPUs, gov_notice {gov_notice.__version__}")
    run(items[:5])  # import what the extraction imports on first use, in this process

    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {"serial": [], "parallel": []}
    estimates: list[float] = []
    for _ in range(args.repeat):
        secs, serial_cpu, _, serial = run(items)
        times["serial"].append(secs)
        secs, main_cpu, workers_cpu, parallel = run(items, workers=args.workers,
                                                    chunksize=args.chunksize)
        times["parallel"].append(secs)
        # on `workers` free CPUs, the workers and this process share them: the parallel run takes
        # at least all its CPU time divided by the CPUs (a conservative estimate)
        estimates.append(serial_cpu * args.workers / (workers_cpu + main_cpu))
        print(f"  CPU s: serial {serial_cpu:.1f}; parallel: main {main_cpu:.1f}, "
              f"workers {workers_cpu:.1f} in all")
    serial_s, parallel_s = statistics.median(times["serial"]), statistics.median(times["parallel"])
    for name, secs in (("serial", serial_s), (f"workers={args.workers}", parallel_s)):
        print(f"{name:>10}: {secs:7.2f} s  {len(items) / secs:8.1f} docs/s  "
              f"{chars / secs / 1e6:6.2f} M chars/s")
    ratio = serial_s / parallel_s
    print(f"speed-up: {ratio:.2f}x (target >= 1.6x); runs (s): "
          + ", ".join(f"{k} {' '.join(f'{t:.1f}' for t in v)}" for k, v in times.items()))
    print("results identical to serial:", parallel == serial)
    print(f"speed-up estimated from CPU time (as if {args.workers} CPUs were free): "
          f"{statistics.median(estimates):.2f}x")
    load = max(load_before, os.getloadavg()[0])
    if load > (os.cpu_count() or 1):
        print(f"warning: load average {load:.1f} on {os.cpu_count()} CPUs: other processes took "
              "CPU time, so the measured speed-up is understated; trust the estimate")
    if parallel != serial:
        sys.exit(1)


if __name__ == "__main__":
    main()

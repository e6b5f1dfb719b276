"""The benchmark suite: ``python benchmarks/run.py [--quick] [--json PATH] [--profile]``.

Measures, on real notice-genre text read at run time (see ``_corpus``), each figure as the median
of several runs and, for throughput, as a ratio against the hand-written baseline
(``baseline.py``) timed in the same run:

* throughput of ``gov_notice.extract`` vs the baseline on the small corpus (1 MB by default) as
  many documents, in three variants: Simplified, Traditional (OpenCC s2t), pinyin-noised;
* ``import gov_notice`` time and first-call latency (fresh subprocesses; the first ``extract``
  on ``data/notice_seed.txt`` with the dictionary cache warm and cold);
* peak RSS of a subprocess extracting the small corpus and the large single document;
* one single document of the small size vs one of the large size (10 MB): cost must stay linear;
* ``extract_many`` with 1 and 2 workers;
* where the time goes: normalisation and each extraction step (``--profile`` adds cProfile).

Prints a table and writes every number to ``benchmarks/results/latest.json`` (or ``--json``).
Timings on a shared machine are noisy: compare the ratios measured in one run.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import inspect
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import _corpus  # noqa: E402
from baseline import Baseline  # noqa: E402

SAMPLE = ROOT / "data" / "notice_seed.txt"
DEFAULT_JSON = HERE / "results" / "latest.json"
MB = 2 ** 20
PARTS = ("import", "first_call", "rss", "throughput", "stages", "scaling", "extract_many")

TARGETS = {
    "throughput_ratio": (">=", 10.0, "extract vs baseline, simplified, small corpus (issue 14)"),
    "import_s": ("<=", 0.3, "import gov_notice"),
    "first_call_s": ("<=", 1.0, "first extract, warm dictionary cache"),
    "peak_rss_mb": ("<=", 250.0, "subprocess extracting the small corpus"),
    "scaling_ratio": ("<=", 11.0, "large single document / small single document"),
}


# --- helpers -----------------------------------------------------------------------------------

def _parse_size(text: str) -> int:
    text = text.strip().upper().rstrip("B")
    mult = {"K": 2 ** 10, "M": MB, "G": 2 ** 30}.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in "KMG" else text
    return int(float(number) * mult)


def _fmt_size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n / 2 ** 10:g} KB"


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return runs


def _fresh_timed(fn: Callable[[Any], Any], repeat: int) -> list[float]:
    """Like :func:`_timed`, each run with a new Extractor whose resources were loaded beforehand
    (on the sample, outside the timing), so no run profits from what an earlier run remembered."""
    runs = []
    for _ in range(repeat):
        ex = fresh_extractor()
        t = time.perf_counter()
        fn(ex)
        runs.append(time.perf_counter() - t)
    return runs


def fresh_extractor() -> Any:
    import gov_notice

    ex = gov_notice.Extractor()
    ex.extract(SAMPLE.read_text(encoding="utf-8"))
    return ex


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, env=env or _env(), timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"subprocess failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- subprocess measurements -------------------------------------------------------------------

_IMPORT_CODE = """
import json, time
t = time.perf_counter()
import gov_notice
print(json.dumps({"import_s": time.perf_counter() - t}))
"""

_FIRST_CALL_CODE = """
import json, sys, time
t0 = time.perf_counter()
import gov_notice
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
t2 = time.perf_counter()
gov_notice.extract(text)
t3 = time.perf_counter()
gov_notice.extract(text)
t4 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_call_s": t3 - t2, "second_call_s": t4 - t3}))
"""

_RSS_CODE = """
import json, resource, sys, time
import gov_notice
docs = json.load(open(sys.argv[1], encoding="utf-8"))
t = time.perf_counter()
for d in docs:
    gov_notice.extract(d)
ru = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024   # bytes on macOS, KiB on Linux
print(json.dumps({"peak_rss_mb": ru * scale / 2 ** 20, "seconds": time.perf_counter() - t}))
"""


def measure_import(runs: int) -> dict[str, Any]:
    times = [_python(_IMPORT_CODE)["import_s"] for _ in range(runs)]
    out: dict[str, Any] = {"import_s": statistics.median(times), "runs": times}
    # the cumulative import time of gov_notice as ``-X importtime`` reports it (microseconds)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import gov_notice"],
                          capture_output=True, text=True, cwd=ROOT, env=_env())
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "gov_notice":
            out["importtime_cumulative_s"] = int(parts[1]) / 1e6
    return out


def measure_first_call(runs: int) -> dict[str, Any]:
    _python(_FIRST_CALL_CODE, str(SAMPLE))  # make sure the user's dictionary cache is warm
    warm = [_python(_FIRST_CALL_CODE, str(SAMPLE)) for _ in range(runs)]
    cold = []
    for _ in range(max(1, runs // 2)):
        with tempfile.TemporaryDirectory() as empty:
            cold.append(_python(_FIRST_CALL_CODE, str(SAMPLE), env=_env(GOV_NOTICE_CACHE_DIR=empty)))
    med = statistics.median
    return {
        "sample": SAMPLE.name,
        "first_call_s": med(r["first_call_s"] for r in warm),
        "import_plus_first_call_s": med(r["import_s"] + r["first_call_s"] for r in warm),
        "second_call_s": med(r["second_call_s"] for r in warm),
        "first_call_cold_cache_s": med(r["first_call_s"] for r in cold),
        "runs_warm": [r["first_call_s"] for r in warm],
        "runs_cold": [r["first_call_s"] for r in cold],
    }


def measure_rss(docs_by_name: dict[str, list[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, docs in docs_by_name.items():
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json", delete=False) as fh:
            json.dump(docs, fh, ensure_ascii=False)
        try:
            out[name] = _python(_RSS_CODE, fh.name)["peak_rss_mb"]
        finally:
            os.unlink(fh.name)
    return out


# --- in-process measurements -------------------------------------------------------------------

def measure_throughput(base: Baseline | None, docs: list[str], variants: Sequence[str],
                       repeat: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in variants:
        vdocs = _corpus.variant(docs, name)
        chars = sum(map(len, vdocs))
        _log(f"  throughput: {name} ({len(vdocs)} documents, {chars:,} characters)")
        # extract and baseline runs alternate, so that a change of load on a shared machine
        # touches both sides of the ratio alike
        ext: list[float] = []
        bl: list[float] = []
        for _ in range(repeat):
            ext += _fresh_timed(lambda ex: [ex.extract(d) for d in vdocs], 1)
            if base is not None:
                bl += _timed(lambda: [base.run(d) for d in vdocs], 1)
        row: dict[str, Any] = {
            "documents": len(vdocs), "chars": chars, "bytes": _corpus.utf8_size(vdocs),
            "extract_s": statistics.median(ext), "extract_runs": ext,
            "extract_chars_per_s": chars / statistics.median(ext),
            "extract_mb_per_s": _corpus.utf8_size(vdocs) / MB / statistics.median(ext),
        }
        if bl:
            row.update({
                "baseline_s": statistics.median(bl), "baseline_runs": bl,
                "baseline_chars_per_s": chars / statistics.median(bl),
                "baseline_mb_per_s": _corpus.utf8_size(vdocs) / MB / statistics.median(bl),
                # the median of the paired ratios: each pair ran under about the same load
                "ratio": statistics.median(b / e for b, e in zip(bl, ext)),
            })
        out[name] = row
    return out


def measure_scaling(small: str, large: str, repeat: int) -> dict[str, Any]:
    t_small: list[float] = []
    t_large: list[float] = []
    for _ in range(repeat):  # alternating, as for throughput
        t_small += _fresh_timed(lambda ex: ex.extract(small), 1)
        t_large += _fresh_timed(lambda ex: ex.extract(large), 1)
    return {
        "small_chars": len(small), "large_chars": len(large),
        "small_s": statistics.median(t_small), "large_s": statistics.median(t_large),
        "small_runs": t_small, "large_runs": t_large, "size_ratio": len(large) / len(small),
        "scaling_ratio": statistics.median(b / a for a, b in zip(t_small, t_large)),
    }


_MANY_CODE = """
import json, sys, time
import gov_notice
docs = json.load(open(sys.argv[1], encoding="utf-8"))
gov_notice.extract(open(sys.argv[2], encoding="utf-8").read())   # the parent's resources loaded
t = time.perf_counter()
n = sum(1 for _ in gov_notice.extract_many(docs, workers=int(sys.argv[3])))
print(json.dumps({"seconds": time.perf_counter() - t, "notices": n}))
"""


def measure_extract_many(docs: list[str], repeat: int) -> dict[str, Any]:
    """``extract_many(docs, workers=1|2)`` in a fresh process per run (workers' start-up included)."""
    import gov_notice

    params = inspect.signature(gov_notice.extract_many).parameters
    if "workers" not in params:
        return {"skipped": "extract_many has no workers argument yet"}
    chars = sum(map(len, docs))
    out: dict[str, Any] = {"documents": len(docs), "chars": chars}
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json", delete=False) as fh:
        json.dump(docs, fh, ensure_ascii=False)
    try:
        for workers in (1, 2):
            runs = [_python(_MANY_CODE, fh.name, str(SAMPLE), str(workers))["seconds"]
                    for _ in range(repeat)]
            out[f"workers_{workers}_s"] = statistics.median(runs)
            out[f"workers_{workers}_runs"] = runs
            out[f"workers_{workers}_chars_per_s"] = chars / statistics.median(runs)
    finally:
        os.unlink(fh.name)
    out["speedup_2_vs_1"] = out["workers_1_s"] / out["workers_2_s"]
    return out


def measure_stages(docs: list[str], repeat: int) -> dict[str, Any]:
    """Seconds spent in normalisation and in each component over ``docs``, through the Extractor's
    own timing hook (so the benchmark runs exactly the library's wiring)."""

    def one_pass() -> dict[str, float]:
        ex = fresh_extractor()
        acc: dict[str, float] = {}

        def timer(name: str, seconds: float) -> None:
            acc[name] = acc.get(name, 0.0) + seconds

        for d in docs:
            ex._run(d, timer=timer)
        return acc

    try:
        passes = [one_pass() for _ in range(repeat)]
    except TypeError as exc:  # an Extractor without the hook
        return {"skipped": f"no timing hook: {exc!r}"}
    return {key: statistics.median(p[key] for p in passes) for key in passes[0]}


def profile(docs: list[str], top: int) -> str:
    ex = fresh_extractor()
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        ex.extract(d)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


# --- report ------------------------------------------------------------------------------------

def _check(results: dict[str, Any]) -> dict[str, Any]:
    values = {
        "throughput_ratio": results.get("throughput", {}).get("simplified", {}).get("ratio"),
        "import_s": results.get("import", {}).get("import_s"),
        "first_call_s": results.get("first_call", {}).get("first_call_s"),
        "peak_rss_mb": results.get("peak_rss_mb", {}).get("small_corpus"),
        "scaling_ratio": results.get("scaling", {}).get("scaling_ratio"),
    }
    out = {}
    for key, (op, target, what) in TARGETS.items():
        v = values[key]
        ok = None if v is None else (v >= target if op == ">=" else v <= target)
        out[key] = {"value": v, "target": f"{op} {target:g}", "what": what, "ok": ok}
    return out


def render(results: dict[str, Any]) -> str:
    lines: list[str] = []
    meta = results["meta"]
    lines.append(f"gov_notice {meta['version']} ({meta['commit']}, {meta.get('core', '?')}), Python {meta['python']}, "
                 f"{meta['cpus']} CPUs, load {meta['load_before']} → {meta['load_after']}")
    lines.append(f"corpus: {meta['corpus']}")
    lines.append(f"medians of {meta['repeat']} runs; small = {_fmt_size(meta['small'])}, "
                 f"large = {_fmt_size(meta['large'])}")
    lines.append("")
    thr = results.get("throughput", {})
    if thr:
        lines.append(f"{'variant':<12} {'docs':>5} {'chars':>10} {'extract chars/s':>16} {'MB/s':>6} "
                     f"{'baseline chars/s':>17} {'MB/s':>6} {'ratio':>7}")
        nan = float("nan")
        for name, r in thr.items():
            lines.append(f"{name:<12} {r['documents']:>5} {r['chars']:>10,} "
                         f"{r['extract_chars_per_s']:>16,.0f} {r['extract_mb_per_s']:>6.2f} "
                         f"{r.get('baseline_chars_per_s', nan):>17,.0f} "
                         f"{r.get('baseline_mb_per_s', nan):>6.2f} {r.get('ratio', nan):>6.1f}x")
        lines.append("")
    st = results.get("stages")
    if st and "skipped" not in st:
        total = sum(st.values()) or 1.0
        lines.append("time per step (simplified, small corpus): " + ", ".join(
            f"{k} {v:.2f}s ({v / total:.0%})" for k, v in st.items()))
    elif st:
        lines.append(f"time per step: skipped ({st['skipped']})")
    sc = results.get("scaling")
    if sc:
        lines.append(f"single document: {sc['small_chars']:,} chars {sc['small_s']:.2f}s, "
                     f"{sc['large_chars']:,} chars {sc['large_s']:.2f}s → {sc['scaling_ratio']:.1f}x "
                     f"for {sc['size_ratio']:.1f}x the size")
    em = results.get("extract_many")
    if em and "skipped" not in em:
        lines.append(f"extract_many: 1 worker {em['workers_1_chars_per_s']:,.0f} chars/s, "
                     f"2 workers {em['workers_2_chars_per_s']:,.0f} chars/s "
                     f"({em['speedup_2_vs_1']:.2f}x)")
    elif em:
        lines.append(f"extract_many: skipped ({em['skipped']})")
    fc = results.get("first_call")
    if fc:
        lines.append(f"first extract: {fc['first_call_s']:.2f}s with the dictionary cache warm, "
                     f"{fc['first_call_cold_cache_s']:.2f}s cold; second {fc['second_call_s'] * 1000:.0f} ms")
    im = results.get("import")
    if im:
        lines.append(f"import gov_notice: {im['import_s'] * 1000:.0f} ms (subprocess)"
                     + (f", {im['importtime_cumulative_s'] * 1000:.0f} ms (-X importtime)"
                        if "importtime_cumulative_s" in im else ""))
    rss = results.get("peak_rss_mb")
    if rss:
        lines.append("peak RSS: " + ", ".join(f"{k} {v:.0f} MB" for k, v in rss.items()))
    lines.append("")
    lines.append(f"{'target':<18} {'value':>10} {'target':>9}  ok")
    for key, t in results["targets"].items():
        v = "—" if t["value"] is None else f"{t['value']:.2f}"
        ok = "—" if t["ok"] is None else ("yes" if t["ok"] else "NO")
        lines.append(f"{key:<18} {v:>10} {t['target']:>9}  {ok}")
    return "\n".join(lines)


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, cwd=ROOT, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, cwd=ROOT, timeout=10)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "") or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _core() -> str:
    """How the extraction core runs: "compiled" (mypyc, see setup.py) or "pure Python"."""
    import gov_notice.people.names as sample

    return "pure Python" if (sample.__file__ or "").endswith(".py") else "compiled"


def _load() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        return "n/a"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small sizes (64K,640K), one run each: a smoke run, not a measurement")
    ap.add_argument("--sizes", help="small,large corpus sizes in UTF-8 bytes (default 1M,10M)")
    ap.add_argument("--repeat", type=int, help="runs per figure (default 3; 1 with --quick)")
    ap.add_argument("--variants", default=",".join(_corpus.VARIANTS),
                    help="comma-separated: simplified,traditional,pinyin")
    ap.add_argument("--shared", default=str(_corpus.SHARED),
                    help="the shared folder with eval/gold and corpora ('none': data/ samples only)")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the numbers")
    ap.add_argument("--no-baseline", action="store_true", help="skip the (slow) baseline")
    ap.add_argument("--skip", default="", help="comma-separated parts to leave out: "
                    + ",".join(PARTS))
    ap.add_argument("--profile", nargs="?", const=30, type=int, metavar="N",
                    help="also cProfile extract over the small corpus and print the top N functions")
    args = ap.parse_args(argv)

    small, large = (_parse_size(s) for s in (args.sizes or ("64K,640K" if args.quick else "1M,10M")).split(","))
    repeat = args.repeat or (1 if args.quick else 3)
    sub_runs = 1 if args.quick else 5
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    for v in variants:
        if v not in _corpus.VARIANTS:
            ap.error(f"unknown variant {v!r}")
    shared = None if args.shared.lower() == "none" else Path(args.shared)
    skip = {p.strip() for p in args.skip.split(",") if p.strip()}
    if skip - set(PARTS):
        ap.error(f"unknown part(s) to skip: {', '.join(sorted(skip - set(PARTS)))}")

    import gov_notice

    docs, source = _corpus.load_documents(shared)
    small_docs = _corpus.take(docs, small)
    large_doc = "\n\n".join(_corpus.take(docs, large))
    small_doc = "\n\n".join(small_docs)
    results: dict[str, Any] = {"meta": {
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "version": gov_notice.__version__, "commit": _commit(), "core": _core(),
        "python": platform.python_version(), "platform": platform.platform(),
        "cpus": os.cpu_count(), "load_before": _load(), "corpus": source,
        "small": small, "large": large, "repeat": repeat, "quick": args.quick,
    }}

    steps: list[tuple[str, str, Callable[[], Any]]] = [
        ("import", "import time", lambda: measure_import(sub_runs)),
        ("first_call", "first-call latency", lambda: measure_first_call(sub_runs)),
        ("rss", "peak RSS", lambda: measure_rss(
            {"small_corpus": small_docs} if "scaling" in skip
            else {"small_corpus": small_docs, "large_document": [large_doc]})),
        ("throughput", "throughput", lambda: measure_throughput(base, small_docs, variants, repeat)),
        ("stages", "time per step", lambda: measure_stages(small_docs, repeat)),
        ("scaling", "single document, small vs large",
         lambda: measure_scaling(small_doc, large_doc, repeat)),
        ("extract_many", "extract_many", lambda: measure_extract_many(small_docs, repeat)),
    ]
    base: Baseline | None = None
    if "throughput" not in skip and not args.no_baseline:
        base = Baseline()
        base.warm_up()
    for part, what, fn in steps:
        if part in skip:
            continue
        _log(f"{what} …")
        results["peak_rss_mb" if part == "rss" else part] = fn()
    if args.profile:
        _log("profile …")
        results["profile"] = profile(small_docs, args.profile)
    results["meta"]["load_after"] = _load()
    results["targets"] = _check(results)

    print(render(results))
    if args.profile:
        print()
        print(results["profile"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    _log(f"numbers written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

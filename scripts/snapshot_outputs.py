"""The safety net of a refactoring: record every result on real text, then compare after the change.

Writes (``record``) or checks (``compare``) the ``to_dict()`` of ``gov_notice.extract`` on

* the 1 MB benchmark corpus (``benchmarks/_corpus.py``, Simplified variant),
* every gold notice of ``../shared/eval/gold``,
* the sentences of the external corpora in ``../shared/corpora/*/*.jsonl`` (first 1,500 of each file),

into one JSON Lines file per source under a folder OUTSIDE the project (the texts are third-party:
never commit a snapshot)::

    python scripts/snapshot_outputs.py record /tmp/gov_notice_before
    ... change the code ...
    python scripts/snapshot_outputs.py compare /tmp/gov_notice_before

``compare`` prints, per source, how many results changed, and for the first few of them the fields
that differ (officials, organisations, directives, ...), then exits 1 when anything changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gov_notice  # noqa: E402

_PER_CORPUS = 1500
_SHOWN = 5


def _sources() -> Iterator[tuple[str, list[str]]]:
    import _corpus

    docs, _origin = _corpus.load_documents()
    yield "corpus_1mb", _corpus.take(docs, 1_000_000)
    gold = sorted((SHARED / "eval" / "gold").glob("*.json"))
    yield "gold", [json.loads(p.read_text(encoding="utf-8"))["text"] for p in gold]
    for path in sorted((SHARED / "corpora").glob("*/*.jsonl")):
        texts: list[str] = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if len(texts) >= _PER_CORPUS:
                    break
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)
        yield f"{path.parent.name}_{path.stem}", texts


def _results(texts: list[str]) -> Iterator[dict[str, Any]]:
    for text in texts:
        d = gov_notice.extract(text).to_dict()
        d.pop("source", None)
        yield d


def record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, texts in _sources():
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for d in _results(texts):
                fh.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{name}: {len(texts)} results", file=sys.stderr)


def _diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    keys = sorted(set(old) | set(new))
    return [k for k in keys if old.get(k) != new.get(k)]


def compare(folder: Path) -> int:
    changed_total = 0
    for name, texts in _sources():
        path = folder / f"{name}.jsonl"
        if not path.exists():
            print(f"{name}: no snapshot", file=sys.stderr)
            continue
        old = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        new = [json.loads(json.dumps(d, ensure_ascii=False)) for d in _results(texts)]
        changed = [(i, _diff(a, b)) for i, (a, b) in enumerate(zip(old, new)) if a != b]
        changed_total += len(changed) + abs(len(old) - len(new))
        print(f"{name}: {len(changed)} of {len(new)} results changed")
        for i, fields in changed[:_SHOWN]:
            print(f"  #{i}: {', '.join(fields)}")
            for f in fields:
                print(f"    - {f}: {json.dumps(old[i].get(f), ensure_ascii=False)[:300]}")
                print(f"    + {f}: {json.dumps(new[i].get(f), ensure_ascii=False)[:300]}")
    return 1 if changed_total else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "compare"))
    ap.add_argument("folder", type=Path, help="where the snapshot lives (outside the project)")
    args = ap.parse_args()
    if args.mode == "record":
        record(args.folder)
        return 0
    return compare(args.folder)


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate data/*.expected.json, the golden results of the bundled samples.

Run after a deliberate change of behaviour, read the diff (`git diff data/`), and commit it with a
message saying why the results changed:

    python scripts/update_golden.py
"""

from __future__ import annotations

import json
from pathlib import Path

import gov_notice

DATA = Path(__file__).resolve().parents[1] / "data"


def golden(notice: gov_notice.Notice) -> dict[str, object]:
    """The part of a result that the golden file pins (everything but the echoed source)."""
    out = notice.to_dict()
    out.pop("source")
    out.pop("id")
    return out


def main() -> None:
    for path in sorted(DATA.glob("*.txt")):
        notice = gov_notice.extract_file(path)
        target = path.with_suffix(".expected.json")
        target.write_text(json.dumps(golden(notice), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(DATA.parent)}")


if __name__ == "__main__":
    main()

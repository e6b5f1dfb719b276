"""Shared test helpers: the ../shared folder (skipped cleanly when absent) and offset checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "gold"
CORPORA = SHARED / "corpora"
DATA = ROOT / "data"


def gold_docs() -> list[dict[str, Any]]:
    """The gold notices of ../shared/eval/gold (skips the test when they are absent)."""
    if not GOLD.is_dir():
        pytest.skip("../shared/eval/gold is not present")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def iter_spans(notice: Any) -> Iterator[tuple[str, int, int]]:
    """Every (text, start, end) a Notice carries, mentions included."""
    for d in notice.directives:
        yield d.text, d.start, d.end
    for o in notice.officials:
        for m in o.mentions:
            yield m.text, m.start, m.end
        for p in o.positions:
            yield p.title, p.start, p.end
    for org in notice.organizations:
        for m in org.mentions:
            yield m.text, m.start, m.end
    for b in notice.bylines:
        yield b.text, b.start, b.end
    for c in notice.collectives:
        yield c.text, c.start, c.end


def assert_offsets(notice: Any) -> None:
    """``notice.text[start:end] == text`` for every item and mention."""
    for text, start, end in iter_spans(notice):
        assert 0 <= start <= end <= len(notice.text), (text, start, end)
        assert notice.text[start:end] == text, (text, start, end, notice.text[start:end])


@pytest.fixture(scope="session")
def extractor() -> Any:
    from gov_notice import Extractor

    return Extractor()

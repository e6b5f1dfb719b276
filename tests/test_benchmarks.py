"""The benchmark suite: its corpus helpers, the baseline, and a smoke run (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gov_notice.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

import _corpus  # noqa: E402
import baseline  # noqa: E402

# sentences in the genre's shapes, written for these tests
_DOCS = [
    "近日，省公安厅召开全省公安机关工作推进会。副省长、公安厅厅长胡明朗出席会议并讲话。",
    "会议强调，一是思想认识务必再提高，二是工作措施务必再细化，三是责任落实务必再压实。",
    "市委常委、政法委书记欧阳明主持召开全市政法工作会议（2024）。",
]


def test_take_adds_up_to_the_size() -> None:
    docs = _corpus.take(_DOCS, 1000)
    size = _corpus.utf8_size(docs) + 2 * len(docs)
    assert 900 <= size <= 1000
    assert docs[: len(_DOCS)] == _DOCS  # cycled in order


@pytest.mark.parametrize("doc", _DOCS, ids=["lead", "directives", "brackets"])
def test_pinyin_noise_is_what_the_normaliser_strips(doc: str) -> None:
    noisy = _corpus.noise_pinyin(doc, share=0.5, seed=3)
    assert len(noisy) > len(doc) + 10
    assert normalize(noisy).text == doc


def test_traditional_variant_is_opencc_s2t() -> None:
    trad = _corpus.variant(_DOCS, "traditional")
    assert "廳" in trad[0] and "會議" in trad[0]
    assert [len(t) for t in trad] == [len(d) for d in _DOCS]


def test_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown variant"):
        _corpus.variant(_DOCS, "cantonese")


def test_data_samples_when_shared_is_absent(tmp_path: Path) -> None:
    docs, source = _corpus.load_documents(shared=tmp_path / "absent")
    assert docs and "data/ samples" in source


def test_baseline_finds_markers_and_strips_pinyin() -> None:
    people, orgs, markers = baseline.run("會議強調(qiáng)，一是提高認識，二是落實責任。" + _DOCS[0])
    assert markers == ["一是", "二是"]
    assert all("(" not in w for w in people + orgs)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--sizes", "4K,12K", "--shared", "none",
         "--json", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


@pytest.mark.slow
def test_smoke_run_writes_every_figure(smoke: tuple[dict[str, Any], str]) -> None:
    results, _ = smoke
    assert set(results) >= {"meta", "import", "first_call", "peak_rss_mb", "throughput", "stages",
                            "scaling", "extract_many", "targets"}
    assert set(results["throughput"]) == set(_corpus.VARIANTS)
    for row in results["throughput"].values():
        assert row["extract_chars_per_s"] > 0 and row["ratio"] > 0
    assert results["first_call"]["first_call_s"] > 0
    assert results["first_call"]["first_call_cold_cache_s"] > 0
    assert results["peak_rss_mb"]["small_corpus"] > 10
    assert results["scaling"]["size_ratio"] > 2
    assert set(results["targets"]) == {"throughput_ratio", "import_s", "first_call_s",
                                       "peak_rss_mb", "scaling_ratio"}
    assert results["meta"]["corpus"].endswith("data/ samples")


@pytest.mark.slow
def test_smoke_run_prints_the_table(smoke: tuple[dict[str, Any], str]) -> None:
    _, stdout = smoke
    assert "simplified" in stdout and "traditional" in stdout and "pinyin" in stdout
    assert "throughput_ratio" in stdout

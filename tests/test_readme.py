"""The README's Python examples run (in order, sharing one namespace, from the project root)."""

from __future__ import annotations

import os
import re
from typing import Any

import pytest

from conftest import ROOT

_BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
# examples that need what a test machine has not got: a Spark session, a user's own HanLP model
_NEEDS_ELSEWHERE = ("spark", "models/my_ner")


def test_readme_has_examples() -> None:
    assert len(_BLOCKS) >= 8


def test_readme_examples_run(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"__name__": "readme"}  # not __main__: the Dask block stays a sketch
    cwd = os.getcwd()
    os.chdir(ROOT)
    missing: list[str] = []
    try:
        for i, block in enumerate(_BLOCKS):
            if any(word in block for word in _NEEDS_ELSEWHERE):
                continue
            block = block.replace('"notices.jsonl"', repr(str(tmp_path / "notices.jsonl")))
            block = block.replace('"my_lexicon.tsv"', repr(str(tmp_path / "my_lexicon.tsv")))
            try:
                exec(compile(block, f"README.md python block {i}", "exec"), namespace)
            except ModuleNotFoundError as exc:  # an optional extra this machine lacks: go on
                missing.append(f"block {i} needs {exc.name}")
    finally:
        os.chdir(cwd)
    if missing:
        pytest.skip(f"README {', '.join(missing)} (the other blocks ran)")

"""The compiled core (setup.py): in a checkout, a compiled module is imported instead of its source,
so one older than its source runs code that is no longer there."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import gov_notice

_PACKAGE = Path(gov_notice.__file__).parent

# modules setup.py compiles, one of each place (package, subpackage, document layer)
_SAMPLES = ("gov_notice.people.names", "gov_notice.orgs.judge", "gov_notice.directives.groups",
            "gov_notice.terms")


def _source_of(compiled: Path) -> Path:
    """The .py beside a compiled module (names.cpython-311-x86_64-linux-gnu.so → names.py)."""
    return compiled.with_name(compiled.name.split(".", 1)[0] + ".py")


def _compiled() -> list[Path]:
    return sorted(p for p in _PACKAGE.rglob("*.so") if "__mypyc" not in p.name) + sorted(
        _PACKAGE.rglob("*.pyd"))


def test_no_compiled_module_is_older_than_its_source() -> None:
    stale = []
    for ext in _compiled():
        source = _source_of(ext)
        if source.exists() and source.stat().st_mtime > ext.stat().st_mtime + 1:
            stale.append(str(source.relative_to(_PACKAGE)))
    assert not stale, (f"edited since the last build, their compiled copies still run: {stale}; "
                       "rebuild with `pip install -e .` (`rm -rf build` first if that does not clear it; "
                       "or GOV_NOTICE_PURE=1 pip install -e .)")


def test_the_core_is_compiled_or_pure_as_a_whole() -> None:
    """All of the sampled core modules are compiled, or none (a half-built core is a broken build)."""
    kinds = {Path(importlib.import_module(m).__file__ or "").suffix == ".py" for m in _SAMPLES}
    assert len(kinds) == 1, kinds


@pytest.mark.parametrize("module", _SAMPLES)
def test_each_compiled_module_keeps_its_source(module: str) -> None:
    path = Path(importlib.import_module(module).__file__ or "")
    assert _source_of(path).is_file()

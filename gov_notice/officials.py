"""The people component moved to :mod:`gov_notice.people`; this name stays only for
``benchmarks/organizations_corpora.py`` (an organisations file, changed by its own work) and goes
when that file imports :func:`gov_notice.people.find`."""

from __future__ import annotations

from .people import find

__all__ = ["find"]

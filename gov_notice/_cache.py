"""The dictionary cache file of :mod:`gov_notice.segment`: where it lives, how it is read and
written (atomically; any failure ignored: ``dict.txt`` is parsed instead) and how the files of other
installs are pruned.  The layout of what it holds is the segmenter's (:data:`CACHE_FORMAT`)."""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# bump when the layout of the cached tuple changes
_CACHE_FORMAT = 6
_CACHE_ENV = "GOV_NOTICE_CACHE_DIR"
# the caches of other dictionaries (another jieba install, Python version or cache format) kept
# beside the current one: those used within _CACHE_MAX_AGE, and at most _CACHE_KEEP_OTHERS of them
_CACHE_MAX_AGE = 30 * 24 * 3600.0
_CACHE_KEEP_OTHERS = 2
_CACHE_TOUCH_AFTER = 24 * 3600.0  # a cache read is marked used (mtime) at most once a day
_TMP_MAX_AGE = 3600.0  # a temporary file this old was left by a process that died mid-write


def _cache_dir() -> Path | None:
    """The folder for cached dictionaries, or None when caching is turned off."""
    env = os.environ.get(_CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "gov_notice" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "gov_notice"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gov_notice"


def _cache_path(folder: Path, identity: bytes, jieba_version: str) -> Path:
    key = hashlib.blake2b(identity, digest_size=16)
    key.update(f"|jieba {jieba_version}|py {sys.version_info[0]}.{sys.version_info[1]}"
               f"|marshal {marshal.version}|format {_CACHE_FORMAT}".encode())
    return folder / f"jieba-dict-{key.hexdigest()}.marshal"


def _read_cache(path: Path) -> tuple[int, dict[str, object], dict[str, object]] | None:
    """``(total, count pieces, entry texts)`` from ``path``, or None when absent or malformed
    (the values are checked where they are read: typed ``object``, as a damaged file may hold
    anything there)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        value = marshal.loads(data)
    except Exception:  # a truncated or foreign file: it is rebuilt
        value = None
    if (isinstance(value, tuple) and len(value) == 4 and value[0] == _CACHE_FORMAT
            and isinstance(value[1], int) and isinstance(value[2], dict) and value[2]
            and isinstance(value[3], dict) and value[3]):
        return value[1], value[2], value[3]
    logger.debug("ignoring the unreadable dictionary cache %s", path)
    return None


def _write_cache(path: Path, value: Any) -> None:
    """Write ``marshal.dumps(value)`` to ``path`` atomically; any failure is ignored."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".marshal", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(value))
        os.replace(tmp, path)
        tmp = None
    except Exception as exc:  # read-only home, full disk, …: carry on without a cache
        logger.debug("cannot write the dictionary cache %s: %s", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune_cache(folder: Path, current: Path, now: float | None = None) -> None:
    """Delete the dictionary caches in ``folder`` other than ``current`` that were not used for
    :data:`_CACHE_MAX_AGE`, or that are older than the :data:`_CACHE_KEEP_OTHERS` used last
    (a cache's mtime is when it was last used), and temporary files left behind by a failed
    write.  Any failure is ignored: pruning is housekeeping."""
    now = time.time() if now is None else now
    others: list[tuple[float, Path]] = []
    try:
        for p in folder.iterdir():
            if p.name == current.name or not p.name.endswith(".marshal"):
                continue
            if p.name.startswith("jieba-dict-"):
                others.append((p.stat().st_mtime, p))
            elif p.name.startswith(".tmp-") and now - p.stat().st_mtime > _TMP_MAX_AGE:
                p.unlink()
    except OSError as exc:
        logger.debug("cannot prune the dictionary cache in %s: %s", folder, exc)
        return
    others.sort(key=lambda entry: entry[0], reverse=True)
    for rank, (mtime, p) in enumerate(others):
        if rank >= _CACHE_KEEP_OTHERS or now - mtime > _CACHE_MAX_AGE:
            try:
                p.unlink()
                logger.debug("deleted the stale dictionary cache %s", p)
            except OSError:
                pass


def _mark_used(path: Path) -> None:
    """Set ``path``'s mtime to now when it is older than a day (what :func:`_prune_cache` reads)."""
    try:
        if time.time() - path.stat().st_mtime > _CACHE_TOUCH_AFTER:
            os.utime(path)
    except OSError:
        pass

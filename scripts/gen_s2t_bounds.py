#!/usr/bin/env python3
"""Generate ``gov_notice/lexicons/s2t_bounds.tsv``: what OpenCC's ``s2t`` can do to each character.

Script detection (``gov_notice.normalize._script``) counts the characters of a text that ``t2s``
changes (Traditional) and those that only ``s2t`` would change (Simplified), and decides by the
share of each.  Counting the second needs an ``s2t`` conversion, which for a notice that is clearly
one script decides nothing: bounds on that count, read from the characters alone, settle it.

OpenCC converts by looking up, at each place of the text, the longest key of its dictionaries
(after a normalisation step), and writes the key's first value.  Every entry is one-for-one
(checked here), so a character is written differently only where an entry matched over it and the
value differs from the key at its place.  Hence:

* ``always`` — characters that a one-character entry changes and that every entry holding them
  changes, wherever they stand, and that normalisation leaves alone: a text holds at least as many
  characters ``s2t`` changes as it holds of these;
* ``changed`` — characters a one-character entry changes, and the keys of the normalisation step;
* ``before`` / ``after`` (of a character in the ``char`` column) — a character that only an entry
  of several characters changes is changed only where such an entry is written over it, so with
  the character such an entry holds right before or after it: a text holds at most as many
  characters ``s2t`` changes as it holds ``changed`` ones and phrase characters with such a
  neighbour (once no normalisation key is written in it, which could make a new phrase);
* ``normalized`` — the keys of the normalisation step.

The dictionaries are read from the installed ``opencc`` package (PyPI, Apache-2.0) with its bundled
``opencc_dict`` tool.  The header records the OpenCC version and a SHA-256 over ``s2t.json`` and the
files it names; at run time the bounds are used only when the installed files hash the same (else
every text that needs it is converted, as before).

    python scripts/gen_s2t_bounds.py            # rewrites gov_notice/lexicons/s2t_bounds.tsv
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "gov_notice" / "lexicons" / "s2t_bounds.tsv"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_t2s_triggers import ROW, dump  # noqa: E402

from gov_notice.normalize import _config_files, _fingerprint  # noqa: E402

Entries = list[tuple[str, str]]


def _files_under(node: object, folder: Path) -> list[Path]:
    """The dictionary files a part of an OpenCC configuration names, in order."""
    if isinstance(node, dict):
        own = [folder / node["file"]] if isinstance(node.get("file"), str) else []
        return own + [p for value in node.values() for p in _files_under(value, folder)]
    if isinstance(node, list):
        return [p for value in node for p in _files_under(value, folder)]
    return []


def _one_for_one(entries: Entries, origin: Path) -> Entries:
    for key, value in entries:
        if len(key) != len(value):
            raise SystemExit(f"{origin.name}: {key} -> {value} changes the length; the bounds assume "
                             "one-for-one entries")
    return entries


def bounds(config: Path, tool: Path, lib: Path) -> dict[str, object]:
    """The character classes of the module notes, from ``config`` (``s2t.json``) and its files."""
    data = json.loads(config.read_text(encoding="utf-8"))
    unknown = set(data) - {"name", "segmentation", "normalization", "conversion_chain"}
    if unknown or len(data.get("conversion_chain", ())) != 1:
        raise SystemExit(f"{config.name}: not one conversion step ({sorted(unknown)}): the bounds do not hold")
    folder = config.parent
    normal = [e for p in _files_under(data.get("normalization", []), folder)
              for e in _one_for_one(dump(tool, lib, p), p)]
    convert = [e for p in _files_under(data["conversion_chain"], folder)
               for e in _one_for_one(dump(tool, lib, p), p)]

    normalized = {ch for key, _ in normal for ch in key}
    single = {key for key, _ in convert if len(key) == 1}
    changed = {key for key, value in convert if len(key) == 1 and key != value} | normalized
    kept: set[str] = set()  # characters some entry writes as they are
    phrase_changed: set[str] = set()
    for key, value in convert:
        for a, b in zip(key, value):
            (phrase_changed if a != b else kept).add(a)
    always = {ch for ch in single if ch in changed and ch not in kept and ch not in normalized}
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for key, value in convert:
        for i, (a, b) in enumerate(zip(key, value)):
            if a != b and a not in changed and len(key) > 1:
                if i > 0:
                    before[a].add(key[i - 1])
                if i + 1 < len(key):
                    after[a].add(key[i + 1])
    missed = phrase_changed - changed - set(before) - set(after)
    assert not missed, missed  # (every key of several characters gives a neighbour)
    return {"always": always, "changed": changed, "normalized": normalized, "before": before, "after": after}


def _rows(chars: set[str], kind: str, char: str = "") -> list[str]:
    text = "".join(sorted(chars))
    bad = [ch for ch in text if ch.isspace() or ch == "#"]
    if bad:
        raise SystemExit(f"{kind} {char}: {bad!r} cannot be written in a row")
    return [f"{text[i:i + ROW]}\t{kind}\t{char}".rstrip("\t") for i in range(0, len(text), ROW)]


def main() -> None:
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    files = _config_files(clib / "share" / "opencc", "s2t.json")
    if files is None:
        raise SystemExit("this opencc package has no share/opencc/s2t.json")
    got = bounds(files[0], clib / "bin" / "opencc_dict", clib / "lib64")
    before, after = got["before"], got["after"]
    assert isinstance(before, dict) and isinstance(after, dict)
    lines = [
        "# What OpenCC's s2t can do to each character: bounds on how many characters of a text it changes",
        "# (script detection decides most texts with them instead of converting; see the script's notes).",
        f"# GENERATED by scripts/gen_s2t_bounds.py from OpenCC {metadata.version('OpenCC')} (PyPI,",
        "# Apache-2.0): s2t.json and the dictionaries it names, "
        + ", ".join(p.name for p in files if p.suffix == ".ocd2") + ".",
        "# Used only where the installed files hash the same (sha256 below). Do not edit by hand.",
        f"# sha256 {_fingerprint(files)}",
        "# kind always: s2t changes these wherever they stand; changed: a one-character entry changes",
        "# these (or normalisation does: normalized); before/after: the characters an entry of several",
        f"# characters has right before/after the character in column char where it changes it. Up to {ROW} a row.",
        "term\tkind\tchar",
    ]
    for kind in ("always", "changed", "normalized"):
        chars = got[kind]
        assert isinstance(chars, set)
        lines += _rows(chars, kind)
    for ch in sorted(set(before) | set(after)):
        lines += _rows(before.get(ch, set()), "before", ch) + _rows(after.get(ch, set()), "after", ch)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(got['always'])} always, {len(got['changed'])} changed, "  # type: ignore[arg-type]
          f"{len(set(before) | set(after))} phrase characters -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

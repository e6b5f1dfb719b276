"""The command line: ``gov-notice FILE…`` / ``python -m gov_notice FILE…``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence, TextIO

from .results import Notice


def render(notice: Notice, out: TextIO) -> None:
    """A readable summary of one notice."""
    w = out.write
    if notice.id is not None:
        w(f"== {notice.id}\n")
    w(f"script: {notice.script}   characters: {len(notice.text)}\n")
    if notice.title:
        w(f"title: {notice.title}\n")
    if notice.attribution:
        w(f"attribution: {notice.attribution}\n")
    if notice.meeting:
        m = notice.meeting
        w(f"meeting: {m.name or '-'}  date: {m.date or '-'}  chair: {'、'.join(m.chair) or '-'}"
          f"  speakers: {'、'.join(m.speakers) or '-'}\n")
    w(f"\nofficials ({len(notice.officials)}):\n")
    for o in notice.officials:
        w(f"  {o.name}: {'、'.join(o.titles) or '-'}\n")
    w(f"\norganizations ({len(notice.organizations)}):\n")
    for org in notice.organizations:
        extra = f" → {org.canonical}" if org.canonical and org.canonical != org.name else ""
        w(f"  {org.name}{extra}\n")
    w(f"\ndirectives ({len(notice.directives)}):\n")
    for d in notice.directives:
        who = f"  [{d.speaker}]" if d.speaker else ""
        w(f"  {d.group}.{d.index} {d.marker} {d.summary}{who}\n")
    if notice.bylines:
        w(f"\nbylines: {'、'.join(f'{b.role} {b.name}' for b in notice.bylines)}\n")
    for warning in notice.warnings:
        w(f"warning: {warning}\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="gov-notice", description="Extract data from Chinese government notices.")
    ap.add_argument("paths", nargs="*", help="files to read (default: standard input)")
    ap.add_argument("--format", choices=("table", "jsonl"), default="table")
    args = ap.parse_args(argv)

    from .pipeline import Extractor

    ex = Extractor()
    failures = 0
    sources = args.paths or ["-"]
    for p in sources:
        try:
            data = sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes()
            notice = ex.extract(data, id=None if p == "-" else p)
        except (OSError, ValueError) as exc:
            print(f"gov-notice: {p}: {exc}", file=sys.stderr)
            failures += 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(notice.to_dict(), ensure_ascii=False) + "\n")
        else:
            render(notice, sys.stdout)
    return 1 if failures else 0

"""The command line: ``gov-notice PATH…`` / ``python -m gov_notice PATH…``.

Reads files, folders (recursively, ``--glob``) or standard input; writes a readable summary, JSON
Lines, or one of the long tables as CSV to standard output.  Exit codes: 0 all inputs done, 1 some
inputs failed (the others are still written; the failures are listed on stderr at the end) or the
output cannot be written (a full disk: one line on stderr, no traceback), 2 usage error (bad option,
no such path, nothing to read).  A character the output's encoding lacks is written as a
backslash escape, so no input is lost to the console's encoding.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence, TextIO

from .results import Notice

if TYPE_CHECKING:
    from .pipeline import Extractor

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_STDIN = "-"


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


class _UsageError(Exception):
    pass


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    from .frames import TABLES

    ap = argparse.ArgumentParser(
        prog="gov-notice",
        description="Extract directives, officials and organisations from Chinese government "
                    "notices. Results go to standard output; messages to standard error.",
        epilog="exit codes: 0 ok, 1 some inputs failed (the rest are written), 2 usage error",
    )
    ap.add_argument("paths", nargs="*", metavar="PATH",
                    help="files or folders to read ('-' or nothing: standard input)")
    ap.add_argument("--glob", default="*.txt",
                    help="which files to read inside folders, recursively (default: %(default)s)")
    ap.add_argument("--format", choices=("table", "jsonl", "csv"), default=None,
                    help="table: readable summary (default); jsonl: one JSON notice per line; "
                         "csv: one long table (see --table)")
    ap.add_argument("--table", choices=TABLES, default=None,
                    help="the table written by --format csv (default: officials)")
    ap.add_argument("--workers", type=_positive, default=1, metavar="N",
                    help="processes in all, this one included (default: 1)")
    ap.add_argument("--lexicon", metavar="TSV", help="a lexicon of your own terms (TSV)")
    ap.add_argument("--no-progress", action="store_true",
                    help="no progress bar (it is shown only when standard error is a terminal)")
    return ap


def _inputs(paths: list[str], pattern: str) -> list[str]:
    """The files to read, in order: every given path must exist (else a usage error)."""
    missing = [p for p in paths if p != _STDIN and not os.path.exists(p)]
    if missing:
        raise _UsageError("no such file or folder: " + ", ".join(missing))
    if paths.count(_STDIN) > 1:
        raise _UsageError("standard input ('-') can be read only once")
    files: list[str] = []
    for p in paths:
        if p != _STDIN and os.path.isdir(p):
            found = sorted(str(f) for f in Path(p).rglob(pattern) if f.is_file())
            files.extend(found)
        else:
            files.append(p)
    if not files:
        raise _UsageError(f"no files matching {pattern!r} in {', '.join(paths)}")
    return files


class _Read:
    """``(id, bytes)`` of each readable input, lazily; unreadable ones go to ``failures``.

    Has a length (the number of inputs), so the progress bar knows its total.
    """

    def __init__(self, files: list[str], failures: list[tuple[str, str]]) -> None:
        self.files, self.failures = files, failures

    def __len__(self) -> int:
        return len(self.files)

    def __iter__(self) -> Iterator[tuple[str | None, bytes]]:
        for f in self.files:
            try:
                if f == _STDIN:
                    yield None, sys.stdin.buffer.read()
                else:
                    yield f, Path(f).read_bytes()
            except OSError as exc:
                self.failures.append((f, exc.strerror or str(exc)))


class _OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor)."""


class _Output:
    """Standard output as a text file that never stops the run on a character it cannot hold.

    JSON Lines and CSV are UTF-8, the readable table is in the console's encoding; a character the
    encoding lacks (an emoji under a GBK console, a file name's undecodable byte kept as a lone
    surrogate) is written as a backslash escape (``\\U0001f46e``, ``\\udcff``: inside a JSON string
    that is the JSON escape of the same character).  Each write is one whole notice."""

    def __init__(self, fmt: str) -> None:
        self.buffer = None if fmt == "table" else getattr(sys.stdout, "buffer", None)
        self.encoding = "utf-8" if self.buffer is not None else (getattr(sys.stdout, "encoding", None)
                                                                 or "utf-8")
        self.flush()

    def write(self, text: str) -> int:
        data = text.encode(self.encoding, "backslashreplace")
        try:
            if self.buffer is not None:
                self.buffer.write(data)
            else:
                sys.stdout.write(data.decode(self.encoding))
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc) from exc
        return len(text)

    def flush(self) -> None:
        try:
            sys.stdout.flush()
            if self.buffer is not None:
                self.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc) from exc


class _Writer:
    """Writes notices in one format, each notice rendered whole before it is written."""

    def __init__(self, fmt: str, table: str, out: _Output) -> None:
        self.fmt, self.table, self.out = fmt, table, out
        self.count = 0
        self.buf = io.StringIO()
        self.csv: Any = None
        if fmt == "csv":
            from .frames import SCHEMAS

            self.columns = list(SCHEMAS[table])
            self.csv = csv.writer(self.buf, lineterminator="\n")
            self.csv.writerow(self.columns)
            self._emit()

    def _emit(self) -> None:
        self.out.write(self.buf.getvalue())
        self.buf.seek(0)
        self.buf.truncate()

    def write(self, notice: Notice) -> None:
        if self.fmt == "jsonl":
            self.buf.write(json.dumps(notice.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            from .frames import rows_of

            doc_id = self.count if notice.id is None else notice.id
            for row in rows_of(doc_id, notice)[self.table]:
                self.csv.writerow(["" if row[c] is None else row[c] for c in self.columns])
        else:
            if self.count:
                self.buf.write("\n")
            render(notice, self.buf)
        self._emit()
        self.count += 1


def _say(message: str) -> None:
    """A line on standard error, whatever characters it holds (file names with odd bytes)."""
    enc = getattr(sys.stderr, "encoding", None) or "utf-8"
    print(message.encode(enc, "backslashreplace").decode(enc), file=sys.stderr)


def _progress_wanted(no_progress: bool) -> bool:
    if no_progress or not sys.stderr.isatty():
        return False
    try:
        import tqdm  # noqa: F401  (optional: without it the CLI runs without a bar)
    except ImportError:
        return False
    return True


def _make_extractor(lexicon: str | None) -> Extractor:
    from .pipeline import Extractor

    return Extractor(lexicon=lexicon)


def _describe(exc: BaseException) -> str:
    """Why an input failed: the message for input errors, the exception type for anything else."""
    if isinstance(exc, (OSError, ValueError, TypeError)):
        return str(exc)
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


def _run(args: argparse.Namespace) -> int:
    from .batch import Failed, results_or_failures

    paths = args.paths or [_STDIN]
    if paths == [_STDIN] and sys.stdin is not None and sys.stdin.isatty():
        raise _UsageError("nothing to read: give files or folders, or pipe a notice into standard input")
    files = _inputs(paths, args.glob)
    try:
        extractor = _make_extractor(args.lexicon)
    except (OSError, ValueError, TypeError) as exc:
        raise _UsageError(f"--lexicon: {exc}") from exc

    failures: list[tuple[str, str]] = []
    results = results_or_failures(extractor, _Read(files, failures), workers=args.workers,
                       progress=_progress_wanted(args.no_progress), chunksize=4)
    out = _Output(args.format)
    writer = _Writer(args.format, args.table or "officials", out)
    for r in results:
        if isinstance(r, Failed):
            failures.append((_STDIN if r.id is None else str(r.id), _describe(r.error)))
        else:
            writer.write(r)
    out.flush()
    if failures:
        order = {f: i for i, f in enumerate(files)}
        failures.sort(key=lambda failure: order.get(failure[0], len(files)))  # in input order
        _say(f"gov-notice: {len(failures)} of {len(files)} inputs failed:")
        for name, reason in failures:
            _say(f"  {name}: {reason}")
        return EXIT_FAILED
    return EXIT_OK


def _drop_stdout() -> None:
    """Point standard output at the null device: what is still buffered for it cannot be written,
    and the interpreter's last flush must not fail again with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing to protect


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return int(exc.code or 0)
    if args.table and args.format is None:
        args.format = "csv"
    if args.table and args.format != "csv":
        ap.print_usage(sys.stderr)
        print(f"gov-notice: error: --table goes with --format csv, not {args.format}", file=sys.stderr)
        return EXIT_USAGE
    args.format = args.format or "table"
    try:
        return _run(args)
    except _UsageError as exc:
        _say(f"gov-notice: error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (`gov-notice … | head`): stop quietly
        _drop_stdout()
        return EXIT_FAILED
    except _OutputError as exc:  # `gov-notice … > /dev/full`: say so, no traceback
        _say(f"gov-notice: error: cannot write the results to standard output: {exc}")
        _drop_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("gov-notice: interrupted", file=sys.stderr)
        return 130

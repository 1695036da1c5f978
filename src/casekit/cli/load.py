"""``casekit load SOURCE... --to out.jsonl``: court records to JSONL or Parquet."""

from __future__ import annotations

import argparse
import sys
import time
from typing import IO, Any

from casekit.model.problem import Problem


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "load",
        help="load CourtListener / Caselaw Access Project files into records",
        description="Load CourtListener API JSON, CourtListener bulk CSV (plain, .gz, .bz2) "
        "and Caselaw Access Project JSON (files, directories, volume zips) into casekit "
        "records, written as JSON Lines or Parquet.  Problems are reported on stderr with "
        "their file and line or record; the exit status is 1 if there was any.",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files, directories or zips")
    p.add_argument(
        "--to",
        metavar="OUT",
        default="-",
        help="output file: .jsonl (.jsonl.gz) or .parquet; '-' (default) writes JSONL to stdout",
    )
    p.add_argument("--strict", action="store_true", help="stop at the first bad record")
    p.add_argument(
        "--citations",
        action="store_true",
        help="find statute, case and docket citations in opinion text (gives Extractions)",
    )
    p.add_argument(
        "--dialect",
        choices=("standard", "backtick", "backslash"),
        help="bulk CSV quoting (sniffed from the file when not given)",
    )
    p.add_argument("--full", action="store_true", help="Parquet: add the whole record as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


class Progress:
    """A one-line progress bar on a terminal: rows, MB/s, percent and ETA of a bulk file."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, rows: Any, count: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.25 and count and rows.bytes_read < rows.size:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-6)
        done = rows.bytes_read
        rate = done / elapsed / 1e6
        line = f"{rows.path}: {count:,} rows  {rate:.1f} MB/s"
        if rows.size:
            share = min(done / rows.size, 1.0)
            left = (rows.size - done) / (done / elapsed) if done else 0.0
            line += f"  {share:5.1%}  ETA {int(left) // 60}:{int(left) % 60:02d}"
        self.stream.write("\r" + line[:150].ljust(80))
        self.stream.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from casekit.loading import LoadLog
    from casekit.records.citations import with_citations
    from casekit.records.export import write_jsonl, write_records
    from casekit.records.sources import load

    def show(problem: Problem) -> None:
        if progress is not None and progress.shown:
            sys.stderr.write("\n")
            progress.shown = False
        print(f"casekit: {problem}", file=sys.stderr)

    quiet = args.quiet or not sys.stderr.isatty()
    progress = None if quiet else Progress(sys.stderr)
    log = LoadLog(strict=args.strict, on_problem=show)
    records: Any = load(*args.sources, log=log, dialect=args.dialect, progress=progress)
    if args.citations:
        records = with_citations(records)
    try:
        if args.to == "-":
            count = write_jsonl(records, sys.stdout)
        else:
            count = write_records(records, args.to, full=args.full)
    finally:
        if progress is not None:
            progress.end()
    print(f"casekit: {log.summary()}; wrote {count} to {args.to}", file=sys.stderr)
    return 1 if log.problems else 0

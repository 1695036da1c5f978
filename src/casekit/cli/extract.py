"""``casekit extract``: read news reports and print or write what they say.

``casekit extract [--format json|summary] [--output DIR] [--jobs N] PATH...`` reads files,
directories and glob patterns (text, HTML, JSON, JSONL) and writes, per report, the
full typed model (``json``, the default) or the flat summary (``summary``): one JSON
object per line on stdout, or ``DIR/<input stem>.json`` with ``--output``.  Inputs that
cannot be read are reported on stderr (file and line) and make the exit status 1; the
others are still written.  ``--jobs N`` extracts on N processes (0: every core), in the
same order.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "extract",
        help="extract the case, rulings, parties, statutes and quotes from news reports",
        description="Extract the case, rulings, parties, statutes and quotes from news "
        "reports (files, directories, globs; text, HTML, JSON, JSONL).",
    )
    p.add_argument(
        "--format",
        choices=("json", "summary"),
        default="json",
        help="json: the full typed model (default); summary: the flat casekit.summary/1",
    )
    p.add_argument("--output", "-o", metavar="DIR", help="write DIR/<input stem>.json per report")
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract on N processes (0: one per core; default 1); output keeps input order",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or globs")
    p.set_defaults(run=run)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value!r}")
    return n


def _stem(name: str) -> str:
    base = Path(name.replace("#", "_")).name
    stem = Path(base).stem
    return stem or "document"


def run(args: argparse.Namespace) -> int:
    from casekit.extractors.batch import extract_many
    from casekit.loading import LoadLog
    from casekit.news.read import read_many
    from casekit.serialize import to_dict
    from casekit.summaries import summary

    failed = 0

    def report(problem: object) -> None:
        print(f"casekit extract: {problem}", file=sys.stderr)

    log = LoadLog(on_problem=report)
    out_dir = Path(args.output) if args.output else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    used: dict[str, int] = {}
    for extraction in extract_many(read_many(*args.paths, log=log), jobs=args.jobs):
        document = extraction.document
        try:
            data = summary(extraction) if args.format == "summary" else to_dict(extraction)
        except Exception as e:  # pragma: no cover - records from extract always convert
            print(f"casekit extract: {document.id}: {e}", file=sys.stderr)
            failed += 1
            continue
        if out_dir is None:
            print(json.dumps(data, ensure_ascii=False))
            continue
        stem = _stem(document.id)
        n = used.get(stem, 0)
        used[stem] = n + 1
        name = f"{stem}.json" if n == 0 else f"{stem}-{n + 1}.json"
        try:
            (out_dir / name).write_text(
                json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        except OSError as e:
            print(f"casekit extract: cannot write {out_dir / name}: {e}", file=sys.stderr)
            failed += 1
    return 1 if failed or log.problems else 0

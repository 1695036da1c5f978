"""``casekit merge PATH...``: one account of each case from many reports."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from casekit.errors import LoadError, ReadError
from casekit.model.extraction import Extraction


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "merge",
        help="merge many reports into one case file per case",
        description="Read news reports (files, directories, globs), extract each, group them "
        "by the case they describe and merge each group into one case file: every fact "
        "once with the documents that state it, each quotation once with every outlet "
        "that printed it, and the conflicts between reports.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files, directories or globs")
    p.add_argument(
        "--format",
        choices=("json", "summary", "markdown"),
        default="json",
        help="json: the list of case files (typed model); summary: the flat summary of each "
        "case file; markdown: a readable case brief (default: json)",
    )
    p.add_argument(
        "--extractions",
        action="store_true",
        help="the inputs are JSON lines of extractions (`casekit extract --format json`), "
        "not reports",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(run=run)


def _read_extractions(paths: list[str]) -> Iterator[Extraction]:
    from casekit.serialize import from_dict

    for name in paths:
        path = Path(name)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise ReadError(f"cannot read: {e}", input=name, where=name) from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise LoadError(f"not valid JSON: {e}", where=f"{name}:line {number}") from None
            yield from_dict(data, Extraction)


def _extract_reports(paths: list[str]) -> tuple[list[Extraction], int]:
    import casekit

    log = casekit.LoadLog(on_problem=lambda p: print(f"casekit: {p}", file=sys.stderr))
    extractions = [casekit.extract(doc) for doc in casekit.read_many(*paths, log=log)]
    return extractions, len(log.problems)


def run(args: argparse.Namespace) -> int:
    from casekit.merging import merge
    from casekit.merging.brief import brief
    from casekit.merging.summary import case_file_summary
    from casekit.serialize import to_dict

    problems = 0
    if args.extractions:
        extractions = list(_read_extractions(args.paths))
    else:
        extractions, problems = _extract_reports(args.paths)
    case_files = merge(extractions)
    if args.format == "markdown":
        sources = {e.document.id: e.document.source or e.document.id for e in extractions}
        text = "\n\n---\n\n".join(brief(cf, sources=sources) for cf in case_files) + "\n"
    else:
        data = (
            [case_file_summary(cf) for cf in case_files]
            if args.format == "summary"
            else to_dict(case_files)
        )
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if problems else 0

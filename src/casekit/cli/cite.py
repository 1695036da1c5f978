"""``casekit cite TEXT``: parse a citation; ``casekit cite --find FILE``: find them all."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casekit.errors import CaseKitError, ReadError


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "cite",
        help="parse a statute, case or docket citation, or find every citation in a file",
        description="Parse one citation and print its canonical form and parts "
        "(`casekit cite '598 U. S. 175, 180 (2023)'`), or list every citation found in a "
        "text file (`casekit cite --find opinion.txt`): one per line with its span, kind, "
        "canonical form and mention.",
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="the citation to parse")
    p.add_argument("--find", metavar="FILE", help="find every citation in FILE ('-' for stdin)")
    p.add_argument("--json", action="store_true", help="print records as JSON (JSON lines)")
    p.set_defaults(run=run)


class UsageError(CaseKitError, ValueError):
    """The command line asks for something impossible (both or neither of TEXT and --find)."""


def run(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.find is None):
        raise UsageError("give either a citation TEXT or --find FILE")
    if args.find is not None:
        return _find(args.find, as_json=args.json)
    return _parse(args.text, as_json=args.json)


def _kind(record: object) -> str:
    from casekit.model import CaseCitation, DocketNumber

    if isinstance(record, CaseCitation):
        return "case"
    if isinstance(record, DocketNumber):
        return "docket"
    return "statute"


def _parts(record: Any) -> list[tuple[str, str]]:
    import attrs

    parts = []
    for field in attrs.fields(type(record)):
        if field.name in ("mention", "provenance"):
            continue
        value = getattr(record, field.name)
        if value is None or value == () or value is False:
            continue
        if field.name == "jurisdiction" and value == "us":
            continue
        shown = getattr(value, "value", value)
        if isinstance(shown, tuple):
            shown = ", ".join(map(str, shown))
        parts.append((field.name, str(shown)))
    return parts


def _parse(text: str, *, as_json: bool) -> int:
    from casekit.citations.dockets import parse_docket
    from casekit.citations.find import parse_citation
    from casekit.model import DocketNumber
    from casekit.serialize import to_json

    record = parse_citation(text)
    records: tuple[Any, ...] = (record,)
    if isinstance(record, DocketNumber):
        records = parse_docket(text)
    for r in records:
        if as_json:
            print(to_json(r))
            continue
        print(str(r))
        print(f"  kind: {_kind(r)}")
        for name, value in _parts(r):
            print(f"  {name}: {value}")
    return 0


def _read(path: str) -> str:
    import sys

    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}", input=path, where=path) from None
    return data.decode("utf-8", errors="replace")


def _find(path: str, *, as_json: bool) -> int:
    from casekit.citations.find import find_citations
    from casekit.serialize import to_dict

    text = _read(path)
    for record in find_citations(text):
        span = record.provenance[0].span if record.provenance else None
        start, end = (span.start, span.end) if span else (0, 0)
        mention = record.mention or ""
        if as_json:
            line = {
                "span": [start, end],
                "kind": _kind(record),
                "citation": str(record),
                "record": to_dict(record),
            }
            print(json.dumps(line, ensure_ascii=False))
        else:
            flat = " ".join(mention.split())
            print(f"{start}-{end}\t{_kind(record)}\t{record}\t{flat}")
    return 0

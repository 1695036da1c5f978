"""``casekit schema TYPE``: print the JSON Schema of a record type."""

from __future__ import annotations

import argparse
import json
from typing import Any


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "schema",
        help="print the JSON Schema (Draft 2020-12) of a record type",
        description="Print the JSON Schema (Draft 2020-12) of a record type, "
        "e.g. `casekit schema Extraction`.",
    )
    p.add_argument("type", metavar="TYPE", help="record type name (Extraction, Case, Quote, ...)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from casekit.schema import json_schema, record_type

    print(json.dumps(json_schema(record_type(args.type)), indent=2, ensure_ascii=False))
    return 0

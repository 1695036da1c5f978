"""The ``casekit`` command: a thin shell over the Python API.

Each subcommand lives in its own module of this package, with two functions:
``add_parser(subparsers)`` declares its arguments and ``run(args)`` does the work
and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from casekit._version import __version__
from casekit.errors import CaseKitError

__all__ = ["main"]

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = ("extract", "merge", "cite", "load", "schema")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casekit",
        description="Typed records for what is written about court cases.",
    )
    parser.add_argument("--version", action="version", version=f"casekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"casekit.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"casekit.cli.{name}":
                raise
            continue  # a subcommand not built yet
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        status: int = args.run(args)
    except CaseKitError as e:
        print(f"casekit: error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `casekit ... | head`
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Reading court records with Dask (the ``dask`` extra): a bag of records per file or slice.

Records, loaders and errors are picklable, so any Dask scheduler (threads, processes,
a distributed cluster) can run them.  :func:`read_bag` makes one partition per file,
and splits plain (uncompressed) bulk CSVs that quote every value into ~``blocksize``
byte ranges cut at row starts.  Problems travel in the bag as :class:`~casekit.Problem`
records (``problems=False`` drops them after counting nothing; use
``bag.filter(lambda r: isinstance(r, casekit.Problem))`` to look at them).

>>> import dask
>>> from casekit import Problem
>>> from casekit.records.dask import read_bag
>>> bag = read_bag(["tests/fixtures/cap/a2d_100_CasesMetadata.json"])
>>> with dask.config.set(scheduler="sync"):
...     captions = bag.filter(lambda r: not isinstance(r, Problem)).map(
...         lambda e: e.case.caption).compute()
>>> len(captions), captions[0]
(9, 'Peyton v. District of Columbia')
"""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from casekit.errors import CaseKitError
from casekit.loading import LoadLog
from casekit.model.problem import Problem
from casekit.records._common import PathLike, base_name
from casekit.records.cl_bulk import load_bulk
from casekit.records.csvstream import CsvRows, row_starts
from casekit.records.sources import load

__all__ = ["partitions", "read_bag"]

Part = tuple[str, tuple[int, int] | None, tuple[str, ...] | None, str | None]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise CaseKitError(
            "reading with Dask needs dask: pip install 'casekit[dask]'", input="dask"
        ) from None
    return dask.bag


def partitions(paths: Iterable[PathLike], *, blocksize: int = 64 << 20) -> list[Part]:
    """The pieces a bag reads: ``(path, byte_range, header, dialect)`` per file or slice.

    ``paths`` may hold glob patterns.  Only plain bulk CSVs whose values are all quoted
    are split into byte ranges; everything else is one piece per file.
    """
    parts: list[Part] = []
    for given in paths:
        matches = sorted(glob.glob(str(given))) or [str(given)]
        for path in matches:
            name = base_name(path).lower()
            if not name.endswith(".csv") or name != Path(path).name.lower():
                parts.append((path, None, None, None))
                continue
            try:
                with CsvRows(path) as rows:
                    header, dialect = tuple(rows.header), rows.dialect
            except (CaseKitError, OSError):
                parts.append((path, None, None, None))
                continue
            starts = row_starts(path, blocksize, dialect)
            if starts is None or len(starts) < 3:
                parts.append((path, None, None, None))
                continue
            for start, end in itertools.pairwise(starts):
                parts.append((path, (start, end), header, dialect))
    return parts


def _read(part: Part, *, strict: bool, problems: bool) -> Iterator[Any]:
    path, byte_range, header, dialect = part
    found: list[Problem] = []
    log = LoadLog(strict=strict, on_problem=found.append)
    if byte_range is None:
        records: Iterable[Any] = load(path, log=log, dialect=dialect)
    else:
        records = load_bulk(
            path, log=log, dialect=dialect, byte_range=byte_range, header=list(header or ())
        )
    for record in records:
        yield record
        if problems and found:
            yield from found
            found.clear()
    if problems:
        yield from found


def read_bag(
    paths: Iterable[PathLike] | PathLike,
    *,
    blocksize: int = 64 << 20,
    strict: bool = False,
    problems: bool = True,
) -> Any:
    """A ``dask.bag.Bag`` of the records of court-record files (any the loaders read).

    One partition per file, or per ~``blocksize`` bytes of a splittable bulk CSV.
    """
    bag = _dask_bag()
    given: Iterable[PathLike] = [paths] if isinstance(paths, str | os.PathLike) else paths
    parts = partitions(given, blocksize=blocksize)
    reader = partial(_read, strict=strict, problems=problems)
    return bag.from_sequence(parts, npartitions=max(1, len(parts))).map_partitions(_flatten, reader)


def _flatten(parts: Iterable[Part], reader: Any) -> list[Any]:
    return [record for part in parts for record in reader(part)]

"""CourtListener bulk data: the ``dockets``, ``opinion-clusters``, ``opinions``,
``citations`` and ``courts`` CSV dumps, streamed row by row in constant memory.

Plain, ``.gz`` and ``.bz2`` files are read as they are; the CSV dialect is sniffed
(see :mod:`casekit.records.csvstream`) unless given.  Rows become the same records as
the REST API objects (:mod:`casekit.records.courtlistener`); a ``citations`` row
becomes a :class:`~casekit.Case` holding just the cluster's id and that citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from casekit.errors import CaseKitError, InvalidRecord
from casekit.loading import LoadLog
from casekit.model.case import Case
from casekit.records._common import PathLike, base_name
from casekit.records.courtlistener import (
    KINDS,
    SOURCE,
    Row,
    citation_record,
)
from casekit.records.csvstream import CsvRows
from casekit.records.loader import Loaded, source_name

__all__ = ["BULK_KINDS", "bulk_kind", "citation_row", "load_bulk"]


def citation_row(row: Row) -> Case:
    """A bulk ``citations`` row: the cluster's Case with that one citation."""
    cluster = row.get("cluster_id")
    if not cluster:
        raise InvalidRecord("a citation row needs a cluster_id", input=cluster, where="cluster_id")
    cite = citation_record(row)
    if not (cite.volume and cite.reporter and cite.page):
        raise InvalidRecord(
            "a citation needs volume, reporter and page", input=dict(row), where="volume"
        )
    return Case(id=f"{SOURCE}:cluster:{cluster}", citations=(cite,))


#: bulk file kind -> row builder
BULK_KINDS: dict[str, Callable[[Row], Any]] = {
    "dockets": KINDS["docket"],
    "opinion-clusters": KINDS["cluster"],
    "opinions": KINDS["opinion"],
    "citations": citation_row,
    "courts": KINDS["court"],
}

_NAME_KINDS = (
    (re.compile(r"^(?:search_)?docket(?!-?entr)s?\b|^dockets"), "dockets"),
    (
        re.compile(r"^(?:search_)?(?:opinion-?clusters?|opinioncluster|clusters)"),
        "opinion-clusters",
    ),
    (re.compile(r"^(?:search_)?opinions?(?!-?clusters?)(?![a-z])"), "opinions"),
    (re.compile(r"^(?:search_)?citations?(?![a-z]|-map)"), "citations"),
    (re.compile(r"^(?:search_)?courts?(?![a-z])"), "courts"),
)


def bulk_kind(name: str, header: list[str]) -> str | None:
    """The kind of a bulk file (a key of :data:`BULK_KINDS`), from its name or its header."""
    lowered = name.lower()
    for pattern, kind in _NAME_KINDS:
        if pattern.match(lowered):
            return kind
    columns = set(header)
    if "plain_text" in columns or "html_with_citations" in columns:
        return "opinions"
    if {"volume", "reporter", "page", "cluster_id"} <= columns:
        return "citations"
    if "docket_number" in columns:
        return "dockets"
    if "case_name" in columns and "docket_id" in columns:
        return "opinion-clusters"
    if "citation_string" in columns or {"full_name", "jurisdiction"} <= columns:
        return "courts"
    return None


ProgressHook = Callable[[CsvRows, int], None]


def load_bulk(
    path: PathLike,
    *,
    kind: str | None = None,
    dialect: str | None = None,
    strict: bool = False,
    log: LoadLog | None = None,
    progress: ProgressHook | None = None,
    every: int = 2000,
    byte_range: tuple[int, int] | None = None,
    header: list[str] | None = None,
) -> Loaded[Any]:
    """The records of one CourtListener bulk CSV file, read lazily.

    ``kind`` is one of :data:`BULK_KINDS` (guessed from the file name or header when
    None); ``dialect`` one of :data:`~casekit.records.csvstream.DIALECTS` (sniffed when
    None).  ``progress(rows, count)`` is called every ``every`` rows and at the end.
    ``byte_range`` and ``header`` read one slice of a plain file (for parallel readers,
    see :func:`casekit.records.csvstream.row_starts`); row numbers then count from the
    slice's start, and problems name the slice.

    >>> from casekit.records import load_bulk
    >>> loaded = load_bulk("tests/fixtures/courtlistener/"
    ...                    "bulk_dockets_header2024_plus_row_from_issue4241.csv")
    >>> [e.case.caption for e in loaded]
    ['Advent Software Inc. v. Stratum Business']
    >>> loaded.log.summary()
    'read 1 records: 1 loaded, 0 reported'
    """

    def produce(log: LoadLog) -> Iterator[Any]:
        source = source_name(path)
        if byte_range is not None:
            source += f"[bytes {byte_range[0]}-{byte_range[1]}]"
        try:
            rows = CsvRows(path, dialect=dialect, byte_range=byte_range, header=header)
        except CaseKitError as e:
            log.report(source, e.where if e.where != source else None, e.message, input=e.input)
            return
        with rows:
            file_kind = kind or bulk_kind(base_name(path), rows.header)
            if file_kind not in BULK_KINDS:
                log.report(
                    source,
                    "line 1",
                    f"cannot tell what bulk file this is (kind {file_kind!r}); "
                    f"pass kind= one of {sorted(BULK_KINDS)}",
                )
                return
            yield from _rows(log, source, rows, BULK_KINDS[file_kind], progress, every)

    return Loaded(produce, log, strict)


def _rows(
    log: LoadLog,
    source: str,
    rows: CsvRows,
    build: Callable[[Row], Any],
    progress: ProgressHook | None,
    every: int,
) -> Iterator[Any]:
    header = rows.header
    width = len(header)
    count = 0
    numbered = iter(rows)
    while True:
        try:
            count, row = next(numbered)
        except StopIteration:
            break
        except CaseKitError as e:  # a truncated .gz / .bz2: the rest cannot be read
            log.report(source, f"row {count + 1} ({e.where})", e.message)
            break
        if progress is not None and count % every == 0:
            progress(rows, count)
        if isinstance(row, str) or len(row) != width:
            reason = (
                row
                if isinstance(row, str)
                else f"expected {width} fields, got {len(row)} (a broken quote?)"
            )
            log.report(source, f"row {count} (line {rows.line})", reason)
            continue
        try:
            record = build(dict(zip(header, row)))  # noqa: B905 (width checked)
        except CaseKitError as e:
            reason = f"{e.where}: {e.message}" if e.where else e.message
            log.report(source, f"row {count} (line {rows.line})", reason, input=row[:1])
            continue
        log.loaded_one()
        yield record
    if progress is not None:
        progress(rows, count)

"""Loading any court-record source: CourtListener JSON or bulk CSV, CAP JSON, zips, dirs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from casekit.errors import CaseKitError, InvalidRecord
from casekit.loading import LoadLog
from casekit.records._common import PathLike, base_name
from casekit.records.cap import cap_record, load_cap
from casekit.records.cl_bulk import ProgressHook, load_bulk
from casekit.records.courtlistener import from_courtlistener
from casekit.records.loader import Loaded, convert, read_json_objects, source_name

__all__ = ["is_cap", "load", "load_courtlistener", "load_records", "record_of"]

_CAP_KEYS = frozenset({"name_abbreviation", "decision_date", "casebody", "first_page"})


def is_cap(data: Mapping[str, Any]) -> bool:
    """Whether a JSON object is a Caselaw Access Project case (else CourtListener)."""
    return len(_CAP_KEYS.intersection(data)) >= 2 or "volume_number" in data


def record_of(data: Any) -> Any:
    """The record for one JSON object of either source (CAP or CourtListener)."""
    if isinstance(data, Mapping) and is_cap(data):
        return cap_record(data)
    if not isinstance(data, Mapping):
        raise InvalidRecord(f"must be a JSON object, got {data!r}"[:200], where="$")
    return from_courtlistener(data)


def load_courtlistener(
    *sources: PathLike, kind: str | None = None, strict: bool = False, log: LoadLog | None = None
) -> Loaded[Any]:
    """The records of CourtListener API JSON files (``.json``, ``.jsonl``, compressed too).

    A file may hold one object, a list, or a paginated response
    (``{count, next, previous, results}``).  ``kind`` forces the object kind
    (``docket``, ``cluster``, ``opinion``, ``party``, ``attorney``, ``court``).

    >>> from casekit.records import load_courtlistener
    >>> [doc] = load_courtlistener("tests/fixtures/courtlistener/"
    ...                            "api_v4_opinion_10842813_noem-v-abrego-garcia.json")
    >>> doc.kind.value, doc.metadata["cluster_id"], len(doc.text)
    ('opinion', '10376225', 7385)
    """

    def build(data: Any) -> Any:
        if not isinstance(data, Mapping):
            return record_of(data)
        return from_courtlistener(data, kind)

    def produce(log: LoadLog) -> Iterator[Any]:
        for source in sources:
            yield from _json_source(log, source, build)

    return Loaded(produce, log, strict)


def _json_source(log: LoadLog, source: PathLike, build: Any) -> Iterator[Any]:
    name = source_name(source)
    items = read_json_objects(source)
    try:
        head = next(items)
    except StopIteration:
        return
    except CaseKitError as e:  # cannot be read at all: report, go on with the next source
        log.report(name, None, e.message, input=e.input)
        return
    yield from convert(log, name, itertools.chain([head], items), build)


_CSV = (".csv", ".tsv")


def load(
    *sources: PathLike,
    strict: bool = False,
    log: LoadLog | None = None,
    dialect: str | None = None,
    progress: ProgressHook | None = None,
) -> Loaded[Any]:
    """The records of any mix of court-record sources, each recognized by its content.

    ``.csv`` files (plain, ``.gz``, ``.bz2``) are CourtListener bulk dumps; ``.zip``
    files and directories are CAP volumes; JSON and JSONL files hold CourtListener API
    objects or CAP cases, told apart object by object.

    >>> from casekit.records import load
    >>> loaded = load("tests/fixtures/cap/a2d_100_0036-01.json",
    ...               "tests/fixtures/courtlistener/api_v4_party_42_illustrative_from-cl-docs.json")
    >>> [type(r).__name__ for r in loaded], loaded.log.summary()
    (['Extraction', 'Party'], 'read 2 records: 2 loaded, 0 reported')
    """

    def produce(log: LoadLog) -> Iterator[Any]:
        for source in sources:
            path = Path(source)
            name = base_name(path).lower()
            if path.is_dir() or name.endswith(".zip"):
                yield from load_cap(path, log=log)
            elif name.endswith(_CSV):
                yield from load_bulk(path, dialect=dialect, log=log, progress=progress)
            else:
                yield from _json_source(log, path, record_of)

    return Loaded(produce, log, strict)


#: :func:`load` under the name ``casekit`` exports it by.
load_records = load

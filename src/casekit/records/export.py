"""Writing records out: JSON Lines always, Parquet with the ``parquet`` extra.

JSONL holds one record per line, exactly :func:`casekit.to_json` of it.  Parquet holds
one row per record in a flat layout (:data:`PARQUET_COLUMNS`, documented in
``docs/records.md``), written in row groups so memory stays flat.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from casekit.errors import CaseKitError, ReadError
from casekit.model.case import Case
from casekit.model.court import Court
from casekit.model.document import Document
from casekit.model.extraction import Extraction
from casekit.model.party import Party
from casekit.records._common import PathLike
from casekit.serialize import to_dict, to_json

__all__ = ["PARQUET_COLUMNS", "flat_row", "write_jsonl", "write_parquet", "write_records"]


def _open_out(path: PathLike) -> IO[str]:
    p = Path(path)
    try:
        if p.suffix == ".gz":
            return gzip.open(p, "wt", encoding="utf-8")
        return open(p, "w", encoding="utf-8")
    except OSError as e:
        raise ReadError(f"cannot write: {e.strerror or e}", input=str(p), where=str(p)) from None


def write_jsonl(records: Iterable[Any], path: PathLike | IO[str]) -> int:
    """Write each record as one line of JSON (``.gz`` compresses); returns how many.

    >>> import io
    >>> from casekit import Court
    >>> out = io.StringIO()
    >>> write_jsonl([Court(id="dcd")], out)
    1
    >>> out.getvalue()[:22]
    '{"id": "dcd", "name": '
    """
    if isinstance(path, str | Path):
        with _open_out(path) as f:
            return write_jsonl(records, f)
    out: IO[str] = path  # type: ignore[assignment]
    count = 0
    for record in records:
        out.write(to_json(record))
        out.write("\n")
        count += 1
    return count


#: Parquet column -> (Arrow type name, what it holds)
PARQUET_COLUMNS: dict[str, tuple[str, str]] = {
    "record_type": ("string", "Extraction, Document, Case, Party, Court, Attorney, ..."),
    "id": ("string", "the document id, else the case, court or party id/name"),
    "source": ("string", "courtlistener or cap"),
    "kind": ("string", "document kind: opinion, docket, ..."),
    "case_id": ("string", "Case.id"),
    "caption": ("string", "Case.caption"),
    "full_name": ("string", "Case.full_name"),
    "docket_numbers": ("list<string>", "Case.docket_numbers"),
    "court_id": ("string", "the case's court id (a courts-db id when known)"),
    "court_name": ("string", "the case's court name"),
    "decided": ("string", "first ruling's date: YYYY, YYYY-MM or YYYY-MM-DD"),
    "judges": ("list<string>", "first ruling's judges"),
    "parties": ("list<string>", "party names"),
    "party_roles": ("list<string>", "party roles, parallel to parties (null when unknown)"),
    "citations": ("list<string>", "the case's own reporter citations"),
    "title": ("string", "Document.title"),
    "url": ("string", "Document.url"),
    "published": ("date32", "Document.published"),
    "text": ("string", "Document.text"),
    "cited_cases": ("list<string>", "Extraction.citations (found in the text)"),
    "cited_statutes": ("list<string>", "Extraction.statutes (found in the text)"),
    "metadata": ("string", "Document.metadata as a JSON object"),
    "record": ("string", "the whole record as JSON (only with full=True)"),
}


def flat_row(record: Any, *, full: bool = False) -> dict[str, Any]:
    """The flat (Parquet) row of one record: a dict keyed by :data:`PARQUET_COLUMNS`."""
    row: dict[str, Any] = dict.fromkeys(PARQUET_COLUMNS)
    row["record_type"] = type(record).__name__
    document: Document | None = None
    case: Case | None = None
    if isinstance(record, Extraction):
        document, case = record.document, record.case
        row["cited_cases"] = [str(c) for c in record.citations]
        row["cited_statutes"] = [str(s) for s in record.statutes]
    elif isinstance(record, Document):
        document = record
    elif isinstance(record, Case):
        case = record
    elif isinstance(record, Court):
        row["id"] = row["court_id"] = record.id
        row["court_name"] = record.name
    elif isinstance(record, Party):
        row["id"] = record.name
        row["parties"] = [record.name]
        row["party_roles"] = [record.role.value if record.role else None]
    elif hasattr(record, "name"):
        row["id"] = record.name
    if case is not None:
        row["id"] = case.id
        row["case_id"] = case.id
        row["caption"] = case.caption
        row["full_name"] = case.full_name
        row["docket_numbers"] = list(case.docket_numbers)
        if case.court is not None:
            row["court_id"], row["court_name"] = case.court.id, case.court.name
        if case.rulings:
            ruling = case.rulings[0]
            row["decided"] = str(ruling.decided) if ruling.decided else None
            row["judges"] = [j.name for j in ruling.judges]
        row["parties"] = [p.name for p in case.parties]
        row["party_roles"] = [p.role.value if p.role else None for p in case.parties]
        row["citations"] = [str(c) for c in case.citations]
    if document is not None:
        row["id"] = document.id
        row["source"] = document.source
        row["kind"] = document.kind.value
        row["title"] = document.title
        row["url"] = document.url
        row["published"] = document.published
        row["text"] = document.text
        row["metadata"] = json.dumps(document.metadata, ensure_ascii=False)
    if full:
        row["record"] = json.dumps(to_dict(record), ensure_ascii=False)
    return row


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CaseKitError(
            "writing Parquet needs pyarrow: pip install 'casekit[parquet]'", input="pyarrow"
        ) from None
    return pa, pq


def _schema(pa: Any) -> Any:
    types = {
        "string": pa.string(),
        "list<string>": pa.list_(pa.string()),
        "date32": pa.date32(),
    }
    return pa.schema([(name, types[kind]) for name, (kind, _) in PARQUET_COLUMNS.items()])


def _batches(records: Iterable[Any], size: int, full: bool) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    held = 0
    for record in records:
        row = flat_row(record, full=full)
        batch.append(row)
        held += len(row["text"] or "") + len(row["record"] or "")
        if len(batch) >= size or held > 64 << 20:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def write_parquet(
    records: Iterable[Any], path: PathLike, *, full: bool = False, row_group: int = 5000
) -> int:
    """Write records to a Parquet file in the flat layout; returns how many.

    ``full=True`` adds the ``record`` column (the whole record as JSON).  Needs the
    ``parquet`` extra (pyarrow), imported only here.
    """
    pa, pq = _pyarrow()
    schema = _schema(pa)
    count = 0
    try:
        writer = pq.ParquetWriter(str(path), schema)
    except OSError as e:
        raise ReadError(f"cannot write: {e}", input=str(path), where=str(path)) from None
    with writer:
        for batch in _batches(records, row_group, full):
            columns = {name: [row[name] for row in batch] for name in PARQUET_COLUMNS}
            writer.write_table(pa.table(columns, schema=schema))
            count += len(batch)
    return count


def write_records(records: Iterable[Any], path: PathLike, *, full: bool = False) -> int:
    """Write to ``.parquet`` (flat layout) or else JSONL (``.jsonl``, ``.jsonl.gz``)."""
    if str(path).lower().endswith(".parquet"):
        return write_parquet(records, path, full=full)
    return write_jsonl(records, path)

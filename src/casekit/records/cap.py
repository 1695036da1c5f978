"""The Caselaw Access Project (static.case.law): case JSON, volume metadata, zips.

Accepted inputs: one case file (``json/0036-01.json`` or ``cases/…``), a volume's
``CasesMetadata.json`` (every case of the volume, without text), a directory or a
volume ``.zip`` holding them, the older API shape (``casebody: {status, data}`` and
paginated ``{count, next, previous, results}``), and flattened re-publications (a JSON
string holding JSON; ``citations``, ``court``, ``jurisdiction`` as plain strings).

Each case becomes an :class:`~casekit.Extraction`: the document is the case's text
(head matter excluded; opinions one after the other, separated by a blank line) and the
case holds caption, docket numbers, court, parties, the ruling (decision date with its
precision, the panel) and the reporter citations.  :func:`opinions` gives each opinion
as its own :class:`~casekit.Document` (type, author), :func:`attorneys` the attorneys.

>>> from casekit.records import load_cap
>>> [e] = load_cap("tests/fixtures/cap/a2d_100_0456-01.json")
>>> e.case.caption, str(e.case.rulings[0].decided), str(e.case.citations[0])
('Pennsylvania R. v. Newmyer', '1953-11-20', 'Pennsylvania R. v. Newmyer, 100 A.2d 456 (1953)')
>>> [(o.metadata["type"], o.metadata["author"]) for o in opinions(e)]
[('majority', 'HOOD, Associate Judge.'), ('dissent', 'CAYTON, Chief Judge')]
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from casekit.errors import CaseKitError, InvalidRecord, LoadError
from casekit.loading import LoadLog
from casekit.model.case import Case
from casekit.model.court import Court
from casekit.model.dates import PartialDate
from casekit.model.document import Document, DocumentKind, MetadataValue
from casekit.model.extraction import Extraction
from casekit.model.ruling import Ruling
from casekit.records._common import PathLike, clean, court, lines
from casekit.records.attorney import Attorney, split_attorneys
from casekit.records.courtlistener import parse_cite
from casekit.records.loader import Loaded, convert, read_json_objects, source_name
from casekit.records.people import split_judges, split_parties

__all__ = ["attorneys", "cap_record", "load_cap", "opinions"]

SOURCE = "cap"
SITE = "https://static.case.law"
OPINION_SEPARATOR = "\n\n"


def _field(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return clean(value)
    raise InvalidRecord(f"must be a string, got {value!r}", input=value, where=key)


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    """A list-of-strings field (a lone string counts as one line)."""
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v.strip()]
    raise InvalidRecord(f"must be a list of strings, got {value!r}", input=value, where=key)


_DOCKET_PREFIX = re.compile(r"^\s*(?:Nos?|Numbers?|Docket(?:\s+Nos?)?)\.?\s*", re.IGNORECASE)
_DOCKET_SPLIT = re.compile(r"\s*(?:,\s+|;|&|\band\b)\s*")  # not "31,905"


def docket_numbers(text: str | None) -> tuple[str, ...]:
    """``"Nos. 1383, 1384"`` -> ``("1383", "1384")``: numbers as printed, without "No."."""
    if not text:
        return ()
    body = _DOCKET_PREFIX.sub("", text.strip(" [")).strip(" .[]")
    parts = _DOCKET_SPLIT.split(body) if re.search(r"\d", body) else [body]
    return tuple(p.strip(" .[]") for p in parts if p.strip(" .[]"))


@lru_cache(maxsize=4096)
def _known_court(name: str) -> Court | None:
    """The court a CAP court name stands for, from casekit's court index (or courts-db)."""
    try:
        from casekit.citations.courts import resolve_court
    except ImportError:  # pragma: no cover - only while the court index is missing
        pass
    else:
        try:
            return resolve_court(name)
        except CaseKitError:
            pass
    try:
        from courts_db import find_court

        found = find_court(name)
    except Exception:  # courts-db raises on odd input; the court is optional
        return None
    return court(found[0]) if len(found) == 1 else None


def _court(data: Mapping[str, Any]) -> Court | None:
    raw = data.get("court")
    jurisdiction = data.get("jurisdiction")
    juris_name = None
    if isinstance(jurisdiction, Mapping):
        juris_name = clean(jurisdiction.get("name_long")) or clean(jurisdiction.get("name"))
    elif isinstance(jurisdiction, str):
        juris_name = clean(jurisdiction)
    if isinstance(raw, str):
        raw = {"name": raw}
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise InvalidRecord(f"must be an object, got {raw!r}", input=raw, where="court")
    name = clean(raw.get("name"))
    known = _known_court(name) if name else None
    if known is not None:
        return known
    cap_id = clean(raw.get("id"))
    if cap_id is None and name is None:
        return None
    return Court(
        id=f"cap:{cap_id}" if cap_id else f"cap:{name}",
        name=name,
        citation=clean(raw.get("name_abbreviation")),
        jurisdiction=juris_name,
    )


def _court_name(data: Mapping[str, Any]) -> str | None:
    """The court's name as CAP prints it."""
    raw = data.get("court")
    return clean(raw.get("name") if isinstance(raw, Mapping) else raw)


def _casebody(data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    body = data.get("casebody")
    if isinstance(body, Mapping) and "status" in body and "data" in body:  # the older API
        body = body["data"]
        if isinstance(body, str):  # html / xml body format: keep the text only
            from casekit.records._common import strip_markup

            return {"opinions": [{"type": "majority", "text": strip_markup(body)}]}
    if body is None:
        if isinstance(data.get("text"), str):  # flattened: one text, raw strings
            return {
                "opinions": [{"type": None, "text": data["text"]}],
                "parties": data.get("parties"),
                "judges": data.get("judges"),
                "attorneys": data.get("attorneys"),
                "head_matter": data.get("head_matter"),
            }
        return None
    if not isinstance(body, Mapping):
        raise InvalidRecord(f"must be an object, got {body!r}", input=body, where="casebody")
    return body


def cap_record(data: Any) -> Extraction:
    """One CAP case (any of the accepted shapes) as an Extraction."""
    if not isinstance(data, Mapping):
        raise InvalidRecord(f"a case must be an object, got {data!r}"[:200], where="$")
    if "volume_number" in data and "publisher" in data:
        raise InvalidRecord("a volume's metadata, not a case", where="$")
    case_id = _field(data, "id")
    name = _field(data, "name")
    abbreviation = _field(data, "name_abbreviation")
    if case_id is None and name is None and abbreviation is None:
        raise InvalidRecord("a case needs an id or a name", input=None, where="id")
    decision = data.get("decision_date")
    if decision is not None and not isinstance(decision, str):
        raise InvalidRecord(
            f"must be a date string, got {decision!r}", input=decision, where="decision_date"
        )
    try:
        decided = PartialDate.parse(decision) if decision else None
    except CaseKitError:
        raise InvalidRecord(
            f"not a date: {decision!r}", input=decision, where="decision_date"
        ) from None
    court = _court(data)
    body = _casebody(data) or {}
    caption = abbreviation or name
    year = decided.year if decided else None
    cites = data.get("citations")
    if isinstance(cites, str):
        cites = [{"cite": part} for part in cites.split(";") if part.strip()]
    if cites is not None and not isinstance(cites, list):
        raise InvalidRecord(f"must be a list, got {cites!r}", input=cites, where="citations")
    citations = []
    for i, item in enumerate(cites or ()):
        text = item.get("cite") if isinstance(item, Mapping) else item
        if not isinstance(text, str):
            raise InvalidRecord(f"must be a citation, got {item!r}", where=f"citations[{i}]")
        cite = parse_cite(text, year=year, case_name=caption)
        if cite is not None:
            citations.append(cite)
    parties_lines = _strings(body, "parties") or ([name] if name else [])
    judges = tuple(j for line in _strings(body, "judges") for j in split_judges(line))
    ruling = Ruling(court=court, judges=judges, decided=decided)
    doc_id = f"{SOURCE}:{case_id}" if case_id else f"{SOURCE}:{caption}"
    case = Case(
        id=doc_id,
        caption=caption,
        full_name=name if name != caption else None,
        docket_numbers=docket_numbers(_field(data, "docket_number")),
        court=court,
        parties=tuple(p for line in parties_lines for p in split_parties(line)),
        rulings=(ruling,),
        citations=tuple(citations),
    )
    text, meta = _opinions_text(body)
    attorney_lines = _strings(body, "attorneys")
    path = _field(data, "file_name")
    document = Document(
        id=doc_id,
        text=text,
        title=caption,
        source=SOURCE,
        url=_url(data),
        published=decided.to_date() if decided else None,
        kind=DocumentKind.OPINION,
        metadata={
            **meta,
            **{
                k: v
                for k, v in {
                    "cap_id": case_id,
                    "court_id": court.id if court else None,
                    "court_name": _court_name(data),
                    "decision_date": str(decided) if decided else None,
                    "first_page": _field(data, "first_page"),
                    "last_page": _field(data, "last_page"),
                    "file_name": path,
                    "parties": "\n".join(parties_lines) or None,
                    "judges": "\n".join(_strings(body, "judges")) or None,
                    "attorneys": "\n".join(attorney_lines) or None,
                    "head_matter": clean(body.get("head_matter")),
                }.items()
                if v is not None
            },
        },
    )
    return Extraction(document=document, case=case)


def _url(data: Mapping[str, Any]) -> str | None:
    for key in ("frontend_url", "url"):
        value = clean(data.get(key))
        if value:
            return value
    return None


def _opinions_text(body: Mapping[str, Any]) -> tuple[str, dict[str, MetadataValue]]:
    items = body.get("opinions") or []
    if not isinstance(items, list):
        raise InvalidRecord(f"must be a list, got {items!r}", input=items, where="opinions")
    parts: list[str] = []
    meta: dict[str, MetadataValue] = {"opinions": len(items)}
    offset = 0
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not isinstance(item.get("text", ""), str):
            raise InvalidRecord(
                f"must be an opinion object, got {item!r}"[:200], where=f"opinions[{i}]"
            )
        text = item.get("text") or ""
        if parts:
            offset += len(OPINION_SEPARATOR)
        meta[f"opinion_{i}_start"] = offset
        meta[f"opinion_{i}_end"] = offset + len(text)
        meta[f"opinion_{i}_type"] = clean(item.get("type"))
        meta[f"opinion_{i}_author"] = clean(item.get("author"))
        parts.append(text)
        offset += len(text)
    return OPINION_SEPARATOR.join(parts), meta


def opinions(extraction: Extraction) -> tuple[Document, ...]:
    """Each opinion of a CAP case as its own Document (``type``, ``author`` in metadata).

    Ids are the case document's id plus ``/`` and the opinion's index.
    """
    doc = extraction.document
    count = doc.metadata.get("opinions")
    found: list[Document] = []
    for i in range(count if isinstance(count, int) else 0):
        start, end = doc.metadata[f"opinion_{i}_start"], doc.metadata[f"opinion_{i}_end"]
        assert isinstance(start, int) and isinstance(end, int)
        found.append(
            Document(
                id=f"{doc.id}/{i}",
                text=doc.text[start:end],
                title=doc.title,
                source=doc.source,
                url=doc.url,
                published=doc.published,
                kind=DocumentKind.OPINION,
                metadata={
                    "case": doc.id,
                    "type": doc.metadata.get(f"opinion_{i}_type"),
                    "author": doc.metadata.get(f"opinion_{i}_author"),
                    "start": start,
                },
            )
        )
    return tuple(found)


def attorneys(extraction: Extraction) -> tuple[Attorney, ...]:
    """The attorneys named in the head matter (or the cluster's ``attorneys`` field)."""
    raw = extraction.document.metadata.get("attorneys")
    return split_attorneys(list(lines(raw))) if isinstance(raw, str) else ()


# --- sources ------------------------------------------------------------------------------


def _entries(path: Path) -> Iterator[tuple[str, str, Any]]:
    """``(source, location, case data or LoadError)`` from a file, a directory or a zip."""
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*.json") if not p.name.endswith("VolumeMetadata.json")
        )
        has_cases = any(not p.name.endswith("CasesMetadata.json") for p in files)
        for file in files:
            if has_cases and file.name.endswith("CasesMetadata.json"):
                continue  # the case files hold the same cases, with their text
            for location, item in read_json_objects(file):
                yield str(file), location, item
    elif path.suffix.lower() == ".zip":
        yield from _zip_entries(path)
    else:
        for location, item in read_json_objects(path):
            yield str(path), location, item


def _zip_entries(path: Path) -> Iterator[tuple[str, str, Any]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        yield str(path), "zip", LoadError(f"not a readable zip: {e}", input=str(path))
        return
    with archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".json"))
        case_files = [n for n in names if re.search(r"(?:^|/)(?:json|cases)/[^/]+\.json$", n)]
        chosen = case_files or [n for n in names if n.endswith("CasesMetadata.json")]
        for name in chosen:
            where = f"{path}!{name}"
            try:
                data = json.loads(archive.read(name))
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                yield where, "record 1", LoadError(f"not valid JSON: {e}", input=name)
                continue
            items = data if isinstance(data, list) else [data]
            for number, item in enumerate(items, 1):
                yield where, f"record {number}", item


def load_cap(
    *sources: PathLike, strict: bool = False, log: LoadLog | None = None
) -> Loaded[Extraction]:
    """The cases of CAP files, directories or volume zips, read lazily (see the module)."""

    def produce(log: LoadLog) -> Iterator[Extraction]:
        for source in sources:
            path = Path(source)
            if not path.exists():
                log.report(source_name(source), None, "no such file or directory")
                continue
            for name, location, item in _entries(path):
                yield from convert(log, name, [(location, item)], cap_record)

    return Loaded(produce, log, strict)

"""casekit: typed records for what is written about court cases.

>>> import casekit
>>> span = casekit.Span(start=0, end=5)
>>> casekit.from_json(casekit.to_json(span), casekit.Span) == span
True
"""

import importlib
from typing import TYPE_CHECKING, Any

from casekit._version import __version__
from casekit.errors import (
    CaseKitError,
    InvalidCitation,
    InvalidRecord,
    LoadError,
    ReadError,
    SerializationError,
    UnknownName,
)
from casekit.model import (
    Case,
    CaseCitation,
    CaseFile,
    CitationForm,
    Conflict,
    Court,
    CourtLevel,
    DocketNumber,
    Document,
    DocumentKind,
    Extraction,
    Fact,
    Judge,
    Outcome,
    PartialDate,
    Party,
    PartyKind,
    PartyRole,
    Problem,
    Provenance,
    Quote,
    Ruling,
    Span,
    Speaker,
    StatuteCitation,
)

# Everything below is imported on first use, so that ``import casekit`` stays fast.
# For type checkers the TYPE_CHECKING block imports the same names eagerly.
if TYPE_CHECKING:
    from casekit.citations.cases import parse_case_citation
    from casekit.citations.courts import court_by_id, court_citation, find_courts, resolve_court
    from casekit.citations.dockets import find_dockets, parse_docket
    from casekit.citations.find import find_case_citations, find_citations, parse_citation
    from casekit.citations.statutes import (
        find_statutes,
        parse_statute,
        parse_statutes,
        popular_name,
        popular_names,
        statute_url,
    )
    from casekit.extractors import extract
    from casekit.extractors.batch import extract_many
    from casekit.extractors.people import People, PersonMention, find_people
    from casekit.extractors.quotes import extract_quotes
    from casekit.loading import LoadLog
    from casekit.merging import merge
    from casekit.merging.brief import brief
    from casekit.merging.summary import case_file_summary
    from casekit.news.read import read, read_file, read_many, read_text
    from casekit.records.attorney import Attorney
    from casekit.records.cap import load_cap
    from casekit.records.citations import with_citations
    from casekit.records.cl_bulk import load_bulk
    from casekit.records.export import write_jsonl, write_parquet
    from casekit.records.sources import load_courtlistener, load_records
    from casekit.schema import json_schema, record_type
    from casekit.serialize import from_dict, from_json, to_dict, to_json
    from casekit.summaries import summary

#: public name -> module that defines it (imported lazily by __getattr__)
_LAZY: dict[str, str] = {
    "Attorney": "casekit.records.attorney",
    "brief": "casekit.merging.brief",
    "case_file_summary": "casekit.merging.summary",
    "court_by_id": "casekit.citations.courts",
    "court_citation": "casekit.citations.courts",
    "extract": "casekit.extractors",
    "extract_many": "casekit.extractors.batch",
    "extract_quotes": "casekit.extractors.quotes",
    "find_case_citations": "casekit.citations.find",
    "find_citations": "casekit.citations.find",
    "find_courts": "casekit.citations.courts",
    "find_dockets": "casekit.citations.dockets",
    "find_people": "casekit.extractors.people",
    "find_statutes": "casekit.citations.statutes",
    "from_dict": "casekit.serialize",
    "from_json": "casekit.serialize",
    "json_schema": "casekit.schema",
    "load_bulk": "casekit.records.cl_bulk",
    "load_cap": "casekit.records.cap",
    "load_courtlistener": "casekit.records.sources",
    "load_records": "casekit.records.sources",
    "LoadLog": "casekit.loading",
    "merge": "casekit.merging",
    "parse_case_citation": "casekit.citations.cases",
    "parse_citation": "casekit.citations.find",
    "parse_docket": "casekit.citations.dockets",
    "parse_statute": "casekit.citations.statutes",
    "parse_statutes": "casekit.citations.statutes",
    "People": "casekit.extractors.people",
    "PersonMention": "casekit.extractors.people",
    "popular_name": "casekit.citations.statutes",
    "popular_names": "casekit.citations.statutes",
    "read": "casekit.news.read",
    "read_file": "casekit.news.read",
    "read_many": "casekit.news.read",
    "read_text": "casekit.news.read",
    "record_type": "casekit.schema",
    "resolve_court": "casekit.citations.courts",
    "statute_url": "casekit.citations.statutes",
    "summary": "casekit.summaries",
    "to_dict": "casekit.serialize",
    "to_json": "casekit.serialize",
    "with_citations": "casekit.records.citations",
    "write_jsonl": "casekit.records.export",
    "write_parquet": "casekit.records.export",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'casekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Attorney",
    "Case",
    "CaseCitation",
    "CaseFile",
    "CaseKitError",
    "CitationForm",
    "Conflict",
    "Court",
    "CourtLevel",
    "DocketNumber",
    "Document",
    "DocumentKind",
    "Extraction",
    "Fact",
    "InvalidCitation",
    "InvalidRecord",
    "Judge",
    "LoadError",
    "LoadLog",
    "Outcome",
    "PartialDate",
    "Party",
    "PartyKind",
    "PartyRole",
    "People",
    "PersonMention",
    "Problem",
    "Provenance",
    "Quote",
    "ReadError",
    "Ruling",
    "SerializationError",
    "Span",
    "Speaker",
    "StatuteCitation",
    "UnknownName",
    "__version__",
    "brief",
    "case_file_summary",
    "court_by_id",
    "court_citation",
    "extract",
    "extract_many",
    "extract_quotes",
    "find_case_citations",
    "find_citations",
    "find_courts",
    "find_dockets",
    "find_people",
    "find_statutes",
    "from_dict",
    "from_json",
    "json_schema",
    "load_bulk",
    "load_cap",
    "load_courtlistener",
    "load_records",
    "merge",
    "parse_case_citation",
    "parse_citation",
    "parse_docket",
    "parse_statute",
    "parse_statutes",
    "popular_name",
    "popular_names",
    "read",
    "read_file",
    "read_many",
    "read_text",
    "record_type",
    "resolve_court",
    "statute_url",
    "summary",
    "to_dict",
    "to_json",
    "with_citations",
    "write_jsonl",
    "write_parquet",
]

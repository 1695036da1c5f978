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
    CitationForm,
    Court,
    CourtLevel,
    DocketNumber,
    Document,
    DocumentKind,
    Extraction,
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
    from casekit.loading import LoadLog
    from casekit.schema import json_schema, record_type
    from casekit.serialize import from_dict, from_json, to_dict, to_json

    # --- citations (issue 3) ---
    # --- news loading and extraction (issue 4) ---
    # --- court records (issue 5) ---
    # --- merging (issue 6) ---

#: public name -> module that defines it (imported lazily by __getattr__)
_LAZY: dict[str, str] = {
    "LoadLog": "casekit.loading",
    "json_schema": "casekit.schema",
    "record_type": "casekit.schema",
    "from_dict": "casekit.serialize",
    "from_json": "casekit.serialize",
    "to_dict": "casekit.serialize",
    "to_json": "casekit.serialize",
    # --- citations (issue 3) ---
    # --- news loading and extraction (issue 4) ---
    # --- court records (issue 5) ---
    # --- merging (issue 6) ---
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
    "Case",
    "CaseCitation",
    "CaseKitError",
    "CitationForm",
    "Court",
    "CourtLevel",
    "DocketNumber",
    "Document",
    "DocumentKind",
    "Extraction",
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
    "from_dict",
    "from_json",
    "json_schema",
    "record_type",
    "to_dict",
    "to_json",
    # --- citations (issue 3) ---
    # --- news loading and extraction (issue 4) ---
    # --- court records (issue 5) ---
    # --- merging (issue 6) ---
]

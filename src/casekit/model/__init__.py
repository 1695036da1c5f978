"""The typed case model: immutable attrs records, one module per concept."""

from casekit.model.case import Case
from casekit.model.case_citation import CaseCitation, CitationForm, DocketNumber
from casekit.model.casefile import CaseFile, Conflict, Fact
from casekit.model.court import Court, CourtLevel
from casekit.model.dates import PartialDate
from casekit.model.document import Document, DocumentKind
from casekit.model.extraction import Extraction
from casekit.model.party import Judge, Party, PartyKind, PartyRole, Speaker
from casekit.model.problem import Problem
from casekit.model.quote import Quote
from casekit.model.ruling import Outcome, Ruling
from casekit.model.span import Provenance, Span
from casekit.model.statute import StatuteCitation

__all__ = [
    "Case",
    "CaseCitation",
    "CaseFile",
    "CitationForm",
    "Conflict",
    "Court",
    "CourtLevel",
    "DocketNumber",
    "Document",
    "DocumentKind",
    "Extraction",
    "Fact",
    "Judge",
    "Outcome",
    "PartialDate",
    "Party",
    "PartyKind",
    "PartyRole",
    "Problem",
    "Provenance",
    "Quote",
    "Ruling",
    "Span",
    "Speaker",
    "StatuteCitation",
]

#: The top-level record types, by name (for ``casekit schema TYPE`` and ``from_json``).
RECORD_TYPES: dict[str, type] = {
    name: obj
    for name, obj in list(globals().items())
    if isinstance(obj, type) and hasattr(obj, "__attrs_attrs__")
}

#: The enumerations used by the records.
ENUM_TYPES: tuple[type, ...] = (
    CitationForm,
    CourtLevel,
    DocumentKind,
    Outcome,
    PartyKind,
    PartyRole,
)

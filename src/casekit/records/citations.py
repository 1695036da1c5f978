"""Running the citation finder over loaded opinion text.

>>> from casekit import Document, DocumentKind
>>> from casekit.records import with_citations
>>> doc = Document(id="op-1", kind=DocumentKind.OPINION,
...                text="See Smith v. Jones, 598 U.S. 175, 180 (2023). Id. at 182.")
>>> [e] = with_citations([doc])
>>> [str(c) for c in e.citations], e.citations[1].antecedent
(['Smith v. Jones, 598 U.S. 175, 180 (2023)', 'Id. at 182'], 0)
>>> e.citations[0].provenance[0].document
'op-1'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from casekit.errors import CaseKitError
from casekit.model.case_citation import CaseCitation, DocketNumber
from casekit.model.document import Document
from casekit.model.extraction import Extraction
from casekit.model.statute import StatuteCitation

__all__ = ["cite", "with_citations"]


@cache
def _finder() -> Callable[[Document], list[Any]]:
    try:
        from casekit.citations.find import find_citations
    except ImportError as e:  # pragma: no cover - only while the finder is not installed
        raise CaseKitError(
            "the citation finder (casekit.citations.find) is not available", input=str(e)
        ) from None
    return find_citations


def _split(
    found: list[Any],
) -> tuple[tuple[StatuteCitation, ...], tuple[CaseCitation, ...], tuple[DocketNumber, ...]]:
    """Sort found citations by type; short forms' antecedents re-indexed into the cases."""
    statutes: list[StatuteCitation] = []
    cases: list[CaseCitation] = []
    dockets: list[DocketNumber] = []
    case_index: dict[int, int] = {}
    for i, item in enumerate(found):
        if isinstance(item, CaseCitation):
            case_index[i] = len(cases)
            if item.antecedent is not None:
                item = attrs.evolve(item, antecedent=case_index.get(item.antecedent))
            cases.append(item)
        elif isinstance(item, StatuteCitation):
            statutes.append(item)
        elif isinstance(item, DocketNumber):
            dockets.append(item)
    return tuple(statutes), tuple(cases), tuple(dockets)


def cite(record: Any) -> Any:
    """The record with the citations of its text: a Document becomes an Extraction, an
    Extraction gets its ``statutes``, ``citations`` and ``dockets`` (with provenance
    spans into the document); any other record comes back as it is."""
    if isinstance(record, Document):
        record = Extraction(document=record)
    if not isinstance(record, Extraction) or not record.document.text:
        return record
    statutes, cases, dockets = _split(_finder()(record.document))
    return attrs.evolve(record, statutes=statutes, citations=cases, dockets=dockets)


def with_citations(records: Iterable[Any]) -> Iterator[Any]:
    """:func:`cite` each record of a stream (lazily)."""
    return (cite(record) for record in records)

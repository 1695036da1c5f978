"""Extraction: everything read from one document."""

from __future__ import annotations

import attrs

from casekit.model._fields import is_a, tuple_of
from casekit.model.case import Case
from casekit.model.case_citation import CaseCitation, DocketNumber
from casekit.model.document import Document
from casekit.model.quote import Quote
from casekit.model.statute import StatuteCitation

__all__ = ["Extraction"]


@attrs.frozen(kw_only=True)
class Extraction:
    """What one document says: the case (with its parties and rulings), the statutes
    and case citations it cites, and the quotations in it.

    >>> from casekit import Document, Extraction
    >>> e = Extraction(document=Document.from_text("No ruling yet."))
    >>> e.case.rulings, e.quotes
    ((), ())
    """

    document: Document = attrs.field(validator=is_a(Document))
    case: Case = attrs.field(factory=Case, validator=is_a(Case))
    statutes: tuple[StatuteCitation, ...] = attrs.field(
        default=(), validator=tuple_of(StatuteCitation)
    )
    citations: tuple[CaseCitation, ...] = attrs.field(default=(), validator=tuple_of(CaseCitation))
    dockets: tuple[DocketNumber, ...] = attrs.field(default=(), validator=tuple_of(DocketNumber))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=tuple_of(Quote))
    warnings: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(str))

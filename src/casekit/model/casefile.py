"""Case files: one account of a case, merged from many documents."""

from __future__ import annotations

import attrs

from casekit.model._fields import doc, text, tuple_of
from casekit.model.case import Case
from casekit.model.quote import Quote
from casekit.model.span import Provenance
from casekit.model.statute import StatuteCitation

__all__ = ["CaseFile", "Conflict", "Fact"]


@attrs.frozen(kw_only=True)
class Fact:
    """One value of one field of a case file, with every mention that supports it.

    ``field`` is one of ``caption``, ``docket``, ``court``, ``judge``, ``decided``,
    ``outcome``, ``relief``; ``value`` is its text form (a court id, an ISO date, an
    outcome's value); ``documents`` are the ids of the documents that state it.

    >>> from casekit import Fact
    >>> Fact(field="outcome", value="denied", documents=("a.txt", "b.txt")).support
    2
    """

    field: str = attrs.field(validator=text(), metadata=doc("the case-file field"))
    value: str = attrs.field(validator=text(), metadata=doc("the value, as text"))
    documents: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str), metadata=doc("ids of the documents stating it")
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False, metadata=doc("where it is stated")
    )

    @property
    def support(self) -> int:
        """How many documents state this value."""
        return len(self.documents)


@attrs.frozen(kw_only=True)
class Conflict:
    """Documents that disagree about one field: each value with its supporters.

    ``values`` are ordered best supported first; the first is the one the case file keeps.
    """

    field: str = attrs.field(validator=text())
    values: tuple[Fact, ...] = attrs.field(validator=tuple_of(Fact))


@attrs.frozen(kw_only=True)
class CaseFile:
    """One case as told by several documents: the merged facts, each with its sources,
    and the places where the documents disagree.

    ``case`` holds the kept value of every field as a typed :class:`Case` (parties with
    all their mentions, the main ruling first); ``facts`` lists every value stated for
    each field with the documents that state it; ``conflicts`` the fields where documents
    disagree.
    """

    id: str = attrs.field(validator=text(), metadata=doc("stable id of the case file"))
    documents: tuple[str, ...] = attrs.field(
        validator=tuple_of(str), metadata=doc("ids of the documents merged, in input order")
    )
    case: Case = attrs.field(factory=Case)
    facts: tuple[Fact, ...] = attrs.field(default=(), validator=tuple_of(Fact))
    statutes: tuple[StatuteCitation, ...] = attrs.field(
        default=(), validator=tuple_of(StatuteCitation)
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(),
        validator=tuple_of(Quote),
        metadata=doc("each distinct quotation once, with every printing in its provenance"),
    )
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), validator=tuple_of(Conflict))

    def facts_for(self, field: str) -> tuple[Fact, ...]:
        """The values stated for ``field``, best supported first."""
        return tuple(f for f in self.facts if f.field == field)

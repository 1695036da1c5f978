"""Rulings: what a court decided, when, and about what."""

from __future__ import annotations

import enum

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of
from casekit.model.court import Court
from casekit.model.dates import PartialDate
from casekit.model.party import Judge
from casekit.model.span import Provenance

__all__ = ["Outcome", "Ruling"]


class Outcome(str, enum.Enum):
    """What a ruling did to the request or the decision below (a closed vocabulary)."""

    GRANTED = "granted"
    DENIED = "denied"
    GRANTED_IN_PART = "granted in part"
    DISMISSED = "dismissed"
    AFFIRMED = "affirmed"
    REVERSED = "reversed"
    VACATED = "vacated"
    REMANDED = "remanded"
    STAYED = "stayed"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Ruling:
    """One decision in a case.

    >>> from casekit import Ruling, Outcome, Judge, PartialDate
    >>> r = Ruling(judges=(Judge(name="Ana Ruiz"),), outcome=Outcome.DENIED,
    ...            relief="preliminary injunction", decided=PartialDate.parse("2025-05-12"))
    >>> r.judge.name, r.outcome.value, str(r.decided)
    ('Ana Ruiz', 'denied', '2025-05-12')
    """

    court: Court | None = attrs.field(default=None, validator=is_a(Court, optional=True))
    judges: tuple[Judge, ...] = attrs.field(
        default=(), validator=tuple_of(Judge), metadata=doc("the judge, or the panel, in order")
    )
    decided: PartialDate | None = attrs.field(
        default=None, validator=is_a(PartialDate, optional=True), metadata=doc("decision date")
    )
    outcome: Outcome | None = attrs.field(default=None, validator=is_a(Outcome, optional=True))
    relief: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("what was asked for or decided, lower case: 'preliminary injunction'"),
    )
    per_curiam: bool = attrs.field(default=False, validator=is_a(bool))
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False
    )

    @property
    def judge(self) -> Judge | None:
        """The (first) judge, or None when unnamed."""
        return self.judges[0] if self.judges else None

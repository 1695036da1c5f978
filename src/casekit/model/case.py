"""Cases: caption, docket numbers, court, parties and rulings."""

from __future__ import annotations

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of
from casekit.model.case_citation import CaseCitation
from casekit.model.court import Court
from casekit.model.party import Party
from casekit.model.ruling import Ruling
from casekit.model.span import Provenance

__all__ = ["Case"]


@attrs.frozen(kw_only=True)
class Case:
    """A court case as far as the sources tell it.

    >>> from casekit import Case, Party, PartyRole
    >>> case = Case(caption="Doe v. Roe",
    ...             docket_numbers=("25-cv-0677",),
    ...             parties=(Party(name="Jane Roe", role=PartyRole.DEFENDANT),))
    >>> [p.name for p in case.parties_in(PartyRole.DEFENDANT)]
    ['Jane Roe']
    """

    id: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("source id, when the source has one"),
    )
    caption: str | None = attrs.field(
        default=None, validator=text(optional=True), metadata=doc("short caption, 'X v. Y'")
    )
    full_name: str | None = attrs.field(default=None, validator=text(optional=True))
    docket_numbers: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str), metadata=doc("as printed, without 'No.'")
    )
    court: Court | None = attrs.field(default=None, validator=is_a(Court, optional=True))
    parties: tuple[Party, ...] = attrs.field(default=(), validator=tuple_of(Party))
    rulings: tuple[Ruling, ...] = attrs.field(
        default=(), validator=tuple_of(Ruling), metadata=doc("the main ruling first")
    )
    citations: tuple[CaseCitation, ...] = attrs.field(
        default=(), validator=tuple_of(CaseCitation), metadata=doc("the case's own reporter cites")
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(),
        validator=tuple_of(Provenance),
        eq=False,
        metadata=doc("where the caption was read"),
    )

    def parties_in(self, role: object) -> tuple[Party, ...]:
        """The parties with the given role."""
        return tuple(p for p in self.parties if p.role == role)

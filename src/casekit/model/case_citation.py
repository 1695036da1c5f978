"""Case and docket citations as value objects (parsing lives in :mod:`casekit.citations`)."""

from __future__ import annotations

import enum

import attrs

from casekit.model._fields import doc, is_a, non_negative, text, tuple_of
from casekit.model.span import Provenance

__all__ = ["CaseCitation", "CitationForm", "DocketNumber"]


class CitationForm(str, enum.Enum):
    """How a case citation is written."""

    FULL = "full"  # 598 U.S. 175, 180 (2023)
    SHORT = "short"  # 598 U.S. at 180
    ID = "id"  # Id. at 180
    SUPRA = "supra"  # Smith, supra, at 3


def _optional_non_negative(
    instance: object, attribute: attrs.Attribute[int | None], v: object
) -> None:
    if v is not None:
        non_negative(instance, attribute, v)


@attrs.frozen(kw_only=True)
class CaseCitation:
    """A citation to a reported case: ``Smith v. Jones, 598 U.S. 175, 180 (2023)``.

    Short forms (``598 U.S. at 180``, ``Id. at 5``, ``Smith, supra``) keep their
    ``form``; after resolution ``antecedent`` is the index, in the same list of
    citations, of the full citation they refer to.

    >>> from casekit import CaseCitation
    >>> str(CaseCitation(volume="598", reporter="U.S.", page="175", pin_cite="180", year=2023))
    '598 U.S. 175, 180 (2023)'
    """

    volume: str | None = attrs.field(default=None, validator=text(optional=True))
    reporter: str | None = attrs.field(
        default=None, validator=text(optional=True), metadata=doc("canonical reporter: U.S.")
    )
    page: str | None = attrs.field(default=None, validator=text(optional=True))
    pin_cite: str | None = attrs.field(default=None, validator=text(optional=True))
    court: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("court as cited in the parenthetical: S.D. Tex."),
    )
    court_id: str | None = attrs.field(
        default=None, validator=text(optional=True), metadata=doc("courts-db id, when known")
    )
    year: int | None = attrs.field(default=None, validator=_optional_non_negative)
    case_name: str | None = attrs.field(
        default=None, validator=text(optional=True), metadata=doc("'X v. Y', 'In re X'")
    )
    parenthetical: str | None = attrs.field(default=None, validator=text(optional=True))
    form: CitationForm = attrs.field(default=CitationForm.FULL, validator=is_a(CitationForm))
    antecedent: int | None = attrs.field(
        default=None,
        validator=_optional_non_negative,
        eq=False,
        metadata=doc("index of the full citation a short form refers to"),
    )
    mention: str | None = attrs.field(
        default=None,
        validator=is_a(str, optional=True),
        eq=False,
        metadata=doc("the text it was read from"),
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False
    )

    def __str__(self) -> str:
        pin = self.pin_cite
        if self.form is CitationForm.ID:
            return f"Id. at {pin}" if pin else "Id."
        if self.form is CitationForm.SUPRA:
            cite = f"{self.case_name or ''}, supra".lstrip(", ")
            return f"{cite}, at {pin}" if pin else cite
        if self.form is CitationForm.SHORT:
            cite = f"{self.volume} {self.reporter} at {pin or self.page}"
            if self.case_name:
                cite = f"{self.case_name}, {cite}"
            return cite + (f" ({self.parenthetical})" if self.parenthetical else "")
        cite = f"{self.volume} {self.reporter} {self.page}"
        if pin:
            # a star page (a database's screen page) reads "at *3"
            cite += f", at {pin}" if pin.startswith("*") else f", {pin}"
        if self.case_name:
            cite = f"{self.case_name}, {cite}"
        paren = " ".join(p for p in (self.court, str(self.year or "")) if p)
        if paren:
            cite += f" ({paren})"
        if self.parenthetical:
            cite += f" ({self.parenthetical})"
        return cite


@attrs.frozen(kw_only=True)
class DocketNumber:
    """A docket number as printed, without its ``No.``: ``25-cv-0677``, ``24A1007``.

    >>> from casekit import DocketNumber
    >>> str(DocketNumber(number="25-cv-0677", court="dcd"))
    'No. 25-cv-0677'
    """

    number: str = attrs.field(validator=text())
    court: str | None = attrs.field(default=None, validator=text(optional=True))
    mention: str | None = attrs.field(default=None, validator=is_a(str, optional=True), eq=False)
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False
    )

    def __str__(self) -> str:
        return f"No. {self.number}"

"""Parties to a case, people (judges, speakers) and their roles."""

from __future__ import annotations

import enum

import attrs

from casekit.errors import InvalidRecord
from casekit.model._fields import doc, is_a, text, tuple_of
from casekit.model.span import Provenance

__all__ = ["Judge", "Party", "PartyKind", "PartyRole", "Speaker"]


class PartyRole(str, enum.Enum):
    """A party's side in the case."""

    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"
    PETITIONER = "petitioner"
    RESPONDENT = "respondent"
    APPELLANT = "appellant"
    APPELLEE = "appellee"
    INTERVENOR = "intervenor"
    AMICUS = "amicus"


class PartyKind(str, enum.Enum):
    """What sort of entity a party is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"


@attrs.frozen(kw_only=True)
class Party:
    """A party to a case.

    >>> from casekit import Party, PartyRole, PartyKind
    >>> p = Party(name="Jane Roe", role=PartyRole.DEFENDANT, kind=PartyKind.PERSON)
    >>> p.role.value
    'defendant'
    """

    name: str = attrs.field(validator=text(), metadata=doc("fullest name the source gives"))
    role: PartyRole | None = attrs.field(default=None, validator=is_a(PartyRole, optional=True))
    kind: PartyKind | None = attrs.field(default=None, validator=is_a(PartyKind, optional=True))
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str), metadata=doc("other names used for the party")
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(),
        validator=tuple_of(Provenance),
        eq=False,
        metadata=doc("mentions, first one first"),
    )


@attrs.frozen(kw_only=True)
class Judge:
    """A judge or justice.

    >>> from casekit import Judge
    >>> Judge(name="Ana Ruiz", title="U.S. District Judge").surname
    'Ruiz'
    """

    name: str = attrs.field(validator=text(), metadata=doc("full name as best known"))
    title: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("e.g. 'U.S. District Judge', 'Chief Justice'"),
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False
    )

    @property
    def surname(self) -> str:
        """The last word of the name, ignoring suffixes such as Jr. or III."""
        words = list(self.name.replace(",", " ").split())
        while len(words) > 1 and words[-1].rstrip(".").lower() in {"jr", "sr", "ii", "iii", "iv"}:
            words.pop()
        return words[-1]


def _name_or_description(
    instance: Speaker, attribute: attrs.Attribute[str | None], v: object
) -> None:
    if instance.name is None and instance.description is None:
        raise InvalidRecord(
            "needs a name or a description, got neither", input=None, where="Speaker"
        )


@attrs.frozen(kw_only=True)
class Speaker:
    """Who said something: a name, a description ("a DHS official"), or both.

    >>> from casekit import Speaker
    >>> Speaker(description="a Department of Homeland Security official").label
    'a Department of Homeland Security official'
    """

    name: str | None = attrs.field(default=None, validator=text(optional=True))
    description: str | None = attrs.field(
        default=None, validator=[text(optional=True), _name_or_description]
    )

    @property
    def label(self) -> str:
        """The name when known, else the description."""
        return self.name or self.description or ""

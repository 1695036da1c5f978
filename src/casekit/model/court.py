"""Courts, identified by their courts-db / CourtListener id."""

from __future__ import annotations

import enum

import attrs

from casekit.model._fields import doc, is_a, text

__all__ = ["Court", "CourtLevel"]


class CourtLevel(str, enum.Enum):
    """Where a court stands in its hierarchy."""

    SUPREME = "supreme"
    APPELLATE = "appellate"
    TRIAL = "trial"
    BANKRUPTCY = "bankruptcy"
    SPECIAL = "special"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Court:
    """A court.

    >>> from casekit import Court, CourtLevel
    >>> Court(id="dcd", name="District Court, District of Columbia", citation="D.D.C.",
    ...       jurisdiction="federal", level=CourtLevel.TRIAL).citation
    'D.D.C.'
    """

    id: str = attrs.field(validator=text(), metadata=doc("courts-db / CourtListener id, e.g. dcd"))
    name: str | None = attrs.field(default=None, validator=text(optional=True))
    citation: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("citation abbreviation, e.g. D.D.C."),
    )
    jurisdiction: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("'federal' or the state's name"),
    )
    level: CourtLevel | None = attrs.field(default=None, validator=is_a(CourtLevel, optional=True))

"""Quotations: who said what, exactly as printed."""

from __future__ import annotations

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of
from casekit.model.party import Speaker
from casekit.model.span import Provenance

__all__ = ["Quote"]


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation and who it is attributed to.

    ``text`` is what stands between the quotation marks, exactly as printed.

    >>> from casekit import Quote, Speaker
    >>> q = Quote(text="It does not,", speaker=Speaker(name="Ana Ruiz"))
    >>> q.speaker.label
    'Ana Ruiz'
    """

    text: str = attrs.field(validator=text(), metadata=doc("the words between the quote marks"))
    speaker: Speaker | None = attrs.field(default=None, validator=is_a(Speaker, optional=True))
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False
    )

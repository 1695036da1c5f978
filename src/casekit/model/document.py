"""Documents: the texts facts are read from."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Mapping

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of

__all__ = ["Document", "DocumentKind", "MetadataValue", "text_id"]

MetadataValue = str | int | float | bool | None


class DocumentKind(str, enum.Enum):
    """What sort of text a document is."""

    NEWS = "news"
    OPINION = "opinion"
    DOCKET = "docket"
    OTHER = "other"


def text_id(text: str) -> str:
    """The stable id casekit gives a text that has none: ``sha1:`` and 12 hex digits."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _metadata(value: Mapping[str, MetadataValue]) -> dict[str, MetadataValue]:
    return dict(value)


@attrs.frozen(kw_only=True)
class Document:
    """One text about a case: a news report, an opinion, a docket entry.

    ``id`` is stable: when not given, :meth:`from_text` derives it from the text,
    so the same text always gets the same id.

    >>> from casekit import Document
    >>> d = Document.from_text("A federal judge on Monday blocked the rule.")
    >>> d.id
    'sha1:1c8bd7f34d09'
    >>> d.kind.value
    'news'
    """

    id: str = attrs.field(validator=text(), metadata=doc("stable identifier"))
    text: str = attrs.field(validator=is_a(str), metadata=doc("the full text"))
    title: str | None = attrs.field(default=None, validator=is_a(str, optional=True))
    source: str | None = attrs.field(
        default=None,
        validator=is_a(str, optional=True),
        metadata=doc("outlet or origin (a news site, CourtListener, CAP)"),
    )
    url: str | None = attrs.field(default=None, validator=is_a(str, optional=True))
    published: dt.date | None = attrs.field(
        default=None,
        validator=is_a(dt.date, optional=True),
        metadata=doc("publication date (ISO 8601)"),
    )
    kind: DocumentKind = attrs.field(default=DocumentKind.NEWS, validator=is_a(DocumentKind))
    metadata: dict[str, MetadataValue] = attrs.field(
        factory=dict,
        converter=_metadata,
        eq=True,
        hash=False,
        metadata=doc("free-form extra fields from the source"),
    )
    warnings: tuple[str, ...] = attrs.field(
        default=(),
        validator=tuple_of(str),
        metadata=doc("problems met while loading (an encoding fallback, say)"),
    )

    @classmethod
    def from_text(cls, text: str, **fields: object) -> Document:
        """A document for ``text``, its id derived from the text unless given."""
        fields.setdefault("id", text_id(text))
        return cls(text=text, **fields)  # type: ignore[arg-type]

"""Character spans and provenance: where in which document a fact was read."""

from __future__ import annotations

import attrs

from casekit.errors import InvalidRecord
from casekit.model._fields import doc, non_negative, text

__all__ = ["Provenance", "Span"]


def _end_after_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise InvalidRecord(
            f"must be >= start ({instance.start}), got {value}", input=value, where="Span.end"
        )


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open range of character offsets ``[start, end)`` into a document's text.

    >>> from casekit import Span
    >>> span = Span(start=4, end=9)
    >>> "the judge ruled"[span.slice()]
    'judge'
    >>> len(span)
    5
    """

    start: int = attrs.field(validator=non_negative, metadata=doc("first character, 0-based"))
    end: int = attrs.field(
        validator=[non_negative, _end_after_start], metadata=doc("one past the last character")
    )

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self) -> slice:
        """The span as a :class:`slice`, so ``text[span.slice()]`` is the spanned text."""
        return slice(self.start, self.end)

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True if ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        """The same span moved by ``offset`` characters."""
        return Span(start=self.start + offset, end=self.end + offset)


def _text_fits_span(instance: Provenance, attribute: attrs.Attribute[str], value: str) -> None:
    if len(value) != len(instance.span):
        raise InvalidRecord(
            f"has {len(value)} characters but the span covers {len(instance.span)}",
            input=value,
            where="Provenance.text",
        )


@attrs.frozen(kw_only=True, order=True)
class Provenance:
    """Where a fact was read: a document id, a span in its text, and the text itself.

    ``text`` is exactly ``document.text[span.start:span.end]``.

    >>> from casekit import Provenance, Span
    >>> Provenance(document="report-1", span=Span(start=0, end=5), text="Judge")
    Provenance(document='report-1', span=Span(start=0, end=5), text='Judge')
    """

    document: str = attrs.field(validator=text(), metadata=doc("id of the document"))
    span: Span = attrs.field(metadata=doc("characters of the document the fact was read from"))
    text: str = attrs.field(
        validator=_text_fits_span, metadata=doc("the spanned characters, as printed")
    )

    @span.validator
    def _span_is_span(self, attribute: attrs.Attribute[Span], value: Span) -> None:
        if not isinstance(value, Span):
            raise InvalidRecord(
                f"must be Span, got {value!r}", input=value, where="Provenance.span"
            )

    @classmethod
    def of(cls, document: str, text: str, start: int, end: int) -> Provenance:
        """Provenance for ``text[start:end]`` of the document with id ``document``."""
        if (
            cls is Provenance
            and type(start) is int
            and type(end) is int
            and type(text) is str
            and 0 <= start <= end <= len(text)
            and type(document) is str
            and document.strip()
        ):
            # the validators would pass: set the fields without running them
            span = _new(Span)
            _set(span, "start", start)
            _set(span, "end", end)
            found = _new(cls)
            _set(found, "document", document)
            _set(found, "span", span)
            _set(found, "text", text[start:end])
            return found
        return cls(document=document, span=Span(start=start, end=end), text=text[start:end])


# Building a record whose fields are known valid: a new instance, its (frozen) fields set
# directly, as the attrs __init__ sets them before it runs the validators.
_new = object.__new__
_set = object.__setattr__

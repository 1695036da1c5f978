"""What a reader finds in one input record, before it becomes a :class:`~casekit.Document`."""

from __future__ import annotations

import datetime as dt
import json
import math

import attrs

from casekit.errors import InvalidRecord
from casekit.model.document import DocumentKind, MetadataValue

__all__ = ["Fields", "kind_of", "metadata_value"]


@attrs.define(kw_only=True)
class Fields:
    """The fields one input record gave (None: the record does not say)."""

    text: str
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    kind: DocumentKind | None = None
    metadata: dict[str, MetadataValue] = attrs.field(factory=dict)
    warnings: list[str] = attrs.field(factory=list)


def kind_of(value: object, *, where: str | None = None) -> DocumentKind:
    """A :class:`~casekit.DocumentKind` from itself or its value, any case.

    >>> kind_of("Opinion")
    <DocumentKind.OPINION: 'opinion'>
    """
    if isinstance(value, DocumentKind):
        return value
    if isinstance(value, str):
        try:
            return DocumentKind(value.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(k.value for k in DocumentKind)
    raise InvalidRecord(f"kind must be one of {choices}, got {value!r}", input=value, where=where)


def metadata_value(value: object) -> MetadataValue:
    """A metadata value: scalars as they are; lists and objects as compact JSON text.

    >>> metadata_value(["Ana Ruiz", "Bo Li"])
    '["Ana Ruiz", "Bo Li"]'
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        return str(value)

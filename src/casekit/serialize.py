"""JSON serialization of every record through one cattrs converter.

Field names are the attribute names; dates are ISO 8601 strings (a
:class:`~casekit.PartialDate` keeps its precision: ``"2025"``, ``"2025-05"``);
enums are their values; tuples are arrays; every field is written, ``null`` when
empty.  Reading is strict: unknown keys and wrong types raise
:class:`~casekit.SerializationError` naming the JSON path.

>>> import casekit
>>> span = casekit.Span(start=0, end=5)
>>> casekit.to_json(span)
'{"start": 0, "end": 5}'
>>> casekit.from_json('{"start": 0, "end": 5}', casekit.Span) == span
True
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from functools import cache
from typing import Any, TypeVar

import cattrs

from casekit.errors import CaseKitError, SerializationError
from casekit.model import ENUM_TYPES
from casekit.model.dates import PartialDate
from casekit.model.document import MetadataValue

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")
_SCALARS = (str, int, float, bool, type(None))


def _structure_date(value: Any, _: type) -> dt.date:
    if not isinstance(value, str):
        raise SerializationError("must be an ISO date string", input=value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SerializationError("must be an ISO date (YYYY-MM-DD)", input=value) from None


def _structure_partial_date(value: Any, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise SerializationError("must be a date string (YYYY, YYYY-MM or YYYY-MM-DD)", input=value)
    return PartialDate.parse(value)


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in cls)
        raise SerializationError(
            f"{value!r} is not a valid {cls.__name__} (one of {known})", input=value
        ) from None


def _structure_metadata_value(value: Any, _: type) -> MetadataValue:
    if not isinstance(value, _SCALARS):
        raise SerializationError("must be a string, number, boolean or null", input=value)
    return value


def _strict(kind: type, *accepted: type) -> Any:
    """A structure hook that refuses values of another JSON type instead of coercing them."""
    allowed = accepted or (kind,)

    def structure(value: Any, _: type) -> Any:
        if (isinstance(value, bool) and bool not in allowed) or not isinstance(value, allowed):
            raise SerializationError(f"must be a JSON {_JSON_NAMES[kind]}", input=value)
        return value

    return structure


_JSON_NAMES = {str: "string", int: "integer", float: "number", bool: "boolean"}


@cache
def converter() -> cattrs.Converter:
    """The converter behind :func:`to_dict` and :func:`from_dict` (built once)."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict(str))
    conv.register_structure_hook(int, _strict(int))
    conv.register_structure_hook(float, _strict(float, int, float))
    conv.register_structure_hook(bool, _strict(bool))
    # The str hook would also catch the str-valued enums: give each its own.
    for enum_type in ENUM_TYPES:
        conv.register_structure_hook(enum_type, _structure_enum)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_structure_hook(MetadataValue, _structure_metadata_value)
    return conv


def to_dict(obj: Any) -> Any:
    """The record (or list of records) as JSON-ready builtins: dicts, lists, strings, numbers."""
    return converter().unstructure(obj)


def _messages(error: BaseException, path: str) -> list[str]:
    """Flatten cattrs' nested validation errors into "path: message" lines."""
    if isinstance(error, cattrs.ClassValidationError | cattrs.IterableValidationError):
        lines: list[str] = []
        for sub in error.exceptions:
            note = next(iter(getattr(sub, "__notes__", []) or []), "")
            lines += _messages(sub, path + _note_path(note))
        return lines
    if isinstance(error, CaseKitError):
        return [f"{path}: {error}"]
    if isinstance(error, KeyError):
        return [f"{path}: required field {error} is missing"]
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return [f"{path}: unknown field(s) {sorted(error.extra_fields)}"]
    return [f"{path}: {error}"]


def _note_path(note: object) -> str:
    from cattrs.errors import AttributeValidationNote, IterableValidationNote

    if isinstance(note, AttributeValidationNote):
        return f".{note.name}"
    if isinstance(note, IterableValidationNote):
        return f"[{note.index}]"
    return ""


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a ``cls`` record from JSON-ready builtins (the inverse of :func:`to_dict`)."""
    try:
        return converter().structure(data, cls)
    except (cattrs.BaseValidationError, cattrs.ForbiddenExtraKeysError) as e:
        lines = _messages(e, "$")
        where, _, first = lines[0].partition(": ")
        detail = first if len(lines) == 1 else "; ".join(lines)
        raise SerializationError(
            f"cannot read {cls.__name__}: {detail}", input=data, where=where
        ) from None
    except CaseKitError as e:
        raise SerializationError(
            f"cannot read {cls.__name__}: {e}", input=data, where="$"
        ) from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The record (or list of records) as a JSON string (UTF-8, non-ASCII kept)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` record from a JSON string (the inverse of :func:`to_json`)."""
    try:
        loaded = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        pos = getattr(e, "pos", None)
        raise SerializationError(f"not valid JSON: {e}", input=data, where=f"char {pos}") from None
    return from_dict(loaded, cls)

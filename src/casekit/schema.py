"""JSON Schema (Draft 2020-12) for the records, derived from their attrs fields.

The schema is built from the same type annotations cattrs reads, so it cannot
drift from the serialized form; the test suite validates real output against it.

>>> import casekit
>>> schema = casekit.json_schema(casekit.Span)
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["properties"]["start"]
{'type': 'integer', 'minimum': 0, 'description': 'first character, 0-based'}
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from casekit.errors import UnknownName
from casekit.model.dates import PartialDate

__all__ = ["json_schema", "record_type"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    dt.date: {"type": "string", "format": "date"},
    PartialDate: {
        "type": "string",
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "description": "YYYY, YYYY-MM or YYYY-MM-DD: a date with its precision",
    },
}
# Fields whose values are further constrained by validators.
_NON_NEGATIVE = {"start", "end", "year", "antecedent"}


def record_type(name: str) -> type:
    """The record class called ``name`` (case-insensitive), e.g. ``"Extraction"``."""
    from casekit.model import RECORD_TYPES

    for key, cls in RECORD_TYPES.items():
        if key.casefold() == name.casefold():
            return cls
    raise UnknownName(
        f"no record type {name!r}; known: {', '.join(sorted(RECORD_TYPES))}", input=name
    )


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema of ``cls`` as serialized by :func:`casekit.to_json`."""
    defs: dict[str, Any] = {}
    root = dict(_SCALARS[cls]) if cls in _SCALARS else _record(cls, defs)
    defs.pop(cls.__name__, None)
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"https://casekit.invalid/schema/{cls.__name__}.json",
        "title": cls.__name__,
        **root,
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _record(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    attrs.resolve_types(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = _type(field.type, defs)
        if field.name in _NON_NEGATIVE and prop.get("type") == "integer":
            prop["minimum"] = 0
        if "doc" in field.metadata:
            prop["description"] = field.metadata["doc"]
        properties[field.name] = prop
        if field.default is attrs.NOTHING:
            required.append(field.name)
    description = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {
        "type": "object",
        "description": " ".join(description.split()),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type(a, defs) for a in args]
        nullable = {"type": "null"} in options
        rest = [o for o in options if o != {"type": "null"}]
        if nullable and len(rest) == 1 and "type" in rest[0] and "$ref" not in rest[0]:
            merged = dict(rest[0])
            merged["type"] = [merged["type"], "null"]
            if "enum" in merged:
                merged["enum"] = [*merged["enum"], None]
            return merged
        return {"anyOf": options}
    if origin is tuple:
        item = args[0] if args else Any
        return {"type": "array", "items": _type(item, defs)}
    if origin in (dict, typing.Mapping):
        return {"type": "object", "additionalProperties": _type(args[1], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp], "title": tp.__name__}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: guards against recursion
            defs[tp.__name__] = _record(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # a programming error in casekit itself

"""Validators shared by the record classes: precise errors naming class and field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from casekit.errors import InvalidRecord

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _fail(instance: Any, attribute: attrs.Attribute[Any], message: str, value: Any) -> None:
    where = f"{type(instance).__name__}.{attribute.name}"
    raise InvalidRecord(f"{message}, got {value!r}", input=value, where=where)


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def is_a(kind: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """The value is an instance of ``kind`` (or None when ``optional``)."""
    bool_ok = bool in (kind if isinstance(kind, tuple) else (kind,))
    message = f"must be {_type_name(kind)}"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind) or (not bool_ok and isinstance(value, bool)):
            _fail(instance, attribute, message, value)

    return check


def text(*, optional: bool = False) -> Validator:
    """A string with at least one non-space character (or None when ``optional``)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            _fail(instance, attribute, "must be a string", value)
        elif not value.strip():
            _fail(instance, attribute, "must not be empty", value)

    return check


def tuple_of(kind: type | tuple[type, ...]) -> Validator:
    """A tuple whose every item is an instance of ``kind``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            _fail(instance, attribute, "must be a tuple", value)
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                where = f"{type(instance).__name__}.{attribute.name}[{i}]"
                raise InvalidRecord(
                    f"must be {_type_name(kind)}, got {item!r}", input=item, where=where
                )

    return check


def non_negative(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An int >= 0 (bools refused)."""
    if type(value) is int and value >= 0:
        return  # the usual case, decided at once
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(instance, attribute, "must be an int", value)
    elif value < 0:
        _fail(instance, attribute, "must be >= 0", value)


def doc(text: str) -> dict[str, str]:
    """Field metadata holding the field's description (used by the JSON Schema)."""
    return {"doc": text}

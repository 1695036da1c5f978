"""Natural sort keys: "9" < "21" < "1983" < "2000e" < "2000e-5"."""

from __future__ import annotations

import re

_PARTS = re.compile(r"(\d+)")


def natural_key(value: str | None) -> tuple[tuple[int, int, str], ...]:
    """A key that orders numbers numerically and the rest case-insensitively."""
    if value is None:
        return ()
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in _PARTS.split(value)
        if part
    )


def natural_keys(values: tuple[str, ...]) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """:func:`natural_key` for each of a tuple of values."""
    return tuple(natural_key(v) for v in values)


def fold(value: str | None) -> str | None:
    """Case-fold for equality (None stays None)."""
    return None if value is None else value.casefold()

"""Dates known to a year, a month, or a day."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from casekit.errors import InvalidRecord

__all__ = ["PartialDate"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _check(
    instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if instance.day is not None and instance.month is None:
        raise InvalidRecord("a day needs a month", input=instance.day, where="PartialDate.day")
    try:
        dt.date(instance.year, instance.month or 1, instance.day or 1)
    except (TypeError, ValueError) as e:
        raise InvalidRecord(
            f"not a date: {e}",
            input=(instance.year, instance.month, instance.day),
            where="PartialDate",
        ) from None


def _unknown_first(value: int | None) -> int:
    return -1 if value is None else value


@attrs.frozen(kw_only=True, order=True)
class PartialDate:
    """A date with its precision: ``2025-05-12``, ``2025-05`` or ``2025``.

    Sources such as the Caselaw Access Project give some decision dates as a month or a
    year only; casekit keeps that precision instead of inventing a day.

    >>> from casekit import PartialDate
    >>> str(PartialDate.parse("2025-05"))
    '2025-05'
    >>> PartialDate.parse("2025-05-12").to_date()
    datetime.date(2025, 5, 12)
    >>> PartialDate.parse("1931") < PartialDate.parse("1931-02")
    True
    """

    year: int = attrs.field()
    month: int | None = attrs.field(default=None, order=_unknown_first)
    day: int | None = attrs.field(default=None, order=_unknown_first, validator=_check)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _ISO.fullmatch(text.strip()) if isinstance(text, str) else None
        if not match:
            raise InvalidRecord(
                "must be YYYY, YYYY-MM or YYYY-MM-DD", input=text, where="PartialDate"
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """The full-precision partial date of a :class:`datetime.date`."""
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        return "day" if self.day else "month" if self.month else "year"

    def to_date(self) -> dt.date | None:
        """The :class:`datetime.date`, or None unless the day is known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    isoformat = __str__

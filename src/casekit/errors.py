"""The casekit exception hierarchy.

Every error casekit raises on purpose is a :class:`CaseKitError`.  Each one also
subclasses the builtin it refines, so ``except ValueError`` keeps working for
code that does not know casekit::

    >>> import casekit
    >>> try:
    ...     casekit.Span(start=5, end=2)
    ... except ValueError as e:
    ...     print(type(e).__name__, "-", e)
    InvalidRecord - Span.end: must be >= start (5), got 2
"""

from __future__ import annotations

__all__ = [
    "CaseKitError",
    "InvalidCitation",
    "InvalidRecord",
    "LoadError",
    "ReadError",
    "SerializationError",
    "UnknownName",
]

from typing import Any


class CaseKitError(Exception):
    """Root of every error casekit raises on purpose.

    ``message`` says what is wrong, ``input`` holds the offending value and
    ``where`` says where it was (a file and line, a record field, a JSON path).
    """

    def __init__(self, message: str, *, input: Any = None, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.input = input
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # keyword-only arguments survive pickling (needed for multiprocessing / Dask)
        return (_rebuild, (type(self), self.message, self.input, self.where, self.__dict__))


def _rebuild(
    cls: type[CaseKitError], message: str, input: Any, where: str | None, state: dict[str, Any]
) -> CaseKitError:
    err = cls.__new__(cls)
    CaseKitError.__init__(err, message, input=input, where=where)
    err.__dict__.update(state)
    return err


class InvalidRecord(CaseKitError, ValueError, TypeError):
    """A record was given a value its field does not accept (``where`` is ``Class.field``)."""


class InvalidCitation(CaseKitError, ValueError):
    """Text that should be a citation is not one.

    ``position`` is the character offset where parsing failed; ``str()`` shows the
    input with a caret under that place.
    """

    def __init__(self, message: str, *, input: str, position: int = 0, where: str | None = None):
        super().__init__(message, input=input, where=where)
        self.position = max(0, min(position, len(input)))

    def __str__(self) -> str:
        head = super().__str__()
        return f"{head}\n    {self.input}\n    {' ' * self.position}^"


class UnknownName(CaseKitError, KeyError):
    """A lookup by name (a court, a record type, a reporter) found nothing."""


class LoadError(CaseKitError, ValueError):
    """An input's content cannot be loaded: malformed JSON, binary junk, a bad row.

    ``where`` names the file and, where there is one, the line or record number.
    """


class ReadError(CaseKitError, OSError):
    """An input cannot be read at all (missing, a directory, permission denied)."""


class SerializationError(CaseKitError, ValueError):
    """JSON data does not fit the record type it is read into (``where`` is the JSON path)."""

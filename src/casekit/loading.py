"""Bookkeeping shared by every loader: nothing is lost silently.

A loader reads records one by one.  Each input record is either *loaded* or
*reported* as a :class:`~casekit.Problem`.  In strict mode the first problem
raises :class:`~casekit.LoadError` instead.  At the end,
``log.read == log.loaded + len(log.problems)``.

>>> from casekit import LoadLog
>>> log = LoadLog()
>>> log.loaded_one()
>>> log.report("cases.jsonl", "line 2", "not valid JSON")
>>> log.read, log.loaded, [str(p) for p in log.problems]
(2, 1, ['cases.jsonl:line 2: not valid JSON'])
>>> print(log.summary())
read 2 records: 1 loaded, 1 reported
"""

from __future__ import annotations

from collections.abc import Callable

from casekit.errors import LoadError
from casekit.model.problem import Problem

__all__ = ["LoadLog"]


class LoadLog:
    """Counts of records read, loaded and reported, and the problems themselves.

    ``strict=True`` makes :meth:`report` raise :class:`~casekit.LoadError` at once.
    ``on_problem`` is called with each problem as it is reported (e.g. to print it).
    """

    def __init__(
        self, *, strict: bool = False, on_problem: Callable[[Problem], None] | None = None
    ) -> None:
        self.strict = strict
        self.on_problem = on_problem
        self.loaded = 0
        self.problems: list[Problem] = []

    @property
    def read(self) -> int:
        """Records read so far: loaded plus reported."""
        return self.loaded + len(self.problems)

    def loaded_one(self) -> None:
        """Count one record as loaded."""
        self.loaded += 1

    def report(
        self, source: str, location: str | None, reason: str, *, input: object = None
    ) -> None:
        """Count one record as not loaded, for ``reason`` (raises in strict mode)."""
        problem = Problem(source=source, location=location, reason=reason)
        if self.strict:
            where = f"{source}:{location}" if location else source
            raise LoadError(reason, input=input, where=where)
        self.problems.append(problem)
        if self.on_problem is not None:
            self.on_problem(problem)

    def summary(self) -> str:
        """One line: how many records were read, loaded and reported."""
        return f"read {self.read} records: {self.loaded} loaded, {len(self.problems)} reported"

"""Problems: input records a loader could not load, with where and why."""

from __future__ import annotations

import attrs

from casekit.model._fields import doc, text

__all__ = ["Problem"]


@attrs.frozen(kw_only=True)
class Problem:
    """One input record that was not loaded: which file, where in it, and why.

    >>> from casekit import Problem
    >>> str(Problem(source="cases.jsonl", location="line 3", reason="not valid JSON"))
    'cases.jsonl:line 3: not valid JSON'
    """

    source: str = attrs.field(validator=text(), metadata=doc("file name or other origin"))
    location: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("line, row or record number within the source"),
    )
    reason: str = attrs.field(validator=text(), metadata=doc("why the record was not loaded"))

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: {self.reason}"

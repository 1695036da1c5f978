"""A case file in the flat summary format (``casekit.summary/1``), for many documents.

The same shape as a one-document summary, but ``document`` holds the list of the case
file's documents and every field holds the merged, best-supported value.
"""

from __future__ import annotations

from typing import Any

from casekit.model.casefile import CaseFile
from casekit.summaries import flat_summary

__all__ = ["case_file_summary"]


def case_file_summary(case_file: CaseFile) -> dict[str, Any]:
    """The case file as a flat summary dict (``document`` lists its documents).

    >>> import casekit
    >>> cf = casekit.CaseFile(id="cf", documents=("a.txt", "b.txt"),
    ...                       case=casekit.Case(caption="Doe v. Roe"))
    >>> summary = case_file_summary(cf)
    >>> summary["document"], summary["case"]
    (['a.txt', 'b.txt'], {'name': 'Doe v. Roe', 'docket': None, 'court': None})
    """
    return flat_summary(
        list(case_file.documents), None, case_file.case, case_file.statutes, case_file.quotes
    )

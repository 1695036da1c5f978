"""A case file in the flat summary format (``casekit.summary/1``), for many documents.

The same shape as a one-document summary, but ``document`` holds the list of the case
file's documents and every field holds the merged, best-supported value.
"""

from __future__ import annotations

from typing import Any

from casekit.model.casefile import CaseFile

__all__ = ["case_file_summary"]

FORMAT = "casekit.summary/1"


def case_file_summary(case_file: CaseFile) -> dict[str, Any]:
    """The case file as a flat summary dict (``document`` lists its documents).

    >>> import casekit
    >>> cf = casekit.CaseFile(id="cf", documents=("a.txt", "b.txt"),
    ...                       case=casekit.Case(caption="Doe v. Roe"))
    >>> summary = case_file_summary(cf)
    >>> summary["document"], summary["case"]
    (['a.txt', 'b.txt'], {'name': 'Doe v. Roe', 'docket': None, 'court': None})
    """
    case = case_file.case
    court = case.court.id if case.court else None
    return {
        "format": FORMAT,
        "document": list(case_file.documents),
        "published": None,
        "case": {
            "name": case.caption,
            "docket": case.docket_numbers[0] if case.docket_numbers else None,
            "court": court,
        },
        "rulings": [
            {
                "judge": r.judge.name if r.judge else None,
                "court": r.court.id if r.court else None,
                "decided": str(r.decided) if r.decided else None,
                "outcome": r.outcome.value if r.outcome else None,
                "relief": r.relief,
            }
            for r in case.rulings
        ],
        "parties": [
            {"name": p.name, "role": p.role.value if p.role else None} for p in case.parties
        ],
        "statutes": [
            {"cite": str(s), "mention": s.provenance[0].text if s.provenance else s.mention}
            for s in case_file.statutes
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker.label if q.speaker else None}
            for q in case_file.quotes
        ],
    }

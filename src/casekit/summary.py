"""The flat per-document summary of an extraction (``casekit.summary/1``).

The format is described in ``tools/SUMMARY_FORMAT.md``: the case (name, docket,
court), the rulings (judge, court, date, outcome, relief), the parties (name, role),
the statutes (canonical cite and the text it was read from) and the quotes (text and
speaker), with JSON-ready values only.

>>> from casekit import Document, Extraction, Case, summary
>>> s = summary(Extraction(document=Document(id="r.txt", text=""),
...                        case=Case(caption="Roe v. Doe", docket_numbers=("24-1",))))
>>> s["format"], s["document"], s["case"]
('casekit.summary/1', 'r.txt', {'name': 'Roe v. Doe', 'docket': '24-1', 'court': None})
"""

from __future__ import annotations

import sys
import types
from typing import Any

from casekit.model.extraction import Extraction
from casekit.model.ruling import Ruling

__all__ = ["FORMAT", "summary"]

#: The format tag of summaries.
FORMAT = "casekit.summary/1"


def _ruling(r: Ruling) -> dict[str, Any]:
    return {
        "judge": r.judge.name if r.judge is not None else None,
        "court": r.court.id if r.court is not None else None,
        "decided": str(r.decided) if r.decided is not None else None,
        "outcome": r.outcome.value if r.outcome is not None else None,
        "relief": r.relief,
    }


def summary(extraction: Extraction) -> dict[str, Any]:
    """The flat summary of ``extraction`` as a JSON-ready dict."""
    doc = extraction.document
    case = extraction.case
    statutes: list[dict[str, Any]] = []
    seen: set[str] = set()
    for s in extraction.statutes:
        cite = str(s)
        if cite not in seen:
            seen.add(cite)
            statutes.append({"cite": cite, "mention": s.mention if s.mention else cite})
    return {
        "format": FORMAT,
        "document": doc.id,
        "published": doc.published.isoformat() if doc.published is not None else None,
        "case": {
            "name": case.caption,
            "docket": case.docket_numbers[0] if case.docket_numbers else None,
            "court": case.court.id if case.court is not None else None,
        },
        "rulings": [_ruling(r) for r in case.rulings],
        "parties": [
            {"name": p.name, "role": p.role.value if p.role is not None else None}
            for p in case.parties
        ],
        "statutes": statutes,
        "quotes": [
            {"text": q.text, "speaker": q.speaker.label if q.speaker is not None else None}
            for q in extraction.quotes
        ],
    }


class _CallableModule(types.ModuleType):
    """``casekit.summary`` is both this module and the function (see casekit.extract)."""

    def __call__(self, extraction: Extraction) -> dict[str, Any]:
        return summary(extraction)


sys.modules[__name__].__class__ = _CallableModule

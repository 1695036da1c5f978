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

from collections.abc import Iterable
from typing import Any

from casekit.model.case import Case
from casekit.model.extraction import Extraction
from casekit.model.quote import Quote
from casekit.model.ruling import Ruling
from casekit.model.statute import StatuteCitation
from casekit.news.dates import stated_date

__all__ = ["FORMAT", "flat_summary", "summary"]

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
    """The flat summary of ``extraction`` as a JSON-ready dict.

    ``published`` is the document's date, else the one its text states at the top or,
    labelled, at the foot (``Published: May 20, 2026`` under the story): the date that
    extraction reads relative dates against.

    >>> from casekit import Document, Extraction, summary
    >>> text = "Judge rules\\n\\nA judge ruled on Monday.\\n\\nPublished: Wednesday, May 20, 2026"
    >>> summary(Extraction(document=Document(id="r.txt", text=text)))["published"]
    '2026-05-20'
    """
    doc = extraction.document
    date = doc.published if doc.published is not None else stated_date(doc.text)
    published = date.isoformat() if date is not None else None
    return flat_summary(doc.id, published, extraction.case, extraction.statutes, extraction.quotes)


def flat_summary(
    document: str | list[str],
    published: str | None,
    case: Case,
    statutes: Iterable[StatuteCitation],
    quotes: Iterable[Quote],
) -> dict[str, Any]:
    """The summary dict of a case as told by ``document`` (one id, or a list of them)."""
    cites: dict[str, str] = {}
    for s in statutes:
        mention = s.mention or (s.provenance[0].text if s.provenance else None)
        cites.setdefault(str(s), mention or str(s))
    return {
        "format": FORMAT,
        "document": document,
        "published": published,
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
        "statutes": [{"cite": cite, "mention": mention} for cite, mention in cites.items()],
        "quotes": [
            {"text": q.text, "speaker": q.speaker.label if q.speaker is not None else None}
            for q in quotes
        ],
    }

"""casekit.summary: the flat casekit.summary/1 view of an extraction."""

from __future__ import annotations

import datetime as dt

import casekit
from casekit import Document, Quote, Speaker, StatuteCitation, extract, summary


def test_summary_has_exactly_the_format_fields() -> None:
    doc = Document(
        id="r.txt",
        published=dt.date(2025, 5, 13),
        text="A federal judge in Brooklyn on Monday denied a preliminary injunction.",
    )
    s = summary(extract(doc))
    assert list(s) == [
        "format",
        "document",
        "published",
        "case",
        "rulings",
        "parties",
        "statutes",
        "quotes",
    ]
    assert s["format"] == "casekit.summary/1" and s["published"] == "2025-05-13"
    assert s["rulings"] == [
        {
            "judge": None,
            "court": "nyed",
            "decided": "2025-05-12",
            "outcome": "denied",
            "relief": "preliminary injunction",
        }
    ]
    assert s["case"] == {"name": None, "docket": None, "court": "nyed"}


def test_statutes_deduplicated_by_cite_and_quotes_by_label() -> None:
    cite = StatuteCitation(title="26", code="U.S.C.", section="6103", mention="§ 6103")
    e = casekit.Extraction(
        document=Document(id="x", text=""),
        statutes=(cite, StatuteCitation(title="26", code="U.S.C.", section="6103")),
        quotes=(Quote(text="No.", speaker=Speaker(description="a DHS official")),),
    )
    s = summary(e)
    assert s["statutes"] == [{"cite": "26 U.S.C. § 6103", "mention": "§ 6103"}]
    assert s["quotes"] == [{"text": "No.", "speaker": "a DHS official"}]
    assert s["published"] is None

"""Rulings in reports written in styles the first test sets lacked: bylines and press
releases as date anchors, partial outcomes, reviewing courts as subjects, late authors."""

from __future__ import annotations

import datetime as dt

import pytest

from casekit import Document, extract
from casekit.extractors.outcome import find_events
from casekit.news.dates import dateline_date

DATELINES = [
    ("KOFI ASANTE / March 3, 2026\nA judge on Tuesday ...", "2026-03-03"),
    ("By Lena Moritz | April 2, 2025 | 6 min read\nThe court ...", "2025-04-02"),
    ("Rafael Quiroga, Senior Correspondent   Oct. 9, 2025\nA panel ...", "2025-10-09"),
    ("Harbor County Ledger | Feb. 27, 2026\nA judge ...", "2026-02-27"),
    ("TOMÁS EZE | Courts Reporter | Jan. 5, 2026\n...", "2026-01-05"),
    ("OFFICE OF THE GOVERNOR\nFOR IMMEDIATE RELEASE\nMay 1, 2025\n...", "2025-05-01"),
    (
        "CITY ATTORNEY\nHarbor City, Oregon\nMedia Contact: Dana Fell\nPhone: (503) 555-0199\n"
        "press@harbor.example\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\nMay 1, 2025\n...",
        "2025-05-01",
    ),
    ("FOR IMMEDIATE RELEASE: Sept. 4, 2025\nContact: press office", "2025-09-04"),
    ("For release: 11/18/2025\nThe clinic ...", "2025-11-18"),
    ("Posted 3.9.26\nA judge ...", "2026-03-09"),
    ("Published: 12/01/25 4:05 PM ET\nA judge ...", "2025-12-01"),
    ("Posted on June 2, 2025 by Metro Desk\nA judge ...", "2025-06-02"),
    ("Courts Desk | Aug. 4, 2025, 9:10 AM ET | By Omar Fadel\nA judge ...", "2025-08-04"),
    ("Aug. 4, 2025 6:41 PM UTC Updated 2 hours ago\nA judge ...", "2025-08-04"),
    ("Mon 4 Aug 2025 14.05 BST\nA judge ...", "2025-08-04"),
    ("Posted 08/04/25 at 3:15 pm\nA judge ...", "2025-08-04"),
    # not the report's own date
    ("Hearing set for June 10, 2025\nA judge ...", None),
    ("Hearing Set For June 10, 2025\nA judge ...", None),
    ("June 10, 2025 | hearing on the motion\nA judge ...", None),
    ("Hearing: 6.10.25\nA judge ...", None),
    ("Sentencing Hearing | June 24, 2025\nA judge ...", None),
    ("Trial date | June 24, 2025\nA judge ...", None),
    ("Great result today!\n— Ana Ruiz May 13, 2025\nA judge ruled.", None),
    ("The version 3.9.26 of the app was released.", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[c[0][:30] for c in DATELINES])
def test_byline_and_release_dates(text: str, expected: str | None) -> None:
    found = dateline_date(text)
    assert (found and found.isoformat()) == expected


OUTCOMES = [
    ("The judge partly granted the city's motion to dismiss.", "granted in part"),
    ("A judge granted in part and denied in part the motion.", "granted in part"),
    (
        "The judge dismissed some claims against the county but let others proceed.",
        "granted in part",
    ),
    ("The court threw out three of the seven claims.", "granted in part"),
    ("A federal judge on Friday trimmed the lawsuit.", "granted in part"),
    ("A judge pared back the suit against the hospital.", "granted in part"),
    ("The judge dismissed the fraud claim but kept the others alive.", "granted in part"),
    ("The court issued a 4-3 ruling upholding the statute.", "affirmed"),
    (
        "It welcomed a decision by the Vermont Supreme Court affirming that towns may tax.",
        "affirmed",
    ),
    ("The judge denied in part the motion to dismiss.", "granted in part"),
    ("The court threw out part of the lawsuit.", "granted in part"),
    ("A judge let the trustee press most of his suit, but tossed two claims.", "granted in part"),
    (
        "The judge allowed the core claims to proceed but dismissed the fraud claim.",
        "granted in part",
    ),
    ("A judge granted part of the county's motion to dismiss.", "granted in part"),
    ("The judge dismissed the lawsuit.", "dismissed"),
    ("The judge dismissed the suit in part because it was filed late.", "dismissed"),
    ("The court threw out part of the conviction.", "vacated"),
    ("The judge allowed the lawsuit to proceed, rejecting the motion.", "denied"),
]


@pytest.mark.parametrize(("text", "outcome"), OUTCOMES, ids=[c[0][:30] for c in OUTCOMES])
def test_partial_and_participle_outcomes(text: str, outcome: str) -> None:
    outcomes = [e.outcome.value for e in find_events(text, 0, len(text)) if e.outcome]
    assert outcomes and outcomes[0] == outcome


def test_narrowed_question_is_not_an_outcome() -> None:
    text = "The court narrowed the question to one issue."
    assert [e for e in find_events(text, 0, len(text)) if e.outcome is not None] == []


def _ruling(text: str, published: dt.date | None = None) -> tuple[str | None, ...]:
    extraction = extract(Document(id="t", text=text, published=published))
    ruling = extraction.case.rulings[0] if extraction.case else None
    assert ruling is not None
    return (
        ruling.court.id if ruling.court else None,
        ruling.judges[0].name if ruling.judges else None,
        str(ruling.decided) if ruling.decided else None,
        ruling.outcome.value if ruling.outcome else None,
    )


RULINGS = [
    (  # press release: "the Court" affirmed, the court named earlier; "today"
        "NEWS RELEASE\nFOR IMMEDIATE RELEASE: May 8, 2025\n\nThe attorney general praised "
        "the Vermont Supreme Court.\n\nIn a decision issued today, the Court affirmed a "
        "decision of the Superior Court. Justice Ada Merriwether wrote the opinion for the "
        "Court.\n",
        ("vt", "Ada Merriwether", "2025-05-08", "affirmed"),
    ),
    (  # passive: the lower court first, the reviewing court after "by"
        "Published May 6, 2025\n\nA federal judge's order blocking the rule was upheld on "
        "Monday by the 7th U.S. Circuit Court of Appeals. Judge Nadia Ferro, writing for a "
        "unanimous panel, said the rule was unlawful.\n",
        ("ca7", "Nadia Ferro", "2025-05-05", "affirmed"),
    ),
    (  # author named late, with a possessive before "opinion"
        "Published March 12, 2026\n\nA federal appeals court on Tuesday reversed a ruling "
        "against a farmer. The 5th U.S. Circuit Court of Appeals said the trial court erred."
        "\n\nThe farmer said he was relieved.\n\nJudge Carmen Ybarra, who wrote the panel's "
        "opinion, said the record was clear.\n",
        ("ca5", "Carmen Ybarra", "2026-03-10", "reversed"),
    ),
    (  # "in an opinion by"
        "Published June 3, 2025\n\nThe 9th U.S. Circuit Court of Appeals on Monday upheld a "
        "ruling on a logging rule. In an opinion by Judge Ramona Ostrowski, the panel held "
        "that the rule was lawful.\n",
        ("ca9", "Ramona Ostrowski", "2025-06-02", "affirmed"),
    ),
    (  # the court after the author's name; "the Court" of a release: the highest court
        "Published March 2, 2026\n\nThe 9th Circuit had ruled for the irrigation district."
        "\n\nThe Supreme Court heard the case in the fall. On Monday, the Court reversed "
        "that decision. Justice Miriam Oyelaran of the U.S. Supreme Court wrote for the "
        "majority. Justice Tomas Reilly dissented.\n",
        ("scotus", "Miriam Oyelaran", "2026-03-02", "reversed"),
    ),
    (  # byline without "By", "on Tuesday"
        "LUCAS MBEKI / Feb. 3, 2026\n\nA federal judge in Denver on Tuesday dismissed some "
        "claims in a lawsuit against a ski resort but let others proceed.\n",
        ("cod", None, "2026-02-03", "granted in part"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS, ids=range(len(RULINGS)))
def test_rulings_of_unseen_styles(text: str, expected: tuple[str | None, ...]) -> None:
    assert _ruling(text) == expected

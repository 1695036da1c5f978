"""Rulings of specialized and state trial courts, and outcomes in more news phrasings:
New York's Supreme Court named by borough, county courts that courts-db files only under
the state, "Justice" and "Circuit Judge" as trial judges' titles, "refused to reconsider",
a reviewing court's passive verb after the ruling it reviews."""

from __future__ import annotations

import pytest

from casekit import Document, extract
from casekit.citations.courts import find_courts
from casekit.extractors.outcome import find_events
from casekit.model import Ruling

COURTS = [
    ("A Manhattan Supreme Court justice tossed the suit.", ["nysupctnewyork"]),
    ("Brooklyn Supreme Court Justice Ada Roe ruled.", ["nysupctkings"]),
    ("the Bronx Supreme Court", ["nysupctbrnx"]),
    ("a Queens Supreme Court judge", ["nysupctqueens"]),
    ("in Staten Island Supreme Court", ["nysupctrichmond"]),
    ("the Manhattan state Supreme Court", ["nysupctnewyork"]),
    ("the U.S. Supreme Court", ["scotus"]),
    # a county court that courts-db files under the state only, the state named
    ("A Fulton County Superior Court judge ruled. It broke the law of Georgia.", ["gasuperct"]),
    ("A Cook County Circuit Court judge ruled in Illinois.", ["illcirct"]),
    ("A Polk County District Court judge in Iowa ruled.", ["iadistct"]),
    ("The case returns to Milwaukee County Circuit Court in Wisconsin.", ["wisccirct"]),
    # the county's own court, its courts-db name ending in the state's abbreviation
    ("The DeKalb County Superior Court in Georgia ruled.", ["gasuperctdekalb"]),
    ("A Cobb County Superior Court judge ruled under Georgia law.", ["gasuperctcobb"]),
    ("a Los Angeles County Superior Court judge in California", ["calsuppctla"]),
    ("the Superior Court in Fulton County, under Georgia law", ["gasuperct"]),
    ("the Circuit Court of Cook County in Illinois", ["illcirct"]),
    ("The County Superior Court in Georgia", []),
    # no state named: no court
    ("A Cook County Circuit Court judge ruled.", []),
    ("A Harris County district judge ordered a new trial.", []),
]


@pytest.mark.parametrize(("text", "expected"), COURTS, ids=[c[0][:40] for c in COURTS])
def test_state_trial_courts(text: str, expected: list[str]) -> None:
    assert [court.id for court, _span in find_courts(text)] == expected


EVENTS = [
    ("A judge tossed a restaurateur's $10 million libel suit.", "dismissed", None),
    ("A judge threw out the conviction.", "vacated", None),
    (
        "The judge refused to reconsider his ruling.",
        "denied",
        "motion for reconsideration",
    ),
    ("The judge declined to revisit the order.", "denied", "motion for reconsideration"),
    ("The vice chancellor put on hold a shareholder vote.", "stayed", "stay"),
    ("The judge paused the policy.", "granted", None),
]


@pytest.mark.parametrize(("text", "outcome", "relief"), EVENTS, ids=[c[0][:40] for c in EVENTS])
def test_outcome_phrasings(text: str, outcome: str, relief: str | None) -> None:
    event = find_events(text, 0, len(text))[0]
    assert event.outcome is not None
    assert (event.outcome.value, event.relief) == (outcome, relief)


def _main_ruling(text: str) -> Ruling:
    case = extract(Document(id="t", text=text)).case
    assert case is not None and case.rulings
    return case.rulings[0]


RULINGS = [
    (
        "June 16, 2025\nA Manhattan Supreme Court justice on Friday tossed a libel suit "
        "against a food blog. Justice Ada Vance-Roe granted the blog's motion to dismiss.",
        ("Ada Vance-Roe", "nysupctnewyork", "2025-06-13", "dismissed"),
    ),
    (
        "Published April 24, 2026\nA lawsuit that a federal judge in Phoenix tossed last "
        "spring was revived Friday by the San Francisco-based 9th U.S. Circuit Court of "
        "Appeals. Writing for the panel, Judge Ines Whitby said the families could sue.",
        ("Ines Whitby", "ca9", "2026-04-24", "reversed"),
    ),
    (
        "Nov. 12, 2025\nThe U.S. Court of Appeals for Veterans Claims on Nov. 3 vacated a "
        "Board of Veterans' Appeals decision. Chief Judge Oda Penn wrote for the court.",
        ("Oda Penn", "cavc", "2025-11-03", "vacated"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS, ids=[c[0][14:50] for c in RULINGS])
def test_main_ruling(text: str, expected: tuple[str, str, str, str]) -> None:
    ruling = _main_ruling(text)
    judge = ruling.judges[0].name if ruling.judges else None
    court = ruling.court.id if ruling.court else None
    decided = ruling.decided.isoformat() if ruling.decided else None
    outcome = ruling.outcome.value if ruling.outcome else None
    assert (judge, court, decided, outcome) == expected


def test_appeals_court_of_special_jurisdiction_reviews_an_appeal() -> None:
    text = (
        "Nov. 12, 2025\nThe U.S. Court of Appeals for Veterans Claims on Nov. 3 vacated a "
        "Board of Veterans' Appeals decision. Chief Judge Oda Penn wrote for the court."
    )
    assert _main_ruling(text).relief == "appeal"

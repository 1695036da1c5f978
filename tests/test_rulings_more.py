"""Rulings of specialized and state trial courts, and outcomes in more news phrasings:
New York's Supreme Court named by borough, county courts that courts-db files only under
the state, "Justice" and "Circuit Judge" as trial judges' titles, "refused to reconsider",
a reviewing court's passive verb after the ruling it reviews."""

from __future__ import annotations

import datetime as dt

import pytest

from casekit import Document, extract
from casekit.citations.courts import find_courts
from casekit.citations.dockets import find_dockets
from casekit.extractors.outcome import find_events, relief_in
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


# Main rulings: the lede's date, the reviewed court's relief, reasoning verbs, authors.
PUBLISHED = dt.date(2025, 6, 13)  # a Friday

# (text, field, expected value of the main ruling's field)
MAIN_FIELDS: list[tuple[str, str, str | None]] = [
    # the date sits in the lede, the disposition in a later sentence
    (
        "A Denver federal judge on Tuesday pared a farmworkers' suit against a grower. "
        "U.S. District Judge Ana Pell granted in part the company's motion to dismiss.",
        "decided",
        "2025-06-10",
    ),
    (
        "The Iowa Supreme Court on Wednesday made it harder to sue landlords. "
        "The court reversed a Court of Appeals decision.",
        "decided",
        "2025-06-11",
    ),
    # a sentence about the decision itself dates it
    (
        "The state's highest court reversed the commission's order. "
        "The ruling came down Thursday afternoon.",
        "decided",
        "2025-06-12",
    ),
    (
        "The appellate panel reversed the custody order. The panel issued its decision "
        "in an unsigned opinion on Monday.",
        "decided",
        "2025-06-09",
    ),
    # reasoning is not the disposition
    (
        "U.S. District Judge Mara Quist blocked the rule on Monday. The government said the "
        "court lacked jurisdiction. The judge rejected that argument.",
        "outcome",
        "granted",
    ),
    # an opinion granting the relief
    (
        "U.S. District Judge Mara Quist ruled in a 30-page opinion granting a preliminary "
        "injunction to the tenants.",
        "relief",
        "preliminary injunction",
    ),
    # an appeals court striking down a rule on a petition for review vacates it
    (
        "A federal appeals court on Monday struck down a Labor Department rule. The 6th U.S. "
        "Circuit Court of Appeals granted a petition for review filed by trucking groups.",
        "outcome",
        "vacated",
    ),
    # "denied the motion to dismiss ... but dismissed" is a motion granted in part
    (
        "U.S. District Judge Ana Pell on Monday denied the bank's motion to dismiss the fraud "
        "claims but dismissed a separate count under state law.",
        "outcome",
        "granted in part",
    ),
    # "charge" as a verb is no criminal charge: an appeals court throwing out a rule vacates it
    (
        "The 8th U.S. Circuit Court of Appeals on Friday threw out a rule capping what "
        "companies may charge for calls.",
        "outcome",
        "vacated",
    ),
    # what a court of review did to the decision under review
    (
        "A federal appeals court on Tuesday blocked a timber sale in Oregon. The 9th U.S. "
        "Circuit Court of Appeals reversed a district judge who had refused to issue a "
        "preliminary injunction.",
        "outcome",
        "reversed",
    ),
    # the reviewing court takes the relief of the ruling it reviews
    (
        "The Oregon Supreme Court on Thursday reversed a trial judge's refusal to suppress "
        "evidence found in a car.",
        "relief",
        "motion to suppress",
    ),
    # reliefs of their own
    (
        "A Sacramento County Superior Court judge on Monday granted a petition for a writ "
        "of mandate filed by the union.",
        "relief",
        "writ of mandate",
    ),
    (
        "The Nevada Supreme Court on Monday granted the newspaper's petition for a writ of "
        "mandamus.",
        "relief",
        "writ of mandamus",
    ),
    # family courts' temporary orders are no restraining order
    (
        "The Texas Supreme Court on Friday directed a family judge to vacate temporary "
        "orders that gave the grandparents visits, granting the mother's petition.",
        "relief",
        None,
    ),
    # another body's earlier order
    (
        "The Ohio Supreme Court on Tuesday reversed the commission's order. The commission "
        "denied rehearing that fall.",
        "relief",
        "appeal",
    ),
    # authors: "delivered the judgment", an inverted "wrote"
    (
        "The Illinois Appellate Court on Monday affirmed the sentence. Justice Ona Brandt "
        "delivered the judgment of the court.",
        "judge",
        "Ona Brandt",
    ),
    (
        "The 3rd U.S. Circuit Court of Appeals on Monday vacated the sentence. “The statute "
        "asks a different question,” wrote U.S. Circuit Judge Paul Reyes-Dunn.",
        "judge",
        "Paul Reyes-Dunn",
    ),
    # a background ruling in the pluperfect is not the main one
    (
        "A district judge in Washington had sided with the agency, granting it summary "
        "judgment. The D.C. Circuit reversed that decision on Friday.",
        "court",
        "cadc",
    ),
    # "the court" of a later sentence is the lede's court, not the one it reviewed
    (
        "The Supreme Court on Wednesday let the agency cut the grants. In a brief order, the "
        "court granted the administration's request to pause a ruling by a federal judge in "
        "Baltimore.",
        "court",
        "scotus",
    ),
]


def _field(text: str, field: str) -> str | None:
    rulings = extract(Document(id="t", text=text, published=PUBLISHED)).case.rulings
    assert rulings, text
    main = rulings[0]
    if field == "decided":
        return None if main.decided is None else str(main.decided)
    if field == "outcome":
        return None if main.outcome is None else main.outcome.value
    if field == "relief":
        return main.relief
    if field == "judge":
        return None if main.judge is None else main.judge.name
    return None if main.court is None else main.court.id


@pytest.mark.parametrize(("text", "field", "expected"), MAIN_FIELDS)
def test_main_ruling_field(text: str, field: str, expected: str | None) -> None:
    assert _field(text, field) == expected


@pytest.mark.parametrize(
    ("phrase", "relief"),
    [
        ("denied his motion to suppress the gun", "motion to suppress"),
        ("a trial judge's refusal to throw out the charges", "motion to dismiss"),
        ("granted a writ of prohibition", "writ of prohibition"),
        ("refused to issue a temporary order blocking the deal", "temporary restraining order"),
        ("vacated temporary orders on custody", None),
    ],
)
def test_relief_phrases(phrase: str, relief: str | None) -> None:
    assert relief_in(phrase, 0, len(phrase)) == relief


REFUSALS = [
    ("A judge refused to throw out evidence seized from his home.", "denied", "motion to suppress"),
    ("A judge declined to throw out the lawsuit.", "denied", "motion to dismiss"),
    (
        "A judge trimmed but refused to throw out the lawsuit.",
        "granted in part",
        "motion to dismiss",
    ),
    ("A judge declined to certify a class of drivers.", "denied", "class certification"),
]


@pytest.mark.parametrize(("text", "outcome", "relief"), REFUSALS, ids=[c[0][:40] for c in REFUSALS])
def test_refusals(text: str, outcome: str, relief: str | None) -> None:
    event = find_events(text, 0, len(text))[0]
    assert event.outcome is not None
    assert (event.outcome.value, event.relief) == (outcome, relief)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("A judge had sided with the agency, granting it summary judgment.", True),
        ("The court paused an order that had blocked the law, granting a stay.", False),
    ],
)
def test_participle_takes_the_tense_of_its_clause(text: str, earlier: bool) -> None:
    event = next(e for e in find_events(text, 0, len(text)) if e.verb == "granting")
    assert event.earlier is earlier


# Dockets named in words, without "No.", and numbers that are no dockets
NAMED_DOCKETS = [
    ("The case number is S25A0891.", ["S25A0891"]),
    ("The docket number is 2024-CA-001234.", ["2024-CA-001234"]),
    ("Case number: 24-cv-1234", ["24-cv-1234"]),
    ("The appeal (docket 25-1187) was argued in May.", ["25-1187"]),
    ("The appeal, State v. Roe (docket A24-0917), was argued in May.", ["A24-0917"]),
    ("The case number is 166871.", ["166871"]),
    ("The case number 12 on the list was odd.", []),
    ("A docket number of 20 cases was set.", []),
    ("The court's docket 2024 was full.", []),
    ("The phase number is 24-7.", []),
]


@pytest.mark.parametrize(("text", "numbers"), NAMED_DOCKETS, ids=[c[0][:40] for c in NAMED_DOCKETS])
def test_dockets_named_without_no(text: str, numbers: list[str]) -> None:
    assert [d.number for d in find_dockets(text)] == numbers


# What a ruling about a new trial asked for: the appeal, when a reviewing court orders the
# new trial as its remedy; the new trial, when someone moved for one
NEW_TRIALS = [
    (
        "A federal appeals court on Monday reversed the conviction of a former mayor and "
        "ordered a new trial.",
        "reversed",
        "appeal",
    ),
    (
        "The state Supreme Court on Monday vacated the verdict and sent the case back for "
        "a new trial.",
        "vacated",
        "appeal",
    ),
    (
        "A state appeals court on Monday reversed a judge's denial of his motion for a new trial.",
        "reversed",
        "new trial",
    ),
    (
        "A Milwaukee County judge on Monday granted a motion for a new trial.",
        "granted",
        "new trial",
    ),
]


@pytest.mark.parametrize(
    ("text", "outcome", "relief"), NEW_TRIALS, ids=[c[0][:40] for c in NEW_TRIALS]
)
def test_new_trial_remedy_or_relief(text: str, outcome: str, relief: str) -> None:
    main = extract(Document(id="t", text=text, published=PUBLISHED)).case.rulings[0]
    assert main.outcome is not None
    assert (main.outcome.value, main.relief) == (outcome, relief)


# State trial judges titled "Circuit Judge", and a lede naming the court late
LEDES = [
    (
        "A group of tow operators will get their day in court after a Cook County judge "
        "ruled from the bench Tuesday. Circuit Judge Mara Denholm denied the city's motion "
        "to dismiss.",
        "judge",
        "Mara Denholm",
    ),
    (
        "Ruling from the bench Wednesday, Milwaukee County Circuit Judge Ray Olafsen granted "
        "the motion for a new trial.",
        "judge",
        "Ray Olafsen",
    ),
    (
        "The 7th Circuit on Monday reversed the ruling. Circuit Judge Ann Pell wrote for the "
        "panel. The case began in Cook County Circuit Court.",
        "judge",
        "Ann Pell",
    ),
    (
        "A Dayton newspaper that sued for police video came away empty-handed at the Ohio "
        "Supreme Court on Thursday. In a per curiam opinion, the court denied the paper's "
        "request for a writ of mandamus.",
        "court",
        "ohio",
    ),
    (
        "A Dayton newspaper that sued for police video came away empty-handed at the Ohio "
        "Supreme Court on Thursday. In a per curiam opinion, the court denied the paper's "
        "request for a writ of mandamus.",
        "decided",
        "2025-06-12",
    ),
    (
        "A man convicted in Franklin County Common Pleas Court wants a new hearing. On "
        "Monday, the court denied his request.",
        "court",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"), LEDES, ids=[f"{c[1]}-{c[0][:30]}" for c in LEDES]
)
def test_state_trial_judges_and_late_lede_courts(
    text: str, field: str, expected: str | None
) -> None:
    assert _field(text, field) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The court issued an unsigned order Thursday denying the request.", "denying"),
        ("The court issued an order late Friday blocking the rule.", "blocking"),
        ("The court released its opinion denying the appeal.", "denying"),
    ],
)
def test_order_issued_on_a_day_then_its_participle(text: str, verb: str) -> None:
    assert [e.verb for e in find_events(text, 0, len(text))] == [verb]


# The date of the decision, not of its publicity or of a later clause's action
DECISION_DATES = [
    (
        "The decision, issued Tuesday but made public Thursday, denied the motion to dismiss.",
        "2025-06-10",
    ),
    ("A judge last week dismissed the lawsuit, and on Wednesday the plaintiffs appealed.", None),
    ("A judge on Monday dismissed the lawsuit, and the plaintiffs appealed.", "2025-06-09"),
]


@pytest.mark.parametrize(
    ("text", "decided"), DECISION_DATES, ids=[c[0][:40] for c in DECISION_DATES]
)
def test_decision_date_not_publicity_or_later_clause(text: str, decided: str | None) -> None:
    assert _field(text, "decided") == decided

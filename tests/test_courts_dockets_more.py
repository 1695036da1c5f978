"""State courts named in news copy, docket numbers in closing lines, chancery judges.

Table-driven: each row is a short text of the kind news reports print and what the
finders should (or should not) take from it.
"""

from __future__ import annotations

import pytest

from casekit import find_courts, find_dockets, find_people

# (text, [(court id, phrase)]): state courts described rather than named
STATE_COURTS = [
    # the state from the rest of the sentence: a state agency named after the phrase
    (
        "The state's high court ruled Thursday that the Oregon Department of Corrections erred.",
        [("or", "state's high court")],
    ),
    (
        "The state's high court ruled that the Washington Department of Corrections was late.",
        [("wash", "state's high court")],
    ),
    # the state from the dateline: a capital, or a city with its state
    (
        "OLYMPIA — The state's high court ruled Thursday for the requester.",
        [("wash", "state's high court")],
    ),
    (
        "FRANKFORT, Ky. (AP) — The state's top court sided with a coal company on Friday.",
        [("ky", "state's top court")],
    ),
    (
        "ST. PAUL, Minn. — The state Supreme Court on Thursday reinstated the conviction.",
        [("minn", "state Supreme Court")],
    ),
    (
        "EXCLUSIVE — Inside the parole fight\n\nSALEM — The state's high court ruled Friday.",
        [("or", "state's high court")],
    ),
    (
        "AUSTIN — The state's intermediate appellate court ruled on Friday.",
        [("texapp", "state's intermediate appellate court")],
    ),
    # a later bare "the Supreme Court" in a story about a state's high court
    (
        "SALEM — The state's high court reversed. Roe petitioned the Supreme Court last year.",
        [("or", "state's high court"), ("or", "Supreme Court")],
    ),
    (
        "BOISE, Idaho (AP) — The state Supreme Court upheld the verdict. "
        "The Supreme Court heard arguments in May.",
        [("idaho", "state Supreme Court"), ("idaho", "Supreme Court")],
    ),
    # ... but not when the story names the U.S. Supreme Court, nor when a bare
    # "Supreme Court" comes first, nor across a new dateline
    (
        "SALEM — The state's high court ruled. Roe may ask the U.S. Supreme Court to step in; "
        "the Supreme Court rarely does.",
        [
            ("or", "state's high court"),
            ("scotus", "U.S. Supreme Court"),
            ("scotus", "Supreme Court"),
        ],
    ),
    (
        "The Supreme Court agreed to hear the case. The Texas Supreme Court had upheld the law, "
        "and the Supreme Court will hear it in the fall.",
        [("scotus", "Supreme Court"), ("tex", "Texas Supreme Court"), ("scotus", "Supreme Court")],
    ),
    (
        "The Texas Supreme Court reversed; the Supreme Court declined review.",
        [("tex", "Texas Supreme Court"), ("scotus", "Supreme Court")],
    ),
    (
        "LANSING — The state's highest court ruled for the tenant.\n\n"
        "WASHINGTON (AP) — The Supreme Court on Monday took up a tariff case.",
        [("mich", "state's highest court"), ("scotus", "Supreme Court")],
    ),
    # a dateline in Washington, D.C., or "a state's" (some state) gives no state
    ("WASHINGTON (AP) — Lawyers said the state's high court could weigh in.", []),
    ("SALEM — Lawyers said a state's high court could weigh in later.", []),
    # no state anywhere: nothing, and never the U.S. Supreme Court
    ("The state's high court ruled for the city on Thursday.", []),
    ("Washington Post reporters said the state's high court ruled.", []),
    # intermediate courts by the state's own names, in a story about that state's courts
    (
        "The Washington Supreme Court reversed. Division One of the Court of Appeals had ruled "
        "for the agency.",
        [
            ("wash", "Washington Supreme Court"),
            ("washctapp", "Division One of the Court of Appeals"),
        ],
    ),
    (
        "The Texas Supreme Court granted mandamus. The Fourteenth Court of Appeals had refused.",
        [("tex", "Texas Supreme Court"), ("texapp", "Fourteenth Court of Appeals")],
    ),
    (
        "The Wisconsin Supreme Court reversed the District II Court of Appeals.",
        [("wis", "Wisconsin Supreme Court"), ("wisctapp", "District II Court of Appeals")],
    ),
    (
        "The Pennsylvania Supreme Court reversed a Superior Court decision.",
        [("pa", "Pennsylvania Supreme Court"), ("pasuperct", "Superior Court")],
    ),
    (
        "The Michigan Supreme Court reversed the Court of Appeals.",
        [("mich", "Michigan Supreme Court"), ("michctapp", "Court of Appeals")],
    ),
    # New York's trial court by its borough: "a Manhattan state judge"
    ("A Manhattan state judge ruled on Wednesday.", [("nysupctnewyork", "Manhattan state judge")]),
    ("It was filed in Brooklyn state court.", [("nysupctkings", "Brooklyn state court")]),
    ("A Bronx state senator said so.", []),
    # a federal story: its "Court of Appeals" is no state court
    (
        "The 5th Circuit upheld a Texas law. The Court of Appeals said it stands.",
        [("ca5", "5th Circuit")],
    ),
    (
        "The Ohio Supreme Court ruled. A U.S. Court of Appeals had ruled otherwise.",
        [("ohio", "Ohio Supreme Court")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATE_COURTS)
def test_state_courts_in_news_copy(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.id, span.of(text)) for c, span in find_courts(text)] == expected


# (text, docket numbers found)
DOCKETS = [
    ("The case is No. 166871.", ["166871"]),
    ("The case, Roe v. Doe, is No. 2345.", ["2345"]),
    ("The appeal is No. 88107.", ["88107"]),
    ("The case is Reno Sentinel v. Washoe County School District, No. 88214.", ["88214"]),
    ("The case is Roe v. Acme Corp., No. 31992.", ["31992"]),
    ("The case is Alder Park Coalition v. City of Alder Park, No. 25STCP01234.", ["25STCP01234"]),
    ("In re the Estate of Harlan Voss, No. 24A-ES-02291, was decided in August.", ["24A-ES-02291"]),
    ("The appeal, No. 49A02-CT-1234, is pending.", ["49A02-CT-1234"]),
    ("The case is State v. Nyquist, No. A24-1193.", ["A24-1193"]),
    # plain numbers that are no docket numbers
    ("Ranked No. 166871 in the country.", []),
    ("The bill, No. 1234, passed.", []),
    ("He was No. 12 on the list. The case is about No. 5.", []),
    ("The team finished the season ranked No. 104 in the poll.", []),
    ("Roe said it. The team is No. 4512 in the world.", []),
    ("Roe v. Doe was argued. He said. The firm, No. 2345 on a list, won.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCKETS)
def test_dockets_in_closing_lines(text: str, expected: list[str]) -> None:
    assert [d.number for d in find_dockets(text)] == expected


# (text, {name: whether a judge})
JUDGES = [
    (
        "Vice Chancellor Rosa Ebbers of the Delaware Court of Chancery denied the motion.",
        {"Rosa Ebbers": True},
    ),
    (
        "Chancellor Augustin Pellew of the Court of Chancery refused to delay the vote.",
        {"Augustin Pellew": True},
    ),
    (
        "The Chancery Court case went forward. Vice Chancellor Simon Okafor denied the motion.",
        {"Simon Okafor": True},
    ),
    # a university's chancellor, with or without a chancery court in the text
    (
        "Chancellor Reginald Osterhout said the university would appeal.",
        {"Reginald Osterhout": False},
    ),
    (
        "The Court of Chancery ruled. The university's chancellor, Chancellor Mia Hart, "
        "welcomed it.",
        {"Mia Hart": False},
    ),
    ("Magistrate Harriet Olumide granted the protective order.", {"Harriet Olumide": True}),
]


@pytest.mark.parametrize(("text", "expected"), JUDGES)
def test_chancery_and_magistrate_titles(text: str, expected: dict[str, bool]) -> None:
    found = {m.name: m.is_judge for m in find_people(text) if m.name in expected}
    assert found == expected


# (text, the people found): a firm's name is no person's
FIRMS = [
    (
        "Rhea Monk, an analyst at Tillbrook Research, said it would last.",
        ["Rhea Monk"],
    ),
    ("Lawyers for Summit Brew Holdings and Helix Ledger Labs declined to comment.", []),
    ("Harbor Point Advisers and Corbel Logistics settled with Dana Whitfield.", ["Dana Whitfield"]),
    ("Judge Rosa Management-Park ruled.", ["Rosa Management-Park"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS)
def test_firm_names_are_no_people(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_people(text)] == expected

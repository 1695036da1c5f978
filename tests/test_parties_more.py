"""Parties, captions and dockets in less common news phrasings: bankruptcy committees,
"doing business as", appositive sides in lists, titles with "of", relative clauses,
parties let into a case, and captions with "et al.", "ex rel." or a leading number."""

from __future__ import annotations

import pytest

import casekit
from casekit.extractors.caption import find_captions
from casekit.extractors.parties import find_parties

PARTIES = [
    (  # an appositive side after "and its": "and its Illinois subsidiary, B"
        "Ruiz sued QuikDrop Technologies Inc. and its Illinois subsidiary, QD Logistics LLC, "
        "in 2024.",
        [
            ("Ruiz", "plaintiff"),
            ("QuikDrop Technologies Inc.", "defendant"),
            ("QD Logistics LLC", "defendant"),
        ],
    ),
    (  # a described first side, a name starting with a number
        "She granted an injunction sought by the Sterling Place Tenants Association against "
        "the building's owner, 1422 Sterling Realty LLC, and its managing agent, Brightstone "
        "Management Corp.",
        [
            ("Sterling Place Tenants Association", "plaintiff"),
            ("1422 Sterling Realty LLC", "defendant"),
            ("Brightstone Management Corp.", "defendant"),
        ],
    ),
    (  # a relative clause between the party and its verb
        "The United States, which declined to take over the case, filed a brief supporting Harmon.",
        [("United States", "amicus")],
    ),
    (  # the trade name is not the party
        "Summit Brew Holdings, Inc., doing business as Summit Coffee Co., sued Rocky Bean "
        "Roasters, L.L.C. in 2024.",
        [("Summit Brew Holdings, Inc.", "plaintiff"), ("Rocky Bean Roasters, L.L.C.", "defendant")],
    ),
    (  # a title, a name, then "of" and the institution
        "The petition filed by Luis Mendoza named Warden Gerald Lyons of the Metropolitan "
        "Detention Center as the respondent.",
        [("Luis Mendoza", "petitioner"), ("Gerald Lyons", "respondent")],
    ),
    (  # two names, no shared surname
        "The SEC sued Carrow and Helix Ledger Labs earlier this month.",
        [("SEC", "plaintiff"), ("Carrow", "defendant"), ("Helix Ledger Labs", "defendant")],
    ),
    (  # a shared surname still is one
        "The suit was brought by Kevin and Alicia Dunmore on Monday.",
        [("Kevin Dunmore", "plaintiff"), ("Alicia Dunmore", "plaintiff")],
    ),
    (  # let into the case
        "Safe Streets Oregon, a gun-safety group, was allowed to join the case to defend the law.",
        [("Safe Streets Oregon", "intervenor")],
    ),
    (  # the injunction's movants follow "sought by" at once
        "The judge denied a preliminary injunction sought by the Pacific Sportsmen's Alliance "
        "and Dale Brunner, who owns a gun shop.",
        [("Pacific Sportsmen's Alliance", "plaintiff"), ("Dale Brunner", "plaintiff")],
    ),
    (
        "The judge upheld the denial of an injunction sought by organizers challenging a "
        "Maryland county's ban.",
        [],
    ),
    (  # a bankruptcy committee in lower case
        "The official committee of unsecured creditors filed a brief supporting the trustee.",
        [("official committee of unsecured creditors", "amicus")],
    ),
    ("He said he wants to join the case.", []),
    (  # a filed petition makes a petitioner; a short company name completed
        "Bayou Crest, which runs hotels, filed its petition in August. The case is In re "
        "Bayou Crest Hospitality LLC.",
        [("Bayou Crest Hospitality LLC", "petitioner")],
    ),
    (  # a person and where they live
        "The farmers, led by Erik Halvorsen of Clark County, sued the cooperative. Halvorsen "
        "said so.",
        [("Erik Halvorsen", "plaintiff")],
    ),
    (  # an occupation before the name at the start of a sentence
        "Journalist Corinne Talbot sued Harlow Township in 2024.",
        [("Corinne Talbot", "plaintiff"), ("Harlow Township", "defendant")],
    ),
    (  # an unnamed side with a possessive, then a named one
        "The fund sued the company's board and the investor, Halcyon Peak Capital.",
        [("Halcyon Peak Capital", "defendant")],
    ),
    (  # the head noun of a name with "of" stands for it
        "The Hauglands sued the U.S. Army Corps of Engineers. The Corps had appealed.",
        [("Hauglands", "plaintiff"), ("U.S. Army Corps of Engineers", "defendant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_parties(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(p.name, p.role.value if p.role else None) for p in find_parties(text, "d")]
    assert got == expected


CAPTIONS = [
    (
        "The case is United States ex rel. Harmon v. Lifeline Medical Transport Inc., No. 24-5567.",
        "United States ex rel. Harmon v. Lifeline Medical Transport Inc.",
    ),
    ("The case is Mendoza et al. v. Lyons, No. 25-cv-02871.", "Mendoza v. Lyons"),
    ("Ruiz, et al. v. Acme Inc. was filed in May.", "Ruiz v. Acme Inc."),
    (
        "The case is Sterling Place Tenants Association v. 1422 Sterling Realty LLC.",
        "Sterling Place Tenants Association v. 1422 Sterling Realty LLC",
    ),
    (  # a headline caption ends with its paragraph
        "Kessler v. Midland Grain Cooperative\n\nPublished June 26",
        "Kessler v. Midland Grain Cooperative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_captions(text: str, expected: str) -> None:
    assert [c.name for c in find_captions(text)] == [expected]


CASES = [
    (  # the relator is the party, not the government in whose name the case runs
        "Gregory Harmon sued Lifeline Medical Transport Inc. under the False Claims Act. "
        "The case is United States ex rel. Harmon v. Lifeline Medical Transport Inc.",
        None,
        [("Gregory Harmon", "plaintiff"), ("Lifeline Medical Transport Inc.", "defendant")],
    ),
    (  # a docket of letters and digits right after the caption
        "A jury convicted Dwayne Pettibone of arson. The case is State of Ohio v. Pettibone, "
        "No. CA 29871.",
        "CA 29871",
        None,
    ),
]


@pytest.mark.parametrize(("text", "docket", "parties"), CASES)
def test_case(text: str, docket: str | None, parties: list[tuple[str, str]] | None) -> None:
    case = casekit.extract(casekit.Document(id="d", text=text)).case
    assert case is not None
    if docket is not None:
        assert case.docket_numbers == (docket,)
    if parties is not None:
        assert [(p.name, p.role.value if p.role else None) for p in case.parties] == parties

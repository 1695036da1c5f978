"""Parties, captions and dockets in less common news phrasings: bankruptcy committees,
"doing business as", appositive sides in lists, titles with "of", relative clauses,
parties let into a case, and captions with "et al.", "ex rel." or a leading number; party
lists with bracketed acronyms and "X of Y and Z" names, roles stated outright, the text's
"sued" against the caption's order, and captions of one's own case followed by a cite."""

from __future__ import annotations

import pytest

import casekit
from casekit.extractors.caption import find_captions, main_caption
from casekit.extractors.parties import find_parties, party_kind

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


# text -> the parties found, as (name, role), in order of first mention
MORE_PARTIES: list[tuple[str, list[tuple[str, str]]]] = [
    # a bracketed acronym inside a list
    (
        "The suit was filed by the Council of Mountain Colleges (CMC), Ridgeback Institute of"
        " Technology and Tamsin State University against the agency's director, Ana Ruiz.",
        [
            ("Council of Mountain Colleges", "plaintiff"),
            ("Ridgeback Institute of Technology", "plaintiff"),
            ("Tamsin State University", "plaintiff"),
            ("Ana Ruiz", "defendant"),
        ],
    ),
    (
        "The plaintiffs are the Harbor Anglers League (HAL), the Bayside Marina Council and"
        " Pelican Charters Inc., a fishing outfit.",
        [
            ("Harbor Anglers League", "plaintiff"),
            ("Bayside Marina Council", "plaintiff"),
            ("Pelican Charters Inc.", "plaintiff"),
        ],
    ),
    # "known as X" and "two of its members, A and B"
    (
        "The case was brought by the Prairie Grocers Alliance, known as PGA, and two of its"
        " members, Dunmore Market LLC and Sorrel Foods Inc., against the Iowa Department of"
        " Revenue.",
        [
            ("Prairie Grocers Alliance", "plaintiff"),
            ("Dunmore Market LLC", "plaintiff"),
            ("Sorrel Foods Inc.", "plaintiff"),
            ("Iowa Department of Revenue", "defendant"),
        ],
    ),
    # "X of Y and Z": two names, not one
    (
        "The tribe sued the U.S. Army Corps of Engineers and Col. Dana Whitcomb, commander of"
        " its Portland District.",
        [("U.S. Army Corps of Engineers", "defendant"), ("Dana Whitcomb", "defendant")],
    ),
    (
        "The student sued the Lakeshore Institute of Design and Pinecrest College.",
        [("Lakeshore Institute of Design", "defendant"), ("Pinecrest College", "defendant")],
    ),
    (
        "The groups sued the Department of Housing and Urban Development.",
        [("Department of Housing and Urban Development", "defendant")],
    ),
    (
        "The riders sued the City and County of Denver and the Regional Transit Board.",
        [("City and County of Denver", "defendant"), ("Regional Transit Board", "defendant")],
    ),
    # an agency, then a titled official after "and"
    (
        "The clinics sued the Health Resources and Services Administration and Health and"
        " Human Services Secretary Ana Ruiz.",
        [("Health Resources and Services Administration", "defendant"), ("Ana Ruiz", "defendant")],
    ),
    # titles in lower case before names, in any list position
    (
        "The trustee sued former chairman Tom Blake, former chief executive Ana Ruiz and Ivy"
        " Capital LP, the fund that owned the company.",
        [("Tom Blake", "defendant"), ("Ana Ruiz", "defendant"), ("Ivy Capital LP", "defendant")],
    ),
    (
        "The defendants include former chief financial officer Ana Ruiz and former board chair"
        " Tom Blake.",
        [("Ana Ruiz", "defendant"), ("Tom Blake", "defendant")],
    ),
    (
        "The suit was filed by Ana Ruiz, the trustee of the estate, against former director Tom"
        " Blake and Ivy Capital LP.",
        [("Ana Ruiz", "plaintiff"), ("Tom Blake", "defendant"), ("Ivy Capital LP", "defendant")],
    ),
    # roles stated outright
    (
        "Ana Ruiz is the appellee. Her brother, Tom Ruiz, was the appellant.",
        [("Ana Ruiz", "appellee"), ("Tom Ruiz", "appellant")],
    ),
    (
        "The Harbor Water District, the petitioner in the case, had challenged the permit.",
        [("Harbor Water District", "petitioner")],
    ),
    (
        "The Ohio Department of Taxation asked the state Supreme Court to review the case.",
        [("Ohio Department of Taxation", "petitioner")],
    ),
    # "petition ... filed by X against Y"
    (
        "The judge granted a petition for a writ of mandate filed by the Renters Council"
        " against the Rent Board.",
        [("Renters Council", "petitioner"), ("Rent Board", "respondent")],
    ),
    (
        "The rule was challenged by the Delta Growers Union and the Farm Labor Council.",
        [("Delta Growers Union", "plaintiff"), ("Farm Labor Council", "plaintiff")],
    ),
    (
        "The case was filed by a farmworker union against board chair Tom Blake.",
        [("Tom Blake", "defendant")],
    ),
    # a plural surname stands for the family members the text names
    (
        "The grandparents, Alton and Judith Reese, lost. The respondents, the Reeses, argued"
        " that the order was wrong.",
        [("Alton Reese", "respondent"), ("Judith Reese", "respondent")],
    ),
    # places are never parties
    (
        "Ana Ruiz, a former warehouse supervisor in Georgia, sued Brightline Insurance Co.",
        [("Ana Ruiz", "plaintiff"), ("Brightline Insurance Co.", "defendant")],
    ),
    ("He robbed a store on Memorial Boulevard, appealed the sentence.", []),
    # an appositive with an article is no descriptor
    (
        "The judge granted an injunction sought by the Lakeview Retirement System, a Corvane"
        " shareholder. The fund sued Corvane in May.",
        [("Lakeview Retirement System", "plaintiff"), ("Corvane", "defendant")],
    ),
    # a second amicus brief, "filed one on X's side"
    (
        "The Bar Guild filed a brief supporting Ruiz, and the Insurers Forum filed one on"
        " Acme's side.",
        [("Bar Guild", "amicus"), ("Insurers Forum", "amicus")],
    ),
    (
        "The Nurses Association, which intervened to defend the order, won the vote by 25.",
        [("Nurses Association", "intervenor")],
    ),
    # a motion filed by a criminal defendant
    (
        "The judge granted the motion for a new trial filed by Tom Blake, 44.",
        [("Tom Blake", "defendant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_PARTIES)
def test_more_parties(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(p.name, p.role.value if p.role else None) for p in find_parties(text, "doc")]
    assert found == expected


# text with a caption -> the parties found
CAPTIONED: list[tuple[str, list[tuple[str, str]]]] = [
    # the text's "sued" outranks the caption's order
    (
        "The case is Acme Freight Inc. v. Okafor, No. 24-118. Ana Okafor, a dispatcher, sued"
        " Acme in 2022.",
        [("Acme Freight Inc.", "defendant"), ("Ana Okafor", "plaintiff")],
    ),
    (
        "The case is Department of Labor v. Harbor Union, No. 25A12. The rule was challenged"
        " by the Harbor Union, which sued the department.",
        [("Department of Labor", "defendant"), ("Harbor Union", "plaintiff")],
    ),
    # "the state" as the caption's sovereign
    (
        "The case is State v. Lund, No. A24-0613. Lund was the appellant; the state was the"
        " respondent.",
        [("State", "respondent"), ("Lund", "appellant")],
    ),
    # an agency of the caption named with its state in the text
    (
        "The Oregon Department of Corrections lost. The case is Hale v. Department of"
        " Corrections, No. 103218-4.",
        [("Oregon Department of Corrections", "defendant"), ("Hale", "plaintiff")],
    ),
    # "Education Department" and "Department of Education" are one party
    (
        "The Education Department was sued by the Harbor Union. The case is Harbor Union v."
        " Department of Education, No. 1:25-cv-1.",
        [("Department of Education", "defendant"), ("Harbor Union", "plaintiff")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONED)
def test_parties_with_caption(text: str, expected: list[tuple[str, str]]) -> None:
    caption = main_caption(text, find_captions(text))
    parties = find_parties(text, "doc", caption=caption)
    found = [(p.name, p.role.value if p.role else None) for p in parties]
    assert found == expected


MAIN_CAPTIONS: list[tuple[str, str | None]] = [
    (
        "The case is In re the Estate of Harlan Voss, No. 24A-ES-02291.",
        "In re the Estate of Harlan Voss",
    ),
    (
        "In re the Marriage of Ana Ruiz and Tom Bell was decided Friday.",
        "In re the Marriage of Ana Ruiz and Tom Bell",
    ),
    (
        "The case is Department of Revenue v. Lund, 2026 CO 9, No. 24SC611.",
        "Department of Revenue v. Lund",
    ),
    ("The case is Hale v. Lund, 2025 ND 171.", "Hale v. Lund"),
    ("The court relied on Smith v. Jones, 598 U.S. 175 (2023).", None),
    ("The court cited In re the Estate of Ana Ruiz, 2019 IL App (1st) 1234.", None),
]


@pytest.mark.parametrize(("text", "expected"), MAIN_CAPTIONS)
def test_main_caption(text: str, expected: str | None) -> None:
    caption = main_caption(text, find_captions(text))
    assert (caption.name if caption is not None else None) == expected


# Backers named as a sentence's subject, counsel after "a lawyer for the defendants,",
# "on behalf of ... by", "sued the city, A and B", "along with", other company names
# ("d/b/a"), a body and a person as one side, the accused ("charged ... with"), a
# numbered union local in a caption.
PARTY_PHRASINGS = [
    (  # the subject of a sentence ending "in a friend-of-the-court brief"
        "The Harbor Restaurant Association and the Coastal Grocers Council urged the court to"
        " side with the bakery in a friend-of-the-court brief.",
        [("Harbor Restaurant Association", "amicus"), ("Coastal Grocers Council", "amicus")],
    ),
    (  # "supported ... as amicus curiae"; "The state of X"
        "The state of Nevada supported the county as amicus curiae.",
        [("Nevada", "amicus")],
    ),
    (  # a judge who cites a brief is no amicus
        "Judge Ana Ruiz rejected the arguments in a friend-of-the-court brief.",
        [],
    ),
    (  # counsel named after "a lawyer for the defendants,"
        "A lawyer for the defendants, Julia Stroud of Stroud & Hale LLP, said they would win.",
        [],
    ),
    (  # ... but "counsel for the appellee, Acme" names the appellee
        "Counsel for the appellee, Tidewater, argued on appeal that the firing was lawful.",
        [("Tidewater", "appellee")],
    ),
    (  # "on behalf of" a class, the filers after "by"
        "The suit was filed on behalf of Ohio customers by Ellen Marsh, a retired teacher,"
        " and Tom Oakes, a bartender, against Brightwell Health Inc.",
        [
            ("Ellen Marsh", "plaintiff"),
            ("Tom Oakes", "plaintiff"),
            ("Brightwell Health Inc.", "defendant"),
        ],
    ),
    (  # a company's other name, then its parent
        "Ana Ruiz sued Brightwell Health Inc., which does business as QuickFill Pharmacy,"
        " and its parent company, Arden Retail Holdings Corp.",
        [
            ("Ana Ruiz", "plaintiff"),
            ("Brightwell Health Inc.", "defendant"),
            ("Arden Retail Holdings Corp.", "defendant"),
        ],
    ),
    (  # "d/b/a" between two sides
        "Ana Ruiz sued Brightwell Health Inc., d/b/a QuickFill Pharmacy, and Tom Bell.",
        [
            ("Ana Ruiz", "plaintiff"),
            ("Brightwell Health Inc.", "defendant"),
            ("Tom Bell", "defendant"),
        ],
    ),
    (  # "sued the city, A and B": a county and a mayor are two sides
        "The Harbor Workers Union sued the city, Lake County and Rock Harbor Mayor Dora Lind"
        " last week.",
        [
            ("Harbor Workers Union", "plaintiff"),
            ("Lake County", "defendant"),
            ("Dora Lind", "defendant"),
        ],
    ),
    (  # ", along with C" goes on with the list
        "The Vale Family Trust sued Conrad Vale and Elise Ng, along with Harborpoint Property"
        " Services Inc., a management firm the two control.",
        [
            ("Vale Family Trust", "plaintiff"),
            ("Conrad Vale", "defendant"),
            ("Elise Ng", "defendant"),
            ("Harborpoint Property Services Inc.", "defendant"),
        ],
    ),
    (  # "The county and X, the appellants": the county named before is a side too
        "Kettle County taxed the hotel. The county and Ashgrove, the appellants, argued that"
        " the hotel was a business.",
        [("Kettle County", "appellant"), ("Ashgrove", "appellant")],
    ),
    (  # "charged ... with": the accused
        "Prosecutors charged Ana Ruiz and her business partner, Tom Bell, with wire fraud.",
        [("Ana Ruiz", "defendant"), ("Tom Bell", "defendant")],
    ),
    (  # "was charged along with"
        "Ana Ruiz was charged along with her office manager, Rita Moreno, in 2024.",
        [("Ana Ruiz", "defendant"), ("Rita Moreno", "defendant")],
    ),
    (  # a relative clause after a hometown: the place is no party
        "Troopers stopped Marcus Dell, 41, of Youngstown, Ohio, who is charged with fraud.",
        [],
    ),
    (  # "charged" a fee is no charge
        "The company charged customers with hidden fees.",
        [],
    ),
    (  # a numbered union local in the caption
        "The case is Transit Workers Local 1187 v. City of Rock Harbor, No. 1:26-cv-05120.",
        [("Transit Workers Local 1187", "plaintiff"), ("City of Rock Harbor", "defendant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_PHRASINGS)
def test_party_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    caption = main_caption(text, find_captions(text))
    parties = find_parties(text, "doc", caption=caption)
    assert [(p.name, p.role.value if p.role else None) for p in parties] == expected


# Third pass: prisoner, election, immigration, employment, class, housing, environmental and
# derivative suits (reports 1901-1908).
PARTY_PHRASINGS_3 = [
    (  # a group noun before the names of an "injunction sought by" list
        "The judge granted an injunction sought by three voters, Ana Ruiz, Tom Bell and"
        " Rita Moreno.",
        [("Ana Ruiz", "plaintiff"), ("Tom Bell", "plaintiff"), ("Rita Moreno", "plaintiff")],
    ),
    (  # the motion is the defendants'; the suit "brought by" names the plaintiff
        "The judge denied the directors' motion to dismiss in the suit brought by shareholder"
        " Ana Ruiz.",
        [("Ana Ruiz", "plaintiff")],
    ),
    (  # a passive "named as a nominal defendant"
        "Calloway Widgets Inc. is named as a nominal defendant.",
        [("Calloway Widgets Inc.", "defendant")],
    ),
    (  # "named as a respondent"
        "Ana Ruiz was named as a respondent in the petition.",
        [("Ana Ruiz", "respondent")],
    ),
    (  # the active form still works
        "The suit names Calloway Widgets Inc. as a nominal defendant.",
        [("Calloway Widgets Inc.", "defendant")],
    ),
    (  # a description and "that" between the names and "sued"
        "The judge ruled for the Elm River Alliance and Friends of the Tansy, conservation"
        " groups that sued the agency.",
        [("Elm River Alliance", "plaintiff"), ("Friends of the Tansy", "plaintiff")],
    ),
    (  # the lawyer "for the clinics that sued" is no party
        "“We won,” said Hal Borden, a lawyer for the clinics that sued.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_PHRASINGS_3)
def test_party_phrasings_3(text: str, expected: list[tuple[str, str]]) -> None:
    caption = main_caption(text, find_captions(text))
    parties = find_parties(text, "doc", caption=caption)
    assert [(p.name, p.role.value if p.role else None) for p in parties] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a one-word short name of a company printed in full
            "Orvale Therapeutics Inc. makes drugs. Orvale is named as a nominal defendant.",
            "Orvale Therapeutics Inc.",
        ),
        (  # two different full forms: the short name stays
            "Orvale Labs Inc. and Orvale Pharma Inc. merged. Orvale is named as a defendant.",
            "Orvale",
        ),
    ],
)
def test_one_word_company_in_full(text: str, expected: str) -> None:
    names = [p.name for p in find_parties(text, "doc")]
    assert expected in names


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Copper Basin Mining Co.", "organization"), ("Ana Ruiz", "person")],
)
def test_company_abbreviation_at_end_is_organization(name: str, kind: str) -> None:
    assert party_kind(name).value == kind

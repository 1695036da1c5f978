"""Parties and captions in phrasings news reports use beyond "X sued Y": sovereigns named
in full, parties met in appositives and across sentences, long agency names, habeas
petitions that also name the prosecution, and appeals told without "appealed"."""

from __future__ import annotations

import pytest

from casekit import Document, Party, extract


def _sides(parties: tuple[Party, ...]) -> list[tuple[str, str]]:
    """``parties`` as (name, role) pairs."""
    return [(p.name, p.role.value if p.role is not None else "") for p in parties]


# (text, expected [name, role] pairs in order of first mention)
PARTIES: list[tuple[str, list[tuple[str, str]]]] = [
    # 1. government parties named in full somewhere
    (
        "The Court of Appeals of Maryland affirmed the conviction on Friday. The case, "
        "State v. Okafor, was brought by the State of Maryland after a 2022 robbery. "
        "Okafor asked the appeals court to overturn the verdict.",
        [("State of Maryland", "appellee"), ("Okafor", "appellant")],
    ),
    (
        "The Kentucky Supreme Court vacated the sentence. The case, Commonwealth v. Reyes, "
        "was prosecuted by the Commonwealth of Kentucky; Luis Reyes was convicted of "
        "burglary. Reyes challenged his sentence as too long.",
        [("Commonwealth of Kentucky", "appellee"), ("Luis Reyes", "appellant")],
    ),
    (
        "The Sierra Forest Council sued the U.S. Fish and Wildlife Service and Interior "
        "Secretary Ana Whitlow on Monday.",
        [
            ("Sierra Forest Council", "plaintiff"),
            ("U.S. Fish and Wildlife Service", "defendant"),
            ("Ana Whitlow", "defendant"),
        ],
    ),
    (
        "The U.S. Forest Service was sued by the Cascade Trails Alliance in March.",
        [("U.S. Forest Service", "defendant"), ("Cascade Trails Alliance", "plaintiff")],
    ),
    (
        "Brightline Vapor LLC sued the State of Ohio and Gov. Marcus Dill over the ban.",
        [
            ("Brightline Vapor LLC", "plaintiff"),
            ("State of Ohio", "defendant"),
            ("Marcus Dill", "defendant"),
        ],
    ),
    # 2. parties met in appositives, dashes, relative clauses and "lawyers for"
    (
        "A coalition of tenants' groups, the Fair Housing Council of Dayton, sued the City "
        "of Dayton last year.",
        [("Fair Housing Council of Dayton", "plaintiff"), ("City of Dayton", "defendant")],
    ),
    (
        "The plaintiffs — Rosa Ibarra, Cheng Wu and the Eastside Renters Union — argued "
        "that the rule was unlawful.",
        [
            ("Rosa Ibarra", "plaintiff"),
            ("Cheng Wu", "plaintiff"),
            ("Eastside Renters Union", "plaintiff"),
        ],
    ),
    (
        "Attorneys with the Delta Justice Center filed the complaint on behalf of Maya "
        "Ortiz against the Town of Belmont and two of its officers, Sgt. Ray Kell and "
        "Officer Dana Pruitt.",
        [
            ("Maya Ortiz", "plaintiff"),
            ("Town of Belmont", "defendant"),
            ("Ray Kell", "defendant"),
            ("Dana Pruitt", "defendant"),
        ],
    ),
    (
        "The Klamath Ranchers Guild, which brought the suit in May, says the plan is "
        "unlawful. Lawyers for the Oregon Department of Forestry argued that it was not.",
        [
            ("Klamath Ranchers Guild", "plaintiff"),
            ("Oregon Department of Forestry", "defendant"),
        ],
    ),
    (
        "The plaintiffs, the Valley Safe Streets Coalition, cyclist Marta Oyelaran and "
        "shop owner Devin Raman, sued the City of Fresno.",
        [
            ("Valley Safe Streets Coalition", "plaintiff"),
            ("Marta Oyelaran", "plaintiff"),
            ("Devin Raman", "plaintiff"),
            ("City of Fresno", "defendant"),
        ],
    ),
    # 3. plaintiffs named across two sentences
    (
        "The suit was filed by the Coastal Anglers Association. The Bayou Shrimpers "
        "Cooperative and a charter captain, Rhett Fontaine, later joined the case.",
        [
            ("Coastal Anglers Association", "plaintiff"),
            ("Bayou Shrimpers Cooperative", "plaintiff"),
            ("Rhett Fontaine", "plaintiff"),
        ],
    ),
    (
        "The lawsuit was brought by the Prairie Wind Cooperative. Two landowners, Hal Voss "
        "and Inga Saetre, joined as plaintiffs a year later.",
        [
            ("Prairie Wind Cooperative", "plaintiff"),
            ("Hal Voss", "plaintiff"),
            ("Inga Saetre", "plaintiff"),
        ],
    ),
    # 4. agencies with long names after "against", "named" and "the department"
    (
        "The Willamette Landowners Alliance filed suit in December against the Oregon "
        "Department of Land Conservation and Development and its director, Priya Hall.",
        [
            ("Willamette Landowners Alliance", "plaintiff"),
            ("Oregon Department of Land Conservation and Development", "defendant"),
            ("Priya Hall", "defendant"),
        ],
    ),
    (
        "A judge blocked a rule of the Georgia Department of Natural Resources. The Coastal "
        "Bait Dealers sued the department and Commissioner Lyle Parr in March.",
        [
            ("Georgia Department of Natural Resources", "defendant"),
            ("Coastal Bait Dealers", "plaintiff"),
            ("Lyle Parr", "defendant"),
        ],
    ),
    (
        "The first complaint was filed by Tomas Villa. Both named the Arizona Department "
        "of Economic Security and its director, Helen Stroud.",
        [
            ("Tomas Villa", "plaintiff"),
            ("Arizona Department of Economic Security", "defendant"),
            ("Helen Stroud", "defendant"),
        ],
    ),
    (
        "Rafael Ortega sued the publisher and the article's author, Jessa Moore, in May.",
        [("Rafael Ortega", "plaintiff"), ("Jessa Moore", "defendant")],
    ),
    # 6. appeals told without "appealed"
    (
        "The 9th U.S. Circuit Court of Appeals on Monday upheld the ruling. Harbor Freightways "
        "Inc. asked the appeals court to reverse a verdict won by a former driver. Gina "
        "Salas's lawyer, Tom Reyes, said she was relieved.",
        [("Harbor Freightways Inc.", "appellant"), ("Gina Salas", "appellee")],
    ),
    (
        "The Minnesota Supreme Court reversed a ruling on Wednesday. The State of Minnesota "
        "sued Northfield Pharmacy Group in 2022. The state challenged the ruling.",
        [("State of Minnesota", "appellant"), ("Northfield Pharmacy Group", "appellee")],
    ),
    (
        "The 4th U.S. Circuit Court of Appeals affirmed on Tuesday. Lena Ortiz sued the Avon "
        "Water Authority in 2021. On Ortiz's appeal, the panel found no error.",
        [("Lena Ortiz", "appellant"), ("Avon Water Authority", "appellee")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES, ids=lambda v: str(v)[:40])
def test_parties(text: str, expected: list[tuple[str, str]]) -> None:
    parties = extract(Document(id="t", text=text)).case.parties
    assert _sides(parties) == expected


# 5. federal habeas reports that also name the state prosecution
HABEAS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "A federal judge in Brooklyn granted a habeas petition on Tuesday. In People v. "
        "Achter, a Queens jury convicted Damon Achter in 2014. His petition, Achter v. "
        "Lindgren, named Superintendent Colleen Lindgren of the Sing Sing prison.",
        "Achter v. Lindgren",
        [("Damon Achter", "petitioner"), ("Colleen Lindgren", "respondent")],
    ),
    (
        "A federal judge in Columbus granted a writ of habeas corpus. Curt Bell was "
        "convicted in the case State v. Bell in 2011. He then filed a federal petition, "
        "Bell v. Kinsey, against Warden Deb Kinsey.",
        "Bell v. Kinsey",
        [("Curt Bell", "petitioner"), ("Deb Kinsey", "respondent")],
    ),
]


@pytest.mark.parametrize(("text", "caption", "expected"), HABEAS, ids=lambda v: str(v)[:40])
def test_habeas_caption(text: str, caption: str, expected: list[tuple[str, str]]) -> None:
    case = extract(Document(id="t", text=text)).case
    assert case.caption == caption
    assert _sides(case.parties) == expected


# Phrasings that must not make parties or change sides.
UNCHANGED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Ana Tolliver sued Acme Corp. in May. The State of Georgia may retry him.",
        [("Ana Tolliver", "plaintiff"), ("Acme Corp.", "defendant")],
    ),
    (
        "Acme Corp. sued Rivera in May. Rivera's lawyer, Ann Holt, declined to comment.",
        [("Acme Corp.", "plaintiff"), ("Rivera", "defendant")],
    ),
    (
        "The Kansas City Star reported it. The Midtown Tenants Union sued the city and "
        "Mayor Ana Ruiz.",
        [("Midtown Tenants Union", "plaintiff"), ("Ana Ruiz", "defendant")],
    ),
    (
        "The Tenants Union sued the city. Justice Ann Ruiz joined the majority opinion.",
        [("Tenants Union", "plaintiff")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=lambda v: str(v)[:40])
def test_no_new_parties(text: str, expected: list[tuple[str, str]]) -> None:
    parties = extract(Document(id="t", text=text)).case.parties
    assert _sides(parties) == expected

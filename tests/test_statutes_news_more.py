"""More statutes as news reports name them: a table of phrasings and their citations.

Beyond ``tests/test_statutes_news.py``: acts named in lower case ("the federal wiretap
law"), two acts under one plural ("the Sherman and Clayton Acts"), an act's possessive
before its section ("the Clayton Act's Section 7"), the Code of Federal Regulations in
prose, a state code's section with no "section" word in a text about the state ("Penal Code
647(e)", "Penal Code 187"), chapters of the Massachusetts General Laws in a text about the
state ("chapter 93A"), acts often in court news, and traps: a citation made an adjective ("a
Section 1983-style remedy"), a sentence length after a section ("under N.J.S.A. 2C:11-3 to
35 years"), court rules, Title I schools and bankruptcy chapters.  Each row gives the set of
canonical citations ``find_statutes`` should find (empty for phrasings that name no statute).
"""

from __future__ import annotations

import pytest

from casekit import find_statutes
from tests.test_statutes_news import check_phrasing

ROWS: list[tuple[str, str]] = [
    # --- acts named in lower case
    ("Prosecutors said he violated the federal wiretap law.", "18 U.S.C. § 2510"),
    ("charges under the federal wiretapping law", "18 U.S.C. § 2510"),
    ("He was charged under the federal anti-kickback statute.", "42 U.S.C. § 1320a-7b"),
    ("violations of the federal anti-kickback law", "42 U.S.C. § 1320a-7b"),
    ("the wiretap law of the state", ""),
    # --- two acts under one plural "Acts"
    (
        "The suit alleged violations of the Sherman and Clayton Acts.",
        "15 U.S.C. § 1 ;; 15 U.S.C. § 12",
    ),
    ("The Sherman and Clayton Acts bar it.", "15 U.S.C. § 1 ;; 15 U.S.C. § 12"),
    ("the Clean Air and Clean Water Acts", "33 U.S.C. § 1251 ;; 42 U.S.C. § 7401"),
    (
        "the Americans With Disabilities and Rehabilitation Acts",
        "29 U.S.C. § 701 ;; 42 U.S.C. § 12101",
    ),
    ("the Smith and Jones Acts", ""),
    ("Acts of Congress and other Acts", ""),
    # --- the Code of Federal Regulations in prose
    ("Title 40 of the Code of Federal Regulations, Part 51", "40 C.F.R."),
    ("Title 42 of the Code of Federal Regulations, Section 483.10", "42 C.F.R. § 483.10"),
    ("42 Code of Federal Regulations 483.10", "42 C.F.R. § 483.10"),
    ("the Code of Federal Regulations", ""),
    # --- a state code's section printed without "section"
    ("A California man was charged under Penal Code 647(e).", "Cal. Penal Code § 647(e)"),
    ("A Texas man was charged under Penal Code 19.02.", "Tex. Penal Code Ann. § 19.02"),
    ("A California man was charged with murder under Penal Code 187.", "Cal. Penal Code § 187"),
    ("A California judge cited the Penal Code 2024 amendments.", ""),
    ("She was arrested under Vehicle Code section 23152.", "Cal. Veh. Code § 23152"),
    ("He was indicted under N.J.S.A. 2C:11-3 for murder.", "N.J. Stat. Ann. § 2C:11-3"),
    ("He faces a charge under Ohio Revised Code 2903.02.", "Ohio Rev. Code Ann. § 2903.02"),
    # --- a length after a section is no range
    ("He was sentenced under N.J.S.A. 2C:11-3 to 35 years.", "N.J. Stat. Ann. § 2C:11-3"),
    ("He was sentenced under 18 U.S.C. § 924(c) to 10 years.", "18 U.S.C. § 924(c)"),
    ("18 U.S.C. §§ 1961 to 1968", "18 U.S.C. §§ 1961–1968"),
    # --- chapters of the Massachusetts General Laws
    ("A Massachusetts judge revived claims under chapter 93A.", "Mass. Gen. Laws ch. 93A"),
    (
        "A Massachusetts court allowed claims under Chapter 151B, Section 4.",
        "Mass. Gen. Laws ch. 151B, § 4",
    ),
    ("The Massachusetts developer sought a permit under Chapter 40B.", "Mass. Gen. Laws ch. 40B"),
    ("The Massachusetts company filed for Chapter 11 bankruptcy protection.", ""),
    ("The developer sought a permit under Chapter 40B.", ""),
    ("In chapter 93A of his novel, nothing happened.", ""),
    # --- acts often in court news
    ("The families sued under the Anti-Terrorism Act.", "18 U.S.C. § 2331"),
    ("a count under the Alien Tort Statute", "28 U.S.C. § 1350"),
    ("arbitration under the Federal Arbitration Act", "9 U.S.C. § 1"),
    ("the deployment violated the Posse Comitatus Act", "18 U.S.C. § 1385"),
    ("the president has not invoked the Insurrection Act", "10 U.S.C. § 251"),
    ("the freeze violated the Impoundment Control Act", "2 U.S.C. § 681"),
    ("serving in violation of the Federal Vacancies Reform Act", "5 U.S.C. § 3345"),
    ("review under the National Environmental Policy Act", "42 U.S.C. § 4321"),
    ("aid under the Stafford Act", "42 U.S.C. § 5121"),
    ("the official violated the Hatch Act", "5 U.S.C. § 7321"),
    (
        "sued under the Fair Labor Standards Act (FLSA) in 2024. The FLSA claims proceed.",
        "29 U.S.C. § 201",
    ),
    ("Section 232 of the Trade Expansion Act", "19 U.S.C. § 1862"),
    ("charged under the federal anti-riot law", "18 U.S.C. § 2101"),
    ("a conviction under the Stolen Valor Act", "18 U.S.C. § 704"),
    ("the Intelligence Identities Protection Act", "50 U.S.C. § 3121"),
    ("grants under the Victims of Crime Act", "34 U.S.C. § 20101"),
    ("the Walsh-Healey Act", "41 U.S.C. § 6501"),
    ("the contractor violated the Anti-Kickback Act", "41 U.S.C. § 8701"),
    ("the Humane Methods of Slaughter Act", "7 U.S.C. § 1901"),
    ("the Plant Protection Act", "7 U.S.C. § 7701"),
    ("the Privacy Protection Act of 1980", "42 U.S.C. § 2000aa"),
    ("the Student Privacy Protection Act", ""),
    # --- an act's possessive before its section: that section only
    ("the Sherman Act's Section 2", "15 U.S.C. § 2"),
    ("the Clayton Act's Section 7 bars the merger", "15 U.S.C. § 18"),
    ("the Clean Water Act's Section 404 permit", "33 U.S.C. § 1344"),
    ("the Communications Decency Act's Section 230(c)(1)", "47 U.S.C. § 230(c)(1)"),
    ("the Immigration and Nationality Act's Section 212(f)", "8 U.S.C. § 1182(f)"),
    ("the Lanham Act's false advertising provision", "15 U.S.C. § 1051"),
    # --- no statute
    ("a Section 1983-style remedy under state law", ""),
    ("the state's RICO-like statute", ""),
    ("a FOIA-style law", ""),
    ("a class under Federal Rule of Civil Procedure 23", ""),
    ("timber revenue that funds Title I schools", ""),
    ("The students attend Title 1 schools.", ""),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_phrasing(text: str, expected: str) -> None:
    check_phrasing(text, expected)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("violated the Sherman and Clayton Acts.", "Sherman and Clayton Acts"),
        ("the federal wiretap law", "federal wiretap law"),
        (
            "Title 40 of the Code of Federal Regulations",
            "Title 40 of the Code of Federal Regulations",
        ),
    ],
)
def test_mention_covers_the_phrase_as_printed(text: str, mention: str) -> None:
    assert [c.mention for c in find_statutes(text)][:1] == [mention]

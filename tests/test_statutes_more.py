"""Statutes in news copy: back-references to "the law", sections of state acts, laws an
act's name only describes, North Carolina's ``G.S.`` and FOIA's numbered exemptions.

Each row is a phrasing and the citations ``find_statutes`` finds in it (``str() => mention``
of each, " ;; " between; empty for none), by the conventions of
``tests/data/reports/README.md``.
"""

from __future__ import annotations

import pytest

from casekit import find_statutes

ROWS: list[tuple[str, str]] = [
    # --- "Section N of the law": the act named shortly before, a state's act too
    (
        "They sued under the Illinois Biometric Information Privacy Act. Section 15(b) of "
        "the law requires written releases.",
        "740 Ill. Comp. Stat. 14/1 => Illinois Biometric Information Privacy Act ;; "
        "740 Ill. Comp. Stat. 14/15(b) => Section 15(b) of the law",
    ),
    (
        "the Illinois Wage Payment and Collection Act; Section 14 of that law allows damages",
        "820 Ill. Comp. Stat. 115/1 => Illinois Wage Payment and Collection Act ;; "
        "820 Ill. Comp. Stat. 115/14 => Section 14 of that law",
    ),
    (
        "the Copyright Act. Section 107 of the law protects fair use.",
        "17 U.S.C. § 101 => Copyright Act ;; 17 U.S.C. § 107 => Section 107 of the law",
    ),
    (
        "the Georgia RICO Act. Section 16-14-4 of the state law",
        "Ga. Code Ann. § 16-14-1 => Georgia RICO Act ;; "
        "Ga. Code Ann. § 16-14-4 => Section 16-14-4 of the state law",
    ),
    # the kind said must be the act's; a law named long before may not be the one meant
    ("the Copyright Act. Section 107 of the state law", "17 U.S.C. § 101 => Copyright Act"),
    (
        "the Copyright Act." + " Other matters were argued at length." * 40 + " Section 107 "
        "of the law",
        "17 U.S.C. § 101 => Copyright Act",
    ),
    ("Section 5 of the law was not at issue.", ""),
    (
        "the Copyright Act. Section 107 of the law firm's handbook",
        "17 U.S.C. § 101 => Copyright Act",
    ),
    # --- an Illinois act's own section numbers follow the slash of its ILCS citation
    ("Section 20 of BIPA", "740 Ill. Comp. Stat. 14/20 => Section 20 of BIPA"),
    (
        "The Illinois Freedom of Information Act ... Section 7(1)(c) of the act",
        "5 Ill. Comp. Stat. 140/1 => Illinois Freedom of Information Act ;; "
        "5 Ill. Comp. Stat. 140/7(1)(c) => Section 7(1)(c) of the act",
    ),
    (
        "The Illinois Biometric Information Privacy Act ... Section 15(a)",
        "740 Ill. Comp. Stat. 14/1 => Illinois Biometric Information Privacy Act ;; "
        "740 Ill. Comp. Stat. 14/15(a) => Section 15(a)",
    ),
    # --- a state act codified in a code: its sections are the code's, numbered alike
    (
        "the Texas Deceptive Trade Practices Act. Section 17.46(b)(12) of the act",
        "Tex. Bus. & Com. Code Ann. § 17.41 => Texas Deceptive Trade Practices Act ;; "
        "Tex. Bus. & Com. Code Ann. § 17.46(b)(12) => Section 17.46(b)(12) of the act",
    ),
    (
        "Section 1798.150 of the California Consumer Privacy Act",
        "Cal. Civ. Code § 1798.150 => Section 1798.150 of the California Consumer Privacy Act",
    ),
    (
        "the New Jersey Consumer Fraud Act. Section 56:8-19 of the act",
        "N.J. Stat. Ann. § 56:8-1 => New Jersey Consumer Fraud Act ;; "
        "N.J. Stat. Ann. § 56:8-19 => Section 56:8-19 of the act",
    ),
    # a section numbered otherwise than the code's: no citation, not the act's first one
    ("Section 2 of the Texas Deceptive Trade Practices Act", ""),
    # --- an act's name describing another law names no statute
    ("ignoring the plain text of the Clean Water Act's state counterpart.", ""),
    ("the Fair Housing Act's California analogue", ""),
    ("Wisconsin's equivalent of the Clean Water Act", ""),
    ("the Wisconsin counterpart of the federal Clean Air Act", ""),
    ("a state counterpart to the federal Fair Housing Act", ""),
    ("the state-law analogue of the Americans with Disabilities Act", ""),
    ("what her lawyers call the state's version of the Fair Credit Reporting Act", ""),
    ("its own version of the Family and Medical Leave Act", ""),
    ("the Clean Water Act's requirements", "33 U.S.C. § 1251 => Clean Water Act"),
    ("the Senate version of the Clean Air Act", "42 U.S.C. § 7401 => Clean Air Act"),
    ("the Clean Water Act and its state counterpart", "33 U.S.C. § 1251 => Clean Water Act"),
    # --- North Carolina's own short form, in a text naming the state
    (
        "RALEIGH, N.C. — the registrations violated G.S. 163-82.4, the judge ruled.",
        "N.C. Gen. Stat. § 163-82.4 => G.S. 163-82.4",
    ),
    (
        "RALEIGH, N. C. — He was convicted under G.S. 14-17.",
        "N.C. Gen. Stat. § 14-17 => G.S. 14-17",
    ),
    (
        "The North Carolina Court of Appeals cited G.S. 15A-1340.16(d).",
        "N.C. Gen. Stat. § 15A-1340.16(d) => G.S. 15A-1340.16(d)",
    ),
    ("the registrations violated G.S. 163-82.4, the judge ruled.", ""),
    ("In North Carolina, G.S. Patel said 12 people came.", ""),
    ("In Connecticut, C.G.S. 53a-54a applies", "Conn. Gen. Stat. § 53a-54a => C.G.S. 53a-54a"),
    # other states' own short forms, likewise
    (
        "BATON ROUGE, La. — second-degree murder under R.S. 14:30.1",
        "La. Rev. Stat. Ann. § 14:30.1 => R.S. 14:30.1",
    ),
    (
        "He was charged under IC 35-42-1-1, Indiana's murder statute.",
        "Ind. Code § 35-42-1-1 => IC 35-42-1-1",
    ),
    ("In Idaho, I.C. 18-4001 applies", "Idaho Code § 18-4001 => I.C. 18-4001"),
    ("ANCHORAGE, Alaska — under AS 11.41.100", "Alaska Stat. § 11.41.100 => AS 11.41.100"),
    ("In Wyoming, W.S. 6-2-101 applies", "Wyo. Stat. Ann. § 6-2-101 => W.S. 6-2-101"),
    ("A.R.S. § 16-165", "Ariz. Rev. Stat. Ann. § 16-165 => A.R.S. § 16-165"),
    ("AS 11.41.100 and IC 35-42-1-1 and R.S. 14:30.1", ""),
    ("JUDGE RULES AS 2 SIDES CLASH in Alaska", ""),
    ("In Indiana, R.S. Thomas wrote IC 3 times", ""),
    # --- FOIA's exemptions are the paragraphs of 5 U.S.C. § 552(b)
    (
        "The Freedom of Information Act request ... the agency's use of Exemption 7(E)",
        "5 U.S.C. § 552 => Freedom of Information Act ;; 5 U.S.C. § 552(b)(7)(E) => Exemption 7(E)",
    ),
    (
        "under FOIA. Exemptions 6 and 7(C) protect privacy; exemption 5 covers drafts",
        "5 U.S.C. § 552 => FOIA ;; 5 U.S.C. § 552(b)(6) => Exemptions 6 and 7(C) ;; "
        "5 U.S.C. § 552(b)(7)(C) => Exemptions 6 and 7(C) ;; 5 U.S.C. § 552(b)(5) => exemption 5",
    ),
    (
        "Under Exemption 4 of the Freedom of Information Act, companies",
        "5 U.S.C. § 552(b)(4) => Exemption 4 of the Freedom of Information Act",
    ),
    ("FOIA Exemption 4.", "5 U.S.C. § 552 => FOIA ;; 5 U.S.C. § 552(b)(4) => Exemption 4"),
    ("Exemption 5 applies to drafts.", ""),
    ("a FOIA case. Exemption 10 and Exemption 3.5", "5 U.S.C. § 552 => FOIA"),
    ("FOIA ... the exemption 5 years ago", "5 U.S.C. § 552 => FOIA"),
    (
        "the Michigan Freedom of Information Act ... Exemption 4",
        "Mich. Comp. Laws § 15.231 => Michigan Freedom of Information Act",
    ),
    # --- court rules stay out
    ("the class allegations under Rule 23 of the Federal Rules of Civil Procedure", ""),
    ("Pa. R. Crim. P. 600 and Bankruptcy Rule 2004", ""),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_news_phrasing(text: str, expected: str) -> None:
    found = [f"{c} => {c.mention}" for c in find_statutes(text)]
    assert found == [e for e in expected.split(" ;; ") if e]

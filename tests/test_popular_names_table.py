"""Acts of the popular-names table as news reports about court rulings name them.

Each row is a sentence of the kind a reporter writes and the canonical citations
:func:`casekit.find_citations` should find in it (" ;; " between several, empty for none):
an act named alone gives its first codified section (or its code title, or its Pub. L.),
"Section N of the X Act" the codified section the table maps it to, and a state's act named
without the state's name only in a text about that state.  The conventions are those of
``tests/data/reports/README.md``.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from casekit import Document, extract, find_citations
from casekit.citations.statute_names import act_for, acts
from casekit.model.statute import StatuteCitation

ROWS: list[tuple[str, str]] = [
    # --- federal acts reporters name in court stories
    (
        "The universities say the cap violates the National Science Foundation Act of 1950.",
        "42 U.S.C. § 1861",
    ),
    ("The union cited the 1950 National Science Foundation Act.", "42 U.S.C. § 1861"),
    (
        "The FTC said the gym chain broke the Restore Online Shoppers' Confidence Act.",
        "15 U.S.C. § 8401",
    ),
    (
        "The Restore Online Shoppers’ Confidence Act (ROSCA) requires consent. ROSCA also "
        "requires a simple way to cancel.",
        "15 U.S.C. § 8401",
    ),
    ("Members of a ROSCA pool their savings each month.", ""),
    ("The muralists won under the Visual Artists Rights Act.", "17 U.S.C. § 106A"),
    ("the Anticybersquatting Consumer Protection Act", "15 U.S.C. § 1125(d)"),
    ("march-in rights under the Bayh-Dole Act", "35 U.S.C. § 200"),
    ("Section 203 of the Bayh-Dole Act", "35 U.S.C. § 203"),
    (
        "The family filed a petition under the National Childhood Vaccine Injury Act.",
        "42 U.S.C. § 300aa-1",
    ),
    ("the Vaccine Act's three-year deadline", ""),
    ("He pleaded guilty to violating EKRA, the anti-kickback law for labs.", "18 U.S.C. § 220"),
    ("a reporting rule under the Corporate Transparency Act", "31 U.S.C. § 5336"),
    ("CTA trains were late again on Monday.", ""),
    ("the Foreign Account Tax Compliance Act, known as FATCA", "26 U.S.C. § 1471"),
    (
        "Fannie Mae and Freddie Mac under the Housing and Economic Recovery Act",
        "Pub. L. No. 110-289",
    ),
    ("a Home Mortgage Disclosure Act complaint", "12 U.S.C. § 2801"),
    ("the Credit Repair Organizations Act", "15 U.S.C. § 1679"),
    ("loans to service members covered by the Military Lending Act", "10 U.S.C. § 987"),
    ("The Justice Department's reading of the Wire Act was set aside.", "18 U.S.C. § 1084"),
    ("the 1961 Federal Wire Act", "18 U.S.C. § 1084"),
    ("The Supreme Court struck down PASPA in 2018.", "28 U.S.C. § 3701"),
    ("the Unlawful Internet Gambling Enforcement Act", "31 U.S.C. § 5361"),
    ("The league's TV deal is protected by the Sports Broadcasting Act.", "15 U.S.C. § 1291"),
    ("the Ted Stevens Olympic and Amateur Sports Act", "36 U.S.C. § 220501"),
    ("The track owners challenged the Horseracing Integrity and Safety Act.", "15 U.S.C. § 3051"),
    ("prosecutions under the Smith Act", "18 U.S.C. § 2385"),
    ("Smith acted quickly.", ""),
    ("restitution under the Mandatory Victims Restitution Act", "18 U.S.C. § 3663A"),
    ("the Gun-Free School Zones Act", "18 U.S.C. § 922(q)"),
    ("the Bipartisan Safer Communities Act", "Pub. L. No. 117-159"),
    ("The court awarded fees under the Equal Access to Justice Act.", "28 U.S.C. § 2412"),
    ("a claim under the Little Tucker Act", "28 U.S.C. § 1346(a)(2)"),
    ("the HEROES Act", "20 U.S.C. § 1098aa"),
    ("the Department of Education Organization Act", "20 U.S.C. § 3401"),
    ("the Electoral Count Act", "3 U.S.C. § 15"),
    ("the Public Broadcasting Act of 1967", "47 U.S.C. § 396"),
    ("the International Broadcasting Act", "22 U.S.C. § 6201"),
    ("the United States Institute of Peace Act", "22 U.S.C. § 4601"),
    ("the Museum and Library Services Act", "20 U.S.C. § 9101"),
    ("the Alaska National Interest Lands Conservation Act", "16 U.S.C. § 3101"),
    ("the Wild Free-Roaming Horses and Burros Act", "16 U.S.C. § 1331"),
    ("the National Forest Management Act", "16 U.S.C. § 1600"),
    ("the Air Carrier Access Act", "49 U.S.C. § 41705"),
    ("the Perishable Agricultural Commodities Act", "7 U.S.C. § 499a"),
    (
        "The judge blocked the One Big Beautiful Bill Act's Medicaid provision.",
        "Pub. L. No. 119-21",
    ),
    ("Section 141 of the Census Act sets the schedule.", "13 U.S.C. § 141"),
    ("Section 5 of the Commodity Credit Corporation Charter Act", "15 U.S.C. § 714c"),
    ("the Low-Income Home Energy Assistance Act", "42 U.S.C. § 8621"),
    # --- sections of acts whose own numbers are not the Code's
    (
        "the Administrative Procedure Act and Section 330 of the Public Health Service Act",
        "5 U.S.C. § 551 ;; 42 U.S.C. § 254b",
    ),
    ("Section 340B of the Public Health Service Act", "42 U.S.C. § 256b"),
    ("Section 361 of the Public Health Service Act", "42 U.S.C. § 264"),
    ("Title X of the Public Health Service Act", "42 U.S.C. § 300"),
    ("Section 211(h) of the Investment Advisers Act of 1940", "15 U.S.C. § 80b-11(h)"),
    ("Section 206(4) of the Investment Advisers Act", "15 U.S.C. § 80b-6(4)"),
    ("Section 6 of the Toxic Substances Control Act", "15 U.S.C. § 2605"),
    ("Section 21 of TSCA allows citizen petitions.", "15 U.S.C. § 2620"),
    (
        "Section 24(b) of the Federal Insecticide, Fungicide, and Rodenticide Act",
        "7 U.S.C. § 136v(b)",
    ),
    ("Section 505 of the Federal Food, Drug, and Cosmetic Act", "21 U.S.C. § 355"),
    ("Section 5(a)(1) of the Occupational Safety and Health Act", "29 U.S.C. § 654(a)(1)"),
    ("Section 7(h) of the Natural Gas Act", "15 U.S.C. § 717f(h)"),
    ("Section 206 of the Federal Power Act", "16 U.S.C. § 824e"),
    ("Section 8 of RESPA bars kickbacks.", "12 U.S.C. § 2607"),
    ("Section 110(d) of the Magnuson-Moss Warranty Act", "15 U.S.C. § 2310(d)"),
    ("Section 1431 of the Safe Drinking Water Act", "42 U.S.C. § 300i"),
    ("Section 3 of the WARN Act", "29 U.S.C. § 2102"),
    ("the Investment Company Act", "15 U.S.C. § 80a-1"),
    ("the Magnuson-Moss Act", "15 U.S.C. § 2301"),
    # --- states' acts
    (
        "a books-and-records demand under Section 220 of the Delaware General Corporation Law",
        "Del. Code Ann. tit. 8, § 220",
    ),
    (
        "Section 102(b)(7) of Delaware's General Corporation Law",
        "Del. Code Ann. tit. 8, § 102(b)(7)",
    ),
    ("the Delaware General Corporation Law", "Del. Code Ann. tit. 8, § 101"),
    ("A Texas judge said the General Corporation Law did not apply.", ""),
    ("the residents said the permit violated the Clean Streams Law", "35 Pa. Stat. Ann. § 691.1"),
    ("Section 402 of Pennsylvania's Clean Streams Law", "35 Pa. Stat. Ann. § 691.402"),
    ("in conflict with the Costa-Hawkins Rental Housing Act", "Cal. Civ. Code § 1954.50"),
    ("Voters rejected a measure to repeal Costa-Hawkins.", "Cal. Civ. Code § 1954.50"),
    (
        "claims under the Consumers Legal Remedies Act and the California False Advertising Law",
        "Cal. Civ. Code § 1750 ;; Cal. Bus. & Prof. Code § 17500",
    ),
    ("a California Public Records Act request", "Cal. Gov't Code § 7920.000"),
    ("She moved to strike under California's anti-SLAPP law.", "Cal. Civ. Proc. Code § 425.16"),
    ("The deputies violated the Bane Act, the jury found.", "Cal. Civ. Code § 52.1"),
    ("the Rosenthal Fair Debt Collection Practices Act", "Cal. Civ. Code § 1788"),
    ("the Cartwright Act", "Cal. Bus. & Prof. Code § 16700"),
    ("the California Values Act, the state's sanctuary law", "Cal. Gov't Code § 7284"),
    ("the California Age-Appropriate Design Code Act", "Cal. Civ. Code § 1798.99.28"),
    ("The attorney general sued under the Martin Act.", "N.Y. Gen. Bus. Law § 352"),
    (
        "Georgia law, O.C.G.A. § 16-5-1, and a count under the Street Gang Terrorism and "
        "Prevention Act",
        "Ga. Code Ann. § 16-5-1 ;; Ga. Code Ann. § 16-15-1",
    ),
    ("the Street Gang Terrorism and Prevention Act", ""),
    ("the Georgia Open Meetings Act", "Ga. Code Ann. § 50-14-1"),
    ("the Texas Whistleblower Act", "Tex. Gov't Code Ann. § 554.001"),
    ("A Texas appeals court applied the Whistleblower Act.", "Tex. Gov't Code Ann. § 554.001"),
    ("the Texas Medical Liability Act", "Tex. Civ. Prac. & Rem. Code Ann. § 74.001"),
    (
        "Pennsylvania's Unfair Trade Practices and Consumer Protection Law",
        "73 Pa. Stat. Ann. § 201-1",
    ),
    ("the Pennsylvania Human Relations Act", "43 Pa. Stat. Ann. § 951"),
    ("the Pennsylvania Sunshine Act", "65 Pa. Cons. Stat. § 701"),
    ("the Pennsylvania Election Code", "25 Pa. Stat. Ann. § 2600"),
    ("the Illinois Citizen Participation Act", "735 Ill. Comp. Stat. 110/1"),
    ("Illinois' Genetic Information Privacy Act", "410 Ill. Comp. Stat. 513/1"),
    ("the Florida Civil Rights Act", "Fla. Stat. § 760.01"),
    ("the Florida Telephone Solicitation Act", "Fla. Stat. § 501.059"),
    ("the Ohio Consumer Sales Practices Act", "Ohio Rev. Code Ann. § 1345.01"),
    ("the North Carolina Unfair and Deceptive Trade Practices Act", "N.C. Gen. Stat. § 75-1.1"),
    ("the Michigan Whistleblowers' Protection Act", "Mich. Comp. Laws § 15.361"),
    ("the New Jersey Civil Rights Act", "N.J. Stat. Ann. § 10:6-1"),
    ("the Virginia Consumer Protection Act", "Va. Code Ann. § 59.1-196"),
    ("the Massachusetts Public Records Law", "Mass. Gen. Laws ch. 66, § 10"),
    ("the Colorado Anti-Discrimination Act", "Colo. Rev. Stat. § 24-34-301"),
    ("the Missouri Merchandising Practices Act", "Mo. Rev. Stat. § 407.010"),
    ("the Connecticut Unfair Trade Practices Act", "Conn. Gen. Stat. § 42-110a"),
    # --- states' acts codified section by section: the act's section N is the code's
    ("Section 15(b) of BIPA requires written releases.", "740 Ill. Comp. Stat. 14/15(b)"),
    (
        "The workers sued under the Illinois Biometric Information Privacy Act. They say the "
        "company ignored Section 15(b) of the act.",
        "740 Ill. Comp. Stat. 14/1 ;; 740 Ill. Comp. Stat. 14/15(b)",
    ),
    ("Section 10a of the Illinois Consumer Fraud Act", "815 Ill. Comp. Stat. 505/10a"),
    ("Section 2-102 of the Illinois Human Rights Act", "775 Ill. Comp. Stat. 5/2-102"),
    (
        "Section 7(1)(c) of the Illinois Freedom of Information Act",
        "5 Ill. Comp. Stat. 140/7(1)(c)",
    ),
    (
        "Section 1798.150 of the California Consumer Privacy Act",
        "Cal. Civ. Code § 1798.150",
    ),
    ("Section 631 of the California Invasion of Privacy Act", "Cal. Penal Code § 631"),
    ("Section 1954.52 of the Costa-Hawkins Rental Housing Act", "Cal. Civ. Code § 1954.52"),
    ("Section 17200 of the California Unfair Competition Law", "Cal. Bus. & Prof. Code § 17200"),
    (
        "Section 2(4)(xxi) of the Unfair Trade Practices and Consumer Protection Law",
        "73 Pa. Stat. Ann. § 201-2(4)(xxi)",
    ),
    ("Section 296 of the New York State Human Rights Law", "N.Y. Exec. Law § 296"),
    ("Section 8-107 of the New York City Human Rights Law", "N.Y.C. Admin. Code § 8-107"),
    ("Section 352-c of the Martin Act", "N.Y. Gen. Bus. Law § 352-c"),
]


def _statutes(text: str) -> set[str]:
    """The canonical forms of the statute citations found in ``text``."""
    return {str(c) for c in find_citations(text) if isinstance(c, StatuteCitation)}


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_an_act_named_in_a_sentence(text: str, expected: str) -> None:
    """``find_citations`` finds just the expected statutes."""
    assert _statutes(text) == set(expected.split(" ;; ")) - {""}


REPORTS = [
    (
        "WILMINGTON, Del. — A Delaware judge ruled on Monday that shareholders may inspect "
        "the company's books under Section 220 of the Delaware General Corporation Law.",
        "Del. Code Ann. tit. 8, § 220",
    ),
    (
        "HARRISBURG, Pa. — The Commonwealth Court said on Tuesday that the landfill permit "
        "violated the Clean Streams Law.",
        "35 Pa. Stat. Ann. § 691.1",
    ),
    (
        "A federal judge in Boston on Friday blocked the cap, which the universities said "
        "violates the National Science Foundation Act of 1950.",
        "42 U.S.C. § 1861",
    ),
]


@pytest.mark.parametrize(("text", "cite"), REPORTS, ids=[r[1] for r in REPORTS])
def test_extract_gives_the_act(text: str, cite: str) -> None:
    """A report's extraction lists the act's citation among its statutes."""
    statutes = extract(Document(id="t", text=text)).statutes
    assert cite in {str(s) for s in statutes}


def _raw_acts() -> list[dict[str, object]]:
    """The table's entries as the JSON file writes them."""
    data = resources.files("casekit.data").joinpath("popular_names.json").read_text("utf-8")
    acts_: list[dict[str, object]] = json.loads(data)["acts"]
    return acts_


def test_every_cite_of_the_table_is_canonical() -> None:
    """A cite or mapped section written as its canonical form (what summaries print)."""
    for entry, act in zip(_raw_acts(), acts(), strict=True):
        assert str(act.cite) == entry["cite"], entry["name"]
        sections = entry.get("sections", {})
        assert isinstance(sections, dict)
        for number, cite in sections.items():
            assert str(act.sections[number]) == cite, (entry["name"], number)


def test_no_strong_name_of_one_act_is_taken_by_another() -> None:
    """Each act's name and aliases find that act (a name listed twice would find the first)."""
    for act in acts():
        for name in (act.name, *act.aliases):
            found = act_for(name)
            assert found is not None
            assert found[0].name == act.name, (name, found[0].name)

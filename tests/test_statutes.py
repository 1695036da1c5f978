"""Statute citations: parsing, formatting, containment, URLs (table-driven)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import casekit
from casekit import InvalidCitation, StatuteCitation, parse_statute, parse_statutes, statute_url

DATA = Path(__file__).parent / "data" / "statutes"


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r]
    return [[cell.replace("\\n", "\n") for cell in r] for r in rows if not r[0].startswith("#")]


PARSE_ROWS = _rows("parse.tsv")
INVALID_ROWS = _rows("invalid.tsv")


def test_the_tables_are_large() -> None:
    assert len(PARSE_ROWS) >= 400
    assert len(INVALID_ROWS) >= 25


@pytest.mark.parametrize("row", PARSE_ROWS, ids=[r[0][:40] for r in PARSE_ROWS])
def test_parse(row: list[str]) -> None:
    text, expected, jurisdiction, title, section, subsections, end = row
    cites = parse_statutes(text)
    assert [str(c) for c in cites] == expected.split(" ; ")
    first = cites[0]
    assert first.jurisdiction == jurisdiction
    assert first.title == (title or None)
    assert first.section == (section or None)
    assert first.subsections == (tuple(subsections.split(".")) if subsections else ())
    assert first.section_end == (end or None)
    # the canonical form parses back to the same citation
    assert parse_statutes(str(first)) == (first,)
    if len(cites) == 1:
        assert parse_statute(text) == first


@pytest.mark.parametrize("row", INVALID_ROWS, ids=[r[0][:40] for r in INVALID_ROWS])
def test_invalid(row: list[str]) -> None:
    text, position = row[0], row[1]
    with pytest.raises(InvalidCitation) as info:
        parse_statute(text)
    err = info.value
    assert err.input == text
    if position:
        assert err.position == int(position), str(err)


def test_caret_points_at_the_failure() -> None:
    with pytest.raises(InvalidCitation) as info:
        parse_statute("26 U.S.C. § abc")
    assert info.value.position == 12
    assert str(info.value).splitlines()[-1] == "    " + " " * 12 + "^"
    assert isinstance(info.value, ValueError)


def test_several_sections_need_parse_statutes() -> None:
    with pytest.raises(InvalidCitation, match="parse_statutes"):
        parse_statute("42 U.S.C. §§ 1983, 1988")


def test_title_from_the_caller() -> None:
    assert str(parse_statute("§ 6103(i)", title="26")) == "26 U.S.C. § 6103(i)"
    assert str(parse_statute("Section 6103", title="26")) == "26 U.S.C. § 6103"
    assert str(parse_statute("§§ 21–24", title="50")) == "50 U.S.C. §§ 21–24"
    # an explicit title wins over the caller's
    assert str(parse_statute("section 1001 of title 18", title="26")) == "18 U.S.C. § 1001"
    with pytest.raises(InvalidCitation, match="needs a title"):
        parse_statute("§ 6103")


def test_spellings_compare_equal_and_keep_their_mention() -> None:
    a = parse_statute("26 U. S. C. A. § 6103")
    b = parse_statute("26 U.S.C. § 6103")
    c = parse_statute("I.R.C. § 6103")
    assert a == b == c
    assert len({a, b, c}) == 1
    assert a.mention == "26 U. S. C. A. § 6103"
    assert c.mention == "I.R.C. § 6103"


def test_ordering_is_natural() -> None:
    spelled = ["42 U.S.C. § 2000e-5", "42 U.S.C. § 1983", "42 U.S.C. § 2000e", "5 U.S.C. § 706"]
    ordered = sorted(parse_statute(s) for s in spelled)
    assert [str(c) for c in ordered] == [
        "5 U.S.C. § 706",
        "42 U.S.C. § 1983",
        "42 U.S.C. § 2000e",
        "42 U.S.C. § 2000e-5",
    ]


@pytest.mark.parametrize(
    ("outer", "inner", "inside"),
    [
        ("26 U.S.C. § 6103", "26 U.S.C. § 6103(i)(2)", True),
        ("26 U.S.C. § 6103(i)", "26 U.S.C. § 6103(i)(2)", True),
        ("26 U.S.C. § 6103(i)", "26 U.S.C. § 6103(i)", True),
        ("26 U.S.C. § 6103(i)", "26 U.S.C. § 6103(j)", False),
        ("26 U.S.C. § 6103(i)(2)", "26 U.S.C. § 6103(i)", False),
        ("26 U.S.C. § 6103", "26 U.S.C. § 6104", False),
        ("26 U.S.C. § 6103", "42 U.S.C. § 6103", False),
        ("26 U.S.C.", "26 U.S.C. § 6103(i)", True),
        ("26 U.S.C.", "42 U.S.C. § 1983", False),
        ("28 C.F.R. § 50.10", "28 U.S.C. § 50.10", False),
        ("Cal. Penal Code § 187", "Cal. Penal Code § 187(a)", True),
        ("Cal. Penal Code § 187", "Cal. Penal Code § 189", False),
        ("42 U.S.C. § 2000e", "42 U.S.C. § 2000e-2", False),
        ("26 U.S.C. § 6103(I)", "26 U.S.C. § 6103(i)(2)", True),
    ],
)
def test_containment(outer: str, inner: str, inside: bool) -> None:
    assert (parse_statute(inner) in parse_statute(outer)) is inside


@pytest.mark.parametrize(
    ("inner", "inside"),
    [
        ("50 U.S.C. § 21", True),
        ("50 U.S.C. § 22(a)", True),
        ("50 U.S.C. § 24", True),
        ("50 U.S.C. §§ 22–23", True),
        ("50 U.S.C. § 25", False),
        ("50 U.S.C. § 3", False),
        ("50 U.S.C. §§ 23–30", False),
        ("50 U.S.C.", False),
        ("42 U.S.C. § 22", False),
    ],
)
def test_a_range_holds_the_sections_between_its_ends(inner: str, inside: bool) -> None:
    assert (parse_statute(inner) in parse_statute("50 U.S.C. §§ 21–24")) is inside


def test_a_section_does_not_hold_a_range_or_other_objects() -> None:
    assert parse_statute("50 U.S.C. §§ 21–24") not in parse_statute("50 U.S.C. § 21")
    assert "50 U.S.C. § 21" not in parse_statute("50 U.S.C. § 21")


def test_section_citation_drops_subsections_range_and_et_seq() -> None:
    assert str(parse_statute("26 U.S.C. § 6103(i)(2)").section_citation()) == "26 U.S.C. § 6103"
    assert str(parse_statute("8 U.S.C. § 1231 et seq.").section_citation()) == "8 U.S.C. § 1231"
    assert str(parse_statute("50 U.S.C. §§ 21–24").section_citation()) == "50 U.S.C. § 21"


def test_formatting_of_each_layout() -> None:
    assert str(StatuteCitation(code="Pub. L. No.", section="117-169")) == "Pub. L. No. 117-169"
    assert str(StatuteCitation(code="Stat.", title="136", section="1818")) == "136 Stat. 1818"
    ilcs = StatuteCitation(
        jurisdiction="il", code="Ill. Comp. Stat.", title="720", section="5/9-1", subsections=("a",)
    )
    assert str(ilcs) == "720 Ill. Comp. Stat. 5/9-1(a)"
    cplr = StatuteCitation(jurisdiction="ny", code="N.Y. C.P.L.R.", section="3211")
    assert str(cplr) == "N.Y. C.P.L.R. 3211"
    art = StatuteCitation(
        jurisdiction="tx", code="Tex. Code Crim. Proc. Ann. art.", section="38.22"
    )
    assert str(art) == "Tex. Code Crim. Proc. Ann. art. 38.22"
    assert str(StatuteCitation(code="U.S.C.", title="26")) == "26 U.S.C."
    de = StatuteCitation(jurisdiction="de", code="Del. Code Ann.", title="6", section="1304")
    assert str(de) == "Del. Code Ann. tit. 6, § 1304"
    ma = StatuteCitation(jurisdiction="ma", code="Mass. Gen. Laws", title="93A")
    assert str(ma) == "Mass. Gen. Laws ch. 93A"
    ma_range = StatuteCitation(
        jurisdiction="ma", code="Mass. Gen. Laws", title="265", section="1", section_end="3"
    )
    assert str(ma_range) == "Mass. Gen. Laws ch. 265, §§ 1–3"
    pa = StatuteCitation(jurisdiction="pa", code="Pa. Cons. Stat.", title="18", section="2502")
    assert str(pa) == "18 Pa. Cons. Stat. § 2502"
    md = StatuteCitation(jurisdiction="md", code="Md. Code Ann., Crim. Law", section="2-201")
    assert str(md) == "Md. Code Ann., Crim. Law § 2-201"
    assert str(StatuteCitation(code="U.S.C.", title="8", section="1101", et_seq=True)) == (
        "8 U.S.C. § 1101 et seq."
    )


@pytest.mark.parametrize(
    ("cite", "site", "url"),
    [
        ("26 U.S.C. § 6103(i)(2)", "lii", "https://www.law.cornell.edu/uscode/text/26/6103"),
        ("42 U.S.C. § 2000e-2(a)", "lii", "https://www.law.cornell.edu/uscode/text/42/2000e-2"),
        ("26 U.S.C.", "lii", "https://www.law.cornell.edu/uscode/text/26"),
        ("28 C.F.R. § 50.10", "lii", "https://www.law.cornell.edu/cfr/text/28/50.10"),
        (
            "26 U.S.C. § 6103",
            "govinfo",
            "https://www.govinfo.gov/link/uscode/26/6103?type=usc&year=mostrecent&link-type=html",
        ),
        ("Pub. L. No. 117-169", "govinfo", "https://www.govinfo.gov/link/plaw/117/public/169"),
        ("136 Stat. 1818", "govinfo", "https://www.govinfo.gov/link/statute/136/1818"),
        ("Pub. L. No. 117-169", "lii", None),
        ("Cal. Penal Code § 187", "lii", None),
        ("Cal. Penal Code § 187", "govinfo", None),
        ("18 U.S.C. App. § 1202", "lii", None),
    ],
)
def test_statute_url(cite: str, site: str, url: str | None) -> None:
    assert statute_url(parse_statute(cite), site=site) == url


def test_statute_url_rejects_unknown_sites() -> None:
    with pytest.raises(ValueError, match="unknown site"):
        statute_url(parse_statute("26 U.S.C. § 6103"), site="westlaw")


def test_public_names_are_exported() -> None:
    for name in (
        "find_statutes",
        "parse_statute",
        "parse_statutes",
        "popular_name",
        "popular_names",
        "statute_url",
    ):
        assert name in casekit.__all__
        assert callable(getattr(casekit, name))

"""Finding statute citations in free text, and the popular-names table."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import (
    Document,
    StatuteCitation,
    UnknownName,
    find_statutes,
    parse_statute,
    popular_name,
    popular_names,
)
from casekit.citations.state_codes import ART_CODES, TITLE_FIRST, TITLED, all_codes
from casekit.model.document import text_id

DATA = Path(__file__).parent / "data" / "statutes"


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r]
    return [[cell.replace("\\n", "\n") for cell in r] for r in rows if not r[0].startswith("#")]


FIND_ROWS = _rows("find.tsv")


@pytest.mark.parametrize("row", FIND_ROWS, ids=[r[0][:40] for r in FIND_ROWS])
def test_find(row: list[str]) -> None:
    text, expected = row[0], row[1] if len(row) > 1 else ""
    found = find_statutes(text)
    got = [f"{c} => {c.mention}" for c in found]
    assert got == (expected.split(" ;; ") if expected else [])
    for c in found:
        (prov,) = c.provenance
        assert prov.document == text_id(text)
        assert text[prov.span.start : prov.span.end] == c.mention == prov.text


def test_find_takes_a_document_and_a_title() -> None:
    doc = Document.from_text("Disclosure is barred by § 6103.", id="report-7")
    (cite,) = find_statutes(doc, title="26")
    assert str(cite) == "26 U.S.C. § 6103"
    assert cite.provenance[0].document == "report-7"
    assert find_statutes("Disclosure is barred by § 6103.") == []


def test_find_keeps_each_mention_in_order() -> None:
    text = "See 42 U.S.C. § 1983; 42 U.S.C. § 1983(a); and 28 U.S.C. § 1331."
    found = find_statutes(text)
    assert [c.provenance[0].span.start for c in found] == sorted(
        c.provenance[0].span.start for c in found
    )
    assert found[0] == parse_statute("42 U.S.C. § 1983")
    assert found[1] in found[0]


def test_news_summary_shape() -> None:
    text = "The Alien Enemies Act lets the government detain; the Internal Revenue Code does not."
    summary = [{"cite": str(c), "mention": c.mention} for c in find_statutes(text)]
    assert summary == [
        {"cite": "50 U.S.C. § 21", "mention": "Alien Enemies Act"},
        {"cite": "26 U.S.C.", "mention": "Internal Revenue Code"},
    ]


# --- popular names ---------------------------------------------------------------------


def _table() -> list[dict[str, object]]:
    raw = resources.files("casekit.data").joinpath("popular_names.json").read_text("utf-8")
    acts: list[dict[str, object]] = json.loads(raw)["acts"]
    return acts


def test_the_table_is_large_and_every_cite_parses() -> None:
    acts = _table()
    assert len(acts) >= 150
    names = [str(a["name"]) for a in acts]
    assert len(set(names)) == len(names)
    for act in acts:
        cite = parse_statute(str(act["cite"]))
        assert str(cite) == act["cite"], act
        for target in dict(act.get("sections", {})).values():  # type: ignore[call-overload]
            assert str(parse_statute(target)) == target


@pytest.mark.parametrize(
    ("name", "cite"),
    [
        ("Alien Enemies Act", "50 U.S.C. § 21"),
        ("Administrative Procedure Act", "5 U.S.C. § 551"),
        ("APA", "5 U.S.C. § 551"),
        ("Title VII of the Civil Rights Act of 1964", "42 U.S.C. § 2000e"),
        ("IEEPA", "50 U.S.C. § 1701"),
        ("International Emergency Economic Powers Act", "50 U.S.C. § 1701"),
        ("Immigration and Nationality Act", "8 U.S.C. § 1101"),
        ("INA", "8 U.S.C. § 1101"),
        ("Internal Revenue Code", "26 U.S.C."),
        ("the Internal Revenue Code", "26 U.S.C."),
        ("Sherman Act", "15 U.S.C. § 1"),
        ("Voting Rights Act of 1965", "52 U.S.C. § 10301"),
        ("Americans with Disabilities Act", "42 U.S.C. § 12101"),
        ("ADA", "42 U.S.C. § 12101"),
        ("FOIA", "5 U.S.C. § 552"),
        ("Freedom of Information Act", "5 U.S.C. § 552"),
        ("Privacy Act", "5 U.S.C. § 552a"),
        ("Clean Air Act", "42 U.S.C. § 7401"),
        ("Clean Water Act", "33 U.S.C. § 1251"),
        ("Endangered Species Act", "16 U.S.C. § 1531"),
        ("ESA", "16 U.S.C. § 1531"),
        ("NEPA", "42 U.S.C. § 4321"),
        ("RFRA", "42 U.S.C. § 2000bb"),
        ("Insurrection Act", "10 U.S.C. § 251"),
        ("Hatch Act", "5 U.S.C. § 7321"),
        ("Impoundment Control Act", "2 U.S.C. § 681"),
        ("Federal Vacancies Reform Act of 1998", "5 U.S.C. § 3345"),
        ("Controlled Substances Act", "21 U.S.C. § 801"),
        ("Affordable Care Act", "42 U.S.C. § 18001"),
        ("ERISA", "29 U.S.C. § 1001"),
        ("FLSA", "29 U.S.C. § 201"),
        ("FMLA", "29 U.S.C. § 2601"),
        ("Title IX", "20 U.S.C. § 1681"),
        ("Section 1983", "42 U.S.C. § 1983"),
        ("section 1983", "42 U.S.C. § 1983"),
        ("Dodd-Frank Act", "12 U.S.C. § 5301"),
        ("Dodd–Frank Act", "12 U.S.C. § 5301"),
        ("federal employers’ liability act", "45 U.S.C. § 51"),
        ("Inflation Reduction Act", "Pub. L. No. 117-169"),
    ],
)
def test_popular_name(name: str, cite: str) -> None:
    found = popular_name(name)
    assert str(found) == cite
    assert found.name is not None


def test_unknown_popular_name() -> None:
    with pytest.raises(UnknownName) as info:
        popular_name("Foo Bar Act")
    assert isinstance(info.value, KeyError)
    assert info.value.input == "Foo Bar Act"


def test_popular_names_mapping() -> None:
    names = popular_names()
    assert len(names) >= 300
    assert str(names["IEEPA"]) == "50 U.S.C. § 1701"
    with pytest.raises(TypeError):
        names["x"] = names["IEEPA"]  # type: ignore[index]


def test_every_name_is_found_in_a_sentence() -> None:
    for act in _table():
        name = str(act["name"])
        found = find_statutes(f"Lawyers argued that the {name} applies here.")
        assert [c.mention for c in found][:1] == [name], name
        assert str(found[0]) == act["cite"] or found[0].title == act.get("code_title"), name


# --- properties -------------------------------------------------------------------------

_SECTION = st.one_of(
    st.integers(1, 99999).map(str),
    st.tuples(st.integers(1, 9999), st.sampled_from("abcez")).map(lambda t: f"{t[0]}{t[1]}"),
    st.tuples(
        st.integers(100, 9999), st.sampled_from(["a", "e", "aa", "b"]), st.integers(1, 40)
    ).map(lambda t: f"{t[0]}{t[1]}-{t[2]}"),
)
_SUBS = st.lists(
    st.one_of(
        st.sampled_from("abcdefghijkl"),
        st.integers(1, 30).map(str),
        st.sampled_from(["i", "ii", "iii", "iv", "A", "B", "C", "I", "II", "aa"]),
    ),
    max_size=4,
).map(tuple)


@st.composite
def federal(draw: st.DrawFn) -> StatuteCitation:
    kind = draw(st.sampled_from(["usc", "usc", "cfr", "range", "etseq", "publ", "stat", "title"]))
    if kind == "publ":
        return StatuteCitation(
            code="Pub. L. No.", section=f"{draw(st.integers(60, 119))}-{draw(st.integers(1, 400))}"
        )
    if kind == "stat":
        vol, page = draw(st.integers(1, 140)), draw(st.integers(1, 5000))
        return StatuteCitation(code="Stat.", title=str(vol), section=str(page))
    if kind == "cfr":
        part, sec = draw(st.integers(1, 999)), draw(st.integers(1, 999))
        return StatuteCitation(
            code="C.F.R.", title=str(draw(st.integers(1, 50))), section=f"{part}.{sec}",
            subsections=draw(_SUBS),
        )  # fmt: skip
    title = str(draw(st.integers(1, 54)))
    if kind == "title":
        return StatuteCitation(code="U.S.C.", title=title)
    if kind == "range":
        start = draw(st.integers(1, 9000))
        end = start + draw(st.integers(1, 900))
        return StatuteCitation(code="U.S.C.", title=title, section=str(start), section_end=str(end))
    return StatuteCitation(
        code="U.S.C.",
        title=title,
        section=draw(_SECTION),
        subsections=draw(_SUBS),
        et_seq=kind == "etseq",
    )


_STATE_SECTION = st.one_of(
    st.tuples(st.integers(1, 9999), st.integers(1, 999)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.tuples(st.integers(1, 99), st.integers(1, 99), st.integers(1, 999)).map(
        lambda t: f"{t[0]}-{t[1]}-{t[2]}"
    ),
    st.tuples(st.integers(1, 99), st.integers(1, 999)).map(lambda t: f"{t[0]}:{t[1]}"),
    st.tuples(st.integers(1, 99), st.sampled_from("aABC"), st.integers(1, 99)).map(
        lambda t: f"{t[0]}{t[1]}-{t[2]}"
    ),
    st.tuples(st.integers(1, 99), st.integers(1, 99), st.integers(1, 999)).map(
        lambda t: f"{t[0]}.{t[1]}.{t[2]:03d}"
    ),
    st.tuples(st.integers(1, 9), st.integers(1, 99), st.integers(1, 99)).map(
        lambda t: f"{t[0]}C:{t[1]}-{t[2]}"
    ),
    st.integers(1, 99999).map(str),
)
_TITLES = {
    "Mass. Gen. Laws": st.sampled_from(["265", "93A", "151B", "12"]),
    "Me. Stat.": st.sampled_from(["17-A", "1", "5", "22"]),
    "Ill. Comp. Stat.": st.sampled_from(["720", "735", "5"]),
}


_NO_SIGN = ("Ill. Comp. Stat.", "N.Y. C.P.L.R.")  # cited without §, and without ranges here
_CITY_CODES = [
    ("wa", "Seattle, Wash., Municipal Code"),
    ("ny", "N.Y.C. Admin. Code"),
    ("mo", "Kansas City, Mo., Code of Ordinances"),
    ("co", "Denver, Colo., Revised Municipal Code"),
    ("me", "Portland, Me., City Code"),
]


@st.composite
def state(draw: st.DrawFn) -> StatuteCitation:
    """A citation to any state code (every state, D.C. and Puerto Rico), canonical parts."""
    jurisdiction, code = draw(st.sampled_from(all_codes() + _CITY_CODES))
    title = None
    if code in TITLED or code in TITLE_FIRST:
        title = draw(_TITLES.get(code, st.integers(1, 75).map(str)))
    if code in ART_CODES:
        code += " art."
    if code == "Ill. Comp. Stat.":
        section = (
            f"{draw(st.integers(1, 999))}/{draw(st.integers(1, 99))}-{draw(st.integers(1, 9))}"
        )
    else:
        section = draw(_STATE_SECTION)
    if draw(st.integers(0, 9)) == 0 and title is not None and code in TITLED:
        return StatuteCitation(jurisdiction=jurisdiction, code=code, title=title)
    if draw(st.integers(0, 9)) == 0 and code not in _NO_SIGN:  # §§ 16-5-1–16-5-3
        end = draw(_STATE_SECTION)
        return StatuteCitation(
            jurisdiction=jurisdiction, code=code, title=title, section=section, section_end=end
        )
    return StatuteCitation(
        jurisdiction=jurisdiction, code=code, title=title, section=section, subsections=draw(_SUBS)
    )


@settings(max_examples=500, deadline=None)
@given(st.one_of(federal(), state()))
def test_canonical_form_round_trips(c: StatuteCitation) -> None:
    assert parse_statute(str(c)) == c
    assert str(parse_statute(str(c))) == str(c)
    found = find_statutes(f"The court cited {c} on Monday.")
    assert found[:1] == [c]


_CITATION_TEXT = st.sampled_from(
    ["26 U.S.C. § 6103(i)", "§§ 21–24", "Section 6103", " of title ", "U. S. C.", "§", "Act",
     "Internal Revenue Code", "Pub. L. ", "Stat. ", "Cal. Penal Code §", "\n", "–", "(", ")",
     "APA", "ILCS ", "5/", "N.Y. ", "et seq.", "Title VII of the ", ", ", "sections ", "19",
     "O.C.G.A. § ", "MCL ", "Mass. Gen. Laws ch. ", " c. ", " tit. ", "Article ", " of the act",
     "Title III of the ", "Seattle Municipal Code ", "Penal Law § ", "RSA ", "91-A:",
     "17-A M.R.S. § ", "Md. Code Ann., ", "Crim. Law", "Section 8 of the NVRA", "Pa.C.S. ",
     "Right-to-Know Law", "Pennsylvania", "16-5-1", "750.316", "Helms-Burton Act"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), _CITATION_TEXT), max_size=25).map("".join))
def test_find_never_raises_and_spans_hold_mentions(text: str) -> None:
    for c in find_statutes(text):
        (prov,) = c.provenance
        assert text[prov.span.start : prov.span.end] == c.mention
        assert c.mention

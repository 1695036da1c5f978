"""Case citations: table-driven parsing of every form, errors, and round trips."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casekit
from casekit import CaseCitation, CitationForm, InvalidCitation
from casekit.citations.reporters import canonical_reporter, editions, is_reporter

DATA = Path(__file__).parent / "data" / "case_citations"
COLUMNS = (
    "volume",
    "reporter",
    "page",
    "pin_cite",
    "court",
    "year",
    "case_name",
    "parenthetical",
)
HAVE_COURTS = importlib.util.find_spec("casekit.citations.courts") is not None


def rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip("\n"):
            continue
        out.append([cell.replace("\\n", "\n") for cell in line.split("\t")])
    return out


CASE_ROWS = rows("forms.tsv") + rows("generated_reporters.tsv")


def test_there_are_several_hundred_rows() -> None:
    assert len(CASE_ROWS) >= 400
    assert len(rows("dockets.tsv")) >= 30


@pytest.mark.parametrize("row", CASE_ROWS, ids=lambda r: r[0][:60])
def test_parse_case_citation_table(row: list[str]) -> None:
    text, canonical, *parts, form = row
    cite = casekit.parse_case_citation(text)
    assert str(cite) == canonical
    assert cite.form is CitationForm(form)
    expected = dict(zip(COLUMNS, parts, strict=True))
    for name, want in expected.items():
        got = getattr(cite, name)
        assert (str(got) if got is not None else "") == want, name
    # the canonical form reads back as the same citation
    assert casekit.parse_case_citation(canonical) == cite


@pytest.mark.parametrize(
    ("text", "court_id"),
    [
        ("598 U.S. 175 (2023)", "scotus"),
        ("143 S. Ct. 478 (2022)", "scotus"),
        ("215 L. Ed. 2d 100 (2023)", "scotus"),
        ("12 F.4th 901 (2021)", None),
        ("290 A.3d 1062", None),
    ],
)
def test_supreme_court_reporters_give_the_court(text: str, court_id: str | None) -> None:
    assert casekit.parse_case_citation(text).court_id == court_id


@pytest.mark.skipif(not HAVE_COURTS, reason="needs the court resolver (casekit.citations.courts)")
@pytest.mark.parametrize(
    ("text", "court_id"),
    [
        ("515 F. Supp. 3d 627 (S.D. Tex. 2021)", "txsd"),
        ("12 F.4th 901 (9th Cir. 2021)", "ca9"),
        ("701 F.2d 88 (2d Cir. 1983)", "ca2"),
        ("640 B.R. 1 (Bankr. D. Del. 2022)", "deb"),
    ],
)
def test_court_parenthetical_resolves_the_court(text: str, court_id: str) -> None:
    assert casekit.parse_case_citation(text).court_id == court_id


def invalid_rows(parser: str) -> list[list[str]]:
    return [r for r in rows("invalid.tsv") if r[1] == parser]


@pytest.mark.parametrize("row", invalid_rows("case"), ids=lambda r: repr(r[0]))
def test_invalid_case_citations(row: list[str]) -> None:
    text, _, position, words = row
    with pytest.raises(InvalidCitation) as info:
        casekit.parse_case_citation(text)
    assert info.value.position == int(position)
    assert words in info.value.message
    assert info.value.input == text
    # the caret stands under the failing place
    caret_line = str(info.value).splitlines()[-1]
    assert caret_line.index("^") - 4 == int(position)


def test_invalid_citation_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown reporter"):
        casekit.parse_case_citation("12 Nope. 5")


def test_non_string_input_is_refused() -> None:
    with pytest.raises(InvalidCitation):
        casekit.parse_case_citation(598)  # type: ignore[arg-type]


# --- reporters-db index ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("U. S.", "U.S."),
        ("S.Ct.", "S. Ct."),
        ("F.Supp.3d", "F. Supp. 3d"),
        ("F. Supp.\n3d", "F. Supp. 3d"),
        ("Fed.Appx.", "F. App'x"),
        ("L.Ed.2d", "L. Ed. 2d"),
        ("N.E. 2d", "N.E.2d"),
        ("Cal.Rptr.3d", "Cal. Rptr. 3d"),
        ("So.3d", "So. 3d"),
    ],
)
def test_variant_spellings(spelling: str, canonical: str) -> None:
    assert canonical_reporter(spelling) == canonical
    assert is_reporter(spelling)


def test_unknown_reporter_is_unknown_name() -> None:
    with pytest.raises(casekit.UnknownName):
        canonical_reporter("Nope. Rptr.")
    assert not is_reporter("Nope.")


def test_every_edition_is_indexed() -> None:
    import reporters_db

    assert len(editions()) > 1000
    for edition in reporters_db.EDITIONS:
        assert is_reporter(edition)


def test_every_edition_reads_back() -> None:
    for edition in editions():
        cite = CaseCitation(volume="5", reporter=edition, page="100", pin_cite="102", year=2000)
        parsed = casekit.parse_case_citation(str(cite))
        assert attrs.evolve(parsed, court_id=None) == cite


# --- round trips ----------------------------------------------------------------------

_COMMON = [
    "U.S.",
    "S. Ct.",
    "L. Ed. 2d",
    "F.",
    "F.2d",
    "F.3d",
    "F.4th",
    "F. Supp. 2d",
    "F. Supp. 3d",
    "F. App'x",
    "B.R.",
    "Cal. Rptr. 3d",
    "N.E.2d",
    "A.3d",
    "P.3d",
    "So. 3d",
    "N.Y.S.3d",
    "Ill. Dec.",
    "WL",
]
_NAME_WORDS = st.sampled_from(
    ["Smith", "Jones", "Acme Corp.", "Board of Regents", "United States", "Ortiz-Lane", "O'Hara"]
)


@st.composite
def case_names(draw: st.DrawFn) -> str | None:
    kind = draw(st.sampled_from(["none", "versus", "in re", "ex parte", "ex rel."]))
    a, b = draw(_NAME_WORDS), draw(_NAME_WORDS)
    return {
        "none": None,
        "versus": f"{a} v. {b}",
        "in re": f"In re {a}",
        "ex parte": f"Ex parte {a}",
        "ex rel.": f"United States ex rel. {a} v. {b}",
    }[kind]


def _reporters() -> st.SearchStrategy[str]:
    # the common reporters often, and now and then any edition at all
    return st.sampled_from(_COMMON) | st.sampled_from(editions())


@st.composite
def full_citations(draw: st.DrawFn) -> CaseCitation:
    page = draw(st.integers(1, 9999))
    year = draw(st.none() | st.integers(1790, 2030))
    court = draw(st.sampled_from([None, "9th Cir.", "S.D.N.Y.", "Cal. Ct. App.", "D. Mass."]))
    pin = draw(st.none() | st.integers(page, page + 60).map(str))
    return CaseCitation(
        volume=str(draw(st.integers(1, 999))),
        reporter=draw(_reporters()),
        page=str(page),
        pin_cite=pin,
        court=court if year or HAVE_COURTS else None,
        year=year,
        case_name=draw(case_names()),
        parenthetical=draw(
            st.sampled_from([None, "per curiam", "Kagan, J., dissenting", "slip op., at 4"])
        ),
    )


@settings(max_examples=300, deadline=None)
@given(full_citations())
def test_full_citation_round_trip(cite: CaseCitation) -> None:
    parsed = casekit.parse_case_citation(str(cite))
    # court_id comes from the resolver; everything else reads back exactly
    assert parsed.court_id in (None, parsed.court_id)
    assert parsed == CaseCitation(
        **{**{f: getattr(cite, f) for f in COLUMNS}, "court_id": parsed.court_id}
    )


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999), st.sampled_from(_COMMON), st.integers(1, 9999))
def test_short_form_round_trip(volume: int, reporter: str, pin: int) -> None:
    cite = CaseCitation(
        form=CitationForm.SHORT, volume=str(volume), reporter=reporter, pin_cite=str(pin)
    )
    assert casekit.parse_case_citation(str(cite)) == cite


# --- the fast scan finds what the core regex finds -----------------------------------

_CORE_PIECES = st.sampled_from(
    [
        "598",
        "12345",
        "7",
        " ",
        "\n",
        "\u00a0",
        "\u2009",
        "\x1c",
        "\u0663",  # an Arabic-Indic digit: no volume
        "U.S.",
        "U. S.",
        "F.3d",
        "F. Supp. 2d",
        "S.Ct.",
        "So. 2d",
        "(So. 2nd)",
        "cal. 4th",
        "wl",
        " at ",
        ", ",
        "175",
        "-",
        "§",
        "$",
        "Mar.",
        "Id.",
        "\u201c",
    ]
)


_SPACES = st.sampled_from([" ", "\n", "\u00a0", "\u2009", "\x1c", "  ", "\t", ""])
_CITE_LIKE = st.tuples(
    st.sampled_from(["", " ", "(", "a", "1", "-", "\u00a7", ".", "\u201c"]),
    st.sampled_from(["598", "12345", "7", "0", "\u0663\u0663", "2024"]),
    _SPACES,
    st.sampled_from(["U.S.", "U. S.", "F.3d", "S.Ct.", "(So. 2nd)", "cal. 4th", "wl", "Foo."]),
    st.sampled_from([" ", ", at ", ",\nat ", "\u00a0", ""]),
    st.sampled_from(["175", "___", "1-2", "x"]),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CORE_PIECES | _CITE_LIKE | st.text(max_size=3), max_size=30).map("".join))
def test_core_matches_equal_the_core_regex(text: str) -> None:
    from casekit.citations.cases import core_matches, core_regex

    fast = [(m.span(), m.group("volume", "reporter")) for m in core_matches(text)]
    slow = [(m.span(), m.group("volume", "reporter")) for m in core_regex().finditer(text)]
    assert fast == slow


def test_core_matches_on_real_spacing() -> None:
    from casekit.citations.cases import core_matches

    text = "In 2024, 12,345 people; 598\u00a0U.S. 175 and 12\nF.4th 9; \u00a7 5 U.S.C. 1"
    assert [m.group("volume") for m in core_matches(text)] == ["598", "12"]

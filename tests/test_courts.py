"""Court resolution: resolve_court, find_courts, court_by_id, court_citation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casekit
from casekit import Court, CourtLevel, Span, UnknownName
from casekit.citations import courts as courts_module
from casekit.citations.court_index import court_index
from casekit.citations.courts import court_by_id, court_citation, find_courts, resolve_court

DATA = Path(__file__).parent / "data" / "courts"


def _resolve_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "resolve.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" not in line or line.startswith("#"):
            continue
        phrase, expected = line.split("\t")
        rows.append((phrase, expected))
    return rows


def _find_rows() -> list[dict[str, object]]:
    lines = (DATA / "find.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RESOLVE_ROWS = _resolve_rows()
FIND_ROWS = _find_rows()


def test_tables_are_big_enough() -> None:
    assert len(RESOLVE_ROWS) >= 300
    assert sum(1 for _, want in RESOLVE_ROWS if want == "-") >= 25
    assert len(FIND_ROWS) >= 30


@pytest.mark.parametrize(("phrase", "expected"), RESOLVE_ROWS, ids=[p for p, _ in RESOLVE_ROWS])
def test_resolve_court_table(phrase: str, expected: str) -> None:
    if expected == "-":
        with pytest.raises(UnknownName):
            resolve_court(phrase)
    else:
        assert resolve_court(phrase).id == expected


@pytest.mark.parametrize("row", FIND_ROWS, ids=[str(r["text"])[:50] for r in FIND_ROWS])
def test_find_courts_table(row: dict[str, object]) -> None:
    text = str(row["text"])
    found = [[court.id, span.of(text)] for court, span in find_courts(text)]
    assert found == row["courts"]


def test_court_record_fields() -> None:
    dcd = court_by_id("dcd")
    assert dcd == Court(
        id="dcd",
        name="District Court, District of Columbia",
        citation="D.D.C.",
        jurisdiction="federal",
        level=CourtLevel.TRIAL,
    )
    assert court_by_id("scotus").level is CourtLevel.SUPREME
    assert court_by_id("ca9").level is CourtLevel.APPELLATE
    assert court_by_id("nysb").level is CourtLevel.BANKRUPTCY
    assert court_by_id("cit").level is CourtLevel.SPECIAL
    tex = court_by_id("tex")
    assert (tex.jurisdiction, tex.level, tex.citation) == ("Texas", CourtLevel.SUPREME, "Tex.")
    texapp = court_by_id("texapp")
    assert (texapp.jurisdiction, texapp.level) == ("Texas", CourtLevel.APPELLATE)
    assert court_by_id("nysupct").level is CourtLevel.TRIAL
    assert court_by_id("dc").jurisdiction == "District of Columbia"


def test_court_by_id_returns_the_same_record() -> None:
    assert court_by_id("nysd") is resolve_court("S.D.N.Y.")


@pytest.mark.parametrize("bad", ["", "NYSD", "nowhere", "ca99"])
def test_court_by_id_unknown(bad: str) -> None:
    with pytest.raises(UnknownName) as info:
        court_by_id(bad)
    assert info.value.input == bad
    assert isinstance(info.value, KeyError)


@pytest.mark.parametrize(
    ("court_id", "citation"),
    [
        ("nysd", "S.D.N.Y."),
        ("wvnd", "N.D.W. Va."),
        ("pamd", "M.D. Pa."),  # courts-db spells it M.D. Penn.
        ("mdd", "D. Md."),  # courts-db spells it D. Maryland
        ("nyed", "E.D.N.Y."),
        ("ca2", "2d Cir."),
        ("ca3", "3d Cir."),
        ("cit", "Ct. Int'l Trade"),
        ("ny", "N.Y."),
        ("nysb", "Bankr. S.D.N.Y."),
        ("cob", "Bankr. D. Colo."),
        ("calctapp", "Cal. Ct. App."),
        ("texcrimapp", "Tex. Crim. App."),
    ],
)
def test_court_citation(court_id: str, citation: str) -> None:
    assert court_citation(court_id) == citation


def test_court_citation_unknown_id() -> None:
    with pytest.raises(UnknownName):
        court_citation("nowhere")


def test_every_modern_district_round_trips_through_its_citation() -> None:
    idx = court_index()
    assert len(idx.districts) == 94
    for court_id in idx.districts:
        court = court_by_id(court_id)
        assert court.citation is not None
        assert court.level is CourtLevel.TRIAL
        assert resolve_court(court.citation).id == court_id
        bankruptcy = idx.bankruptcy_of.get(court_id)
        if bankruptcy:
            assert resolve_court(f"Bankr. {court.citation}").id == bankruptcy


def test_every_city_in_the_seat_table_resolves_with_its_state() -> None:
    idx = court_index()
    for entries in idx.cities.values():
        for state, district, _bare in entries:
            assert idx.districts[district][1] == state
    assert resolve_court("a federal judge in Fort Worth, Texas").id == "txnd"


def test_ambiguous_phrase_names_its_candidates() -> None:
    with pytest.raises(UnknownName) as info:
        resolve_court("Hamilton County Court")
    assert "flactyct23" in str(info.value)


def test_resolve_court_rejects_non_text() -> None:
    with pytest.raises(UnknownName):
        resolve_court(None)  # type: ignore[arg-type]


def test_public_exports() -> None:
    assert casekit.resolve_court is resolve_court
    assert casekit.find_courts is find_courts
    assert casekit.court_by_id is court_by_id
    assert casekit.court_citation is court_citation


_FRAGMENTS = st.sampled_from(
    [
        "Supreme Court",
        " the ",
        "U.S. ",
        "federal judge in ",
        "Washington",
        ", D.C.",
        "(S.D.N.Y. 2020)",
        "9th Cir.",
        "Court of Appeals for the ",
        "Ninth Circuit",
        "Texas",
        "'s highest court",
        " federal court",
        "Manhattan",
        "District of ",
        "New York",
        "(Cal. ",
        "2004)",
        "Bankr. ",
        "\n",
        ",",
        ".",
        "é",
        "state's highest court",
        "the state Supreme Court",
        "Pennsylvania",
        "Los Angeles County judge",
        "U.S. District Judge Ana Ruiz",
        ", in a decision issued in ",
        "(Ohio ",
        "S.D.",
        " bankruptcy judge in ",
        "Cir. ",
        "of ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_FRAGMENTS | st.text(max_size=5)).map("".join)))
def test_find_courts_never_raises_and_spans_fit(text: str) -> None:
    found = find_courts(text)
    last = -1
    for court, span in found:
        assert isinstance(court, Court)
        assert isinstance(span, Span)
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= last  # in order, not overlapping
        last = span.end


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(_FRAGMENTS).map("".join)))
def test_resolve_court_raises_only_unknown_name(text: str) -> None:
    try:
        court = resolve_court(text)
    except UnknownName:
        return
    assert court is court_by_id(court.id)


# The finders read only around anchor words (see casekit.citations.courts); these
# check that they cut capitalized runs and abbreviation runs exactly as a scan of the
# whole text does.

_RUN_TEXT = st.lists(
    _FRAGMENTS
    | st.sampled_from(
        ["the ", "of ", "The ", "Court", "District ", "A.", "U. S. ", "9th ", "Tuesday. ", "—"]
    )
    | st.text(alphabet="aAbB .,'’-(\n19", max_size=4),
    max_size=30,
).map("".join)


def _names_by_full_scan(text: str) -> list[tuple[int, int, str]]:
    idx = court_index()
    out = []
    for run in courts_module._RUN_RE.finditer(text):
        for rel_start, rel_end, key, court_id, bare_ok, place in courts_module._run_hits(
            run.group()
        ):
            start = run.start() + rel_start
            if courts_module._accept(idx, text, key, court_id, bare_ok, place, start):
                out.append((start, run.start() + rel_end, court_id))
    return out


def _abbreviations_by_full_scan(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for run in courts_module._ABBR_RUN_RE.finditer(text):
        table = courts_module._abbr_table(run.group())
        if table is not None:
            out.extend(courts_module._abbr_hits(text, run.start(), table))
    return out


@settings(max_examples=300, deadline=None)
@given(_RUN_TEXT)
def test_anchored_scans_cut_runs_as_a_full_scan_does(text: str) -> None:
    idx = court_index()
    anchors = courts_module._Anchors(text)
    assert list(courts_module._find_names(idx, text, anchors.names)) == _names_by_full_scan(text)
    assert list(courts_module._find_abbreviations(idx, text)) == _abbreviations_by_full_scan(text)

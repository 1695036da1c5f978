"""CourtListener REST API JSON (v4, v3) and juriscraper dockets -> casekit records."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import (
    Case,
    CaseKitError,
    Document,
    DocumentKind,
    Extraction,
    LoadError,
    LoadLog,
    Outcome,
    PartialDate,
    Party,
    PartyRole,
)
from casekit.records import (
    Attorney,
    from_courtlistener,
    load,
    load_courtlistener,
    record_of,
    strip_markup,
)
from casekit.records.courtlistener import kind_of, opinion_text

FIXTURES = Path(__file__).parent / "fixtures" / "courtlistener"
DATA = Path(__file__).parent / "data" / "records"


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def one(name: str) -> Any:
    loaded = load_courtlistener(FIXTURES / name)
    records = loaded.list()
    assert loaded.log.problems == []
    assert len(records) == 1
    return records[0]


def test_v4_docket() -> None:
    e = one("api_v4_docket_4214664_from-cl-docs.json")
    assert isinstance(e, Extraction)
    case, doc = e.case, e.document
    assert case.id == doc.id == "courtlistener:docket:4214664"
    assert case.caption == "NATIONAL VETERANS LEGAL SERVICES PROGRAM v. United States"
    assert case.full_name is None  # "" in the file
    assert case.docket_numbers == ("1:16-cv-00745",)
    assert case.court is not None and case.court.id == "dcd"
    assert case.court.citation == "D.D.C."  # filled from the court index
    assert doc.kind is DocumentKind.DOCKET
    assert doc.published == dt.date(2016, 4, 21)
    assert doc.url == (
        "https://www.courtlistener.com/docket/4214664/"
        "national-veterans-legal-services-program-v-united-states/"
    )
    meta = doc.metadata
    assert meta["assigned_to"] == "Paul L. Friedman"
    assert meta["assigned_to_id"] == "1124"  # from the people/1124/ link
    assert meta["cause"] == "28:1346 Tort Claim"
    assert meta["nature_of_suit"] == "Other Statutory Actions"
    assert meta["pacer_case_id"] == "178502"
    assert "date_terminated" not in meta  # null


def test_v4_cluster() -> None:
    e = one("api_v4_cluster_10376225_noem-v-abrego-garcia.json")
    case = e.case
    assert case.id == "courtlistener:cluster:10376225"
    assert case.caption == "Noem v. Abrego Garcia"
    assert case.citations == ()  # "citations": []
    [ruling] = case.rulings
    assert ruling.decided == PartialDate(year=2025, month=4, day=10)
    assert [j.name for j in ruling.judges] == ["Sonia Sotomayor"]
    assert e.document.metadata["docket_id"] == "69874414"
    assert e.document.metadata["precedential_status"] == "Relating-to"
    assert e.document.text == ""  # no head matter, syllabus or summary


def test_v4_opinion_text_and_links() -> None:
    doc = one("api_v4_opinion_10842813_noem-v-abrego-garcia.json")
    raw = fixture("api_v4_opinion_10842813_noem-v-abrego-garcia.json")
    assert isinstance(doc, Document)
    assert doc.id == "courtlistener:opinion:10842813"
    assert doc.kind is DocumentKind.OPINION
    assert doc.text == raw["plain_text"]
    assert len(doc.text) == 7385
    assert doc.text.lstrip().startswith("Cite as: 604 U. S. ____ (2025)")
    assert "\f" in doc.text or "SUPREME COURT OF THE UNITED STATES" in doc.text
    assert doc.metadata["cluster_id"] == "10376225"
    assert doc.metadata["author_id"] == "3045"
    assert doc.metadata["type"] == "010combined"
    assert doc.metadata["per_curiam"] is False
    assert doc.metadata["text_field"] == "plain_text"
    assert "ordering_key" not in doc.metadata  # null


def test_html_with_citations_strips_to_plain_text() -> None:
    raw = fixture("api_v4_opinion_10842813_noem-v-abrego-garcia.json")
    assert strip_markup(raw["html_with_citations"]) == raw["plain_text"]
    # an empty plain_text falls back to the HTML
    raw["plain_text"] = ""
    text, field = opinion_text(raw)
    assert field == "html_with_citations"
    assert text == fixture("api_v4_opinion_10842813_noem-v-abrego-garcia.json")["plain_text"]


def test_v3_cluster_flat_and_object_citations() -> None:
    e = one("api_v3_cluster_891689_state-v-ramirez.json")
    case = e.case
    assert case.caption == "State v. Ramirez"
    # the citation object (volume an int, type 3) and the flat state_cite_regional agree
    assert [str(c) for c in case.citations] == ["State v. Ramirez, 254 P.3d 649 (2011)"]
    assert case.citations[0].volume == "254"
    assert case.rulings[0].decided == PartialDate(year=2011, month=6, day=13)
    assert e.document.metadata["docket_id"] == "865523"
    assert e.document.metadata["citation_count"] == 4


def test_v3_opinion_falls_back_through_html_fields() -> None:
    raw = fixture("api_v3_opinion_891689_state-v-ramirez.json")
    doc = one("api_v3_opinion_891689_state-v-ramirez.json")
    assert doc.text == raw["plain_text"] and len(doc.text) == 23361
    raw["plain_text"] = ""
    raw["html_with_citations"] = ""
    text, field = opinion_text(raw)  # html is "", html_lawbox has the text
    assert field == "html_lawbox"
    assert text.startswith("254 P.3d 649 (2011)\n2011-NMSC-025\nSTATE of New Mexico")
    assert "CHÁVEZ, Justice." in text
    assert "<" not in text


def test_party_roles_from_party_types() -> None:
    party = one("api_v4_party_42_illustrative_from-cl-docs.json")
    assert party == Party(name="Samuel Jackson", role=PartyRole.PLAINTIFF)


def test_attorney() -> None:
    attorney = one("api_v4_attorney_9247906_from-cl-docs.json")
    assert isinstance(attorney, Attorney)
    assert attorney.name == "ERIC ALAN ISAACSON"
    assert attorney.represents == "13730908"
    assert attorney.contact is not None and attorney.contact.startswith("6580 Avenida Mirola\n")


def test_juriscraper_docket_parties() -> None:
    e = one("juriscraper_pacer_docket_dcd_1.json")
    case = e.case
    assert case.caption == "United States v. MANAFORT"
    assert case.docket_numbers == ("1:17-cr-00201",)
    assert case.court is not None and case.court.id == "dcd"
    assert [(p.name, p.role) for p in case.parties] == [
        ("PAUL J. MANAFORT, JR.", PartyRole.DEFENDANT),
        ("USA", PartyRole.PLAINTIFF),
    ]
    assert e.document.metadata["assigned_to"] == "Amy Berman Jackson"
    assert e.document.published == dt.date(2017, 10, 27)


def test_bulk_cluster_row_parsed() -> None:
    e = one("bulk_opinion-clusters_row_3160512_parsed_2025-12-02.json")
    case = e.case
    assert case.caption == "State Of Washington v. Jorge Luis Lizarraga"
    assert [(p.name, p.role) for p in case.parties] == [
        ("The State of Washington", PartyRole.RESPONDENT),
        ("Jorge Luis Lizarraga", PartyRole.APPELLANT),
    ]
    assert [j.name for j in case.rulings[0].judges] == ["Schindler", "Dwyer", "Lau"]
    assert case.rulings[0].decided == PartialDate.parse("2015-12-07")
    # the CAP-derived head matter, tags removed
    assert e.document.text.startswith("[No. 71532-1-I.\nDivision One.\nDecember 7, 2015.]")
    assert "<" not in e.document.text
    assert e.document.metadata["citation_count"] == 70  # "70" in the row
    assert e.document.metadata["date_filed_is_approximate"] is False  # "f"


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ({"resource_uri": "https://www.courtlistener.com/api/rest/v4/courts/dcd/"}, "court"),
        ({"plain_text": "", "id": 1}, "opinion"),
        ({"party_types": []}, "party"),
        ({"contact_raw": ""}, "attorney"),
        ({"sub_opinions": [], "case_name": "A v. B"}, "cluster"),
        ({"docket_number": "1:20-cv-1"}, "docket"),
        ({"case_name": "A v. B", "date_filed": "2020-01-01"}, "cluster"),
        ({"citation_string": "D.D.C.", "id": "dcd"}, "court"),
        ({"hello": 1}, None),
    ],
)
def test_kind_of(row: dict[str, Any], kind: str | None) -> None:
    assert kind_of(row) == kind


def test_fields_absent_with_fields_param() -> None:
    # ?fields=id,case_name: whatever is absent stays empty
    e = from_courtlistener({"id": 3, "case_name": "A v. B", "date_filed": "2020-02-03"})
    assert e.case.caption == "A v. B" and e.case.citations == () and e.case.court is None


def test_malformed_variants_reported_with_location() -> None:
    loaded = load(DATA / "cl_mixed.jsonl")
    records = loaded.list()
    assert [type(r).__name__ for r in records] == ["Extraction", "Document", "Extraction"]
    problems = {p.location: p.reason for p in loaded.log.problems}
    assert set(problems) == {"line 2", "line 3", "line 4", "line 7", "line 8"}
    assert "needs a name" in problems["line 2"]
    assert problems["line 3"].startswith("date_filed: must be a date string")
    assert "not valid JSON" in problems["line 4"]
    assert problems["line 7"].startswith("citations[0].volume")
    assert loaded.log.read == 8 == loaded.log.loaded + len(loaded.log.problems)
    docket, opinion, cluster = records
    assert docket.case.court.id == "nysd"
    assert opinion.text == (
        "The judgment is affirmed.\nSee Lamb v. Ito, 512 F.3d 88 (9th Cir. 2008) & cases cited."
    )
    # a string volume (after 2025-07-31) and an int one read alike
    assert [c.volume for c in cluster.case.citations] == ["512", "2008"]
    # an approximate date keeps only its year
    assert cluster.case.rulings[0].decided == PartialDate(year=2008)
    assert cluster.case.rulings[0].outcome is Outcome.OTHER  # affirmed in part, reversed in part
    assert [(p.name, p.role) for p in cluster.case.parties] == [
        ("Rosalind Lamb", PartyRole.APPELLEE),
        ("Kenji Ito", PartyRole.APPELLANT),
    ]


def test_truncated_json_file() -> None:
    loaded = load_courtlistener(DATA / "cl_cluster_truncated.json")
    assert loaded.list() == []
    [problem] = loaded.log.problems
    assert problem.location == "line 18 column 36"
    assert problem.reason.startswith("not valid JSON")


def test_strict_raises_on_first_problem() -> None:
    with pytest.raises(LoadError) as caught:
        load(DATA / "cl_mixed.jsonl", strict=True).list()
    assert caught.value.where == f"{DATA / 'cl_mixed.jsonl'}:line 2"


def test_paginated_response_and_shared_log(tmp_path: Path) -> None:
    page = {
        "count": 2,
        "next": "https://www.courtlistener.com/api/rest/v4/parties/?cursor=x",
        "previous": None,
        "results": [
            fixture("api_v4_party_42_illustrative_from-cl-docs.json"),
            {"name": "Dale Ortiz", "party_types": [{"name": "Defendant"}], "id": 43},
        ],
    }
    path = tmp_path / "parties.json"
    path.write_text(json.dumps(page))
    log = LoadLog()
    parties = load_courtlistener(path, path, log=log).list()
    assert [p.role for p in parties] == [PartyRole.PLAINTIFF, PartyRole.DEFENDANT] * 2
    assert log.loaded == 4


def test_missing_file_is_reported() -> None:
    loaded = load_courtlistener("no/such/file.json")
    assert loaded.list() == []
    [problem] = loaded.log.problems
    assert problem.source == "no/such/file.json" and "cannot read" in problem.reason


def test_records_are_model_records() -> None:
    e = one("api_v4_docket_4214664_from-cl-docs.json")
    assert isinstance(e.case, Case)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
_KEYS = [
    "id", "resource_uri", "case_name", "case_name_full", "docket_number", "court", "court_id",
    "date_filed", "date_filed_is_approximate", "citations", "judges", "plain_text", "html",
    "cluster", "cluster_id", "author", "party_types", "name", "parties", "type", "volume",
    "decision_date", "name_abbreviation", "casebody", "jurisdiction", "docket_entries",
    "sub_opinions", "page_count", "per_curiam", "disposition", "contact_raw", "opinions",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _json, max_size=8))
def test_any_json_object_gives_a_record_or_a_casekit_error(row: dict[str, Any]) -> None:
    with contextlib.suppress(CaseKitError):
        record_of(row)

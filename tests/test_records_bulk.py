"""CourtListener bulk CSV: dialects, compression, constant-memory streaming, problems."""

from __future__ import annotations

import bz2
import csv
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import Case, Court, CourtLevel, Document, LoadError, PartialDate, PartyRole
from casekit.records import CsvRows, load_bulk, sniff_dialect
from casekit.records.cl_bulk import bulk_kind
from casekit.records.csvstream import format_row, read_rows

FIXTURES = Path(__file__).parent / "fixtures" / "courtlistener"
DATA = Path(__file__).parent / "data" / "records"

OPINION_COLUMNS = (
    "id,date_created,date_modified,author_str,per_curiam,joined_by_str,type,sha1,page_count,"
    "download_url,local_path,plain_text,html,html_lawbox,html_columbia,html_anon_2020,"
    "xml_harvard,html_with_citations,extracted_by_ocr,author_id,cluster_id"
).split(",")

TEXTS = [
    'He wrote: "the statute\'s plain text controls."\nSecond line, with a comma.',
    "A path C:\\Users\\clerk\\ and a trailing backslash \\",
    'Quote then backslash: \\" and ``backticks`` and `one`',
    "Multiple\n\n\nblank lines\r\nand a CRLF",
    "",
    "Plain.",
]


def opinion_row(i: int, text: str) -> list[str | None]:
    return [
        str(i), "2025-02-01 10:00:00+00", "2025-02-01 10:00:00+00", "", "f", "", "010combined",
        "0" * 40, "2", None, None, text, "", "", None, "", "", "", "f", None, str(500 + i),
    ]  # fmt: skip


def write(path: Path, dialect: str, rows: list[list[str | None]], header: list[str]) -> Path:
    body = ",".join(header) + "\n" + "".join(format_row(r, dialect) for r in rows)
    data = body.encode()
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".bz2":
        data = bz2.compress(data)
    path.write_bytes(data)
    return path


def test_fixture_dockets_force_quote_2024() -> None:
    loaded = load_bulk(FIXTURES / "bulk_dockets_header2024_plus_row_from_issue4241.csv")
    [e] = loaded.list()
    assert loaded.log.summary() == "read 1 records: 1 loaded, 0 reported"
    case, doc = e.case, e.document
    assert case.id == "courtlistener:docket:10838944"
    assert case.caption == "Advent Software Inc. v. Stratum Business"
    assert case.docket_numbers == ("3:98-cv-03398",)
    assert case.court == Court(id="cand") or (case.court is not None and case.court.id == "cand")
    assert doc.published is not None and doc.published.isoformat() == "1998-09-03"
    assert doc.metadata["date_terminated"] == "1999-09-14"
    assert doc.metadata["assigned_to"] == "Susan Illston"
    assert doc.metadata["assigned_to_id"] == "1588"
    assert doc.metadata["nature_of_suit"] == "840 Trademark"
    assert doc.metadata["pacer_case_id"] == "119636"
    assert "cause" not in doc.metadata  # "" in the row


@pytest.mark.parametrize("dialect", ["standard", "backtick", "backslash"])
@pytest.mark.parametrize("suffix", [".csv", ".csv.gz", ".csv.bz2"])
def test_dialects_and_compression(tmp_path: Path, dialect: str, suffix: str) -> None:
    rows = [opinion_row(i, text) for i, text in enumerate(TEXTS, 1)]
    path = write(tmp_path / f"opinions{suffix}", dialect, rows, OPINION_COLUMNS)
    with CsvRows(path) as reader:
        assert reader.dialect == dialect  # sniffed from the escapes in the first KB
    loaded = load_bulk(path)
    docs = loaded.list()
    assert loaded.log.problems == []
    assert [d.text for d in docs] == TEXTS
    assert [d.metadata["cluster_id"] for d in docs] == [str(500 + i) for i in range(1, 7)]
    assert all(isinstance(d, Document) and d.metadata["per_curiam"] is False for d in docs)


@pytest.mark.parametrize(
    ("name", "dialect"),
    [
        ("opinions-2023-08-31.csv", "standard"),
        ("opinions-2024-10-31.csv.bz2", "backtick"),
        ("opinions-2025-01-31.csv.bz2", "backslash"),
        ("opinions.csv", "backslash"),
    ],
)
def test_sniff_falls_back_on_dump_date(name: str, dialect: str) -> None:
    assert sniff_dialect('id,plain_text\n"1","no escapes here"\n', name) == dialect


def test_dialect_option_overrides(tmp_path: Path) -> None:
    path = write(
        tmp_path / "opinions.csv", "standard", [opinion_row(1, "C:\\x\\")], OPINION_COLUMNS
    )
    [doc] = load_bulk(path, dialect="standard")
    assert doc.text == "C:\\x\\"
    with pytest.raises(Exception, match="unknown CSV dialect"):
        CsvRows(path, dialect="semicolon")


def test_long_fields_beyond_the_default_limit(tmp_path: Path) -> None:
    text = ('A long opinion line with "quotes" and \\ backslashes.\n' * 8000)[:400_000]
    assert len(text) > csv.field_size_limit() or len(text) > 131072
    path = write(tmp_path / "opinions.csv.gz", "backslash", [opinion_row(1, text)], OPINION_COLUMNS)
    [doc] = load_bulk(path)
    assert doc.text == text


def test_malformed_rows_are_reported_and_the_rest_loads() -> None:
    path = DATA / "opinions-2025-03-31_malformed.csv"
    loaded = load_bulk(path)
    docs = loaded.list()
    assert [d.id for d in docs] == [f"courtlistener:opinion:{i}" for i in (1, 3, 5)]
    assert (
        docs[0].text == 'The court held that "reasonable" means\nwhat it says; see C:\\dir\\file.\n'
    )
    assert docs[1].text == "Reversed & remanded."  # plain_text "" -> html without tags
    assert docs[1].metadata["text_field"] == "html"
    assert docs[2].text == "Final text, with a comma.\n\nAnd a second paragraph."
    problems = [(p.location, p.reason) for p in loaded.log.problems]
    assert problems == [
        ("row 2 (line 5)", "expected 21 fields, got 22 (a broken quote?)"),
        ("row 4 (line 7)", "page_count: must be an integer, got 'three'"),
        ("row 6 (line 11)", "expected 21 fields, got 8 (a broken quote?)"),
    ]
    assert all(p.source == str(path) for p in loaded.log.problems)
    assert loaded.log.read == 6 == loaded.log.loaded + len(loaded.log.problems)


def test_strict_bulk() -> None:
    with pytest.raises(LoadError) as caught:
        load_bulk(DATA / "opinions-2025-03-31_malformed.csv", strict=True).list()
    assert caught.value.where is not None and caught.value.where.endswith(":row 2 (line 5)")


CLUSTER_HEADER = list(
    json.loads((FIXTURES / "bulk_opinion-clusters_row_3160512_parsed_2025-12-02.json").read_text())
)


def test_opinion_clusters_row(tmp_path: Path) -> None:
    row = json.loads(
        (FIXTURES / "bulk_opinion-clusters_row_3160512_parsed_2025-12-02.json").read_text()
    )
    values: list[str | None] = [row[k] or None for k in CLUSTER_HEADER]
    path = write(tmp_path / "opinion-clusters-2025-12-02.csv.bz2", "backslash", [values],
                 CLUSTER_HEADER)  # fmt: skip
    [e] = load_bulk(path)
    assert e.case.id == "courtlistener:cluster:3160512"
    assert e.case.full_name == (
        "The State of Washington, Respondent, v. Jorge Luis Lizarraga, Appellant"
    )
    assert [(p.name, p.role) for p in e.case.parties] == [
        ("The State of Washington", PartyRole.RESPONDENT),
        ("Jorge Luis Lizarraga", PartyRole.APPELLANT),
    ]
    assert e.case.rulings[0].decided == PartialDate(year=2015, month=12, day=7)
    assert e.document.metadata["docket_id"] == "3018707"
    assert e.document.metadata["precedential_status"] == "Published"


def test_citations_and_courts(tmp_path: Path) -> None:
    header = "id,volume,reporter,page,type,cluster_id,date_created,date_modified".split(",")
    rows: list[list[str | None]] = [
        ["1", "598", "U.S.", "175", "1", "9001", "2023-06-01 00:00:00+00", None],
        ["2", "143", "S. Ct.", "1", "1", "9001", None, None],
        ["3", "", "F.3d", "12", "1", "9002", None, None],
    ]
    path = write(tmp_path / "citations-2025-01-31.csv.gz", "backslash", rows, header)
    loaded = load_bulk(path)
    cases = loaded.list()
    assert [(c.id, str(c.citations[0])) for c in cases] == [
        ("courtlistener:cluster:9001", "598 U.S. 175"),
        ("courtlistener:cluster:9001", "143 S. Ct. 1"),
    ]
    assert all(isinstance(c, Case) for c in cases)
    assert [p.location for p in loaded.log.problems] == ["row 3 (line 4)"]

    header = "id,citation_string,short_name,full_name,jurisdiction,in_use".split(",")
    courts = write(
        tmp_path / "courts-2025-01-31.csv",
        "backslash",
        [
            ["scotus", "SCOTUS", "Supreme Court", "Supreme Court of the United States", "F", "t"],
            ["cand", "N.D. Cal.", "N.D. California", "District Court, N.D. California", "FD", "t"],
            ["cal", "Cal.", "California Supreme Court", "California Supreme Court", "S", "t"],
        ],
        header,
    )
    scotus, cand, cal = load_bulk(courts)
    assert scotus == Court(
        id="scotus",
        name="Supreme Court of the United States",
        citation="SCOTUS",
        jurisdiction="federal",
        level=CourtLevel.SUPREME,
    )
    assert (cand.level, cand.jurisdiction, cand.citation) == (
        CourtLevel.TRIAL,
        "federal",
        "N.D. Cal.",
    )
    assert (cal.level, cal.jurisdiction) == (CourtLevel.SUPREME, None)


@pytest.mark.parametrize(
    ("name", "header", "kind"),
    [
        ("dockets-2024-05-06.csv.bz2", [], "dockets"),
        ("opinion-clusters-2025-12-02.csv.bz2", [], "opinion-clusters"),
        ("opinions-2025-01-31.csv.bz2", [], "opinions"),
        ("citations-2025-01-31.csv", [], "citations"),
        ("courts-2025-01-31.csv", [], "courts"),
        ("citation-map-2025.csv", [], None),
        ("export.csv", ["id", "plain_text", "cluster_id"], "opinions"),
        ("export.csv", ["id", "volume", "reporter", "page", "cluster_id"], "citations"),
        ("export.csv", ["id", "docket_number", "court_id"], "dockets"),
        ("export.csv", ["id", "case_name", "docket_id"], "opinion-clusters"),
        ("export.csv", ["id", "full_name", "jurisdiction"], "courts"),
    ],
)
def test_bulk_kind(name: str, header: list[str], kind: str | None) -> None:
    assert bulk_kind(name, header) == kind


def test_unknown_kind_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id,name_first\n1,Ada\n")
    loaded = load_bulk(path)
    assert loaded.list() == []
    assert "cannot tell what bulk file" in loaded.log.problems[0].reason


def test_truncated_gzip_is_reported(tmp_path: Path) -> None:
    words = [f"w{n}" for n in range(5000)]
    rows = [opinion_row(i, " ".join(words[(i * 7919) % 4000 :] + words[:i])) for i in range(400)]
    path = write(tmp_path / "opinions.csv.gz", "backslash", rows, OPINION_COLUMNS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    loaded = load_bulk(path)
    docs = loaded.list()
    assert 0 < len(docs) < 400
    assert [p.reason for p in loaded.log.problems][-1].startswith("cannot decompress")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "opinions.csv"
    path.write_text("")
    loaded = load_bulk(path)
    assert loaded.list() == [] and "empty file" in loaded.log.problems[0].reason


def test_read_rows_and_progress(tmp_path: Path) -> None:
    rows = [opinion_row(i, f"text {i}") for i in range(1, 11)]
    path = write(tmp_path / "opinions.csv", "backslash", rows, OPINION_COLUMNS)
    assert [r["id"] for _, r in read_rows(path)] == [str(i) for i in range(1, 11)]
    calls: list[tuple[int, int]] = []
    docs = load_bulk(path, every=4, progress=lambda r, n: calls.append((n, r.bytes_read))).list()
    assert len(docs) == 10
    assert [n for n, _ in calls] == [4, 8, 10]
    assert calls[-1][1] == path.stat().st_size


_field_text = st.text(alphabet=st.sampled_from(list("ab ,\"`\\\n\r\t'x§é")), max_size=40)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(_field_text, min_size=1, max_size=5), dialect=st.sampled_from(
    ["standard", "backtick", "backslash"]))  # fmt: skip
def test_any_text_round_trips_through_each_dialect(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], dialect: str
) -> None:
    path = tmp_path_factory.mktemp("rt") / "opinions.csv"
    write(path, dialect, [opinion_row(i, t) for i, t in enumerate(texts)], OPINION_COLUMNS)
    loaded = load_bulk(path, dialect=dialect)
    # whitespace-only text counts as no text (CourtListener's empty plain_text)
    assert [d.text for d in loaded] == [t if t.strip() else "" for t in texts]
    assert loaded.log.problems == []

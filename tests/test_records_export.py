"""Export: JSONL (one record per line, casekit.to_json) and Parquet (flat columns)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import casekit
from casekit import CaseKitError, Court, Document, Extraction, Party
from casekit.records import Attorney, load, with_citations, write_jsonl, write_parquet
from casekit.records.export import PARQUET_COLUMNS, flat_row, write_records

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = [
    FIXTURES / "cap" / "a2d_100_0456-01.json",
    FIXTURES / "courtlistener" / "api_v4_opinion_10842813_noem-v-abrego-garcia.json",
    FIXTURES / "courtlistener" / "api_v4_party_42_illustrative_from-cl-docs.json",
    FIXTURES / "courtlistener" / "api_v4_attorney_9247906_from-cl-docs.json",
    FIXTURES / "courtlistener" / "bulk_dockets_header2024_plus_row_from_issue4241.csv",
]


def records() -> list[Any]:
    loaded = load(*SOURCES)
    found = loaded.list()
    assert loaded.log.problems == []
    return found


def test_jsonl_one_record_per_line_round_trips(tmp_path: Path) -> None:
    found = records()
    path = tmp_path / "out.jsonl"
    assert write_jsonl(found, path) == len(found) == 5
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [casekit.to_json(r) for r in found]
    kinds = [Extraction, Document, Party, Attorney, Extraction]
    assert [casekit.from_json(line, kind) for line, kind in zip(lines, kinds, strict=True)] == found


def test_jsonl_gz_and_stream(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    write_records([Court(id="dcd")], path)
    assert json.loads(gzip.decompress(path.read_bytes()))["id"] == "dcd"
    out = io.StringIO()
    write_jsonl(iter([Court(id="a"), Court(id="b")]), out)
    assert out.getvalue().count("\n") == 2


def test_parquet_flat_layout(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    found = list(with_citations(records()))
    path = tmp_path / "out.parquet"
    assert write_records(found, path) == 5
    table = pq.read_table(path)
    assert table.column_names == list(PARQUET_COLUMNS)
    rows = table.to_pylist()
    cap, opinion, party, attorney, docket = rows
    assert cap["record_type"] == "Extraction"
    assert cap["caption"] == "Pennsylvania R. v. Newmyer"
    assert cap["docket_numbers"] == ["1380"]
    assert cap["court_id"] == "dc"
    assert cap["decided"] == "1953-11-20"
    assert cap["judges"] == ["CAYTON", "HOOD", "QUINN"]
    assert cap["citations"] == ["Pennsylvania R. v. Newmyer, 100 A.2d 456 (1953)"]
    assert cap["text"] == found[0].document.text
    assert "Barrett v. Van Pelt, 268 U.S. 85" in cap["cited_cases"]
    assert json.loads(cap["metadata"])["opinion_1_type"] == "dissent"
    assert cap["record"] is None  # only with full=True
    assert opinion["record_type"] == "Extraction"  # with_citations made it one
    assert opinion["kind"] == "opinion" and len(opinion["text"]) == 7385
    assert party["parties"] == ["Samuel Jackson"] and party["party_roles"] == ["plaintiff"]
    assert attorney["record_type"] == "Attorney" and attorney["id"] == "ERIC ALAN ISAACSON"
    assert docket["published"].isoformat() == "1998-09-03"
    assert docket["kind"] == "docket"


def test_parquet_full_records_and_row_groups(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    found = records()
    path = tmp_path / "full.parquet"
    write_parquet(found * 3, path, full=True, row_group=4)
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 15 and meta.num_row_groups == 4
    first = pq.read_table(path).to_pylist()[0]
    assert casekit.from_json(first["record"], Extraction) == found[0]


def test_flat_row_of_court() -> None:
    row = flat_row(Court(id="dcd", name="District Court, District of Columbia"))
    assert (row["record_type"], row["id"], row["court_name"]) == (
        "Court",
        "dcd",
        "District Court, District of Columbia",
    )


def test_parquet_without_pyarrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(CaseKitError, match=r"pip install 'casekit\[parquet\]'"):
        write_parquet([Court(id="dcd")], tmp_path / "x.parquet")


def test_unwritable_destination(tmp_path: Path) -> None:
    with pytest.raises(CaseKitError, match="cannot write"):
        write_jsonl([Court(id="dcd")], tmp_path / "missing-dir" / "out.jsonl")

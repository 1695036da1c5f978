"""Beyond one machine: pickling records and errors, and the dask.bag reader."""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path
from typing import Any

import dask
import pytest

from casekit import (
    CaseKitError,
    Document,
    InvalidCitation,
    InvalidRecord,
    LoadError,
    Problem,
    ReadError,
    SerializationError,
    UnknownName,
)
from casekit.records import load, load_bulk
from casekit.records.courtlistener import from_courtlistener
from casekit.records.csvstream import format_row, row_starts
from casekit.records.dask import partitions, read_bag

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).parent / "data" / "records"

HEADER = "id,plain_text,html,type,per_curiam,cluster_id".split(",")


def bulk_opinions(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write(",".join(HEADER) + "\n")
        for i in range(1, count + 1):
            text = f'Opinion {i}.\n"{i}","not a row start" \\ and\n"{i}",\nmore'
            f.write(format_row([str(i), text, None, "010combined", "f", str(i * 10)]))
    return path


def test_every_loaded_record_pickles() -> None:
    sources = [*sorted((FIXTURES / "courtlistener").glob("*.json")), FIXTURES / "cap"]
    found = load(*sources).list()
    assert len(found) > 10
    for record in found:
        assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize(
    "error",
    [
        CaseKitError("boom", input={"a": 1}, where="x.json:line 3"),
        LoadError("bad row", input=["1"], where="f.csv:row 2 (line 5)"),
        ReadError("cannot read", input="f.csv", where="f.csv"),
        InvalidRecord("must be a string", input=3, where="Case.caption"),
        InvalidCitation("not a citation", input="12 Foo 3", position=3, where="doc"),
        SerializationError("wrong", input=[], where="$.case"),
        UnknownName("no such court", input="xyz"),
    ],
)
def test_errors_pickle(error: CaseKitError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert (again.message, again.input, again.where, str(again)) == (
        error.message,
        error.input,
        error.where,
        str(error),
    )


def test_loader_functions_pickle() -> None:
    assert pickle.loads(pickle.dumps(from_courtlistener)) is from_courtlistener
    assert pickle.loads(pickle.dumps(load_bulk)) is load_bulk


def test_row_starts_cut_at_rows(tmp_path: Path) -> None:
    path = bulk_opinions(tmp_path / "opinions.csv", 300)
    starts = row_starts(path, 2000, "backslash")
    assert starts is not None and len(starts) > 5
    assert starts[-1] == path.stat().st_size
    data = path.read_bytes()
    for start in starts[:-1]:
        assert data[start - 1 : start] == b"\n" and data[start:].startswith(b'"')
    # slices together hold every row exactly once
    header = HEADER
    ids: list[str] = []
    for start, end in itertools.pairwise(starts):
        loaded = load_bulk(path, byte_range=(start, end), header=header, dialect="backslash")
        ids += [d.metadata["opinion_id"] for d in loaded]
        assert loaded.log.problems == []
    assert ids == [str(i) for i in range(1, 301)]


def test_row_starts_refuses_compressed_and_minimal_quoting(tmp_path: Path) -> None:
    plain = tmp_path / "opinions.csv"
    plain.write_text("id,plain_text\n1,unquoted\n2,rows\n")
    assert row_starts(plain, 10, "standard") is None
    assert row_starts(FIXTURES / "cap" / "a2d_100_0036-01.json", 10, "standard") is None


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_read_bag_by_byte_ranges_and_files(tmp_path: Path, scheduler: str) -> None:
    path = bulk_opinions(tmp_path / "opinions.csv", 200)
    broken = DATA / "opinions-2025-03-31_malformed.csv"
    parts = partitions([path, broken, FIXTURES / "cap" / "a2d_100_CasesMetadata.json"],
                       blocksize=4000)  # fmt: skip
    assert sum(1 for p in parts if p[0] == str(path)) > 3  # split by byte ranges
    bag = read_bag([path, broken, FIXTURES / "cap" / "a2d_100_CasesMetadata.json"], blocksize=4000)
    with dask.config.set(scheduler=scheduler):
        found: list[Any] = bag.compute()
    problems = [r for r in found if isinstance(r, Problem)]
    records = [r for r in found if not isinstance(r, Problem)]
    assert len(records) == 200 + 3 + 9
    assert [p.location for p in problems] == ["row 2 (line 5)", "row 4 (line 7)", "row 6 (line 11)"]
    generated = sorted(
        int(str(r.metadata["opinion_id"]))
        for r in records
        if isinstance(r, Document) and r.metadata.get("type") == "010combined"
    )
    assert generated == list(range(1, 201))  # every row once, across the byte ranges


def test_read_bag_with_glob_and_without_problems(tmp_path: Path) -> None:
    bag = read_bag(str(DATA / "opinions-*_malformed.csv"), problems=False)
    with dask.config.set(scheduler="sync"):
        texts = bag.map(lambda d: d.text).compute()
    assert len(texts) == 3


def test_read_bag_strict_raises(tmp_path: Path) -> None:
    bag = read_bag([DATA / "opinions-2025-03-31_malformed.csv"], strict=True)
    with dask.config.set(scheduler="sync"), pytest.raises(LoadError):
        bag.compute()

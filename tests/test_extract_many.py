"""extract_many: the same extractions as extract(), in order, on one or several processes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from casekit import Document, extract, extract_many
from casekit.extractors import batch

ROOT = Path(__file__).resolve().parent.parent


def _documents() -> list[Document]:
    paths = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))
    return [Document(id=p.name, text=p.read_text(encoding="utf-8")) for p in paths]


@pytest.mark.parametrize("jobs", [1, 2])
def test_same_as_extract_in_order(jobs: int) -> None:
    docs = _documents()
    assert list(extract_many(docs, jobs=jobs)) == [extract(d) for d in docs]


def test_more_chunks_than_are_kept_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK", 2)
    monkeypatch.setattr(batch, "AHEAD", 1)
    docs = [Document(id=f"r{i}", text=f"Judge Ana Ruiz{i} denied it.") for i in range(11)]
    assert [e.document.id for e in extract_many(docs, jobs=2)] == [d.id for d in docs]


def test_reads_documents_lazily() -> None:
    taken: list[int] = []

    def endless() -> Iterator[Document]:
        for i in itertools.count():
            taken.append(i)
            yield Document(id=f"r{i}", text="The court ruled.")

    first = list(itertools.islice(extract_many(endless(), jobs=2), 3))
    assert [e.document.id for e in first] == ["r0", "r1", "r2"]
    assert len(taken) <= 2 * batch.AHEAD * batch.CHUNK + batch.CHUNK


def test_no_documents() -> None:
    assert list(extract_many([], jobs=2)) == []


@pytest.mark.parametrize("jobs", [-1, 1.5, True, "2"])
def test_bad_jobs(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs"):
        next(extract_many([], jobs=jobs))  # type: ignore[arg-type]

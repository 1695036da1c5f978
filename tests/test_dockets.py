"""Docket numbers: the table of forms, court parentheticals, errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import casekit
from casekit import DocketNumber, InvalidCitation

DATA = Path(__file__).parent / "data" / "case_citations"
HAVE_COURTS = importlib.util.find_spec("casekit.citations.courts") is not None


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("row", rows("dockets.tsv"), ids=lambda r: r[0])
def test_parse_docket_table(row: list[str]) -> None:
    text, numbers, court = row
    dockets = casekit.parse_docket(text)
    assert [d.number for d in dockets] == numbers.split("|")
    assert all(str(d) == f"No. {d.number}" for d in dockets)
    if HAVE_COURTS:
        assert {d.court for d in dockets} == {None if court == "-" else court}


@pytest.mark.parametrize("row", [r for r in rows("invalid.tsv") if r[1] == "docket"], ids=repr)
def test_invalid_dockets(row: list[str]) -> None:
    text, _, position, words = row
    with pytest.raises(InvalidCitation) as info:
        casekit.parse_docket(text)
    assert info.value.position == int(position)
    assert words in info.value.message


def test_docket_round_trip() -> None:
    for text, *_ in rows("dockets.tsv"):
        for d in casekit.parse_docket(text):
            assert casekit.parse_docket(str(d)) == (DocketNumber(number=d.number),)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Pub. L. No. 111-148", []),
        ("H.R. Rep. No. 95-989", []),
        ("Exec. Order No. 14158", []),
        ("ECF No. 44 at 3", []),
        ("Dkt. No. 12-1", []),
        ("Exhibit No. 3-A", []),
        ("the case, No. 24-1260, was argued", ["24-1260"]),
        ("Docket No. 2023-1187 was closed", ["2023-1187"]),
        ("an appeal, Nos. 22-1409 & 22-1410.", ["22-1409", "22-1410"]),
        ("COVID-19 and 10-K-123 are not docket numbers", []),
    ],
)
def test_find_dockets(text: str, numbers: list[str]) -> None:
    found = casekit.find_dockets(text)
    assert [d.number for d in found] == numbers
    for d in found:
        (prov,) = d.provenance
        assert text[prov.span.slice()] == d.mention == prov.text
        assert prov.document == casekit.model.document.text_id(text)

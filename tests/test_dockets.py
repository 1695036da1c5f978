"""Docket numbers: the table of forms, court parentheticals, errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def find_rows() -> list[tuple[str, list[str], str | None]]:
    out = []
    for text, numbers, mention in rows("find_dockets.tsv"):
        out.append(
            (
                text.replace("\\n", "\n"),
                [] if numbers == "-" else numbers.split("|"),
                None if mention == "-" else mention.replace("\\n", "\n"),
            )
        )
    return out


@pytest.mark.parametrize(("text", "numbers", "mention"), find_rows(), ids=lambda v: repr(v)[:60])
def test_find_dockets_table(text: str, numbers: list[str], mention: str | None) -> None:
    found = casekit.find_dockets(text)
    assert [d.number for d in found] == numbers
    assert (found[0].mention if found else None) == mention
    for d in found:
        (prov,) = d.provenance
        assert text[prov.span.slice()] == d.mention == prov.text
        assert prov.document == casekit.model.document.text_id(text)
    # find_citations reads the same docket numbers, with the same mentions
    in_all = [c for c in casekit.find_citations(text) if isinstance(c, DocketNumber)]
    assert [(d.number, d.mention) for d in in_all] == [(d.number, d.mention) for d in found]


def test_judge_initials_belong_to_the_mention_not_the_number() -> None:
    (d,) = casekit.find_dockets("Case No. 24-10234 (JTD) was filed.")
    assert d.number == "24-10234"
    assert d.mention == "Case No. 24-10234 (JTD)"
    assert str(d) == "No. 24-10234"


def test_a_plain_number_needs_a_case_label() -> None:
    assert [d.number for d in casekit.find_dockets("Case No. 4521 and Index No. 88213")] == [
        "4521",
        "88213",
    ]
    assert casekit.find_dockets("No. 4521 and Docket No. 88 and Case No. 12") == []


_DOCKET_PIECES = st.sampled_from(
    [
        "No. ",
        "Nos. ",
        "no. ",
        "case ",
        "Case ",
        "Docket ",
        "Adv. Pro. ",
        "MDL ",
        "ECF ",
        "Pub. L. ",
        "1:24-cv-",
        "24",
        "-",
        "\u2013",
        ",",
        ", ",
        " and ",
        "S24A0317",
        "12 MAP 2024",
        "WR-12,345-02",
        "2023AP1187-CR",
        "01234",
        " (JMF)",
        " (S.D.N.Y. 2024)",
        "(",
        ")",
        ", Orig.",
        "\n",
        "\n\n",
    ]
)
docket_soup = st.lists(_DOCKET_PIECES | st.text(max_size=4), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(docket_soup)
def test_find_dockets_never_raises(text: str) -> None:
    found = casekit.find_dockets(text)
    for d in found:
        (prov,) = d.provenance
        assert text[prov.span.slice()] == d.mention
        assert d.number in d.mention
    # every number found reads back as a docket number
    for d in found:
        assert casekit.parse_docket(d.number)[0].number == d.number
    for c in casekit.find_citations(text):
        assert text[c.provenance[0].span.slice()] == c.mention


@settings(max_examples=200, deadline=None)
@given(docket_soup)
def test_parse_docket_raises_only_invalid_citation(text: str) -> None:
    dockets: tuple[DocketNumber, ...] = ()
    position = None
    try:
        dockets = casekit.parse_docket(text)
    except InvalidCitation as e:
        position = e.position
    if position is None:
        assert dockets and all(d.number.strip() == d.number for d in dockets)
    else:
        assert 0 <= position <= len(text)

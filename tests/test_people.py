"""find_people and People: person mentions and reference resolution."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit.extractors import people as people_module
from casekit.extractors.people import People, find_people, parse_name, surname

DATA: dict[str, list[dict[str, Any]]] = json.loads(
    (Path(__file__).parent / "data" / "quotes" / "people.json").read_text("utf-8")
)


def _printed(span_text: str) -> str:
    return " ".join(span_text.replace(",", " ").split())


@pytest.mark.parametrize("case", DATA["mentions"], ids=lambda c: c["text"][:40])
def test_find_people(case: dict[str, Any]) -> None:
    mentions = find_people(case["text"])
    assert [[m.name, m.title, m.role] for m in mentions] == case["mentions"]
    for m in mentions:
        assert _printed(case["text"][m.start : m.end]) == m.name


@pytest.mark.parametrize("case", DATA["fullest"], ids=lambda c: c["text"][:40])
def test_fullest(case: dict[str, Any]) -> None:
    assert People(case["text"]).fullest(case["name"]) == case["full"]


@pytest.mark.parametrize("case", DATA["judges"], ids=lambda c: c["text"][:40])
def test_judges(case: dict[str, Any]) -> None:
    assert People(case["text"]).judges() == case["judges"]


@pytest.mark.parametrize("case", DATA["gender"], ids=lambda c: c["text"][:40])
def test_gender(case: dict[str, Any]) -> None:
    assert People(case["text"]).gender(case["name"]) == case["gender"]


def test_judge_before_prefers_the_latest_mentioned() -> None:
    text = "Judge Ana Ruiz wrote for the court. Judge Tom Bale dissented. The judge said more."
    people = People(text)
    assert people.judge_before(text.index("The judge")) == "Tom Bale"
    assert people.judge_before(text.index("Judge Tom")) == "Ana Ruiz"


def test_last_before_skips_spans() -> None:
    text = "Ana Ruiz met Tom Bale. She spoke."
    people = People(text)
    pos = text.index("She")
    last = people.last_before(pos)
    assert last is not None and last.name == "Tom Bale"
    start = text.index("Tom")
    skipped = people.last_before(pos, skip=[(start, start + 8)])
    assert skipped is not None and skipped.name == "Ana Ruiz"


def test_helpers() -> None:
    assert surname("Martin Luther King Jr.") == "King"
    assert parse_name("Attorney General Jane Roe") == ("Attorney General", "Jane Roe")
    assert parse_name("Department") == (None, None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_find_people_never_raises(text: str) -> None:
    for m in find_people(text):
        assert _printed(text[m.start : m.end]) == m.name
    people = People(text)
    people.judges()
    people.fullest("Roe")
    people.last_before(len(text))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Judge Jane Roe said she ruled. Roe added.", "Ms. Roe spoke."]), st.text())
def test_people_lookups_take_any_name(text: str, name: str) -> None:
    people = People(text)
    assert people.gender(name) in ("m", "f", None)
    assert isinstance(people.fullest(name), str)
    assert all(isinstance(full, str) for full in people.full_names(name))
    people.occurrences(name)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Judge Ann Lee wrote for the panel. Judge Bo Park dissented.", "Ann Lee"),
        ("Writing for the court, Justice Bo Park, joined by two others, said no.", "Bo Park"),
        ("Justice Ann Lee wrote the majority opinion.", "Ann Lee"),
        ("Judge Ann Lee and Judge Bo Park heard the case.", None),
    ],
)
def test_author(text: str, author: str | None) -> None:
    assert People(text).author() == author


_NAME_PIECES = st.sampled_from(
    [
        "Jane",
        "Roe",
        " ",
        "  ",
        ", ",
        "\u00a0",
        "\n",
        "Jr.",
        "Sr",
        "III",
        "de",
        "la",
        "van",
        "St.",
        "U.S.",
        "Mr.",
        "Cmdr.",
        "J.",
        "A.B.",
        "-",
        "-based",
        "New",
        "York",
        "McDonald",
        "O’Brien",
        "’s",
        ".",
        "the",
        "FBI",
        "Élise",
        "x",
        "9",
        "Judge",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=16).map("".join))
def test_quick_run_scan_finds_the_same_runs(text: str) -> None:
    # _multi_runs looks for likely starts first; it must find exactly the runs the full
    # pattern finds, in the same places
    expected = [m.span() for m in people_module._multi_run_re().finditer(text)]
    assert [m.span() for m in people_module._multi_runs(text)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=30).map("".join), st.lists(st.integers(0, 400)))
def test_before_does_not_depend_on_the_order_of_questions(text: str, asked: list[int]) -> None:
    # the runs are scanned lazily, as far as asked: answers must not depend on what was
    # asked before
    positions = [p % (len(text) + 1) for p in asked]
    shared = People(text)
    for pos in positions:
        got = [(m.name, m.start, m.end) for m in shared.before(pos)]
        fresh = [(m.name, m.start, m.end) for m in People(text).before(pos)]
        assert got == fresh
        assert all(m_end <= pos for _, _, m_end in got)


def test_before_reads_only_the_text_before_the_position() -> None:
    text = "Judge Ana Ruiz wrote. Later Tom Bale said more."
    people = People(text)
    assert [m.name for m in people.before(len(text))] == ["Tom Bale", "Ana Ruiz"]
    pos = text.index("Bale") + 2  # inside "Tom Bale": only "Tom Ba" stands before it
    assert [(m.name, m.end) for m in people.before(pos)] == [("Tom Ba", pos), ("Ana Ruiz", 14)]
    assert [m.name for m in people.before(text.index("Later"))] == ["Ana Ruiz"]

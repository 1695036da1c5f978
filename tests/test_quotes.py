"""extract_quotes: quotations and their speakers, on varied reports of our own writing."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit.extractors import quotes as quotes_module
from casekit.extractors.people import People
from casekit.extractors.quotes import extract_quotes
from casekit.model import Document, Quote

DATA = Path(__file__).parent / "data" / "quotes"
REPORTS: dict[str, list[list[str]]] = json.loads((DATA / "expected.json").read_text("utf-8"))
SNIPPETS: list[dict[str, Any]] = json.loads((DATA / "snippets.json").read_text("utf-8"))


def _pairs(quotes: tuple[Quote, ...]) -> list[list[str]]:
    return [[q.text, q.speaker.label if q.speaker else ""] for q in quotes]


def _check_spans(document: Document, quotes: tuple[Quote, ...]) -> None:
    for q in quotes:
        assert q.provenance
        for prov in q.provenance:
            assert prov.document == document.id
            assert document.text[prov.span.slice()] == prov.text
        assert q.provenance[0].text == q.text
        assert q.speaker is not None


def test_every_report_has_expectations() -> None:
    assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(REPORTS)
    assert len(REPORTS) >= 15


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report(name: str) -> None:
    document = Document(id=name, text=(DATA / name).read_text("utf-8"))
    quotes = extract_quotes(document)
    _check_spans(document, quotes)
    assert _pairs(quotes) == REPORTS[name]


@pytest.mark.parametrize("case", SNIPPETS, ids=[c["why"] for c in SNIPPETS])
def test_snippet(case: dict[str, Any]) -> None:
    document = Document(id="snippet", text=case["text"])
    quotes = extract_quotes(document, judge=case.get("judge"))
    _check_spans(document, quotes)
    assert _pairs(quotes) == case["quotes"]


def test_quotes_come_in_document_order() -> None:
    text = (DATA / "08_nested_brackets.txt").read_text("utf-8")
    quotes = extract_quotes(Document(id="d", text=text))
    starts = [q.provenance[0].span.start for q in quotes]
    assert starts == sorted(starts)
    assert len(starts) == len(set(starts))


def test_shared_people_index_gives_the_same_quotes() -> None:
    text = (DATA / "12_interrupted_mixed.txt").read_text("utf-8")
    document = Document(id="d", text=text)
    people = People(text)
    assert extract_quotes(document, people=people) == extract_quotes(document)
    assert people.fullest("Abernathy") == "Lionel Abernathy"


def test_a_repeated_quotation_is_one_quote_with_two_spans() -> None:
    text = "Judge Ana Ruiz ruled.\n“This is a historic day,” Ruiz said.\n“This is a historic day.”"
    document = Document(id="d", text=text)
    (quote,) = extract_quotes(document)
    _check_spans(document, (quote,))
    assert [p.span.start for p in quote.provenance] == [23, 60]


def test_no_quote_marks_no_quotes() -> None:
    assert extract_quotes(Document(id="d", text="Judge Ana Ruiz said the rule is unlawful.")) == ()


def test_judge_argument_names_the_court() -> None:
    text = "A state court ruled Monday. “The statute is void,” the court wrote."
    (quote,) = extract_quotes(Document(id="d", text=text), judge="Rosa Delgado")
    assert quote.speaker is not None
    assert quote.speaker.name == "Rosa Delgado"
    (quote,) = extract_quotes(Document(id="d", text=text))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.description) == (None, "state court")


_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "«",
        "»",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        " said ",
        " she said. ",
        " according to ",
        "Judge Ana Ruiz",
        " Ruiz ",
        " the court wrote",
        " he added, ",
        "U.S. ",
        "so-called ",
        "— Jo Kim (@jokim) May 1, 2025\n",
        "pic.twitter.com/x ",
        "A",
        "it’s",
        "[…]",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_never_raises_on_quote_like_text(text: str) -> None:
    document = Document(id="h", text=text)
    # the inner function, so that a bug is not hidden by extract_quotes' safety net
    _check_spans(document, quotes_module._extract(document, "Ana Ruiz", None))
    _check_spans(document, extract_quotes(document))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.none() | st.text(min_size=1, max_size=20))
def test_never_raises_on_any_text(text: str, judge: str | None) -> None:
    document = Document(id="h", text=text)
    _check_spans(
        document, extract_quotes(document, judge=judge if judge and judge.strip() else None)
    )


@pytest.mark.parametrize("name", ["30_university_grants.txt", "26_appeals_panel_reuters.txt"])
def test_hard_wrapped_text_reads_the_same(name: str) -> None:
    paragraphs = (DATA / name).read_text("utf-8").split("\n")
    text = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs if p.strip())
    document = Document(id="wrapped", text=text)
    quotes = extract_quotes(document)
    _check_spans(document, quotes)
    assert [[" ".join(t.split()), s] for t, s in _pairs(quotes)] == REPORTS[name]


@pytest.mark.parametrize("name", ["04_runon_paragraphs.txt", "09_social_posts.txt"])
def test_crlf_line_endings_read_the_same(name: str) -> None:
    text = (DATA / name).read_text("utf-8").replace("\n", "\r\n")
    document = Document(id="crlf", text=text)
    quotes = extract_quotes(document)
    _check_spans(document, quotes)
    assert [[t.rstrip("\r"), s] for t, s in _pairs(quotes)] == REPORTS[name]


_SENTENCE_PIECES = st.sampled_from(
    "Mr|U|S|.|. |! |? | |said|Calif|é|9|a|B|”|“|approx|No|vs|e.g|\n|(|A|The|…|’|Dist".split("|")
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join), st.lists(st.integers(0, 200)))
def test_sentence_starts_do_not_depend_on_earlier_questions(text: str, asked: list[int]) -> None:
    # sentence ends found on a line are kept for later questions; the answers must be
    # those of a scan from ``lo`` to just past ``pos``, whatever was asked before
    bounds: dict[int, tuple[int, list[int], list[int]]] = {}
    for n in asked:
        pos = n % (len(text) + 1)
        lo = min(pos, n // 7 % (len(text) + 1))
        expected = lo
        for m in quotes_module._BOUNDARY.finditer(text, lo, min(len(text), pos + 2)):
            if m.end() <= pos and quotes_module._is_boundary(text, m):
                expected = m.end()
        assert quotes_module._sentence_start(text, lo, pos, bounds) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=12).map("".join))
def test_abbreviation_shortcut_agrees_with_the_pattern(text: str) -> None:
    for m in quotes_module._BOUNDARY.finditer(text):
        dot = m.start()
        expected = text[dot] != "." or not quotes_module._abbrev_end_re().search(
            text, max(0, dot - 14), dot + 1
        )
        assert quotes_module._is_boundary(text, m) == expected

"""find_citations: one pass over a text for statutes, cases and dockets."""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casekit
from casekit import CaseCitation, CitationForm, DocketNumber, Document, StatuteCitation
from casekit.model.document import text_id

DATA = Path(__file__).parent / "data" / "case_citations"
EXAMPLES: list[dict[str, Any]] = json.loads((DATA / "find.json").read_text(encoding="utf-8"))
HAVE_STATUTES = importlib.util.find_spec("casekit.citations.statutes") is not None


def kind(c: object) -> str:
    if isinstance(c, CaseCitation):
        return "case"
    if isinstance(c, DocketNumber):
        return "docket"
    assert isinstance(c, StatuteCitation)
    return "statute"


def check_spans(text: str, found: list[Any], doc_id: str) -> None:
    starts = []
    for c in found:
        (prov,) = c.provenance
        assert prov.document == doc_id
        assert text[prov.span.slice()] == c.mention == prov.text
        starts.append(prov.span.start)
    assert starts == sorted(starts)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["note"][:50] for e in EXAMPLES])
def test_find_citations_examples(example: dict[str, Any]) -> None:
    text = example["text"]
    found = casekit.find_citations(text)
    check_spans(text, found, text_id(text))
    # [kind, canonical form, mention, canonical form of the antecedent]
    got = [
        [
            kind(c),
            str(c),
            c.mention,
            str(found[c.antecedent])
            if isinstance(c, CaseCitation) and c.antecedent is not None
            else None,
        ]
        for c in found
    ]
    expect = example["expect"]
    want = [[k, s, m, None if a is None else expect[a][1]] for k, s, m, a in expect]
    if not HAVE_STATUTES:  # pragma: no cover - the statute reader ships with casekit
        got = [g for g in got if g[0] != "statute"]
        want = [w for w in want if w[0] != "statute"]
    assert got == want


def test_statutes_are_found_alongside_cases() -> None:
    if not HAVE_STATUTES:  # pragma: no cover
        pytest.skip("needs the statute reader (casekit.citations.statutes)")
    found = casekit.find_citations("Under 8 U.S.C. § 1226(a) and Doe v. Roe, 5 F.4th 1 (2021).")
    assert [kind(c) for c in found] == ["statute", "case"]


def test_document_id_comes_from_the_document() -> None:
    doc = Document.from_text("See 598 U.S. 175, 180.", id="opinion-7")
    (cite,) = casekit.find_citations(doc)
    assert isinstance(cite, CaseCitation)
    assert cite.provenance[0].document == "opinion-7"
    assert cite.pin_cite == "180"


def test_find_case_citations_indexes_its_own_list() -> None:
    text = "No. 22-1 cites 42 U.S.C. § 1983 and Doe v. Roe, 5 F.4th 1 (2021). Id. at 3."
    cases = casekit.find_case_citations(text)
    assert [c.form for c in cases] == [CitationForm.FULL, CitationForm.ID]
    assert cases[1].antecedent == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She said. Ibid.", ["Id."]),
        ("Nothing to forbid. Id. at 4.", ["Id. at 4"]),
        ("Ibid. See also id., at 5.", ["Id.", "Id. at 5"]),
        ("Show the id. card; an ID. badge; a rabid. dog.", []),
        ("Casinos. No. 24-1260 was argued.", ["No. 24-1260"]),
        ("Nos. 24-1 and 24-2; Janos. 598 U.S. 1.", ["No. 24-1", "No. 24-2", "598 U.S. 1"]),
        ("the case, docket no. 24-1260, is closed", ["No. 24-1260"]),
        ("he said no. 24 jurors were called", []),
    ],
)
def test_anchors_on_word_edges(text: str, found: list[str]) -> None:
    assert [str(c) for c in casekit.find_citations(text)] == found


def test_refuses_what_is_not_text() -> None:
    with pytest.raises(casekit.InvalidCitation):
        casekit.find_citations(b"598 U.S. 175")  # type: ignore[arg-type]


# --- never raises -------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "598",
        " U.S. ",
        "U. S.",
        " F.3d",
        " S. Ct.",
        " at ",
        "Id.",
        " id., at ",
        "Ibid.",
        ", supra",
        " supra, at ",
        "No. ",
        "Nos. ",
        "25-cv-677",
        "1:25-cv-",
        " v. ",
        "Smith",
        "In re ",
        ", ",
        "(",
        ")",
        "(2023)",
        "(9th Cir.",
        " 2021)",
        "§",
        "§§ ",
        "42 U.S.C. ",
        "\n",
        "-",
        "–",
        "___",
        "*3",
        " n. 4",
        "1983",
        " 175",
        "Pub. L. No. ",
    ]
)
citation_soup = st.lists(_PIECES | st.text(max_size=6), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(citation_soup)
def test_never_raises_on_citation_soup(text: str) -> None:
    found = casekit.find_citations(text)
    check_spans(text, found, text_id(text))
    for i, c in enumerate(found):
        if isinstance(c, CaseCitation) and c.antecedent is not None:
            assert c.antecedent < i
            target = found[c.antecedent]
            assert isinstance(target, CaseCitation) and target.form is CitationForm.FULL


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    check_spans(text, casekit.find_citations(text), text_id(text))


CORPUS = Path(__file__).parent.parent / "benchmarks" / "corpus" / "scotus_ot2010_court.txt"


@pytest.mark.skipif(not CORPUS.exists(), reason="the benchmark corpus is not in this checkout")
def test_real_opinions() -> None:
    """Three slip opinions as pdftotext left them: spans, order and antecedents hold."""
    docs = CORPUS.read_text(encoding="utf-8").split("\n\f\n")[:3]
    for text in docs:
        found = casekit.find_citations(text)
        check_spans(text, found, text_id(text))
        spans = [c.provenance[0].span for c in found]
        # no overlaps (a list of sections, "§§ 2, 3", gives statutes sharing one span)
        assert all(a.end <= b.start or a == b for a, b in itertools.pairwise(spans))
        forms = [c.form for c in found if isinstance(c, CaseCitation)]
        assert forms.count(CitationForm.FULL) >= 10
        assert CitationForm.ID in forms and CitationForm.SHORT in forms
        for i, c in enumerate(found):
            if isinstance(c, CaseCitation) and c.antecedent is not None:
                target = found[c.antecedent]
                assert c.antecedent < i
                assert isinstance(target, CaseCitation) and target.form is CitationForm.FULL

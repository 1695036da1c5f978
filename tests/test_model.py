"""Records validate their input and raise precise, catchable errors."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import casekit as ck
from tests.strategies import RECORDS


def make(cls: Any, **fields: Any) -> Any:
    """Build a record from untyped fields (the tests pass wrong types on purpose)."""
    return cls(**fields)


@pytest.mark.parametrize(
    ("build", "where", "message"),
    [
        (lambda: make(ck.Span, start=-1, end=3), "Span.start", "must be >= 0, got -1"),
        (lambda: make(ck.Span, start=5, end=2), "Span.end", "must be >= start (5), got 2"),
        (lambda: make(ck.Span, start=1.5, end=2), "Span.start", "must be an int, got 1.5"),
        (lambda: make(ck.Span, start=True, end=2), "Span.start", "must be an int, got True"),
        (
            lambda: make(ck.Provenance, document="d", span=ck.Span(start=0, end=4), text="abc"),
            "Provenance.text",
            "has 3 characters but the span covers 4",
        ),
        (
            lambda: make(ck.Provenance, document="", span=ck.Span(start=0, end=0), text=""),
            "Provenance.document",
            "must not be empty",
        ),
        (lambda: make(ck.Party, name="X", role="plaintiff"), "Party.role", "must be PartyRole"),
        (lambda: make(ck.Party, name="  "), "Party.name", "must not be empty"),
        (lambda: make(ck.Party, name="X", aliases=["Y"]), "Party.aliases", "must be a tuple"),
        (
            lambda: make(ck.Party, name="X", aliases=("Y", 3)),
            "Party.aliases[1]",
            "must be str, got 3",
        ),
        (lambda: make(ck.Speaker), "Speaker", "needs a name or a description"),
        (lambda: make(ck.Ruling, outcome="denied"), "Ruling.outcome", "must be Outcome"),
        (lambda: make(ck.Ruling, judges=("Ana Ruiz",)), "Ruling.judges[0]", "must be Judge"),
        (
            lambda: make(ck.Ruling, decided=dt.date(2025, 5, 12)),
            "Ruling.decided",
            "must be PartialDate",
        ),
        (lambda: make(ck.Document, id="d", text=None), "Document.text", "must be str"),
        (
            lambda: make(ck.Document, id="d", text="t", published="2025-05-13"),
            "Document.published",
            "",
        ),
        (lambda: make(ck.Court, id=""), "Court.id", "must not be empty"),
        (lambda: make(ck.StatuteCitation, code="U.S.C.", title=26), "StatuteCitation.title", ""),
        (lambda: make(ck.CaseCitation, year=-5), "CaseCitation.year", "must be >= 0"),
        (lambda: make(ck.PartialDate, year=2025, month=2, day=30), "PartialDate", "not a date"),
        (lambda: make(ck.PartialDate, year=2025, day=3), "PartialDate.day", "a day needs a month"),
        (lambda: ck.PartialDate.parse("May 2025"), "PartialDate", "must be YYYY"),
        (lambda: make(ck.Extraction, document="text"), "Extraction.document", "must be Document"),
        (
            lambda: make(ck.Problem, source="f.jsonl", reason=""),
            "Problem.reason",
            "must not be empty",
        ),
    ],
)
def test_invalid_input_raises_a_clear_error(build: Any, where: str, message: str) -> None:
    with pytest.raises(ck.InvalidRecord) as info:
        build()
    err = info.value
    assert err.where == where
    assert message in str(err)
    assert str(err).startswith(where + ": ")
    # catchable as casekit's root error and as the builtins it refines
    assert isinstance(err, ck.CaseKitError)
    assert isinstance(err, ValueError)
    assert isinstance(err, TypeError)


def test_unknown_enum_value_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'witness' is not a valid PartyRole"):
        ck.PartyRole("witness")


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda c: c.__name__)
def test_records_are_frozen_and_slotted(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    for field in attrs.fields(cls):
        assert "list" not in str(field.type), f"{cls.__name__}.{field.name} should be a tuple"


@settings(max_examples=30, deadline=None)
@given(RECORDS[ck.Extraction])
def test_records_cannot_be_changed_and_pickle(extraction: ck.Extraction) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        extraction.quotes = ()  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_span_and_provenance_point_back_into_the_text() -> None:
    text = "A federal judge on Tuesday blocked the rule."
    start = text.index("blocked")
    prov = ck.Provenance.of("doc-1", text, start, start + len("blocked"))
    assert prov.text == "blocked"
    assert prov.span.of(text) == text[prov.span.slice()] == "blocked"
    assert ck.Span(start=2, end=9).contains(prov.span) is False
    assert ck.Span(start=0, end=len(text)).contains(prov.span)
    assert prov.span.overlaps(ck.Span(start=start + 3, end=start + 20))
    assert not prov.span.overlaps(ck.Span(start=0, end=start))
    assert prov.span.shift(-start) == ck.Span(start=0, end=7)


def test_document_ids_are_stable_and_derived_from_text() -> None:
    a = ck.Document.from_text("same text")
    b = ck.Document.from_text("same text", title="A title")
    c = ck.Document.from_text("other text")
    assert a.id == b.id != c.id
    assert a.id.startswith("sha1:") and len(a.id) == len("sha1:") + 12
    assert ck.Document.from_text("x", id="report-7").id == "report-7"


def test_document_metadata_is_copied_and_document_is_hashable() -> None:
    meta = {"section": "politics"}
    doc = ck.Document(id="d", text="t", metadata=meta)
    meta["section"] = "sports"
    assert doc.metadata == {"section": "politics"}
    assert hash(doc) == hash(ck.Document(id="d", text="t", metadata={"x": 1}))


def test_partial_date_keeps_precision_and_orders() -> None:
    year, month, day = (ck.PartialDate.parse(s) for s in ("1931", "1931-02", "1931-02-03"))
    assert [str(year), str(month), str(day)] == ["1931", "1931-02", "1931-02-03"]
    assert [d.precision for d in (year, month, day)] == ["year", "month", "day"]
    assert year < month < day
    assert month.to_date() is None
    assert day.to_date() == dt.date(1931, 2, 3)
    assert ck.PartialDate.from_date(dt.date(2025, 5, 12)) == ck.PartialDate.parse("2025-05-12")


def test_judge_surname_skips_suffixes() -> None:
    assert ck.Judge(name="Martin Luther King Jr.").surname == "King"
    assert ck.Judge(name="John Roberts, III").surname == "Roberts"
    assert ck.Judge(name="Sotomayor").surname == "Sotomayor"


def test_ruling_judge_is_the_first_of_the_panel() -> None:
    panel = tuple(ck.Judge(name=n) for n in ("A One", "B Two", "C Three"))
    assert ck.Ruling(judges=panel).judge == panel[0]
    assert ck.Ruling().judge is None


def test_case_filters_parties_by_role() -> None:
    plaintiff = ck.Party(name="Acme Corp.", role=ck.PartyRole.PLAINTIFF)
    defendant = ck.Party(name="Jane Roe", role=ck.PartyRole.DEFENDANT)
    case = ck.Case(parties=(plaintiff, defendant))
    assert case.parties_in(ck.PartyRole.DEFENDANT) == (defendant,)
    assert case.parties_in(ck.PartyRole.AMICUS) == ()


def test_statute_equality_ignores_how_it_was_written() -> None:
    a = ck.StatuteCitation(title="26", code="U.S.C.", section="6103", mention="26 USC 6103")
    b = ck.StatuteCitation(title="26", code="U.S.C.", section="6103", mention="§ 6103")
    assert a == b and hash(a) == hash(b)
    assert ck.StatuteCitation(title="26", code="u.s.c.", section="6103") == a


def test_statutes_sort_numerically() -> None:
    cites = [
        ck.StatuteCitation(title="42", code="U.S.C.", section=s)
        for s in ("2000e-2", "1983", "21", "2000e", "1988")
    ]
    assert [c.section for c in sorted(cites)] == ["21", "1983", "1988", "2000e", "2000e-2"]


def test_statute_containment_and_section_citation() -> None:
    whole = ck.StatuteCitation(title="26", code="U.S.C.", section="6103")
    part = ck.StatuteCitation(title="26", code="U.S.C.", section="6103", subsections=("i", "2"))
    other = ck.StatuteCitation(title="26", code="U.S.C.", section="6104")
    assert part in whole and whole in whole
    assert whole not in part and other not in whole
    assert part.section_citation() == whole
    assert str(part) == "26 U.S.C. § 6103(i)(2)"


def test_case_and_docket_citations_format() -> None:
    full = ck.CaseCitation(
        volume="515", reporter="F. Supp. 3d", page="627", court="S.D. Tex.", year=2021
    )
    assert str(full) == "515 F. Supp. 3d 627 (S.D. Tex. 2021)"
    short = ck.CaseCitation(
        volume="598", reporter="U.S.", page="175", pin_cite="180", form=ck.CitationForm.SHORT
    )
    assert str(short) == "598 U.S. at 180"
    assert str(ck.CaseCitation(form=ck.CitationForm.ID, pin_cite="5")) == "Id. at 5"
    assert str(ck.DocketNumber(number="24A1007")) == "No. 24A1007"

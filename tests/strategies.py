"""Hypothesis strategies for every record type (shared by the property tests)."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

import casekit as ck

# Printable text with some non-ASCII, never blank (many fields refuse blank strings).
_ALPHABET = string.ascii_letters + string.digits + " .,'-§–“”’éñü"
words = st.text(alphabet=_ALPHABET, min_size=1, max_size=24).filter(lambda s: s.strip() != "")
optional_words = st.none() | words
dates = st.dates(min_value=dt.date(1789, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> ck.Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return ck.Span(start=start, end=start + draw(st.integers(min_value=0, max_value=500)))


@st.composite
def provenances(draw: st.DrawFn) -> ck.Provenance:
    text = draw(st.text(max_size=40))
    start = draw(st.integers(min_value=0, max_value=10_000))
    span = ck.Span(start=start, end=start + len(text))
    return ck.Provenance(document=draw(words), span=span, text=text)


provenance_tuples = st.lists(provenances(), max_size=2).map(tuple)
word_tuples = st.lists(words, max_size=3).map(tuple)


@st.composite
def partial_dates(draw: st.DrawFn) -> ck.PartialDate:
    date = draw(dates)
    precision = draw(st.sampled_from(["day", "month", "year"]))
    return ck.PartialDate(
        year=date.year,
        month=None if precision == "year" else date.month,
        day=date.day if precision == "day" else None,
    )


metadata_values = st.none() | st.booleans() | st.integers() | words | st.floats(allow_nan=False)

documents = st.builds(
    ck.Document,
    id=words,
    text=st.text(max_size=200),
    title=optional_words,
    source=optional_words,
    url=optional_words,
    published=st.none() | dates,
    kind=st.sampled_from(ck.DocumentKind),
    metadata=st.dictionaries(words, metadata_values, max_size=3),
    warnings=word_tuples,
)
courts = st.builds(
    ck.Court,
    id=words,
    name=optional_words,
    citation=optional_words,
    jurisdiction=optional_words,
    level=st.none() | st.sampled_from(ck.CourtLevel),
)
judges = st.builds(ck.Judge, name=words, title=optional_words, provenance=provenance_tuples)
parties = st.builds(
    ck.Party,
    name=words,
    role=st.none() | st.sampled_from(ck.PartyRole),
    kind=st.none() | st.sampled_from(ck.PartyKind),
    aliases=word_tuples,
    provenance=provenance_tuples,
)
speakers = st.one_of(
    st.builds(ck.Speaker, name=words, description=optional_words),
    st.builds(ck.Speaker, name=st.none(), description=words),
)
quotes = st.builds(ck.Quote, text=words, speaker=st.none() | speakers, provenance=provenance_tuples)
rulings = st.builds(
    ck.Ruling,
    court=st.none() | courts,
    judges=st.lists(judges, max_size=3).map(tuple),
    decided=st.none() | partial_dates(),
    outcome=st.none() | st.sampled_from(ck.Outcome),
    relief=optional_words,
    per_curiam=st.booleans(),
    provenance=provenance_tuples,
)
section_numbers = st.from_regex(r"[1-9][0-9]{0,4}[a-z]?(-[1-9][0-9]?)?", fullmatch=True)
statutes = st.builds(
    ck.StatuteCitation,
    jurisdiction=st.sampled_from(["us", "ca", "ny"]),
    code=st.sampled_from(["U.S.C.", "C.F.R.", "Cal. Penal Code"]),
    title=st.none() | st.integers(1, 54).map(str),
    section=st.none() | section_numbers,
    subsections=st.lists(st.from_regex(r"[a-z0-9]{1,3}", fullmatch=True), max_size=3).map(tuple),
    section_end=st.none() | section_numbers,
    et_seq=st.booleans(),
    name=optional_words,
    mention=st.none() | st.text(max_size=30),
    provenance=provenance_tuples,
)
case_citations = st.builds(
    ck.CaseCitation,
    volume=optional_words,
    reporter=optional_words,
    page=optional_words,
    pin_cite=optional_words,
    court=optional_words,
    court_id=optional_words,
    year=st.none() | st.integers(1700, 2100),
    case_name=optional_words,
    parenthetical=optional_words,
    form=st.sampled_from(ck.CitationForm),
    antecedent=st.none() | st.integers(0, 50),
    mention=st.none() | st.text(max_size=30),
    provenance=provenance_tuples,
)
dockets = st.builds(
    ck.DocketNumber,
    number=words,
    court=optional_words,
    mention=st.none() | st.text(max_size=30),
    provenance=provenance_tuples,
)
cases = st.builds(
    ck.Case,
    id=optional_words,
    caption=optional_words,
    full_name=optional_words,
    docket_numbers=word_tuples,
    court=st.none() | courts,
    parties=st.lists(parties, max_size=3).map(tuple),
    rulings=st.lists(rulings, max_size=2).map(tuple),
    citations=st.lists(case_citations, max_size=2).map(tuple),
    provenance=provenance_tuples,
)
problems = st.builds(ck.Problem, source=words, location=optional_words, reason=words)
extractions = st.builds(
    ck.Extraction,
    document=documents,
    case=cases,
    statutes=st.lists(statutes, max_size=3).map(tuple),
    citations=st.lists(case_citations, max_size=2).map(tuple),
    dockets=st.lists(dockets, max_size=2).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    warnings=word_tuples,
)

facts = st.builds(
    ck.Fact,
    field=st.sampled_from(["caption", "court", "judge", "decided", "outcome"]),
    value=words,
    documents=word_tuples,
    provenance=provenance_tuples,
)
conflicts = st.builds(ck.Conflict, field=words, values=st.lists(facts, max_size=3).map(tuple))
case_files = st.builds(
    ck.CaseFile,
    id=words,
    documents=word_tuples,
    case=cases,
    facts=st.lists(facts, max_size=3).map(tuple),
    statutes=st.lists(statutes, max_size=2).map(tuple),
    quotes=st.lists(quotes, max_size=2).map(tuple),
    conflicts=st.lists(conflicts, max_size=2).map(tuple),
)

#: a strategy for every top-level record type
RECORDS: dict[type, st.SearchStrategy[object]] = {
    ck.Span: spans(),
    ck.Provenance: provenances(),
    ck.PartialDate: partial_dates(),
    ck.Document: documents,
    ck.Court: courts,
    ck.Judge: judges,
    ck.Party: parties,
    ck.Speaker: speakers,
    ck.Quote: quotes,
    ck.Ruling: rulings,
    ck.StatuteCitation: statutes,
    ck.CaseCitation: case_citations,
    ck.DocketNumber: dockets,
    ck.Case: cases,
    ck.Problem: problems,
    ck.Extraction: extractions,
    ck.Fact: facts,
    ck.Conflict: conflicts,
    ck.CaseFile: case_files,
}

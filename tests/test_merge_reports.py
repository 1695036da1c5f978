"""Merging real extractions: reports of several cases mixed together separate correctly.

The data are three sets of three reports about three fictional rulings
(tests/data/merge_reports, with expected.json), the five bundled example reports of one
real ruling, and the 28 single reports of tests/data/reports (each about its own case).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import casekit as ck
from casekit.merging.quotes import same_quotation

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples" / "reports"


@cache
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "merge_reports" / "expected.json").read_text())
    return data["sets"]  # type: ignore[no-any-return]


@cache
def case_files() -> tuple[ck.CaseFile, ...]:
    sources = [DATA / "merge_reports", EXAMPLES, DATA / "reports"]
    documents = ck.read_many(*(str(s) for s in sources))
    return tuple(ck.merge(ck.extract(d) for d in documents))


def by_documents() -> dict[frozenset[str], ck.CaseFile]:
    return {frozenset(f.documents): f for f in case_files()}


def test_each_set_of_reports_becomes_exactly_one_case_file() -> None:
    groups = by_documents()
    for name, case in expected().items():
        assert frozenset(case["documents"]) in groups, f"set {name} was split or mixed"
    examples = frozenset(p.name for p in EXAMPLES.glob("*.txt"))
    assert examples in groups
    singles = {p.name for p in (DATA / "reports").glob("*.txt")}
    for documents in groups:
        if documents & singles:
            assert len(documents) == 1, f"unrelated reports merged: {sorted(documents)}"


def test_no_quotation_or_party_crosses_between_cases() -> None:
    for case_file in case_files():
        documents = set(case_file.documents)
        for quote in case_file.quotes:
            assert {p.document for p in quote.provenance} <= documents
        for party in case_file.case.parties:
            assert {p.document for p in party.provenance} <= documents
        for statute in case_file.statutes:
            assert {p.document for p in statute.provenance} <= documents


def test_each_shared_quotation_is_one_quote_with_all_its_printings() -> None:
    # Every printing the extractor found lands in one merged quote; the printings it
    # found cover nearly all of those in the reports.
    groups = by_documents()
    found = printed = 0
    for case in expected().values():
        case_file = groups[frozenset(case["documents"])]
        for shared in case["shared_quotes"]:
            holders = [q for q in case_file.quotes if same_quotation(q.text, shared["text"])]
            assert len(holders) == 1, shared["text"]
            printed_by = {p.document for p in holders[0].provenance}
            assert printed_by <= set(shared["documents"]), shared["text"]
            found += len(printed_by)
            printed += len(shared["documents"])
    assert found / printed >= 0.85, f"{found} of {printed} printings merged"


def test_distinct_quotations_stay_distinct() -> None:
    for case_file in case_files():
        texts = [q.text for q in case_file.quotes]
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                assert not same_quotation(a, b), (a, b)


def _kept(case_file: ck.CaseFile) -> dict[str, str | None]:
    case = case_file.case
    ruling = case.rulings[0] if case.rulings else None
    return {
        "caption": case.caption,
        "court": case.court.id if case.court else None,
        "judge": ruling.judge.name if ruling and ruling.judge else None,
        "decided": str(ruling.decided) if ruling and ruling.decided else None,
        "outcome": ruling.outcome.value if ruling and ruling.outcome else None,
        "relief": ruling.relief if ruling else None,
    }


def test_merged_facts_match_the_expected_account() -> None:
    groups = by_documents()
    right = total = 0
    for case in expected().values():
        kept = _kept(groups[frozenset(case["documents"])])
        for field, value in kept.items():
            total += 1
            right += value == case[field]
    assert right / total >= 0.7, f"{right} of {total} merged facts right"


def test_the_example_reports_merge_into_one_account_of_the_ruling() -> None:
    examples = frozenset(p.name for p in EXAMPLES.glob("*.txt"))
    case_file = by_documents()[examples]
    assert _kept(case_file) == {
        "caption": "Centro de Trabajadores Unidos v. Bessent",
        "court": "dcd",
        "judge": "Dabney Friedrich",
        "decided": "2025-05-12",
        "outcome": "denied",
        "relief": "preliminary injunction",
    }
    parties = {(p.name, p.role) for p in case_file.case.parties}
    assert {
        ("Centro de Trabajadores Unidos", ck.PartyRole.PLAINTIFF),
        ("Immigrant Solidarity DuPage", ck.PartyRole.PLAINTIFF),
        ("Scott Bessent", ck.PartyRole.DEFENDANT),
    } <= parties
    assert "26 U.S.C. § 6103(i)(2)" in {str(s) for s in case_file.statutes}
    core = [q for q in case_file.quotes if q.text.startswith("At its core")]
    assert len(core) == 1
    assert len({p.document for p in core[0].provenance}) == 3

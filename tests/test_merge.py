"""Merging reports into case files: grouping, names, quotes, facts, conflicts, output."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.cli import main
from casekit.merging.brief import brief
from casekit.merging.names import NameClusters, same_name
from casekit.merging.quotes import same_quotation
from casekit.merging.summary import case_file_summary
from tests.merge_builders import report

P, D = ck.PartyRole.PLAINTIFF, ck.PartyRole.DEFENDANT
USC = ck.StatuteCitation(title="42", code="U.S.C.", section="1983")

# Three reports of a voting-rights ruling, two of an unrelated tariff case.
VOTE_A = report(
    "wire.txt",
    "A federal judge in Atlanta on Friday blocked Georgia's new voter roll rule in "
    "League of Voters v. Raffield. U.S. District Judge Marisol Ortega wrote: “The State "
    "cannot purge eligible voters on the strength of a rumor.” The group sued Secretary "
    "of State Brad Raffield under 42 U.S.C. § 1983.",
    caption="League of Voters v. Raffield",
    court="gand",
    judge="Marisol Ortega",
    decided="2024-06-07",
    outcome=ck.Outcome.GRANTED,
    relief="preliminary injunction",
    parties=[("League of Voters", P), ("Brad Raffield", D)],
    quotes=[
        ("The State cannot purge eligible voters on the strength of a rumor.", "Marisol Ortega")
    ],
    statutes=[USC],
)
VOTE_B = report(
    "paper.txt",
    'Judge Ortega granted an injunction Friday. "The state cannot purge eligible voters on '
    'the strength of a rumor," Ortega wrote. Raffield said he would appeal. "We will appeal '
    'this decision to the Eleventh Circuit without delay," Raffield said.',
    judge="Ortega",
    decided="2024-06-07",
    outcome=ck.Outcome.GRANTED,
    relief="injunction",
    parties=[("Raffield", D)],
    quotes=[
        ("The state cannot purge eligible voters on the strength of a rumor,", "Ortega"),
        ("We will appeal this decision to the Eleventh Circuit without delay,", "Raffield"),
    ],
)
VOTE_C = report(
    "blog.txt",
    "In League of Voters v. Raffield, a § 1983 suit, the court tossed the rule. “purge eligible "
    "voters on the strength of a rumor,” the judge said. Critics said the suit should be "
    "dismissed. “We will appeal this decision,” a spokesperson for the secretary said.",
    caption="League of Voters vs. Raffield",
    judge="Marisol Ortega",
    outcome=ck.Outcome.DISMISSED,
    quotes=[
        ("purge eligible voters on the strength of a rumor,", "Marisol Ortega"),
        ("We will appeal this decision,", "spokesperson for the secretary"),
    ],
    statutes=[ck.StatuteCitation(title="42", code="U.S.C.", section="1983", mention="§ 1983")],
)
TARIFF_A = report(
    "trade1.txt",
    "The U.S. Court of International Trade on Tuesday struck down the tariffs in Acme "
    "Imports v. United States, No. 25-00066. “The statute grants no such power,” the panel "
    "wrote.",
    caption="Acme Imports v. United States",
    docket="25-00066",
    court="cit",
    outcome=ck.Outcome.GRANTED,
    relief="summary judgment",
    parties=[("Acme Imports", P), ("United States", D)],
    quotes=[("The statute grants no such power,", "court")],
)
TARIFF_B = report(
    "trade2.txt",
    "Importers won summary judgment on Tuesday (No. 25-00066). Acme Imports' lawyer said: "
    "“We will appeal nothing; this decision vindicates every importer in the country.”",
    docket="No. 25-00066",
    outcome=ck.Outcome.GRANTED,
    relief="summary judgment",
    parties=[("Acme Imports", P)],
    quotes=[("We will appeal nothing; this decision vindicates every importer", "lawyer")],
)


@pytest.fixture
def files() -> list[ck.CaseFile]:
    return ck.merge([VOTE_A, TARIFF_A, VOTE_B, TARIFF_B, VOTE_C])


def test_reports_group_by_case_in_order_of_first_appearance(files: list[ck.CaseFile]) -> None:
    assert [f.documents for f in files] == [
        ("wire.txt", "paper.txt", "blog.txt"),
        ("trade1.txt", "trade2.txt"),
    ]


def test_no_quote_or_party_crosses_between_cases(files: list[ck.CaseFile]) -> None:
    for case_file in files:
        docs = set(case_file.documents)
        for quote in case_file.quotes:
            assert {p.document for p in quote.provenance} <= docs
        for party in case_file.case.parties:
            assert {p.document for p in party.provenance} <= docs
    assert "United States" not in [p.name for p in files[0].case.parties]


def test_facts_from_single_reports_fill_the_case(files: list[ck.CaseFile]) -> None:
    vote, tariff = files
    assert vote.case.caption == "League of Voters v. Raffield"
    assert vote.case.court is not None
    assert vote.case.court.id == "gand"
    assert tariff.case.docket_numbers == ("25-00066",)
    assert [f.documents for f in tariff.facts_for("docket")] == [("trade1.txt", "trade2.txt")]


def test_partial_and_full_names_unify(files: list[ck.CaseFile]) -> None:
    vote = files[0]
    ruling = vote.case.rulings[0]
    assert ruling.judge is not None
    assert ruling.judge.name == "Marisol Ortega"
    judge_fact = vote.facts_for("judge")[0]
    assert judge_fact.documents == ("wire.txt", "paper.txt", "blog.txt")
    defendant = next(p for p in vote.case.parties if p.role is D)
    assert defendant.name == "Brad Raffield"
    assert "Raffield" in defendant.aliases
    assert {p.document for p in defendant.provenance} == {"wire.txt", "paper.txt"}


def test_one_quotation_printed_by_several_outlets_is_one_quote(files: list[ck.CaseFile]) -> None:
    vote = files[0]
    rumor = [q for q in vote.quotes if "rumor" in q.text]
    assert len(rumor) == 1
    assert rumor[0].text.startswith("The State cannot purge")
    assert [p.document for p in rumor[0].provenance] == ["wire.txt", "paper.txt", "blog.txt"]
    assert rumor[0].speaker == ck.Speaker(name="Marisol Ortega")
    appeal = [q for q in vote.quotes if "appeal" in q.text]
    # the short printing is contained in the long one: same quotation, two speakers' forms
    assert len(appeal) == 1
    assert appeal[0].text.startswith("We will appeal this decision to the Eleventh")


def test_conflicts_keep_the_best_supported_value(files: list[ck.CaseFile]) -> None:
    vote = files[0]
    assert vote.case.rulings[0].outcome is ck.Outcome.GRANTED
    (conflict,) = [c for c in vote.conflicts if c.field == "outcome"]
    assert [(v.value, v.documents) for v in conflict.values] == [
        ("granted", ("wire.txt", "paper.txt")),
        ("dismissed", ("blog.txt",)),
    ]
    # "injunction" is the same relief as "preliminary injunction", said less precisely
    assert vote.case.rulings[0].relief == "preliminary injunction"
    assert not [c for c in vote.conflicts if c.field == "relief"]


def test_statutes_merge_with_all_their_mentions(files: list[ck.CaseFile]) -> None:
    (statute,) = files[0].statutes
    assert str(statute) == "42 U.S.C. § 1983"
    assert [p.document for p in statute.provenance] == ["wire.txt", "blog.txt"]
    assert [p.text for p in statute.provenance] == ["42 U.S.C. § 1983", "§ 1983"]


def test_different_quotations_never_merge() -> None:
    assert not same_quotation("We will appeal.", "We will not appeal.")
    assert not same_quotation("This is a great day for voters.", "This is a sad day for voters.")
    assert same_quotation(
        "“A ‘narrow’ ruling — nothing more…”", "\"a 'narrow' ruling -- nothing more\""
    )
    assert same_quotation("nothing more", "A narrow ruling, nothing more.") is False


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bessent", "Treasury Secretary Scott Bessent", True),
        ("Judge Dana Lee", "Dana Lee", True),
        ("EPA", "Environmental Protection Agency", True),
        ("ACLU", "American Civil Liberties Union", True),
        ("epa", "Environmental Protection Agency", False),  # lower case is a word, not an acronym
        ("Jane Roe", "John Roe", False),
        ("Sierra Club", "Sierra Club Foundation", False),
        ("Voters", "League of Voters", True),
        ("League", "League of Voters", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
    assert same_name(b, a) is same


def test_an_ambiguous_surname_stays_apart() -> None:
    clusters = NameClusters(["Jane Roe", "John Roe", "Roe"])
    assert clusters.canonical("Roe") == "Roe"
    assert clusters.canonical("Jane Roe") == "Jane Roe"


def test_summary_and_brief(files: list[ck.CaseFile]) -> None:
    summary = case_file_summary(files[0])
    assert summary["format"] == "casekit.summary/1"
    assert summary["document"] == ["wire.txt", "paper.txt", "blog.txt"]
    assert summary["rulings"][0] == {
        "judge": "Marisol Ortega",
        "court": "gand",
        "decided": "2024-06-07",
        "outcome": "granted",
        "relief": "preliminary injunction",
    }
    text = brief(files[0], sources={"wire.txt": "Wire Service"})
    assert text.startswith("# League of Voters v. Raffield\n")
    assert "| Outcome | granted | Wire Service, paper.txt |" in text
    assert "## Where the documents disagree" in text
    assert "- **outcome:** granted (Wire Service, paper.txt); dismissed (blog.txt)" in text
    assert "> — Marisol Ortega; printed by Wire Service, paper.txt, blog.txt" in text


def test_cli_merge_reads_extraction_json_lines(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "extractions.jsonl"
    lines = [ck.to_json(e) for e in (VOTE_A, TARIFF_A, VOTE_B)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["merge", "--extractions", "--format", "summary", str(path)]) == 0
    summaries = json.loads(capsys.readouterr().out)
    assert [s["document"] for s in summaries] == [["wire.txt", "paper.txt"], ["trade1.txt"]]
    assert main(["merge", "--extractions", str(path)]) == 0
    back = ck.from_json(capsys.readouterr().out, list[ck.CaseFile])
    assert back == ck.merge([VOTE_A, TARIFF_A, VOTE_B])


extraction_lists = st.lists(
    st.sampled_from([VOTE_A, VOTE_B, VOTE_C, TARIFF_A, TARIFF_B]), max_size=8, unique=True
)


@settings(max_examples=40, deadline=None)
@given(extraction_lists)
def test_every_document_lands_in_exactly_one_case_file(extractions: list[ck.Extraction]) -> None:
    files = ck.merge(extractions)
    merged = [d for f in files for d in f.documents]
    assert sorted(merged) == sorted(e.document.id for e in extractions)
    for f in files:
        assert f.documents
        assert len({d.startswith("trade") for d in f.documents}) == 1


def test_a_date_resolved_in_one_report_dates_the_others_same_weekday() -> None:
    dated = report(
        "dated.txt",
        "WASHINGTON (June 10, 2024) — Judge Ana Ruiz on Friday granted a stay.",
        caption="Doe v. Roe",
        judge="Ana Ruiz",
        decided="2024-06-07",
        outcome=ck.Outcome.GRANTED,
        relief="stay",
    )

    def undated(doc_id: str, sentence: str) -> ck.Extraction:
        text = f"In Doe v. Roe, {sentence}"
        extraction = report(
            doc_id, text, caption="Doe v. Roe", judge="Ruiz", outcome=ck.Outcome.GRANTED
        )
        ruling = extraction.case.rulings[0]
        where = ck.Provenance.of(doc_id, text, 0, len(text))
        ruling = attrs.evolve(ruling, provenance=(where,))
        return attrs.evolve(extraction, case=attrs.evolve(extraction.case, rulings=(ruling,)))

    friday = undated("friday.txt", "Judge Ruiz late Friday granted the stay.")
    monday = undated("monday.txt", "Judge Ruiz on Monday granted the stay.")
    (case_file,) = ck.merge([dated, friday, monday])
    (fact,) = case_file.facts_for("decided")
    assert fact.value == "2024-06-07"
    assert fact.documents == ("dated.txt", "friday.txt")  # Monday is another day
    assert [p.text for p in fact.provenance if p.document == "friday.txt"] == ["late Friday"]

"""casekit.extract: rulings, parties, captions, dates, and scores on report collections."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casekit
from casekit import Document, Extraction, PartyRole, extract
from casekit.extractors.caption import find_captions, main_caption
from casekit.extractors.dates import anchor_date, find_dates
from casekit.extractors.outcome import find_events
from casekit.news.read import read

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "extract"


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _doc(text: str, published: str | None = None) -> Document:
    return Document(
        id="t.txt", text=text, published=dt.date.fromisoformat(published) if published else None
    )


@pytest.mark.parametrize("case", _load("rulings.json"), ids=lambda c: c["text"][:40])
def test_main_ruling(case: dict[str, Any]) -> None:
    rulings = extract(_doc(case["text"], case["published"])).case.rulings
    assert rulings, "no ruling found"
    r = rulings[0]
    assert (r.judge.name if r.judge else None) == case["judge"]
    assert (r.outcome.value if r.outcome else None) == case["outcome"]
    assert r.relief == case["relief"]
    assert (str(r.decided) if r.decided else None) == case["decided"]


@pytest.mark.parametrize("case", _load("parties.json"), ids=lambda c: c["text"][:40])
def test_parties(case: dict[str, Any]) -> None:
    parties = extract(_doc(case["text"])).case.parties
    assert [[p.name, p.role.value if p.role else None] for p in parties] == case["parties"]


@pytest.mark.parametrize(("text", "expected"), _load("captions.json"))
def test_caption(text: str, expected: str | None) -> None:
    caption = main_caption(text, find_captions(text))
    assert (caption.name if caption else None) == expected
    assert extract(_doc(text)).case.caption == expected


def test_earlier_ruling_is_second() -> None:
    text = (
        "A federal judge on Monday denied a preliminary injunction. U.S. District Judge "
        "Ana Ruiz had previously refused to issue a temporary restraining order."
    )
    rulings = extract(_doc(text)).case.rulings
    assert [(r.outcome.value if r.outcome else None, r.relief) for r in rulings] == [
        ("denied", "preliminary injunction"),
        ("denied", "temporary restraining order"),
    ]
    assert rulings[0].judge is not None and rulings[0].judge.name == "Ana Ruiz"


def test_relative_date_anchored_by_embedded_post() -> None:
    text = (
        "A federal judge on Monday denied the request.\n"
        "Big news today pic.twitter.com/x\n— A Reporter (@areporter) May 13, 2025"
    )
    assert anchor_date(text, None) == dt.date(2025, 5, 13)
    assert str(extract(_doc(text)).case.rulings[0].decided) == "2025-05-12"


def test_relative_date_without_anchor_stays_unknown() -> None:
    assert (
        extract(_doc("A federal judge late Tuesday blocked the rule.")).case.rulings[0].decided
        is None
    )


def test_dates_found() -> None:
    found = find_dates("on Jan. 3, 2024 and on Friday and yesterday")
    assert [(m.year, m.month, m.day, m.weekday, m.shift) for m in found] == [
        (2024, 1, 3, None, None),
        (None, None, None, 4, None),
        (None, None, None, None, -1),
    ]


def test_infinitives_and_conditionals_are_not_outcomes() -> None:
    text = "The groups tried to block the rule, and three justices would have denied it."
    assert find_events(text, 0, len(text)) == []


def test_court_from_news_phrasing() -> None:
    text = "A federal judge in Brooklyn on Friday blocked the city's curfew."
    e = extract(_doc(text))
    assert e.case.court is not None and e.case.court.id == "nyed"
    assert e.case.rulings[0].court == e.case.court


def test_full_names_from_anywhere_in_the_text() -> None:
    text = (
        "The case is Pine Ridge Clinic v. Whitlock. Judge Soto denied the motion. "
        "Health Secretary Dana Whitlock welcomed it, and U.S. District Judge Amelia Soto "
        "is expected to rule again."
    )
    e = extract(_doc(text))
    assert [(p.name, p.role) for p in e.case.parties] == [
        ("Pine Ridge Clinic", PartyRole.PLAINTIFF),
        ("Dana Whitlock", PartyRole.DEFENDANT),
    ]
    judge = e.case.rulings[0].judge
    assert judge is not None and judge.name == "Amelia Soto"


def _spans(e: Extraction) -> list[casekit.Provenance]:
    out = list(e.case.provenance)
    for p in e.case.parties:
        out += p.provenance
    for r in e.case.rulings:
        out += r.provenance
        for j in r.judges:
            out += j.provenance
    for s in e.statutes:
        out += s.provenance
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "A federal judge on Monday blocked the rule.",
                "Judge Ana Ruiz",
                " v. ",
                "sued",
                "the lawsuit filed by",
                "“quoted,” she said.",
                "(@h) May 13, 2025",
                ", including ",
                "\n",
                "Supreme Court",
                "the appellant, ",
                "Acme Inc.",
            ]
        )
        | st.text(max_size=30),
        max_size=25,
    ).map("".join)
)
def test_never_raises_and_spans_hold_their_facts(text: str) -> None:
    e = extract(Document(id="h", text=text))
    for p in _spans(e):
        assert text[p.span.start : p.span.end] == p.text


def _score(pred: Path, gold: Path) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("casekit_score", ROOT / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["casekit_score"] = module
    spec.loader.exec_module(module)
    result: dict[str, Any] = module.score_dirs(str(pred), str(gold))
    return result


def _score_collection(reports: Path, gold: Path, out: Path) -> dict[str, Any]:
    for path in sorted(reports.glob("*.txt")):
        s = casekit.summary(extract(read(str(path))))
        (out / f"{path.stem}.json").write_text(json.dumps(s), encoding="utf-8")
    return _score(out, gold)


# Floors for the areas this module owns (statutes and quotes come from their own modules).
@pytest.mark.parametrize(
    ("reports", "gold", "floors"),
    [
        ("examples/reports", "examples/gold", {"rulings": 0.9, "parties": 0.8}),
        (
            "tests/data/reports",
            "tests/data/reports/gold",
            {"rulings": 0.85, "case": 0.9, "parties": 0.7},
        ),
        (
            "tests/data/reports2",
            "tests/data/reports2/gold",
            {"rulings": 0.95, "case": 0.95, "parties": 0.8},
        ),
        (
            "tests/data/reports3",
            "tests/data/reports3/gold",
            {"rulings": 0.95, "case": 0.95, "parties": 0.85},
        ),
        (
            "tests/data/reports4",
            "tests/data/reports4/gold",
            {"rulings": 0.85, "case": 0.9, "parties": 0.9},
        ),
        (
            "tests/data/reports5",
            "tests/data/reports5/gold",
            {"rulings": 0.85, "case": 0.9, "parties": 0.8},
        ),
    ],
)
def test_scores_on_report_collections(
    reports: str, gold: str, floors: dict[str, float], tmp_path: Path
) -> None:
    if not any((ROOT / gold).glob("*.json")):
        pytest.skip("no gold summaries")
    result = _score_collection(ROOT / reports, ROOT / gold, tmp_path)
    for area, floor in floors.items():
        assert result["areas"][area]["f1"] >= floor, (area, result["areas"][area])


def test_ruling_under_review_is_a_second_ruling_without_the_main_date() -> None:
    text = "A federal appeals court on Friday reversed a trial judge who had dismissed the case."
    rulings = extract(_doc(text, "2024-01-15")).case.rulings
    assert [(r.outcome.value if r.outcome else None, str(r.decided)) for r in rulings] == [
        ("reversed", "2024-01-12"),
        ("dismissed", "None"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a habeas petition on appeal: petitioner and respondent, not People v. X
            "The 2nd Circuit on Monday affirmed the denial of a habeas petition in Okoro v. "
            "Lindgren. Okoro, a prisoner, had sued Lindgren, the prison's warden.",
            [("Okoro", "petitioner"), ("Lindgren", "respondent")],
        ),
        (  # the report says who appealed
            "The Oregon Court of Appeals on Friday affirmed a ruling in Pacheco v. City of "
            "Bend. The City of Bend appealed after a jury sided with Pacheco.",
            [("Pacheco", "appellee"), ("City of Bend", "appellant")],
        ),
        (  # the prosecution appealed
            "The Minnesota Court of Appeals on Monday reversed a ruling in State v. Hale "
            "suppressing evidence. The state appealed the suppression order.",
            [("State", "appellant"), ("Hale", "appellee")],
        ),
        (  # an amicus brief
            "The 7th Circuit on Tuesday reversed the dismissal of Ruiz v. Acme Foods Inc. The "
            "Illinois Department of Labor filed a brief supporting Ruiz.",
            [
                ("Ruiz", "plaintiff"),
                ("Acme Foods Inc.", "defendant"),
                ("Illinois Department of Labor", "amicus"),
            ],
        ),
    ],
)
def test_roles_on_review(text: str, expected: list[tuple[str, str]]) -> None:
    parties = extract(_doc(text, "2025-03-10")).case.parties
    assert [(p.name, p.role.value if p.role else None) for p in parties] == expected


def test_federal_court_from_dateline() -> None:
    text = "BOISE, Idaho (AP) — A federal judge on Monday blocked the rule."
    assert extract(_doc(text, "2025-04-08")).case.court is not None
    assert extract(_doc(text, "2025-04-08")).case.court.id == "idd"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "caption", "docket"),
    [
        ("The case is Tolliver v. State, No. S24A0317.", "Tolliver v. State", "S24A0317"),
        (
            "In Commonwealth v. Reyes, No. 12 MAP 2024, the court ruled.",
            "Commonwealth v. Reyes",
            "12 MAP 2024",
        ),
        ("The case is State v. Moll, No. 2023AP1187-CR.", "State v. Moll", "2023AP1187-CR"),
        (
            "In Calder Trading Co. v. U.S. Customs and Border Protection, Case No. 24-1561, "
            "the court ruled.",
            "Calder Trading Co. v. U.S. Customs and Border Protection",
            "24-1561",
        ),
        (  # the precedent's docket is not the case's
            "Citing Smith v. Jones, No. 22-451, the judge ruled in Doe v. Roe, No. 24-cv-1100.",
            "Doe v. Roe",
            "24-cv-1100",
        ),
    ],
)
def test_case_docket_is_the_captions_own(text: str, caption: str, docket: str) -> None:
    case = extract(_doc(text)).case
    assert case.caption == caption
    assert case.docket_numbers[:1] == (docket,)

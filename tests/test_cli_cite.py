"""``casekit cite``: parse one citation or find them all in a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import casekit
from casekit.cli import main


def test_cite_prints_canonical_form_and_parts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "Smith v. Jones, 598 U. S. 175, 180 (2023)"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Smith v. Jones, 598 U.S. 175, 180 (2023)"
    assert "  kind: case" in out
    assert "  reporter: U.S." in out
    assert "  pin_cite: 180" in out
    assert "  form: full" in out


def test_cite_json_is_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--json", "515 F.Supp.3d 627 (S.D. Tex. 2021)"]) == 0
    record = casekit.from_json(capsys.readouterr().out, casekit.CaseCitation)
    assert record == casekit.parse_case_citation("515 F. Supp. 3d 627 (S.D. Tex. 2021)")


def test_cite_docket_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "Nos. 23-1234, 23-1235"]) == 0
    out = capsys.readouterr().out
    assert "No. 23-1234\n  kind: docket" in out and "No. 23-1235" in out


def test_cite_error_exits_1_with_caret(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "598 Nope. 175"]) == 1
    err = capsys.readouterr().err
    assert "casekit: error:" in err and "unknown reporter" in err and "^" in err


def test_cite_needs_text_or_find(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite"]) == 1
    assert "either a citation TEXT or --find FILE" in capsys.readouterr().err


def test_find_lists_citations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "See Doe v. Roe, 5 F.4th 10 (2d Cir.\n2021); id. at 12. No. 24-1260."
    path = tmp_path / "opinion.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["cite", "--find", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == [
        "4-41",
        "case",
        "Doe v. Roe, 5 F.4th 10 (2d Cir. 2021)",
        "Doe v. Roe, 5 F.4th 10 (2d Cir. 2021)",
    ]
    assert lines[1].split("\t")[1:] == ["case", "Id. at 12", "id. at 12"]
    assert lines[2].split("\t")[1:] == ["docket", "No. 24-1260", "No. 24-1260"]


def test_find_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Doe v. Roe, 5 F.4th 10 (2021). Id. at 12."
    path = tmp_path / "opinion.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["cite", "--find", str(path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in rows] == ["case", "case"]
    start, end = rows[0]["span"]
    assert text[start:end] == rows[0]["record"]["mention"]
    assert rows[1]["record"]["antecedent"] == 0
    assert casekit.from_dict(rows[1]["record"], casekit.CaseCitation).form.value == "id"


def test_find_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--find", str(tmp_path / "nope.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "number"),
    [("No. 12 MAP 2024", "12 MAP 2024"), ("Case No. 24-10234 (JTD)", "24-10234")],
)
def test_cite_state_and_bankruptcy_dockets(
    text: str, number: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cite", text]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"No. {number}"
    assert "  kind: docket" in out and f"  number: {number}" in out


def test_cite_slip_opinion_is_no_docket(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "Slip Op. 25-66"]) == 1
    assert "casekit: error:" in capsys.readouterr().err

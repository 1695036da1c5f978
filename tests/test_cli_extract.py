"""``casekit extract``: summaries and full JSON to stdout or a directory; failures reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import casekit
from casekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPORT = "A federal judge on Monday declined to halt the rule, denying a preliminary injunction."


def test_summary_to_directory(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Nothing happened today.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", "--format", "summary", "--output", str(out), str(tmp_path / "in")]) == 0
    a = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert a["document"] == "a.txt" and a["rulings"][0]["outcome"] == "denied"
    assert json.loads((out / "b.json").read_text(encoding="utf-8"))["rulings"] == []


def test_full_json_lines_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["document"]["id"] == "r.txt"
    assert data["case"]["rulings"][0]["relief"] == "preliminary injunction"
    assert data["case"]["rulings"][0]["provenance"][0]["text"].startswith("A federal judge")
    back = casekit.from_dict(data, casekit.Extraction)
    assert back == casekit.extract(casekit.read(str(path)))


def test_bad_input_reported_and_others_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "A judge ruled."}\nnot json\n', encoding="utf-8")
    status = main(
        ["extract", "--format", "summary", str(tmp_path / "missing.txt"), str(bad), str(good)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "missing.txt" in captured.err and "line 2" in captured.err
    docs = [json.loads(line)["document"] for line in captured.out.splitlines()]
    assert "good.txt" in docs and len(docs) == 2


def test_examples_score(tmp_path: Path) -> None:
    reports = sorted(str(p) for p in (ROOT / "examples" / "reports").glob("*.txt"))
    assert main(["extract", "--format", "summary", "--output", str(tmp_path), *reports]) == 0
    assert sorted(p.name for p in tmp_path.glob("*.json")) == sorted(
        Path(r).stem + ".json" for r in reports
    )


def test_jobs_give_the_same_output_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = sorted(str(p) for p in (ROOT / "tests" / "data" / "reports").glob("*.txt"))[:20]
    assert main(["extract", "--format", "summary", *reports]) == 0
    one = capsys.readouterr().out
    assert main(["extract", "--format", "summary", "--jobs", "2", *reports]) == 0
    two = capsys.readouterr().out
    assert [json.loads(line)["document"] for line in two.splitlines()] == [
        Path(r).name for r in reports
    ]
    assert two == one


@pytest.mark.parametrize("jobs", ["-1", "two", "1.5"])
def test_bad_jobs_is_a_usage_error(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--jobs", jobs, "x.txt"])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err

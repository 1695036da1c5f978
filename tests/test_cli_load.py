"""``casekit load SOURCE... --to OUT``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casekit.cli import main
from casekit.cli.load import Progress

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).parent / "data" / "records"


def test_load_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["load", str(FIXTURES / "cap"), str(FIXTURES / "courtlistener"
                   / "api_v4_docket_4214664_from-cl-docs.json"), "--to", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert status == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert json.loads(lines[-1])["case"]["docket_numbers"] == ["1:16-cv-00745"]
    assert "read 5 records: 5 loaded, 0 reported" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_problems_exit_1_and_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["load", str(DATA / "opinions-2025-03-31_malformed.csv"),
                   str(DATA / "cl_mixed.jsonl"), "--to", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1
    assert f"{DATA / 'opinions-2025-03-31_malformed.csv'}:row 2 (line 5):" in err
    assert f"{DATA / 'cl_mixed.jsonl'}:line 3: date_filed: must be a date string" in err
    assert "read 14 records: 6 loaded, 8 reported" in err
    assert len(out.read_text().splitlines()) == 6


def test_strict_stops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["load", str(DATA / "cl_mixed.jsonl"), "--strict", "--to",
                   str(tmp_path / "o.jsonl")])  # fmt: skip
    assert status == 1
    assert "casekit: error:" in capsys.readouterr().err


def test_stdout_and_citations(capsys: pytest.CaptureFixture[str]) -> None:
    opinion = FIXTURES / "courtlistener" / "api_v4_opinion_10842813_noem-v-abrego-garcia.json"
    assert main(["load", str(opinion), "--citations"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["document"]["id"] == "courtlistener:opinion:10842813"
    cited = [c["case_name"] for c in record["citations"]]
    assert "Boumediene v. Bush" in cited
    first = record["citations"][0]["provenance"][0]
    text = record["document"]["text"]
    assert text[first["span"]["start"] : first["span"]["end"]] == first["text"]


def test_parquet(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    assert main(["load", str(FIXTURES / "cap" / "a2d_100_CasesMetadata.json"), "--to",
                 str(out)]) == 0  # fmt: skip
    assert pq.read_table(out).column("caption").to_pylist()[0] == "Peyton v. District of Columbia"


def test_progress_bar_line() -> None:
    class Rows:
        path = "opinions.csv.bz2"
        bytes_read = 50_000_000
        size = 100_000_000

    stream = io.StringIO()
    bar = Progress(stream)
    bar.started -= 2.0  # two seconds in
    bar(Rows(), 120_000)
    bar.end()
    line = stream.getvalue()
    assert line.startswith("\ropinions.csv.bz2: 120,000 rows")
    assert "MB/s" in line and "50.0%" in line and "ETA 0:0" in line
    assert line.endswith("\n")


def test_help_lists_load(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["load", "--help"])
    assert "--to" in capsys.readouterr().out

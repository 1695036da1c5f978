"""casekit.read_many: files, directories, globs, JSON records; nothing lost silently."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import casekit as ck

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "news_inputs"
EXPECTED: dict[str, Any] = json.loads(
    (DATA / "expected" / "documents.json").read_text(encoding="utf-8")
)


def test_directory_loads_every_good_record_and_reports_every_bad_one() -> None:
    log = ck.LoadLog()
    docs = list(ck.read_many(DATA, log=log))
    assert [d.id for d in docs] == [d["id"] for d in EXPECTED["documents"]]
    problems = [[Path(p.source).name, p.location, p.reason] for p in log.problems]
    assert problems == EXPECTED["problems"]
    assert all(Path(p.source).parent == DATA for p in log.problems)
    assert log.loaded == len(docs) == 26
    assert log.summary() == "read 38 records: 26 loaded, 12 reported"


def test_jsonl_records_load_around_the_bad_lines() -> None:
    log = ck.LoadLog()
    docs = list(ck.read_many(DATA / "records.jsonl", log=log))
    assert [d.id for d in docs] == [
        "wire-0001",
        "records.jsonl#2",
        "records.jsonl#6",
        "records.jsonl#11",
    ]
    first, second, sixth, last = docs
    assert first.text == (
        "A federal judge on Friday halted construction of a pipeline across tribal land.\n"
        "The tribe had sued in December."
    )
    assert (first.title, first.source, first.url, first.published) == (
        "Court halts pipeline work",
        "Prairie Wire",
        "https://prairiewire.example/pipeline",
        dt.date(2024, 2, 9),
    )
    assert first.metadata == {"section": "courts", "word_count": 17}
    # aliases: headline -> title, outlet -> source, date -> published; nested -> JSON text
    assert (second.title, second.source, second.published) == (
        "Mayor's aide indicted",
        "Metro Daily",
        dt.date(2024, 2, 12),
    )
    assert second.metadata == {"tags": '["politics", "courts"]', "byline": '{"name": "Lee Chen"}'}
    # kind in any case; unreadable date left out with a warning; "source" beats "outlet"
    assert sixth.kind is ck.DocumentKind.OPINION
    assert sixth.published is None
    assert sixth.warnings == ("could not read the published date 'sometime in spring'",)
    assert (sixth.source, sixth.metadata) == ("Buckeye Legal", {"outlet": "Legal Desk"})
    assert last.text == "Blank line after a bad kind still loads."
    assert [(p.location, p.reason) for p in log.problems] == [
        ("line 4", "not valid JSON: Expecting ',' delimiter (column 67)"),
        ("line 5", "record has no 'text'"),
        ("line 7", "expected a JSON object, got a list"),
        ("line 8", "'text' is blank"),
        ("line 9", "kind must be one of news, opinion, docket, other, got 'memo'"),
    ]


def test_json_list_items_are_located_by_position() -> None:
    log = ck.LoadLog()
    docs = list(ck.read_many(DATA / "records.json", log=log))
    assert [d.id for d in docs] == ["records.json#1", "42"]
    assert docs[1].source == "Ozark Gazette"  # a source object's name
    assert docs[1].published == dt.date(2023, 11, 21)
    assert docs[1].metadata == {"score": 0.75, "breaking": True, "editor": None}
    assert [str(p) for p in log.problems] == [
        f"{DATA / 'records.json'}:item 2: expected a JSON object, got a string"
    ]


def test_strict_mode_raises_on_the_first_problem() -> None:
    docs = ck.read_many(DATA / "records.jsonl", strict=True)
    assert [next(docs).id, next(docs).id] == ["wire-0001", "records.jsonl#2"]
    with pytest.raises(ck.LoadError) as info:
        next(docs)
    assert info.value.where == f"{DATA / 'records.jsonl'}:line 4"
    # a strict log works the same
    with pytest.raises(ck.LoadError, match="line 4"):
        list(ck.read_many(DATA / "records.jsonl", log=ck.LoadLog(strict=True)))


def test_missing_files_and_empty_patterns_are_reported(tmp_path: Path) -> None:
    seen: list[ck.Problem] = []
    log = ck.LoadLog(on_problem=seen.append)
    missing = tmp_path / "missing.txt"
    pattern = os.fspath(tmp_path / "*.nothing")
    docs = list(ck.read_many(missing, pattern, DATA / "no_headline.txt", log=log))
    assert [d.id for d in docs] == ["no_headline.txt"]
    assert [str(p) for p in seen] == [
        f"{missing}: cannot read: no such file",
        f"{pattern}: no files match this pattern",
    ]
    with pytest.raises(ck.ReadError, match="no such file"):
        list(ck.read_many(missing, strict=True))
    with pytest.raises(ck.LoadError, match="no files match"):
        list(ck.read_many(pattern, strict=True))


def test_directories_are_read_sorted_and_not_recursively(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second report text.")
    (tmp_path / "a.html").write_text("<html><body><p>First report text.</p></body></html>")
    (tmp_path / "c.JSONL").write_text('{"text": "Row."}\n')
    (tmp_path / "notes.md").write_text("Not a report.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("Nested report.")
    assert [d.id for d in ck.read_many(tmp_path)] == ["a.html", "b.txt", "c.JSONL#1"]
    # a recursive glob reaches into subdirectories, in sorted order
    pattern = os.fspath(tmp_path / "**" / "*.txt")
    assert [d.text for d in ck.read_many(pattern)] == ["Second report text.", "Nested report."]


def test_example_reports_directory_and_glob(tmp_path: Path) -> None:
    reports = ROOT / "examples" / "reports"
    by_dir = [d.id for d in ck.read_many(reports)]
    by_glob = [d.id for d in ck.read_many(os.fspath(reports / "*.txt"))]
    assert by_dir == by_glob == sorted(p.name for p in reports.glob("*.txt"))
    assert len(by_dir) == 5
    # a copy of one file, given twice: each input is read
    shutil.copy(reports / by_dir[0], tmp_path / by_dir[0])
    assert len(list(ck.read_many(tmp_path, tmp_path / by_dir[0]))) == 2


def test_metadata_applies_to_every_document() -> None:
    docs = list(ck.read_many(DATA / "records.json", source="Archive", batch=7, kind="other"))
    assert {d.source for d in docs} == {"Archive"}
    assert {d.kind for d in docs} == {ck.DocumentKind.OTHER}
    assert all(d.metadata["batch"] == 7 for d in docs)
    with pytest.raises(ck.InvalidRecord, match="own id"):
        ck.read_many(DATA, id="x")


def test_read_many_checks_its_arguments_before_reading() -> None:
    with pytest.raises(ck.InvalidRecord, match="not a date"):
        ck.read_many(DATA, published="not a date")
    with pytest.raises(TypeError):
        list(ck.read_many(b"bytes"))  # type: ignore[arg-type]


def test_unlistable_directory_is_reported_as_a_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("A judge ruled.")

    def refuse(self: Path) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    log = ck.LoadLog()
    assert list(ck.read_many(tmp_path, log=log)) == []
    assert [str(p) for p in log.problems] == [f"{tmp_path}: cannot read: permission denied"]
    with pytest.raises(ck.ReadError, match="permission denied"):
        list(ck.read_many(tmp_path, strict=True))

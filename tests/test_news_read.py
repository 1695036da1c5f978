"""casekit.read / read_text / read_file: one report from text, bytes or a file."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.model.document import text_id
from casekit.news.dates import dateline_date, parse_date
from casekit.news.encoding import decode

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "news_inputs"
EXPECTED: dict[str, Any] = json.loads(
    (DATA / "expected" / "documents.json").read_text(encoding="utf-8")
)
DOCUMENTS = {d["id"]: d for d in EXPECTED["documents"]}
SINGLE_FILES = sorted(name for name in DOCUMENTS if (DATA / name).is_file() and "#" not in name)
DATELINES: list[list[Any]] = json.loads(
    (DATA / "expected" / "datelines.json").read_text(encoding="utf-8")
)["cases"]


# --- the example reports --------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "reports").glob("*.txt")))
def test_example_reports_load_with_file_names_as_ids(path: Path) -> None:
    doc = ck.read(path)
    assert doc.id == path.name
    assert doc.text == path.read_text(encoding="utf-8")  # kept exactly
    assert doc.kind is ck.DocumentKind.NEWS
    assert doc.warnings == ()
    # an embedded post's date at the foot of a report is not its publication date
    assert doc.published is None


def test_example_report_headline_becomes_the_title() -> None:
    reports = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    titles = [ck.read(p).title for p in reports]
    first_line = reports[0].read_text(encoding="utf-8").split("\n", 1)[0]
    assert titles == [first_line, None, None, None, None]


# --- every good input file, against the expected table --------------------------------------


@pytest.mark.parametrize("name", SINGLE_FILES)
def test_input_files_read_as_expected(name: str) -> None:
    expected = DOCUMENTS[name]
    doc = ck.read(DATA / name)
    assert doc.id == expected["id"]
    assert doc.title == expected["title"]
    assert doc.source == expected["source"]
    assert doc.url == expected["url"]
    assert (doc.published and doc.published.isoformat()) == expected["published"]
    assert doc.kind.value == expected["kind"]
    assert doc.metadata == expected["metadata"]
    assert list(doc.warnings) == expected["warnings"]
    if "text" in expected:
        assert doc.text == expected["text"]


# --- encodings ------------------------------------------------------------------------------

UTF16_TEXT = (
    "Jury Awards $2 Million to Injured Cyclist\n\n"
    "A jury in Multnomah County on Tuesday found the city negligent.\n"
    "“We are grateful,” the cyclist’s lawyer said. Naïve drivers, cafés and über-long lanes"
    " — all mentioned.\n"
)


@pytest.mark.parametrize(
    "name", ["utf16le_bom.txt", "utf16be_bom.txt", "utf16le_no_bom.txt", "utf8_bom.txt"]
)
def test_unicode_encodings_give_the_same_text(name: str) -> None:
    doc = ck.read(DATA / name)
    assert doc.text == UTF16_TEXT  # BOM removed, CRLF normalized
    assert doc.title == "Jury Awards $2 Million to Injured Cyclist"


def test_cp1252_fallback_decodes_curly_quotes_and_warns() -> None:
    doc = ck.read(DATA / "cp1252_curly_quotes.txt")
    assert doc.text == (
        "County Clerk Loses Bid to Block Recount\n\n"
        "A state judge on Friday refused to halt the recount ordered by the election board.\n"
        "“The statute is clear,” Judge Nora Feld wrote. The clerk’s lawyer said he would appeal"
        " — quickly.\n"
        "The recount costs about €40,000, or roughly $43,000, officials said.\n"
    )
    assert doc.warnings == ("not valid UTF-8; decoded as Windows-1252 (cp1252)",)


def test_latin1_is_the_last_fallback() -> None:
    doc = ck.read(DATA / "latin1_fallback.txt")
    assert doc.text.startswith("Café owner sues city")
    assert doc.warnings == ("not valid UTF-8 or Windows-1252; decoded as Latin-1",)


def test_declared_html_charset_is_used_without_warning() -> None:
    declared = ck.read(DATA / "declared_cp1252.html")
    undeclared = ck.read(DATA / "undeclared_cp1252.htm")
    assert declared.text == undeclared.text
    assert declared.title == "Judge ‘skeptical’ of ban"
    assert declared.warnings == ()
    assert undeclared.warnings == ("not valid UTF-8; decoded as Windows-1252 (cp1252)",)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"a\r\nb\rc\n", "a\nb\nc\n"),
        (codecs.BOM_UTF8 + b"x\r\n", "x\n"),
        (codecs.BOM_UTF32_LE + "Tést".encode("utf-32-le"), "Tést"),
        (codecs.BOM_UTF32_BE + "Tést".encode("utf-32-be"), "Tést"),
        (b"tab\there\x0cform feed", "tab\there\x0cform feed"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data).text == text


def test_newlines_are_the_only_change_to_plain_text() -> None:
    raw = "  Indented first line\r\n\r\n\tTabbed   spaces kept  \r\nLast line without newline"
    doc = ck.read(raw.encode("utf-8"))
    assert doc.text == raw.replace("\r\n", "\n")


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "empty input: no text"),
        ("blank.txt", "empty input: no text"),
        ("binary_junk.txt", "binary data, not text (contains NUL bytes)"),
        ("control_junk.txt", "binary data, not text (465 control characters in 500)"),
        ("not_really_text.html", "binary data, not text (contains NUL bytes)"),
    ],
)
def test_bad_files_give_a_load_error_naming_the_file(name: str, message: str) -> None:
    path = DATA / name
    with pytest.raises(ck.LoadError) as info:
        ck.read(path)
    assert info.value.message == message
    assert info.value.where == os.fspath(path)
    assert str(info.value) == f"{path}: {message}"


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(ck.ReadError) as info:
        ck.read(missing)
    assert str(info.value) == f"{missing}: cannot read: no such file"
    assert isinstance(info.value, OSError)
    # a one-line str ending in a known extension is a path, not text
    with pytest.raises(ck.ReadError, match="no such file"):
        ck.read(str(missing))


def test_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ck.ReadError, match="is a directory"):
        ck.read(tmp_path)
    with pytest.raises(ck.ReadError, match="is a directory"):
        ck.read(str(tmp_path))


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions are not enforced for root",
)
def test_unreadable_file_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("A judge ruled.")
    path.chmod(0)
    try:
        with pytest.raises(ck.ReadError, match="permission denied"):
            ck.read(path)
    finally:
        path.chmod(0o600)


def test_permission_error_is_reported_as_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # works as root too: the OS error is simulated
    path = tmp_path / "locked.txt"
    path.write_text("A judge ruled.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ck.ReadError) as info:
        ck.read(path)
    assert str(info.value) == f"{path}: cannot read: permission denied"


def test_empty_text_and_bytes() -> None:
    with pytest.raises(ck.LoadError, match="empty input"):
        ck.read("")
    with pytest.raises(ck.LoadError, match="empty input"):
        ck.read(b"  \n")
    with pytest.raises(ck.LoadError, match="binary data"):
        ck.read_text("abc\x00def")


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError):
        ck.read(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ck.read_text(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_raise_anything_but_casekit_errors(data: bytes) -> None:
    try:
        doc = ck.read(data)
    except ck.CaseKitError:
        return
    assert doc.text.strip()
    assert "\r" not in doc.text  # newlines are normalized, whatever the format


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=200).map(lambda b: b"\xef\xbb\xbf" + b)
    | st.binary(max_size=200).map(lambda b: codecs.BOM_UTF16_LE + b)
    | st.binary(max_size=200).map(lambda b: b"<!DOCTYPE html><html>" + b)
    | st.binary(max_size=200).map(lambda b: b'{"text": "' + b)
    | st.binary(max_size=200).map(lambda b: b"[" + b + b"]"),
    st.sampled_from(["x.txt", "x.html", "x.json", "x.jsonl", "x"]),
)
def test_arbitrary_files_never_raise_anything_but_casekit_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str
) -> None:
    path = tmp_path_factory.mktemp("any") / name
    path.write_bytes(data)
    with contextlib.suppress(ck.CaseKitError):
        ck.read(path)
    log = ck.LoadLog()
    docs = list(ck.read_many(path, log=log))
    assert log.read == len(docs) + len(log.problems) and log.loaded == len(docs)


# --- sources, formats, overrides ------------------------------------------------------------


def test_a_str_that_names_no_file_is_the_text_itself() -> None:
    doc = ck.read("A judge in Reno ruled on Monday.")
    assert doc.text == "A judge in Reno ruled on Monday."
    assert doc.id == text_id(doc.text)
    assert doc.id == ck.Document.from_text(doc.text).id


def test_str_path_and_path_give_the_same_document() -> None:
    path = DATA / "dateline_byline.txt"
    assert ck.read(str(path)) == ck.read(path) == ck.read_file(path)
    assert ck.read(path.read_bytes()).text == ck.read(path).text
    assert ck.read(path.read_bytes()).id == text_id(ck.read(path).text)


def test_read_text_never_treats_its_argument_as_a_path() -> None:
    name = str(DATA / "dateline_byline.txt")
    assert ck.read_text(name).text == name


def test_overrides_replace_what_the_file_says() -> None:
    doc = ck.read(
        DATA / "valley_ledger_article.html",
        published="2024-03-20",
        title="My title",
        source="Wire copy",
        url="https://mirror.example/x",
        kind="other",
        id="ledger-1",
        desk="courts",
        priority=2,
        language="en",
    )
    assert (doc.id, doc.title, doc.source, doc.url) == (
        "ledger-1",
        "My title",
        "Wire copy",
        "https://mirror.example/x",
    )
    assert doc.published == dt.date(2024, 3, 20)
    assert doc.kind is ck.DocumentKind.OTHER
    assert doc.metadata["desk"] == "courts"
    assert doc.metadata["priority"] == 2
    assert doc.metadata["language"] == "en"  # replaces the page's "en-US"
    assert doc.metadata["author"] == "Maria Okafor; Tom Reyes"  # the page's, kept


def test_published_override_accepts_dates_datetimes_and_strings() -> None:
    text = "A judge ruled."
    assert ck.read(text, published=dt.date(2020, 1, 2)).published == dt.date(2020, 1, 2)
    assert ck.read(text, published=dt.datetime(2020, 1, 2, 23, 0)).published == dt.date(2020, 1, 2)
    assert ck.read(text, published="Jan 2, 2020").published == dt.date(2020, 1, 2)
    with pytest.raises(ck.InvalidRecord, match="not a date"):
        ck.read(text, published="soon")


def test_bad_overrides_are_invalid_records() -> None:
    with pytest.raises(ck.InvalidRecord, match="kind must be one of"):
        ck.read("A judge ruled.", kind="blog")
    with pytest.raises(ck.InvalidRecord, match="metadata must be"):
        ck.read("A judge ruled.", tags=["a", "b"])
    with pytest.raises(ck.InvalidRecord, match="must be a string"):
        ck.read("A judge ruled.", title=5)
    with pytest.raises(ck.InvalidRecord, match="format must be one of"):
        ck.read("A judge ruled.", format="pdf")  # type: ignore[arg-type]


def test_format_is_sniffed_from_content_when_the_extension_does_not_say(tmp_path: Path) -> None:
    (tmp_path / "page").write_text("<!doctype html><html><body><p>From a page.</p></body></html>")
    (tmp_path / "record").write_text('{"text": "From a record.", "title": "T"}')
    (tmp_path / "rows.data").write_text('{"text": "Row one."}\n{"text": "Row two."}\n')
    (tmp_path / "saved.txt").write_text("<html><body><p>Saved as text.</p></body></html>")
    (tmp_path / "braces.txt").write_text('{"text": "A .txt file is text."}')
    assert ck.read(tmp_path / "page").text == "From a page."
    assert ck.read(tmp_path / "record").title == "T"
    assert [d.text for d in ck.read_many(tmp_path / "rows.data")] == ["Row one.", "Row two."]
    assert ck.read(tmp_path / "saved.txt").text == "Saved as text."
    assert ck.read(tmp_path / "braces.txt").text == '{"text": "A .txt file is text."}'
    assert ck.read(b'{"text": "bytes record"}').text == "bytes record"
    # an explicit format wins over extension and content
    html_as_text = ck.read(tmp_path / "page", format="text")
    assert html_as_text.text.startswith("<!doctype html>")


def test_json_input_with_many_records_is_an_error_for_read() -> None:
    with pytest.raises(ck.LoadError) as info:
        ck.read(DATA / "lines_in_json.json")
    assert "holds 2 records; read_many() reads each of them" in str(info.value)


def test_json_errors_name_the_file_and_line() -> None:
    with pytest.raises(ck.LoadError) as info:
        ck.read(DATA / "malformed.json")
    assert info.value.where == f"{DATA / 'malformed.json'}:line 3"
    assert info.value.message == "not valid JSON: Expecting ',' delimiter (line 3, column 42)"
    with pytest.raises(ck.LoadError) as info:
        ck.read(DATA / "records.jsonl")
    assert info.value.where == f"{DATA / 'records.jsonl'}:line 4"


def test_single_json_record_is_named_by_its_file() -> None:
    doc = ck.read(DATA / "single_record.json")
    assert doc.id == "single_record.json"
    assert doc.text.split("\n") == [
        "The state's highest court on Monday struck down the map.",
        "A new map must be drawn by March.",
    ]
    assert doc.published == dt.date(2022, 2, 14)  # from "datePublished"


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[c[0][:40] for c in DATELINES])
def test_dateline_table(text: str, expected: str | None) -> None:
    found = dateline_date(text)
    assert (found and found.isoformat()) == expected
    assert ck.read_text(text).published == found


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-13T23:10:00-04:00", dt.date(2025, 5, 13)),
        ("2025-05-13T01:10:00Z", dt.date(2025, 5, 13)),
        ("Tue, 13 May 2025 18:02:00 GMT", dt.date(2025, 5, 13)),
        ("May 13, 2025 5:42 p.m. ET", dt.date(2025, 5, 13)),
        ("20250513", dt.date(2025, 5, 13)),
        (dt.datetime(2025, 5, 13, 4), dt.date(2025, 5, 13)),
        ("May 2025", None),
        ("2025", None),
        ("yesterday", None),
        ("0001-01-01", None),
        ("", None),
        (None, None),
        (20250513, None),
        ("9" * 200, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_dates_never_raise(text: str) -> None:
    dateline_date(text)
    parse_date(text)

"""The JSON Schema matches what to_json writes (it is derived from the same fields)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.cli import main
from tests.strategies import RECORDS

VALIDATOR = jsonschema.Draft202012Validator


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda c: c.__name__)
def test_schema_is_a_valid_draft_2020_12_schema(cls: type) -> None:
    schema = ck.json_schema(cls)
    VALIDATOR.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == cls.__name__


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_serialized_records_validate_against_the_schema(cls: type, data: st.DataObject) -> None:
    record = data.draw(RECORDS[cls])
    validator = VALIDATOR(ck.json_schema(cls), format_checker=VALIDATOR.FORMAT_CHECKER)
    validator.validate(json.loads(ck.to_json(record)))


def test_schema_rejects_what_the_reader_rejects() -> None:
    validator = VALIDATOR(ck.json_schema(ck.Party))
    bad: dict[str, object] = {
        "name": "X",
        "role": "witness",
        "kind": None,
        "aliases": [],
        "provenance": [],
    }
    assert not validator.is_valid(bad)
    assert not validator.is_valid({"name": "X", "nickname": "Y"})
    assert validator.is_valid({"name": "X", "role": "plaintiff"})


def test_schema_carries_field_descriptions_and_enums() -> None:
    schema = ck.json_schema(ck.Extraction)
    ruling = schema["$defs"]["Ruling"]["properties"]
    assert ruling["outcome"]["enum"][:3] == ["granted", "denied", "granted in part"]
    assert None in ruling["outcome"]["enum"]
    assert ruling["decided"]["description"] == "decision date"
    assert schema["required"] == ["document"]


def test_record_type_lookup_is_case_insensitive_and_errors_list_known_names() -> None:
    assert ck.record_type("extraction") is ck.Extraction
    with pytest.raises(ck.UnknownName, match="known: Case, CaseCitation") as info:
        ck.record_type("Verdict")
    assert isinstance(info.value, KeyError)


def test_cli_schema_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Quote"]) == 0
    assert json.loads(capsys.readouterr().out) == ck.json_schema(ck.Quote)


def test_cli_schema_unknown_type_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Verdict"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casekit: error: no record type 'Verdict'")
    assert "Traceback" not in err

"""Every record round-trips through JSON exactly; bad JSON gives precise errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.model import RECORD_TYPES
from tests.strategies import RECORDS

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_record_type_has_a_strategy() -> None:
    assert set(RECORD_TYPES.values()) == set(RECORDS)


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda c: c.__name__)
@PROPERTY
@given(data=st.data())
def test_json_round_trip_is_exact(cls: type, data: st.DataObject) -> None:
    record = data.draw(RECORDS[cls])
    text = ck.to_json(record)
    back: object = ck.from_json(text, cls)
    assert back == record
    # fields excluded from == (provenance, mention) survive too
    assert ck.to_dict(back) == ck.to_dict(record)
    assert ck.to_json(back) == text


def test_dates_enums_and_tuples_serialize_as_documented() -> None:
    ruling = ck.Ruling(
        decided=ck.PartialDate.parse("2025-05"),
        outcome=ck.Outcome.GRANTED_IN_PART,
        judges=(ck.Judge(name="Ana Ruiz"),),
    )
    doc = ck.Document(id="r1", text="x", published=dt.date(2025, 5, 13))
    assert ck.to_dict(ruling)["decided"] == "2025-05"
    assert ck.to_dict(ruling)["outcome"] == "granted in part"
    assert ck.to_dict(ruling)["judges"] == [{"name": "Ana Ruiz", "title": None, "provenance": []}]
    assert ck.to_dict(doc)["published"] == "2025-05-13"
    assert ck.to_dict(doc)["kind"] == "news"


def test_lists_of_records_serialize() -> None:
    spans = [ck.Span(start=0, end=1), ck.Span(start=2, end=4)]
    assert json.loads(ck.to_json(spans)) == [{"start": 0, "end": 1}, {"start": 2, "end": 4}]
    assert ck.from_json(ck.to_json(spans), list[ck.Span]) == spans


def test_non_ascii_is_kept_verbatim() -> None:
    quote = ck.Quote(text="It’s “final” — §\u00a06103", speaker=ck.Speaker(name="Zoë Núñez"))
    assert "It’s “final” — §\u00a06103" in ck.to_json(quote)


@pytest.mark.parametrize(
    ("data", "cls", "where", "message"),
    [
        ({"start": 0}, ck.Span, "$.end", "required field 'end' is missing"),
        ({"start": "0", "end": 1}, ck.Span, "$.start", "must be a JSON integer"),
        ({"start": True, "end": 1}, ck.Span, "$.start", "must be a JSON integer"),
        ({"start": 3, "end": 1}, ck.Span, "$", "Span.end: must be >= start (3), got 1"),
        ({"start": 0, "end": 1, "stop": 2}, ck.Span, "$", "unknown field(s) ['stop']"),
        (
            {"name": "X", "role": "witness"},
            ck.Party,
            "$.role",
            "'witness' is not a valid PartyRole",
        ),
        ({"name": 7}, ck.Party, "$.name", "must be a JSON string"),
        (
            {"id": "d", "text": "t", "published": "May 13"},
            ck.Document,
            "$.published",
            "must be an ISO date",
        ),
        (
            {"document": {"id": "d", "text": "t"}, "quotes": [{"text": "hi", "speaker": 5}]},
            ck.Extraction,
            "$.quotes[0].speaker",
            "",
        ),
        ("2025-13", ck.PartialDate, "$", "not a date"),
        ({"year": 2025}, ck.PartialDate, "$", "must be a date string"),
    ],
)
def test_bad_json_names_the_path(data: Any, cls: type, where: str, message: str) -> None:
    with pytest.raises(ck.SerializationError) as info:
        ck.from_dict(data, cls)
    assert info.value.where == where
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)
    assert cls.__name__ in str(info.value)


def test_invalid_json_text_is_a_serialization_error() -> None:
    with pytest.raises(ck.SerializationError, match="not valid JSON") as info:
        ck.from_json('{"start": 1,', ck.Span)
    assert info.value.where == "char 12"

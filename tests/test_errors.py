"""The exception hierarchy: one root, builtin bases, where/input, pickling."""

from __future__ import annotations

import pickle

import pytest

import casekit as ck


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ck.InvalidRecord, ValueError),
        (ck.InvalidCitation, ValueError),
        (ck.UnknownName, KeyError),
        (ck.LoadError, ValueError),
        (ck.ReadError, OSError),
        (ck.SerializationError, ValueError),
    ],
)
def test_every_error_is_a_casekit_error_and_its_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, ck.CaseKitError)
    assert issubclass(cls, builtin)


def test_message_names_where_and_keeps_input() -> None:
    err = ck.LoadError("not valid JSON", input="{oops", where="cases.jsonl:line 3")
    assert str(err) == "cases.jsonl:line 3: not valid JSON"
    assert err.input == "{oops"
    assert err.message == "not valid JSON"


def test_unknown_name_reads_like_a_message_not_a_key_repr() -> None:
    err = ck.UnknownName("no court called 'Moon Court'", input="Moon Court")
    assert str(err) == "no court called 'Moon Court'"


def test_invalid_citation_shows_a_caret_under_the_failure() -> None:
    err = ck.InvalidCitation("expected a section number", input="26 U.S.C. § x", position=12)
    assert str(err).splitlines() == [
        "expected a section number",
        "    26 U.S.C. § x",
        "                ^",
    ]
    assert err.position == 12
    assert ck.InvalidCitation("m", input="ab", position=99).position == 2


@pytest.mark.parametrize(
    "err",
    [
        ck.LoadError("bad row", input={"a": 1}, where="x.csv:row 4"),
        ck.InvalidCitation("bad", input="§ x", position=2),
        ck.UnknownName("nope", input="zz"),
        ck.ReadError("missing", where="/tmp/none"),
    ],
)
def test_errors_pickle_with_their_details(err: ck.CaseKitError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert (back.input, back.where) == (err.input, err.where)

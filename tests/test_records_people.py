"""Splitting raw judge, party and attorney strings; party roles; markup removal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import PartyRole
from casekit.records import party_role, split_attorneys, split_judges, split_parties, strip_markup

DATA = Path(__file__).parent / "data" / "records"


def table(name: str) -> list[Any]:
    rows: list[Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return rows


@pytest.mark.parametrize(("name", "role"), table("party_roles.json"))
def test_party_role(name: str, role: str | None) -> None:
    found = party_role(name)
    assert (found.value if found else None) == role


@pytest.mark.parametrize(("text", "judges"), table("judges.json"))
def test_split_judges(text: str, judges: list[list[str | None]]) -> None:
    assert [[j.name, j.title] for j in split_judges(text)] == judges


@pytest.mark.parametrize(("text", "parties"), table("parties.json"))
def test_split_parties(text: str, parties: list[list[str | None]]) -> None:
    found = [[p.name, p.role.value if p.role else None] for p in split_parties(text)]
    assert found == parties


@pytest.mark.parametrize(("text", "attorneys"), table("attorneys.json"))
def test_split_attorneys(text: str, attorneys: list[list[str | None]]) -> None:
    assert [[a.name, a.represents] for a in split_attorneys(text)] == attorneys


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One &amp; two.</p><p>Three.</p>", "One & two.\nThree."),
        (
            "<div><center><b>1 F.4th 2</b></center>\n<p>Held:\n  no.</p></div>",
            "1 F.4th 2\nHeld: no.",
        ),
        ('<pre class="inline">  keep   spacing\n</pre><span>x</span>', "  keep   spacing\nx"),
        ("<opinion><author>Ruiz, J.</author><p>Text.</p></opinion>", "Ruiz, J.\nText."),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("", ""),
    ],
)
def test_strip_markup(markup: str, text: str) -> None:
    assert strip_markup(markup) == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_splitters_never_raise(text: str) -> None:
    split_judges(text)
    split_parties(text)
    split_attorneys(text)
    assert "<" not in strip_markup(f"<p>{text.replace('<', '').replace('&', '')}</p>")
    role = party_role(text)
    assert role is None or isinstance(role, PartyRole)

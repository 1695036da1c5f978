"""Courts described the ways news reports describe them (round 3): county judges of the
states whose trial courts sit by county, and California's districts of the Court of
Appeal by their news names."""

from __future__ import annotations

import pytest

from casekit.citations.courts import find_courts

CASES: list[tuple[str, list[str]]] = [
    # a county judge: the county's own court, else the state's general trial court
    ("The Illinois law took effect in May. A Cook County judge blocked it.", ["illcirct"]),
    ("A Cook County circuit judge ruled that the Illinois law was void.", ["illcirct"]),
    # a state named only after a bare county judge may be another court's
    ("A Cook County judge ruled on Monday that the Illinois law was void.", []),
    ("In Georgia, a Fulton County judge ruled on Friday.", ["gasuperct"]),
    ("A Milwaukee County Circuit Judge ruled that the Wisconsin statute is void.", ["wisccirct"]),
    ("Milwaukee County Circuit Judge Ann Lee, in Wisconsin, ruled.", ["wisccirct"]),
    ("PHOENIX (AP) — A Maricopa County judge ruled on the law.", ["azsuperct"]),
    ("A Los Angeles County judge ruled in California.", ["calsuppctla"]),
    ("A Hamilton County judge in Ohio ruled.", ["ohctcomplhamilt"]),
    # no state named, or a state whose "county judge" runs the county: no court
    ("A Cook County judge ruled.", []),
    ("A Harris County judge ruled in Texas on Monday.", []),
    # California's Court of Appeal by district
    ("California's 2nd District Court of Appeal ruled.", ["calctapp2d"]),
    ("California's Second District Court of Appeal ruled.", ["calctapp2d"]),
    ("The California 4th District Court of Appeal in San Diego ruled.", ["calctapp4d"]),
    ("The California Court of Appeal for the Third District ruled.", ["calctapp3d"]),
    ("Florida's 2nd District Court of Appeal ruled.", ["fladistctapp2"]),
    # federal courts by their seats and descriptions
    ("A federal judge in Fresno ruled.", ["caed"]),
    ("A federal judge in Anchorage ruled.", ["akd"]),
    ("A federal judge in Grand Rapids ruled.", ["miwd"]),
    ("A federal judge in Harrisburg ruled.", ["pamd"]),
    ("A federal judge in Tacoma ruled.", ["wawd"]),
    ("A federal appeals court in Pasadena ruled.", ["ca9"]),
    ("A federal appeals court in Denver ruled.", ["ca10"]),
    ("A federal appeals court in Atlanta ruled.", ["ca11"]),
    ("A federal appeals court in New Orleans ruled.", ["ca5"]),
    ("The nation's highest court ruled.", ["scotus"]),
    ("The U.S. Court of Federal Claims ruled.", ["uscfc"]),
    ("The U.S. Tax Court ruled.", ["tax"]),
    ("The U.S. Court of International Trade ruled.", ["cit"]),
    ("A bankruptcy judge in Houston ruled.", ["txsb"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_court_descriptions(text: str, expected: list[str]) -> None:
    assert [court.id for court, _span in find_courts(text)] == expected

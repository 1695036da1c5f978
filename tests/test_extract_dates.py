"""Publication dates on datelines (casekit.news.dates) and relative decision dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import Document, extract
from casekit.news.dates import dateline_date, foot_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published June 11, 2025 | Valley Courier\n\nHARRISBURG — A judge ruled.", "2025-06-11"),
        ("NEW YORK, July 2, 2025 (Metro Wire) - A federal judge today ruled.", "2025-07-02"),
        ("DENVER (AP) —\nPublished 4:12 PM EST, Thu March 6, 2025\n\nA judge ruled.", "2025-03-06"),
        ("Judge rules | Court Watch\n\nA judge ruled on Monday.", None),
    ],
)
def test_dateline_date(text: str, expected: str | None) -> None:
    date = dateline_date(text)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Judge rules\n\nA judge on Thursday ruled.\n\nPublished Sept. 12, 2025\n", "2025-09-12"),
        ("Judge rules\n\nA judge ruled.\n\nPosted: Nov. 3, 2024\nShare this story", "2024-11-03"),
        # a date in the story's last sentence is no publication date
        ("Judge rules\n\nA judge ruled.\n\nThe hearing is set for May 3, 2025.\n", None),
        ("Published May 13, 2025\n" + "A paragraph.\n" * 5, None),
    ],
)
def test_foot_date(text: str, expected: str | None) -> None:
    date = foot_date(text)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        (
            "PUEBLO, Colo. (AP) —\nPublished 9:15 AM MST, Mon March 10, 2025\n\n"
            "A federal judge late Friday blocked the county's new camping ban.",
            "2025-03-07",
        ),
        (
            "Published June 11, 2025 | Valley Courier\n\n"
            "A federal judge yesterday refused to dismiss the lawsuit.",
            "2025-06-10",
        ),
        (
            "CHICAGO, Feb. 4, 2025 (Lakefront Wire) - A federal judge today blocked the order.",
            "2025-02-04",
        ),
        (
            "Judge rules\n\nA state judge on Thursday denied the motion to dismiss.\n\n"
            "Published Sept. 12, 2025\n",
            "2025-09-11",
        ),
    ],
)
def test_relative_decision_dates_read_against_the_dateline(text: str, decided: str) -> None:
    ruling = extract(Document(id="d.txt", text=text)).case.rulings[0]
    assert str(ruling.decided) == decided


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Published ", "Updated ", "May 13, 2025", " | ", "\n", "BOSTON, ", "(AP) — ", "x"]
        )
        | st.text(max_size=12),
        max_size=12,
    ).map("".join)
)
def test_dateline_date_never_raises(text: str) -> None:
    date = dateline_date(text)
    assert date is None or isinstance(date, dt.date)

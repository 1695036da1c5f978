"""Publication-date lines at the top and foot of news copy (casekit.news.dates).

A table of top lines from outlets of many kinds (wire, local papers, trade press, radio
transcripts, live blogs, press offices): the lines that state when the report was
published, and the lines that carry some other date (a hearing, a deadline, a date in a
headline or in a sentence of the story) and must not be read as one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import Document, extract, summary
from casekit.news.dates import dateline_date, foot_date, stated_date

#: (top line, the publication date it states)
PUBLICATION_LINES: list[tuple[str, str]] = [
    # outlet, desk or byline words, a separator and a full date, on either side
    ("Estate Planning Weekly roundup | 3/4/2026", "2026-03-04"),
    ("Bankruptcy Beat-style digest | 11/18/2025", "2025-11-18"),
    ("Posted Sep 26, 2025 | Courier staff", "2025-09-26"),
    ("Tuesday, June 3, 2025 — The Harbor Record", "2025-06-03"),
    ("Aug. 4, 2025 - The Coastal Record", "2025-08-04"),
    ("Monday, Aug. 4, 2025 – Riverside Courier business desk", "2025-08-04"),
    ("By staff | The Prairie Sentinel | Updated: May 16, 2025", "2025-05-16"),
    ("By staff, The Highland Post | 2/3/2026", "2026-02-03"),
    ("Capitol Gazette politics desk | Wednesday, Oct. 21, 2026", "2026-10-21"),
    ("Olympia bureau | Published 2026-02-26", "2026-02-26"),
    ("Staff report — 12/9/2025", "2025-12-09"),
    ("From staff and wire reports • Jan. 8, 2026", "2026-01-08"),
    ("Published 9:05 AM ET Friday, January 16, 2026 | Metro desk", "2026-01-16"),
    ("January 16, 2026 at 6:02 p.m. CST | Lakeshore Tribune", "2026-01-16"),
    ("SOUTHERN LAW BULLETIN | March 27, 2026 | 6 min read", "2026-03-27"),
    ("Valley Ledger • Nov. 5, 2025 • 4 min read", "2025-11-05"),
    ("By Ana Ruiz and Bo Li of the Valley Courier | Aug. 4, 2025", "2025-08-04"),
    ("By the Editorial Board · Aug. 4, 2025", "2025-08-04"),
    ("Mar. 3, 2026 / Ana Ruiz", "2026-03-03"),
    ("The Plains Observer Posted May 16, 2025", "2025-05-16"),
    ("Posted on June 2, 2025 by the Metro desk", "2025-06-02"),
    ("Published June 11, 2025 | Tech & Law Review", "2025-06-11"),
    ("Last updated Sept. 12, 2025, 4:47 p.m. ET | Newsroom staff", "2025-09-12"),
    ("Published May 12, 2025 | The Ledger | Updated May 13, 2025", "2025-05-12"),
    ("Updated May 13, 2025 | First published May 12, 2025", "2025-05-12"),
    ("Nov. 3, 2025 | Lena Ortiz, Courts Reporter | 5 min read", "2025-11-03"),
    # programme and transcript headers
    ("[TRANSCRIPT — Morning Docket, KRVB Public Radio, Thursday, February 5, 2026]", "2026-02-05"),
    ("[Transcript: Evening Report, Channel 7 News, Feb. 5, 2026]", "2026-02-05"),
    ("[PODCAST — The Docket Hour, episode 212, Jan. 9, 2026]", "2026-01-09"),
    ("Noon News Hour — WKRB 11 — March 2, 2026", "2026-03-02"),
    # forms read before: keep them working
    ("By Jessa Wren | Pacific Legal Dispatch | September 19, 2025", "2025-09-19"),
    ("Business Desk | Nov. 5, 2025", "2025-11-05"),
    ("Oct. 30, 2025 | Chicago Legal Bulletin", "2025-10-30"),
    ("TechLaw Weekly — May 7, 2026", "2026-05-07"),
    ("July 22, 2025 · 5:04 AM ET", "2025-07-22"),
    ("Last updated April 3, 2026, 4:47 p.m. ET", "2026-04-03"),
    ("Published 04/17/2025 7:30 AM", "2025-04-17"),
    ("Posted 10/8/25", "2025-10-08"),
    ("3 July 2025", "2025-07-03"),
    ("Published 5:12 p.m. ET Thursday, March 12, 2026", "2026-03-12"),
    ("DENVER | Feb. 10, 2026", "2026-02-10"),
    ("AUSTIN (Lone Star Law Report) — Friday, Jan. 16, 2026", "2026-01-16"),
    ("April 22, 2025 — By Staff, Tax Notes Weekly", "2025-04-22"),
    ("BROOKLYN, N.Y., March 21, 2025 (Harbor Wire) - A federal judge ruled.", "2025-03-21"),
    ("ALBUQUERQUE, N.M., Nov. 25, 2025 (Southwest Wire) — A judge ruled.", "2025-11-25"),
]

#: Top lines whose date is not the report's: events, sentences, headlines, signatures.
OTHER_DATES: list[str] = [
    "A judge ruled on May 13, 2025 that the rule was unlawful.",
    "WASHINGTON — The court said on May 13, 2025 it would rule within a week.",
    "Court to rule on Jan. 5, 2026",
    "Court To Rule On Jan. 5, 2026",
    "Judge Sets Jan. 5, 2026 Trial Date",
    "Supreme Court | Arguments set for Jan. 5, 2026",
    "Hearing | May 13, 2025",
    "Deadline — Jan. 5, 2026",
    "Jan. 5, 2026 — Sentencing Hearing",
    "Oral argument / Nov. 3, 2025",
    "Court date: May 13, 2025",
    "Filed Jan. 5, 2026",
    "Decided: Jan. 5, 2026",
    "Argued Nov. 3, 2025 — Decided Jan. 5, 2026",
    "— Ana Ruiz (@anaruiz) May 13, 2025",
    "Ana Ruiz May 13, 2025",
    "Trial begins | June 2, 2026",
    "Effective Date | July 1, 2026",
    "Election Day / Nov. 3, 2026",
    "June 3, 2025 — The judge said the law was void",
    "[Hearing transcript — Jan. 5, 2026]",
    "Posted by Ana Ruiz in court news about the hearing, May 13, 2025",
    "Next hearing: June 10, 2025 | Courier staff",
    "Jan. 6, 2021 — The Day Democracy Was Tested",
    "Court To Rule | Jan. 5, 2026",
    "Ruling Expected — Jan. 5, 2026",
    "Supreme Court Term Begins | Oct. 6, 2025",
    "state law | July 1, 2026",
    "the judge said | May 3, 2026",
]


@pytest.mark.parametrize(
    ("line", "expected"), PUBLICATION_LINES, ids=[c[0][:40] for c in PUBLICATION_LINES]
)
def test_publication_line(line: str, expected: str) -> None:
    text = f"Court rules on the appeal\n\n{line}\n\nA state appeals court ruled on Tuesday."
    found = dateline_date(text)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("line", OTHER_DATES, ids=[c[:40] for c in OTHER_DATES])
def test_other_dates_are_not_publication_dates(line: str) -> None:
    text = f"Court rules on the appeal\n\n{line}\n\nA state appeals court ruled on Tuesday."
    assert dateline_date(text) is None


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("Published: Wednesday, May 20, 2026", "2026-05-20"),
        ("Posted Saturday, Oct. 4, 2025", "2025-10-04"),
        ("Last updated Sept. 12, 2025, 4:47 p.m. ET", "2025-09-12"),
        ("The hearing is set for May 3, 2026.", None),
        ("— Reporting by Ana Ruiz", None),
    ],
)
def test_stated_date_falls_back_to_the_foot(foot: str, expected: str | None) -> None:
    text = f"Court rules\n\nA state judge ruled on Monday.\n\n{foot}\n"
    assert foot_date(text) == stated_date(text)
    found = stated_date(text)
    assert (found.isoformat() if found else None) == expected


def test_the_top_wins_over_the_foot() -> None:
    text = "Court rules\n\nMay 12, 2026 | Metro desk\n\nA judge ruled.\n\nUpdated May 14, 2026\n"
    assert stated_date(text) == dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "published", "decided"),
    [
        (
            "Appeals court orders new trial\n\nRiverton Ledger courts desk | Thursday, "
            "Feb. 12, 2026\n\nA state appeals court on Tuesday ordered a new trial.",
            "2026-02-12",
            "2026-02-10",
        ),
        (
            "[TRANSCRIPT — Capitol Hour, KPLN Radio, Friday, March 6, 2026]\n\nHOST: The "
            "state Supreme Court on Thursday reversed the conviction.",
            "2026-03-06",
            "2026-03-05",
        ),
        (
            "Judge blocks county rule\n\nA county judge on Monday granted a preliminary "
            "injunction.\n\nPublished: Wednesday, May 20, 2026\n",
            "2026-05-20",
            "2026-05-18",
        ),
    ],
)
def test_summary_published_and_decided(text: str, published: str, decided: str) -> None:
    result = summary(extract(Document(id="r.txt", text=text)))
    assert result["published"] == published
    assert result["rulings"][0]["decided"] == decided


def test_a_given_published_date_is_kept() -> None:
    text = "Judge rules\n\nA judge ruled on Monday.\n\nPublished: Wednesday, May 20, 2026\n"
    doc = Document(id="r.txt", text=text, published=dt.date(2026, 5, 21))
    assert summary(extract(doc))["published"] == "2026-05-21"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "By ",
                "staff",
                " desk",
                " | ",
                " — ",
                "[TRANSCRIPT",
                "]",
                "Posted ",
                "Updated: ",
                "Wednesday, ",
                "Oct. 21, 2026",
                "11/18/2025",
                "The Ledger",
                " & ",
                "\n",
                "the ",
            ]
        )
        | st.text(max_size=10),
        max_size=14,
    ).map("".join)
)
def test_publication_lines_never_raise(text: str) -> None:
    date = stated_date(text)
    assert date is None or isinstance(date, dt.date)

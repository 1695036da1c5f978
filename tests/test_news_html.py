"""HTML news pages: article text and metadata, table-driven."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.news.html import looks_like_html, parse_html

DATA = Path(__file__).parent / "data" / "news_inputs"
CASES: list[dict[str, Any]] = json.loads(
    (DATA / "expected" / "html_metadata.json").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_html_table(case: dict[str, Any]) -> None:
    doc = ck.read_text(case["html"])
    if "text" in case:
        assert doc.text == case["text"]
    for field, expected in case.get("expect", {}).items():
        value = getattr(doc, field)
        if field == "published":
            value = value and value.isoformat()
        if field == "metadata":
            assert {k: value.get(k) for k in expected} == expected
        else:
            assert value == expected, field


def test_news_site_page_text_leaves_out_the_furniture() -> None:
    doc = ck.read(DATA / "valley_ledger_article.html")
    assert doc.text.splitlines() == [
        "A federal appeals court on Monday revived a lawsuit brought by a group of commercial "
        "fishermen who say the Army Corps of Engineers ignored the effects of dredging on "
        "spawning grounds.",
        "“The district court read the statute too narrowly,” Judge Elena Park wrote for the "
        "three-judge panel of the 8th U.S. Circuit Court of Appeals. The panel sent the case back "
        "for further proceedings under 33 U.S.C. § 1344.",
        "The fishermen’s lawyer, Dana Whitfield, said the ruling was “a first step.”",
        "The Corps did not respond to a request for comment & declined to say whether it would "
        "seek a rehearing.",
        "What comes next",
        "The case returns to U.S. District Judge Howard Lim in St. Louis.",
    ]
    for furniture in (
        "written by a script",  # document.write in a script
        "cookies",  # cookie banner
        "Sports",  # navigation
        "Advertisement",  # ad slot inside the story
        "dredging barge",  # figure caption
        "Share on X",  # share buttons
        "boat ramp",  # related stories aside
        "morning briefing",  # newsletter form
        "rights reserved",  # site footer
        "Copyright 2024",  # story footer
        "By Maria Okafor",  # byline in the story header
    ):
        assert furniture not in doc.text
    assert doc.title == "Appeals court revives lawsuit over river dredging permits"
    assert doc.url == "https://www.valleyledger.example/news/2024/03/18/dredging-appeal/"
    assert doc.published == dt.date(2024, 3, 18)  # local date, not the UTC one (19th)
    assert doc.source == "The Valley Ledger"
    assert doc.metadata["author"] == "Maria Okafor; Tom Reyes"
    assert doc.warnings == ()


def test_the_article_with_most_paragraph_text_wins() -> None:
    doc = ck.read(DATA / "several_articles.html")
    assert doc.text.startswith("Senate panel subpoenas contractor\nA Senate committee voted")
    assert "Budget talks stall" not in doc.text
    assert doc.text.endswith(
        "We will comply with any lawful request.\nFirst hearing: April 4\nSecond hearing: April 18"
    )


def test_page_without_article_element_uses_the_paragraph_block() -> None:
    doc = ck.read(DATA / "harbor_courier_graph.html")
    assert doc.text.startswith("A housing court judge on Wednesday paused")
    assert "Ferry schedule" not in doc.text  # the sidebar
    assert "Pier Road" not in doc.text  # the footer div
    assert doc.published == dt.date(2023, 9, 7)  # the article's dateCreated, not the site's date
    assert doc.source == "Harbor City Courier"  # publisher given by @id reference
    assert doc.warnings == ("ignored a JSON-LD block that is not valid JSON",)


def test_unclosed_paragraphs_and_promo_boxes() -> None:
    doc = ck.read(DATA / "plains_radio_time.html")
    assert doc.text.splitlines() == [
        "In a 4-3 decision, the state supreme court held that senior water rights holders can "
        "block new wells in the basin.",
        "Justice Amy Thornton wrote for the majority. Justice Luis Ortega dissented, warning of "
        '"years of litigation."',
        "Farmers said they were studying the opinion.",
    ]
    assert doc.published == dt.date(2022, 6, 30)  # the page's only <time datetime>
    assert doc.metadata == {"author": "Sam Whitehorse"}
    assert doc.source is None


def test_page_with_no_visible_text_is_a_load_error() -> None:
    page = (
        "<html><head><title>Empty</title></head>"
        "<body><nav>Home</nav><script>x()</script></body></html>"
    )
    with pytest.raises(ck.LoadError, match="no article text"):
        ck.read_text(page)
    assert parse_html(page).text == ""
    assert parse_html(page).title == "Empty"


def test_looks_like_html() -> None:
    assert looks_like_html("\n  <!-- saved page -->\n<!DOCTYPE html>\n<html>")
    assert looks_like_html('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')
    assert not looks_like_html("Judge <b>rules</b> on the <html> tag case")
    assert not looks_like_html("<!-- never closed")


def test_deep_nesting_does_not_overflow_the_stack() -> None:
    page = "<html><body>" + "<div><span>" * 5000 + "deep text" + "</span></div>" * 5000
    assert ck.read_text(page + "</body></html>").text == "deep text"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div class='ad'>",
                "</div>",
                "<br>",
                "<article>",
                "</article>",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "<![CDATA[",
                "]]>",
                "<!",
                "<?",
                "&amp;",
                "&#x110000;",
                "&bogus;",
                "<a href='",
                "'>",
                "<",
                ">",
                "text ",
                "<table><tr><td>",
                "<pre>",
                "\n",
                "<meta property='og:title' content='T'>",
                "<time datetime='x'>",
            ]
        ),
        max_size=40,
    )
)
def test_any_tag_soup_parses_or_fails_cleanly(parts: list[str]) -> None:
    page = "<html><body>" + "".join(parts)
    try:
        doc = ck.read_text(page)
    except ck.CaseKitError:
        return
    assert doc.text.strip() == doc.text
    assert "\n\n" not in doc.text

"""TextView: sentence ends, abbreviations, quoted regions and headline lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit.extractors._text import TextView


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextView(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rev. Ana Ruiz leads Grace Chapel. It sued the city.",
            ["The Rev. Ana Ruiz leads Grace Chapel.", "It sued the city."],
        ),
        (
            "The Hon. Tom Bale presided. Dr. Ruiz testified.",
            ["The Hon. Tom Bale presided.", "Dr. Ruiz testified."],
        ),
        (
            "Acme sued Gov. Ruiz on Monday. The case is Acme v. Ruiz.",
            ["Acme sued Gov. Ruiz on Monday.", "The case is Acme v. Ruiz."],
        ),
        (  # a company suffix ends the sentence when a usual first word follows
            "The suit names Acme Inc. The court said no.",
            ["The suit names Acme Inc.", "The court said no."],
        ),
        (
            "The U.S. Supreme Court ruled. It was 6-3.",
            ["The U.S. Supreme Court ruled.", "It was 6-3."],
        ),
        (  # a period inside quotation marks does not end the sentence
            "She wrote “It fails. It must go,” and left. Then he spoke.",
            ["She wrote “It fails. It must go,” and left.", "Then he spoke."],
        ),
        (
            "Is it lawful? The judge said no! Appeals follow.",
            ["Is it lawful?", "The judge said no!", "Appeals follow."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_headline_is_not_prose() -> None:
    text = "Judge Blocks State Voting Rule In Sweeping Order\n\nA judge on Monday blocked it."
    view = TextView(text)
    assert [s.prose for s in view.sentences] == [False, True]


def test_in_quotes() -> None:
    text = "He said “no way” today."
    view = TextView(text)
    assert view.in_quotes(text.index("way")) and not view.in_quotes(text.index("today"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Rev. Inc. “”"?!\n A')), max_size=120))
def test_sentences_are_ordered_and_inside_the_text(text: str) -> None:
    end = 0
    for s in TextView(text).sentences:
        assert end <= s.start <= s.end <= len(text)
        end = s.end

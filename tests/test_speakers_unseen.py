"""Quote speakers in phrasings the bundled reports do not show (table-driven).

Each case is a short passage of news writing and the (quote, speaker) pairs casekit should
find: a second quotation in the sentence of the first, "the court wrote" for an unsigned
ruling, pronouns after "represented by", documents quoted by their wording, attributions
that a quotation only seems to have after it, and words that only look like attribution
verbs ("the fraud claim was", "the majority read the act").
"""

from __future__ import annotations

import pytest

from casekit import Document
from casekit.extractors.people import find_people
from casekit.extractors.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "a second partial quotation in the sentence of the first",
        "Judge Ana Ruiz dissented. She wrote that the majority had “erred badly” and that "
        "the rule “cannot stand.”",
        [("erred badly", "Ana Ruiz"), ("cannot stand.", "Ana Ruiz")],
    ),
    (
        "a second quotation after a statute citation in the same sentence",
        "Judge Mara Cole wrote that the order was “arbitrary” under 5 U.S.C. § 706 because "
        "the agency “ignored its own findings.”",
        [("arbitrary", "Mara Cole"), ("ignored its own findings.", "Mara Cole")],
    ),
    (
        "“A” and did not say ...: the sentence goes on, no new speaker",
        "Mayor Jo Kim said in a statement that the city was “reviewing the ruling” and did "
        "not say whether it would appeal.",
        [("reviewing the ruling", "Jo Kim")],
    ),
    (
        "“A” but that ...: the subject of the sentence still speaks",
        "Judge Sam Okoro said the tenants had raised “serious questions” but had not shown "
        "harm, in part because the city has promised shelter.",
        [("serious questions", "Sam Okoro")],
    ),
    (
        "an unsigned ruling of several judges: the court, not the dissenter",
        "The justices reversed in an unsigned opinion. Justice Ana Ruiz dissented. "
        "“The rule is clear,” the court wrote.",
        [("The rule is clear,", "court")],
    ),
    (
        "an unsigned order: the order, not the lower-court judge named before",
        "U.S. District Judge Ada Nwosu ruled in March. A panel denied a stay in an unsigned "
        "order. “The government has not shown harm,” the order said.",
        [("The government has not shown harm,", "order")],
    ),
    (
        "a short quotation followed by a preposition modifies no noun",
        "A three-judge panel ruled Friday. The panel wrote that the balance of hardships "
        "“tips sharply” toward the workers.",
        [("tips sharply", "three-judge panel")],
    ),
    (
        "she: the lawyer after 'represented by', not a judge of unknown gender",
        "Judge Everett Moss ruled for the tenants. They are represented by Sara Lind of "
        "Legal Aid. She said the order “keeps families housed.”",
        [("keeps families housed.", "Sara Lind")],
    ),
    (
        "a pronoun after a name in its own clause",
        "Special Agent Karla Jensen testified last month. Judge Benita Ortiz wrote that she "
        "found Jensen “credible but uninformed.”",
        [("credible but uninformed.", "Benita Ortiz")],
    ),
    (
        "he wrote separately to warn: the pronoun, not a description",
        "Judge Paul Keene concurred. He agreed the suit should go on, but he wrote "
        "separately to warn against “reading too much into timing.”",
        [("reading too much into timing.", "Paul Keene")],
    ),
    (
        "titles before a name: public defender",
        "Assistant Public Defender Lorena Quaid said the dismissal was right. "
        "“The law is settled,” she said.",
        [("The law is settled,", "Lorena Quaid")],
    ),
    (
        "a headline's capitalised verb is no name for a later pronoun",
        "Judge Blocks Texas Law on Library Books\n\nU.S. District Judge Raymond Vidal ruled "
        "Friday. Texas appealed. He called the state's evidence “thin to the point of "
        "transparency.”",
        [("thin to the point of transparency.", "Raymond Vidal")],
    ),
    (
        "X, for his part, took to television to call: X",
        "Gov. Lyle Pruett, for his part, took to television to call the ruling “judicial "
        "activism at its worst.”",
        [("judicial activism at its worst.", "Lyle Pruett")],
    ),
    (
        "according to court filings, which say: the filings",
        "The agency sent the letters the same day, according to court filings, which say "
        "they were “drafted before any file was read.”",
        [("drafted before any file was read.", "court filing")],
    ),
    (
        "an adverb after the speaker is not part of the description",
        "According to the complaint, supervisors routinely told workers that “breaks are "
        "optional.”",
        [("breaks are optional.", "supervisors")],
    ),
    (
        "a one-word quotation after a modal verb is the speaker's word",
        "A Homeland Security official said the department would “immediately” seek a stay.",
        [("immediately", "Homeland Security official")],
    ),
    (
        "a one-word quotation ending in a comma modifies no noun",
        "According to the ruling, the evidence was “overwhelming,” including messages to a deputy.",
        [("overwhelming,", "ruling")],
    ),
    (
        "a long description of an office",
        "A spokesperson for the U.S. Attorney's Office for the Eastern District of New York "
        "said prosecutors were “ready to proceed to trial.”",
        [
            (
                "ready to proceed to trial.",
                "spokesperson for the U.S. Attorney's Office for the Eastern District of New York",
            )
        ],
    ),
    (
        "the wording of an ordinance",
        "The ordinance, which prohibits vendors from operating “within 500 feet of a "
        "stadium,” took effect in May.",
        [("within 500 feet of a stadium,", "ordinance")],
    ),
    (
        "the wording of a handbook a judge quotes",
        "Judge Ana Ruiz wrote that the company's own handbook required workers to “stay "
        "reachable at all times.”",
        [("stay reachable at all times.", "handbook")],
    ),
    (
        "the wording of a statute cited by section",
        "The case turns on 8 U.S.C. § 1182(f), which allows the president to “suspend the "
        "entry” of noncitizens.",
        [("suspend the entry", "8 U.S.C. § 1182(f)")],
    ),
    (
        "regulations with the reporter's aside in between",
        "Judge Celeste Amari ruled for the agency. Federal regulations, she noted, require "
        "that exempt workers be paid “on a salary basis,” and the rule follows them.",
        [("on a salary basis,", "Federal regulations")],
    ),
    (
        "the fraud claim was: a noun, not an attribution verb",
        "Judge Ana Ruiz said the fraud claim was “a contract dispute in disguise.”",
        [("a contract dispute in disguise.", "Ana Ruiz")],
    ),
    (
        "the stated reasons: a noun after a participle",
        "Judge Alisha Grant wrote that the company's stated reasons were “a pretext for "
        "retaliation.”",
        [("a pretext for retaliation.", "Alisha Grant")],
    ),
    (
        "the majority read the act “A”: read with an object is no attribution",
        "Judge Bo Park dissented, writing that the majority read the statute “far too broadly.”",
        [("far too broadly.", "Bo Park")],
    ),
    (
        "a paragraph reporting a quotation above an embedded post is news prose",
        "Judge Ana Ruiz ruled Monday.\n\nThe judge added that the plan “would harm "
        "voters.”\n\nBREAKING: Judge blocks the plan! Huge win.\n"
        "— Voters United (@VotersUnited) May 1, 2025\n",
        [("would harm voters.", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speaker(why: str, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract_quotes(Document(id="d", text=text))
    found = [(q.text, q.speaker.label if q.speaker is not None else None) for q in quotes]
    assert found == expected, why


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naomi Feldkamp of the State Public Defender's office argued.", ["Naomi Feldkamp"]),
        ("Assistant Federal Public Defender Lionel Sauer objected.", ["Lionel Sauer"]),
        ("CEO Gretchen Alderman spoke to analysts.", ["Gretchen Alderman"]),
    ],
)
def test_office_titles_are_not_names(text: str, names: list[str]) -> None:
    assert [m.name for m in find_people(text)] == names

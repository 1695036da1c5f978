"""extract_quotes: speakers and quotations in phrasings news reports use often.

Each case is a short text of our own writing with the quotes (text, speaker label) it
should give; grouped by the rule it exercises.
"""

from __future__ import annotations

import pytest

from casekit.extractors.people import People, find_people
from casekit.extractors.quote_names import given_name_gender
from casekit.extractors.quotes import extract_quotes
from casekit.model import Document

# (why, text, judge passed to extract_quotes, expected [text, speaker] pairs)
CASES: list[tuple[str, str, str | None, list[list[str]]]] = [
    # -- words after a mid-sentence partial quote that carry its clause on
    (
        "a phrase opening with 'as' after a partial quote is no speaker",
        "Mayor Dana Pruett said the city would keep “talking with residents” as the "
        "lawsuit continues.",
        None,
        [["talking with residents", "Dana Pruett"]],
    ),
    (
        "a phrase opening with 'by' after a partial quote is no speaker",
        "Judge Ellen Voss said the lawyer made “a sound tactical call” by arguing "
        "self-defense, as other lawyers noted.",
        None,
        [["a sound tactical call", "Ellen Voss"]],
    ),
    (
        "a phrase opening with 'how' after a one-word-pair quote is no speaker",
        "Lena Ruiz, a tenant organizer, added that tenants would follow “very closely” "
        "how the council responds.",
        None,
        [["very closely", "Lena Ruiz"]],
    ),
    # -- the subject of an embedded clause is not the speaker
    (
        "'warned that X would leave states' keeps the writer",
        "Judge Carla Brandt dissented. She wrote that the court had read the precedent "
        "“too narrowly” and warned that the ruling would leave states “with nothing to "
        "enforce.”",
        None,
        [["too narrowly", "Carla Brandt"], ["with nothing to enforce.", "Carla Brandt"]],
    ),
    (
        "records show, according to X, that Roe, who ..., wrote that ...",
        "Those emails show, according to the lawsuit, that Ada Mercer, who ran the lab, "
        "wrote to the board that the results were “getting worse by the week.”",
        None,
        [["getting worse by the week.", "Ada Mercer"]],
    ),
    (
        "said the plaintiffs had alleged: the judge's words",
        "Writing for the panel, Judge Omar Lindell said the plaintiffs had plausibly "
        "alleged that the county “looked the other way.”",
        None,
        [["looked the other way.", "Omar Lindell"]],
    ),
    (
        "said the agency judge had called: the inner speaker",
        "The appeals court said the immigration judge had called the testimony "
        "“vague and rehearsed” without explaining why.",
        None,
        [["vague and rehearsed", "immigration judge"]],
    ),
    # -- interposed attributions and possessives
    (
        "NAME, she wrote, “...”: the writer, not NAME",
        "Judge Nora Whitcomb denied the motion. Tobias Reed had seen the numbers. Reed, "
        "she wrote, “knew exactly what the ledger showed.”",
        None,
        [["knew exactly what the ledger showed.", "Nora Whitcomb"]],
    ),
    (
        "an s-ending possessive owner is not the appositive speaker",
        "Marcus Jones sued the county. Jones' attorney, Priya Lowell, said the ruling "
        "“gives him his day in court.”",
        None,
        [["gives him his day in court.", "Priya Lowell"]],
    ),
    (
        "a long apposition after 'NAME of FIRM' before 'said'",
        "“We will appeal,” Owen Hart of Hart Blake & Rowe LLP, counsel for the "
        "growers' cooperative, said in an interview.",
        None,
        [["We will appeal,", "Owen Hart"]],
    ),
    # -- collegial courts keep the description
    (
        "'the panel wrote' with the author named only later",
        "The appeals court reversed on Monday. “A rule nobody can read is no rule,” the "
        "panel wrote.\n\nJudge Maria Okafor wrote the opinion.",
        None,
        [["A rule nobody can read is no rule,", "panel"]],
    ),
    (
        "'the trial court found' in an appellate story",
        "The appeals court affirmed. Judge Hal Burns wrote for the panel.\n\nThe trial "
        "court found the landlord's notice “defective on its face” and void.",
        None,
        [["defective on its face", "trial court"]],
    ),
    # -- pronouns
    (
        "'The judge' subject beats an unknown-gender lawyer for 'she'",
        "U.S. District Judge Maria Quint heard the case. Agency lawyer Casey Morrow argued "
        "the claims were late.\n\nThe judge rejected that argument. “The clock never "
        "started,” she wrote.",
        None,
        [["The clock never started,", "Maria Quint"]],
    ),
    (
        "a firm after 'at' is not a person for 'she'",
        "Renee Ortiz, an economist at Halvard Analytics, said the ruling was narrow. "
        "“It changes very little,” she said.",
        None,
        [["It changes very little,", "Renee Ortiz"]],
    ),
    (
        "'they' is the plural subject of the sentence before",
        "Judge Ruth Lang ruled for the city.\n\nLawyers for the vendors had argued the "
        "permits were valid. In a brief, they called the ban “a solution in search of a "
        "problem.”",
        None,
        [["a solution in search of a problem.", "lawyers for the vendors"]],
    ),
    (
        "'it said' is the court of the sentence before",
        "The appeals panel found the search too narrow. The agency, it said, had "
        "“looked only in the obvious drawer.”",
        None,
        [["looked only in the obvious drawer.", "appeals panel"]],
    ),
    (
        "'he' after a person named by role in the same sentence",
        "The report said that the foreman was warned twice and that he told workers the "
        "scaffold was “good enough.”",
        None,
        [["good enough.", "foreman"]],
    ),
    (
        "'she wrote' passes over a name of unknown gender for the female judge",
        "Judge Carla Benning wrote for the panel. She said the state had shown that Morgan "
        "Reyes joined the group. But she wrote that the statute “requires more than "
        "membership.”",
        None,
        [["requires more than membership.", "Carla Benning"]],
    ),
    (
        "'when he handed ... and told them': the pronoun joined by 'and'",
        "Officer Ben Hale testified that Luis Ortega met him at the door and that he "
        "opened the trunk and told officers to “take a look.”",
        None,
        [["take a look.", "Luis Ortega"]],
    ),
    (
        "a possessive name right before a short quote is its speaker",
        "The court found that Dana Roe's “no” to the officers ended the consent.",
        None,
        [["no", "Dana Roe"]],
    ),
    # -- organizations and documents as speakers
    (
        "an acronym speaker is the name the text spells out",
        "The Department of Homeland Security was sued in May. DHS said in a statement "
        "that it “will comply with the order.”",
        None,
        [["will comply with the order.", "Department of Homeland Security"]],
    ),
    (
        "a notice that called ...: the notice",
        "The agency announced the cut in a notice that called the grants “a poor use of "
        "public money.”",
        None,
        [["a poor use of public money.", "notice"]],
    ),
    (
        "statute words after 'Under <cite>, she wrote,'",
        "Under 42 U.S.C. § 1983, she wrote, a person acting under color of law is liable "
        "to the party injured “in an action at law.”",
        None,
        [["in an action at law.", "42 U.S.C. § 1983"]],
    ),
    (
        "statute words after '<cite>, which requires'",
        "The board relied on Cal. Gov. Code § 54954.2, which requires an agenda posted 72 "
        "hours ahead that describes each item “in no more than 20 words.”",
        None,
        [["in no more than 20 words.", "Cal. Gov't Code § 54954.2"]],
    ),
    # -- short quotes: attributed or terms
    (
        "a one-word quote followed by an article is attributed",
        "Justice Amy Roth wrote that the majority “misreads” the statute.",
        None,
        [["misreads", "Amy Roth"]],
    ),
    (
        "a two-word quote after an auxiliary is attributed",
        "Judge Leo Brand wrote that the agency had “once more” ignored its own rules.",
        None,
        [["once more", "Leo Brand"]],
    ),
    (
        "a quoted noun phrase before 'to' is the whole phrase, not a modifier",
        "The judge, Ana Solis, found that the fund had shown a “proper purpose” to "
        "inspect the books.",
        None,
        [["proper purpose", "Ana Solis"]],
    ),
    (
        "accused X of “...”",
        "Justice Paul Eder accused the majority of “inventing a test the statute never mentions.”",
        None,
        [["inventing a test the statute never mentions.", "Paul Eder"]],
    ),
    (
        "a term of art modifying a legal noun is no quote",
        "Judge Iris Vale ruled that the deed failed the “held in trust” requirement of the code.",
        None,
        [],
    ),
    (
        "a UI label is no quote",
        "The complaint says users agreed by clicking “Accept all” on the first screen, "
        "the company said.",
        None,
        [],
    ),
    (
        "a label before 'button' is no quote",
        "Regulators said the app hid the price behind a large “Try it free” button.",
        None,
        [],
    ),
    (
        "a term under a duty, then a quote of the same speaker",
        "Judge Kay Orton said the county's duty to give a “prompt answer” to each request "
        "does not let it “sit on records for a year.”",
        None,
        [["sit on records for a year.", "Kay Orton"]],
    ),
]


@pytest.mark.parametrize(("why", "text", "judge", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speaker(why: str, text: str, judge: str | None, expected: list[list[str]]) -> None:
    document = Document(id="case", text=text)
    quotes = extract_quotes(document, judge=judge)
    for q in quotes:
        assert text[q.provenance[0].span.slice()] == q.text
    assert [[q.text, q.speaker.label if q.speaker else ""] for q in quotes] == expected, why


# -- speakers named by role, pronouns and names of firms (reports 1701-1710)
SPEAKER_CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "'the governor' is the person titled 'Gov.'",
        "Gov. Martina Ochs vetoed the bill. “I stand by my veto,” the governor said.",
        [["I stand by my veto,", "Martina Ochs"]],
    ),
    (
        "'the spokeswoman' is the person whose appositive role she is",
        "Nadia Sorensen, a spokeswoman for the agency, declined to comment. The spokeswoman "
        "said the agency “will comply with the order.”",
        [["will comply with the order.", "Nadia Sorensen"]],
    ),
    (
        "'the plaintiff' is the person the role is set off in front of",
        "The plaintiff, Harold Finch, told reporters he was “vindicated.” The plaintiff "
        "said he would “keep fighting.”",
        [["vindicated.", "Harold Finch"], ["keep fighting.", "Harold Finch"]],
    ),
    (
        "a full name ending its sentence completes a later bare surname",
        "“It is a sad day,” said the city's lawyer, Pat Lindqvist. “We are not done,” "
        "Lindqvist said.",
        [["It is a sad day,", "Pat Lindqvist"], ["We are not done,", "Pat Lindqvist"]],
    ),
    (
        "'he wrote.' passes a name of unknown gender quoted last for the judge",
        "U.S. District Judge Harold Benning heard arguments. Riley Ashdown told Benning the "
        "claims were “stale.” He disagreed. “A claim is stale only when the law says so,” "
        "he wrote.",
        [
            ["stale.", "Riley Ashdown"],
            ["A claim is stale only when the law says so,", "Harold Benning"],
        ],
    ),
    (
        "'he' with nobody fitting before is the man named shortly after",
        "Justice Ann Berg said the man consented when he handed officers his keys and "
        "told them to “look at whatever you want.” The case is State v. Holm. Garrett Holm, "
        "41, was convicted.",
        [["look at whatever you want.", "Garrett Holm"]],
    ),
    (
        "'St.' before a place is no person",
        "The case was hard. The St. Paul City Attorney's Office said the ruling brought "
        "“a measure of closure” to the family.",
        [["a measure of closure", "St. Paul City Attorney's Office"]],
    ),
    (
        "a group before a list of bodies is the speaker, not the last body",
        "The objectors, the Lakeview Police Pension Fund and the Ashford Teachers Retirement "
        "System, argued in a court filing that the fees were “out of proportion.”",
        [["out of proportion.", "objectors"]],
    ),
    (
        "a firm ending in 'Gardens' is no 'she'",
        "“This is a bad day,” said Avery Lund, a partner at Willamette Gardens. “We will "
        "keep fighting,” she added.",
        [["This is a bad day,", "Avery Lund"], ["We will keep fighting,", "Avery Lund"]],
    ),
]


@pytest.mark.parametrize(
    ("why", "text", "expected"), SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES]
)
def test_role_and_pronoun_speaker(why: str, text: str, expected: list[list[str]]) -> None:
    quotes = extract_quotes(Document(id="case", text=text))
    assert [[q.text, q.speaker.label if q.speaker else ""] for q in quotes] == expected, why


# names of firms, farms and shops are no person mentions; people's names stay
FIRM_CASES: list[tuple[str, list[str]]] = [
    ("Rhea Monk, an analyst at Forkline Insights, said it was bad.", ["Rhea Monk"]),
    ("Willamette Gardens said in a statement that it would appeal.", []),
    ("Cedar Hollow Farms and Pine Valley Outfitters sued Lakeview Dental.", []),
    (
        "Maple Ridge Apartments hired Jordan Ellery and Quinn Halloran.",
        ["Jordan Ellery", "Quinn Halloran"],
    ),
]


@pytest.mark.parametrize(("text", "names"), FIRM_CASES)
def test_firms_are_no_people(text: str, names: list[str]) -> None:
    assert [m.name for m in find_people(text)] == names


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Priyanka", "f"),
        ("Mireille", "f"),
        ("Emeka", "m"),
        ("Everett", "m"),
        ("Casey", None),
        ("Drew", None),
    ],
)
def test_given_name_gender(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Jordan Ellery said his client was pleased.", "m"),
        ("Jordan Ellery said her firm would appeal.", "f"),
        ("Jordan Ellery told her client to wait.", None),  # "her" is whom Ellery told
        ("Jordan Ellery said the ruling was fine.", None),
    ],
)
def test_gender_from_said_his_or_her(text: str, gender: str | None) -> None:
    assert People(text).gender("Jordan Ellery") == gender


# -- dash signature lines and transcript labels (reports 2101-2108)
SIGNATURE_CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "an em-dash line under a quotation paragraph names its speaker",
        "The judge ruled on Monday. Here is what people said:\n\n"
        "“We will appeal this at once.”\n— Marta Quell, a lawyer for the county\n",
        [["We will appeal this at once.", "Marta Quell"]],
    ),
    (
        "an en dash and a titled name",
        "The court ruled.\n\n“This is a win for every renter.”\n– Mayor Idris Kamara\n",
        [["This is a win for every renter.", "Idris Kamara"]],
    ),
    (
        "two hyphens stand for a dash",
        "The court ruled.\n\n“Nothing changes for now.”\n-- Pilar Soto, county clerk\n",
        [["Nothing changes for now.", "Pilar Soto"]],
    ),
    (
        "a list item under a quotation is no signature",
        "The court ruled.\n\n“Nothing changes for now.”\n- Pilar Soto, county clerk\n",
        [],
    ),
    (
        "a quotation with an attribution of its own keeps it",
        "“Nothing changes for now,” said Pilar Soto.\n— Idris Kamara, mayor\n",
        [["Nothing changes for now,", "Pilar Soto"]],
    ),
    (
        "a surname label in interview copy names the person given in full before",
        "We asked Noor Haddad, a professor, about the ruling.\n\n"
        "Q: What did the court decide?\n\n"
        "Haddad: “The district can set limits.”\n",
        [["The district can set limits.", "Noor Haddad"]],
    ),
    (
        "a full-name label",
        "The court ruled.\n\nWade Tillman: “I will pump less next summer.”\n",
        [["I will pump less next summer.", "Wade Tillman"]],
    ),
    (
        "a one-word label no full name completes is no speaker",
        "The court ruled.\n\nRelated: “Five Things to Know About the Ruling,” our guide.\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("why", "text", "expected"), SIGNATURE_CASES, ids=[c[0] for c in SIGNATURE_CASES]
)
def test_signature_and_label_speaker(why: str, text: str, expected: list[list[str]]) -> None:
    quotes = extract_quotes(Document(id="case", text=text))
    assert [[q.text, q.speaker.label if q.speaker else ""] for q in quotes] == expected, why


def test_credit_line_under_a_quotation_is_no_signature() -> None:
    text = (
        "Judge Ada Brook ruled on Monday.\n\n“The order stands.”\n"
        "— Reporting by Jane Roe; editing by Sam Poe\n"
    )
    quotes = extract_quotes(Document(id="case", text=text))
    assert all(q.speaker is None or q.speaker.label != "Jane Roe" for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The judge ruled.\n\n“We will appeal at once.” — Marta Quell, a county lawyer\n",
            [["We will appeal at once.", "Marta Quell"]],
        ),
        (
            "The judge ruled.\n\n“We will appeal.” —Marta Quell\n",
            [["We will appeal.", "Marta Quell"]],
        ),
    ],
)
def test_dash_signature_on_the_quotation_line(text: str, expected: list[list[str]]) -> None:
    quotes = extract_quotes(Document(id="case", text=text))
    assert [[q.text, q.speaker.label if q.speaker else ""] for q in quotes] == expected

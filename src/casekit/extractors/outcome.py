"""Outcome verbs and relief phrases: what a court did, and to what request.

News writing states outcomes with a small set of verbs ("denied", "blocked",
"declined to halt", "upheld", "threw out") and names the request with a few fixed
phrases ("preliminary injunction", "temporary restraining order", "motion to
dismiss").  :func:`find_events` finds the verbs (finite forms, participle clauses
after a comma, and negated requests such as "refused to block"), skipping
infinitives and conditionals; :func:`relief_in` finds the request phrase.

>>> from casekit.extractors.outcome import find_events, relief_in
>>> text = "A federal judge on Monday declined to halt the rule."
>>> [(e.outcome.value, e.strong) for e in find_events(text, 0, len(text))]
[('denied', True)]
>>> relief_in("denied a motion for a preliminary injunction", 0, 44)
'preliminary injunction'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from casekit.extractors._text import trie, word_scan, word_starts
from casekit.model.ruling import Outcome

__all__ = ["Event", "events_by_sentence", "find_events", "relief_in"]

O = Outcome  # noqa: E741
# verb form -> (outcome, strong); None as outcome: a ruling verb that says no outcome.
_VERBS: dict[str, tuple[Outcome | None, bool]] = {}


def _add(forms: str, outcome: Outcome | None, strong: bool = True) -> None:
    for form in forms.split("|"):
        _VERBS[form] = (outcome, strong)


_add("denied|denies|denying|rejected|rejects|rejecting|refused|refuses", O.DENIED)
_add("granted|granting|approved|approves|approving|certified|certifies|certifying", O.GRANTED)
_add("blocked|blocks|blocking|halted|halts|halting|enjoined|enjoins|enjoining", O.GRANTED)
_add("barred|barring|stopped|stopping|struck down|strikes down|striking down", O.GRANTED)
_add("upheld|upholds|upholding|affirmed|affirms|affirming", O.AFFIRMED)
_add("reversed|reverses|reversing|overturned|overturns|overturning", O.REVERSED)
_add("vacated|vacates|vacating|set aside|sets aside|lifted|lifts|lifting", O.VACATED)
_add("threw out|throws out|throwing out|tossed|tosses|tossing|tossed out", O.DISMISSED)
_add("dismissed|dismisses|dismissing", O.DISMISSED)
_add("remanded|remands|remanding", O.REMANDED)
_add("trimmed|trims|narrowed|narrows|pared back|pared down", O.GRANTED_IN_PART, strong=False)
_add("whittled down|whittles down|scaled back|scales back", O.GRANTED_IN_PART, strong=False)
_add("issued|issues|entered|enters|imposed|imposes", O.GRANTED)  # with a relief after it
_add("stayed|paused|pauses|pausing|put on hold|puts on hold|froze|freezes", O.STAYED)
_add("ordered", O.GRANTED, strong=False)
_add("revived|revives|reviving|reinstated|reinstates|reinstating", O.REVERSED, strong=False)
_add("sided with|sides with|siding with|ruled in favor of|ruled for", O.OTHER, strong=False)
_add("cleared the way|clears the way|clearing the way", O.OTHER, strong=False)
_add("ruled against|rules against|ruling against", O.OTHER, strong=False)
_add("sentenced|sentences", O.OTHER, strong=False)
_add("let stand|lets stand|left in place|leaves in place", O.AFFIRMED)
_add("ruled", None, strong=False)

# Requests a court can refuse: "declined to block", "refused to dismiss", "won't halt".
_REFUSED = {
    **dict.fromkeys("block halt stop enjoin bar freeze suspend strike".split(), None),
    **dict.fromkeys("pause stay".split(), "stay"),
    **dict.fromkeys(("dismiss", "toss", "throw out"), "motion to dismiss"),
    "certify": "class certification",
    **dict.fromkeys("hear review".split(), "appeal"),
    **dict.fromkeys("reconsider revisit".split(), "motion for reconsideration"),
    **dict.fromkeys("grant issue order intervene lift reinstate revive disturb".split(), None),
    **dict.fromkeys("overturn reverse vacate".split(), None),
}


@functools.cache
def _pattern() -> re.Pattern[str]:
    verbs = trie(_VERBS)
    refused = trie(_REFUSED)
    first = "".join(sorted({v[0] for v in _VERBS} | set("rdwsal")))
    return re.compile(
        rf"(?<!\w)(?=[{first}])(?:(?P<neg>(?:refused|refuses|refusing|declined|declines|declining)\s+to"
        rf"|won[’']t|will\s+not|would\s+not|did\s+not|didn[’']t|does\s+not|doesn[’']t)"
        rf"\s+(?:(?:immediately|temporarily)\s+)?(?P<what>{refused})\b"
        rf"|(?P<verb>{verbs})\b(?P<part>\s+in\s+part)?"
        rf"|(?P<back>sen(?:t|ds|ding)\s+(?:[\w'’$,-]+\s+){{0,14}}?back)\b"
        rf"|(?P<proceed>(?:allowed|allows|allowing|let|lets|letting)\s+(?:[\w'’$,-]+\s+){{0,3}}?"
        rf"(?:lawsuit|suit|case|claims?|challenge|complaint|prosecution)s?\s+"
        rf"(?:[\w'’$,-]+\s+){{0,6}}?(?:to\s+)?"
        rf"(?:proceed|go\s+forward|move\s+forward|continue|go\s+to\s+trial)))\b"
    )


# The tests on the words before a verb read them backwards: each pattern is the mirror
# image of one that would end the text before the verb ("would have  <verb>"), matched at
# the start of the reversed text, so the regex engine tries one position, not every one.
_BEFORE_SKIP = re.compile(  # "to", "would", "if", "not" + maybe an adverb: not a finding
    r"\s+(?:yl\w+\s+)?(?:ot|dluow|dluoc|thgim|yam|dluohs|lliw|nac|evah\s+dluow|evah\s+dluoc"
    r"|ton|fi|rehtehw|tsum)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:had|previously|earlier|initially|originally|already|another|second|separate)\b",
    re.IGNORECASE,
)
_RULING_OBJECT = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:ruling|order|decision|injunction|judgment|verdict|conviction"
    r"|sentence|opinion|finding|execution|lower[- ]court)\b",
    re.IGNORECASE,
)


# what a court pauses (rather than blocks): a proceeding or a removal
_PAUSED_OBJECT = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:deportation|removal|extradition|transfer|proceedings?|case"
    r"|trial|hearing|lawsuit|vote|election|auction|sale)\b",
    re.IGNORECASE,
)
_SENTENCE_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]+\s+){0,3}?sentences?\b")
_CLAUSE_START = re.compile(r"\b(?:that|who|which|they|we|he|she|it)\b")
_ISSUE = frozenset("issued issues entered enters imposed imposes".split())
_PASSIVE = re.compile(r"\s+(?:yl\w+\s+|osla\s+|ton\s+)?(?:saw|erew|neeb|gnieb|si|era|eb)\b")
# backwards, as _BEFORE_SKIP: "issued a 5-2 decision  <verb>ing": the court's own ruling
_ISSUED_RULING = re.compile(
    # "issued an unsigned order late Thursday denying": a day may stand between
    r"\s+(?:yad\w+\s+(?:(?:no|etal|ylrae)\s+)?)?(?:noinipo|noisiced|gnilur|redro)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:na|a|sti)\s+(?:deussi|desaeler|nwod\s+dednah|dereviled)\b"
    # "a decision by the Wisconsin Supreme Court affirming"
    r"|\s+(?:truoC|tiucriC|secitsuj)\s+(?:[\w.-]+\s+){0,5}?(?:yb|fo|morf)\s+"
    r"(?:noinipo|noisiced|gnilur)\b"
    # "wrote in a 41-page opinion granting"
    r"|\s+(?:noinipo|noisiced|gnilur|redro)\s+(?:[\w-]+\s+){0,3}?(?:na|a|sti)\s+ni\b"
)
_AND = re.compile(r"\s+(?:,|dna\b)")  # backwards, as _BEFORE_SKIP
_IN_PART = re.compile(r"\s+(?:yllaitrap|yltrap|trap\s+ni)\b")  # backwards
_IN_PART_AFTER = re.compile(
    r"[^.,;]{0,40}?\bin\s+part\b(?!\s+(?:because|due|on|since|as|for)\b)"
    # "granted part of the motion", "granted partial summary judgment"
    r"|\s+(?:(?:part|parts|portions?|some)\s+of|partial)\b"
)


def _in_part_after(window: str) -> bool:
    """True if :data:`_IN_PART_AFTER` matches at the start of ``window``; each of its
    branches needs "part", "portion" or "some", looked for first."""
    if "part" not in window and "portion" not in window and "some" not in window:
        return False
    return _IN_PART_AFTER.match(window) is not None


_TO_AFTER = re.compile(r"\s+to\b")
_EVIDENCE_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:evidence|statements?|confessions?|admissions?)\b"
)
_TRIMMED_BUT = re.compile(
    r"\b(?:trimmed|trims|narrowed|narrows|pared\s+(?:back|down)|whittled\s+down|scaled\s+back)"
    r"\s+but\s+$"
)
# "rejected that argument", "rejecting the state's contention that": reasoning, not what
# the court decided
_REASONING_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:arguments?|contentions?|assertions?|reasoning|position"
    r"|interpretation|reading|theory|suggestion|notion|premise|view|idea|objections?"
    r"|claims?\s+that)\b"
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\b")
_REJECTING = frozenset(("rejected", "rejects", "rejecting"))
_CLASS_AFTER = re.compile(r"\s+(?:a\s+)?(?:\w+\s+){0,2}class")
_BY_AFTER = re.compile(r"\s+(?:[^\s.]+\s+){0,6}?by\b")
_REQUEST = re.compile(
    r"\b(?:motion|request|bid|injunction|petition|appeal|application|order|stay|claims?"
    r"|lawsuit|suit|challenge|restraining)s?\b",
    re.IGNORECASE,
)
# "dismissed some of the claims", "threw out two of the five counts": a partial dismissal
_SOME_CLAIMS = re.compile(
    r"\s+(?:some|several|parts?|portions?|most|many|one|two|three|four|five|six|\d+)\b"
    r"(?:\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,4}?)?"
    r"\s*(?:claims|counts|causes\s+of\s+action)\b"
    # "dismissed the fraud claim but let others proceed"
    r"|[^.;]{0,120}?\bbut\s+(?:let|allowed|kept|left)\s+(?:others|the\s+rest|\w+\s+other)",
    re.IGNORECASE,
)
# "let the suit proceed but dismissed ...": "but" right before the verb (backwards, as
# _BEFORE_SKIP), and a verb keeping part of the case earlier in the sentence
_BUT = re.compile(r",?\s+tub\b")
_KEPT = re.compile(r"\b(?:let|lets|allowed|allows|kept|keeps|permitted|permits)\b")
_BUT_DISMISSED = re.compile(r"\bbut\s+(?:also\s+)?(?:dismiss|toss|thr[eo]w\s+out)")
_SUIT_OBJECT = re.compile(
    # "charges" (not "what companies may charge")
    r"\s+(?:[^\s.]+\s+){0,6}?(?:lawsuit|suit|case|claims?|complaint|charges|indictment|petition"
    r"|appeal|challenge)s?\b",
    re.IGNORECASE,
)


@attrs.frozen
class Event:
    """One outcome verb in a sentence."""

    start: int
    end: int
    outcome: Outcome | None
    strong: bool
    earlier: bool  # "had denied", "previously refused": an earlier ruling
    relief: str | None  # implied by the verb ("refused to dismiss")
    verb: str


# Multi-word phrases of the pattern: group name -> (outcome, relief, verb).
_PHRASES: dict[str, tuple[Outcome, str | None, str]] = {
    "proceed": (O.DENIED, "motion to dismiss", "allowed to proceed"),
    "back": (O.REMANDED, None, "sent back"),
}


# one of the words of _EARLIER in lower case, anywhere
_EARLIER_WORD = re.compile(
    "had|previously|earlier|initially|originally|already|another|second|separate"
)


def _earlier(left: str) -> bool:
    """True if the clause before a verb marks an earlier ruling ("had previously")."""
    clause = left[left.rfind(",") + 1 :]
    if clause.isascii() and not _EARLIER_WORD.search(clause.lower()):
        return False  # none of the words: no need to search
    return bool(_EARLIER.search(clause))


def find_events(text: str, start: int, end: int) -> list[Event]:
    """The outcome verbs in ``text[start:end]`` (one sentence), in order."""
    events: list[Event] = []
    for m in _pattern().finditer(text, start, end):
        event = _event(text, m, start, end)
        if event is not None:
            events.append(event)
    return events


def events_by_sentence(text: str, bounds: Sequence[tuple[int, int]]) -> list[list[Event]]:
    """The outcome verbs of each sentence (``bounds``: sorted start and end offsets), found
    in one pass over ``text``."""
    out: list[list[Event]] = [[] for _ in bounds]
    starts = [b[0] for b in bounds]
    match = _pattern().match
    bisect_right = bisect.bisect_right
    after = 0  # where the scan goes on: matches do not overlap, as in finditer
    for pos in word_starts(text, _first_words()):
        if pos < after:
            continue
        m = match(text, pos)
        if m is None:
            continue
        after = m.end()
        i = bisect_right(starts, pos) - 1
        if i < 0:
            continue
        start, end = bounds[i]
        if pos >= end:
            continue
        if after > end:  # read within the sentence only
            m2 = match(text, pos, end)
            if m2 is None:
                continue
            m = m2
        event = _event(text, m, start, end)
        if event is not None:
            out[i].append(event)
    return out


@functools.cache
def _first_words() -> re.Pattern[bytes]:
    """A space and the words that may begin a match of the outcome pattern (see
    :func:`casekit.extractors._text.word_starts`, where quotes become spaces)."""
    words = set(_VERBS)
    words |= {f"{w} to" for w in ("refused", "refuses", "refusing", "declined", "declines")}
    words |= {"declining to", "won t", "didn t", "doesn t", "will not", "would not"}
    words |= {"did not", "does not", "sent", "sends", "sending", "allow", "let"}
    return word_scan(words)


_VACATING = frozenset(
    ("lifted", "lifts", "lifting", "vacated", "vacates", "vacating", "set", "sets")
)
_DISMISSING = frozenset(("dismissed", "dismisses", "dismissing"))


# the outcomes _event reads, looked up once: looking up an enum member is slow
_GRANTED, _GRANTED_IN_PART, _DENIED = O.GRANTED, O.GRANTED_IN_PART, O.DENIED
_STAYED, _VACATED, _DISMISSED, _OTHER = O.STAYED, O.VACATED, O.DISMISSED, O.OTHER


def _event(text: str, m: re.Match[str], start: int, end: int) -> Event | None:
    """The event of one match of the outcome pattern, or None."""
    outcome: Outcome | None
    at, after = m.span()
    left = text[max(start, at - 40) : at]
    back = left[::-1]  # the words before, read backwards (see _BEFORE_SKIP)
    kind = m.lastgroup
    if kind == "back" or kind == "proceed":
        if _BEFORE_SKIP.match(back):
            return None
        outcome, relief, verb = _PHRASES[kind]
        if kind == "proceed" and _BUT_DISMISSED.search(text, after, end):
            outcome = _GRANTED_IN_PART  # "let the suit proceed but dismissed two claims"
        return Event(at, after, outcome, True, _earlier(left), relief, verb)
    if kind == "what":  # a refusal: "declined to block"
        what = m.group("what")
        relief = _REFUSED[what]
        if what == "pause" and not _RULING_OBJECT.match(text, after):
            relief = None
        outcome = _DENIED
        if relief == "motion to dismiss" and _EVIDENCE_OBJECT.match(text, after, end):
            relief = "motion to suppress"  # "refused to throw out evidence seized ..."
        elif relief == "motion to dismiss" and _TRIMMED_BUT.search(left):
            outcome = _GRANTED_IN_PART  # "trimmed but refused to throw out the suit"
        strong = True
        verb = m.group()
    else:
        verb = m.group("verb")
        if verb not in _VERBS:  # a phrase spaced otherwise than its table form
            verb = " ".join(verb.split())
        outcome, strong = _VERBS[verb]
        if _BEFORE_SKIP.match(back):
            return None
        head = verb.partition(" ")[0]
        if head in _ISSUE:
            if _SENTENCE_OBJECT.match(text, after, end):
                outcome, strong = _OTHER, False  # "imposed the sentence"
            elif relief_in(text, after, min(end, after + 50)) is None:
                return None  # "issued a statement"
        if (
            not verb.startswith("sentenc")
            and _PASSIVE.match(back)
            and not _BY_AFTER.match(text, after, end)
            and not _REQUEST.search(_CLAUSE_START.split(text[max(start, at - 60) : at])[-1])
        ):
            return None  # "they were denied meal breaks"
        if head.endswith("ing") and not _AND.match(back) and not _ISSUED_RULING.match(back):
            return None  # "an order blocking the rule": not a clause of its own
        if (verb == "refused" or verb == "refuses") and _TO_AFTER.match(text[after : after + 4]):
            return None  # "refused to <something else>"
        if verb in _REJECTING and _REASONING_OBJECT.match(text, after, end):
            outcome, strong = None, False  # "rejected that argument": reasoning, no outcome
        if (
            outcome is _STAYED
            and not verb.startswith("stay")
            and not _RULING_OBJECT.match(text, after)
            and not _PAUSED_OBJECT.match(text, after)
        ):
            outcome = _GRANTED  # "paused the policy": blocked it
        if (outcome is _VACATED or outcome is _DISMISSED) and head in _VACATING:
            outcome = _VACATED
        in_part = bool(
            m.group("part") or _IN_PART.match(back) or _in_part_after(text[after : after + 50])
        )
        partial = False  # a motion to dismiss granted in part
        if outcome is _DISMISSED and (
            _SOME_CLAIMS.match(text, after, end)
            or (_BUT.match(back) and _KEPT.search(text, start, at))
            or (in_part and (head in _DISMISSING or _SUIT_OBJECT.match(text, after)))
        ):
            outcome, strong, partial = _GRANTED_IN_PART, True, True
        elif outcome is _GRANTED_IN_PART:  # "trimmed the lawsuit"
            if not _SUIT_OBJECT.match(text, after):
                return None  # "narrowed the question"
            strong, partial = True, True
        elif (
            outcome is _DISMISSED
            and head not in _DISMISSING
            and not _SUIT_OBJECT.match(text, after)
        ):
            outcome = _VACATED  # "threw out the conviction", "tossed the rule"
        if (outcome is _GRANTED or outcome is _DENIED) and in_part:
            outcome = _GRANTED_IN_PART  # "denied in part": granted in the other part
        elif (
            outcome is _DENIED
            and _BUT_DISMISSED.search(text, after, end)
            and relief_in(text, after, min(end, after + 80)) == "motion to dismiss"
        ):
            # "denied the motion to dismiss those claims but dismissed a separate count"
            outcome, partial = _GRANTED_IN_PART, True
        relief = "stay" if outcome is _STAYED else None
        if partial:  # the request the sentence names, else a motion to dismiss
            relief = relief_in(text, start, end) or "motion to dismiss"
        if verb.startswith("certif") and _CLASS_AFTER.match(text[after : after + 30]):
            relief = "class certification"
    earlier = _earlier(left)
    if not earlier and kind == "verb" and verb.endswith("ing") and left.rstrip().endswith(","):
        # "A judge had sided with the agency, granting it summary judgment": the clause the
        # participle hangs on tells (not a relative clause inside it: "paused an order
        # that had blocked the law, granting ...")
        clause = text[max(start, at - 160) : at].rstrip()[:-1]
        clause = clause[clause.rfind(",") + 1 :]
        earlier = _earlier(_RELATIVE.split(clause, 1)[0])
    return Event(at, after, outcome, strong, earlier, relief, verb)


# Relief phrases, most specific first: (the letters a phrase may start with, the
# phrase, the relief's name).  Keep the letters in step with the phrases.
_RELIEF = (
    ("p", r"preliminary\s+injunct(?:ion|ive\s+relief)s?", "preliminary injunction"),
    (
        "tTr",
        # "a temporary order blocking the rule"; family courts' "temporary orders" (custody,
        # visits, support while a case goes on) are no restraining order
        r"temporary\s+restraining\s+orders?|\bTROs?\b|temporary\s+(?:court\s+)?order\b(?!s)"
        r"|restraining\s+orders?",
        "temporary restraining order",
    ),
    ("p", r"permanent\s+injunctions?", "permanent injunction"),
    (
        "mbre",
        r"(?:motion|bid|request|effort)s?\s+(?:by\s+(?:[\w.,&'’-]+\s+){1,6}?)?to\s+"
        r"(?:dismiss|toss|throw\s+out)",
        "motion to dismiss",
    ),
    # "a trial judge's refusal to throw out the charges": what the court under review was
    # asked
    ("r", r"refus\w*\s+to\s+(?:dismiss|toss|throw\s+out)", "motion to dismiss"),
    (
        "mbrs",
        r"(?:motion|bid|request)s?\s+(?:by\s+(?:[\w.,&'’-]+\s+){1,6}?)?to\s+suppress"
        r"|suppression\s+motions?|refus\w*\s+to\s+suppress",
        "motion to suppress",
    ),
    ("s", r"summary\s+judgments?", "summary judgment"),
    ("c", r"class\s+certification", "class certification"),
    (
        "rambp",
        r"(?:request|application|motion|bid|petition|plea|ask)\w*\s+(?:\w+\s+){0,3}?to\s+"
        r"(?:pause|stay|freeze|suspend|put\s+on\s+hold)\s+(?:[\w'’-]+\s+){0,3}?(?:order|ruling|"
        r"injunction|decision|judgment)s?",
        "stay",
    ),
    ("eas", r"(?:emergency\s+|administrative\s+)?stays?\b(?!\s+(?:in|at|with|on)\b)", "stay"),
    ("i", r"injunct(?:ion|ive\s+relief)s?", "injunction"),
    ("n", r"new\s+trial", "new trial"),
    ("r", r"rehearing(?:\s+en\s+banc)?", "rehearing"),
    ("mr", r"(?:motions?\s+for\s+)?reconsideration\b", "motion for reconsideration"),
    ("wh", r"(?:writ\s+of\s+)?habeas(?:\s+corpus)?(?:\s+petition)?", "habeas petition"),
    ("wm", r"(?:writ\s+of\s+)?mandamus\b", "writ of mandamus"),
    ("w", r"writ\s+of\s+mandate\b", "writ of mandate"),
    ("w", r"writ\s+of\s+prohibition\b", "writ of prohibition"),
    ("s", r"special\s+action(?:\s+relief)?", "special action"),
    ("a", r"appeals?\b", "appeal"),
)


@functools.cache
def _relief_pattern() -> re.Pattern[str]:
    """The relief phrases as one pattern, each in its group ``r<index>``.

    Each phrase is a branch that first takes one of its starting letters, then steps back
    over it (a look-behind holding a look-ahead) to match the phrase from there: a branch
    that starts with a set of letters is skipped by the regex engine at once where that
    letter is not, so at most places it tries no phrase at all."""
    body = "|".join(
        rf"[{first}](?<=(?=(?P<r{i}>{phrase})).)" for i, (first, phrase, _) in enumerate(_RELIEF)
    )
    return re.compile(rf"(?<!\w)(?:{body})")


def relief_in(text: str, start: int, end: int) -> str | None:
    """The first relief phrase in ``text[start:end]``, by its name."""
    m = _relief_pattern().search(text, start, end)
    if m is None or m.lastgroup is None:
        return None
    return _RELIEF[int(m.lastgroup[1:])][2]

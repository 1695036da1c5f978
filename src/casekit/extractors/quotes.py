"""Direct quotations in news reports, each with the speaker it is attributed to.

:func:`extract_quotes` finds every quotation a report attributes to someone, keeps its
exact printed text and span, and resolves the speaker to the fullest name the report gives
(or to a description such as "agency spokesperson" or "court document" when it names
nobody).  See ``docs/quotes.md`` for the patterns it handles.

>>> from casekit import Document
>>> from casekit.extractors.quotes import extract_quotes
>>> doc = Document(id="r1", text=(
...     "U.S. District Judge Ana Ruiz blocked the rule on Monday. "
...     "“The agency overstepped,” Ruiz wrote. "
...     "The plan was “dead on arrival,” a spokeswoman for the city said."))
>>> [(q.text, q.speaker.label) for q in extract_quotes(doc)]
[('The agency overstepped,', 'Ana Ruiz'), ('dead on arrival,', 'spokeswoman for the city')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from casekit.extractors._text import spell_out, trie
from casekit.extractors.people import (
    People,
    PersonMention,
    appositive_role,
    is_firm_word,
    is_name_word,
    name_runs,
    parse_name,
    title_words,
)
from casekit.model import Document, Provenance, Quote, Speaker

__all__ = ["extract_quotes"]

_OPENERS = "“„‟«"
_CLOSERS = "”»"
_SMALL_TITLE_WORDS = frozenset("a an the of in on for to and or at by as v. vs.".split())
_MARK_CHARS = '“”„‟«»"'
_MARKS = re.compile(f"[{_MARK_CHARS}]")
_NON_SPACE = re.compile(r"\S")
_SAY = """said says say saying wrote writes write writing ruled rules ruling held holds holding
found finds finding concluded concludes concluding added adds adding argued argues argue
arguing stated states stating noted notes note noting claimed claims claim claiming told tells
tell telling explained explains explaining warned warns warn warning insisted insists insist
insisting asked asks asking declared declares declaring announced announces responded responds
replied replies testified testifies observed observes observing opined opines emphasized
emphasizes emphasised emphasizing stressed stresses stressing acknowledged acknowledges
acknowledging admitted admits conceded concedes contended contends contend contending countered
counters maintained maintains maintain maintaining asserted asserts assert asserting alleged
alleges allege alleging reasoned reasons reasoning determined determines agreed agrees agree
disagreed disagrees dissented dissenting complained complains cautioned cautions predicted
predicts recalled recalls continued continues posted posts tweeted tweets remarked remarks
suggested suggests described describes describing called calls call calling decried decries blasted
blasts slammed slams praised praises criticized criticizes criticised lamented laments quipped
boasted vowed vows pledged promised urged urges urging demanded demands charged charges objected
protested reiterated reiterates underscored underscores indicated indicates signaled signalled
clarified retorted scoffed echoed characterized characterizes labeled labelled branded
summarized summed instructed directed read reads answered answers accused accuses faulted
faults""".split()
_SAY_SET = frozenset(_SAY)
_ING_EXTRA = frozenset({"according"})


@functools.cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w’'-])(?:"
        + trie([*_SAY, "according to", "According to", "pointed out", "went on to say", "went on"])
        + r")(?![\w’'-])"
    )


# Verbs that end a sentence-initial quote on their own: "“A,” said Roe."
_FINITE_INVERTED = re.compile(
    r"(?:said|says|wrote|writes|added|adds|asked|asks|argued|argues|continued|explained|"
    r"noted|stated|declared|concluded|observed|replied|responded|countered|insisted|warned|"
    r"according to|told|tweeted|posted|remarked|ruled|held)$"
)
_COPULA_AFTER = (" was ", " is ", " were ", " are ")
_NOUN_BEFORE = frozenset(
    "the a an his her their its our my your this that these those whose of in no".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[”\"’')\]]*[ \u00a0\t\n]+(?=[“\"‘'(\[]?[A-Z0-9À-ÖØ-Þ])")


_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Gov Sen Sens Rep Reps Lt Gen Col Sgt Capt Maj Adm Prof Rev Hon St Jr Sr No Nos
    Inc Co Corp Ltd Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec v vs Atty Supt Ft Mt Ave Blvd approx
    etc al Cal Calif Ariz Fla Mass Ind Ill Mich Minn Tenn Wash Wis Va Pa La Ga Colo Conn Md Mo Nev
    Okla Ore Tex Ala Ark Del Kan Ky Miss Mont Neb Vt Wyo Cir Ct App Supp Dist c ch""".split()
)
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


@functools.cache
def _abbrev_end_re() -> re.Pattern[str]:
    words = "|".join(sorted(_ABBREVIATIONS, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:\b(?:{words})|\b[A-Z]|\b(?:[A-Za-z]\.){{1,3}}[A-Za-z])\.$")


_LEAD_IN = re.compile(
    r"(?:\b(?:see|watch|read|view)\b[^\n]{0,40}\b(?:below|here|tweet|post|video)\b[^\n]*|:)\s*$",
    re.IGNORECASE,
)
_SOCIAL_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:[—–-]+[ \t]*[^\n]{0,120}\(@\w{1,30}\)[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},"
    r"[ \t]+\d{4}|"
    r"A post shared by\b[^\n]*)[ \t\r]*$"
)
_HANDLE = re.compile(r"\(@\w")
_SHORT_LINK = re.compile(r"://(?:t\.co|x\.com|twitter\.com)/")
_SOCIAL_LINK = re.compile(r"pic\.twitter\.com/|https?://(?:t\.co|x\.com|twitter\.com)/")
_URL = re.compile(r"\S*(?:https?://|pic\.twitter\.com/)\S*")
_TERM_VERBS = frozenset(
    """so-called dubbed nicknamed titled entitled headlined branded labeled labelled marked
    stamped reading read clicking click clicked clicks tapping tap tapped taps""".split()
)
# nouns of legal tests that a quoted term of art modifies: the “protected in perpetuity”
# requirement, the “arbitrary and capricious” standard
_LEGAL_TERM_NOUNS = frozenset(
    """requirement requirements standard standards test tests factor factors element elements
    clause clauses exception exceptions prong prongs doctrine provision provisions language
    exemption exemptions definition threshold""".split()
)
# things on a screen or a form whose label a quotation gives
_UI_NOUNS = frozenset("button buttons link tab icon checkbox banner prompt".split())
# verbs that use a quoted statutory term as a thing: "could not treat “A” as a factor"
_TERM_USE_VERBS = frozenset("treat treated treats treating count counted counting".split())
_TERM_NOUNS = frozenset(
    """term terms word words phrase phrases label name slogan nickname title headline hashtag
    book memoir novel film movie documentary song album essay op-ed column podcast series poem
    play motto""".split()
)
_CHARACTERIZE = frozenset(
    """called calls call calling described describes describing labeled labelled branded
    deemed termed considered""".split()
)
_TERM_DETERMINERS = frozenset("the a an its this that his her their our new latest".split())
# a document whose words a quotation gives: "the policy manual required employees to “A”"
_DOCUMENT_VERB_WORDS = (
    "allow require provide permit bar prohibit forbid direct mandate authorize define instruct "
    "exempt"
).split()
_DOCUMENT_VERB = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(_DOCUMENT_VERB_WORDS) + r")(?:s|d|ed|red|ted)?(?![\w’'-])"
)
_DOCUMENT_NOUNS = frozenset(
    """law laws statute statutes act code regulation regulations rule rules manual handbook
    policy policies guidance guidelines notice notices letter letters contract agreement
    ordinance provision provisions section clause memo memorandum proclamation bylaws charter
    directive""".split()
)
# writings that may say something in "a bulletin that called X “A”" (as ``str.rsplit`` gives)
_DOCUMENT_NOUN_LISTS = [
    [noun]
    for noun in _DOCUMENT_NOUNS
    | {"bulletin", "email", "report", "release", "advisory", "filing", "brief", "motion"}
]
_NOT_DOCUMENT_WORDS = frozenset("may might must can could should would will not to".split())
_CITE_MARKS = ("§", "U.S.C.", "C.F.R.")
# words that carry a sentence on from one quotation to the next ("“A” and that “B”")
_LINKING = frozenset("and but or nor yet because while as since so adding saying".split())
_LY_NOUNS = frozenset("family assembly monopoly anomaly butterfly ally supply rally".split())
# words before a quotation that make it part of a verb phrase ("would “immediately” seek")
_MODALS = frozenset("would will could should must may might can not".split())
_CONJUNCTIONS = frozenset("and but also then later so".split())
# lower-case words that, right after a quotation, continue its sentence rather than start an
# attribution ("“A” and did not say ...", "“A” but that ...", "“A,” including ...")
_CONTINUATION_START = frozenset(
    """and but or nor yet including because although though whereas which who that where
    not did does do was were is are had has have""".split()
)
_POST_LEAD_CHARS = " ,\u00a0;—–-\n\r"  # may stand between a quote and its attribution
# lower-case words that, right after a quotation with no punctuation between, carry its clause
# on ("made “A” by arguing ...", "watch “A” how the board responds"): never a speaker
_CLAUSE_GOES_ON = frozenset(
    """by to as in on at for with without from into onto over under through after before
    during how when whenever while if unless whether because since than until about against
    toward towards upon""".split()
)


_ADVERBIAL_START = frozenset(
    """in on at after before during while when since as under following for with without by
    from to meanwhile however but and also still later earlier separately then now today
    yesterday last this next again already further moreover instead though although if
    because despite regarding asked speaking responding writing
    monday tuesday wednesday thursday""".split()
)
_TRAILING_AUX = frozenset(
    """also later then further again have has had is was were are would will did does do had
    previously repeatedly often once long already""".split()
)
_OBJECT_BEFORE = frozenset(
    "by with against to for of from than about including like and or joined named".split()
)
_NAME_PARTICLES = frozenset("de da di du del della der den van von la le bin ibn al el".split())
_RELATIVE_START = frozenset("who which whose whom that where what".split())
_PRONOUNS = frozenset("he she".split())
_GROUP_PRONOUNS = frozenset("they it we i".split())
_DETERMINERS = frozenset(
    """a an the one another some two three four several many both other its their his her our
    this that these those each every""".split()
)
_JUDGE_HEADS = frozenset(
    "judge justice court ruling opinion order decision panel majority magistrate jurist".split()
)
# words that tell that a ruling came from several judges together
_COLLEGIAL_WORDS = ("justices", "panel", "per curiam", "unsigned", "dissent", "en banc")
# the rulings of a bench that speak for it as a whole, not for the judge who wrote them
_JUDGE_DOCUMENTS = frozenset("ruling decision order".split())
_JUDGE_PERSON = frozenset("judge justice magistrate jurist".split())
# verbs of a claim a speaker reports in words of their own ("said the complaint alleged")
_REPORTED_CLAIMS = frozenset(
    """alleged alleges alleging argued argues claimed claims contended contends asserted
    asserts maintained showed shows""".split()
)
# reporting verbs that may take a clause with a subject of its own, without "that"
_CLAUSE_SAY = frozenset(
    """said says wrote writes added adds noted notes argued argues found finds ruled held
    concluded stated explained claimed contended acknowledged insisted maintained
    asserted""".split()
)
_DAY_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sept
    sep oct nov dec today yesterday tonight last this""".split()
)
# last words of the names of bodies, which "he" or "she" never stands for (with the last
# words of firms' names, people.is_firm_word)
_ORGANIZATION_HEADS = frozenset(
    """group partners capital media institute llc inc inc. corp corp. company bank trust
    foundation center council association llp""".split()
)
# abbreviated titles and the offices they name: "Gov. Jo Kim" is "the governor"
_TITLE_ABBREVIATIONS = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "atty.": "attorney",
    "supt.": "superintendent",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "capt.": "captain",
    "adm.": "admiral",
    "prof.": "professor",
    "insp.": "inspector",
    "cmdr.": "commander",
    "rev.": "reverend",
}
# roles that are no titles but name one person: "the plaintiff said", "the analyst said"
_ROLE_NOUNS = frozenset(
    """plaintiff defendant petitioner respondent appellant appellee complainant claimant
    founder owner analyst economist expert researcher scholar advocate activist organizer
    executive manager partner lobbyist consultant planner resident tenant landlord widow
    widower mother father son daughter wife husband""".split()
)
# a role set off by commas in front of a name: "The plaintiff, ", "the city's lawyer, "
_ROLE_IN_FRONT = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w.-]+[’']s)"
    r"(?: [a-z-]+){0,2}? ([a-z-]+), $"
)


def _role_head(role: str | None) -> str | None:
    """The head noun of an appositive role: "spokeswoman" in "a spokeswoman for the
    agency", "attorney" in "the county's attorney"."""
    if not role:
        return None
    words: list[str] = []
    for word in role.split():
        if word.casefold() in _ROLE_STOPS:
            break
        words.append(word)
    return words[-1].casefold().strip(",") if words else None


# words that end the head of a role: "a lawyer for the tenants", "who represents"
_ROLE_STOPS = frozenset("for of at with in on from to who which that and , since".split())
# a person not named yet, whom "he" or "she" stands for: "the man", "a Duluth woman"
_UNNAMED_PERSON = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)(?: [\w-]+){0,2}? (?:man|woman|boy|girl|"
    r"teenager|father|mother|husband|wife|son|daughter|driver|motorist|defendant|"
    r"suspect|patient|tenant|worker|employee|student|resident)(?![\w’'-])"
)
# a person named by role only: "the supervisor", "the officer"
_ROLE_SUBJECT = re.compile(
    r"(?<![\w’'-])the (supervisor|manager|officer|deputy|detective|trooper|agent|inspector|"
    r"guard|foreman|landlord|doctor|nurse|teacher|coach|witness|victim|driver|employee|worker|"
    r"prosecutor|lawyer|attorney|caseworker|clerk)(?![\w’'-])"
)
# heads of the subjects "it" may stand for: "The panel ... It said"
_BODY_HEADS = frozenset(
    """panel court majority agency department board commission company firm city county
    state government administration office union council""".split()
)
# words that make "court" some other court than the one deciding: "the trial court found"
_LOWER_COURT_WORDS = frozenset("trial lower sentencing administrative immigration".split())
_COPULAS = frozenset(
    "is was were are has had have will would could did does seemed remained".split()
)
_PREPOSITIONS = frozenset("in of for at on with from to by under about over".split())
# prepositions that end a noun phrase before a relative clause's antecedent ("in a notice that")
_PLACE_PREPOSITIONS = frozenset("in at on with from by under through".split())
_BLOCKING_PREPOSITIONS = _PREPOSITIONS - {"by"} | {"against", "representing", "behind"}
# words that cannot follow a quoted modifier of a noun ("“tips sharply” toward the workers")
_NOT_AFTER_NOUN_MODIFIER = _PREPOSITIONS | frozenset(
    """and or but toward towards into onto upon against across through after before without
    within among than because when if unless how whether where why what who which the a an
    his her their its this these those as""".split()
)
# attribution verbs whose passive gives the object, not the speaker ("was accused of")
_PASSIVE_NOT_SAYING = frozenset("accused faulted praised criticized criticised blasted".split())
# words telling that a quoted noun phrase is a legal duty's term ("the duty to give a “A”")
_DUTY_WORDS = frozenset("duty duty's obligation obligations requires require required must".split())
# words before a quotation that make it part of a verb phrase ("had “once again” acted")
_AUXILIARIES = frozenset("had has have was were is are be been".split())
_NP_STOP = _PREPOSITIONS | _COPULAS | {"that", "which", "who", "where", "because", "and", "but"}
_DOCUMENT_PLURALS = {
    "documents": "document",
    "filings": "filing",
    "records": "record",
    "papers": "paper",
    "briefs": "brief",
}
_NAME_CONNECTORS = frozenset("of for on and & de".split())  # Department of Justice
_NOT_VERB_ED = frozenset("retired unnamed unidentified elected appointed named".split())
_WORD = re.compile(r"[\w’'.-]+")
_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")  # "the judge's", "the justices'"
_CHUNK_SPLIT = re.compile(r",|—|–|--|\(|\)|;")
_CHUNK_CHARS = frozenset(",—–-();")  # one of them stands in every match of _CHUNK_SPLIT
_WORD_FULL = re.compile(r"[\w’'.-]+")
_INDEFINITE = frozenset("a an one another A An One Another".split())
_IRREGULAR_PAST = frozenset(
    """gave took made struck threw wrote said told held found put set sent let kept left brought
    sought won lost heard began came went got saw ran chose spoke stood upheld overturned
    blocked""".split()
)


@functools.cache
def _follows_subject_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*[,.;:]|\s+(?:who|also|did|does|was|is|has|had|would|will|declined|spoke|[a-z]+ed|"
        + trie([*_SAY, *_IRREGULAR_PAST])
        + r")\b"
    )


class _Piece(NamedTuple):
    """One quotation (or one paragraph's part of a quotation running on)."""

    start: int  # first character of the quoted text
    end: int  # one past its last character
    close: int  # index of the closing mark, -1 when the paragraph ends first
    line: int  # index of the paragraph
    line_start: int
    line_end: int


# _Piece((start, end, ...)), without the Python-level __new__ of a NamedTuple
_new_piece = functools.partial(tuple.__new__, _Piece)


def _looks_verb(word: str) -> bool:
    """A lower-case word that is likely a verb in the past tense ("gave", "blocked")."""
    low = word.casefold()
    return (
        low in _IRREGULAR_PAST
        or (low.endswith("ed") and low not in _NOT_VERB_ED)
        or (low in _SAY_SET)
    )


_PLUS_ONE = (1).__add__


def _lines(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """(start, end) of each paragraph: each line, or each block of a hard-wrapped text; and
    whether each paragraph holds more than white space."""
    raw = text.split("\n")
    lengths = list(map(len, raw))
    starts = list(itertools.accumulate(map(_PLUS_ONE, lengths), initial=0))  # a newline each
    starts.pop()  # where a line after the last would start
    out = list(zip(starts, map(operator.add, starts, lengths), strict=True))
    filled = list(map(bool, map(str.strip, raw)))  # neither empty nor only white space
    if len(raw) >= 5 and len(text) < 130 * len(raw) and _hard_wrapped(raw, filled):
        blocks: list[tuple[int, int]] = []
        block_filled: list[bool] = []
        for span, full in zip(out, filled, strict=True):
            if full and block_filled and block_filled[-1]:
                blocks[-1] = (blocks[-1][0], span[1])
            else:
                blocks.append(span)
                block_filled.append(full)
        return blocks, block_filled
    return out, filled


def _hard_wrapped(lines: list[str], filled: list[bool]) -> bool:
    """True for text broken into lines inside paragraphs (e-mail style wrapping).

    Lines followed by another line of the same paragraph are then of similar length and
    mostly end inside a sentence; in one-paragraph-per-line text they end sentences.
    ``filled`` tells which lines hold more than white space.
    """
    if sum(map(operator.and_, filled, filled[1:])) < 4:  # lines followed by another
        return False
    inner = [lines[i].rstrip() for i in range(len(lines) - 1) if filled[i] and filled[i + 1]]
    wrapped = sum(1 for line in inner if 30 <= len(line) <= 110)
    ended = sum(1 for line in inner if line[-1:] in '.!?”"’:')
    return wrapped * 10 >= len(inner) * 7 and ended * 2 <= len(inner)


def _skipped_lines(text: str, lines: list[tuple[int, int]], filled: list[bool]) -> set[int]:
    """Lines that are a headline or part of an embedded social-media post."""
    skip: set[int] = set()
    if True in filled:
        first = filled.index(True)
        head = text[slice(*lines[first])].strip()
        if head[-1:] not in '.!?”"’:;,' and len(head.split()) <= 20:
            skip.add(first)
    # single characters first: a search for one character is much faster
    links = "/" in text and ("://" in text or "pic.twitter.com/" in text)
    signed = ("@" in text and "(@" in text) or "A post shared" in text
    if not ((links or signed) and _social_any(text)):
        return skip
    starts = [a for a, _ in lines]
    if links:
        for m in _SOCIAL_LINK.finditer(text):
            skip.add(bisect.bisect_right(starts, m.start()) - 1)
    if not signed:
        return skip
    for line_start in _signature_lines(text):
        i = bisect.bisect_right(starts, line_start) - 1
        skip.add(i)
        budget = 300
        j = i - 1
        body = False  # whether a paragraph of the post's text was taken
        while j >= 0:
            if not filled[j]:
                j -= 1
                continue
            prev = text[slice(*lines[j])]
            if _is_lead_in(prev) or (body and _reports_quote(text, *lines[j])):
                break
            body = True
            linked = "://" in prev or "pic.twitter.com/" in prev  # else no URL to leave out
            size = len((_URL.sub("", prev) if linked else prev).strip())
            if size > budget and not _SOCIAL_LINK.search(prev):
                break
            skip.add(j)
            budget -= size
            j -= 1
    return skip


def _reports_quote(text: str, start: int, end: int) -> bool:
    """Whether the paragraph text[start:end] reports a quotation ("X added that “A”"): news
    prose, not more of an embedded post above the post's last paragraph."""
    mark = _MARKS.search(text, start, end)
    return mark is not None and next(_verbs(text, start, mark.start()), None) is not None


def _social_any(text: str) -> bool:
    """Whether ``text`` holds a trace of a social-media post: a handle "(@x", a short or
    picture link, or "A post shared" (each searched for by its literal start)."""
    return (
        "A post shared" in text
        or "pic.twitter.com/" in text
        or ("(@" in text and _HANDLE.search(text) is not None)
        or ("://" in text and _SHORT_LINK.search(text) is not None)
    )


def _signature_lines(text: str) -> list[int]:
    """Starts of the lines ``_SOCIAL_SIGNATURE`` matches, in order: only lines holding
    "(@" or "A post shared by" can match, so only those are tried."""
    candidates: set[int] = set()
    for needle in ("(@", "A post shared by"):
        i = text.find(needle)
        while i >= 0:
            candidates.add(text.rfind("\n", 0, i) + 1)
            i = text.find(needle, i + 1)
    return [a for a in sorted(candidates) if _SOCIAL_SIGNATURE.match(text, a)]


def _is_lead_in(line: str) -> bool:
    """Whether ``_LEAD_IN`` matches in ``line`` ("Watch the video below:")."""
    if line.rstrip().endswith(":"):
        return True
    # only these words (in any case) can start a match; in lower case they stand in
    # line.lower() unless a letter the pattern takes for "i" or "s" does ("İ", "ı", "ſ")
    if line.isascii() or not ("İ" in line or "ı" in line or "ſ" in line):
        low = line.lower()
        if not ("see" in low or "watch" in low or "read" in low or "view" in low):
            return False
    return _LEAD_IN.search(line) is not None


def _is_title_case(text: str, a: int, b: int) -> bool:
    """A headline-like line text[a:b]: every word capitalised (but small words) and no
    sentence end."""
    end = b
    while end > a and text[end - 1].isspace():
        end -= 1
    if (end > a and text[end - 1] in '.!?”"’:') or b - a > 300:
        return False
    words = [w for w in text[a:b].split() if w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() or w in _SMALL_TITLE_WORDS for w in words)


def _pieces(text: str, lines: list[tuple[int, int]], skip: set[int]) -> list[_Piece]:
    """Pair the double quotation marks of each paragraph."""
    out: list[_Piece] = []
    starts = [a for a, _ in lines]
    by_line: dict[int, list[int]] = {}  # the marks of each paragraph, found in one scan
    for pos in _positions(text, _MARK_CHARS):  # the marks _MARKS matches
        i = bisect.bisect_right(starts, pos) - 1
        if i not in skip:
            by_line.setdefault(i, []).append(pos)
    for i, marks in by_line.items():
        a, b = lines[i]
        if _is_title_case(text, a, b):
            continue
        opened = -1
        for pos in marks:
            ch = text[pos]
            before = text[pos - 1] if pos > a else " "
            if opened < 0:
                if ch in _CLOSERS and not (before.isspace() or before in "([{—–-"):
                    continue  # a stray closing mark
                if ch == '"' and before.isdigit():
                    continue  # inches
                if pos + 1 >= b or (text[pos + 1].isspace() and ch != '"'):
                    continue
                opened = pos
            else:
                if ch in _OPENERS and (before.isspace() or before in "([{—–") and pos + 1 < b:
                    # an opening mark while one is open: the earlier one was never closed
                    opened = pos
                    continue
                if opened + 1 < pos and (
                    not text[opened + 1].isspace() or _NON_SPACE.search(text, opened + 1, pos)
                ):
                    out.append(_new_piece((opened + 1, pos, pos, i, a, b)))
                opened = -1
        if opened >= 0:
            end = b
            while end > opened + 1 and text[end - 1].isspace():
                end -= 1
            if end > opened + 1:
                out.append(_new_piece((opened + 1, end, -1, i, a, b)))
    return out


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, in order: one ``str.find`` loop per
    character, much faster than a character-class search."""
    out: list[int] = []
    find = text.find
    for char in chars:
        i = find(char)
        while i >= 0:
            out.append(i)
            i = find(char, i + 1)
    out.sort()
    return out


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """False for the period of an abbreviation or an initial ("Mr.", "Calif.", "J.", "U.S.")."""
    dot = m.start()
    if text[dot] != ".":
        return True
    before = text[max(0, dot - 8) : dot]
    letters = len(before) - len(before.rstrip(_ASCII_LETTERS))  # up to 8 letters before
    if not letters or (letters > 1 and before[-letters:] not in _ABBREVIATIONS):
        return True  # not after a letter, or after a word no abbreviation
    return not _abbrev_end_re().search(text, max(0, dot - 14), dot + 1)


# line start -> (scanned up to, starts and ends of the sentence ends found)
_Bounds = dict[int, tuple[int, list[int], list[int]]]


def _sentence_start(text: str, lo: int, pos: int, bounds: _Bounds | None = None) -> int:
    """Start of the sentence holding ``pos``, not before ``lo`` (see :meth:`_Sentences.start`);
    ``bounds`` keeps the sentence ends found on each line for the next call."""
    return _Sentences(text, bounds).start(lo, pos)


class _Sentences:
    """Sentence starts and ends in one text, found as asked for.

    The end punctuation of the text is found once; the sentence ends found on each line
    are kept for the next call.
    """

    def __init__(self, text: str, lines: _Bounds | None = None) -> None:
        self.text = text
        self.marks = _positions(text, ".!?…")  # where end punctuation stands
        self.lines: _Bounds = {} if lines is None else lines

    def boundaries(self, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """The matches ``_BOUNDARY.finditer(text, lo, hi)`` gives, found faster: a match
        can only start at end punctuation, so the pattern is tried only there."""
        marks, text = self.marks, self.text
        match = _BOUNDARY.match
        pos = lo
        for i in range(bisect.bisect_left(marks, lo), len(marks)):
            start = marks[i]
            if start >= hi:
                break
            if start >= pos:
                m = match(text, start, hi)
                if m is not None:
                    pos = m.end()
                    yield m

    def start(self, lo: int, pos: int) -> int:
        """Start of the sentence holding ``pos``, not before ``lo``.

        The sentence ends kept for each line are those a scan from ``lo`` would find: a
        sentence end reaching over ``lo`` from before it is ignored, and a scan from
        ``lo`` can start none inside it unless ``lo`` follows end punctuation (then the
        line is not used).  Which ends end by ``pos`` does not depend on how far past
        ``pos + 2`` a scan goes.
        """
        marks = self.marks
        i = bisect.bisect_left(marks, lo)
        if i == len(marks) or marks[i] >= pos:
            return lo  # no end punctuation in between, so no sentence end either
        text = self.text
        if lo and text[lo - 1] in ".!?…":  # ``lo`` may cut a sentence end
            start = lo
            for m in self.boundaries(lo, min(len(text), pos + 2)):
                if m.end() <= pos and _is_boundary(text, m):
                    start = m.end()
            return start
        origin = text.rfind("\n", 0, lo) + 1
        found = self.lines.get(origin)
        if found is None or found[0] < min(len(text), pos + 2):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else min(len(text), max(pos + 2, stop + 2))
            starts: list[int] = []
            ends: list[int] = []
            for m in self.boundaries(origin, stop):
                if _is_boundary(text, m):
                    starts.append(m.start())
                    ends.append(m.end())
            found = self.lines[origin] = (stop, starts, ends)
        i = bisect.bisect_right(found[2], pos) - 1
        return found[2][i] if i >= 0 and found[1][i] >= lo else lo

    def end(self, pos: int, hi: int) -> int:
        """End of the sentence holding ``pos`` (after its final punctuation), not after
        ``hi``."""
        text = self.text
        for m in self.boundaries(pos, min(len(text), hi + 2)):
            if m.start() >= hi:
                break
            if _is_boundary(text, m):
                return m.start() + 1
        return hi


def _verbs(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Attribution verbs in text[lo:hi], skipping nouns ("the ruling", "her claims")."""
    for m in _verb_re().finditer(text, lo, hi):
        start = m.start()
        words = text[max(lo, start - 20) : start].rsplit(None, 1)
        if words:
            prev = words[-1].casefold()
            if prev in _NOUN_BEFORE or prev.endswith(_POSSESSIVE_ENDS):
                word = m.group()
                if not (
                    prev == "that"
                    and (word.endswith("ed") or word in _IRREGULAR_PAST)
                    and words[0].rsplit(None, 1)[-1:] in _DOCUMENT_NOUN_LISTS
                ):
                    continue  # "the ruling", "her claims", but "a notice that called"
            if prev.endswith("ed") and m.group().endswith("s"):
                continue  # "the stated reasons", "renewed calls": a noun
            if prev in _AUXILIARIES and m.group() in _PASSIVE_NOT_SAYING:
                continue  # "Roe was accused of “A”": someone else's words about Roe
            if m.group().endswith("s") and prev.islower() and len(words) > 1:
                earlier = words[0].rsplit(None, 1)[-1:]
                if earlier and earlier[0] in _MODALS | {"to"}:
                    continue  # "would leave states", "to answer charges": a verb's object
        word = m.group()
        if (
            text.startswith(_COPULA_AFTER, m.end())
            and word not in _IRREGULAR_PAST
            and not word.endswith("ed")
        ):
            continue  # "the fraud claim was", "the ruling is": a noun
        yield m


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _more_words_than(text: str, start: int, end: int, limit: int) -> bool:
    """Whether ``_words(text[start:end])`` holds more than ``limit`` words; it reads little
    further than the word past the limit."""
    stop = min(end, start + 20 * (limit + 1))
    # the words of a first stretch (the last one maybe cut short, which does not matter)
    count = len(_WORD.findall(text, start, stop))
    if count > limit or stop == end:
        return count > limit
    past_limit = itertools.islice(_WORD.finditer(text, start, end), limit, None)
    return next(past_limit, None) is not None


def _chunks(phrase: str) -> list[str]:
    """The parts of ``phrase`` between commas, dashes, parentheses and semicolons."""
    if _CHUNK_CHARS.isdisjoint(phrase):
        return [phrase.strip()]  # nothing to split at (the usual case, decided at once)
    return [c.strip() for c in _CHUNK_SPLIT.split(phrase)]


def _is_adverb(word: str) -> bool:
    """A lower-case adverb in -ly ("routinely", "repeatedly"), not a noun ("family")."""
    return word.endswith("ly") and word.islower() and len(word) > 5 and word not in _LY_NOUNS


def _is_adverbial(chunk: str) -> bool:
    words = chunk.split(None, 1)
    return not words or words[0].casefold() in _ADVERBIAL_START


class _Resolver:
    """Turns attribution phrases into speakers, remembering the last speaker."""

    def __init__(
        self,
        text: str,
        judge: str | None,
        quote_spans: list[tuple[int, int]],
        people: People | None = None,
    ) -> None:
        self.text = text
        if people is not None and people.text == text:
            self.people = people
        self.judge = judge
        self.quote_spans = quote_spans
        self._quote_starts = [a for a, _ in quote_spans]
        self.last: Speaker | None = None
        self.last_pos = -1
        self.last_line = -1
        self._names: dict[str, str | None] = {}
        self._fulls: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        self._acronyms: dict[str, str | None] = {}
        self.sentences = _Sentences(text)
        self._speakers: dict[tuple[str | None, str | None], Speaker] = {}

    def _person(self, name: str) -> Speaker:
        """The speaker record for the person ``name`` (one record per name)."""
        found = self._speakers.get((name, None))
        if found is None:
            found = self._speakers[name, None] = _speaker(name, None)
        return found

    def _described(self, description: str) -> Speaker:
        """The speaker record for an unnamed speaker described so."""
        found = self._speakers.get((None, description))
        if found is None:
            found = self._speakers[None, description] = _speaker(None, description)
        return found

    @functools.cached_property
    def people(self) -> People:
        return People(self.text)

    @functools.cached_property
    def _collegial(self) -> bool:
        """Whether the report speaks of a court of several judges deciding together."""
        low = self.text.casefold()
        return any(word in low for word in _COLLEGIAL_WORDS)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_spans[i][1]

    def _name(self, chunk: str) -> str | None:
        """The person named in ``chunk``, completed to the fullest name, if any."""
        if chunk not in self._names:
            self._names[chunk] = self._find_name(chunk)
        return self._names[chunk]

    def _find_name(self, chunk: str) -> str | None:
        name = _chunk_name(chunk)
        return None if name is None else self._full(name)

    def _judge_ref(self, chunk: str, pos: int) -> Speaker | None:
        words = [w.casefold().rstrip("’'s") for w in chunk.split()]
        head_words: list[str] = []
        for w in words:
            if w in _PREPOSITIONS:
                break
            head_words.append(w)
        if not head_words:
            return None
        head = chunk.split()[len(head_words) - 1].casefold()
        if head.endswith(_POSSESSIVE_ENDS):
            head = head[:-2] if head[-1] == "s" else head[:-1]
        if head not in _JUDGE_HEADS:
            return None
        if words[0] in {"a", "an", "another", "one"} and head not in _JUDGE_PERSON:
            return None  # "a panel decision": some other ruling
        if not _LOWER_COURT_WORDS.isdisjoint(head_words):
            # "the trial court found", "the administrative judge had called": another
            # court than the one whose judge the report names
            other = self.people.judge_before(pos) if head in _JUDGE_PERSON else None
            if other is not None and other != (self.judge or self.people.author()):
                return self._person(other)  # the trial judge the report names
            return self._description(chunk, pos)
        if head in _JUDGE_DOCUMENTS and self._collegial:
            return self._description(chunk, pos)  # the ruling of a bench speaks for it all
        judge = self.judge
        if head not in _JUDGE_PERSON:  # the court, the panel, the opinion
            author = judge or self.people.author()
            if author is not None and self._named_nearby(author, pos):
                return self._person(author)  # "X wrote for the panel. The court explained:"
            if self._collegial:
                # "the panel wrote", "the court wrote" of a bench of judges speak for it
                # all, not for the judge the report names elsewhere as the author
                return self._description(chunk, pos)
            judge = author
        judge = judge or self.people.judge_before(pos)
        if judge:
            return self._person(judge)
        return self._description(chunk, pos)

    def _named_nearby(self, name: str, pos: int) -> bool:
        """Whether ``name`` wrote what the report says just before ``pos``: its surname
        stands before ``pos`` in the paragraph, or the paragraph before ends in a
        quotation attributed to it ("X wrote for the panel. The court explained:" and the
        block quotation, then "The panel also rejected ...")."""
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        if text.find(name.split()[-1], start, pos) >= 0:
            return True
        if self.last is None or self.last.name != name or self.last_pos >= start:
            return False
        end = start - 1  # the paragraph before: the last line with text before ``start``
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)
        return end > 0 and self.last_pos >= text.rfind("\n", 0, end) + 1

    def _description(self, chunk: str, pos: int) -> Speaker | None:
        words = chunk.split()
        if words[:2] in (["according", "to"], ["According", "to"]):
            words = words[2:]  # "according to court filings, which say"
        while len(words) > 1 and _is_adverb(words[-1]):
            words.pop()  # "supervisors routinely told"
        definite = bool(words) and words[0].casefold() in {"the", "that", "this"}
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        out: list[str] = []
        for i, w in enumerate(words):
            low = w.casefold()
            verbish = low.endswith("ed") and low not in _NOT_VERB_ED and w.islower()
            if (verbish or (i and _looks_verb(low))) and not (
                i and words[i - 1].casefold() in _DETERMINERS
            ):
                break
            if low in {"is", "was", "were", "are", "has", "have", "had", "will", "would"}:
                break
            out.append(w)
        if not out or len(out) > 16:
            return None
        if len(out) == 1 and out[0].casefold() in _PRONOUNS | _GROUP_PRONOUNS:
            return self._pronoun(out[0].casefold(), pos)  # "he wrote separately to warn"
        last = out[-1].casefold()
        if last in _DOCUMENT_PLURALS:
            out[-1] = _DOCUMENT_PLURALS[last]
        if (
            out[0][:1].isupper()
            and not out[0].isupper()
            and not is_name_word(out[0])
            and (len(out) == 1 or out[1][:1].islower())
            and not (len(out) > 2 and out[1] in _NAME_CONNECTORS and out[2][:1].isupper())
        ):
            # "Court documents say" at a sentence start, but not the proper name of a body:
            # "one Department of Homeland Security official said"
            out[0] = out[0][:1].lower() + out[0][1:]
        desc = " ".join(out).strip(" .,:;")
        if not desc or not any(c.isalpha() for c in desc):
            return None
        if len(out) == 1 and 2 <= len(desc) <= 6 and desc.isupper() and desc.isalpha():
            desc = self._spelled_out(desc) or desc  # "HHS said": the department named
        if definite and len(out) <= 2:
            head = out[-1].casefold()
            if head in title_words() or head in _ROLE_NOUNS:  # "the mayor said": Mayor Jo Kim
                person = self._titled(head, pos)
                if person is not None:
                    return self._person(person)
            desc = self._antecedent(desc, pos) or desc
        return self._described(desc)

    def _spelled_out(self, acronym: str) -> str | None:
        """The name the text spells out for ``acronym``: "Department of Homeland
        Security" for "DHS", "Department of Health and Human Services" for "HHS" (a
        "Department of" before the initials' words is part of the name)."""
        if acronym not in self._acronyms:
            self._acronyms[acronym] = spell_out(self.text, acronym)
        return self._acronyms[acronym]

    def _titled(self, title: str, pos: int) -> str | None:
        """The person last named before ``pos`` with ``title`` ("Mayor Jo Kim", "Gov. Jo
        Kim" for "the governor"), with it as the head of an appositive behind the name ("Jo
        Kim, a spokeswoman for the agency") or in front of it ("The plaintiff, Jo Kim,")."""
        for i, mention in enumerate(self.people.before(pos, window=1500)):
            if i >= 40:
                break
            if mention.title and title in (
                _TITLE_ABBREVIATIONS.get(w, w) for w in mention.title.casefold().split()
            ):
                return self._full(mention.name)
            role = mention.role or appositive_role(self.text, mention.end)
            if _role_head(role) == title or self._role_in_front(mention) == title:
                return self._full(mention.name)
        return None

    def _role_in_front(self, mention: PersonMention) -> str | None:
        """The head of a role set off in front of a name: "plaintiff" in "The plaintiff,
        Jo Kim," and "lawyer" in "the city's lawyer, Jo Kim"."""
        found = _ROLE_IN_FRONT.search(self.text, max(0, mention.start - 60), mention.start)
        return None if found is None else found.group(1).casefold()

    def _antecedent(self, desc: str, pos: int) -> str | None:
        """The fuller indefinite phrase "the official" refers back to ("a Labor official")."""
        text, lo = self.text, max(0, pos - 3000)
        at = text.rfind(desc, lo, pos)
        while at >= 0:
            end = at + len(desc)
            if (end == len(text) or not text[end].isalnum()) and not self._in_quote(at):
                follow = _follows_subject_re().match(text, end)
                before = text[max(lo, at - 80) : at]
                words = before[before.rfind("\n") + 1 :].split(" ")[:-1]
                for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
                    low = words[i].casefold()
                    if (
                        not _WORD_FULL.fullmatch(words[i])
                        or low in _RELATIVE_START
                        or low in _COPULAS
                        or (words[i].islower() and _looks_verb(low))
                    ):
                        break
                    if words[i] in _INDEFINITE and follow is not None:
                        phrase = " ".join([*words[i + 1 :], desc])
                        return phrase if len(phrase.split()) > len(desc.split()) else None
            at = text.rfind(desc, lo, at)
        return None

    def _pronoun(self, word: str, pos: int) -> Speaker | None:
        if word in _GROUP_PRONOUNS:
            if word in {"they", "it"}:
                subject = self._previous_subject(word, pos)
                if subject is not None:
                    return subject
            return self.last if self.last_pos >= 0 and pos - self.last_pos < 1500 else None
        want = "m" if word == "he" else "f"
        judge = self._judge_sentence(pos, want)
        if judge is not None:
            return judge
        nearest = next(iter(self.people.before(pos)), None)
        role = self._role_subject(0 if nearest is None else nearest.end, pos)
        if role is not None:
            return role  # "that the supervisor ... and that he told"
        about: set[str] = set()  # "Reed, she wrote, “A”": the words are about Reed
        known_only = self._judge_writes(word, pos, want)
        last_checked = self.last is None or self.last_pos >= pos
        fallback: Speaker | None = None
        for i, mention in enumerate(self.people.before(pos)):
            if i >= 12 or (fallback is not None and pos - mention.end > 400):
                break
            if self._in_quote(mention.start) or self._affiliation(mention):
                continue  # "an analyst at Acme Research": a firm is no "she"
            name = self._full(mention.name)
            if name in about or self.text[mention.end : pos].strip() == ",":
                about.add(name)
                continue  # "Banks, he wrote, “A”": Banks is who the words are about
            if not last_checked and self.last is not None and self.last_pos > mention.end:
                last_checked = True
                if self._fits(self.last, want, known=known_only):
                    return fallback or self.last
            gender = self._gender(name)
            if gender not in (None, want) or (
                gender is None and (fallback is not None or known_only)
            ):
                continue  # past a fitting name after "by", or "she wrote": one known to fit
            if not self._is_object(mention.start):
                return self._person(name)
            fallback = fallback or self._person(name)  # "joined by Justice X": keep looking
        if (
            not last_checked
            and self.last is not None
            and self._fits(self.last, want, known=known_only)
        ):
            return fallback or self.last
        return fallback or self._named_after(pos, want)

    def _named_after(self, pos: int, want: str) -> Speaker | None:
        """The person a "he" or "she" at ``pos`` stands for when nobody fitting it is
        named before but "the man" or "a woman" stands in its sentence: the first one
        named shortly after, outside quotations, whose name is known to fit ("… when he
        handed officers his keys and told them to “…”. The case is State v. Roe. John
        Roe, 41, was convicted …")."""
        here = self.sentences.start(max(0, pos - 400), pos)
        if not _UNNAMED_PERSON.search(self.text, here, pos):
            return None  # only for one the text has not named yet: "the man … he"
        mentions = self.people.mentions
        i = bisect.bisect_left([m.start for m in mentions], pos)
        for mention in mentions[i:]:
            if mention.start - pos > 800:
                break
            if self._in_quote(mention.start) or self._affiliation(mention):
                continue
            name = self._full(mention.name)
            if self._gender(name) == want and name not in self.people.judges():
                return self._person(name)  # known to fit: no place ("Fort Worth")
        return None

    def _judge_writes(self, word: str, pos: int, want: str) -> bool:
        """Whether the pronoun ``word`` at ``pos`` writes ("she wrote") and the judge of
        the report, named shortly before, is known to fit it: then a name of unknown
        gender is passed over ("… that Rhodes wore colors. But she wrote that …")."""
        text = self.text
        if text[pos : pos + len(word)].casefold() != word:
            return False
        verb = text[pos + len(word) : pos + len(word) + 9].split()[:1]
        if [w.rstrip(".,;:") for w in verb] not in (["wrote"], ["writes"]):
            return False  # "she wrote." ends its sentence too
        judge = self.judge or self.people.author() or self.people.judge_before(pos)
        if judge is None or self._gender(judge) != want:
            return False
        return text.find(judge.split()[-1], max(0, pos - 600), pos) >= 0

    def _affiliation(self, mention: PersonMention) -> bool:
        """Whether ``mention`` names a firm rather than a person: a firm's last word
        ("Acme Research"), or a name of unknown gender right after "at" or "of"
        ("an analyst at Zenlo", "Roe of Harrow Sykes")."""
        last = mention.name.split()[-1:]
        if last and (last[0].casefold() in _ORGANIZATION_HEADS or is_firm_word(last[0])):
            return True
        before = self.text[max(0, mention.start - 4) : mention.start]
        return before.endswith((" at ", " of ")) and self._gender(self._full(mention.name)) is None

    def _judge_sentence(self, pos: int, want: str) -> Speaker | None:
        """The ruling's judge for "he" or "she" at ``pos`` when a sentence shortly before
        opens with "The judge" and no name that may fit the pronoun stands after it:
        "Roe told the judge ... The judge rejected that argument. “A,” she wrote."."""
        text = self.text
        at = text.rfind("The judge ", max(0, pos - 400), pos)
        if at < 0 or self._in_quote(at):
            return None
        judge = self.judge or self.people.judge_before(at)
        if judge is None or self._gender(judge) not in (None, want):
            return None
        for mention in self.people.before(pos, window=pos - at):
            if mention.start > at and self._gender(self._full(mention.name)) in (None, want):
                return None  # "The judge asked Jane Roe ... she said": maybe Roe
        return self._person(judge)

    def _role_subject(self, lo: int, pos: int) -> Speaker | None:
        """A person named by role only ("the supervisor") for "he" or "she" at ``pos``,
        standing in the pronoun's own sentence after the nearest name (which ends at
        ``lo``): "that the supervisor was copied ... and that he told"."""
        here = self.sentences.start(lo, pos)
        roles = list(_ROLE_SUBJECT.finditer(self.text, here, pos))
        if not roles or self._in_quote(roles[-1].start()):
            return None
        return self._described(roles[-1].group(1))  # the nearest

    def _previous_subject(self, word: str, pos: int) -> Speaker | None:
        """What "they" or "it" stands for: the subject of the sentence before the one at
        ``pos`` when it is a group ("Lawyers for the directors", "The plaintiffs") for
        "they", or a court or body ("The panel", "The agency") for "it"."""
        text = self.text
        lo = text.rfind("\n\n", 0, pos) + 2  # 1 when there is none
        lo = max(0, pos - 800) if lo < max(2, pos - 800) else lo
        here = self.sentences.start(lo, pos)
        if here - lo < 3:
            return None
        before = self.sentences.start(lo, here - 2)
        if self._in_quote(before) or _MARKS.search(text, before, here):
            return None
        chunks = [c for c in _chunks(text[before:here]) if c and not _is_adverbial(c)]
        if not chunks:
            return None
        words = _noun_phrase(chunks[0]).split()
        if not words or len(words) > 6 or not words[0][:1].isupper():
            return None
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        nouns = list(itertools.takewhile(lambda w: w.casefold() not in _PREPOSITIONS, words))
        if not nouns:
            return None
        head = nouns[-1].casefold()  # "Lawyers for the directors", "unanimous three-judge panel"
        if is_name_word(nouns[-1]) and head not in title_words() and not head.endswith("s"):
            return None  # a name, not a group or a body
        if word == "they":
            if not head.endswith("s") or head.endswith("ss") or head in {"its", "this"}:
                return None
        elif head not in _BODY_HEADS:
            return None
        return self._description(" ".join(words), before)

    def _is_object(self, start: int) -> bool:
        """True when the name at ``start`` follows a preposition ("joined by Judge X")."""
        words = self.text[max(0, start - 60) : start].split()
        while words and (words[-1].casefold() in title_words() or words[-1].isupper()):
            words.pop()
        return bool(words) and words[-1].casefold() in _OBJECT_BEFORE

    def _fits(self, speaker: Speaker, gender: str, *, known: bool = False) -> bool:
        """Whether "he" or "she" (``gender``) may stand for ``speaker``; with ``known``,
        only a person known to be of that gender does."""
        if speaker.name is None:
            return not known
        found = self._gender(speaker.name)
        return found == gender or (found is None and not known)

    def _full(self, name: str) -> str:
        """The fullest name of the person called ``name`` (the judge, if the surname is
        the judge's)."""
        full = self._fulls.get(name)
        if full is None:
            full = self.people.fullest(name)
            if self.judge and full.split()[-1:] == self.judge.split()[-1:]:
                full = self.judge
            self._fulls[name] = full
        return full

    def _gender(self, name: str) -> str | None:
        """``self.people.gender(name)``, remembered."""
        if name in self._genders:
            return self._genders[name]
        gender = self._genders[name] = self.people.gender(name)
        return gender

    def _one(self, chunk: str, pos: int) -> Speaker | None:
        """Speaker for a single chunk: pronoun, judge reference, name, then description."""
        low = chunk.casefold()
        if low in _PRONOUNS or low in _GROUP_PRONOUNS:
            return self._pronoun(low, pos)
        name = self._name(chunk)
        if name is not None:
            return self._person(name)
        return self._judge_ref(chunk, pos) or self._description(chunk, pos)

    def resolve(self, phrase: str, pos: int, *, inverted: bool = False) -> Speaker | None:
        """The speaker an attribution phrase names; ``pos`` is where the phrase stands."""
        raw = phrase.strip(" \u00a0")
        closed = raw.endswith((",", "—", "–", ")"))  # "Roe, a lawyer, said": apposition closed
        phrase = raw.strip(" ,.:;—–-\u00a0")
        # (words are at least one character and one apart: up to 50 characters hold 25)
        if not phrase or (len(phrase) > 50 and len(_WORD.findall(phrase)) > 25):
            return None
        chunks = _chunks(phrase)
        if inverted:
            usable = [c for c in chunks if c and not _is_adverbial(c)]
            if not usable:
                return None
            first = self._one(usable[0], pos)
            if first is not None and first.name is None and len(usable) > 1:
                name = self._name(usable[1])
                if name is not None and _is_bare_name(usable[1]):
                    return self._person(name)
            return first
        last = chunks[-1]
        words = last.split()
        while words and words[-1].casefold() in _TRAILING_AUX:
            words.pop()
        if len(words) > 2 and words[-1] in {"and", "then"}:
            # "when he handed over his keys and told them “A”": the subject of the verb
            # the last one is joined to, when it is a pronoun
            for i in range(len(words) - 2, max(0, len(words) - 14), -1):
                if words[i] in _CLAUSE_SAY or words[i] in _RELATIVE_START:
                    break
                if words[i] in _PRONOUNS:
                    words = words[i : i + 1]
                    break
        for i in range(len(words) - 1, 0, -1):  # "what officials have called": officials
            if words[i].casefold() in {"what", "which", "that", "whom", "as"}:
                # "a decision that had found": the relative pronoun is the subject
                words = words[i + 1 :] or _last_noun_phrase(words[:i])
                break
            if words[i] in _CLAUSE_SAY and _starts_subject(words[i + 1 :]):
                # "the court said the judge had called": the subject of the inner clause
                words = words[i + 1 :]
                break
        if words and words[0].casefold() in _RELATIVE_START:
            if len(words) == 1 and len(chunks) > 1:  # "the judge, who wrote"
                return self._one(chunks[-2], pos)
            words = words[1:]  # "which critics call"
        while words and words[0].casefold() in {"and", "but", "so", "yet"}:
            words = words[1:]
        last = " ".join(words)
        if len(chunks) > 1 and words and words[0].islower() and _looks_verb(words[0]):
            closed = True  # "Roe, for his part, took to television to call": Roe
        if not closed and last and not (len(chunks) > 1 and _is_adverbial(last)):
            if last.casefold() in _PRONOUNS and len(phrase) > len(last):
                # "Ortiz wrote that she found": the pronoun where it stands, after "Ortiz"
                pos += max(0, raw.rfind(last))
            spoken = self._one(last, pos)
            if (
                spoken is not None
                and spoken.name is None
                and len(chunks) > 1
                and last.casefold() not in _PRONOUNS  # "Orrin, she wrote, “A”": hers
            ):
                name = self._name(chunks[-2])
                if name is not None and _is_bare_name(chunks[-2]):
                    return self._person(name)
            return spoken
        for i in range(len(chunks) - 1, -1, -1):
            if chunks[i].startswith("that ") and len(chunks[i]) > 5:
                # "documents show, according to X, that Roe, who ..., wrote": Roe, the
                # subject of the clause the verb stands in
                chunks = [chunks[i][5:], *chunks[i + 1 :]]
                break
        usable = [
            c
            for c in chunks
            if c
            and not _is_adverbial(c)
            and c.split()[0].casefold() not in _RELATIVE_START
            and not _looks_verb(c.split()[0])  # "the suit, filed by Roe, says"
        ]
        if (
            len(usable) > 1
            and _group_before_list(usable[0], usable[1])
            and self._name(usable[1]) is None
        ):
            return self._one(usable[0], pos)  # "The objectors, two funds, had argued"
        for c in usable:
            name = self._name(c)
            if name is not None:
                return self._person(name)
        for c in usable:
            spoken = self._one(c, pos)
            if spoken is not None:
                return spoken
        return None

    def remember(self, speaker: Speaker, pos: int, line: int) -> None:
        self.last, self.last_pos, self.last_line = speaker, pos, line


def _group_before_list(head: str, then: str) -> bool:
    """Whether ``head`` is a group ("The objectors") that the list ``then`` ("the X Fund and
    the Y System") names the members of: a group of bodies is the speaker, not its last
    member (the caller checks that the list names no person)."""
    words = head.split()
    return (
        1 < len(words) <= 3
        and words[0] in ("The", "the")
        and words[-1].islower()
        and words[-1].endswith("s")
        and " and " in then
    )


@functools.lru_cache(maxsize=8192)
def _chunk_name(chunk: str) -> str | None:
    """The name (as printed) of the person an attribution chunk names, if any."""
    for m in name_runs(chunk):
        if chunk[m.end() : m.end() + 2] in ("’s", "'s") or (
            chunk[m.end() : m.end() + 1] in ("’", "'") and m.group().endswith("s")
        ):
            continue  # "Roe's lawyer", "Jones' lawyer": the owner, not the speaker
        if chunk[m.end() : m.end() + 1] == "." and m.group().split()[-1] in _ABBREVIATIONS:
            continue  # "The St. Louis County Attorney's Office": no person "St"
        title, name = parse_name(m.group())
        if name is None:
            continue
        words = name.split()
        if not all(is_name_word(w) or w.islower() for w in words):
            continue
        before = chunk[: m.start()].split()
        if before and before[-1].casefold() in _BLOCKING_PREPOSITIONS:
            continue  # "a spokesperson for Acme": not the speaker
        after = chunk[m.end() :].split()
        if (
            after
            and after[0].islower()
            and after[0] not in _PREPOSITIONS | {"and", "or"}
            and not _looks_verb(after[0])
        ):
            continue  # a modifier: "Fort Peck tribal chairwoman"
        if (
            len(words) == 1
            and title is None
            and before
            and before[-1].casefold() not in _DETERMINERS
        ):
            continue
        return name
    return None


def _last_noun_phrase(words: list[str]) -> list[str]:
    """The words after the last verb or preposition: "vacated a panel decision" gives "a
    panel decision", "announced the cap in a notice" gives "a notice"."""
    for j in range(len(words) - 1, -1, -1):
        if words[j].islower() and (
            _looks_verb(words[j]) or words[j] in _COPULAS or words[j] in _PLACE_PREPOSITIONS
        ):
            return words[j + 1 :]
    return words


def _noun_phrase(clause: str) -> str:
    """The subject at the start of a clause: "The panel also rejected ..." gives "The panel"."""
    words = clause.split()
    for i, w in enumerate(words):
        low = w.casefold().strip(".,;:")
        if i and (
            _looks_verb(low)
            or low in _COPULAS
            or low in {"also", "then", "later", "further", "again", "previously"}
            or (low.endswith("ly") and w.islower())
            or (low.endswith("s") and w.islower() and low in _SAY_SET)
        ):
            return " ".join(words[:i])
    return clause


def _starts_subject(words: list[str]) -> bool:
    """Whether ``words`` (after a verb such as "said") open a clause with a subject of its
    own: a determiner or possessive ("the judge", "his lawyer") or a capitalised name,
    not a day or a month ("said Monday")."""
    if not words:
        return False
    first = words[0]
    low = first.casefold()
    if low in _DETERMINERS:
        return len(words) > 1
    return is_name_word(first) and low.rstrip(".") not in _DAY_WORDS


def _is_bare_name(chunk: str) -> bool:
    """True when a chunk is only a (titled) name: "Jane Roe", "Attorney General Jane Roe"."""
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in chunk.split())


def _subject_before(text: str, lo: int, verb: re.Match[str]) -> tuple[str, int, bool]:
    """(phrase, position, participle?) of the subject of the attribution verb."""
    word = verb.group()
    participle = word.endswith("ing") and word not in _ING_EXTRA
    return text[lo : verb.start()], lo, participle


def _attribute_pre(
    text: str, piece: _Piece, lo: int, res: _Resolver, start: int | None = None
) -> tuple[Speaker | None, bool]:
    """Speaker named before the quote in its sentence; (speaker, strict) where strict means the
    attribution leads straight into the quote ("X said: “A”") rather than a partial quote.

    ``start`` is the start of the sentence holding the quote (from ``lo``), when known."""
    open_pos = piece.start - 1
    if start is None:
        start = res.sentences.start(lo, open_pos)
    if _blank_between(text, start, open_pos):
        return None, False
    verbs = list(_verbs(text, start, open_pos))
    for k in range(len(verbs) - 1, -1, -1):
        verb = verbs[k]
        between = text[verb.end() : open_pos]
        word = verb.group()
        if k and (word in _REPORTED_CLAIMS or between.rstrip().endswith(" and that")):
            # "the judge said the families had alleged “A”", "said the complaint described
            # X, and that “A”": the words of the speaker of the verb before
            continue
        if word in ("read", "reads") and not _leads_in(between):
            continue  # "the majority read the act “A”": not an attribution
        if word.casefold() == "according to":
            phrase = re.split(r"[,:]", between, maxsplit=1)[0]
            if between.strip() and "," not in between and ":" not in between:
                continue
            return res.resolve(phrase, verb.end(), inverted=True), _leads_in(between)
        phrase, pos, participle = _subject_before(text, start, verb)
        if participle:
            chunks = [c for c in _chunks(phrase) if c and not _is_adverbial(c)]
            if not chunks:
                continue
            if res._name(phrase):
                return res.resolve(phrase, pos, inverted=True), _leads_in(between)
            return res.resolve(_noun_phrase(chunks[0]), pos, inverted=True), _leads_in(between)
        rest = _WORD.finditer(text, pos, verb.start())  # the words of the phrase
        first = next(rest, None)
        if first is None or (
            first.group().casefold() in _CONJUNCTIONS
            and all(w.group().casefold() in _CONJUNCTIONS for w in rest)
        ):
            if start == lo and lo > piece.line_start and res.last_line == piece.line:
                return res.last, _leads_in(between)  # “A” and said “B”: the same subject
            if first is None:
                continue
        return res.resolve(phrase, pos), _leads_in(between)
    if _ends_with(text, start, open_pos, ":"):  # "The judge was blunt: “A”"
        label = _label_speaker(text, start, open_pos, res)
        if label is not None:
            return label, True
        return _subject_speaker(text, start, open_pos, res), True
    return None, False


def _leads_in(between: str) -> bool:
    """Whether the words between an attribution verb and the quote lead straight into it."""
    between = between.rstrip()
    if len(between.split()) > 10:
        return False
    if not between or between.endswith((",", ":", "—", "–", "--")):
        return True
    for word in ("that", "as", "thus", "this"):  # a word of its own
        if between.endswith(word):
            before = between[-len(word) - 1 : -len(word)]
            return not (before.isalnum() or before == "_")
    return False


def _label_speaker(text: str, start: int, end: int, res: _Resolver) -> Speaker | None:
    """The person a transcript-style label names: "Roe: “A”" in interview copy, where
    text[start:end] is a bare name (or titled name) and a colon, and nothing else; a
    surname counts when the report gives the full name somewhere."""
    label = text[start:end].strip().removesuffix(":").strip()
    if not label or len(label) > 60 or len(label.split()) > 5 or not _is_bare_name(label):
        return None
    name = res._name(label)
    if name is None or " " not in name:
        return None  # "Related: “A”", "Update: “A”": one word that no full name completes
    return res._person(name)


def _dash_signature(
    text: str,
    piece: _Piece,
    lines: list[tuple[int, int]],
    filled: list[bool],
    skip: set[int],
    res: _Resolver,
) -> Speaker | None:
    """The speaker a dash line under a quotation paragraph names ("— Jane Roe, a lawyer
    for the tenants"), when the quotation closes its paragraph and the next paragraph with
    text is that dash line."""
    if piece.close < 0 or not _blank_between(text, piece.close + 1, piece.line_end):
        return None
    i = piece.line + 1
    while i < len(lines) and not filled[i]:
        i += 1
    if i >= len(lines) or i in skip:
        return None
    a, b = lines[i]
    while a < b and text[a] in " \t\u00a0":
        a += 1
    if a >= b or text[a] not in "—–-":
        return None
    begin = a
    while begin < b and text[begin] in "—–-":
        begin += 1
    if text[a] == "-" and begin - a < 2:
        return None  # a lone hyphen starts a list item
    return _signed_by(text, begin, b, res)


def _signed_by(text: str, begin: int, end: int, res: _Resolver) -> Speaker | None:
    """The speaker of a signature text[begin:end] after a dash: a bare (titled) name, maybe
    with an apposition ("Jane Roe, a lawyer for the county")."""
    signed = text[begin:end]
    if _MARKS.search(text, begin, end) or not _is_bare_name(_chunks(signed)[0].strip()):
        return None  # "— Reporting by Jane Roe; editing by Sam Poe": a credit line
    return res.resolve(signed, begin, inverted=True)


def _subject_speaker(text: str, start: int, end: int, res: _Resolver) -> Speaker | None:
    """A person or judge standing as the subject at the start of text[start:end]."""
    chunks = [c for c in _chunks(text[start:end]) if c]
    while chunks and _is_adverbial(chunks[0]):
        chunks = chunks[1:]
    if not chunks:
        return None
    words = chunks[0].split()
    for i, w in enumerate(words):
        w = w.strip(".,;:!?")
        if i and (_looks_verb(w) or w.casefold() in _COPULAS):
            words = words[:i]
            break
    else:
        return None
    if not words or len(words) > 8:
        return None
    subject = " ".join(words)
    pos = start + max(0, text.find(subject, start, end))
    name = res._name(subject)
    if name is not None:
        return res._person(name)
    low = subject.casefold()
    if low in _PRONOUNS:
        return res._pronoun(low, pos)
    return res._judge_ref(subject, pos) if words[-1].casefold() in _JUDGE_PERSON else None


def _attribute_post(text: str, piece: _Piece, hi: int, res: _Resolver) -> Speaker | None:
    """Speaker named right after the closing mark: “A,” X said / “A,” said X."""
    if piece.close < 0:
        return None
    after = piece.close + 1
    if after < hi and text[after] not in _POST_LEAD_CHARS:
        return None
    begin = after  # past the characters that may lead to the attribution (few)
    while begin < hi and text[begin] in _POST_LEAD_CHARS:
        begin += 1
    if _ends_with(text, piece.start, piece.end, ".") and not (begin < hi and text[begin].islower()):
        lead = text[after:begin]
        if hi == piece.line_end and ("—" in lead or "–" in lead or "--" in lead):
            return _signed_by(text, begin, hi, res)  # “A.” — Jane Roe, a lawyer
        return None
    end = res.sentences.end(begin, hi)
    if text.startswith("per ", begin):  # “A,” per court documents.
        return res.resolve(text[begin + 4 : end], begin + 4, inverted=True)
    verb = next(_verbs(text, begin, end), None)
    if verb is None:
        return None
    phrase = text[begin : verb.start()]
    first = phrase[: phrase.find(" ")]
    if first in _CONTINUATION_START:
        return None  # “A” and that his clients ..., “A,” including ...: the sentence goes on
    if first in _CLAUSE_GOES_ON and _blank_between(text, after, begin):
        return None  # “A” by arguing ..., “A” as the review continues: no attribution
    if len(phrase.split()) > 12:
        if phrase.rstrip().endswith(",") and res._name(_chunks(phrase)[0]) is not None:
            # “A,” Roe of Acme LLP, lead counsel for the funds, said: a long apposition
            return res.resolve(phrase, begin)
        # the attribution may close the sentence: “A” for families, Roe said.
        comma = phrase.rfind(",")
        rest = text[verb.end() : end]
        if comma < 0 or len(rest.split()) > 8:
            return None
        return res.resolve(phrase[comma + 1 :], begin + comma + 1)
    if not phrase.strip():
        if not _FINITE_INVERTED.search(verb.group()):
            return None
        return res.resolve(text[verb.end() : end], verb.end(), inverted=True)
    if verb.group().casefold() == "according to":
        return res.resolve(text[verb.end() : end], verb.end(), inverted=True)
    if any(ch in phrase for ch in "!?:"):
        return None
    head = phrase.split(",")[0].split()
    if any(w.islower() and _looks_verb(w) for w in head):
        return None  # “A” trended for days, and Roe later wrote ...
    return res.resolve(phrase, begin)


def _term_before(text: str, piece: _Piece) -> bool:
    """Words as words, scare quotes and titles: the so-called “X”, the term “X”, a book, “X”."""
    words = text[max(piece.line_start, piece.start - 40) : piece.start - 1].rsplit(None, 2)
    words = [w.casefold().strip(",") for w in words[-2:]]  # the last two words
    if not words:
        return False
    last = words[-1]
    if last in _TERM_VERBS or words[-2:] == ["known", "as"] or words[-2:] == ["so", "called"]:
        return True
    if last in _TERM_USE_VERBS or last in _TERM_DETERMINERS or last.endswith(_POSSESSIVE_ENDS):
        after = text[piece.close + 1 : piece.close + 30].split()[:2] if piece.close >= 0 else []
        if after and last in _TERM_USE_VERBS and after[0] == "as":
            return True  # "could not treat “serious bodily injury” as a factor"
        if after and after[0].casefold() in _LEGAL_TERM_NOUNS:
            return True  # the “protected in perpetuity” requirement
    if piece.close >= 0:
        after = text[piece.close + 1 : piece.close + 20].split()[:1]
        if after and after[0].casefold().strip(".,;") in _UI_NOUNS:
            return True  # a bright “Start my free week” button: a label
    return last in _TERM_NOUNS and len(words) > 1 and words[-2] in _TERM_DETERMINERS


def _attributive_term(text: str, piece: _Piece, lo: int) -> bool:
    """A one- or two-word quotation used as part of a noun phrase: the “zero tolerance” policy.

    Such scare quotes are not the speaker's words unless the speaker called something so
    ("called the ruling a “travesty”").
    """
    if _more_words_than(text, piece.start, piece.end, 2):
        return False
    if _ends_with(text, piece.start, piece.end, ","):
        after = text[piece.end + 1 : piece.end + 30].split()[:1]
        if after and (after[0] in _CONTINUATION_START or after[0].endswith("ing")):
            return False  # “overwhelming,” including ...: the clause goes on, no noun
    before = text[max(lo, piece.start - 60) : piece.start - 1].split()
    if before and (before[-1].casefold() in _MODALS or before[-1].casefold() in _AUXILIARIES):
        return False  # "would “immediately” seek", "had “once again” acted": no noun's modifier
    if not before or before[-1].casefold() not in _TERM_DETERMINERS | {"its", "their"}:
        after = text[piece.end + 1 : piece.end + 30].split()[:1]
        return (
            bool(after)
            and after[0].isalpha()
            and after[0].islower()
            and not (after[0] in _SAY_SET or after[0] in _NOT_AFTER_NOUN_MODIFIER)
        )
    if len(before) > 1 and before[-2].casefold() in _COPULAS | {"be", "been", "being"}:
        return False  # a predicate: "it was a “disaster”"
    after = text[piece.end + 1 : piece.end + 30].split()[:1]
    if not after or not after[0][:1].isalpha() or after[0] in _NOT_AFTER_NOUN_MODIFIER:
        # "had stated a “credible basis” to suspect": the whole noun phrase, unless a
        # duty names it ("the duty ... to provide a “reasonable estimate” of"): a term
        recent = text[max(lo, piece.start - 120) : piece.start - 1].split()[-14:]
        ends = [i for i, w in enumerate(recent) if w.endswith((".", "!", "?"))]
        clause = recent[ends[-1] + 1 if ends else 0 :]
        return not _DUTY_WORDS.isdisjoint(w.casefold() for w in clause)
    return not any(w.casefold().strip(",") in _CHARACTERIZE for w in before[-4:])


def _title_like(text: str, piece: _Piece) -> bool:
    """A short quotation in title case, such as the name of a program or a work: two to
    eight words that start with a letter, all capitalised but words of up to three
    letters, at least two of them."""
    count = capitalised = 0
    for m in _WORD.finditer(text, piece.start, piece.end):  # stops early on most quotations
        first = text[m.start()]
        if not first.isalpha():
            continue
        count += 1
        if count > 8:
            return False
        if first.isupper():
            capitalised += 1
        elif m.end() - m.start() > 3:
            return False
    return count > 1 and capitalised >= 2


def extract_quotes(
    document: Document, *, judge: str | None = None, people: People | None = None
) -> tuple[Quote, ...]:
    """Every direct quotation ``document`` attributes to a speaker, in document order.

    Each quote's ``text`` is exactly what stands between its quotation marks (curly or
    straight), its provenance spans that text, and its speaker is the fullest name the
    report gives ("Roe said" after "Attorney General Jane Roe"; "she added"; "the judge
    wrote" -> ``judge`` or the judge the text names) or else a description ("agency
    spokesperson", "court document").  Quotations nobody is said to have said (scare
    quotes, titles, headlines, embedded social-media posts) are left out.  A quotation
    broken by its attribution ("A," she said, "B.") gives two quotes, and one running on
    over several paragraphs gives one per paragraph.  Never raises on any text.

    ``people`` may pass the :class:`~casekit.extractors.people.People` index of the same
    text when the caller has one already (its lookups are cached and shared).

    >>> from casekit import Document
    >>> doc = Document(id="d", text='Gov. Lee Park sued. "We will win," Park told reporters. '
    ...     '"And we will keep fighting."')
    >>> [(q.text, q.speaker.name) for q in extract_quotes(doc)]
    [('We will win,', 'Lee Park'), ('And we will keep fighting.', 'Lee Park')]
    """
    text = document.text
    if not any(mark in text for mark in _MARK_CHARS):
        return ()
    try:
        return _extract(document, judge, people)
    except Exception:  # pragma: no cover - a bug here must not stop an extraction
        return ()


def _extract(document: Document, judge: str | None, people: People | None) -> tuple[Quote, ...]:
    text = document.text
    lines, filled = _lines(text)
    skip = _skipped_lines(text, lines, filled)
    pieces = _pieces(text, lines, skip)
    if not pieces:
        return ()
    res = _Resolver(text, judge, [(p.start - 1, p.end + 1) for p in pieces], people)
    sentences = res.sentences
    speakers: list[Speaker | None] = [None] * len(pieces)
    chain: list[int] = list(range(len(pieces)))  # first piece of a run-on quotation
    last_line_with_speaker = -1
    prev: _Piece | None = None
    for k, piece in enumerate(pieces):
        open_pos = piece.start - 1
        line, line_start = piece.line, piece.line_start
        same_line_prev = prev is not None and prev.line == line
        lo = prev.close + 1 if same_line_prev and prev is not None else line_start
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        hi = nxt.start - 1 if nxt is not None and nxt.line == line else piece.line_end
        # whether the quotation opens its paragraph, and then the paragraph before it (-1:
        # none, skipped, or not asked for: the rules below use it only for such quotations)
        opens_line = line_start == open_pos or (
            text[line_start] in " \t\u00a0" and _opens_line(text, line_start, open_pos)
        )
        prev_line = _previous_text_line(filled, line, skip) if opens_line else -1
        if (
            prev is not None
            and prev.close < 0
            and not same_line_prev
            and opens_line
            and prev_line == prev.line
        ):
            chain[k] = chain[k - 1]
        speaker: Speaker | None = None
        start = sentences.start(lo, open_pos)
        starts = start >= open_pos - 1 or _blank_between(text, lo, open_pos)
        if starts:
            speaker = _attribute_post(text, piece, hi, res)
        elif not _term_before(text, piece) and not _title_like(text, piece):
            speaker, strict = _attribute_pre(text, piece, lo, res, start)
            if speaker is None or not strict:
                post = _attribute_post(text, piece, hi, res)
                if post is not None:
                    speaker = post
                else:
                    if speaker is None and same_line_prev and prev is not None:
                        # “A” and that “B”: a second quotation in the sentence of the first
                        speaker = _same_sentence_speaker(text, prev, speakers[k - 1], open_pos, res)
                        if speaker is None and speakers[k - 1] is None and start == lo:
                            # a term quoted before it in the sentence: "X said the duty to
                            # give a “term” does not let it “A”" is X's
                            speaker = _whole_sentence_speaker(text, piece, prev, res)
                    if speaker is not None and _attributive_term(text, piece, lo):
                        speaker = None
            wording = (
                _document_speaker(text, start, open_pos, res)
                or _statute_speaker(text, sentences.start(line_start, open_pos), open_pos, res)
                or _owner_speaker(text, piece, res)
            )
            if wording is not None:
                speaker = wording
        if speaker is None and starts and opens_line:
            # “A.” on a paragraph of its own, then "— Jane Roe, a lawyer for X" below it
            speaker = _dash_signature(text, piece, lines, filled, skip, res)
        if speaker is None and starts and opens_line and prev_line >= 0:
            a, b = lines[prev_line]
            if _ends_with(text, a, b, ":"):
                colon_piece = _Piece(b + 1, b + 1, -1, prev_line, a, b)
                speaker, _ = _attribute_pre(text, colon_piece, a, res)
        if speaker is None and chain[k] != k:
            speaker = speakers[chain[k]]
        if speaker is None and starts:
            at_line = start if lo == line_start else None
            speaker = _previous_subject(text, piece, lines, opens_line, prev_line, res, at_line)
        if (
            speaker is None
            and starts
            and res.last is not None
            and (res.last_line == line or (last_line_with_speaker == prev_line and opens_line))
        ):
            speaker = res.last
        if speaker is not None:
            speakers[k] = speaker
            res.remember(speaker, piece.close if piece.close >= 0 else piece.end, line)
            last_line_with_speaker = line
            if chain[k] != k:  # a run-on quotation attributed only in a later paragraph
                for j in range(chain[k], k):
                    if speakers[j] is None and chain[j] == chain[k]:
                        speakers[j] = speaker
        prev = piece
    return _quotes(document.id, text, pieces, speakers)


def _document_speaker(text: str, start: int, open_pos: int, res: _Resolver) -> Speaker | None:
    """The document a quotation is the wording of, when the clause leading into it has a
    document for subject: "writing that the policy manual required workers to “A”",
    "8 U.S.C. § 1182(f), which allows the president to “A”", "Federal regulations, she
    noted, require …“A”".  None when an attribution verb stands after the document's verb."""
    lead = text[start:open_pos]
    for word in _DOCUMENT_VERB_WORDS:  # each searched for alone: much faster
        if word in lead:
            break
    else:
        return None  # no word the pattern finds
    for verb in reversed(list(_DOCUMENT_VERB.finditer(lead))):
        if len(lead[verb.end() :].split()) > 14:
            return None
        if next(_verbs(text, start + verb.end(), open_pos), None) is not None:
            return None  # "the law requires it, Roe said, “A”": Roe's words
        document = _document_subject(lead[: verb.start()])
        if document is not None:
            return res._described(document)
    return None


def _owner_speaker(text: str, piece: _Piece, res: _Resolver) -> Speaker | None:
    """The person whose word a short quotation is, named in the possessive right before
    it: "finding that Roe's “yes” to the deputy was not voluntary" (not a modifier of a
    noun after it, as in "Roe's “reckless” conduct")."""
    before = text[max(piece.line_start, piece.start - 40) : piece.start - 1].rsplit(None, 1)
    if not before or not before[-1].endswith(_POSSESSIVE_ENDS) or piece.close < 0:
        return None
    if _more_words_than(text, piece.start, piece.end, 3):
        return None
    after = text[piece.close + 1 : piece.close + 20].split()[:1]
    if after and after[0][:1].isalpha() and after[0] not in _NOT_AFTER_NOUN_MODIFIER | _COPULAS:
        return None  # "Roe's “reckless” conduct": a modifier
    owner = before[-1][:-2] if before[-1][-1] == "s" else before[-1][:-1]
    if not is_name_word(owner):
        return None
    name = res._name(owner)
    return res._person(name) if name is not None else None


def _statute_speaker(text: str, start: int, open_pos: int, res: _Resolver) -> Speaker | None:
    """The statute whose words a quotation gives, named by its citation: "Under N.J.S.A.
    9:2-2, a parent may not … without a court order “A”", "Under Section 2 of the Act, he
    wrote, an agreement is enforceable “A”", "G. L. c. 278, § 33E, which … gives it power
    to order a new trial “A”".  None when someone else says the words after the citation."""
    lead = text[start:open_pos]
    under = lead.startswith("Under ")
    which = lead.find(", which ")
    if not (under or which > 0) or not any(ch.isdigit() for ch in lead):
        return None  # a citation holds a number
    from casekit.citations.statutes import find_statutes

    head = lead[: which + 1] if which > 0 else lead[:160]
    cites = [c for c in find_statutes(head) if c.provenance]
    if under:
        cites = [c for c in cites if c.provenance[0].span.start <= 6]
    elif cites:
        cites = cites[-1:] if head.rstrip(", ").endswith(cites[-1].mention or "\0") else []
    if not cites:
        return None
    after = start + cites[0].provenance[0].span.end
    for verb in _verbs(text, after, open_pos):
        if which > 0 and not _has_speaker_subject(text, after, verb):
            continue  # "which requires an agenda posted ...", "whose entry he finds “A”"
        if not _ASIDE.fullmatch(text, *_aside_bounds(text, after, verb)):
            return None  # "Under the act, courts have said “A”": their words
    return res._described(str(cites[0]))


def _has_speaker_subject(text: str, lo: int, verb: re.Match[str]) -> bool:
    """Whether the word before ``verb`` (from ``lo``) is a speaker saying something in the
    past: a capitalised name or a pronoun before a past-tense verb ("Roe said", "she wrote"),
    not a noun it modifies ("an agenda posted") nor a paraphrase ("he finds")."""
    words = text[max(lo, verb.start() - 30) : verb.start()].split()
    if not words:
        return False
    prev = words[-1]
    if prev.casefold() in _PRONOUNS | _GROUP_PRONOUNS:
        return not verb.group().endswith("s")
    return prev[:1].isupper()


_ASIDE = re.compile(r",\s*(?:he|she|they|it|the \w+|[A-Z][\w’'-]+)\s+\w+,")


def _aside_bounds(text: str, lo: int, verb: re.Match[str]) -> tuple[int, int]:
    """The stretch from the comma before ``verb`` to the comma after it (not before ``lo``):
    ", he wrote," when the verb stands in such an aside."""
    comma = text.rfind(",", lo, verb.start())
    end = text.find(",", verb.end(), verb.end() + 2)
    return (comma if comma >= 0 else verb.start()), (end + 1 if end >= 0 else verb.end())


def _document_subject(before: str) -> str | None:
    """The document standing as the subject at the end of ``before`` (the words before a
    verb such as "requires"), as the speaker's description: "the company's own policy
    manual" gives "policy manual", "Federal regulations, she noted," "Federal regulations"."""
    chunks = [c.strip() for c in re.split(r",|—|–|--|;", before)]
    while chunks and (not chunks[-1] or chunks[-1].casefold() in {"which", "that"}):
        chunks.pop()
    if len(chunks) > 1 and chunks[-1].rsplit(None, 1)[-1] in _SAY_SET:
        chunks.pop()  # "Federal regulations, she noted, require": the aside
    if not chunks:
        return None
    words = chunks[-1].split()
    for i in range(len(words) - 1, -1, -1):
        low = words[i].casefold()
        if low in _NP_STOP or (words[i].islower() and _looks_verb(low)):
            words = words[i + 1 :]
            break
    if not words or len(words) > 8:
        return None
    phrase = " ".join(words)
    if any(mark in phrase for mark in _CITE_MARKS):
        return phrase
    if words[-1].casefold() not in _DOCUMENT_NOUNS:
        return None
    for i in range(len(words) - 1, -1, -1):  # "the company's own policy manual"
        if words[i].endswith(_POSSESSIVE_ENDS):
            words = words[i + 1 :]
            break
    while words and words[0].casefold() in _DETERMINERS | {"own"}:
        words = words[1:]
    if len(words) > 4 or any(w.islower() and w.casefold() in _NOT_DOCUMENT_WORDS for w in words):
        return None  # "courts may refuse to enforce any contract": a clause, not a document
    return " ".join(words) or None


def _whole_sentence_speaker(
    text: str, piece: _Piece, prev: _Piece, res: _Resolver
) -> Speaker | None:
    """The speaker named before the unattributed quotation ``prev`` in the sentence both
    stand in, for the quotation ``piece`` after it (``prev`` going on in its sentence)."""
    if prev.close < 0 or text[prev.end - 1] in ".!?…":
        return None
    start = res.sentences.start(piece.line_start, prev.start - 1)
    if start >= prev.start - 1:
        return None
    speaker, _ = _attribute_pre(text, prev, piece.line_start, res, start)
    return speaker


def _same_sentence_speaker(
    text: str, prev: _Piece, speaker: Speaker | None, open_pos: int, res: _Resolver
) -> Speaker | None:
    """The speaker of the quotation ``prev`` when the one opening at ``open_pos`` goes on in
    its sentence with no attribution of its own: she wrote that it had “A” and that “B”."""
    if speaker is None or prev.close < 0:
        return None
    if text[prev.end - 1] in ".!?…":  # “A.” ends the sentence
        return None
    lo = prev.close + 1
    if res.sentences.start(lo, open_pos) != lo:
        return None
    if not any(w.casefold() in _LINKING for w in _WORD.findall(text, lo, open_pos)):
        return None  # no "and", "but", "because" ...: not the same clause going on
    return speaker


def _quotes(
    document: str, text: str, pieces: list[_Piece], speakers: list[Speaker | None]
) -> tuple[Quote, ...]:
    """The quote records of the attributed pieces; a quotation printed twice (a pull quote)
    is one quote with two spans."""
    quotes: list[Quote] = []
    seen: dict[str, int] = {}
    for piece, speaker in zip(pieces, speakers, strict=True):
        if speaker is None:
            continue
        quoted = text[piece.start : piece.end]
        prov = Provenance.of(document, text, piece.start, piece.end)
        key = _quote_key(quoted)
        if key in seen:
            first = quotes[seen[key]]
            quotes[seen[key]] = attrs.evolve(first, provenance=(*first.provenance, prov))
            continue
        seen[key] = len(quotes)
        quotes.append(_quote(quoted, speaker, prov))
    return tuple(quotes)


def _quote_key(quoted: str) -> str:
    """``" ".join(quoted.split()).strip(" ,.")``: the words of a quotation, for finding one
    printed twice.  When ``quoted`` is printable (so no white space but plain spaces) and
    holds no two spaces in a row, that is only ``quoted`` stripped."""
    if quoted.isprintable() and "  " not in quoted:
        return quoted.strip(" ,.")
    return " ".join(quoted.split()).strip(" ,.")


# Building a record whose fields are known valid: a new instance, its (frozen) fields set
# directly, as the attrs __init__ sets them before it runs the validators.
_new = object.__new__
_set = object.__setattr__


def _quote(quoted: str, speaker: Speaker, prov: Provenance) -> Quote:
    """``Quote(text=quoted, speaker=speaker, provenance=(prov,))``, built without running
    the validators when they would pass (a quote's text always holds a non-space)."""
    if type(quoted) is not str or not quoted.strip() or type(speaker) is not Speaker:
        return Quote(text=quoted, speaker=speaker, provenance=(prov,))
    found = _new(Quote)
    _set(found, "text", quoted)
    _set(found, "speaker", speaker)
    _set(found, "provenance", (prov,))
    return found


def _speaker(name: str | None, description: str | None) -> Speaker:
    """``Speaker(name=name, description=description)``, built without running the
    validators when they would pass: one of the two a string with a non-space character,
    the other None."""
    value = description if name is None else name
    if (name is None) == (description is None) or type(value) is not str or not value.strip():
        return Speaker(name=name, description=description)
    found = _new(Speaker)
    _set(found, "name", name)
    _set(found, "description", description)
    return found


def _blank_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is empty or only white space."""
    return start >= end or (text[start].isspace() and _NON_SPACE.search(text, start, end) is None)


def _opens_line(text: str, line_start: int, pos: int) -> bool:
    """Whether only spaces and tabs stand between ``line_start`` and ``pos``."""
    while line_start < pos and text[line_start] in " \t\u00a0":
        line_start += 1
    return line_start == pos


def _ends_with(text: str, start: int, end: int, suffix: str) -> bool:
    """Whether text[start:end] ends in the character ``suffix``, white space aside."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == suffix


def _previous_subject(
    text: str,
    piece: _Piece,
    lines: list[tuple[int, int]],
    opens_line: bool,
    prev_line: int,
    res: _Resolver,
    start: int | None = None,
) -> Speaker | None:
    """The person the sentence before a bare quotation is about ("Roe was blunt. “A.”").

    ``opens_line`` tells whether the quotation opens its paragraph and ``prev_line`` is the
    paragraph before it (-1 when there is none or it is skipped); ``start`` the start of
    the sentence holding the quotation (from the paragraph start), when known."""
    open_pos = piece.start - 1
    if start is None:
        start = res.sentences.start(piece.line_start, open_pos)
    if start > piece.line_start:
        end = start
        lo = piece.line_start
    else:
        if prev_line < 0 or not opens_line:
            return None
        lo, end = lines[prev_line]
    prev_start = res.sentences.start(lo, max(lo, end - 2))
    if _MARKS.search(text, prev_start, end):
        return None
    return _subject_speaker(text, prev_start, end, res)


def _previous_text_line(filled: list[bool], i: int, skip: set[int]) -> int:
    """The paragraph before paragraph ``i`` that holds text; -1 if none or it is skipped."""
    j = i - 1
    while j >= 0 and not filled[j]:
        j -= 1
    return j if j >= 0 and j not in skip else -1

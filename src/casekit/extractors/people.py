"""People named in a text: full names with titles and roles, and who a reference means.

:func:`find_people` lists every mention of a person in a text: full names ("Jane Q. Roe"),
names behind a title ("U.S. District Judge Jane Roe", "Treasury Secretary John Doe", "Mr. Doe")
and, once a full name is known, later bare surnames ("Roe said").  :class:`People` indexes the
mentions of one text and resolves references to them: a surname or short name to the fullest
name the text gives anywhere, a pronoun to the person last mentioned, "the judge" to the judge.

The rules are plain heuristics about how English news writing names people (capitalised
words, titles in front, appositives behind); they are fast (one regular-expression pass)
and never raise.

>>> from casekit.extractors.people import People
>>> people = People("Treasury Secretary Jane Q. Roe spoke first. Roe said the rule stands.")
>>> [(m.name, m.title) for m in people.mentions]
[('Jane Q. Roe', 'Treasury Secretary'), ('Roe', None)]
>>> people.fullest("Roe")
'Jane Q. Roe'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs

from casekit.extractors.quote_names import given_name_gender

__all__ = ["People", "PersonMention", "appositive_role", "find_people", "is_firm_word", "surname"]

# Words that make up titles in front of a name ("U.S. District Judge", "Attorney General").
_TITLE_WORDS = frozenset(
    """judge judges justice justices magistrate chief senior circuit district bankruptcy associate
    secretary attorney general president vice governor gov. senator sen. representative rep.
    congressman congresswoman mayor commissioner director administrator chairman chairwoman chair
    speaker leader minister prime deputy assistant acting mr. mrs. ms. dr. prof. professor lt.
    gen. col. sgt. capt. maj. adm. officer detective sheriff prosecutor counsel solicitor
    ambassador spokesperson spokesman spokeswoman king queen pope rev. rabbi lawyer trustee
    inspector auditor comptroller treasurer clerk chancellor dean superintendent councilmember
    councilman councilwoman alderman lieutenant sergeant captain major colonel admiral
    commander chancellor premier sheikh prince princess lord lady sir dame hon. atty. supt.
    insp. cmdr. sister brother father bishop cardinal imam pastor reverend coach agent u.s.
    federal state county public defender warden trooper coroner ombudsman special ceo cfo coo
    cto""".split()
)

# Title words that are (almost) never surnames: "Home Secretary" is no person's name.
_OFFICE_WORDS = frozenset(
    """secretary judge justice attorney general president director commissioner spokesperson
    spokesman spokeswoman governor senator representative mayor chairman chairwoman minister
    counsel administrator officer prosecutor clerk deputy assistant chief leader superintendent
    ambassador defender warden ombudsman""".split()
)

# Title words that only qualify an office ("Public" in "Public Defender Jo Roe").
_TITLE_MODIFIERS = frozenset(
    "public special federal state county u.s. senior acting assistant associate vice prime".split()
)

# Small words that start sentences; never part of a name or a title.
_FUNCTION = frozenset(
    """the a an in on at for to of by from with without under over into onto upon about after
    before during since until while when where which who whom whose what why how that this these
    those there here it its he she his her him they them their we our us you your i me my and or
    but nor so yet if then than as also not no yes all any some every each most more many much
    few both either neither other another such only just even still already again now today
    tonight yesterday tomorrow meanwhile however moreover furthermore instead later earlier
    according despite although though because unless whether""".split()
)

# The last words of the names of firms, farms, shops, newspapers and other businesses:
# "Acme Research", "Lakeside Gardens" and "Elm Creek Farms" are no persons.  Only
# words that are (almost) never surnames ("Banks", "Mills", "Power", "Lodge", "Steel",
# "Ledger" are left out).
_FIRM_WORDS = frozenset(
    """research labs laboratories analytics advisors advisers associates consulting
    consultants holdings ventures systems technologies solutions industries enterprises
    securities investments management logistics pharmaceuticals therapeutics strategies
    communications financial insurance properties realty brands foods insights gardens farms
    farm estates vineyards vineyard winery orchards orchard ranches apartments outfitters
    pantry bakery dental medical dynamics robotics housing tenants books mining motors
    apparel studios films pictures records software networks wireless telecom pharmacy
    pharma biotech sciences genetics diagnostics hospital hospitals homes builders
    construction contractors engineering electric utilities petroleum chemicals materials
    metals plastics textiles supply supplies distributors distribution trucking freight
    shipping airways aviation aerospace automotive restaurants brewing brewery distillery
    grocers grocery stores retail outlets hotels resorts casino entertainment athletics
    fitness wellness healthcare lending mortgage payments brokerage advisory wealth
    developers development rentals leasing storage recycling environmental renewables
    publishing publishers productions marketing advertising staffing services cleaners
    laundry nursery nurseries interiors designs architects system dispatch gazette sentinel
    chronicle inquirer bulletin examiner courier observer""".split()
)

# Capitalised words that are never part of a person's name.
_NOT_NAME = (
    _FUNCTION
    | frozenset(
        """be is are was were been being has
    have had do does did will would shall should can could may might must let get got see read
    watch click share follow sign subscribe join breaking update updated live exclusive opinion
    analysis editorial video photo photos watch listen story news report reports full article
    year years day days week weeks month months time times monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec federal national state
    states united american americans america democrat democrats democratic republican
    republicans gop court courts supreme district circuit appeals appellate house senate
    congress congressional white act acts amendment constitution constitutional section rule
    rules code department administration service services agency agencies office bureau
    commission committee council board university college school center centre institute
    foundation association union coalition alliance project fund group network league society
    party inc corp corporation company co llc ltd times post journal press tribune herald
    street avenue road county city town village island republic kingdom north south east west
    new security homeland immigration customs enforcement internal revenue social medicaid
    medicare treasury justice defense defence commerce labor labour energy health education
    interior transportation agriculture veterans affairs human resources general attorney
    police army navy force forces guard marine marines church bank trust airlines program
    programs policy policies law laws order orders plan memorandum understanding agreement
    county's government governments administration's protection protections rights right civil
    liberties legal aid clinic council's partners capital global international world media
    foundation's prosecutors lawyers attorneys officials critics advocates plaintiffs defendants
    experts analysts officers residents parents students workers families opponents supporters
    judges justices lawmakers legislators democrats voters""".split()
    )
    | _FIRM_WORDS
)

_PARTICLE_WORDS = "de da di du del della der den van von la le bin ibn al el st.".split()
_PARTICLES = f"(?:{'|'.join(map(re.escape, _PARTICLE_WORDS))})"
_PARTICLE_SET = frozenset(_PARTICLE_WORDS)
_ABBREVIATED_TITLES = (
    "Mr Mrs Ms Dr Gov Sen Rep Lt Gen Col Sgt Capt Maj Adm Prof Rev Hon Atty Supt Insp Cmdr".split()
)
_ABBREV_TITLE = rf"(?:{'|'.join(_ABBREVIATED_TITLES)})\."
_SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV)"
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017e"  # upper-case Latin letters (Latin Extended-A mixes both cases)
_LO = "a-zß-öø-ÿ\u0100-\u017f"
# The forms of a name word after its capital letter: O’Brien, McDonald or Smith-Jones, Xi.
_NAME_TOKEN_RESTS = (
    rf"[’'][{_UP}][{_LO}]+",
    rf"[{_LO}]*(?:[{_UP}][{_LO}]+)*[{_LO}](?:-[{_UP}][{_LO}]+)?",
    rf"[{_LO}]",
)
_NAME_TOKEN = f"(?:{'|'.join(f'[{_UP}]{rest}' for rest in _NAME_TOKEN_RESTS)})"
_TOKEN = (
    rf"(?:U\.S\.|{_ABBREV_TITLE}|(?:Jr|Sr)\.|[A-Z]\.(?![A-Za-z]\.)|{_NAME_TOKEN}|[A-Z]{{2,}}s?)"
)
# The same forms, in the same order, for a token whose capital letter is matched already:
# forms that need a particular letter check it with a lookbehind (the abbreviated titles
# only after a quick look ahead for their dot).
_TOKEN_REST = (
    rf"(?:(?<=U)\.S\.|(?=[a-z]{{1,{max(map(len, _ABBREVIATED_TITLES)) - 1}}}\.)"
    rf"(?:{'|'.join(f'(?<={title[0]}){title[1:]}' for title in _ABBREVIATED_TITLES)})\."
    rf"|(?<=[JS])r\.|(?<=[A-Z])\.(?![A-Za-z]\.)|{'|'.join(_NAME_TOKEN_RESTS)}|(?<=[A-Z])[A-Z]+s?)"
)
# A capital letter that starts a word (not after a letter, digit, apostrophe, dot or hyphen).
_WORD_CAPITAL = rf"[{_UP}](?<![\w’'.-].)"
_SEP = r"(?:,?[ \u00a0]+)"
_MORE_TOKENS = rf"[ \u00a0]+(?:{_PARTICLES}[ \u00a0]+)*{_TOKEN}"
_RUN_END = rf"(?:{_SEP}{_SUFFIX}(?![\w]))?(?![\w-])"


# A run of capitalised words (with initials, particles and a suffix) on one line.
@functools.cache
def _run_re() -> re.Pattern[str]:
    return re.compile(rf"(?=[{_UP}])(?<![\w’'.-]){_TOKEN}(?:{_MORE_TOKENS})*{_RUN_END}")


@functools.cache
def _fast_run_re() -> re.Pattern[str]:
    """The same matches as :func:`_run_re`, found faster.

    It opens with a plain character class, the capital letter, which the regular-expression
    engine scans for fast, unlike the assertions :func:`_run_re` opens with.
    """
    return re.compile(rf"{_WORD_CAPITAL}{_TOKEN_REST}(?:{_MORE_TOKENS})*{_RUN_END}")


@functools.cache
def _token_full_re() -> re.Pattern[str]:
    return re.compile(_TOKEN)


_TOKEN_SPAN = re.compile(r"[^\s,]+")
_WRITING_FOR = re.compile(
    r"(?:,[^,.;\n]{0,60},)?\s+(?:wrote|writing|who wrote|delivered|authored)\s+(?:the\s+)?"
    r"(?:for\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:majority|court|panel)|(?:majority\s+)?opinion)"
)
_WRITING_FOR_BEFORE = re.compile(
    r"[Ww]riting for (?:the |a )?(?:\w+ ){0,2}(?:majority|court|panel),\s+(?:\S+\s+){0,6}$"
)
_JUDGE_WORD = re.compile(r"\b(?:[Jj]udges?|[Jj]ustices?|[Mm]agistrate)\b")
_FOLLOWING_NAME = re.compile(rf"[ \u00a0]+([{_UP}][{_LO}]+)")


@functools.cache
def _judge_title_re() -> re.Pattern[str]:
    return re.compile(
        # "J" or "M" opening a word ("\b" before it), read first: a pattern that opens with
        # letters is scanned for much faster than one that opens with assertions
        rf"(?:J(?<!\wJ)(?:udges?|ustices?)|M(?<!\wM)agistrate)"
        rf"(?:[ \u00a0]+(?:{_PARTICLES}[ \u00a0]+)*{_TOKEN})+"
    )


# The same with at least two words: full names, or a title and a name.
@functools.cache
def _multi_run_re() -> re.Pattern[str]:
    return re.compile(rf"(?=[{_UP}])(?<![\w’'.-]){_TOKEN}(?:{_MORE_TOKENS})+{_RUN_END}")


_APPOSITIVE = re.compile(
    r",[ \u00a0]+((?:a|an|the|who|one|another|its|their|his|her)\b[^,.;:“”\"\n]{1,90}?)"
    r"(?=[,.;:])"
)
_INITIAL = re.compile(r"[A-Z]\.$")
_SUFFIX_RE = re.compile(rf"^{_SUFFIX}$")
# The words _SUFFIX_RE matches, for words without white space (split from a text).
_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
_TITLE_GENDER = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "congressman": "m",
    "congresswoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "king": "m",
    "queen": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
# "Roe said she ...": the pronoun right after the person's own verb of saying.
_SAID_PRONOUN = re.compile(
    r"(?:,[^.;:“”\"\n,]{1,80},)?\s+(?:\w+ly\s+)?(?:said|says|told|added|argued|wrote|noted|"
    r"acknowledged|insisted|"
    r"explained|claimed|believes|believed|thinks|thought|hopes|hoped|testified)\s+"
    r"(?:(?:reporters|jurors|the\s+\w+)\s+)?(?:that\s+)?(?:(he|she)\b|"
    # "Roe said his client": whose client, not whom Roe told ("told her")
    r"(?<!told\s)(his|her)\s+(?:client|clients|office|team|family|group|company|firm|"
    r"organization|agency|department|union|members|side)\b)"
)


@attrs.frozen(kw_only=True)
class PersonMention:
    """One mention of a person in a text.

    ``name`` is the name as printed without its title ("Jane Q. Roe", or "Roe" for a
    later bare surname); ``start``/``end`` span the name in the text; ``title`` is the
    title printed in front ("U.S. District Judge"), ``role`` an appositive behind it
    ("a spokeswoman for the agency"), both None when absent.
    """

    name: str
    start: int
    end: int
    title: str | None = None
    role: str | None = None
    #: the text shows the title to be a judge's though its words do not say so: a
    #: (Vice) Chancellor where a Court of Chancery is named
    judicial: bool = attrs.field(default=False, repr=False)

    @property
    def surname(self) -> str:
        """The last word of the name, ignoring suffixes such as Jr. or III."""
        return surname(self.name)

    @property
    def is_full(self) -> bool:
        """True when the mention gives more than a surname."""
        return len(_name_parts(self.name)) > 1

    @property
    def is_judge(self) -> bool:
        """True when the title makes the person a judge or justice."""
        return self.title is not None and (self.judicial or _is_judge_title(self.title))


@functools.lru_cache(maxsize=4096)
def _is_judge_title(title: str) -> bool:
    return bool(_JUDGE_WORD.search(title))


#: a court of chancery named in a text: "the Delaware Court of Chancery", "Chancery Court"
_CHANCERY_COURT = re.compile(r"(?i:court\s+of\s+chancery|chancery\s+court)|Chancery\b")
#: what a university's or a school system's chancellor stands near
_CAMPUS = re.compile(r"(?i:universit|college|campus|school|student)")


def _chancellor_of_chancery(title: str, text: str, end: int) -> bool:
    """True for a "Chancellor" or "Vice Chancellor" title, whose name ends at ``end``, of
    a judge: a court of chancery follows the name ("Vice Chancellor Jo Roe of the
    Delaware Court of Chancery"), or the text names one and no university, college or
    school stands near the name (a university's chancellor is no judge)."""
    if title.rsplit(None, 1)[-1].casefold() != "chancellor":
        return False
    if _CHANCERY_COURT.search(text, end, end + 60):
        return True
    return (
        _CHANCERY_COURT.search(text) is not None
        and _CAMPUS.search(text, max(0, end - 150), end + 150) is None
    )


@functools.lru_cache(maxsize=16384)
def _name_parts(name: str) -> tuple[str, ...]:
    """The words of a name without trailing suffixes such as Jr. or III."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


def surname(name: str) -> str:
    """The last word of a name, ignoring suffixes such as Jr. or III.

    >>> surname("Martin Luther King Jr.")
    'King'
    """
    words = _name_parts(name)
    return words[-1] if words else ""


@functools.lru_cache(maxsize=16384)
def _is_name_word(token: str) -> bool:
    low = token.casefold()
    if low in _NOT_NAME or low.rstrip(".") in _NOT_NAME:
        return False
    if token.isalpha() and token.isupper() and len(token) > 1 and not _SUFFIX_RE.match(token):
        return False  # an acronym (FBI, EPA)
    return not token.endswith(".") or bool(_INITIAL.match(token)) or bool(_SUFFIX_RE.match(token))


def _parse_run(run: str) -> tuple[str | None, list[str]]:
    """Split a run of capitalised words into (title, name words)."""
    title, name = _parse_run_cached(run)
    return title, list(name)


@functools.lru_cache(maxsize=32768)
def _parse_run_cached(run: str) -> tuple[str | None, tuple[str, ...]]:
    tokens = run.replace(",", " ").split()
    k = 0
    while len(tokens) - k > 1 and tokens[k].casefold() in _FUNCTION and not tokens[k].isupper():
        k += 1
    if k:
        tokens = tokens[k:]
    # the title ends at the last title word that has a word other than a suffix after it
    last = len(tokens) - 1
    while last >= 0 and _SUFFIX_RE.match(tokens[last]):
        last -= 1
    cut = 0
    for i in range(last):
        if tokens[i].casefold() in _TITLE_WORDS:
            cut = i + 1
    if cut:
        return " ".join(tokens[:cut]), tuple(tokens[cut:])
    start = 0  # a sentence may start with a word that is not a name ("Meanwhile")
    while start < len(tokens) and tokens[start].casefold() in _FUNCTION:
        start += 1
    return None, tuple(tokens[start:])


def _is_person_name(words: list[str]) -> bool:
    """Do these capitalised words look like a person's name (not an office or a body)?"""
    if not words or not all(_is_name_word(w) or w in _PARTICLE_SET for w in words):
        return False
    if words[-1].casefold() in _OFFICE_WORDS:
        return False  # "Home Secretary", "Attorney General"
    if _INITIAL.match(words[-1]) or words[0] in _PARTICLE_SET:
        return False
    core = [w for w in words if not _SUFFIX_RE.match(w)]
    particles = [i for i, w in enumerate(core) if w in _PARTICLE_SET]
    if particles and len(core) - particles[-1] > 2:
        return False  # "Casa de Amigos Unidos": a name ends one word after "de"
    return len(core) <= 3 or any(_INITIAL.match(w) for w in core) or bool(particles)


def _mentions_in_run(start: int, run: str) -> PersonMention | None:
    found = _run_mention(run)
    if found is None:
        return None
    name, first, end, title = found
    return PersonMention(name=name, start=start + first, end=start + end, title=title)


@functools.lru_cache(maxsize=32768)
def _run_mention(run: str) -> tuple[str, int, int, str | None] | None:
    """(name, start, end, title) of the person a run of capitalised words names, if any."""
    title, words = _parse_run(run)
    if not _is_person_name(words) and not (
        title is not None and len(words) == 1 and words[0].casefold() not in _OFFICE_WORDS
    ):
        return None  # "Judge Roe" is a person, "State Public Defender" an office
    if not words or not all(_is_name_word(w) for w in words if w not in _PARTICLE_SET):
        return None
    if len(words) < 2 and (
        title is None or all(w.casefold() in _TITLE_MODIFIERS for w in title.split())
    ):
        return None  # "Office of Public Information": no office before a lone name
    spans = [m.span() for m in _TOKEN_SPAN.finditer(run)]
    first, end = spans[len(spans) - len(words)][0], spans[-1][1]
    return " ".join(words), first, end, title


@functools.cache
def _fast_multi_run_re() -> re.Pattern[str]:
    """The same matches as :func:`_multi_run_re`, found faster (see :func:`_fast_run_re`).

    After the capital letter it first looks ahead, quickly, for the spaces and the capital
    (or particle) of a second word: the rest of a run's first word is all letters,
    apostrophes, dots and hyphens up to the spaces, so that part never backtracks.
    """
    second = rf"(?=[\w’'.-]*+[ \u00a0]++(?:{_PARTICLES}[ \u00a0]+)*[{_UP}])"
    return re.compile(rf"{_WORD_CAPITAL}{second}{_TOKEN_REST}(?:{_MORE_TOKENS})+{_RUN_END}")


def _multi_runs(text: str) -> list[re.Match[str]]:
    """The same matches as ``_multi_run_re().finditer(text)``, found faster."""
    return list(_fast_multi_run_re().finditer(text))


def _is_title_case_line(line: str) -> bool:
    """A headline-like line: most words capitalised and no sentence end."""
    words = line.split()
    if len(words) < 4 or line.rstrip()[-1:] in '.!?”"':
        return False
    caps = sum(map(str.isupper, [w[0] for w in words]))  # split words are never empty
    return caps * 10 >= len(words) * 7


def find_people(text: str) -> list[PersonMention]:
    """Every mention of a person in ``text``, in text order.

    Finds full names ("Jane Q. Roe", "Luis de la Cruz Jr."), names behind a title
    ("U.S. District Judge Jane Roe", "Attorney General John Doe", "Ms. Roe") with the title,
    appositive roles ("Jane Roe, a spokeswoman for the agency,"), and later bare surnames of
    people named in full somewhere in the text.  Never raises.

    >>> [(m.name, m.title, m.role) for m in find_people(
    ...     "Jane Roe, a spokeswoman for the agency, said U.S. District Judge John Doe erred.")]
    [('Jane Roe', None, 'a spokeswoman for the agency'), ('John Doe', 'U.S. District Judge', None)]
    """
    return _find_people(text, {}, _headline_spans(text))


_Places = dict[str, list[tuple[int, int]]]


def _find_people(
    text: str, standing: _Places, headlines: list[tuple[int, int]]
) -> list[PersonMention]:
    """:func:`find_people`, given the headline-like lines of ``text`` (see
    :func:`_headline_spans`), keeping where it looked for surnames in ``standing``."""
    found: list[PersonMention] = []
    h = 0  # the first headline that does not end before the run
    parts: list[tuple[str, ...]] = []  # the name words of each mention found
    title_words = _TITLE_WORDS
    for match in _multi_runs(text):
        start, end = match.span()
        if headlines:  # runs come in text order, and headlines are lines in text order
            while h < len(headlines) and headlines[h][1] <= start:
                h += 1
            if h < len(headlines) and headlines[h][0] <= start:
                continue
        parsed = _run_mention(match.group())
        if parsed is None:
            continue
        name, first, last, title = parsed
        # a lower-case title word in front ("spokeswoman Jane Roe"): a word that ends in
        # the character before the run is none (that character is no letter or dot)
        if title is None and start and text[start - 1].isspace():
            before = text[start - 30 if start > 30 else 0 : start].rsplit(None, 1)[-1:]
            if before and before[0] in title_words:
                title = before[0]
        role: str | None = None
        if text.startswith(",", end):
            role = _role(text, end)
        judicial = title is not None and _chancellor_of_chancery(title, text, start + last)
        found.append(
            PersonMention(
                name=name,
                start=start + first,
                end=start + last,
                title=title,
                role=role,
                judicial=judicial,
            )
        )
        parts.append(_name_parts(name))
    full = [words for words in parts if len(words) > 1]
    if not full:
        return found
    firsts = {words[0] for words in full}
    starts = [m.start for m in found]
    ends = [m.end for m in found]
    extra: list[PersonMention] = []
    for word in {words[-1] for words in full} - firsts:
        for i, j in _standing_in(text, word, standing):
            k = bisect.bisect_right(starts, i) - 1
            if k < 0 or i >= ends[k]:  # not inside a mention found already
                extra.append(PersonMention(name=word, start=i, end=j))
    if extra:
        found = sorted(found + extra, key=operator.attrgetter("start"))
    return found


def _role(text: str, end: int) -> str | None:
    """The appositive role after a name ending at ``end`` (", a spokeswoman for ..."), if any."""
    appositive = _APPOSITIVE.match(text, end)
    if (
        appositive is not None
        and not appositive.group(1).startswith("who")
        and (text.startswith(",", appositive.end()) or appositive.group(1).count(" ") < 6)
    ):
        return appositive.group(1).strip()
    return None


def is_firm_word(word: str) -> bool:
    """Whether ``word`` ends the names of firms and businesses, never a person's name.

    >>> is_firm_word("Gardens"), is_firm_word("Banks")
    (True, False)
    """
    return word.casefold() in _FIRM_WORDS


def appositive_role(text: str, end: int) -> str | None:
    """The appositive role behind a name that ends at ``end``, if any.

    >>> appositive_role("Jo Roe, a spokeswoman for the agency, said", 6)
    'a spokeswoman for the agency'
    """
    return _role(text, end)


def _standing_in(text: str, word: str, known: _Places) -> list[tuple[int, int]]:
    """:func:`_standing`, remembered in ``known`` (the places found so far in ``text``)."""
    found = known.get(word)
    if found is None:
        found = known[word] = _standing(text, word)
    return found


def _standing(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each place ``word`` stands as a word of its own (or with "’s").

    A word stands alone when no letter, digit, "_", apostrophe or dot is next to it (nor a
    hyphen after it), but "’s" or the period ending a sentence may follow.
    """
    out: list[tuple[int, int]] = []
    if not word:
        return out
    find, size, length = text.find, len(text), len(word)
    i = find(word)
    while i >= 0:
        j = i + length
        if (i == 0 or not ((c := text[i - 1]).isalnum() or c in "_’'.")) and (
            j == size
            or not ((c := text[j]).isalnum() or c in "_’'.-")
            or text[j : j + 2] in ("’s", "'s")
            or (c == "." and (j + 1 == size or not text[j + 1].isalnum()))  # "… Jo Roe."
        ):
            out.append((i, j))
        i = find(word, j)
    return out


# The end of a line that is not empty and does not end with a sentence end: the newline,
# found fast (the pattern opens with it), then the character before it.
_SENTENCE_LINE_END = re.compile(r'[.!?”"][ \t]*(?:\n|$)')  # a line that ends a sentence
_OPEN_LINE_END = re.compile(r'\n(?<=[^.!?”"\n]\n)')


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each headline-like line (see :func:`_is_title_case_line`)."""
    # most lines are empty or end a sentence: pass over those without splitting the text
    ends = [m.start() for m in _OPEN_LINE_END.finditer(text)]
    if text[-1:] not in '.!?”"\n':  # the last line, without a newline
        ends.append(len(text))
    out: list[tuple[int, int]] = []
    for end in ends:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.rstrip()[-1:] not in '.!?”"' and _is_title_case_line(line):
            out.append((start, end))
    return out


class _Occurrence(NamedTuple):
    start: int  # where the surname stands
    end: int
    title: str | None  # title printed in front of the name, if any
    full: str | None  # the full name ending in this surname, if printed here


# _Occurrence((start, end, title, full)), without the Python-level __new__ of a NamedTuple
_new_occurrence = functools.partial(tuple.__new__, _Occurrence)


class People:
    """The people of one text, for resolving references to them.

    Lookups are lazy and targeted (a surname is searched for where it stands), so building
    an index costs nothing and a query costs little; :attr:`mentions` runs
    :func:`find_people` over the whole text on first use.

    >>> people = People("U.S. District Judge Ana Ruiz ruled. Ruiz wrote more. She said no.")
    >>> people.fullest("Judge Ruiz"), people.judges()
    ('Ana Ruiz', ['Ana Ruiz'])
    >>> people.last_before(people.text.index("She")).name
    'Ruiz'
    """

    def __init__(self, text: str, mentions: Iterable[PersonMention] | None = None) -> None:
        self.text = text
        self._mentions = list(mentions) if mentions is not None else None
        self._occurrences: dict[str, list[_Occurrence]] = {}
        self._genders: dict[str, str | None] = {}
        self._fullest: dict[str, str] = {}
        self._full_names: dict[str, list[str]] = {}
        self._run_people: dict[tuple[int, int], PersonMention | None] = {}
        self._standing: _Places = {}  # where words stand alone, as looked up so far
        # the headline-like lines of the whole text, once found for the mentions
        self._headline_lines: list[tuple[int, int]] | None = None

    @property
    def mentions(self) -> list[PersonMention]:
        """Every mention of a person (see :func:`find_people`), computed on first use."""
        if self._mentions is None:
            self._headline_lines = _headline_spans(self.text)
            self._mentions = _find_people(self.text, self._standing, self._headline_lines)
        return self._mentions

    def occurrences(self, name: str) -> list[_Occurrence]:
        """Where the surname ``name`` stands in the text, with the title and full name there."""
        found = self._occurrences.get(name)
        if found is not None:
            return found
        text, out = self.text, []
        following_name = _FOLLOWING_NAME.match
        headlines = self._headlines
        top = headlines[-1][1] if headlines else 0  # headlines stand above the text
        for i, j in _standing_in(text, name, self._standing):
            if i < top and any(a <= i < b for a, b in headlines):
                # "Judge Blocks Texas Law": the capitalised words of a headline are no name
                out.append(_new_occurrence((i, j, None, None)))
                continue
            if text.startswith((" ", "\u00a0"), j):
                following = following_name(text, j)
                if following is not None and _is_name_word(following.group(1)):
                    continue  # a first or middle name: "Roe" in "Jane Roe Smith"
            if i >= 2 and text[i - 1] in " \u00a0":
                lo = i - 40 if i > 40 else 0
                k = text.rfind(" ", lo, i - 1)
                k = max(k, text.rfind("\n", k if k > lo else lo, i)) + 1
                word = text[k : i - 1]
                if word[:1].isupper() or word in _TITLE_WORDS:
                    out.append(_occurrence(text, i, j))
                    continue
            out.append(_new_occurrence((i, j, None, None)))  # a bare surname
        self._occurrences[name] = out
        return out

    @functools.cached_property
    def _headlines(self) -> list[tuple[int, int]]:
        """(start, end) of the headline-like lines above the first sentence of the text."""
        if not self.text:
            return []
        body = _SENTENCE_LINE_END.search(self.text)
        if body is None:
            return []
        top = self.text.rfind("\n", 0, body.start()) + 1  # the first such line starts here
        if not top:
            return []
        if self._headline_lines is not None:  # the lines above `top` among them
            return [span for span in self._headline_lines if span[1] < top]
        return _headline_spans(self.text[:top])

    def full_names(self, name: str) -> list[str]:
        """Full names printed in the text that end in the surname ``name``, first one first."""
        return list(self._full_names_of(name))

    def _full_names_of(self, name: str) -> list[str]:
        """:meth:`full_names`, the list kept (not to be changed)."""
        found = self._full_names.get(name)
        if found is None:
            found = self._full_names[name] = []
            for occ in self.occurrences(name):
                if occ.full is not None and occ.full not in found:
                    found.append(occ.full)
        return found

    def fullest(self, name: str) -> str:
        """The fullest form the text gives of the person called ``name``.

        ``name`` may carry a title ("Judge Roe"); a surname or short form is completed
        from the longest full name with that surname (and the same first name, if given).
        """
        found = self._fullest.get(name)
        if found is None:
            found = self._fullest[name] = self._complete(name)
        return found

    def _complete(self, name: str) -> str:
        short = _short_form(name)
        if short is None:
            return name
        words, last, initial = short
        candidates = self._full_names_of(last)
        if initial is not None:
            candidates = [c for c in candidates if c.split()[0].startswith(initial)] or [words]
        if not candidates:
            return words
        return max(candidates, key=_fullness)

    def gender(self, name: str) -> str | None:
        """ "m", "f" or None: what the text tells of the gender of the person called ``name``.

        Read from honorifics and gendered titles ("Ms. Roe", "spokeswoman Jane Roe"), from
        "Roe said she ..." and from common given names; None when unknown (also for a blank
        name).
        """
        if not name.strip():
            return None
        full = self.fullest(name)
        key = surname(full)
        if key not in self._genders:
            found: str | None = None
            for occ in self.occurrences(key):
                for word in (occ.title or "").split():
                    found = found or _TITLE_GENDER.get(word.casefold())
            if found is None:
                for occ in self.occurrences(key):
                    said = _SAID_PRONOUN.match(self.text, occ.end)
                    if said is not None:
                        found = "m" if said.group(1) == "he" or said.group(2) == "his" else "f"
                        break
            self._genders[key] = found
        return self._genders[key] or given_name_gender(full.split()[0])

    def judges(self) -> list[str]:
        """Fullest names of the judges the text names with a title, first mention first."""
        return [name for _, name in self._judges]

    @functools.cached_property
    def _judges(self) -> tuple[tuple[int, str], ...]:
        out: list[tuple[int, str]] = []
        for m in _judge_title_re().finditer(self.text):
            title, words = _parse_run(m.group())
            words = list(itertools.takewhile(_is_name_word, words))
            if not words or title is None:
                continue
            name = self.fullest(" ".join(words))
            if all(name != known for _, known in out):
                out.append((m.start(), name))
        return tuple(out)

    def author(self) -> str | None:
        """The judge said to write for the court, majority or panel, if the text says so."""
        return self._author

    @functools.cached_property
    def _author(self) -> str | None:
        for _, name in self._judges:
            for occ in self.occurrences(surname(name)):
                before = self.text[max(0, occ.start - 90) : occ.start]
                if _WRITING_FOR.match(self.text, occ.end) or _WRITING_FOR_BEFORE.search(before):
                    return name
        return None

    def judge_before(self, pos: int) -> str | None:
        """The judge last mentioned (with or without title) before ``pos``, else the first one."""
        if not self._judges:
            return None
        marks = self._judge_marks
        i = bisect.bisect_left(marks, (pos, ""))
        return marks[i - 1][1] if i else self._judges[0][1]

    @functools.cached_property
    def _judge_marks(self) -> list[tuple[int, str]]:
        marks = [
            (occ.start, name) for _, name in self._judges for occ in self.occurrences(surname(name))
        ]
        return sorted(marks)

    def before(self, pos: int, *, window: int = 1500) -> Iterator[PersonMention]:
        """Mentions that end before ``pos`` (within ``window`` characters), nearest first.

        Full names, titled names and bare surnames of people named in full in the text.
        The text is read backwards in slices, so the nearest mentions cost little; what a
        run of capitalised words names is worked out once per text, and only when the runs
        after it have been read.
        """
        text, lo = self.text, max(0, pos - window)
        hi = pos
        known = self._run_people
        while hi > lo:
            start = max(lo, hi - 400)
            if start > lo:
                space = text.rfind(" ", lo, start)
                start = space + 1 if space >= lo else lo
            for m in reversed(list(_fast_run_re().finditer(text, start, hi))):
                span = m.span()
                if span in known:
                    mention = known[span]
                else:
                    mention = known[span] = self._run_person(m)
                if mention is not None:
                    yield mention
            hi = start

    def _run_person(self, m: re.Match[str]) -> PersonMention | None:
        """The person a run of capitalised words names, if it names one."""
        run = m.group()
        if " " in run or "\u00a0" in run:
            mention = _mentions_in_run(m.start(), run)
            if mention is not None:
                return mention
        _, words = _parse_run_cached(run)
        if len(words) == 1 and _is_name_word(words[0]) and self._full_names_of(words[0]):
            first = m.start() + run.rfind(words[0])
            return PersonMention(name=words[0], start=first, end=m.end())
        return None

    def last_before(
        self, pos: int, *, skip: Iterable[tuple[int, int]] = (), lo: int = 0
    ) -> PersonMention | None:
        """The last mention that ends before ``pos`` (and starts at or after ``lo``).

        Mentions inside any of the ``skip`` spans (quotations, say) are passed over.
        """
        spans = list(skip)
        for m in self.before(pos, window=pos - lo):
            if not any(a <= m.start < b for a, b in spans):
                return m
        return None


@functools.lru_cache(maxsize=16384)
def _short_form(name: str) -> tuple[str, str, str | None] | None:
    """What completing ``name`` starts from: its words without the title, joined, their
    surname, and the initial of the first word when there are several (else None).

    None when ``name`` has no words.
    """
    _, words = _parse_run_cached(name)
    if not words:
        words = tuple(name.split())
        if not words:
            return None
    joined = " ".join(words)
    initial = words[0].rstrip(".")[:1] if len(words) > 1 else None
    return joined, surname(joined), initial


def _fullness(name: str) -> tuple[int, int]:
    return len(name.split()), len(name)


def _occurrence(text: str, i: int, j: int) -> _Occurrence:
    """The surname at text[i:j] with the capitalised words printed in front of it."""
    lo = i - 120 if i > 120 else 0
    line = text.rfind("\n", lo, i) + 1 or lo  # the words in front start here
    run: list[str] = []
    if i > line and text[i - 1] == " ":
        # read the space-separated words in front from the last one back
        end = i - 1
        while True:
            k = text.rfind(" ", line, end)  # -1 before the first word
            token = text[k + 1 if k >= 0 else line : end]
            kind = _front_token(token)
            if kind:
                run.append(token)
            if kind != 2 or k < 0:
                break
            end = k
    run.reverse()
    run.append(text[i:j])
    return _new_occurrence((i, j, *_title_and_full(" ".join(run))))


@functools.lru_cache(maxsize=16384)
def _front_token(token: str) -> int:
    """2 for a word of a name or title run, 1 for a lower-case title word that ends it, else 0."""
    if _token_full_re().fullmatch(token) or token in _PARTICLE_SET:
        return 2
    return 1 if token in _TITLE_WORDS else 0  # "spokeswoman Jane Roe"


@functools.lru_cache(maxsize=16384)
def _title_and_full(run: str) -> tuple[str | None, str | None]:
    """(title, full name) of a run of words ending in a surname."""
    title, words = _parse_run_cached(run)
    if len(words) > 1 and _is_person_name(list(words)) and not _INITIAL.match(words[0]):
        return title, " ".join(words)
    return title, None


def title_words() -> frozenset[str]:
    """Lower-case words of titles printed in front of names ("judge", "secretary", "mr.")."""
    return _TITLE_WORDS


def is_name_word(word: str) -> bool:
    """True when ``word`` could be part of a person's name (capitalised, not a common word)."""
    return bool(word[:1].isupper()) and _is_name_word(word)


def parse_name(run: str) -> tuple[str | None, str | None]:
    """Split "Attorney General Jane Roe" into ("Attorney General", "Jane Roe").

    Returns (title, name); the name is None when ``run`` holds no name word.

    >>> parse_name("U.S. District Judge Ana Ruiz")
    ('U.S. District Judge', 'Ana Ruiz')
    """
    title, words = _parse_run(run)
    if not all(_is_name_word(w) or w in _PARTICLE_SET for w in words):
        return title, None
    if words and words[-1].casefold() in _OFFICE_WORDS:
        return run, None
    return title, (" ".join(words) or None)


def name_runs(text: str) -> Iterable[re.Match[str]]:
    """Runs of capitalised words in ``text`` (candidates for names)."""
    return _fast_run_re().finditer(text)

"""Publication dates: parsing date values, and finding a dateline in a report's text.

:func:`parse_date` reads the date part of a date or timestamp as written in
page metadata or a record (``2025-05-13T18:02:00-04:00``, ``Tue, 13 May 2025``,
``May 13, 2025``); it needs a full date (year, month and day) and keeps the day
as written, without converting between time zones.

:func:`dateline_date` finds the publication date a plain-text report states
plainly near its top, on a line of its own: a date line (``May 13, 2025``), a
labelled one (``Published May 13, 2025``, ``Updated 5:42 PM EDT, Tue May 13,
2025``, ``Posted 5.13.25``), a press release's (``FOR IMMEDIATE RELEASE: May 13,
2025``), a byline (``By Ana Ruiz | May 13, 2025 | 4 min read``, ``ANA RUIZ / May 13,
2025``, ``Ana Ruiz, Staff Writer  May 13, 2025``), an outlet or desk line with the
date on either side (``Courier politics desk | Wed., Oct. 21, 2026``, ``June 3, 2025 —
The Coastal Record``, ``Posted 9/26/2025 | Courier staff``), a programme header
(``[TRANSCRIPT — Noon Report, KXYZ Radio, Jan. 14, 2026]``) or a wire dateline opening
the story (``BOSTON, May 13, 2025 (AP) — ...``).  It is conservative: a date inside a
sentence of the story, a line giving the date of another event (``Hearing | May 13,
2025``, ``Court To Rule On Jan. 5, 2026``), or the foot of an embedded social-media post
(``— Ana Ruiz (@anaruiz) May 13, 2025``) is not the publication date.
:func:`stated_date` adds a labelled date line at the foot (:func:`foot_date`).

>>> from casekit.news.dates import dateline_date, parse_date
>>> parse_date("2025-05-13T23:10:00-04:00")
datetime.date(2025, 5, 13)
>>> dateline_date("Court Blocks Rule\\n\\nPublished May 13, 2025\\n\\nA judge on Monday ...")
datetime.date(2025, 5, 13)
>>> print(dateline_date("A judge on May 12, 2025 blocked the rule, the agency said."))
None
"""

from __future__ import annotations

import datetime as dt
import functools
import re

__all__ = ["dateline_date", "foot_date", "parse_date", "stated_date"]

#: Years a publication date may have.
_YEARS = range(1800, 2200)

_DEFAULT_A = dt.datetime(2000, 1, 1)
# "2025-05-13", alone or starting a timestamp ("2025-05-13T18:02:00-04:00", "2025-05-13 18:02")
_ISO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?=$|[T ]\d\d:\d\d)")
_DEFAULT_B = dt.datetime(2001, 2, 2)

#: A month's name, full or abbreviated ("Sept", "September"), without a trailing period.
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS = MONTH_NAME + r"\.?"
_YEAR = r"(?:1[89]|2[01])\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# The calendar part: "May 13, 2025", "13 May 2025", "2025-05-13", "5/13/2025", "13.05.2025".
_CALENDAR = (
    rf"\b(?:{_MONTHS}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY}\s+{_MONTHS},?\s+{_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|\d{{1,2}}/\d{{1,2}}/{_YEAR}"
    rf"|\d{{1,2}}\.\d{{1,2}}\.{_YEAR})\b"
)
# What may stand around the date on a dateline: separators, then whole tokens that are
# weekdays, clock times, am/pm, time zones, and the labels below.
# (a hyphen inside a word, as in "Today-style", does not split it)
_SEPARATORS = r"[\s,;|•·/()\[\]–—]+|(?<![A-Za-z])-|-(?![A-Za-z])|\.\s|\.$"
_FILLER = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?"
    r"|\d{1,2}(?::\d\d){1,2}(?:[ap]m)?|\d{1,2}\.\d\d|\d{1,2}[ap]m|[ap]m"
    r"|[a-z]{1,2}[sd]?t|utc|gmt|at|on|of"
)
_WEEKDAY = re.compile(r"mon|tue|wed|thu|fri|sat|sun")
# the last three: press releases ("FOR IMMEDIATE RELEASE: May 13, 2025")
_PUBLISHED_LABELS = frozenset(
    "published posted released issued date dated first originally release for immediate".split()
)
_UPDATED_LABELS = frozenset(["updated", "modified", "last"])


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(_CALENDAR, re.IGNORECASE),
        re.compile(_SEPARATORS),
        re.compile(_FILLER, re.IGNORECASE),
    )


@functools.cache
def _wire_dateline() -> re.Pattern[str]:
    """A wire-style dateline opening the story: an upper-case place, the date, maybe the
    agency, then a dash: "BOSTON, May 13, 2025 (AP) — ", "WASHINGTON (June 20, 2024) - "."""
    # "ST. LOUIS", then maybe a state or country ("Mo.", "Puerto Rico")
    place = (
        r"(?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?)"
    )
    agency = r"(?:\s*\((?-i:[A-Z][\w .&'’-]{0,40})\))?"
    return re.compile(
        rf"{place}(?:,\s*|\s+\()(?P<date>{_CALENDAR})\)?{agency}\s*[-—–]", re.IGNORECASE
    )


# the contact lines of a press release's header
_CONTACT = re.compile(
    r"(?:Media\s+|Press\s+)?(?:Contacts?|Phone|Tel|Email|E-mail|Fax)\b|\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}",
    re.IGNORECASE,
)

#: Lines longer than this are paragraphs of the story, not datelines.
_MAX_DATELINE = 160
#: How many non-blank lines at the top are searched.
_TOP_LINES = 6
#: A line this long is body text: the search stops there.
_BODY_LINE = 250


def parse_date(value: object) -> dt.date | None:
    """The date part of a date or timestamp value, or None when it is not one.

    >>> parse_date("Tue, 13 May 2025 18:02:00 GMT")
    datetime.date(2025, 5, 13)
    >>> print(parse_date("May 2025"))  # no day: not a publication date
    None
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100 or not re.search(r"\d", text):
        return None
    iso = _ISO_DATE.match(text)
    if iso is not None:  # the common case in page metadata, without the general parser
        try:
            date = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
        return date if date.year in _YEARS else None
    text = re.sub(r"\b([ap])\.\s?m\.", r"\1m", text, flags=re.IGNORECASE)
    from dateutil import parser  # imported on first use: keeps `import casekit` fast

    try:
        first = parser.parse(text, default=_DEFAULT_A, ignoretz=True)
        second = parser.parse(text, default=_DEFAULT_B, ignoretz=True)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if first.date() != second.date() or first.year not in _YEARS:
        return None  # a part of the date was missing and filled in from the default
    return first.date()


def dateline_date(text: str) -> dt.date | None:
    """The publication date stated on a dateline or byline near the top of ``text``.

    A first-published date wins over an updated one.

    >>> dateline_date("By Ana Ruiz | Updated 5:42 PM EDT, Tue May 13, 2025\\nA judge ...")
    datetime.date(2025, 5, 13)
    >>> dateline_date("Published 2025-05-12. Updated May 13, 2025")
    datetime.date(2025, 5, 12)
    >>> dateline_date("BOSTON, May 13, 2025 (AP) — A federal judge on Tuesday ...")
    datetime.date(2025, 5, 13)
    >>> dateline_date("ANA RUIZ / May 13, 2025\\nA judge ...")
    datetime.date(2025, 5, 13)
    >>> dateline_date("FOR IMMEDIATE RELEASE\\nPosted 5.13.25\\nThe court ...")
    datetime.date(2025, 5, 13)
    >>> print(dateline_date("Hearing | May 13, 2025\\nA judge ..."))
    None
    """
    seen = 0
    updated: dt.date | None = None
    wire_dateline = _wire_dateline().match
    for raw in text.split("\n", 40)[:40]:
        line = raw.strip()
        if not line:
            continue
        if seen >= _TOP_LINES:
            break
        wire = wire_dateline(line)
        if wire is not None:
            date = _quick_date(_calendar(wire.group("date")))
            if date is not None:
                return date
        if len(line) >= _BODY_LINE:
            break
        if "@" in line or "http" in line.lower() or _CONTACT.match(line):
            continue  # a release's contact lines: not counted among the top lines
        seen += 1
        if len(line) > _MAX_DATELINE:
            continue
        for is_update, date in _line_dates(line):
            if not is_update:
                return date
            updated = updated or date
    return updated


_FOOT_LABEL = re.compile(
    r"(?:Published|Posted|Updated|First\s+published|Originally\s+published|Last\s+updated)\b"
    r"[\s:]",
    re.IGNORECASE,
)
#: How many non-blank lines at the foot are searched for a labelled date.
_FOOT_LINES = 3


def foot_date(text: str) -> dt.date | None:
    """A labelled date line among the last lines of ``text`` ("Published Sept. 12,
    2025"): some sites print the date under the story.  Not taken by
    :func:`dateline_date`, which reads only the top; extraction uses it to anchor
    relative dates when the top has none.

    >>> foot_date("A judge on Thursday ruled.\\n\\nPublished Sept. 12, 2025\\n")
    datetime.date(2025, 9, 12)
    >>> print(foot_date("A judge ruled.\\n\\nThe hearing is set for May 3, 2025."))
    None
    """
    seen = 0
    updated: dt.date | None = None
    for raw in reversed(text[-1500:].split("\n")):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _FOOT_LINES:
            break
        if len(line) > _MAX_DATELINE or not _FOOT_LABEL.match(line):
            continue
        for is_update, date in _line_dates(line):
            if not is_update:
                return date
            updated = updated or date
    return updated


def stated_date(text: str) -> dt.date | None:
    """The publication date ``text`` states: on a dateline or byline near its top
    (:func:`dateline_date`), else on a labelled date line at its foot (:func:`foot_date`).

    >>> stated_date("Judge rules\\n\\nA judge ruled.\\n\\nPosted Saturday, Oct. 4, 2025\\n")
    datetime.date(2025, 10, 4)
    """
    return dateline_date(text[:_TOP_CHARS]) or foot_date(text)


#: A dateline stands within this many characters of the top.
_TOP_CHARS = 2000


_FOUR_DIGITS = re.compile(r"\d{4}")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)


def _line_dates(line: str) -> list[tuple[bool, dt.date]]:
    """The dates a dateline states, each flagged True when labelled as an update;
    empty unless the whole line is dates, labels, times, separators and the names of
    the outlet, desk or author (see :func:`_label` and :func:`_parts`)."""
    if not _FOUR_DIGITS.search(line):
        return _short_year(line)  # else every calendar form has a four-digit year
    calendar, separators, filler = _patterns()
    if line.endswith("ago"):
        line = _UPDATED_AGO.sub("", line)
    if "m." in line or "M." in line:  # else no time to rewrite
        line = _MERIDIEM.sub(r"\1m", line)
    found: list[tuple[bool, dt.date]] = []
    position = 0
    for match in calendar.finditer(line):
        gap = line[position : match.start()]
        if position == 0:
            is_update, ok = _label(gap, separators, filler, byline=True)
        else:
            is_update, ok = _parts(gap, separators, filler)
        if not ok:
            return []
        date = _quick_date(_calendar(match.group()))
        if date is not None:
            found.append((is_update, date))
        position = match.end()
    # what may follow the date: times, an outlet or desk ("| Valley Courier", "— The
    # Coastal Record", "| Courier staff"), an author ("by Ana Ruiz"), a reading time
    if found and _parts(line[position:], separators, filler)[1]:
        return found
    return []


# A labelled date with a two-digit year: "Posted 7.15.25", "Published: 07/15/25 4:10 PM"
_SHORT_YEAR = re.compile(
    r"(?P<label>Published|Posted|Updated|Released|Dated)\b:?\s*(?:on\s+)?"
    r"(?P<month>\d{1,2})(?P<sep>[./])(?P<day>\d{1,2})(?P=sep)(?P<year>\d\d)"
    r"(?:(?:[\s,|•·–—-]+|\s+at\s+)\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{1,2}[SD]?T)?)?\s*",
    re.IGNORECASE,
)


def _short_year(line: str) -> list[tuple[bool, dt.date]]:
    """The date of a labelled date line with a two-digit year (month first, as US sites
    print it), read as a year of this century."""
    m = _SHORT_YEAR.fullmatch(line)
    if m is None:
        return []
    date = _date(2000 + int(m["year"]), int(m["month"]), int(m["day"]))
    if date is None:
        return []
    return [(m["label"].lower() == "updated", date)]


# a relative update time closing a date line: "June 10, 2025 6:41 PM UTC Updated 2 hours ago"
_UPDATED_AGO = re.compile(
    r"[\s|•·/—–-]*Updated\s+\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\s*$",
    re.IGNORECASE,
)
#: Words naming an event, whose date a line may give: not a byline.
_EVENT_WORDS = frozenset(
    "hearing hearings trial argument arguments sentencing deadline conference vote election"
    " meeting session event scheduled set next due effective expected begins starts ends"
    " expires".split()
)
#: Words of a clause ("Court To Rule", "The Day Democracy Was Tested"): not of a name.
_CLAUSE_WORDS = frozenset("is was are were will would has have had be been to".split())
#: Lower-case words an outlet, desk, byline or programme name may hold besides capitalised
#: names: "Courier staff", "politics desk", "Olympia bureau", "weekly roundup".
_DESK_WORDS = frozenset(
    "staff desk bureau roundup report reports reporter reporters correspondent"
    " correspondents newsroom edition writer writers editor editors editorial board wire"
    " services politics political business metro courts legal news affairs national"
    " local state world transcript podcast radio contributor contributing team weekly"
    " daily digest briefing newsletter episode".split()
)
#: Small words that join the words of a name: "Editors of the Ledger", "Tech & Law Review".
_JOINERS = frozenset(["and", "&", "of", "the", "for"])
#: A byline ("By Ana Ruiz and Bo Li of the Valley Courier") has at most this many name words.
_BYLINE_WORDS = 10
#: The marks that set a byline's name off from the date (a comma, a slash or a bar).
_BYLINE_MARK = re.compile(r"[,/|•·—–]")
#: The marks that set the parts of a date line apart after its first date: a bar, bullet,
#: slash or dash ("| Valley Courier", "— The Coastal Record", " - 4 min read"), or "by".
_PART_MARK = re.compile(r"\s*(?:[|•·/—–]|\s-\s)\s*|\s+(?=[Bb]y\s)")
_READING_TIME = re.compile(r"\d{1,2}[- ]min(?:ute)?s?\.?(?:\s+read)?", re.IGNORECASE)


def _label(
    gap: str, separators: re.Pattern[str], filler: re.Pattern[str], *, byline: bool
) -> tuple[bool, bool]:
    """Read the words before a date: (labelled as an update, only dateline words).

    With ``byline``, the words may start with "By" and a few name words of an author,
    outlet, desk or programme (:func:`_name_word`), set off from the date by a mark or a
    label: "By Ana Ruiz |", "ANA RUIZ /", "Courier politics desk |", "[TRANSCRIPT — Noon
    Report, KXYZ Radio,", "The Ledger Posted"; not the signature of an embedded post
    ("— Ana Ruiz May 13, 2025").
    """
    is_update = False
    tokens = [t.strip(":") for t in separators.split(gap)]
    tokens = [t for t in tokens if t]
    by = bool(tokens) and tokens[0].lower() == "by"
    if byline and tokens and (by or _opens_byline(gap, tokens)):
        names = 0
        for token in tokens[1 if by else 0 :]:
            word = token.lower()
            if word in _EVENT_WORDS:
                return False, False  # "Hearing | June 24, 2025": another event's date
            if not _joins(word, first=names == 0):
                if _is_label(word) or (
                    filler.fullmatch(word) and (not token.istitle() or _WEEKDAY.match(word))
                ):
                    break  # a label, weekday, time or zone, not a name ("West" is a name)
                if not _name_word(token, word):
                    return False, False
            names += 1
            if names > _BYLINE_WORDS:
                return False, False
        if names == 0 and by:
            return False, False
        tokens = tokens[int(by) + names :]
    for token in tokens:
        word = token.lower()
        if filler.fullmatch(word):
            continue
        if word in _UPDATED_LABELS:
            is_update = True
        elif word in _PUBLISHED_LABELS:
            is_update = False
        else:
            return is_update, False
    return is_update, True


def _opens_byline(gap: str, tokens: list[str]) -> bool:
    """Whether the words before a line's first date may open with a name: the line starts
    with a word or a bracket ("[TRANSCRIPT — ..."), and a mark or a publication label
    sets the name off from the date."""
    if not (gap[:1].isalpha() or gap[:1] == "["):
        return False
    return bool(_BYLINE_MARK.search(gap)) or any(t.lower() in _STRONG_LABELS for t in tokens)


#: Labels that set a name off from the date without a mark ("The Ledger Posted May 13,
#: 2025"); not "date" ("Court date May 13, 2025").
_STRONG_LABELS = frozenset(["published", "posted", "updated"])


def _is_label(word: str) -> bool:
    """A publication or update label ("Published", "Updated", "Posted")."""
    return word in _PUBLISHED_LABELS or word in _UPDATED_LABELS


def _name_word(token: str, word: str) -> bool:
    """A word of a name of a person, outlet, desk or programme: capitalised, or a desk
    word ("staff", "bureau"), and not a word naming an event or making a clause."""
    return (
        (token[0].isupper() or word in _DESK_WORDS)
        and word not in _EVENT_WORDS
        and word not in _CLAUSE_WORDS
    )


def _parts(text: str, separators: re.Pattern[str], filler: re.Pattern[str]) -> tuple[bool, bool]:
    """Read the words after a date (before the next one, or to the end of the line):
    (labelled as an update, only dateline words).

    Times, zones and labels may follow the date directly; after a mark (:data:`_PART_MARK`)
    a part may also be a name ("| Valley Courier", "— The Coastal Record", "by Metro
    Desk", "| Courier staff") or a reading time ("| 4 min read").
    """
    pieces = _PART_MARK.split(text)
    is_update, ok = _label(pieces[0], separators, filler, byline=False)
    if not ok:
        return False, False
    for piece in pieces[1:]:
        labelled, ok = _label(piece, separators, filler, byline=False)
        if ok:
            is_update = is_update or labelled
        elif not (_READING_TIME.fullmatch(piece.strip()) or _is_name(piece, separators)):
            return False, False
    return is_update, True


def _is_name(part: str, separators: re.Pattern[str]) -> bool:
    """A part of a date line that names an author, outlet or desk ("By Ana Ruiz", "Tech &
    Law Review", "Rutherford Courier staff")."""
    tokens = [t for t in separators.split(part) if t]
    if tokens and tokens[0].lower() == "by":
        tokens = tokens[1:]
    if not tokens or len(tokens) > _BYLINE_WORDS:
        return False
    return all(
        _name_word(t, t.lower()) or _joins(t.lower(), first=i == 0) for i, t in enumerate(tokens)
    )


def _joins(word: str, *, first: bool) -> bool:
    """A small word of a name: "the" ("By the Editorial Board"), and after the first
    word a joiner ("Editors of the Ledger") or a short number ("Channel 7", "episode 212")."""
    if first:
        return word == "the"
    return word in _JOINERS or (word.isdigit() and len(word) <= 3)


_MONTH_NUMBERS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_MONTH_FIRST = re.compile(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})")


# The other calendar forms the general date parser reads the same way (checked against
# it for every day, month and separator): "13 May 2025", and "5/13/2025" or "13.5.2025"
# (month first, unless the first number cannot be a month).
_DAY_FIRST = re.compile(r"([0-9]{1,2})[ \t]+([A-Za-z]+)\.?,?[ \t]+([0-9]{4})")
_NUMBERS = re.compile(r"([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{4})")
_MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august"
    " sep sept september oct october nov november dec december".split()
)


def _quick_date(value: str) -> dt.date | None:
    """ "May 13, 2025" without the general date parser (the common case on datelines),
    and the other forms of _DAY_FIRST and _NUMBERS."""
    m = _MONTH_FIRST.fullmatch(value)
    month = _MONTH_NUMBERS.get(m.group(1).casefold()) if m is not None else None
    if m is not None and month is not None:
        return _date(int(m.group(3)), month, int(m.group(2)))
    m = _DAY_FIRST.fullmatch(value)
    if m is not None and m.group(2).lower() in _MONTH_WORDS:
        return _date(int(m.group(3)), _MONTH_NUMBERS[m.group(2)[:3].lower()], int(m.group(1)))
    m = _NUMBERS.fullmatch(value)
    if m is not None:
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12:
            return _date(int(m.group(4)), second, first)
        return _date(int(m.group(4)), first, second)
    return parse_date(value)


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The date, if there is one and it is in _YEARS."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if date.year in _YEARS else None


def _calendar(value: str) -> str:
    """The calendar part without day ordinals ("13th"), which the date parser refuses."""
    return _ORDINAL.sub(r"\1", value)


_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)

"""Dates in news text: absolute ("May 12, 2025", "on May 12") and relative ("on Monday",
"late Tuesday", "yesterday"), resolved against an anchor date.

The anchor is the document's publication date, else a date the text itself gives: a
dateline near the top, or the date of an embedded social-media post
("— Ana Ruiz (@anaruiz) May 13, 2025").  Relative words with nothing to anchor them
stay unresolved.

>>> import datetime as dt
>>> from casekit.extractors.dates import find_dates
>>> [str(m.resolve(dt.date(2025, 5, 13))) for m in find_dates("ruled late Monday")]
['2025-05-12']
>>> [str(m.resolve(None)) for m in find_dates("ruled on May 12, 2025")]
['2025-05-12']
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from casekit.extractors._text import word_scan, word_starts
from casekit.model.dates import PartialDate
from casekit.news.dates import MONTH_NAME

__all__ = ["DateMention", "anchor_date", "dateline_at", "find_dates", "post_dates"]

_MONTH_NAMES = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH = MONTH_NAME
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYS = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


@functools.cache
def _pattern() -> re.Pattern[str]:
    # case-sensitive, and led by a one-character lookahead: both keep the scan fast
    return re.compile(
        rf"(?<!\w)(?=[JFMASONDTWLEYlety12])(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>(?:1[89]|2[01])\d\d)\b)?"
        rf"|(?P<iso>(?:1[89]|2[01])\d\d-[01]\d-[0-3]\d)\b"
        rf"|(?:(?:[Ll]ate|[Ee]arly|[Ll]ast)\s+)?(?P<weekday>{_WEEKDAY})\b"
        rf"|(?P<rel>[Yy]esterday|[Tt]oday|this\s+morning|this\s+afternoon|[Tt]onight)\b)"
    )


@functools.cache
def _post_pattern() -> re.Pattern[str]:
    # "— Name (@handle) May 13, 2025" at the foot of an embedded post
    return re.compile(
        rf"\(@\w{{1,30}}\)\s*(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+"
        rf"(?P<year>(?:1[89]|2[01])\d\d)\b"
    )


@attrs.frozen
class DateMention:
    """A date expression: its offsets and what it says."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    shift: int | None = None  # days relative to the anchor (yesterday = -1)

    @property
    def relative(self) -> bool:
        return self.year is None

    def resolve(self, anchor: dt.date | None) -> PartialDate | None:
        """The date this mention names, read against ``anchor`` (None if it cannot be)."""
        try:
            return self._resolve(anchor)
        except (ValueError, OverflowError):
            return None

    def _resolve(self, anchor: dt.date | None) -> PartialDate | None:
        if self.month is not None and self.day is not None:
            if self.year is not None:
                return PartialDate.from_date(dt.date(self.year, self.month, self.day))
            if anchor is None:
                return None
            date = dt.date(anchor.year, self.month, self.day)
            if date > anchor + dt.timedelta(days=7):  # "on Dec. 30" read in January
                date = dt.date(anchor.year - 1, self.month, self.day)
            return PartialDate.from_date(date)
        if anchor is None:
            return None
        if self.weekday is not None:  # that weekday on or before the anchor
            back = (anchor.weekday() - self.weekday) % 7
            return PartialDate.from_date(anchor - dt.timedelta(days=back))
        if self.shift is not None:
            return PartialDate.from_date(anchor + dt.timedelta(days=self.shift))
        return None


def _month(name: str) -> int:
    return _MONTH_NAMES.index(name[:3].casefold()) + 1


@functools.cache
def _first_words() -> re.Pattern[bytes]:
    """A space and the start of a match of the date pattern (see
    :func:`casekit.extractors._text.word_starts`)."""
    words = [name.capitalize() for name in _MONTH_NAMES]
    words += [day[:3].capitalize() for day in _DAYS]
    for word in ("late", "early", "last", "yesterday", "today", "tonight"):
        words += [word, word.capitalize()]
    words += ["this", "18", "19", "20", "21"]
    return word_scan(words)


# What every date expression holds: a digit (a day or a year), "day" (a weekday,
# "yesterday", "today"), or the word of "this morning", "this afternoon", "tonight"
_DIGIT = re.compile(r"\d")
# the year every date with a year holds (see _pattern)
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")


def _may_hold_date(text: str, start: int, stop: int) -> bool:
    """False when ``text[start:stop]`` cannot hold a date expression (a quick test)."""
    part = text[start:stop]
    return (
        "day" in part
        or _DIGIT.search(part) is not None
        or "morning" in part
        or "afternoon" in part
        or "night" in part
    )


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """The date expressions in ``text[start:end]``, in order (offsets into ``text``)."""
    found: list[DateMention] = []
    stop = len(text) if end is None else end
    if not _may_hold_date(text, start, stop):
        return found
    match = _pattern().match
    after = start  # where the scan goes on: matches do not overlap, as in finditer
    for pos in word_starts(text, _first_words(), start, stop):
        if pos < after:
            continue
        m = match(text, pos, stop)
        if m is None:
            continue
        after = m.end()
        if m.group("month"):
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append(
                DateMention(m.start(), m.end(), year=year, month=_month(m.group("month")), day=day)
            )
        elif m.group("iso"):
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            found.append(DateMention(m.start(), m.end(), year=y, month=mo, day=d))
        elif m.group("weekday"):
            word = m.group("weekday")
            found.append(DateMention(m.start(), m.end(), weekday=_DAYS[word.casefold()]))
        else:
            rel = m.group("rel").casefold()
            found.append(DateMention(m.start(), m.end(), shift=-1 if rel == "yesterday" else 0))
    return found


def post_dates(text: str) -> list[dt.date]:
    """The dates of embedded social-media posts ("(@handle) May 13, 2025"), in order."""
    dates = []
    for m in _post_pattern().finditer(text):
        try:
            dates.append(
                dt.date(int(m.group("year")), _month(m.group("month")), int(m.group("day")))
            )
        except ValueError:
            continue
    return dates


def dateline_at(text: str, pos: int) -> bool:
    """True for a date in a dateline ("NEW YORK, July 2, 2025 (Wire) -", "WASHINGTON (June
    20, 2024) —", "SAVANNAH, Ga., Oct. 9, 2025 —"): only upper-case place words, maybe with
    a state after them, stand before it on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_DATELINE_HEAD.fullmatch(text, line_start, pos))


_DATELINE_HEAD = re.compile(
    r"[A-Z][A-Z .,'’-]*[,(]\s*|\(?|(?:Published|Updated|Posted|Last\s+updated)\b[^\n]{0,30}"
    # "SAVANNAH, Ga., ", "SANTA FE, New Mexico, "
    r"|[A-Z][A-Z .'’-]*,\s+[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?,\s*"
)


def anchor_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date relative words are read against: ``published``, else a dateline near the
    top of ``text``, else the latest dated embedded post, else a labelled date line at the
    foot of the story."""
    if published is not None:
        return published
    try:
        from casekit.news.dates import dateline_date
    except ImportError:  # pragma: no cover - the news reader is optional here
        dateline = None
    else:
        try:
            dateline = dateline_date(text[:2000])  # a dateline stands near the top
        except Exception:  # a reader bug must not stop extraction
            dateline = None
    if dateline is not None:
        return dateline
    top = min(len(text), 600)
    for m in find_dates(text, 0, top) if _YEAR.search(text, 0, top) else ():
        if m.year is not None and dateline_at(text, m.start):
            date = m.resolve(None)
            if date is not None:
                return date.to_date()
    posts = post_dates(text)
    return max(posts) if posts else _foot(text)


def _foot(text: str) -> dt.date | None:
    """A labelled date line at the foot of the story ("Published Sept. 12, 2025")."""
    try:
        from casekit.news.dates import foot_date

        return foot_date(text)
    except Exception:  # a reader bug must not stop extraction
        return None

"""Helpers shared by the court-record loaders: opening files, text fields, courts, roles."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import html
import io
import lzma
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from casekit.errors import CaseKitError, ReadError
from casekit.model.court import Court
from casekit.model.dates import PartialDate
from casekit.model.party import PartyRole

__all__ = [
    "open_binary",
    "party_role",
    "strip_markup",
]

PathLike = str | os.PathLike[str]

_OPENERS: dict[str, Callable[..., Any]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}


class CountingReader(io.RawIOBase):
    """A binary file that counts the (compressed) bytes read from disk, for progress bars."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.bytes_read += n or 0
        return int(n or 0)

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_binary(path: PathLike, *, counter: list[CountingReader] | None = None) -> IO[bytes]:
    """Open ``path`` for reading bytes, decompressing ``.gz``, ``.bz2`` and ``.xz`` on the fly.

    When ``counter`` is a list, the reader counting raw bytes read is appended to it.
    """
    p = Path(path)
    try:
        raw: IO[bytes] = open(p, "rb")  # noqa: SIM115 (closed by the caller)
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", input=str(p), where=str(p)) from None
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}", input=str(p), where=str(p)) from None
    if counter is not None:
        counting = CountingReader(raw)
        counter.append(counting)
        raw = io.BufferedReader(counting, 1 << 20)
    opener = _OPENERS.get(p.suffix.lower())
    if opener is None:
        return raw
    stream: IO[bytes] = opener(raw, "rb")
    return stream


def base_name(path: PathLike) -> str:
    """The file name without compression suffix: ``opinions-2025-01-31.csv``."""
    name = Path(path).name
    for suffix in _OPENERS:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


# --- text fields ----------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|h[1-6]|li|tr|center|blockquote|section|article|footnote|opinion"
    r"|parties|docketnumber|court|decisiondate|attorneys|judges|otherdate|headnotes|summary"
    r"|syllabus|author|casebody|head-matter)\s*>",
    re.IGNORECASE,
)
_WHITESPACE = re.compile(r"\s+")


def strip_markup(markup: str) -> str:
    """Plain text of HTML or XML: tags removed, entities decoded.

    Preformatted HTML (``<pre>``, as CourtListener's ``html_with_citations`` wraps
    plain text) keeps its text exactly; other markup gets a line break after each
    block element.

    >>> strip_markup('<pre class="inline">Cite as: </pre><span class="citation">604 U. S.</span>')
    'Cite as: 604 U. S.'
    >>> strip_markup("<p>One &amp; two.</p><p>Three.</p>")
    'One & two.\\nThree.'
    """
    if not markup:
        return ""
    unescape = html.unescape if "&" in markup else str
    if "<pre" in markup[:2000]:
        return unescape(_TAG.sub("", markup))
    text = _WHITESPACE.sub(" ", _TAG.sub("", _BLOCK_END.sub("\\g<0>\x00", markup)))
    lines = (line.strip() for line in unescape(text).split("\x00"))
    return "\n".join(line for line in lines if line)


def clean(value: object) -> str | None:
    """A stripped non-empty string, or None (for None, "", whitespace and non-strings)."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def as_bool(value: object) -> bool | None:
    """JSON booleans and the bulk CSV's ``t``/``f``."""
    if isinstance(value, bool):
        return value
    if value in ("t", "true", "True", "1"):
        return True
    if value in ("f", "false", "False", "0"):
        return False
    return None


def as_int(value: object) -> int | None:
    """An int from a JSON number or a digit string; None when absent or not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def as_date(value: object) -> dt.date | None:
    """The date of ``YYYY-MM-DD`` or of an ISO timestamp (any offset); None when absent."""
    text = clean(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise CaseKitError(f"not a date: {text!r}", input=value) from None


def as_partial_date(value: object) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a timestamp keeps its day) as a PartialDate."""
    text = clean(value)
    if text is None:
        return None
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]
    return PartialDate.parse(text)


def id_tail(url: object) -> str | None:
    """The last path segment of a CourtListener link (``.../dockets/123/`` -> ``123``)."""
    if isinstance(url, int) and not isinstance(url, bool):
        return str(url)
    text = clean(url)
    if text is None:
        return None
    return text.rstrip("/").rsplit("/", 1)[-1] or None


# --- roles and courts -----------------------------------------------------------------------

_ROLE_WORDS: tuple[tuple[str, PartyRole], ...] = (
    ("amicus", PartyRole.AMICUS),
    ("amici", PartyRole.AMICUS),
    ("intervenor", PartyRole.INTERVENOR),
    ("intervener", PartyRole.INTERVENOR),
    ("petitioner", PartyRole.PETITIONER),
    ("respondent", PartyRole.RESPONDENT),
    ("appellant", PartyRole.APPELLANT),
    ("appellee", PartyRole.APPELLEE),
    ("plaintiff", PartyRole.PLAINTIFF),
    ("defendant", PartyRole.DEFENDANT),
    ("claimant", PartyRole.PLAINTIFF),
    ("movant", PartyRole.PETITIONER),
    ("complainant", PartyRole.PLAINTIFF),
    ("libelant", PartyRole.PLAINTIFF),
    ("creditor", PartyRole.PLAINTIFF),
    ("debtor", PartyRole.DEFENDANT),
)
_WORD = re.compile(r"[a-z]+")


def party_role(name: str | None) -> PartyRole | None:
    """The :class:`~casekit.PartyRole` of a docket's party type, or None when it has none.

    Amicus and intervenor win; otherwise the last role word decides, so a
    "Plaintiff-Appellant" is an appellant (the posture of the court that wrote the
    record).  "Counter Claimant", "Cross Defendant" and the like stay None: their side
    in the case is not told by the name.

    >>> party_role("Plaintiff"), party_role("Amicus Curiae"), party_role("Interested Party")
    (<PartyRole.PLAINTIFF: 'plaintiff'>, <PartyRole.AMICUS: 'amicus'>, None)
    >>> party_role("Defendant-Appellee").value
    'appellee'
    """
    if not name:
        return None
    words = _WORD.findall(name.lower())
    if words and words[0] in ("counter", "cross", "third"):
        return None
    found: list[PartyRole] = []
    for word in words:
        for stem, role in _ROLE_WORDS:
            if word.startswith(stem):
                found.append(role)
                break
    for strong in (PartyRole.AMICUS, PartyRole.INTERVENOR):
        if strong in found:
            return strong
    return found[-1] if found else None


def _court_lookup() -> Callable[[str], Court] | None:
    try:
        from casekit.citations.courts import court_by_id
    except ImportError:  # the court index is not available: bare ids only
        return None
    return court_by_id


@cache
def court(court_id: str) -> Court:
    """The :class:`~casekit.Court` for a CourtListener / courts-db id (bare when unknown)."""
    lookup = _court_lookup()
    if lookup is not None:
        try:
            return lookup(court_id)
        except (CaseKitError, KeyError):
            pass
    return Court(id=court_id)


def first(values: Iterable[str | None]) -> str | None:
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)


def lines(text: str) -> Iterator[str]:
    """Non-empty stripped lines."""
    return (s for s in (line.strip() for line in text.splitlines()) if s)

"""Docket numbers: ``No. 25-cv-0677``, ``1:25-cv-00677-DLF``, ``Nos. 23-1234, 23-1235``.

Federal district, circuit, bankruptcy and Supreme Court numbers, and the shapes state
courts print (``No. S24A0317``, ``No. 12 MAP 2024``, ``No. 2023AP1187-CR``,
``No. PD-0123-24``, ``WR-12,345-02``, ``No. 24A-ES-02291``, ``No. 25STCP01234``).  In
running text a number counts only after ``No.``/``Nos.`` (``Case No.``, ``Docket No.``,
...), after a label in words ("The case number is S25A0891.", "Case number: 24-cv-1234",
"(docket 25-1187)") or in the unmistakable district-court form ``1:24-cv-01234``; a plain number
(``No. 166871``) only after a label such as ``Case No.``, in a closing line such as
"The case is No. 166871.", or right after a caption ("Roe v. Doe, No. 88214");
``Pub. L. No.``, ``ECF No.``, ``Exhibit No.`` and the like are not docket numbers.

>>> [str(d) for d in parse_docket("Nos. 23-1234, 23-1235")]
['No. 23-1234', 'No. 23-1235']
>>> parse_docket("Case No. 2:24-cr-00123")[0].number
'2:24-cr-00123'
>>> [d.number for d in find_dockets("No. 12 MAP 2024 and Dkt. No. 12-1")]
['12 MAP 2024']
"""

from __future__ import annotations

import functools
import re

import attrs

from casekit.citations.cases import clean, resolve_court_id, wordset
from casekit.errors import InvalidCitation
from casekit.model.case_citation import DocketNumber
from casekit.model.span import Provenance

__all__ = ["find_dockets", "parse_docket"]

_D = "[-\u2010\u2011\u2013]"
#: what may not follow a docket number (it would continue it)
_END = r"(?![\w\u2010\u2011\u2013-])"
#: more dash-separated parts: 1:25-cv-00677-DLF-ZMF, 03-23-00123-CV, 2023AP1187-CR
_TAIL = rf"(?:{_D}[A-Z0-9]{{1,8}})*"
#: one docket number as courts print them
NUMBER = (
    r"(?:"
    # district courts: 1:25-cv-00677-DLF, 25-cv-677; circuits and SCOTUS: 22-55988, 09-893;
    # state courts: 2024-CA-001234, 03-23-00123-CV; the Tax Court: 12345-21, 12345-21S
    rf"(?:\d{{1,2}}:)?\d{{2,6}}{_D}(?:[A-Za-z]{{1,5}}{_D})?\d{{1,7}}[A-Z]?{_TAIL}"
    # letters between numbers: 24A1007 (a Supreme Court application), 22O141,
    # 2023AP1187-CR (Wisconsin), 3D23-1234 (Florida), 23SA123 (Colorado), 3:04cv1234,
    # 25STCP01234 (Los Angeles)
    rf"|\d{{1,4}}[A-Z]{{1,5}}\d{{1,7}}{_TAIL}"
    # a court code, a case type, then the number: 24A-ES-02291, 49A02-CT-1234 (Indiana)
    rf"|\d{{2}}[A-Z]\d{{0,2}}{_D}[A-Z]{{2}}{_D}\d{{3,6}}{_TAIL}"
    rf"|\d{{1,2}}:\d{{2}}[a-z]{{2}}\d{{1,7}}{_TAIL}"
    # Illinois appellate numbers: 1-23-1234
    rf"|\d{_D}\d{{2}}{_D}\d{{3,5}}"
    # Pennsylvania: 12 MAP 2024, 45 EAP 2023, 1234 EDA 2022, 123 C.D. 2023
    r"|\d{1,5}\s(?:[EMW](?:AP|AL|DA|M)|[CM]\.\s?D\.)\s(?:1[89]|20)\d\d"
    # New York index numbers: 151234/2023
    r"|\d{3,7}/\d{2,4}"
    # letter-led state and agency numbers: S281234, CV-24-0123-SA, A-1234-22, S24A0317,
    # PD-0123-24, WR-12,345-02 (Texas), SJC-13456, EPA-HQ-OAR-2021-0317
    rf"|[A-Z]{{1,5}}(?:{_D}[A-Z]{{1,5}}){{0,3}}{_D}?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{2,}})"
    rf"(?:[A-Z]{{1,2}}\d+)?[A-Z]?{_TAIL}"
    rf"){_END}"
)
#: a bare number (docket numbers of old Supreme Court cases, ``No. 141, Orig.``)
_PLAIN = rf"\d{{1,7}}{_END}"
_ORIG = r"(?:,?\s*Orig\.)"
_SEP = r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)"
_TYPES = "cv|cr|mc|md|mj|bk|ap|po|sw|ml|gj|dp|CV|CR|MC|MD|MJ|BK|AP|PO|SW|ML|GJ|DP"
#: bare district-court numbers are recognised without a ``No.`` in front
BARE = (
    rf"(?<![\w:/.-])(?:\d{{1,2}}:)?\d{{2}}{_D}"
    rf"(?:{_TYPES}){_D}\d{{2,7}}"
    rf"(?:{_D}[A-Z]{{1,5}}\b)*(?![\w-])"
)
#: what a bare district-court number has at its heart: -cv-, -cr-, ...
BARE_ANCHOR = rf"{_D}(?:{_TYPES}){_D}\d"
#: the same, starting with an ASCII hyphen (a literal: faster to scan for)
BARE_ANCHOR_ASCII = rf"-(?:{_TYPES}){_D}\d"
#: words of the label in front of ``No.``: Case No., Civil Action No., Adv. Pro. No., ...
_LABEL_WORD = (
    r"(?:Case|Docket|Cause|Index|MDL|Record|Appeal|Court"
    r"|Civil|Criminal|Action|Civ\.|Crim\.|Cr\.|Misc\.|Bankr\.|Bankruptcy|Adv\.|Pro\.|Proc\."
    r"|Adversary|Proceeding)"
)
#: spaces, or a line break, but not a blank line (a heading's last word is no label)
_LS = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"
_LABEL_WORDS = rf"(?:{_LABEL_WORD}{_LS}){{1,2}}"
#: ``No.``/``Nos.`` with any label words before it; a lower-case ``case no.`` too
#: a docket named in words, without ``No.``: "The case number is S25A0891.", "Case number:
#: 24-cv-1234", "docket number 2024-CA-001234", "(docket 25-1187)"
#: what follows a bare "docket" that shows a docket number: digits going on with a dash
#: or letters (25-1187, 24A1007), or letters then digits (SJC-13702); not "docket 12"
NAMED_AHEAD = r"(?=\d+[-\u2010\u2011\u2013:/A-Za-z]|[A-Z]{1,5}[-\u2010\u2011\u2013]?\d)"
NAMED_LABEL = (
    r"(?:[Cc]ase|[Dd]ocket)[^\S\n]+number(?:[^\S\n]+(?:is|was)|:)?[^\S\n]*"
    rf"|[Dd]ocket[^\S\n]+{NAMED_AHEAD}"
)
LABEL = (
    rf"\b(?:(?:{_LABEL_WORDS}Nos?|(?:[Cc]ase|[Dd]ocket){_LS}nos?|Nos?)\.\s*"
    rf"|{NAMED_LABEL})"
)
_LABEL_BEFORE = re.compile(rf"\b(?:{_LABEL_WORDS}|(?:[Cc]ase|[Dd]ocket){_LS})$")
#: label words after which a plain number is a docket number: Case No. 1234, MDL No. 2804
_PLAIN_AFTER = wordset(
    "Case case Cause Index MDL Record Appeal Action Civ. Crim. Cr. Misc. Bankr. Pro. Proc. "
    "Proceeding number"
)
#: words before "No." that make it something other than a docket number
_NOT_DOCKET_BEFORE = wordset(
    "L. Rep. Doc. Order Ord. Ordinance Resolution Res. Proposition Prop. Bill Amendment "
    "Amend. Exhibit Ex. Exh. ECF CM/ECF Dkt. Dkt Doc Item Claim Patent Pat. Reg. Release Rel. "
    "Notice Serial Account Policy Contract Permit License Form Flight Route Highway Chapter "
    "Ch. Act Law Measure Question Stat. Op. Opinion Treaty Tr. Letter Memo Memorandum "
    "Directive Decision Dec. Report Paper Paragraph Para. Note Protocol Invoice Ballot Unit "
    "Room Box Vol. Appendix App. Schedule Table Figure Fig. Model Part Lot Page Station "
    "Plan Entry Entries D.E. Filing Attachment Tab Count Rule Article Art. Section Sec. Title "
    "Initiative Grant Award Proclamation Regulation Bulletin Advisory Circular Guidance "
    "Citation Warrant Charge Ticket Parcel Issue Episode H.B. S.B. A.B. H.F. S.F. HB SB AB"
)
_FILED = re.compile(r",?\s+(?:filed|decided|argued|docketed|entered)$")
_COURT_PAREN = re.compile(r"\s*\(([^()]{1,80})\)", re.S)
#: a judge's initials after the number: No. 24-cv-5678 (JMF), Case No. 24-10234 (JTD)
_INITIALS = re.compile(r"\s?\(([A-Z]{2,4})\)")
_PAREN_BODY = re.compile(
    r"(?P<court>[^()]*?[A-Za-z.][^()]*?)?"
    r"(?:,?\s*(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2},?\s+)?(?:1[6-9]|20)\d\d)?",
    re.S,
)


@functools.cache
def docket_regex(parse: bool = False) -> re.Pattern[str]:
    """A labelled list of docket numbers, or a bare district-court number.

    Reading text, a plain number after ``No.`` counts only as ``No. 141, Orig.`` or
    after a label such as ``Case No.`` (group ``plain``, checked by :func:`hit_at`);
    parsing what is known to be a docket number (``parse``) takes any number.
    """
    plain = _PLAIN if parse else rf"{_PLAIN}(?={_ORIG})|(?P<plain>\d{{3,7}}){_END}"
    return re.compile(
        rf"(?P<label>{LABEL})(?P<first>{NUMBER}|{plain})|(?P<bare>{BARE})",
        re.S,
    )


_NUMBER_OR_PLAIN = re.compile(rf"{NUMBER}|{_PLAIN}")
_LABEL = re.compile(LABEL)
_MORE = re.compile(rf"{_SEP}(?P<n>{NUMBER})", re.S)
_ORIG_RE = re.compile(_ORIG, re.S)
_PREV_WORD = re.compile(r"(\S+)\s*$")


def _excluded(text: str, start: int) -> bool:
    """True if the word before ``No.`` shows a statute, report or exhibit number."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in _NOT_DOCKET_BEFORE


#: what stands before a plain "No. 1234" that names a case's docket: "The case is", "The
#: appeal, Roe v. Doe, is", or a caption and its comma ("Roe v. Doe, No. 1234")
_CASE_IS = re.compile(
    r"(?:(?<=[.!?:\n])\s*[Tt]he\s+(?:case|appeal|lawsuit|suit|petition|matter)"
    r"(?:\s*,[^\n]{1,160}?,)?\s+(?:is|was)\s*"
    r"|\s(?:v\.|vs\.?)\s[^\n]{1,120}?,\s*)\Z"
)


def _case_is(text: str, start: int) -> bool:
    """True if a plain number after ``No.`` at ``start`` is a case's docket number by
    what stands before it: "The case is No. 166871.", "Roe v. Doe, No. 88214"."""
    lo = max(0, start - 200)
    before = ("\n" if lo == 0 else "") + text[lo:start]
    m = _CASE_IS.search(before)
    return m is not None and not _SENTENCE_INSIDE.search(before, m.start() + 1)


#: a sentence's end inside a caption or an appositive ("… said. The case, …, is No. 12")
_SENTENCE_INSIDE = re.compile(r"[a-z]{3}[.!?][\"”’]?\s+[A-Z]")


@attrs.frozen
class _Hit:
    start: int
    end: int
    numbers: tuple[tuple[int, int], ...]  # (start, end) of each number
    court: str | None
    plural: bool


def _court(text: str, pos: int) -> tuple[str | None, int]:
    """A court/date parenthetical after a docket number: its court id and its end.

    A judge's initials before it (``(JMF)``) belong to the mention, not the number.
    """
    m = _INITIALS.match(text, pos)
    while m is not None and resolve_court_id(m.group(1)) is None:
        pos = m.end()
        m = _INITIALS.match(text, pos)
    m = _COURT_PAREN.match(text, pos)
    if m is None:
        return None, pos
    body = clean(m.group(1))
    parts = _PAREN_BODY.fullmatch(body)
    if parts is None:
        return None, pos
    court = _FILED.sub("", (parts.group("court") or "").strip(" ,"))
    court_id = resolve_court_id(court) if court else None
    dated = len(court) < len(body)
    if court_id is None and ((court and not dated) or len(court) > 40):
        return None, pos  # not a court parenthetical (or a court nobody knows)
    return court_id, m.end()


def hit_at(text: str, m: re.Match[str], *, parse: bool = False) -> _Hit | None:
    """The docket numbers of one match of :func:`docket_regex` (or a regex embedding it)."""
    if m.group("bare") is not None:
        numbers = [(m.start("bare"), m.end("bare"))]
        end = m.end("bare")
        plural = False
    else:
        start = m.start("label")
        if not parse and _excluded(text, start):
            return None
        if not parse and m.group("plain") is not None:
            words = m.group("label").split()
            if (len(words) < 2 or words[-2] not in _PLAIN_AFTER) and not _case_is(text, start):
                return None  # "No. 1234" alone: any number at all
        numbers = [(m.start("first"), m.end("first"))]
        end = m.end("first")
        plural = m.group("label").rstrip().endswith("os.")
        if plural:
            more = _MORE.match(text, end)
            while more is not None:
                numbers.append((more.start("n"), more.end("n")))
                end = more.end()
                more = _MORE.match(text, end)
        orig = _ORIG_RE.match(text, end)
        if orig is not None:
            end = orig.end()
    court, end = _court(text, end)
    return _Hit(
        numbers[0][0] if m.group("bare") else m.start("label"), end, tuple(numbers), court, plural
    )


def hit_near(text: str, start: int, *, bare: bool) -> _Hit | None:
    """The docket numbers around an anchor at ``start``: ``No.`` (with any label
    before it, such as ``Case``) or the ``-cv-`` of a bare district-court number."""
    rx = docket_regex()
    if bare:
        for at in range(max(0, start - 5), start - 1):  # 1:25-cv-..., 25-cv-...
            m = rx.match(text, at)
            if m is not None and m.group("bare") is not None:
                return hit_at(text, m)
        return None
    label = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    m = rx.match(text, label.start()) if label else None
    if m is None:
        m = rx.match(text, start)
    return None if m is None else hit_at(text, m)


def _hits(text: str, *, parse: bool = False) -> list[_Hit]:
    hits = [hit_at(text, m, parse=parse) for m in docket_regex(parse).finditer(text)]
    return [h for h in hits if h is not None]


def parse_docket(text: str) -> tuple[DocketNumber, ...]:
    """Parse docket numbers: ``No. 25-cv-677``, ``Nos. 23-1234, 23-1235``, ``24A1007``.

    ``number`` is the number as printed, without ``No.``; a trailing court
    parenthetical (``(D.D.C. May 12, 2025)``) fills ``court`` with the court's id.
    Raises :class:`casekit.InvalidCitation` for anything else.

    >>> parse_docket("No. 24A1007")[0].number
    '24A1007'
    """
    if not isinstance(text, str):
        raise InvalidCitation(f"expected a string, got {type(text).__name__}", input=repr(text))
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not stripped:
        raise InvalidCitation("empty docket number", input=text, position=0)
    candidate = text
    if not _LABEL.match(stripped) and _NUMBER_OR_PLAIN.match(stripped):
        candidate = " " * lead + "No. " + stripped  # a number without its "No."
    offset = len(candidate) - len(text)
    hits = _hits(candidate, parse=True)
    if not hits or hits[0].start != lead:
        label = _LABEL.match(candidate, lead)
        pos = (label.end() if label else lead) - offset
        raise InvalidCitation(
            "expected a docket number such as 'No. 25-cv-00677' or '24A1007'",
            input=text,
            position=max(pos, 0),
        )
    hit = hits[0]
    if hit.end != len(candidate.rstrip()):
        pos = hit.end - offset
        while pos < len(text) and text[pos].isspace():
            pos += 1
        raise InvalidCitation("unexpected text after the docket number", input=text, position=pos)
    return tuple(DocketNumber(number=candidate[s:e], court=hit.court) for s, e in hit.numbers)


def find_dockets(text: str, document: str | None = None) -> list[DocketNumber]:
    """Every docket number in ``text``, with ``mention`` and ``provenance``.

    >>> [d.number for d in find_dockets("Appeal from No. 22-55988 (9th Cir.); see 1:25-cv-00677")]
    ['22-55988', '1:25-cv-00677']
    """
    from casekit.citations.find import _as_text

    text, doc_id = _as_text(text, document)
    return [d for _, _, d in docket_records(text, doc_id)]


def docket_records(text: str, doc_id: str) -> list[tuple[int, int, DocketNumber]]:
    """(start, end, record) for each docket number in ``text``."""
    out: list[tuple[int, int, DocketNumber]] = []
    for hit in _hits(text):
        out.extend(hit_records(text, hit, doc_id))
    return out


def hit_records(text: str, hit: _Hit, doc_id: str) -> list[tuple[int, int, DocketNumber]]:
    """(start, end, record) for each number of one hit: the first mention holds the label,
    the last one the court parenthetical."""
    out: list[tuple[int, int, DocketNumber]] = []
    for i, (s, e) in enumerate(hit.numbers):
        start = hit.start if i == 0 else s
        end = hit.end if i == len(hit.numbers) - 1 else e
        record = DocketNumber(
            number=text[s:e],
            court=hit.court,
            mention=text[start:end],
            provenance=(Provenance.of(doc_id, text, start, end),),
        )
        out.append((start, end, record))
    return out

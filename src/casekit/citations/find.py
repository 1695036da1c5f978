"""Finding every statute, case and docket citation in a text in one pass.

One compiled regular expression, built once from reporters-db, is anchored on what
citations must contain (a reporter abbreviation after a volume, ``Id.``, ``supra``,
``No.``); each hit is then read forward (pin cites, parentheticals) and backward
(the case name) with small anchored expressions.  Short forms are resolved to the
full citations they refer to.

>>> found = find_citations("See Smith v. Jones, 598 U.S. 175, 180 (2023). Id. at 182.")
>>> [str(c) for c in found]
['Smith v. Jones, 598 U.S. 175, 180 (2023)', 'Id. at 182']
>>> found[1].antecedent
0
>>> found[0].mention
'Smith v. Jones, 598 U.S. 175, 180 (2023)'
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Callable
from typing import Any, cast

import attrs

from casekit.citations.cases import (
    PIN,
    case_name_before,
    clean,
    clean_page,
    clean_pin,
    core_matches,
    court_id,
    read_pins,
    read_tail,
    wordset,
)
from casekit.citations.dockets import (
    BARE_ANCHOR,
    BARE_ANCHOR_ASCII,
    NAMED_AHEAD,
    hit_near,
    hit_records,
)
from casekit.citations.reporters import canonical_reporter
from casekit.citations.resolve import AUTHORITY, SKIP, Item, antecedents
from casekit.errors import CaseKitError, InvalidCitation, UnknownName
from casekit.model.case_citation import CaseCitation, CitationForm, DocketNumber
from casekit.model.document import Document, text_id
from casekit.model.span import Provenance
from casekit.model.statute import StatuteCitation

__all__ = ["Citation", "find_case_citations", "find_citations", "parse_citation"]

Citation = StatuteCitation | CaseCitation | DocketNumber

_AFTER_ID = re.compile(rf"(?:\s*,\s*|\s+)at\s+(?P<pin>{PIN})(?!\w)", re.S)
_PARALLEL_GAP = re.compile(r"\s*,\s*")
#: after "Id." a lower-case word other than "at" shows an ordinary word ("id. card")
_NOT_ID_AFTER = re.compile(r"\s+(?!at\b)[a-z]")
_NOT_A_NAME = wordset(
    "Part Parts Section Sections Note Notes Point Points Chapter Title Appendix App. n. "
    "note Figure Table Id. See"
)


#: an anchor: (start, end, kind, match); kind is "case" (the match is of the core
#: regex), "id" (Id./Ibid.), "no" (No./Nos./no.), "supra" or "bare" (the -cv- of
#: 1:25-cv-00677)
_Anchor = tuple[int, int, str, re.Match[str]]
#: the dashes other than "-" that a docket number may hold
_DASHES = ("\u2010", "\u2011", "\u2013")
#: a word not continuing another one (the "id." of "said." is no citation)
_WORD_START = r"(?<![^\W_])"


@functools.cache
def _dots() -> re.Pattern[str]:
    """``Id.``, ``Ibid.``, ``No.``, ``Nos.`` (and ``id.``, ``no.``) found from their
    period, looking back: a regex starting with one literal character skips through
    text several times faster than one starting with a choice (``[Ii]``), and one pass
    serves them all.  A first look at the letter before the period (d, s or o) drops
    most periods with one test."""
    return re.compile(
        rf"\.(?<=[dos]\.)(?:(?<={_WORD_START}[Ii]bid\.)|(?<={_WORD_START}[Nn]os\.)"
        rf"|(?<={_WORD_START}(?:[Ii]d|[Nn]o)\.))"
    )


#: the words before "number" that name a docket: "case number", "Docket number"
_NUMBER_LABELS = frozenset(("case", "Case", "docket", "Docket"))


@functools.cache
def _named_docket_scanners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A docket named without ``No.``: the "number" of "case number"/"docket number",
    and the "ocket" of "docket 25-1187"; each regex starts with a literal (fast to scan
    for) and looks back for the rest of its label."""
    return (
        re.compile(r"number(?<=(?:ase|ket) number)"),
        re.compile(rf"ocket(?<=[Dd]ocket)[^\S\n]+{NAMED_AHEAD}"),
    )


@functools.cache
def _scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """supra, a bare district-court number (1:25-cv-00677-DLF) by its -cv- (ASCII
    hyphen first, a literal), and the same with any dash."""
    return (
        re.compile(r"supra(?!\w)"),
        re.compile(BARE_ANCHOR_ASCII),
        re.compile(BARE_ANCHOR),
    )


def _anchors(text: str) -> list[_Anchor]:
    """Every anchor in ``text``, in order of position.

    Each kind is found by a pass of its own that the regex engine runs fast (see
    :func:`casekit.citations.cases.core_matches` and :func:`_dots`); text holding no
    ``supra`` skips that pass.
    """
    hits: list[_Anchor] = [(m.start(), m.end(), "case", m) for m in core_matches(text)]
    for m in _dots().finditer(text):
        at = m.start()  # the period
        if text[at - 4 : at] in ("Ibid", "ibid"):
            start = at - 4
        elif text[at - 3 : at] in ("Nos", "nos"):
            start = at - 3
        else:
            start = at - 2
        hits.append((start, at + 1, "no" if text[start] in "Nn" else "id", m))
    number, docket = _named_docket_scanners()
    if "number" in text:
        for m in number.finditer(text):
            start = text.rfind(" ", 0, m.start() - 1) + 1  # the "case"/"docket" before it
            if text[start : m.start() - 1] in _NUMBER_LABELS:
                hits.append((start, m.end(), "no", m))
    if "ocket" in text:
        hits.extend((m.start() - 1, m.end(), "no", m) for m in docket.finditer(text))
    supra, bare, bare_any_dash = _scanners()
    if "supra" in text:
        hits.extend((m.start(), m.end(), "supra", m) for m in supra.finditer(text))
    if any(d in text for d in _DASHES):
        bare = bare_any_dash
    hits.extend((m.start(), m.end(), "bare", m) for m in bare.finditer(text))
    hits.sort(key=_position)
    return hits


def _position(anchor: _Anchor) -> int:
    return anchor[0]


def _as_text(text: str | Document, document: str | None = None) -> tuple[str, str]:
    if isinstance(text, Document):
        return text.text, document or text.id
    if not isinstance(text, str):
        raise InvalidCitation(
            f"expected text or a Document, got {type(text).__name__}", input=repr(text)
        )
    return text, document or text_id(text)


@attrs.define
class _Found:
    """A case citation being read: its span and fields, before grouping and resolution."""

    start: int
    end: int
    fields: dict[str, Any]
    core_end: int = 0  # where volume-reporter-page(-pin) ends, before parentheticals


def _case_hits(text: str, m: re.Match[str], floor: int) -> _Found | None:
    volume = m.group("volume")
    reporter = canonical_reporter(m.group("reporter"))
    if m.group("at") is not None:
        pins, end = read_pins(text, m.end())
        pin = ", ".join([clean_pin(m.group("atpin")), *map(clean_pin, pins)])
        fields: dict[str, Any] = {
            "form": CitationForm.SHORT,
            "volume": volume,
            "reporter": reporter,
            "pin_cite": pin,
        }
        tail = read_tail(text, end, pins=False)
        if tail.parentheticals and tail.year is None and tail.court is None:
            fields["parenthetical"] = ") (".join(tail.parentheticals)
            end = tail.end
        start = m.start()
        named = case_name_before(text, start, short=True)
        if named is not None and named[0] >= floor:
            start, fields["case_name"] = named
        return _Found(start, end, fields, end)
    tail = read_tail(text, m.end())
    fields = {
        "volume": volume,
        "reporter": reporter,
        "page": clean_page(m.group("page")),
        "pin_cite": tail.pin,
        "court": tail.court,
        "year": tail.year,
        "parenthetical": ") (".join(tail.parentheticals) or None,
    }
    start = m.start()
    named = case_name_before(text, start)
    if named is not None and named[0] >= floor:
        start, fields["case_name"] = named
    core_end = _core_end(text, m.end(), tail.end)
    return _Found(start, tail.end, fields, core_end)


def _core_end(text: str, page_end: int, tail_end: int) -> int:
    """End of the citation before its first parenthetical."""
    paren = text.find("(", page_end, tail_end)
    end = tail_end if paren < 0 else paren
    while end > page_end and text[end - 1].isspace():
        end -= 1
    return end


def _short_hit(text: str, kind: str, start: int, end: int, floor: int) -> _Found | None:
    """``Id.``, ``Id. at 5``, ``Ibid.``; ``Smith, supra, at 3``."""
    fields: dict[str, Any]
    if kind == "id":
        if _NOT_ID_AFTER.match(text, end):
            return None  # "the id. card": a word, not a citation
        fields = {"form": CitationForm.ID}
    else:
        named = case_name_before(text, start, short=True)
        if named is None or named[0] < floor:
            return None
        first = named[1].split()[0]
        if first in _NOT_A_NAME or "§" in named[1]:
            return None
        start = named[0]
        fields = {"form": CitationForm.SUPRA, "case_name": named[1]}
    pins, end = read_pins(text, end, _AFTER_ID)
    if pins:
        fields["pin_cite"] = ", ".join(map(clean_pin, pins))
    return _Found(start, end, fields, end)


def _share_parallels(found: list[_Found], text: str) -> None:
    """Parallel citations (``598 U.S. 175, 143 S. Ct. 478 (2023)``) share name and date."""
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found)
            and found[j].fields.get("form", CitationForm.FULL) is CitationForm.FULL
            and found[j + 1].fields.get("form", CitationForm.FULL) is CitationForm.FULL
            and found[j].fields["year"] is None
            and found[j].fields["parenthetical"] is None
            and "case_name" not in found[j + 1].fields
            and _PARALLEL_GAP.fullmatch(text, found[j].end, found[j + 1].start)
        ):
            j += 1
        if j > i:
            last = found[j].fields
            name = found[i].fields.get("case_name")
            for k in range(i, j + 1):
                f = found[k].fields
                for key in ("court", "year", "parenthetical"):
                    f[key] = f[key] or last[key]
                if name and "case_name" not in f:
                    f["case_name"] = name
        i = j + 1


def _scan(text: str, doc_id: str) -> tuple[list[_Found], list[tuple[int, int, Citation]]]:
    """Case citations being read (before resolution), and docket numbers (as records)."""
    cases: list[_Found] = []
    dockets: list[tuple[int, int, Citation]] = []
    pos = 0
    floor = 0  # case names may not reach back into an earlier citation
    for start, end, kind, m in _anchors(text):
        if start < pos:
            continue
        if kind != "case" and kind != "bare" and start and text[start - 1].isalnum():
            continue  # "did.", "Janos."
        hit: _Found | None = None
        if kind == "case":
            hit = _case_hits(text, m, floor)
        elif kind == "no" or kind == "bare":
            docket = hit_near(text, start, bare=kind == "bare")
            if docket is not None:
                dockets.extend(hit_records(text, docket, doc_id))
                floor = pos = docket.end
            continue
        else:
            hit = _short_hit(text, kind, start, end, floor)
        if hit is None:
            continue
        cases.append(hit)
        floor = pos = max(hit.end, end)
    _share_parallels(cases, text)
    for f in cases:
        if f.fields.get("form", CitationForm.FULL) is CitationForm.FULL:
            f.fields["court_id"] = court_id(f.fields["court"], f.fields["reporter"])
    return cases, dockets


def _record(text: str, doc_id: str, f: _Found, antecedent: int | None) -> CaseCitation:
    return CaseCitation(
        **f.fields,
        antecedent=antecedent,
        mention=text[f.start : f.end],
        provenance=(Provenance.of(doc_id, text, f.start, f.end),),
    )


def _statutes(source: str | Document, text: str, doc_id: str) -> list[tuple[int, int, Citation]]:
    """The statutes of ``text`` (``source`` itself when it is the Document to read)."""
    module = _statute_module()
    if module is None:
        return []
    out: list[tuple[int, int, Citation]] = []
    if not isinstance(source, Document) or source.id != doc_id:
        source = Document(id=doc_id, text=text)
    try:
        statutes = module.find_statutes(source)
    except Exception:  # find_citations never raises: a statute reader failure loses statutes only
        return []
    for s in statutes:
        if isinstance(s, StatuteCitation) and s.provenance:
            span = s.provenance[0].span
            out.append((span.start, span.end, s))
    return out


def _collect(
    text: str | Document, document: str | None, *, statutes: bool, dockets: bool
) -> list[Citation]:
    body, doc_id = _as_text(text, document)
    cases, others = _scan(body, doc_id)
    found: list[tuple[int, int, _Found | Citation]] = [(f.start, f.end, f) for f in cases]
    if dockets:
        found.extend(others)
    if statutes:
        # case and docket spans do not overlap one another: sorted by start, their
        # ends are sorted too, so only the last one starting before a statute's end
        # can overlap it
        taken = sorted((s, e) for s, e, _ in found)
        starts = [s for s, _ in taken]
        for s, e, statute in _statutes(text, body, doc_id):
            k = bisect.bisect_left(starts, e)
            if k == 0 or taken[k - 1][1] <= s:
                found.append((s, e, statute))
    if not found:
        return []
    found.sort(key=_span)
    items: list[Item] = []
    for _, _, c in found:
        if isinstance(c, _Found):
            items.append(c.fields)
        else:
            items.append(SKIP if isinstance(c, DocketNumber) else AUTHORITY)
    targets = antecedents(items)
    return [
        _record(body, doc_id, c, targets[i]) if isinstance(c, _Found) else c
        for i, (_, _, c) in enumerate(found)
    ]


def _span(found: tuple[int, int, object]) -> tuple[int, int]:
    return found[0], found[1]


def find_citations(text: str | Document, document: str | None = None) -> list[Citation]:
    """Every statute, case and docket citation in ``text``, ordered by position.

    Each record carries ``mention`` (the text as printed) and ``provenance`` (the
    document id and span); short forms carry ``antecedent``, the index in the
    returned list of the full citation they refer to.  ``document`` overrides the
    document id (by default the Document's id, or :func:`casekit.model.document.text_id`
    of a plain string).  Never raises on any text.

    >>> [type(c).__name__ for c in find_citations("No. 22-55988; 598 U.S. 175; id. at 180")]
    ['DocketNumber', 'CaseCitation', 'CaseCitation']
    """
    return _collect(text, document, statutes=True, dockets=True)


def find_case_citations(text: str | Document, document: str | None = None) -> list[CaseCitation]:
    """The case citations of :func:`find_citations` alone (antecedents index this list).

    >>> [str(c) for c in find_case_citations("Smith v. Jones, 598 U.S. 175. Smith, supra.")]
    ['Smith v. Jones, 598 U.S. 175', 'Smith, supra']
    """
    found = _collect(text, document, statutes=False, dockets=False)
    return [c for c in found if isinstance(c, CaseCitation)]


def mention_of(citation: Citation) -> str:
    """The printed mention of a found citation (its canonical form if none)."""
    return citation.mention if citation.mention is not None else clean(str(citation))


def parse_citation(text: str) -> Citation:
    """Parse one citation of any kind: a statute, a case, or docket number(s).

    A docket number is returned as one :class:`~casekit.DocketNumber` (the first, if
    the text lists several).  When no kind fits, the error of the attempt that got
    furthest is raised.

    >>> str(parse_citation("515 F.Supp.3d 627 (S.D. Tex. 2021)"))
    '515 F. Supp. 3d 627 (S.D. Tex. 2021)'
    >>> str(parse_citation("No. 25-cv-677"))
    'No. 25-cv-677'
    """
    from casekit.citations.cases import parse_case_citation
    from casekit.citations.dockets import parse_docket

    errors: list[InvalidCitation] = []  # in the order preferred when equally close
    try:
        statute = _statute_parser()
        if statute is not None:
            return statute(text)
    except InvalidCitation as e:
        statute_error: InvalidCitation | None = e
    except CaseKitError as e:  # pragma: no cover - any other refusal reads as invalid
        statute_error = InvalidCitation(e.message, input=text)
    else:
        statute_error = None
    try:
        return parse_case_citation(text)
    except InvalidCitation as e:
        errors.append(e)
    except UnknownName as e:  # pragma: no cover - parse_case_citation reports its own
        errors.append(InvalidCitation(e.message, input=text))
    if statute_error is not None:
        errors.append(statute_error)
    try:
        return parse_docket(text)[0]
    except InvalidCitation as e:
        errors.append(e)
    raise max(errors, key=lambda e: e.position)


def _statute_parser() -> Callable[[str], StatuteCitation] | None:
    module = _statute_module()
    return (
        None if module is None else cast("Callable[[str], StatuteCitation]", module.parse_statute)
    )


@functools.cache
def _statute_module() -> Any:
    try:
        return importlib.import_module("casekit.citations.statutes")
    except ImportError:  # the statute reader is not part of this build
        return None

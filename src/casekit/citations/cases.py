"""Case citations: ``Smith v. Jones, 598 U.S. 175, 180 (2023)`` and its short forms.

:func:`parse_case_citation` reads one citation; the pieces here (the reporter-anchored
core regex, the tail reader for pin cites and parentheticals, the case-name reader)
are shared with :func:`casekit.citations.find.find_citations`.

>>> c = parse_case_citation("Smith v. Jones, 598 U. S. 175, 180 (2023)")
>>> str(c)
'Smith v. Jones, 598 U.S. 175, 180 (2023)'
>>> c.reporter, c.page, c.pin_cite, c.year, c.court_id
('U.S.', '175', '180', 2023, 'scotus')
>>> str(parse_case_citation("515 F.Supp.3d 627 (S.D. Tex. 2021)"))
'515 F. Supp. 3d 627 (S.D. Tex. 2021)'
>>> parse_case_citation("Id. at 5").form.value
'id'
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator

import attrs

from casekit.citations.reporters import canonical_reporter, reporter_initials, reporter_pattern
from casekit.errors import CaseKitError, InvalidCitation
from casekit.model.case_citation import CaseCitation, CitationForm

__all__ = ["parse_case_citation"]

# --- regex pieces -------------------------------------------------------------------

_DASH = "-\u2010\u2011\u2012\u2013\u2014"
#: one pin cite: 180, 180-81, *3, 180 n. 3, 180 & n. 3, ___ (a slip opinion's blank)
PIN = (
    rf"(?:\*?\d+(?:\s*[{_DASH}]\s*\*?\d+)?"
    rf"(?:\s*(?:,\s*)?(?:&\s*|and\s+)?nn?\.\s*\d+(?:\s*[{_DASH}]\s*\d+)?)?|_{{2,}})"
)
#: a page: digits, or the blank of a not-yet-paginated slip opinion
PAGE = r"(?:\d+|_{2,})"
YEAR = r"(?:1[6-9]|20)\d\d"
#: the volume, one to four digits, which may not continue a word, a number, a section
#: or a statute reference (its first digit is checked against what stands before it)
VOLUME = r"[0-9](?<![\w.,/$§\u00a7-][0-9])[0-9]{0,3}"

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?"
)
_COURT_DATE = re.compile(
    rf"(?:(?P<court>[^()]*?\S)\s+)?(?:(?P<date>{_MONTH})\s+)?(?P<year>{YEAR})", re.S
)
_PAREN = re.compile(r"\s*\(([^()]{1,200})\)", re.S)
_PIN_AFTER_PAGE = re.compile(rf"\s*,\s*(?:at\s+)?(?P<pin>{PIN})(?!\w)", re.S)
_MORE_PIN = re.compile(rf"\s*,\s*(?:and\s+|&\s*)?(?P<pin>{PIN})(?!\w)", re.S)
_WS = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_BREAK_KEEP_HYPHEN = re.compile(r"(\w)-\s*\n\s*(?=[A-Z0-9])")
_UNCLEAN = re.compile(r"\s\s|[^\S ]|\u00ad")
#: what shows a parenthetical holds a citation: a section sign, Id., supra, No.
_CITES_INSIDE = re.compile(r"[\u00a7\u00b6]|\b(?:[Ii]d|[Ii]bid)\.|\bsupra\b|\bNos?\.\s*\d")
_NOTE = re.compile(r"\bn(n?)\.\s*")
_DASH_SPACE = re.compile(rf"\s*([{_DASH}])\s*")
_BREAK_HYPHEN = re.compile(r"(\w)[-\u00ad]\s*\n\s*(?=[a-z])")

#: reporters of the Supreme Court of the United States (their court goes without saying)
_SCOTUS_REPORTERS = frozenset({"U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d", "U.S.L.W."})


#: the early reporters' own volume, after U.S.: 5 U.S. (1 Cranch) 137 (read, not kept)
_NOMINATIVE = r"(?:\s*\((?:\d{1,2}\s+)?(?:Dall|Cranch|Wheat|Pet|How|Black|Wall)\.?\))?"


@functools.cache
def core_regex() -> re.Pattern[str]:
    """``volume reporter page`` or ``volume reporter at pin``, anchored on the reporter."""
    return re.compile(
        rf"(?P<volume>{VOLUME})\s+(?P<reporter>{reporter_pattern()})"
        rf"{_NOMINATIVE}(?:(?P<at>,?\s+at\s+)(?P<atpin>{PIN})"
        # a first page is never followed by a dash and a number (a score: "5 Iowa 24-10")
        rf"|(?:(?<=\.)\s*|\s+|\s*,\s*)(?P<page>{PAGE})(?![{_DASH}]\d))(?!\w)",
        re.S,
    )


#: the text as :func:`core_matches` reads it, one byte a character: every digit made a
#: ``0`` and every white space (and any character beyond Latin-1, which may be one) a space
_CODED = bytes.maketrans(
    b"123456789\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0?", b"000000000" + b" " * 12
)


@functools.cache
def _core_candidates() -> re.Pattern[bytes]:
    """Where the volume of a match of :func:`core_regex` may end, in the text as
    :data:`_CODED` codes it: a digit, white space and a character a reporter may start
    with.  Its literal start (a digit and a space) lets the regex engine skip fast."""
    initials = "".join(sorted(reporter_initials())).encode("latin-1", "replace")
    return re.compile(rb"0 +[" + re.escape(initials.translate(_CODED) + b" ") + rb"]")


def core_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`core_regex` in ``text``, as its ``finditer`` gives them.

    Found faster: a regex that starts with literal characters skips through text
    several times faster than one starting with any digit, so a cheap pattern finds
    where a volume may end (see :func:`_core_candidates`), and the core regex is tried
    at the up to four digits that may start it.

    >>> [m.group("volume") for m in core_matches("In 2024, 598 U.S. 175 and 12 F.4th 9")]
    ['598', '12']
    """
    coded = text.encode("latin-1", "replace").translate(_CODED)
    core = core_regex().match
    pos = 0
    for candidate in _core_candidates().finditer(coded):
        last = candidate.start()  # the last digit of the volume
        if last < pos:
            continue
        first = last
        while first > last - 3 and first and coded[first - 1] == 48:  # 48: b"0"
            first -= 1
        for at in range(max(first, pos), last + 1):
            m = core(text, at)
            if m is not None:
                yield m
                pos = m.end()
                break


def clean(text: str) -> str:
    """Whitespace collapsed; a word hyphenated across a line break joined again."""
    if not _UNCLEAN.search(text):
        return text.strip()
    text = _BREAK_HYPHEN.sub(r"\1", text)
    text = _BREAK_KEEP_HYPHEN.sub(r"\1-", text)
    return _WS.sub(" ", text).replace("\u00ad", "").strip()


def clean_pin(pin: str) -> str:
    if pin.isdigit():
        return pin
    pin = _DASH_SPACE.sub(r"\1", clean(pin))
    pin = _NOTE.sub(r"n\1. ", pin)
    return "___" if pin.startswith("__") else pin


def clean_page(page: str) -> str:
    return "___" if page.startswith("__") else page


# --- the tail: pin cites and parentheticals ---------------------------------------


@attrs.define
class Tail:
    """What follows ``volume reporter page``: pin cites and parentheticals."""

    end: int
    pin: str | None = None
    court: str | None = None
    year: int | None = None
    parentheticals: list[str] = attrs.field(factory=list)


def read_pins(text: str, pos: int, first: re.Pattern[str] | None = None) -> tuple[list[str], int]:
    """Pin cites at ``text[pos:]``: one matching ``first``, then ``, 182`` and so on.

    Without ``first`` only the ``, 182`` kind is read (more pins after one already read).
    A number that starts a parallel citation (``, 143 S. Ct. 478``) is not a pin.
    """
    pins: list[str] = []
    core = core_regex()
    m = (first or _MORE_PIN).match(text, pos)
    while m is not None:
        if core.match(text, m.start("pin")):
            break
        pins.append(m.group("pin"))
        pos = m.end()
        m = _MORE_PIN.match(text, pos)
    return pins, pos


_MAX_PARENS = 6  # a date and a few explanatory parentheticals


def read_tail(text: str, pos: int, *, pins: bool = True) -> Tail:
    """Read pin cites and parentheticals from ``text[pos:]`` as far as they go."""
    tail = Tail(end=pos)
    if pins:
        found, tail.end = read_pins(text, pos, _PIN_AFTER_PAGE)
        if found:
            tail.pin = ", ".join(clean_pin(p) for p in found)
    for _ in range(_MAX_PARENS):
        m = _PAREN.match(text, tail.end)
        if m is None:
            break
        body = clean(m.group(1))
        dated = _COURT_DATE.fullmatch(body)
        if dated and (tail.year is not None or tail.parentheticals):
            break  # a second date belongs to something else
        if dated:
            court = dated.group("court")
            if court and (len(court) > 60 or ";" in court or court[-1] == ","):
                break
            tail.court = court
            tail.year = int(dated.group("year"))
        elif (
            tail.year is None
            and tail.court is None
            and not tail.parentheticals
            and resolve_court_id(body) is not None
        ):
            tail.court = body  # a court without a date: (9th Cir.)
        elif _is_explanatory(body):
            tail.parentheticals.append(body)
        else:
            break
        tail.end = m.end()
    return tail


def _is_explanatory(body: str) -> bool:
    """(Gorsuch, J., dissenting), (per curiam), (slip op., at 11): short, and holding
    no citation of its own (that one is found separately: "(quoting ...)")."""
    if len(body) > 150:
        return False
    if _DIGIT.search(body) is None:
        return True
    return _CITES_INSIDE.search(body) is None and core_regex().search(body) is None


def wordset(words: str) -> frozenset[str]:
    """The set of the space-separated words in ``words``."""
    return frozenset(words.split())


# --- case names --------------------------------------------------------------------

_CONNECTORS = wordset(
    "v. vs. v vs of the and & for de del della la le du von van der den ex rel. re parte et "
    "al. on to a an by in ex. y e"
)
_SUFFIXES = wordset(
    "Inc. Inc Co. Corp. Ltd. L.L.C. LLC L.P. LP LLP L.L.P. N.A. P.C. P.A. S.A. PLC Jr. Sr. "
    "et al. Ltd Co"
)
_LEADING = wordset(
    "See see Cf. cf. But but Accord accord Compare compare In Under under After Also also "
    "E.g., e.g., E.g. e.g. And As Because Since Following Like Unlike Citing citing Quoting "
    "quoting While When Although Thus Here Moreover Indeed However Applying Per Contra Then "
    "Neither Nor Or Whether With Without Before Both Either Until Unless If Where Yet So "
    "Justice Judge Chief JUSTICE"
)
_ABBREVIATIONS = wordset(
    "Indus. Admin. Envtl. Assocs. Servs. Mgmt. Prods. Transp. Comm'n Comm'rs Bhd. Hosp. "
    "Found. Univ. Educ. Cmty. Auth. Dep't Gov't Nat'l Int'l Ass'n Sys. Elecs. Commc'ns "
    "Pharms. Techs. Bros. Corp. Ins. Fin. Dist. Cnty. Twp. Equip. Chem. Constr. Sec. Sav. "
    "Mfg. Tel. Tex. Cal. Fla. Mass. Wash. Mich. Minn. Miss. Penn. Conn. Okla. Ariz. Colo. "
    "Tenn. Wis. Wyo. Neb. Nev. Ore. Wash. Ill. Ind. Ala. Ark. Kan. Del. Md. Va. Pa."
)
_NAME_STARTS = ("In re ", "Ex parte ", "Matter of ", "In the Matter of ", "Estate of ")
_TOKEN = re.compile(r"\S+")


def _sentence_end(token: str) -> bool:
    if token[-1] in ';:!?)]\u201d"':
        return True
    if token.endswith("."):
        word = token[:-1]
        if word and word[-1] in ')]"\u201d\u2019':
            return True
        if token in _ABBREVIATIONS or token in _CONNECTORS or token in _SUFFIXES:
            return False
        return word.isdigit() or (len(word) >= 5 and word.isalpha())
    return False


def _name_ok(token: str) -> bool:
    head = token.lstrip("(\u201c\"'\u2018")
    if not head:
        return False
    return head[0].isupper() or head[0].isdigit() or token in _CONNECTORS or head[0] in "&$'"


def _tokens_before(text: str, end: int, start: int) -> Iterator[tuple[int, str]]:
    """The whitespace-separated tokens of ``text[start:end]``, last first, with offsets.

    Lazy, so reading a name costs only the tokens it takes.  A token touching
    ``start`` may be the tail of a longer word and is left out.
    """
    backwards = text[start:end][::-1]
    for m in _TOKEN.finditer(backwards):
        at = end - m.end()
        if at == start and start > 0:
            return
        yield at, m.group()[::-1]


def case_name_before(text: str, pos: int, *, short: bool = False) -> tuple[int, str] | None:
    """The case name ending at ``text[:pos]`` (which must end with a comma), and its start.

    Full citations need a name with ``v.`` or one starting ``In re``/``Ex parte``; for
    short forms (``Smith, 598 U.S. at 180``, ``Smith, supra``) one to four capitalized
    words will do, or a name with ``v.``.
    """
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0 or text[i - 1] != ",":
        return None
    end = i - 1
    kept: list[tuple[int, str, int]] = []  # (start, token, end) of each word, last first
    tail: str | None = None  # the lower-case end of a word pdftotext broke across lines
    tail_end = 0
    for at, token in _tokens_before(text, end, max(0, end - (80 if short else 200))):
        if len(kept) >= (10 if short else 18):
            break
        if tail is not None:
            if not token[0].isupper():
                break
            if token[-1] in "-\u00ad":
                token, tail = token + "\n" + tail, None  # clean() joins Concep-|tion
            elif token[-1].isalpha():
                token, tail = token + tail, None
            else:
                break
            token_end = tail_end
        else:
            token_end = at + len(token)
        # a comma inside a name only before Inc., Co., et al.
        if token.endswith(",") and (
            not kept or (kept[-1][1].rstrip(",") not in _SUFFIXES and kept[-1][1] != "et")
        ):
            break
        base = token.rstrip(",")
        if (
            base.isalpha()
            and base.islower()
            and base not in _CONNECTORS
            and at
            and text[at - 1] == "\n"
        ):
            tail, tail_end = base, at + len(token)  # Scar|borough: join it to the word before
            continue
        if not base or _sentence_end(base) or not _name_ok(base):
            break
        if token.startswith(("(", "\u201c", '"')):
            kept.append((at + 1, token[1:], token_end))
            break
        kept.append((at, token, token_end))
    kept.reverse()
    while kept and (kept[0][1] in _LEADING or kept[0][1] in _CONNECTORS or kept[0][1].isdigit()):
        if kept[0][1] == "In" and len(kept) > 1 and kept[1][1] == "re":
            break
        kept = kept[1:]
    if not kept:
        return None
    # the words with the space between them as printed, so that clean() can join a
    # word hyphenated across a line break
    name = clean(
        "".join(
            t + (text[e : kept[k + 1][0]] if k + 1 < len(kept) else "")
            for k, (_, t, e) in enumerate(kept)
        )
    )
    words = name.split()
    if short:
        versus = "v." in words or "vs." in words
        if len(words) > (10 if versus else 4) or not name[0].isupper():
            return None
    else:
        versus = "v." in words or "vs." in words
        if versus:
            if words[0] in ("v.", "vs.") or words[-1] in ("v.", "vs."):
                return None
        elif not name.startswith(_NAME_STARTS):
            return None
    return kept[0][0], name


# --- parsing one citation ----------------------------------------------------------

_ID = re.compile(rf"\s*(?:Id|id|Ibid|ibid)\.(?:(?:,\s*|\s+)at\s+(?P<pin>{PIN}))?\s*", re.S)
_SUPRA = re.compile(
    rf"\s*(?P<name>[^,]+?),\s*supra(?:,?\s+at\s+(?P<pin>{PIN}))?(?:\s*,\s*)?\s*", re.S
)


def court_id(court: str | None, reporter: str | None) -> str | None:
    """The courts-db id for the court of a parenthetical, or for a Supreme Court reporter."""
    if court:
        return resolve_court_id(court)
    if reporter in _SCOTUS_REPORTERS:
        return "scotus"
    return None


@functools.cache
def resolve_court_id(court: str) -> str | None:
    """The court resolver's id for ``court`` (``S.D. Tex.`` -> ``txsd``), None if unknown."""
    try:
        resolver = importlib.import_module("casekit.citations.courts")
    except ImportError:  # pragma: no cover - the resolver ships with casekit
        return None
    try:
        found = resolver.resolve_court(court)
    except CaseKitError:
        return None
    except Exception:  # a bug elsewhere must not break citation reading
        return None
    return found.id if isinstance(getattr(found, "id", None), str) else None


def parse_case_citation(text: str) -> CaseCitation:
    """Parse one case citation: full (with name, pin cite, parentheticals) or short form.

    Raises :class:`casekit.InvalidCitation` (``position`` marks where it went wrong).

    >>> parse_case_citation("143 S.Ct. 478, 479 (2022) (Gorsuch, J., dissenting)").parenthetical
    'Gorsuch, J., dissenting'
    >>> str(parse_case_citation("598 U. S., at 180"))
    '598 U.S. at 180'
    """
    if not isinstance(text, str):
        raise InvalidCitation(f"expected a string, got {type(text).__name__}", input=repr(text))
    m = _ID.fullmatch(text)
    if m:
        pin = m.group("pin")
        return CaseCitation(form=CitationForm.ID, pin_cite=clean_pin(pin) if pin else None)
    m = _SUPRA.fullmatch(text)
    if m:
        pin = m.group("pin")
        return CaseCitation(
            form=CitationForm.SUPRA,
            case_name=clean(m.group("name")),
            pin_cite=clean_pin(pin) if pin else None,
        )
    core = core_regex().search(text)
    if core is None:
        raise _no_core(text)
    prefix = text[: core.start()]
    name = None
    if prefix.strip():
        stripped = prefix.rstrip()
        if not stripped.endswith(","):
            raise InvalidCitation(
                "expected ', ' between the case name and the volume",
                input=text,
                position=len(stripped),
            )
        name = clean(stripped[:-1])
        if not name:
            raise InvalidCitation("empty case name", input=text, position=0)
    volume = core.group("volume")
    reporter = canonical_reporter(core.group("reporter"))
    if core.group("at") is not None:
        pins, end = read_pins(text, core.end())
        pin = ", ".join([clean_pin(core.group("atpin")), *map(clean_pin, pins)])
        cite = CaseCitation(
            form=CitationForm.SHORT,
            volume=volume,
            reporter=reporter,
            pin_cite=pin,
            case_name=name,
        )
        tail = read_tail(text, end, pins=False)
        if tail.end != len(text.rstrip()) or tail.year or tail.court:
            raise _trailing(text, tail.end)
        if tail.parentheticals:
            cite = attrs.evolve(cite, parenthetical=") (".join(tail.parentheticals))
        return cite
    tail = read_tail(text, core.end())
    if tail.end != len(text.rstrip()):
        raise _trailing(text, tail.end)
    return CaseCitation(
        volume=volume,
        reporter=reporter,
        page=clean_page(core.group("page")),
        pin_cite=tail.pin,
        court=tail.court,
        court_id=court_id(tail.court, reporter),
        year=tail.year,
        case_name=name,
        parenthetical=") (".join(tail.parentheticals) or None,
    )


def _trailing(text: str, pos: int) -> InvalidCitation:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return InvalidCitation(
        "unexpected text after the citation (expected a pin cite or a parenthetical)",
        input=text,
        position=pos,
    )


_VOLUME_REPORTER = re.compile(r"(?<![\w.])(\d{1,4})\s+(?=\S)")


def _no_core(text: str) -> InvalidCitation:
    """The most helpful error for text with no ``volume reporter page`` in it."""
    if not text.strip():
        return InvalidCitation("empty citation", input=text, position=0)
    m = _VOLUME_REPORTER.search(text)
    if m is None:
        pos = len(text) - len(text.lstrip())
        return InvalidCitation("expected a volume number", input=text, position=pos)
    rest = re.compile(reporter_pattern()).match(text, m.end())
    if rest is None:
        word = text[m.end() :].split(None, 1)[0] if text[m.end() :].strip() else ""
        return InvalidCitation(
            f"unknown reporter {word!r} after volume {m.group(1)}", input=text, position=m.end()
        )
    return InvalidCitation(
        "expected a page number or 'at' and a pin cite after the reporter",
        input=text,
        position=rest.end() + (len(text[rest.end() :]) - len(text[rest.end() :].lstrip())),
    )

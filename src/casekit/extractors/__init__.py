"""Extractors: fill an :class:`~casekit.Extraction` from a :class:`~casekit.Document`.

:func:`extract` reads one news report and returns the typed model: the case (caption,
docket numbers, court, parties, rulings), the statutes and case citations it cites,
its docket numbers and its quotations.  Every fact carries provenance pointing at the
text it was read from.  It never raises on any text.

>>> import datetime as dt
>>> from casekit import Document, extract
>>> doc = Document(id="r1", published=dt.date(2025, 5, 13), text=(
...     "A federal judge on Monday blocked the rule. U.S. District Judge Ana Ruiz granted "
...     "a preliminary injunction sought by the Acme Tenants Union."))
>>> ruling = extract(doc).case.rulings[0]
>>> ruling.judge.name, ruling.outcome.value, ruling.relief, str(ruling.decided)
('Ana Ruiz', 'granted', 'preliminary injunction', '2025-05-12')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from casekit.extractors._keyed import search_keyed
from casekit.extractors._text import TextView
from casekit.extractors.caption import find_captions, main_caption
from casekit.extractors.dates import anchor_date
from casekit.extractors.parties import find_parties
from casekit.extractors.ruling import CourtMention, JudgeMention, find_rulings
from casekit.model.case import Case
from casekit.model.case_citation import CaseCitation, DocketNumber
from casekit.model.court import Court, CourtLevel
from casekit.model.document import Document
from casekit.model.extraction import Extraction
from casekit.model.party import Party, PartyKind, PartyRole
from casekit.model.quote import Quote
from casekit.model.ruling import Ruling
from casekit.model.span import Provenance
from casekit.model.statute import StatuteCitation

__all__ = ["extract"]

T = TypeVar("T")


def _guarded(warnings: list[str], what: str, default: T, call: Callable[[], T]) -> T:
    """``call()``, or ``default`` with a warning if a collaborating module fails."""
    try:
        return call()
    except Exception as e:  # another module's bug must not stop extraction
        warnings.append(f"{what} failed: {type(e).__name__}: {e}")
        return default


def _citations(document: Document) -> list[object]:
    from casekit.citations.find import find_citations

    return list(find_citations(document))


def _courts(text: str) -> list[CourtMention]:
    from casekit.citations.courts import find_courts

    return [CourtMention(c, span.start, span.end) for c, span in find_courts(text)]


def _quotes(document: Document, judge: str | None, people: Any) -> tuple[Quote, ...]:
    from casekit.extractors.quotes import extract_quotes

    return tuple(extract_quotes(document, judge=judge, people=people))


def _people(text: str) -> Any:
    from casekit.extractors.people import People

    return People(text)


def _judges(people: Any) -> list[JudgeMention]:
    """The judges ``people`` found, by start: each mention with a judge's title, under the
    fullest name of that judge, and each untitled mention of the same surname."""
    if people is None:
        return []
    out: list[JudgeMention] = []
    names: dict[str, str] = {}
    mentions = people.mentions
    for m in mentions:
        if m.title is not None and m.is_judge:
            full = people.fullest(m.name)
            names[m.surname] = full
            out.append(JudgeMention(full, m.title, m.start, m.end))
    if not names:
        return out
    titles = {j.name: j.title for j in out}
    for m in mentions:
        if m.title is not None:  # a judge's title, or no judge's
            continue
        for surname in names:  # a word of the name, so tested first as a substring
            if surname in m.name:
                full = names.get(m.surname)
                if full is not None:
                    out.append(JudgeMention(full, titles.get(full), m.start, m.end))
                break
    out.sort(key=lambda j: j.start)
    return out


def _merge_statutes(found: list[StatuteCitation]) -> tuple[StatuteCitation, ...]:
    """One record per provision, first mention first, with the provenance of every mention."""
    merged: dict[StatuteCitation, list[StatuteCitation]] = {}
    for s in found:
        same = merged.get(s)
        if same is None:
            merged[s] = [s]
        else:
            same.append(s)
    return tuple(
        same[0]
        if len(same) == 1
        else attrs.evolve(same[0], provenance=sum((s.provenance for s in same), ()))
        for same in merged.values()
    )


def extract(document: Document) -> Extraction:
    """Everything ``document`` says about its case, as an :class:`~casekit.Extraction`."""
    text = document.text
    warnings: list[str] = []
    people = _guarded(warnings, "people", None, lambda: _people(text))
    no_courts: list[CourtMention] = []
    courts = _guarded(warnings, "courts", no_courts, lambda: _courts(text))
    no_citations: list[object] = []
    citations = _guarded(warnings, "citations", no_citations, lambda: _citations(document))
    statutes = _merge_statutes([c for c in citations if isinstance(c, StatuteCitation)])
    cases = tuple(c for c in citations if isinstance(c, CaseCitation))
    dockets = tuple(c for c in citations if isinstance(c, DocketNumber))
    case = _case_of(document, people, courts, dockets)
    main = case.rulings[0] if case.rulings else None
    judge = main.judge.name if main is not None and main.judge is not None else None
    no_quotes: tuple[Quote, ...] = ()
    quotes = _guarded(warnings, "quotes", no_quotes, lambda: _quotes(document, judge, people))
    return Extraction(
        document=document,
        case=case,
        statutes=statutes,
        citations=cases,
        dockets=dockets,
        quotes=quotes,
        warnings=tuple(warnings),
    )


def _case_of(
    document: Document,
    people: Any,
    courts: Sequence[CourtMention],
    dockets: Sequence[DocketNumber],
) -> Case:
    """The case ``document`` reports on (caption, docket numbers, court, parties, rulings),
    given what the people, court and citation finders found in it (this module's own
    rules; :func:`extract` runs them all)."""
    text = document.text
    view = TextView(text)
    anchor = anchor_date(text, document.published)
    judges = _judges(people)
    rulings = find_rulings(
        text, document.id, view=view, judges=judges, courts=courts, anchor=anchor
    )
    main = rulings[0] if rulings else None
    court: Court | None = main.court if main is not None else None

    captions = find_captions(text)
    caption = main_caption(text, captions)
    roles = _caption_roles(text, court, caption.first if caption is not None else "")
    fullest = people.fullest if people is not None else None
    parties = find_parties(
        text, document.id, view=view, caption=caption, caption_roles=roles, fullest=fullest
    )
    parties = _appeal_roles(text, court, main, parties)
    return Case(
        caption=caption.name if caption is not None else None,
        docket_numbers=_case_dockets(text, caption, dockets),
        court=court,
        parties=parties,
        rulings=rulings,
        provenance=(
            (Provenance.of(document.id, text, caption.start, caption.end),)
            if caption is not None
            else ()
        ),
    )


_GOVERNMENT_FIRST = re.compile(
    r"(?:United\s+States(?:\s+of\s+America)?|People(?:\s+of\s+.+)?|State(?:\s+of\s+.+)?"
    r"|Commonwealth(?:\s+of\s+.+)?|U\.S\.)"
)
_CRIMINAL = re.compile(
    r"\b(?:convict\w*|prosecut\w*|indict\w*|sentenced|guilty|murder|charged\s+with|defendant)\b"
)
_CRIMINAL_STARTS = (
    "convict",
    "prosecut",
    "indict",
    "sentenced",
    "guilty",
    "murder",
    "charged",
    "defendant",
)
_PETITION_FOR_REVIEW = re.compile(
    r"\bpetition(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:for|to)\s+review\b|\b[Pp]etitioners\b"
)
_PETITION_STARTS = ("petition", "Petition")


def _caption_roles(text: str, court: Court | None, first: str) -> tuple[PartyRole, PartyRole]:
    """The roles of the two sides of a caption, by the court that decided: petitioner and
    respondent at the U.S. Supreme Court and on petitions for review; appellee and
    appellant in an appeal of a prosecution ("United States v. X", "People v. X");
    plaintiff and defendant otherwise."""
    level = court.level if court is not None else None
    if court is not None and court.id == "scotus":
        return PartyRole.PETITIONER, PartyRole.RESPONDENT
    if level is CourtLevel.APPELLATE and search_keyed(_PETITION_FOR_REVIEW, _PETITION_STARTS, text):
        return PartyRole.PETITIONER, PartyRole.RESPONDENT
    if (
        level in (CourtLevel.APPELLATE, CourtLevel.SUPREME)
        and _GOVERNMENT_FIRST.fullmatch(first)
        and search_keyed(_CRIMINAL, _CRIMINAL_STARTS, text)
    ):
        return PartyRole.APPELLEE, PartyRole.APPELLANT
    return PartyRole.PLAINTIFF, PartyRole.DEFENDANT


_PETITION_KIND = re.compile(
    r"\bhabeas\b|\bspecial\s+action\b|\bpetition(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:for|to)\s+review\b",
    re.IGNORECASE,
)
_PETITION_KIND_STARTS = ("habeas", "special", "petition")
_GOVERNMENT_APPEALED = re.compile(
    r"\b(?:[Tt]he\s+(?:state|government|city|county|commonwealth|people|district\s+attorney"
    r"|administration|agency|Justice\s+Department)"
    r"|[Pp]rosecutors|[Tt]he\s+(?:[A-Z]\w+\s+)?(?:attorney\s+general['’]s\s+office|"
    r"[Aa]ttorney\s+[Gg]eneral))\s+(?:\w+\s+)?appealed\b"
)
_SOVEREIGN = re.compile(r"(?:State|People|Commonwealth|United\s+States|Government)\b")
_SIDES = (PartyRole.PLAINTIFF, PartyRole.DEFENDANT, PartyRole.APPELLANT, PartyRole.APPELLEE)


def _appeal_roles(
    text: str, court: Court | None, main: Ruling | None, parties: tuple[Party, ...]
) -> tuple[Party, ...]:
    """Roles on review: petitioner and respondent for habeas petitions, special actions and
    petitions for review; appellant and appellee when the text says who appealed."""
    if not parties:
        return parties
    level = court.level if court is not None else None
    review = level in (CourtLevel.APPELLATE, CourtLevel.SUPREME)
    relief = main.relief if main is not None else None
    # the proceeding the lede names
    petition = search_keyed(_PETITION_KIND, _PETITION_KIND_STARTS, text[:1200])
    if relief in ("habeas petition", "special action", "petition for review") or (
        petition and (review or not petition.group().casefold().startswith("petition"))
    ):
        rename = {
            PartyRole.PLAINTIFF: PartyRole.PETITIONER,
            PartyRole.APPELLANT: PartyRole.PETITIONER,
            PartyRole.DEFENDANT: PartyRole.RESPONDENT,
            PartyRole.APPELLEE: PartyRole.RESPONDENT,
        }
        return tuple(
            attrs.evolve(p, role=rename[p.role]) if p.role in rename else p for p in parties
        )
    if court is not None and court.id == "scotus":  # who appealed petitions there
        return tuple(
            attrs.evolve(p, role=PartyRole.PETITIONER) if p.role is PartyRole.APPELLANT else p
            for p in parties
        )
    if not review:
        return parties
    appellants = {p.name for p in parties if p.role is PartyRole.APPELLANT}
    appellants |= {p.name for p in parties if _appealed(text, p)}
    if "appealed" in text and _GOVERNMENT_APPEALED.search(text):
        appellants = {
            p.name for p in parties if p.kind is PartyKind.GOVERNMENT or _SOVEREIGN.match(p.name)
        } or appellants
    if not appellants:
        return parties
    return tuple(
        attrs.evolve(p, role=PartyRole.APPELLANT if p.name in appellants else PartyRole.APPELLEE)
        if p.role in _SIDES
        else p
        for p in parties
    )


# What follows a party said to have appealed: "Ana Ruiz, 27, appealed", "Acme appealed",
# "Acme asked the appeals court to overturn ...", "Acme challenged the ruling".
_APPEALED_AFTER = re.compile(
    r"(?:['’]s\s+lawyers)?(?:,\s+[^,.;]{1,40},|,)?\s+(?:(?:had|then|later|quickly|also)\s+)?"
    r"(?:appealed\b"
    r"|(?:asked|urged|petitioned)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:court|panel|justices"
    r"|judges)\s+to\s+(?:overturn|reverse|revive|reinstate|vacate|throw\s+out|set\s+aside"
    r"|undo|toss)\b"
    r"|challenged\s+(?:the|a|that|this|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:ruling"
    r"|decision|verdict|conviction|judgment|dismissal|order|sentence)\b"
    r"|sought\s+review\b)"
)
_APPEAL_OF = re.compile(r"['’]s\s+appeal\b(?!s)")  # "On Ruiz's appeal, the panel ..."
_BOUNDARY = re.compile(r"\b")
_NAME_HEADS = frozenset(
    """cooperative alliance association union coalition council district city county town
    township village company corporation board commission department agency bureau office
    service authority church school university hospital foundation league state
    commonwealth corps""".split()
)


def _appealed(text: str, party: Party) -> bool:
    """True when the text says ``party`` appealed ("Ana Ruiz, 27, appealed", "Acme
    appealed", "the cooperative asked the appeals court to overturn ...", "On Ruiz's
    appeal, ..."): its surname (a person's), name or head noun ("the union" for a union), at a
    word boundary, then :data:`_APPEALED_AFTER`."""
    words = party.name.split()
    if not words or party.role not in _SIDES:
        return False
    if party.kind is PartyKind.PERSON:
        keys = [words[-1], f"{words[-1]}s", f"{words[-1]}es"]  # "the Whitlows appealed"
    else:
        keys = [party.name]
        head = _head_noun(words)
        if head is not None:
            keys += [f"the {head}", f"The {head}"]
        if _described_appealed(text, words[-1]):
            return True
    for key in keys:
        i = text.find(key)
        while i >= 0:
            if _BOUNDARY.match(text, i) and (
                _APPEALED_AFTER.match(text, i + len(key))
                or (
                    text[max(0, i - 3) : i] in ("on ", "On ")
                    and _APPEAL_OF.match(text, i + len(key))
                )
            ):
                return True
            i = text.find(key, i + 1)
    return False


# "the consumer counsel then appealed": "the", a word or none, then the name's last word
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w'’-]*\s+)?$")


def _described_appealed(text: str, last: str) -> bool:
    """True when the text says the body whose name ends in ``last`` ("Counsel") appealed,
    naming it by that word in lower case ("The consumer counsel then appealed")."""
    word = last.rstrip("'’").casefold()
    if not word.isalpha() or len(word) < 4:
        return False
    i = text.find(f" {word}")
    while i >= 0:
        end = i + 1 + len(word)
        if _THE_BEFORE.search(text, max(0, i - 25), i + 1) and _APPEALED_AFTER.match(text, end):
            return True
        i = text.find(f" {word}", end)
    return False


def _head_noun(words: list[str]) -> str | None:
    """The lower-case head noun of an organization's name ("cooperative" for "Upper
    Arkansas Ranchers Cooperative", "city" for "City of Fresno"), if it is a common one."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    low = head.casefold()
    return low if low in _NAME_HEADS else None


def _case_dockets(text: str, caption: Any, dockets: Sequence[DocketNumber]) -> tuple[str, ...]:
    """The docket numbers of the case: those printed with its caption, else the first."""
    if caption is not None and not dockets:
        spaced = _SPACED_DOCKET.match(text, caption.end, caption.end + 60)
        return (spaced.group(1),) if spaced is not None else ()
    if not dockets:
        return ()
    if caption is not None:
        near = [
            d.number
            for d in dockets
            if d.provenance and 0 <= d.provenance[0].span.start - caption.end <= 40
        ]
        if near:
            return tuple(near)
        spaced = _SPACED_DOCKET.match(text, caption.end, caption.end + 60)
        if spaced is not None:
            return (spaced.group(1),)
    return (dockets[0].number,)


# "State v. Ruiz, No. CA 29871": a docket of letters, a space and digits, printed right
# after the caption (a form the docket finder leaves alone elsewhere)
_SPACED_DOCKET = re.compile(r",?\s+\(?(?:Case\s+|Docket\s+)?No\.\s+([A-Z]{1,4}\s\d{3,}(?:-\d+)*)\b")

"""Consolidating many extractions about one case into case files.

:func:`merge` groups extractions by the case they describe and merges each group into a
:class:`~casekit.CaseFile`: every fact once, with every document and span that supports
it, and the places where documents disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from casekit.merging.facts import Ballot, relief_compatible
from casekit.merging.fold import fold_words
from casekit.merging.group import docket_key, group_extractions
from casekit.merging.names import NameClusters
from casekit.merging.quotes import merge_quotes
from casekit.model.case import Case
from casekit.model.casefile import CaseFile, Conflict, Fact
from casekit.model.court import Court
from casekit.model.dates import PartialDate
from casekit.model.document import text_id
from casekit.model.extraction import Extraction
from casekit.model.party import Judge, Party
from casekit.model.ruling import Outcome, Ruling
from casekit.model.span import Provenance
from casekit.model.statute import StatuteCitation

__all__ = ["merge"]

FIELDS = ("caption", "docket", "court", "judge", "decided", "outcome", "relief")


def merge(extractions: Iterable[Extraction]) -> list[CaseFile]:
    """Group ``extractions`` by case and merge each group into one :class:`CaseFile`.

    Case files come in the order of their first document.

    >>> import casekit
    >>> def report(doc_id, text, judge):
    ...     ruling = casekit.Ruling(judges=(casekit.Judge(name=judge),),
    ...                             outcome=casekit.Outcome.DENIED)
    ...     return casekit.Extraction(document=casekit.Document(id=doc_id, text=text),
    ...                               case=casekit.Case(rulings=(ruling,)))
    >>> files = casekit.merge([report("a", "...", "Ana Ruiz"), report("b", "...", "Ruiz")])
    >>> [(f.documents, f.case.rulings[0].judge.name) for f in files]
    [(('a', 'b'), 'Ana Ruiz')]
    """
    items = list(extractions)
    return [_merge_group([items[i] for i in group]) for group in group_extractions(items)]


def _merge_group(group: Sequence[Extraction]) -> CaseFile:
    names = NameClusters(_names_in(group))
    ballots = {
        "caption": Ballot(
            "caption",
            lambda v: " ".join(fold_words(v.replace(" vs. ", " v. "))),
            corroboration=_caption_corroboration([e.document.text for e in group]),
        ),
        "docket": Ballot("docket", docket_key),
        "court": Ballot("court", str.casefold),
        "judge": Ballot("judge", names.canonical, display=lambda p: names.canonical(p[0])),
        "decided": Ballot("decided", str),
        "outcome": Ballot("outcome", str),
        "relief": Ballot(
            "relief",
            absorb=relief_compatible,
            display=lambda p: max(p, key=lambda v: (len(v.split()), p.count(v))),
        ),
    }
    courts: dict[str, Court] = {}
    titles: dict[str, str] = {}
    for extraction in group:
        _vote(extraction, ballots, courts)
        for ruling in extraction.case.rulings[:1]:
            if ruling.judge is not None and ruling.judge.title:
                titles.setdefault(names.canonical(ruling.judge.name), ruling.judge.title)
    _anchor_relative_dates(group, ballots["decided"])
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    kept: dict[str, Fact | None] = {}
    for name in FIELDS:
        field_facts = ballots[name].facts()
        facts.extend(field_facts)
        kept[name] = field_facts[0] if field_facts else None
        conflict = ballots[name].conflict(field_facts)
        if conflict is not None:
            conflicts.append(conflict)
    documents = tuple(e.document.id for e in group)
    case = Case(
        caption=_value(kept["caption"]),
        docket_numbers=tuple(f.value for f in facts if f.field == "docket"),
        court=courts.get(_value(kept["court"]) or ""),
        parties=_merge_parties(group, names),
        rulings=_rulings(group, kept, courts, titles),
        provenance=kept["caption"].provenance if kept["caption"] else (),
    )
    return CaseFile(
        id="casefile:" + text_id("\n".join(documents))[len("sha1:") :],
        documents=documents,
        case=case,
        facts=tuple(facts),
        statutes=_merge_statutes(group),
        quotes=merge_quotes([q for e in group for q in e.quotes], names),
        conflicts=tuple(conflicts),
    )


_SIDES = re.compile(r"\s+vs?\.?\s+")


def _caption_corroboration(texts: Sequence[str]) -> Callable[[str], int]:
    """How many texts name both sides of a caption (by each side's last word).

    A caption that is the case itself is borne out by the other reports; a case a report
    merely cites ("the court relied on Smith v. Jones") is not.
    """
    folded = [text.casefold() for text in texts]

    def corroboration(caption: str) -> int:
        keys = [words[-1] for side in _SIDES.split(caption) if (words := fold_words(side))]
        return sum(all(k in text for k in keys) for text in folded) if keys else 0

    return corroboration


def _names_in(group: Sequence[Extraction]) -> list[str]:
    names: list[str] = []
    for e in group:
        names += [p.name for p in e.case.parties]
        names += [j.name for r in e.case.rulings for j in r.judges]
        names += [q.speaker.name for q in e.quotes if q.speaker and q.speaker.name]
    return names


def _vote(
    extraction: Extraction,
    ballots: dict[str, Ballot],
    courts: dict[str, Court],
) -> None:
    doc = extraction.document.id
    case = extraction.case
    ballots["caption"].vote(case.caption, doc, case.provenance)
    for number in dict.fromkeys([*case.docket_numbers, *(d.number for d in extraction.dockets)]):
        ballots["docket"].vote(number, doc, ())
    ruling = case.rulings[0] if case.rulings else None
    court = (ruling.court if ruling else None) or case.court
    if court is not None:
        courts.setdefault(court.id.casefold(), court)
        ballots["court"].vote(court.id, doc, ruling.provenance if ruling else ())
    if ruling is None:
        return
    if ruling.judge is not None:
        ballots["judge"].vote(ruling.judge.name, doc, ruling.judge.provenance)
    where = ruling.provenance
    ballots["decided"].vote(str(ruling.decided) if ruling.decided else None, doc, where)
    ballots["outcome"].vote(ruling.outcome.value if ruling.outcome else None, doc, where)
    ballots["relief"].vote(ruling.relief, doc, where)


def _anchor_relative_dates(group: Sequence[Extraction], decided: Ballot) -> None:
    """Date the reports that say only "on Monday" by the date another report resolved.

    When the best-supported decision date falls on a weekday that an undated report
    names in its ruling sentence, that report states the same day.
    """
    from casekit.extractors.dates import find_dates

    best = decided.facts()[:1]
    date = PartialDate.parse(best[0].value).to_date() if best else None
    if date is None:
        return
    for extraction in group:
        ruling = extraction.case.rulings[0] if extraction.case.rulings else None
        if ruling is None or ruling.decided is not None:
            continue
        text, doc = extraction.document.text, extraction.document.id
        for where in ruling.provenance:
            if where.document != doc or where.span.end > len(text):
                continue
            named = [
                m
                for m in find_dates(text, where.span.start, where.span.end)
                if m.weekday == date.weekday() and m.year is None and m.month is None
            ]
            if named:
                found = Provenance.of(doc, text, named[0].start, named[0].end)
                decided.vote(best[0].value, doc, (found,))
                break


def _value(fact: Fact | None) -> str | None:
    return fact.value if fact else None


def _rulings(
    group: Sequence[Extraction],
    kept: dict[str, Fact | None],
    courts: dict[str, Court],
    titles: dict[str, str],
) -> tuple[Ruling, ...]:
    judge = kept["judge"]
    decided, outcome = kept["decided"], kept["outcome"]
    main = Ruling(
        court=courts.get((_value(kept["court"]) or "").casefold()),
        judges=(
            Judge(name=judge.value, title=titles.get(judge.value), provenance=judge.provenance),
        )
        if judge
        else (),
        decided=PartialDate.parse(decided.value) if decided else None,
        outcome=Outcome(outcome.value) if outcome else None,
        relief=_value(kept["relief"]),
        provenance=tuple(
            dict.fromkeys(p for e in group for r in e.case.rulings[:1] for p in r.provenance)
        ),
    )
    if all(v is None for v in kept.values()) and not any(e.case.rulings for e in group):
        return ()
    # Later rulings (an earlier order, the decision below) that differ from the main one.
    others: dict[tuple[str | None, str | None], Ruling] = {}
    for e in group:
        for r in e.case.rulings[1:]:
            key = (r.outcome.value if r.outcome else None, r.relief)
            if key != (main.outcome.value if main.outcome else None, main.relief):
                others.setdefault(key, r)
    return (main, *others.values())


def _merge_parties(group: Sequence[Extraction], names: NameClusters) -> tuple[Party, ...]:
    merged: dict[str, list[Party]] = {}
    for e in group:
        for party in e.case.parties:
            merged.setdefault(names.canonical(party.name), []).append(party)
    parties = []
    for name, mentions in merged.items():
        roles = [p.role for p in mentions if p.role is not None]
        kinds = [p.kind for p in mentions if p.kind is not None]
        aliases = dict.fromkeys(a for p in mentions for a in (p.name, *p.aliases) if a != name)
        parties.append(
            Party(
                name=name,
                role=max(roles, key=roles.count) if roles else None,
                kind=kinds[0] if kinds else None,
                aliases=tuple(aliases),
                provenance=tuple(p for m in mentions for p in m.provenance),
            )
        )
    return tuple(parties)


def _merge_statutes(group: Sequence[Extraction]) -> tuple[StatuteCitation, ...]:
    merged: dict[StatuteCitation, list[StatuteCitation]] = {}
    for e in group:
        for statute in e.statutes:
            merged.setdefault(statute, []).append(statute)
    out = []
    for first, mentions in merged.items():
        provenance = tuple(p for m in mentions for p in m.provenance)
        out.append(attrs.evolve(first, provenance=provenance))
    return tuple(out)

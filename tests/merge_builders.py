"""Build extractions by hand for the merge tests: facts located in real-looking text."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

import casekit as ck


def _at(doc_id: str, text: str, phrase: str) -> tuple[ck.Provenance, ...]:
    start = text.find(phrase)
    if start < 0:
        return ()
    return (ck.Provenance.of(doc_id, text, start, start + len(phrase)),)


def report(
    doc_id: str,
    text: str,
    *,
    caption: str | None = None,
    docket: str | None = None,
    court: str | None = None,
    judge: str | None = None,
    decided: str | None = None,
    outcome: ck.Outcome | None = None,
    relief: str | None = None,
    parties: Sequence[tuple[str, ck.PartyRole]] = (),
    quotes: Sequence[tuple[str, str]] = (),
    statutes: Sequence[ck.StatuteCitation] = (),
) -> ck.Extraction:
    """An extraction of ``text`` stating the given facts (each located in the text)."""
    court_record = ck.Court(id=court) if court else None
    ruling = ck.Ruling(
        court=court_record,
        judges=(ck.Judge(name=judge, provenance=_at(doc_id, text, judge)),) if judge else (),
        decided=ck.PartialDate.parse(decided) if decided else None,
        outcome=outcome,
        relief=relief,
        provenance=_at(doc_id, text, relief or "") if relief else (),
    )
    has_ruling = any((judge, decided, outcome, relief, court))
    case = ck.Case(
        caption=caption,
        docket_numbers=(docket,) if docket else (),
        court=court_record,
        parties=tuple(
            ck.Party(name=name, role=role, provenance=_at(doc_id, text, name))
            for name, role in parties
        ),
        rulings=(ruling,) if has_ruling else (),
        provenance=_at(doc_id, text, caption) if caption else (),
    )
    return ck.Extraction(
        document=ck.Document(id=doc_id, text=text),
        case=case,
        statutes=tuple(
            attrs.evolve(s, provenance=_at(doc_id, text, s.mention or str(s))) for s in statutes
        ),
        quotes=tuple(
            ck.Quote(
                text=q,
                speaker=ck.Speaker(name=s) if s[:1].isupper() else ck.Speaker(description=s),
                provenance=_at(doc_id, text, q),
            )
            for q, s in quotes
        ),
    )

"""A readable case brief in Markdown: the facts, parties, statutes, quotes and conflicts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from casekit.model.casefile import CaseFile, Fact
from casekit.model.quote import Quote

__all__ = ["brief"]

_LABELS = {
    "caption": "Case",
    "docket": "Docket",
    "court": "Court",
    "judge": "Judge",
    "decided": "Decided",
    "outcome": "Outcome",
    "relief": "Relief",
}


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def brief(case_file: CaseFile, *, sources: Mapping[str, str] | None = None) -> str:
    """The case file as a Markdown brief a journalist could read.

    ``sources`` maps document ids to the names to show for them (an outlet, a title);
    ids are shown otherwise.

    >>> import casekit
    >>> fact = casekit.Fact(field="outcome", value="denied", documents=("a.txt", "b.txt"))
    >>> print(brief(casekit.CaseFile(id="cf", documents=("a.txt", "b.txt"), facts=(fact,))))
    # Unnamed case
    <BLANKLINE>
    From 2 documents: a.txt, b.txt.
    <BLANKLINE>
    ## Facts
    <BLANKLINE>
    | | value | stated by |
    |---|---|---|
    | Outcome | denied | a.txt, b.txt |
    """
    names = dict(sources or {})

    def who(documents: Sequence[str]) -> str:
        return ", ".join(names.get(d, d) for d in documents)

    case = case_file.case
    lines = [f"# {case.caption or 'Unnamed case'}", ""]
    lines += [f"From {len(case_file.documents)} documents: {who(case_file.documents)}.", ""]
    if case_file.facts:
        lines += ["## Facts", "", "| | value | stated by |", "|---|---|---|"]
        for fact in case_file.facts:
            label = _LABELS.get(fact.field, fact.field)
            lines.append(f"| {label} | {_cell(_shown(fact, case_file))} | {who(fact.documents)} |")
    if case.parties:
        lines += ["", "## Parties", ""]
        for party in case.parties:
            role = party.role.value.capitalize() if party.role else "Party"
            also = f" (also: {', '.join(party.aliases)})" if party.aliases else ""
            docs = dict.fromkeys(p.document for p in party.provenance)
            stated = f" — {who(list(docs))}" if docs else ""
            lines.append(f"- **{role}:** {party.name}{also}{stated}")
    if case_file.statutes:
        lines += ["", "## Statutes", ""]
        for statute in case_file.statutes:
            mentions = dict.fromkeys(p.text for p in statute.provenance)
            docs = dict.fromkeys(p.document for p in statute.provenance)
            as_printed = "; ".join(f"“{m}”" for m in mentions if m != str(statute))
            detail = f" — as {as_printed}" if as_printed else ""
            stated = f" ({who(list(docs))})" if docs else ""
            lines.append(f"- {statute}{detail}{stated}")
    if case_file.quotes:
        lines += ["", "## Quotes", ""]
        for quote in case_file.quotes:
            lines += [*_quote(quote, who), ""]
        lines.pop()
    if case_file.conflicts:
        lines += ["", "## Where the documents disagree", ""]
        for conflict in case_file.conflicts:
            label = _LABELS.get(conflict.field, conflict.field).lower()
            sides = "; ".join(
                f"{_shown(v, case_file)} ({who(v.documents)})" for v in conflict.values
            )
            lines.append(f"- **{label}:** {sides} — kept: {_shown(conflict.values[0], case_file)}")
    return "\n".join(lines)


def _shown(fact: Fact, case_file: CaseFile) -> str:
    court = case_file.case.court
    if fact.field == "court" and court is not None and court.id == fact.value and court.name:
        return f"{court.name} ({court.id})"
    return fact.value


def _quote(quote: Quote, who: Callable[[Sequence[str]], str]) -> list[str]:
    speaker = quote.speaker.label if quote.speaker else "unattributed"
    docs = list(dict.fromkeys(p.document for p in quote.provenance))
    printed = f"; printed by {who(docs)}" if docs else ""
    return [f"> {_cell(quote.text)}", f"> — {speaker}{printed}"]

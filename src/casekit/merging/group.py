"""Grouping extractions by the case they describe (union-find over shared keys).

Two documents are about the same case when they share a *key*: the caption, a docket
number, the judge with the decision date, the judge with the outcome and relief, a
plaintiff/defendant pair, or an eight-word run of a quotation.  Keys are indexed in one
pass, so grouping costs time linear in the number of facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from casekit.merging.fold import fold_words, name_words
from casekit.model.extraction import Extraction
from casekit.model.party import PartyRole

__all__ = ["docket_key", "group_extractions", "keys_of"]

#: words in a row that two printings of one quotation share
SHINGLE = 8
_PLAINTIFF_SIDE = frozenset({PartyRole.PLAINTIFF, PartyRole.PETITIONER, PartyRole.APPELLANT})
_DEFENDANT_SIDE = frozenset({PartyRole.DEFENDANT, PartyRole.RESPONDENT, PartyRole.APPELLEE})
_DOCKET = re.compile(r"(?:\d+:)?(\d{2})[-\s]?(?:([a-z]{1,4})[-\s]?)?0*(\d+)", re.IGNORECASE)


def docket_key(number: str) -> str:
    """A docket number folded so that its printings compare equal.

    >>> docket_key("1:25-cv-00677-DLF") == docket_key("25-cv-677") == docket_key("No. 25-CV-0677")
    True
    """
    match = _DOCKET.search(number)
    if match:
        year, kind, serial = match.groups()
        return f"{year}-{(kind or '').lower()}-{int(serial)}"
    return " ".join(fold_words(number))


def _surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


def keys_of(extraction: Extraction) -> Iterator[tuple[str, ...]]:
    """The keys that tie ``extraction`` to other reports of its case."""
    case = extraction.case
    if case.caption:
        yield ("caption", " ".join(fold_words(case.caption.replace(" vs. ", " v. "))))
    for number in case.docket_numbers:
        yield ("docket", docket_key(number))
    for docket in extraction.dockets:
        yield ("docket", docket_key(docket.number))
    for ruling in case.rulings[:1]:
        judge = _surname(ruling.judge.name) if ruling.judge else ""
        if judge and ruling.decided:
            yield ("judge-date", judge, str(ruling.decided))
        if judge and ruling.outcome:
            relief = (ruling.relief or "").split()[-1:] or [""]
            yield ("judge-outcome", judge, ruling.outcome.value, relief[0])
    plaintiffs = [p for p in case.parties if p.role in _PLAINTIFF_SIDE][:3]
    defendants = [p for p in case.parties if p.role in _DEFENDANT_SIDE][:3]
    for p in plaintiffs:
        for d in defendants:
            yield ("parties", _surname(p.name), _surname(d.name))
    for quote in extraction.quotes:
        words = fold_words(quote.text, drop_brackets=True)
        for i in range(len(words) - SHINGLE + 1):
            yield ("quote", *words[i : i + SHINGLE])


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_extractions(extractions: Sequence[Extraction]) -> list[list[int]]:
    """Indexes of ``extractions`` grouped by case, groups in order of first appearance."""
    sets = _UnionFind(len(extractions))
    first_with: dict[tuple[str, ...], int] = {}
    for i, extraction in enumerate(extractions):
        for key in keys_of(extraction):
            j = first_with.setdefault(key, i)
            if j != i:
                sets.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(extractions)):
        groups.setdefault(sets.find(i), []).append(i)
    return list(groups.values())

"""Resolving short-form case citations to the full citations they refer to.

* ``598 U.S. at 180``: the latest full citation to volume 598 of U.S. (whose first
  page is not after the pin cite, when both are numbers);
* ``Id.``/``Ibid.``: the authority cited just before, if that was a case;
* ``Smith, supra``: the latest full citation whose case name contains ``Smith``.

>>> from casekit.model.case_citation import CaseCitation, CitationForm
>>> full = CaseCitation(volume="598", reporter="U.S.", page="175", case_name="Smith v. Jones")
>>> short = CaseCitation(form=CitationForm.SHORT, volume="598", reporter="U.S.", pin_cite="180")
>>> [c.antecedent for c in resolve_short_forms([full, short])]
[None, 0]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs

from casekit.model.case_citation import CaseCitation, CitationForm

__all__ = ["AUTHORITY", "SKIP", "antecedents", "resolve_short_forms"]

T = TypeVar("T")
_FIRST_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[\w'&]+")


def _number(text: str | None) -> int | None:
    m = _FIRST_NUMBER.match(text or "")
    return int(m.group()) if m else None


def _words(name: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(name)}


#: what the resolver needs to know of one citation: a case citation's fields, or
#: ``AUTHORITY`` (a statute: ``Id.`` after it repeats no case) or ``SKIP`` (a docket number)
Item = Mapping[str, Any] | str
AUTHORITY = "authority"
SKIP = "skip"
_FIELDS = ("form", "volume", "reporter", "page", "pin_cite", "case_name", "year")


def _first_parallel(items: Sequence[Item], j: int) -> int:
    """The first of the parallel citations (same case, same year) ending at ``j``."""
    c = items[j]
    assert not isinstance(c, str)
    while j > 0:
        p = items[j - 1]
        if not (
            not isinstance(p, str)
            and p.get("form", CitationForm.FULL) is CitationForm.FULL
            and p.get("case_name") is not None
            and (p.get("case_name"), p.get("year")) == (c.get("case_name"), c.get("year"))
        ):
            break
        j -= 1
    return j


def antecedents(items: Sequence[Item]) -> list[int | None]:
    """For each item, the index of the full case citation it refers to (None for none).

    ``Id.`` repeats the authority cited just before it (after a statute it has no case
    to point to; docket numbers are passed over); a short form refers to the latest
    full citation of the same volume and reporter whose first page is not after the
    pin cite; ``supra`` to the latest full citation whose name holds its words.
    """
    out: list[int | None] = [None] * len(items)
    by_volume: dict[tuple[Any, Any], list[int]] = {}
    named: list[tuple[set[str], int]] = []
    last: int | None = None
    for i, c in enumerate(items):
        if isinstance(c, str):
            if c == AUTHORITY:
                last = None
            continue
        form = c.get("form", CitationForm.FULL)
        if form is CitationForm.FULL:
            by_volume.setdefault((c.get("volume"), c.get("reporter")), []).append(i)
            if c.get("case_name"):
                named.append((_words(c["case_name"]), i))
            last = i
            continue
        if form is CitationForm.SHORT:
            target = _short(items, by_volume.get((c.get("volume"), c.get("reporter")), []), c)
        elif form is CitationForm.SUPRA:
            target = _supra(named, c)
        else:
            target = last
        if target is not None:
            target = _first_parallel(items, target)
        out[i] = last = target
    return out


def _short(items: Sequence[Item], candidates: list[int], short: Mapping[str, Any]) -> int | None:
    pin = _number((short.get("pin_cite") or "").lstrip("*"))
    for j in reversed(candidates):
        full = items[j]
        page = None if isinstance(full, str) else _number(full.get("page"))
        if pin is None or page is None or page <= pin:
            return j
    return candidates[-1] if candidates else None


def _supra(named: list[tuple[set[str], int]], supra: Mapping[str, Any]) -> int | None:
    wanted = _words(supra.get("case_name") or "") - {"v", "in", "re", "the", "of"}
    if not wanted:
        return None
    for words, j in reversed(named):
        if wanted <= words:
            return j
    return None


def resolve_short_forms(cites: Sequence[T]) -> list[T]:
    """The citations with each short form's ``antecedent`` set (None if unresolved)."""
    from casekit.model.case_citation import DocketNumber

    items: list[Item] = []
    for c in cites:
        if isinstance(c, CaseCitation):
            items.append({name: getattr(c, name) for name in _FIELDS})
        else:
            items.append(SKIP if isinstance(c, DocketNumber) else AUTHORITY)
    out = list(cites)
    for i, target in enumerate(antecedents(items)):
        c = cites[i]
        if isinstance(c, CaseCitation) and c.antecedent != target:
            out[i] = attrs.evolve(c, antecedent=target)
    return out

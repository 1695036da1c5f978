"""Voting on single-valued fields (caption, court, judge, date, outcome, ...).

Every document states a value (or none) for each field.  Values that are the same fact
in other words are pooled first (a folded caption, a docket number however padded, a
judge's surname and full name, "injunction" within "preliminary injunction"); then the
value stated by the most documents is kept, and any other values become a conflict.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from casekit.merging.fold import fold_words
from casekit.model.casefile import Conflict, Fact
from casekit.model.span import Provenance

__all__ = ["Ballot", "relief_compatible"]


@attrs.define
class _Bucket:
    key: str
    printings: list[str]
    documents: list[str]
    provenance: list[Provenance]
    first: int


def relief_compatible(general: str, specific: str) -> bool:
    """True if ``specific`` is ``general`` with more words before it.

    >>> relief_compatible("injunction", "preliminary injunction")
    True
    >>> relief_compatible("stay", "preliminary injunction")
    False
    """
    g, s = fold_words(general), fold_words(specific)
    return 0 < len(g) < len(s) and s[-len(g) :] == g


class Ballot:
    """Values stated for one field, pooled by ``key`` and counted by document.

    ``absorb(general, specific)`` pools a less precise value into a more precise one;
    ``corroboration(value)`` breaks ties between equally supported values (how many
    documents bear the value out in their text).
    """

    def __init__(
        self,
        field: str,
        key: Callable[[str], str] = lambda v: " ".join(fold_words(v)),
        *,
        display: Callable[[list[str]], str] | None = None,
        absorb: Callable[[str, str], bool] | None = None,
        corroboration: Callable[[str], int] | None = None,
    ) -> None:
        self.field = field
        self._key = key
        self._display = display or (lambda printings: max(printings, key=printings.count))
        self._absorb = absorb
        self._corroboration = corroboration or (lambda value: 0)
        self._buckets: dict[str, _Bucket] = {}

    def vote(self, value: str | None, document: str, provenance: tuple[Provenance, ...]) -> None:
        """Record that ``document`` states ``value`` (``None`` states nothing)."""
        if not value or not value.strip():
            return
        key = self._key(value)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(key, [], [], [], len(self._buckets))
        bucket.printings.append(value)
        if document not in bucket.documents:
            bucket.documents.append(document)
        bucket.provenance.extend(p for p in provenance if p not in bucket.provenance)

    def _pooled(self) -> list[_Bucket]:
        buckets = list(self._buckets.values())
        if self._absorb is not None:
            for small in list(buckets):
                big = next(
                    (b for b in buckets if b is not small and self._absorb(small.key, b.key)),
                    None,
                )
                if big is not None:
                    big.printings += small.printings
                    big.documents += [d for d in small.documents if d not in big.documents]
                    big.provenance += small.provenance
                    buckets.remove(small)
        # Most documents first; ties go to the value more documents bear out, then the earlier.
        return sorted(
            buckets,
            key=lambda b: (-len(b.documents), -self._corroboration(b.printings[0]), b.first),
        )

    def facts(self) -> tuple[Fact, ...]:
        """Every distinct value, best supported first."""
        return tuple(
            Fact(
                field=self.field,
                value=self._display(b.printings),
                documents=tuple(b.documents),
                provenance=tuple(b.provenance),
            )
            for b in self._pooled()
        )

    def conflict(self, facts: tuple[Fact, ...]) -> Conflict | None:
        """The conflict among ``facts`` (from :meth:`facts`), if they disagree."""
        return Conflict(field=self.field, values=facts) if len(facts) > 1 else None

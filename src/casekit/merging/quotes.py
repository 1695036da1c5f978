"""One quotation printed by several outlets becomes one quote with all its sources.

Printings are the same quotation when their folded words are equal, when one's words run
inside the other's (an outlet printed a shorter piece, or split it around "she said"), or
when they are nearly equal (a word changed, an editorial insertion).  Different
quotations never merge: a contained piece must be at least three words long.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from casekit.merging.fold import fold_words
from casekit.merging.names import NameClusters
from casekit.model.party import Speaker
from casekit.model.quote import Quote

__all__ = ["merge_quotes", "same_quotation"]

MIN_PIECE = 3
MIN_RATIO = 0.9


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return n >= MIN_PIECE and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def _same_words(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _contains(long_, short):
        return True
    if len(short) < MIN_PIECE or len(short) < 0.8 * len(long_):
        return False
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= MIN_RATIO


def same_quotation(a: str, b: str) -> bool:
    """True if two printed quotations are (pieces of) the same words.

    >>> same_quotation("We will appeal.", "We will not appeal.")
    False
    >>> same_quotation("This is a lawful partnership,", '"this is a lawful partnership."')
    True
    >>> same_quotation("a lawful, narrow partnership", "This is a lawful, narrow partnership.")
    True
    """
    return _same_words(fold_words(a, drop_brackets=True), fold_words(b, drop_brackets=True))


def _grams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    if len(words) < MIN_PIECE:
        return {words}
    return {words[i : i + MIN_PIECE] for i in range(len(words) - MIN_PIECE + 1)}


class _Cluster:
    """The printings of one quotation; compared through its longest printing."""

    def __init__(self, quote: Quote, words: tuple[str, ...]) -> None:
        self.quotes = [quote]
        self.words = words  # of the longest printing

    def add(self, quote: Quote, words: tuple[str, ...]) -> None:
        self.quotes.append(quote)
        if len(words) > len(self.words):
            self.words = words


def _speaker(quotes: Sequence[Quote], names: NameClusters) -> Speaker | None:
    """The best-attested speaker, by its fullest name."""
    votes: dict[str, int] = {}
    described: Speaker | None = None
    for q in quotes:
        if q.speaker and q.speaker.name:
            key = names.canonical(q.speaker.name)
            votes[key] = votes.get(key, 0) + 1
        elif q.speaker and described is None:
            described = q.speaker
    if votes:
        name = max(votes, key=lambda n: (votes[n], len(n)))
        return Speaker(name=name, description=described.description if described else None)
    return described


def merge_quotes(quotes: Sequence[Quote], names: NameClusters) -> tuple[Quote, ...]:
    """Each distinct quotation once: the longest printing, every printing's provenance.

    Candidates are found through an index of three-word runs, so each printing is
    compared only with the quotations it shares words with.
    """
    clusters: list[_Cluster | None] = []
    index: dict[tuple[str, ...], set[int]] = {}
    for quote in quotes:
        words = fold_words(quote.text, drop_brackets=True)
        grams = _grams(words)
        candidates = sorted({i for g in grams for i in index.get(g, ())})
        fits = [
            i for i in candidates if (c := clusters[i]) is not None and _same_words(words, c.words)
        ]
        if fits:
            target = clusters[fits[0]]
            assert target is not None
            for i in fits[1:]:  # the new printing bridges two clusters
                other = clusters[i]
                assert other is not None
                for q in other.quotes:
                    target.add(q, fold_words(q.text, drop_brackets=True))
                for g in _grams(other.words):  # its words now lead to the target
                    index.setdefault(g, set()).add(fits[0])
                clusters[i] = None
            target.add(quote, words)
            slot = fits[0]
        else:
            slot = len(clusters)
            clusters.append(_Cluster(quote, words))
        for g in grams:
            index.setdefault(g, set()).add(slot)
    merged = []
    for cluster in clusters:
        if cluster is None:
            continue
        longest = max(cluster.quotes, key=lambda q: len(fold_words(q.text)))
        provenance = tuple(p for q in cluster.quotes for p in q.provenance)
        merged.append(
            Quote(text=longest.text, speaker=_speaker(cluster.quotes, names), provenance=provenance)
        )
    return tuple(merged)

"""One quotation printed by several outlets becomes one quote with all its sources.

Printings are the same quotation when their folded words are equal, when one's words run
inside the other's (an outlet printed a shorter piece, or split it around "she said"), or
when they are nearly equal (a word changed, an editorial insertion).  Different
quotations never merge: a contained piece must be at least three words long.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from casekit.merging.fold import fold_segments, fold_words
from casekit.merging.names import NameClusters
from casekit.model.party import Speaker
from casekit.model.quote import Quote

__all__ = ["merge_quotes", "same_quotation"]

MIN_PIECE = 3
MIN_RATIO = 0.9


Segments = tuple[tuple[str, ...], ...]


def _find(words: tuple[str, ...], run: tuple[str, ...], start: int) -> int:
    """Where ``run`` next occurs in ``words`` at or after ``start`` (-1 if nowhere)."""
    n = len(run)
    for i in range(start, len(words) - n + 1):
        if words[i : i + n] == run:
            return i
    return -1


def _runs_inside(runs: Segments, words: tuple[str, ...]) -> bool:
    """Every run occurs in ``words``, in order, without overlapping."""
    position = 0
    for run in runs:
        found = _find(words, run, position)
        if found < 0:
            return False
        position = found + len(run)
    return True


def _flat(segments: Segments) -> tuple[str, ...]:
    return tuple(w for run in segments for w in run)


def _same_words(sa: Segments, sb: Segments) -> bool:
    wa, wb = _flat(sa), _flat(sb)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    (short, short_words), (_, long_words) = sorted(
        ((sa, wa), (sb, wb)), key=lambda pair: len(pair[1])
    )
    if len(short_words) >= MIN_PIECE and _runs_inside(short, long_words):
        return True
    if len(short_words) < MIN_PIECE or len(short_words) < 0.8 * len(long_words):
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
    return _same_words(fold_segments(a), fold_segments(b))


def _grams(segments: Segments) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for run in segments:
        if len(run) < MIN_PIECE:
            grams.add(run)
        grams.update(run[i : i + MIN_PIECE] for i in range(len(run) - MIN_PIECE + 1))
    return grams


class _Cluster:
    """The printings of one quotation; compared through its longest printing."""

    def __init__(self, quote: Quote, segments: Segments) -> None:
        self.quotes = [quote]
        self.segments = segments  # of the longest printing

    def add(self, quote: Quote, segments: Segments) -> None:
        self.quotes.append(quote)
        if len(_flat(segments)) > len(_flat(self.segments)):
            self.segments = segments


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
        segments = fold_segments(quote.text)
        grams = _grams(segments)
        candidates = sorted({i for g in grams for i in index.get(g, ())})
        fits = [
            i
            for i in candidates
            if (c := clusters[i]) is not None and _same_words(segments, c.segments)
        ]
        if fits:
            target = clusters[fits[0]]
            assert target is not None
            for i in fits[1:]:  # the new printing bridges two clusters
                other = clusters[i]
                assert other is not None
                for q in other.quotes:
                    target.add(q, fold_segments(q.text))
                for g in _grams(other.segments):  # its words now lead to the target
                    index.setdefault(g, set()).add(fits[0])
                clusters[i] = None
            target.add(quote, segments)
            slot = fits[0]
        else:
            slot = len(clusters)
            clusters.append(_Cluster(quote, segments))
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

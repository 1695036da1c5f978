"""Text helpers shared by the extractors: sentences, headlines, quoted regions.

Everything here is linear in the length of the text: one regex pass or one scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from casekit.extractors.outcome import Event

__all__ = ["Sentence", "TextView", "clean_entity", "trie"]

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof jr sr st no nos inc co corp ltd llc v vs gov sen rep lt gen col
    sgt capt adm jan feb mar apr aug sep sept oct nov dec mass calif fla ariz tex
    ill pa va wash colo conn del ga ky la md mich minn miss mo mont neb nev okla ore
    tenn wis wyo ala ark kan vt ind cf etc al e.g i.e dept assn ave blvd ft mt pp
    """.split()
)

# Starts with a character set so that the regex engine scans for it quickly.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\s*|[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))")
# Company suffixes end a sentence when a sentence's usual first word follows ("... v. Acme
# Inc. The court said").
_SUFFIXES = frozenset("inc co corp ltd llc".split())
_STARTER = re.compile(r"(?:The|A|An|It|He|She|They|We|In|On|At|But|This|That|His|Her|Its)\s")
_TOKEN_BEFORE = re.compile(r"[\w.]*$")
_QUOTES = re.compile(r"“[^”\n]{0,2000}”|\"[^\"\n]{0,2000}\"")


class Sentence(NamedTuple):
    """One sentence: its offsets and whether it reads as prose (not a headline)."""

    start: int
    end: int
    prose: bool


def trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (spaces match any white space),
    factored by first letters: the regex engine then tries one branch per position
    instead of every word, and a longer word wins over its prefix."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    parts = []
    for head, tails in groups.items():
        literal = re.escape(head).replace(r"\ ", r"\s+")
        rest = [t for t in tails if t]
        if not rest:
            parts.append(literal)
            continue
        inner = trie(rest)
        optional = len(rest) < len(tails)
        if len(rest) > 1 or optional or "|" in inner:
            inner = f"(?:{inner})"
        parts.append(literal + inner + ("?" if optional else ""))
    return "|".join(parts)


def clean_entity(name: str) -> str:
    """A name with outer spaces, commas and a leading "the" removed."""
    name = " ".join(name.split()).strip(" ,;:")
    if name[:4].casefold() == "the ":
        name = name[4:]
    return name


_SMALL = frozenset("a an the of for to in on and or at by with".split())


def _titleish(line: str) -> bool:
    """A headline or shouted line: most words capitalized, or mostly upper case."""
    if len(line) > 300:
        return False  # a paragraph
    words = line.split()
    if len(words) < 3:
        return False
    if _SHOUTED.match(line):
        lettered = [w for w in words if w[:2].isalpha() or w[1:3].isalpha()]
        if lettered and sum(1 for w in lettered if w.isupper()) > 0.6 * len(lettered):
            return True
    if line.rstrip().endswith((".", "”", '"')):
        return False
    capital = sum(1 for w in words if w[0].isupper() or w in _SMALL or not w[0].isalpha())
    return capital >= 0.85 * len(words)


# A shouted line has an all-capital word among its first three.
_SHOUTED = re.compile(r"\W*(?:\S+\s+){0,2}?[A-Z][A-Z'’.-]*[A-Z]\b")


class TextView:
    """A document text with its sentences, quoted regions and names, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
        self._quote_starts = [s for s, _ in self._quotes]
        self.sentences = list(self._split())
        self._sentence_starts = [s.start for s in self.sentences]
        self._events: list[list[Event]] | None = None

    def _split(self) -> Iterator[Sentence]:
        text = self.text
        start = 0
        line_prose: dict[int, bool] = {}
        for m in _BOUNDARY.finditer(text):
            if m.group()[0] == ".":
                word = _TOKEN_BEFORE.search(text, max(start, m.start() - 12), m.start())
                token = word.group() if word else ""
                low = token.casefold()
                if (
                    len(token) == 1
                    or (
                        low in _ABBREVIATIONS
                        and not (low in _SUFFIXES and _STARTER.match(text, m.end()))
                    )
                    or "." in token
                    or self.in_quotes(m.start())
                ):
                    continue
            elif m.group()[0] in "!?" and self.in_quotes(m.start()):
                continue
            if m.start() > start:
                yield self._sentence(
                    start, m.start() + 1 if m.group()[0] in ".!?" else m.start(), line_prose
                )
            start = m.end()
        if start < len(text):
            yield self._sentence(start, len(text), line_prose)

    def _sentence(self, start: int, end: int, cache: dict[int, bool]) -> Sentence:
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        prose = cache.get(line_start)
        if prose is None:
            line_end = text.find("\n", start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            prose = not _titleish(line) and not (
                line_start == 0
                and len(line) < 200
                and not line.rstrip().endswith((".", "!", "?", "”", '"'))
                and text[line_end : line_end + 2].strip() == ""
            )
            cache[line_start] = prose
        while end > start and text[end - 1].isspace():
            end -= 1
        return Sentence(start, end, prose)

    def events(self) -> list[list[Event]]:
        """The outcome verbs of each sentence (:mod:`casekit.extractors.outcome`), found
        once."""
        if self._events is None:
            from casekit.extractors.outcome import events_by_sentence

            self._events = events_by_sentence(self.text, [(s.start, s.end) for s in self.sentences])
        return self._events

    def in_quotes(self, pos: int) -> bool:
        """True if ``pos`` lies inside quotation marks."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quotes[i][0] < pos < self._quotes[i][1]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding ``pos``."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if s.start <= pos <= s.end else None

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

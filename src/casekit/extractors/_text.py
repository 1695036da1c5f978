"""Text helpers shared by the extractors: sentences, headlines, quoted regions.

Everything here is linear in the length of the text: one regex pass or one scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

__all__ = ["Sentence", "TextView", "clean_entity"]

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof jr sr st no nos inc co corp ltd llc v vs gov sen rep lt gen col
    sgt capt adm jan feb mar apr aug sep sept oct nov dec mass calif fla ariz tex
    ill pa va wash colo conn del ga ky la md mich minn miss mo mont neb nev okla ore
    tenn wis wyo ala ark kan vt ind cf etc al e.g i.e dept assn ave blvd ft mt pp
    """.split()
)

_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*")
_QUOTES = re.compile(r"“[^”\n]{0,2000}”|\"[^\"\n]{0,2000}\"")


@attrs.frozen
class Sentence:
    """One sentence: its offsets and whether it reads as prose (not a headline)."""

    start: int
    end: int
    prose: bool


def clean_entity(name: str) -> str:
    """A name with outer spaces, commas and a leading "the" removed."""
    name = " ".join(name.split()).strip(" ,;:")
    if name[:4].casefold() == "the ":
        name = name[4:]
    return name


_SMALL = frozenset("a an the of for to in on and or at by with".split())


def _titleish(line: str) -> bool:
    """A headline or shouted line: most words capitalized, or mostly upper case."""
    words = line.split()
    if len(words) < 3:
        return False
    alpha = sum(map(str.isalpha, line))
    if alpha and sum(map(str.isupper, line)) > 0.6 * alpha:
        return True
    if line.rstrip().endswith((".", "”", '"')):
        return False
    capital = sum(1 for w in words if w[0].isupper() or w in _SMALL or not w[0].isalpha())
    return capital >= 0.85 * len(words)


class TextView:
    """A document text with its sentences, quoted regions and names, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
        self._quote_starts = [s for s, _ in self._quotes]
        self.sentences = list(self._split())
        self._sentence_starts = [s.start for s in self.sentences]

    def _split(self) -> Iterator[Sentence]:
        text = self.text
        start = 0
        line_prose: dict[int, bool] = {}
        for m in _BOUNDARY.finditer(text):
            if m.group()[0] == ".":
                word = re.search(r"[\w.]*$", text[max(start, m.start() - 12) : m.start()])
                token = word.group() if word else ""
                if (
                    len(token) == 1
                    or token.casefold() in _ABBREVIATIONS
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

"""Text helpers shared by the extractors: sentences, headlines, quoted regions.

Everything here is linear in the length of the text: one regex pass or one scan.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from casekit.extractors.outcome import Event

__all__ = [
    "Sentence",
    "TextView",
    "clean_entity",
    "spell_out",
    "trie",
    "word_scan",
    "word_starts",
]

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof jr sr st no nos inc co corp ltd llc v vs gov sen rep lt gen col
    sgt capt adm jan feb mar apr aug sep sept oct nov dec mass calif fla ariz tex
    ill pa va wash colo conn del ga ky la md mich minn miss mo mont neb nev okla ore
    tenn wis wyo ala ark kan vt ind cf etc al e.g i.e dept assn ave blvd ft mt pp rev hon
    """.split()
)

# A sentence ends at a line break, or at ".", "!" or "?" followed by closing quotes or
# brackets, white space and a capital or a digit (maybe after an opening quote).  The text
# after the mark, up to the next sentence:
_AFTER_END = r"[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
_NEWLINE = re.compile(r"\n\s*")
_QUESTION = re.compile(r"\?" + _AFTER_END)  # on the text with "!" read as "?"
# Company suffixes end a sentence when a sentence's usual first word follows ("... v. Acme
# Inc. The court said").
_SUFFIXES = frozenset("inc co corp ltd llc".split())
_STARTER = re.compile(r"(?:The|A|An|It|He|She|They|We|In|On|At|But|This|That|His|Her|Its)\s")
_TOKEN_BEFORE = re.compile(r"[\w.]*$")
_QUOTES = re.compile(r"“[^”\n]{0,2000}”|\"[^\"\n]{0,2000}\"")
_CURLY_QUOTES = re.compile(r"“[^”\n]{0,2000}”")
_STRAIGHT_QUOTES = re.compile(r"\"[^\"\n]{0,2000}\"")


def _cases(word: str) -> str:
    """A pattern for ``word`` in any case ("mr": "Mr", "MR", "mR", "mr")."""
    return "".join(f"[{c.upper()}{c}]" for c in word)


def _words_before() -> tuple[str, str]:
    """Lookbehinds, at the position after a period, for the word before it (the "token":
    its letters, digits and periods, at most twelve): one that holds when the period
    surely ends the sentence, one when it surely does not (see TextView._keeps_going).

    Ends: a token of six or more word characters, or one of two to five ASCII word
    characters that is not an abbreviation.  Does not end: a token of one character, one
    with a period, or an abbreviation that is not a company suffix.  Other periods (after
    a company suffix or a short word with other letters) are checked one by one."""
    ends = [r"(?<=\w{6}\.)" + "".join(rf"(?<!\.\w{{{n}}}\.)" for n in range(6, 12))]
    goes_on = [r"(?<=(?<![\w.])\w\.)", *(rf"(?<=\.\w{{{n}}}\.)" for n in range(12))]
    for n in range(2, 6):
        words = sorted(w for w in _ABBREVIATIONS if len(w) == n)
        every = "|".join(_cases(w) for w in words)
        ends.append(rf"(?<=(?<![\w.])[A-Za-z0-9_]{{{n}}}\.)(?<!(?:{every})\.)")
        abbreviations = "|".join(_cases(w) for w in words if w not in _SUFFIXES)
        goes_on.append(rf"(?<=(?<![\w.])(?:{abbreviations})\.)")
    return "|".join(ends), "|".join(goes_on)


@functools.cache
def _period() -> re.Pattern[str]:
    """A period that may end a sentence, with what follows it, in the group "end" when it
    surely ends the sentence, "skip" when it surely does not, "check" when it may."""
    ends, goes_on = _words_before()
    return re.compile(
        rf"\.(?=[\s\"”’')\]])(?:(?:{ends})(?P<end>{_AFTER_END})"
        rf"|(?:{goes_on})(?P<skip>{_AFTER_END})|(?P<check>{_AFTER_END}))"
    )


def _quotes(text: str) -> list[tuple[int, int]]:
    """The quoted regions of ``text``: the matches of _QUOTES, found by two quick scans
    (each for one kind of quotation mark) when their matches do not overlap, which then
    are exactly the matches of the one pattern."""
    curly = "“" in text
    straight = '"' in text
    if not (curly and straight):
        pattern = _CURLY_QUOTES if curly else _STRAIGHT_QUOTES
        return [m.span() for m in pattern.finditer(text)] if curly or straight else []
    found = sorted(
        [m.span() for m in _CURLY_QUOTES.finditer(text)]
        + [m.span() for m in _STRAIGHT_QUOTES.finditer(text)]
    )
    if all(a[1] <= b[0] for a, b in itertools.pairwise(found)):
        return found
    return [m.span() for m in _QUOTES.finditer(text)]


class Sentence(NamedTuple):
    """One sentence: its offsets and whether it reads as prose (not a headline)."""

    start: int
    end: int
    prose: bool


# builds a Sentence from a tuple without the Python-level __new__ of a named tuple
_new_sentence = tuple.__new__


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


@functools.cache
def _blanks() -> bytes:
    """A byte table that keeps the Latin-1 letters, digits and "_" (the word characters)
    and turns every other byte into a space."""
    return bytes(i if chr(i).isalnum() or i == 0x5F else 0x20 for i in range(256))


def word_scan(words: Iterable[str]) -> re.Pattern[bytes]:
    """The pattern for :func:`word_starts` that finds ``words`` (ASCII; spaces match any
    white space): a space, followed by one of them.  It matches the space alone, so that
    a match never hides the next word."""
    return re.compile(rb" (?=" + trie(words).encode("ascii") + rb")")


def word_starts(
    text: str, pattern: re.Pattern[bytes], start: int = 0, end: int | None = None
) -> list[int]:
    """The offsets in ``text[start:end]`` where a word may begin as ``pattern`` (from
    :func:`word_scan`) says.

    A quick scan for a prefilter: the text is read as Latin-1 bytes (one a character,
    so offsets stay; others become "?") with every character but letters, digits and "_"
    turned into a space, and with a space before ``start``.  So every place where no word
    character stands before a word that starts as ``pattern`` says is found, and maybe
    a few more; where the regex engine looks for a space, it scans quickly."""
    data = b" " + text[start:end].encode("latin-1", "replace").translate(_blanks())
    return [m.start() + start for m in pattern.finditer(data)]


def clean_entity(name: str) -> str:
    """A name with outer spaces, commas and a leading "the" removed."""
    name = " ".join(name.split()).strip(" ,;:")
    if name[:4].casefold() == "the ":
        name = name[4:]
    return name


_SMALL = frozenset("a an the of for to in on and or at by with".split())


def _titleish(line: str, shouted: bool | None = None) -> bool:
    """A headline or shouted line: most words capitalized, or mostly upper case.

    ``shouted`` is whether _SHOUTED matches ``line``, when known."""
    if len(line) > 300:
        return False  # a paragraph
    if shouted is None:
        shouted = _SHOUTED.match(line) is not None
    ended = line.rstrip().endswith((".", "”", '"'))
    lower = shouted and _mostly_lower(line)
    if ended and (not shouted or lower):
        return False  # a sentence (not one mostly in upper case)
    words = line.split()
    if len(words) < 3:
        return False
    if shouted and not lower:
        lettered = [w for w in words if w[:2].isalpha() or w[1:3].isalpha()]
        if lettered and sum(1 for w in lettered if w.isupper()) > 0.6 * len(lettered):
            return True
    if ended:
        return False
    if len(words) - len(_LOWER_WORD.findall(line)) < 0.85 * len(words):
        return False  # too many words in lower case, counting only some of them
    capital = sum(1 for w in words if w[0].isupper() or w in _SMALL or not w[0].isalpha())
    return capital >= 0.85 * len(words)


# The space before a word in lower case that is not one of _SMALL.
_LOWER_WORD = re.compile(r" (?=[a-z])(?!(?:a|an|the|of|for|to|in|on|and|or|at|by|with)(?!\S))")


@functools.cache
def _letter_classes() -> bytes:
    """A byte table for text read as Latin-1: "a" for the letters a-z, " " for white space,
    "?" for "?" (which also stands for every character outside Latin-1), "." for others."""
    classes = bytearray(b"." * 256)
    for i in range(256):
        if chr(i).isspace():
            classes[i] = 0x20
    classes[0x61:0x7B] = b"a" * 26
    classes[0x3F] = 0x3F
    return bytes(classes)


def _mostly_lower(line: str) -> bool:
    """True if over 40% of the words of ``line`` surely have letters and are not upper case:
    counted are the words after a space that start with two letters a-z, against at most
    one word more than white space characters (any character outside Latin-1 may be one)."""
    classes = line.encode("latin-1", "replace").translate(_letter_classes())
    most_words = 1 + classes.count(b" ") + classes.count(b"?")
    return 10 * classes.count(b" aa") > 4 * most_words


# A shouted line has an all-capital word among its first three.
# (A word and the white space after it never give back a character: what follows each is
# of the other kind.)
_SHOUTED = re.compile(r"\W*(?:\S++\s++){0,2}?[A-Z][A-Z'’.-]*[A-Z]\b")
# Matches, at the start of a line, when the line is shouted (see _SHOUTED; it stays in the
# line).
_SHOUTED_LINE = re.compile(r"[^\w\n]*(?:\S++[^\S\n]++){0,2}?[A-Z][A-Z'’.-]*[A-Z]\b")


class TextView:
    """A document text with its sentences, quoted regions and names, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._quotes = _quotes(text)
        self._quote_starts = [s for s, _ in self._quotes]
        self.sentences = self._split()
        self._sentence_starts = [s.start for s in self.sentences]
        self._events: list[list[Event]] | None = None

    def _boundaries(self) -> list[tuple[int, int, str | None]]:
        """The places where a sentence may end, in order: (offset of the mark or line
        break, offset after the white space that follows it, kind), the kind being "end"
        for a period that ends a sentence unless quoted, "check" for a period to check,
        "mark" for "!" and "?", "line" for a line break.

        Each kind of mark is found by its own quick scan; a line break right after a
        sentence mark belongs to the mark (and to no boundary when that mark is a period
        that does not end a sentence)."""
        text = self.text
        periods = [(m.start(), m.end(), m.lastgroup) for m in _period().finditer(text)]
        found = [p for p in periods if p[2] != "skip"]
        if "?" in text or "!" in text:
            marks = [(*m.span(), "mark") for m in _QUESTION.finditer(text.replace("!", "?"))]
            periods += marks
            found += marks
        ends = {p[1] for p in periods}
        found += [(*m.span(), "line") for m in _NEWLINE.finditer(text) if m.end() not in ends]
        found.sort()
        return found

    def _split(self) -> list[Sentence]:
        """The sentences: the text between the places where one ends (see _boundaries),
        except after a period that ends an abbreviation and at a mark inside quotation
        marks; each with whether its line reads as prose (see _line_prose)."""
        text = self.text
        quotes = self._quotes
        sentences: list[Sentence] = []
        # the quoted region the next boundary may fall in
        q = 0
        q_start, q_end = quotes[0] if quotes else (-1, -1)
        start = 0
        line_start = -1  # the line the last sentence starts on, and whether it is prose
        prose = True
        # the start of the line holding offset `known` (looked up from there on)
        known = line_at = 0
        for at, after, kind in self._boundaries():
            if kind != "line":  # a sentence mark
                if kind == "check" and self._keeps_going(at, after, start):
                    continue
                while q_end <= at and q_end >= 0:
                    q += 1
                    q_start, q_end = quotes[q] if q < len(quotes) else (-1, -1)
                if q_start < at < q_end:
                    continue
                end = at + 1
            else:
                end = at
                while end > start and text[end - 1].isspace():
                    end -= 1
            if at > start:
                line_at = text.rfind("\n", known, start) + 1 or line_at
                known = start
                if line_at != line_start:
                    line_start = line_at
                    prose = self._line_prose(line_at)
                sentences.append(_new_sentence(Sentence, (start, end, prose)))
            start = after
        if start < len(text):
            end = len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            line_at = text.rfind("\n", known, start) + 1 or line_at
            if line_at != line_start:
                prose = self._line_prose(line_at)
            sentences.append(_new_sentence(Sentence, (start, end, prose)))
        return sentences

    def _keeps_going(self, at: int, after: int, start: int) -> bool:
        """True if the period at ``at`` does not end a sentence (that started at ``start``):
        it ends an abbreviation, an initial or a word with periods ("U.S.")."""
        text = self.text
        word = _TOKEN_BEFORE.search(text, max(start, at - 12), at)
        token = word.group() if word else ""
        low = token.casefold()
        return (
            len(token) == 1
            or (low in _ABBREVIATIONS and not (low in _SUFFIXES and _STARTER.match(text, after)))
            or "." in token
        )

    def _line_prose(self, line_start: int) -> bool:
        """Whether the line starting at ``line_start`` reads as prose, not as a headline.

        Only the first line, and a line of at most 300 characters that is shouted or does
        not end as a sentence (see _titleish), is read in full."""
        text = self.text
        newline = text.find("\n", line_start)
        line_end = newline if newline >= 0 else len(text)
        if line_end - line_start > 300:
            return True  # a paragraph
        shouted = None
        if line_start and text[line_end - 1] in '.”"':
            shouted = _SHOUTED_LINE.match(text, line_start) is not None
            if not shouted:
                return True  # a sentence (see _titleish)
        line = text[line_start:line_end]
        return not _titleish(line, shouted) and not (
            line_start == 0
            and len(line) < 200
            and not line.rstrip().endswith((".", "!", "?", "”", '"'))
            and text[newline : newline + 2].strip() == ""  # (-1 without a newline)
        )

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


def spell_out(text: str, acronym: str) -> str | None:
    """The name ``acronym`` stands for where ``text`` spells it out, with a "Department of"
    that stands before the spelled-out words (the acronym leaves it out).

    >>> spell_out("the Department of Health and Human Services said", "HHS")
    'Department of Health and Human Services'
    >>> spell_out("The Environmental Protection Agency ...", "EPA")
    'Environmental Protection Agency'
    """
    gap = r"\s+(?:(?:of|and|for|the|on)\s+)*"
    pattern = gap.join(rf"{c}[a-z]+" for c in acronym)
    # the first letter first, so that the engine looks for it quickly; the look back
    # stands for a word boundary before it
    found = None
    for m in re.finditer(rf"{acronym[0]}(?<![\w-]{acronym[0]}){pattern[1:]}(?![\w-])", text):
        head = _BODY_OF.search(text, max(0, m.start() - 30), m.start())
        if head is not None:
            return " ".join(text[head.start() : m.end()].split())
        found = found or " ".join(m.group().split())
    return found


# "Department of" before the words an acronym stands for ("HHS", "Department of Health
# and Human Services")
_BODY_OF = re.compile(r"(?<![\w.])(?:Department|Office|Bureau|Ministry)\s+of\s+(?:the\s+)?$")

"""Folding text for comparison across outlets: quote marks, dashes, case, punctuation."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold_segments", "fold_words", "initials", "name_words"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_BRACKETED = re.compile(r"\[[^\]]*\]")
# "[t]he", "agenc[ies]": a bracket touching a word alters letters; keep its content.
_ALTERATION = re.compile(r"(?<=\w)\[([^\]\s]*)\]|\[([^\]\s]*)\](?=\w)")
# Where words were left out or replaced: "[the medians]", "...", "…", ". . ."
_ELISION = re.compile(r"\[[^\]]*\]|\.\s?\.\s?\.|…")
#: words that do not count in a name's initials or identity
_NAME_FILLERS = frozenset({"the", "of", "and", "for", "de", "del", "la", "on", "in", "a", "an"})
_NAME_SUFFIXES = frozenset({"inc", "llc", "ltd", "corp", "co", "jr", "sr", "ii", "iii", "iv"})


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("’", "'").replace("‘", "'")


def fold_words(text: str, *, drop_brackets: bool = False) -> tuple[str, ...]:
    """The words of ``text``, case-folded, without punctuation, quote marks or dashes.

    Two printings of one quotation fold to the same words whatever their quote marks,
    dashes, ellipses or trailing punctuation.  ``drop_brackets`` also drops editorial
    insertions in square brackets.

    >>> fold_words("“It’s a lawful — and narrow — partnership...”")
    ("it's", 'a', 'lawful', 'and', 'narrow', 'partnership')
    """
    if drop_brackets:
        text = _BRACKETED.sub(" ", text)
    return tuple(_WORD.findall(_plain(text)))


def fold_segments(text: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of a printed quotation, in runs split where words were elided.

    An ellipsis or an editorial insertion ("[the agency]") marks a gap: the words on
    either side are runs of the original, the gap itself may hold anything.  Brackets that
    only alter letters ("[t]he") are read through.

    >>> fold_segments("[T]he rule ... cannot stand [in Ohio].")
    (('the', 'rule'), ('cannot', 'stand'))
    """
    text = _ALTERATION.sub(lambda m: m.group(1) or m.group(2) or "", text)
    runs = (fold_words(piece) for piece in _ELISION.split(text))
    return tuple(run for run in runs if run)


def name_words(name: str) -> tuple[str, ...]:
    """The identifying words of a name: folded, without "the", "Inc." or "Jr."

    >>> name_words("The Internal Revenue Service, Inc.")
    ('internal', 'revenue', 'service')
    """
    words = [w.replace("'", "") for w in fold_words(name)]
    while words and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def initials(name: str) -> str:
    """The initials of a name's significant words: "Internal Revenue Service" -> "irs".

    >>> initials("Department of Homeland Security")
    'dhs'
    """
    return "".join(w[0] for w in name_words(name) if w not in _NAME_FILLERS)

"""Searches started where a cheap test says a match can start at the earliest.

A pattern led by ``\\b`` and an alternation of words tries every alternative at every
position, and with ``re.IGNORECASE`` cannot even skip ahead by its first letter, so a
search costs the same whether or not any of its words is in the text.  Given the start
of each of its alternatives, as a simple pattern ("case|lawsuit|in\\s+light") or as
words found with ``str.find`` ("convict", "indict"), lower-case for a case-insensitive
pattern, it runs only when one of them is in the text, and only from the first one
found: no match can start earlier.
"""

from __future__ import annotations

import re

__all__ = ["search_keyed"]

_IGNORECASE = int(re.IGNORECASE)
# Letters that re.IGNORECASE matches to an ASCII letter but str.lower() does not map to one
# ("İ", dotless "ı", long "ſ"); a text holding one of them is searched in full.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


def search_keyed(
    pattern: re.Pattern[str],
    starts: re.Pattern[str] | tuple[str, ...],
    text: str,
    low: str | None = None,
) -> re.Match[str] | None:
    """``pattern.search(text)``, given ``starts``, which matches (or, for words, begins)
    every alternative of ``pattern``: in ``low`` (``text.lower()``) when ``pattern`` is
    case-insensitive, else in ``text``."""
    hay = text
    if pattern.flags & _IGNORECASE:
        if not text.isascii() and any(c in text for c in _ODD_FOLDS):
            return pattern.search(text)
        hay = text.lower() if low is None else low
    if isinstance(starts, tuple):
        first = min((i for i in map(hay.find, starts) if i >= 0), default=-1)
    else:
        found = starts.search(hay)
        first = -1 if found is None else found.start()
    if first < 0:
        return None
    # str.lower() maps each character to one, so offsets agree, unless the lengths differ
    return pattern.search(text, first if len(hay) == len(text) else 0)

"""The reporter index: every reporter abbreviation and variant spelling from reporters-db.

The index is built once, on first use: :func:`canonical_reporter` maps any spelling
(``U. S.``, ``S.Ct.``, ``F.Supp.3d``) to the canonical edition abbreviation
(``U.S.``, ``S. Ct.``, ``F. Supp. 3d``), and :func:`reporter_pattern` is one regular
expression matching every spelling, shaped as a trie so that matching costs about one
character comparison per character of text.

>>> canonical_reporter("F.Supp.3d")
'F. Supp. 3d'
>>> canonical_reporter("U. S.")
'U.S.'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from casekit.errors import UnknownName

__all__ = [
    "canonical_reporter",
    "editions",
    "is_reporter",
    "reporter_initials",
    "reporter_key",
    "reporter_pattern",
]

_WS = re.compile(r"\s+")


def reporter_key(text: str) -> str:
    """The lookup key of a reporter spelling: the text without any whitespace."""
    return _WS.sub("", text)


@functools.cache
def _index() -> dict[str, str]:
    """key (spelling without whitespace) -> canonical edition abbreviation."""
    import reporters_db

    editions: dict[str, str] = {}
    for edition in reporters_db.EDITIONS:
        editions.setdefault(reporter_key(edition), edition)
    index = dict(editions)
    for variant, targets in reporters_db.VARIATIONS_ONLY.items():
        key = reporter_key(variant)
        if not key or key in editions:
            continue  # an edition's own spelling wins over another's variant
        # several editions share some old variants: keep the first, deterministically
        index.setdefault(key, sorted(targets)[0])
    return index


@functools.cache
def editions() -> tuple[str, ...]:
    """Every canonical edition abbreviation in reporters-db, sorted."""
    return tuple(sorted(set(_index().values())))


def is_reporter(text: str) -> bool:
    """True if ``text`` is a known spelling of a reporter (whitespace ignored)."""
    return reporter_key(text) in _index()


def canonical_reporter(text: str) -> str:
    """The canonical edition abbreviation for any spelling of a reporter.

    Raises :class:`casekit.UnknownName` if reporters-db does not know the spelling.
    """
    try:
        return _index()[reporter_key(text)]
    except KeyError:
        raise UnknownName(f"unknown reporter {text.strip()!r}", input=text) from None


def _trie_regex(keys: Iterable[str]) -> str:
    """A regex matching exactly the given keys, whitespace allowed after any period.

    Built as a trie so the regex engine never retries shared prefixes; longer keys
    are tried before their prefixes (``F.2d`` before ``F.``).
    """
    trie: dict[str, dict[str, object]] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]], after_period: bool) -> str:
        branches: list[str] = []
        end = False
        for ch in sorted(node):
            if ch == "":
                end = True
                continue
            child = node[ch]
            if ch == " ":
                piece = r"\s+"
            else:
                gap = r"\s*" if after_period or _gap_before(ch) else ""
                piece = gap + re.escape(ch)
            branches.append(piece + emit(child, ch == "."))  # type: ignore[arg-type]
        if not branches:
            return ""
        body = "|".join(branches)
        if end:
            return f"(?:{body})?"
        if len(branches) == 1:
            return body
        return f"(?:{body})"

    return emit(trie, after_period=False).removeprefix(r"\s*")


def _gap_before(ch: str) -> bool:
    # A space may also stand before an opening parenthesis or an ampersand.
    return ch in "(&"


@functools.cache
def _pattern_keys() -> tuple[str, ...]:
    """The spellings :func:`reporter_pattern` matches, space-marked, sorted."""
    keys = set()
    for variant in _spellings():
        if variant.endswith(" at") or variant in _NOT_IN_TEXT:
            continue  # would swallow the "at" of a short form (598 T.C. at 41)
        keys.add(_space_marked(variant))
    return tuple(sorted(keys))


@functools.cache
def reporter_pattern() -> str:
    """One regex (a string, no groups) matching every reporter spelling in reporters-db.

    Any run of whitespace (a line break from pdftotext included) may follow a period
    or stand where a spelling has a space.
    """
    return _trie_regex(_pattern_keys())


@functools.cache
def reporter_initials() -> frozenset[str]:
    """The characters a match of :func:`reporter_pattern` may start with.

    >>> {"U", "F", "S"} <= reporter_initials()
    True
    """
    return frozenset(key[0] for key in _pattern_keys())


#: variant spellings that are far more often something else: dates ("3 Mar. 2021")
_NOT_IN_TEXT = frozenset(
    {
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
    }
)


def _spellings() -> Iterable[str]:
    import reporters_db

    yield from reporters_db.EDITIONS
    yield from reporters_db.VARIATIONS_ONLY


def _space_marked(spelling: str) -> str:
    """The spelling with each space that does not follow a period marked by a space.

    ``Cal. Rptr. 3d`` -> ``Cal.Rptr.3d`` (spaces after periods are always allowed);
    ``So 2d`` keeps its space, which the trie turns into optional whitespace.
    """
    spelling = spelling.strip()
    return re.sub(r"(?<=\.)\s+", "", _WS.sub(" ", spelling))

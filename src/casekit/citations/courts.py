"""Courts by name: resolve a phrase to a courts-db / CourtListener court, find court mentions.

>>> from casekit.citations.courts import court_by_id, find_courts, resolve_court
>>> resolve_court("U.S. District Court for the District of Columbia").id
'dcd'
>>> resolve_court("the 5th U.S. Circuit Court of Appeals").citation
'5th Cir.'
>>> court_by_id("nysd").name
'District Court, S.D. New York'
>>> [(c.id, span.of(text)) for text in ["A federal judge in Brooklyn sided with the city."]
...  for c, span in find_courts(text)]
[('nyed', 'federal judge in Brooklyn')]

Lookups use an index built once, on first use, from courts-db's data and casekit's own
phrase table (:mod:`casekit.citations.court_index`); after that a lookup is a few dict
lookups on normalized keys.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from casekit.citations.court_index import (
    WORD_RE,
    CourtIndex,
    abbrev_key,
    court_index,
    key_of,
    name_key,
    norm_word,
)
from casekit.errors import UnknownName
from casekit.model import Court, Span

__all__ = ["court_by_id", "court_citation", "find_courts", "resolve_court"]


# --- public API ----------------------------------------------------------------------


def court_by_id(court_id: str) -> Court:
    """The court with this courts-db / CourtListener id.

    >>> court_by_id("ca9").citation
    '9th Cir.'
    >>> court_by_id("nowhere")
    Traceback (most recent call last):
    ...
    casekit.errors.UnknownName: unknown court id 'nowhere'
    """
    court = court_index().courts.get(court_id) if isinstance(court_id, str) else None
    if court is None:
        raise UnknownName(f"unknown court id {court_id!r}", input=court_id)
    return court


def court_citation(court_id: str) -> str | None:
    """The court's abbreviation for case-citation parentheticals (``"S.D.N.Y."``), or None.

    A citation leaves the court out where the reporter implies it (``U.S.``, ``Cal.``...);
    that choice is the caller's.

    >>> court_citation("nysd"), court_citation("calctapp"), court_citation("scotus")
    ('S.D.N.Y.', 'Cal. Ct. App.', 'U.S.')
    """
    return court_by_id(court_id).citation


def resolve_court(text: str) -> Court:
    """The court that a whole phrase names: a formal name, a citation abbreviation or a
    news phrasing.

    Raises :class:`~casekit.errors.UnknownName` when no court fits or when the phrase
    fits several equally well ("the state Supreme Court" without a state).

    >>> resolve_court("S.D.N.Y.").id, resolve_court("the Ninth Circuit").id
    ('nysd', 'ca9')
    >>> resolve_court("a federal judge in San Francisco").id
    'cand'
    >>> resolve_court("the state Supreme Court")
    Traceback (most recent call last):
    ...
    casekit.errors.UnknownName: no court matches 'the state Supreme Court'
    """
    if not isinstance(text, str):
        raise UnknownName(f"not a court name: {text!r}", input=text)
    court_id, problem = _resolve(text)
    if court_id is None:
        raise UnknownName(problem, input=text)
    return court_index().courts[court_id]


@functools.lru_cache(maxsize=8192)
def _resolve(text: str) -> tuple[str | None, str]:
    """(court id, "") or (None, why not) for resolve_court; cached, as phrases repeat."""
    idx = court_index()
    nothing = f"no court matches {text!r}"
    phrase = text.strip().strip("\"'“”‘’()[],;:")
    words = [norm_word(m.group()) for m in WORD_RE.finditer(phrase)]
    while words and words[0] in ("a", "an"):
        words.pop(0)
    key = key_of(words)
    if not key:
        return None, nothing
    court_id = idx.strong.get(abbrev_key(phrase)) or idx.names.get(key)
    if court_id is None and key in idx.ambiguous:
        return None, f"{text!r} may name any of: {', '.join(idx.ambiguous[key])}"
    court_id = (
        court_id
        or idx.resolve_only.get(key)
        or idx.weak.get(abbrev_key(phrase))
        or _resolve_by_finding(idx, phrase)
    )
    return court_id, "" if court_id else nothing


def find_courts(text: str) -> list[tuple[Court, Span]]:
    """Every court mentioned in ``text``, in order, each with the span of its phrase.

    Finds formal names, citation abbreviations (``S.D.N.Y.``; bare state abbreviations
    such as ``Cal.`` only inside a dated citation parenthetical) and news phrasings
    ("a federal judge in Boston", "Manhattan federal court", "the 9th U.S. Circuit
    Court of Appeals", "New York's highest court"). Never raises.

    >>> text = "The Texas Supreme Court reversed; the Supreme Court declined review."
    >>> [(c.id, span.of(text)) for c, span in find_courts(text)]
    [('tex', 'Texas Supreme Court'), ('scotus', 'Supreme Court')]
    """
    if not isinstance(text, str) or not text:
        return []
    idx = court_index()
    found = sorted(_find_all(idx, text), key=lambda m: (m[0], m[0] - m[1]))
    out: list[tuple[Court, Span]] = []
    last_end = -1
    for start, end, court_id in found:
        if start < last_end:
            continue
        out.append((idx.courts[court_id], Span(start=start, end=end)))
        last_end = end
    return out


# --- finding ---------------------------------------------------------------------------

_Match = tuple[int, int, str]

_CAP = r"(?:[A-Z](?:[\w'’\-]|\.(?=[A-Za-z]))*\.?|\d{1,2}(?:st|nd|rd|th|d)\b)"
_CONNECTOR = r"(?:of|for|on|the|de)"
_RUN_RE = re.compile(rf"{_CAP}(?:(?:\s+(?:{_CONNECTOR}\s+)*|\s*,\s*){_CAP})*")
_RUN_WORD_RE = re.compile(rf"{_CAP}|{_CONNECTOR}\b")
_KEYWORDS = frozenset("court courts circuit cir division panel tribunal scotus district".split())
_MAX_WORDS = 16
#: words a name key never starts with, though a phrase may ("the U.S. Court of ...")
_DROPPED = frozenset({"the", "us", "u", "united"})

#: capitalized words that may stand before a bare "Supreme Court" meaning the U.S. one
_ALLOWED_BEFORE = frozenset(
    """the a an in on at by for from to with and but or as after before when while if that
    this then under since until last today yesterday both monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec us
    america nation""".split()
)
_DENIED_BEFORE = frozenset(
    """state states tribal county country provincial federal military territorial island
    commonwealth district city local""".split()
)
_PROSECUTORS_BEFORE = re.compile(
    r"(?i)(?:attorney|attorneys|prosecutors?|prosecution|marshals?|defenders?|office|"
    r"clerk)(?:'s|s'|’s)?(?:\s+office)?\s+(?:for|in|of|from)\s+(?:the\s+)?$"
)


def _find_all(idx: CourtIndex, text: str) -> Iterator[_Match]:
    yield from _find_names(idx, text)
    yield from _find_abbreviations(idx, text)
    yield from _find_federal_places(idx, text)
    yield from _find_place_first(idx, text)
    yield from _find_lowercase_phrases(idx, text)


def _find_names(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """Formal names and capitalized news names ("the 9th U.S. Circuit Court of Appeals")."""
    for run in _RUN_RE.finditer(text):
        words = list(_RUN_WORD_RE.finditer(run.group()))
        norm = [norm_word(w.group()) for w in words]
        n = len(norm)
        next_keyword = [n] * (n + 1)  # index of the first keyword at or after i
        for k in range(n - 1, -1, -1):
            next_keyword[k] = k if norm[k] in _KEYWORDS else next_keyword[k + 1]
        if next_keyword[0] == n:
            continue
        base = run.start()
        i = 0
        while i < n:
            nxt = next_keyword[i]
            if nxt == n:
                break
            if nxt - i >= _MAX_WORDS:
                i = nxt - _MAX_WORDS + 1
            hit = None
            if norm[i] in idx.first_words or norm[i] in _DROPPED:
                for j in range(min(n, i + _MAX_WORDS), nxt, -1):
                    if norm[j - 1] not in idx.last_words:
                        continue
                    key = key_of(norm[i:j])
                    court_id = idx.names.get(key)
                    if court_id is not None:
                        hit = (j, key, court_id)
                        break
            if hit is None:
                i += 1
                continue
            j, key, court_id = hit
            first = i
            while first < j - 1 and norm[first] == "the":
                first += 1
            start, end = base + words[first].start(), base + words[j - 1].end()
            last = words[j - 1].group()
            if last.endswith(".") and len(last) > 4 and "." not in last[:-1]:
                end -= 1  # a sentence's period, not an abbreviation's
            elif last.endswith(("'s", "’s")):
                end -= 2  # "the Supreme Court's ruling"
            if _accept(idx, text, key, court_id, norm[i:j], start, norm[j:]):
                yield start, end, court_id
            i = j


def _accept(
    idx: CourtIndex,
    text: str,
    key: str,
    court_id: str,
    words: list[str],
    start: int,
    after: list[str],
) -> bool:
    if key in idx.bare_keys and not {"us", "u", "united"} & set(words):
        if after and after[0] in ("of", "for"):
            return False  # "Supreme Court of Canada"
        before = re.search(r"([\w'’.\-]+)\s+$", text[max(0, start - 40) : start])
        if before:
            word = before.group(1)
            low = norm_word(word)
            if low in _DENIED_BEFORE or low in idx.state_words:
                return False
            if word[:1].isupper() and low not in _ALLOWED_BEFORE:
                return False
    if "court" not in words and court_id in idx.districts:
        return not _PROSECUTORS_BEFORE.search(text[max(0, start - 60) : start])
    return True


_ABBR_WORD = (
    r"(?:[A-Z][A-Za-z'’]{0,7}\.|\d{1,2}(?:st|nd|rd|th|d)"
    r"|Alaska|Iowa|Ohio|Utah|Idaho|Guam|Trade|BAP|DCA)"
)
_ABBR_RUN_RE = re.compile(rf"(?<![\w.]){_ABBR_WORD}(?:\s?{_ABBR_WORD}){{0,7}}")
_ABBR_WORD_RE = re.compile(_ABBR_WORD)
_DATE_THEN_CLOSE = re.compile(r"\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s+)?\d{4}\)|\s*\)", re.ASCII)
_REPORTER_NEXT = re.compile(r"\s+(?:\d|2d\b|3d\b|4th\b|5th\b)")


def _find_abbreviations(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """Citation abbreviations: ``S.D.N.Y.`` anywhere, ``Cal.`` only in ``(Cal. 2004)``."""
    for run in _ABBR_RUN_RE.finditer(text):
        words = list(_ABBR_WORD_RE.finditer(run.group()))
        base = run.start()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                start, end = base + words[i].start(), base + words[j - 1].end()
                key = abbrev_key(text[start:end])
                in_parens = bool(_DATE_THEN_CLOSE.match(text, end))
                court_id = idx.strong.get(key)
                if court_id is not None and (in_parens or not _REPORTER_NEXT.match(text, end)):
                    yield start, end, court_id
                    break
                court_id = idx.weak.get(key)
                if (
                    court_id is not None
                    and in_parens
                    and text[max(0, start - 1) : start] in ("(", " ")
                    and "(" in text[max(0, start - 3) : start]
                ):
                    yield start, end, court_id
                    break
            else:
                i += 1
                continue
            i = j


_NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?)"
_FEDERAL_PLACE_RE = re.compile(
    r"(?<![\w.])(?:(?:(?i:federal)|U\.\s?S\.|US|United States)\s+"
    r"(?P<kind>(?i:district court|district judge|bankruptcy court|bankruptcy judge|"
    r"appeals court|appellate court|court of appeals|appeals panel|appeals judges?|"
    r"circuit court|magistrate judge|magistrate|trial judge|district judges|judges?|"
    r"courthouse|courtroom|court|grand jury|jury))|(?P<bankruptcy>(?i:bankruptcy court|"
    r"bankruptcy judge)))\b"
    rf"(?P<name>(?:\s+{_NAME_WORD}){{1,4}}?,?)?"
    r"(?:\s+on\s+[A-Z][a-z]+day)?"
    r"\s+(?:(?:based|sitting|seated)\s+)?(?P<prep>in|of)\s+(?:downtown\s+)?"
)
_PLACE_WORD_RE = re.compile(r"[A-Z](?:[\w'’\-]|\.(?=[A-Za-z]))*\.?|the\b")


def _find_federal_places(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """ "a federal judge in Boston", "U.S. District Judge Jane Roe in Seattle",
    "a federal appeals court in New Orleans"."""
    for m in _FEDERAL_PLACE_RE.finditer(text):
        if m.group("prep") == "of" and not m.group("name"):
            continue
        place = _place_at(idx, text, m.end())
        if place is None:
            continue
        end, city_key, district = place
        kind = (m.group("kind") or m.group("bankruptcy")).lower()
        court_id = _court_for_kind(idx, kind, city_key, district)
        if court_id:
            yield m.start(), end, court_id


def _court_for_kind(
    idx: CourtIndex, kind: str, city_key: str | None, district: str | None
) -> str | None:
    if "appeal" in kind or "circuit" in kind:
        return idx.circuit_seats.get(city_key or "")
    if district and "bankruptcy" in kind:
        return idx.bankruptcy_of.get(district)
    return district


_PLACE_FIRST_RE = re.compile(
    r"(?<![\w'’.\-])(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+(?:(?i:federal)\s+"
    r"(?P<kind>(?i:district court|bankruptcy court|bankruptcy judge|appeals court|court|"
    r"judge|grand jury|jury|courthouse))|(?P<bankruptcy>(?i:bankruptcy court|bankruptcy judge)))"
    r"\b"
)


def _find_place_first(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """ "Manhattan federal court", "a Boston federal jury", "a Delaware bankruptcy judge"."""
    for m in _PLACE_FIRST_RE.finditer(text):
        words = list(_PLACE_WORD_RE.finditer(m.group("place")))
        kind = (m.group("kind") or m.group("bankruptcy")).lower()
        for k in range(len(words)):
            phrase = m.group("place")[words[k].start() :]
            city_key = name_key(phrase)
            district = _bare_place(idx, city_key)
            if district:
                court_id = _court_for_kind(idx, kind, city_key, district)
                if court_id:
                    yield m.start("place") + words[k].start(), m.end(), court_id
                break


@functools.cache
def _state_phrase_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    idx = court_index()
    states = sorted(
        {s for row in idx.state_rows.values() for s in [row["name"], *row.get("also", [])]},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(s) for s in states)
    possessive = re.compile(
        rf"(?<![\w.])(?P<state>{alternation}|(?i:the\s+nation|the\s+country))(?:'s|’s|')?\s+"
        r"(?:state\s+)?(?P<kind>highest court|high court|top court|appeals court|"
        r"appellate court|criminal appeals court|highest criminal court|top criminal court)\b"
    )
    located = re.compile(
        r"\bstate\s+(?P<kind>appeals court|appellate court|court of appeals|"
        rf"Supreme Court|supreme court)\s+in\s+(?P<state>{alternation})\b(?!,?\s*D\.?\s?C\b)"
    )
    return possessive, located


def _find_lowercase_phrases(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """ "New York's highest court", "a California appeals court", "the nation's highest court",
    "a state appeals court in Ohio"."""
    possessive, located = _state_phrase_res()
    for m in possessive.finditer(text):
        state, kind = m.group("state"), m.group("kind")
        if state.lower().startswith("the"):
            if kind in ("highest court", "top court", "high court"):
                yield m.start("state") + state.index(state.split()[-1]), m.end(), "scotus"
            continue
        court_id = idx.names.get(name_key(f"{state} {kind}"))
        if court_id:
            yield m.start(), m.end(), court_id
    for m in located.finditer(text):
        court_id = idx.names.get(name_key(f"{m.group('state')} {m.group('kind')}"))
        if court_id:
            yield m.start(), m.end(), court_id


# --- places ------------------------------------------------------------------------------


def _bare_place(idx: CourtIndex, key: str) -> str | None:
    """The district of a place named without a state: a known city or a one-district state."""
    entries = idx.cities.get(key)
    if entries:
        if len(entries) == 1:
            return entries[0][1] if entries[0][2] is not False else None
        preferred = [e for e in entries if e[2] is True]
        return preferred[0][1] if len(preferred) == 1 else None
    state = idx.states.get(key)
    if state and key == name_key(state):
        return idx.single_district.get(state)
    return None


def _place_at(idx: CourtIndex, text: str, pos: int) -> tuple[int, str | None, str | None] | None:
    """Read a place at ``pos``: "Boston", "Amarillo, Texas", "Greenbelt, Md.", "Washington, D.C."

    Returns (end, city key or None, district id or None), or None when no place is there.
    A sentence's final period is left out ("in Boston." ends before the period).
    """
    place = _read_place(idx, text, pos)
    if place is None:
        return None
    end, city_key, district = place
    if text[end - 1] == ".":
        word = text[max(0, end - 40) : end].split()[-1].split(",")[-1][:-1]
        if "." not in word and abbrev_key(word) not in idx.state_abbreviations:
            end -= 1
    return end, city_key, district


def _read_place(idx: CourtIndex, text: str, pos: int) -> tuple[int, str | None, str | None] | None:
    words: list[re.Match[str]] = []
    for m in _PLACE_WORD_RE.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[words[-1].end() if words else pos : m.start()]
        if gap.strip() or (words and len(gap) > 1):
            break
        words.append(m)
        if len(words) == 4:
            break
    if not words or (words[0].group() == "the" and len(words) == 1):
        return None
    for k in range(len(words), 0, -1):
        phrase = text[words[0].start() : words[k - 1].end()]
        key = name_key(phrase)
        if (
            key in idx.cities
            or key in idx.circuit_seats
            or (key in idx.states and key == name_key(idx.states[key]))
        ):
            end = words[k - 1].end()
            break
    else:
        key, end = "", words[0].end()
        if not words[0].group()[:1].isupper():
            return None
        for k in range(len(words), 0, -1):
            if _qualifier_at(idx, text, words[k - 1].end()):
                end = words[k - 1].end()
                break
        else:
            return None
    qualifier = _qualifier_at(idx, text, end)
    after_state = re.match(r"\s+state\b", text[end : end + 7])
    if qualifier:
        state, end = qualifier
        entries = [e for e in idx.cities.get(key, []) if e[0] == state]
        district = entries[0][1] if entries else idx.single_district.get(state)
        return end, key or None, district
    if after_state:  # "Washington state"
        named = idx.states.get(key)
        district = idx.single_district.get(named) if named else None
        return end + after_state.end(), None, district
    if not key:
        return None
    return end, key, _bare_place(idx, key)


_QUALIFIER_RE = re.compile(r",\s+((?:[A-Z][\w]*\.?|[A-Z]\.)(?:\s?(?:[A-Z][\w]*\.?|[A-Z]\.)){0,2})")


def _qualifier_at(idx: CourtIndex, text: str, pos: int) -> tuple[str, int] | None:
    """A ", State" after a city: (state name, end), else None."""
    m = _QUALIFIER_RE.match(text, pos)
    if not m:
        return None
    words = list(re.finditer(r"[A-Z][\w]*\.?|[A-Z]\.", m.group(1)))
    for k in range(len(words), 0, -1):
        phrase = m.group(1)[: words[k - 1].end()]
        state = idx.states.get(name_key(phrase))
        if state:
            return state, m.start(1) + words[k - 1].end()
    return None


# --- resolving by finding -----------------------------------------------------------------

_IN_PLACE_RE = re.compile(r"(?i:in|at)\s+(?:downtown\s+)?")


def _resolve_by_finding(idx: CourtIndex, phrase: str) -> str | None:
    ids = {court.id for court, _span in find_courts(phrase)}
    if len(ids) == 1:
        return ids.pop()
    if ids:
        return None
    m = _IN_PLACE_RE.match(phrase)
    if m:
        place = _place_at(idx, phrase, m.end())
        if place and place[0] >= len(phrase.rstrip(" .,")):
            return place[2]
    return None

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

import bisect
import functools
import re
from collections.abc import Iterator

from casekit.citations.court_index import (
    CourtIndex,
    abbrev_key,
    court_index,
    key_of,
    name_key,
    norm_word,
    words_of,
)
from casekit.errors import UnknownName
from casekit.model import Court, CourtLevel, Span

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
    words = words_of(phrase)
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
    Court of Appeals", "New York's highest court", "U.S. District Judge Jane Roe, in a
    decision issued in Washington, D.C."; "the state Supreme Court" when the sentence or
    the one before names one state, else the rest of its sentence or the dateline, and a
    later bare "Supreme Court" in such a story as that state's court; a state's
    intermediate court by its own name, "the Court of Appeals", "Division One of the Court
    of Appeals", in a story about that state's courts). Never raises.

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
    if len(out) > 1:
        _state_supreme_courts(idx, text, out)
    if out and ("Court of Appeal" in text or "Superior Court" in text):
        _state_lower_courts(idx, text, out)
    return out


_APPELLATE = CourtLevel.APPELLATE
#: the levels of the courts that review another court's decision
_REVIEWING = (CourtLevel.SUPREME, CourtLevel.APPELLATE)
_ORDINAL_NAMES = (
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    "Thirteenth|Fourteenth|Fifteenth"
)
#: a state's intermediate court by the name the state's own news uses, with no state
#: named: "Division One of the Court of Appeals", "the Fourteenth Court of Appeals",
#: "the District II Court of Appeals", "a Superior Court decision"
_LOWER_COURT_RE = re.compile(
    r"(?:Division\s+(?:One|Two|Three|Four|I{1,3}|IV|[1-4])\s+of\s+the\s+)?"
    rf"(?:(?:{_ORDINAL_NAMES}|\d{{1,2}}(?:st|nd|rd|th)|District\s+(?:I{{1,3}}|IV|[1-4]))\s+)?"
    r"(?P<kind>Court\s+of\s+(?:Criminal\s+)?Appeals|Superior\s+Court)\b"
    r"(?!\s+(?:for|of|in\s+and\s+for)\s+(?:the\s+)?[A-Z])"
)
#: a word before the court's name that makes it some other court's
_NOT_STATE_BEFORE = re.compile(
    r"(?:[Ff]ederal|U\.\s?S\.|(?!(?:The|A|An|In|On|By)\s)[A-Z][a-z]+)\s+\Z"
)


def _state_lower_courts(idx: CourtIndex, text: str, out: list[tuple[Court, Span]]) -> None:
    """In a story about one state's courts (every court found is that state's or the
    U.S. Supreme Court), its intermediate courts named without the state: "Division One
    of the Court of Appeals" (Washington), "the Fourteenth Court of Appeals" (Texas),
    "a Superior Court decision" (Pennsylvania's appellate Superior Court)."""
    states = {c.jurisdiction for c, _span in out if c.id != "scotus"}
    if len(states) != 1:
        return
    state = states.pop()
    if state is None or state in ("federal", "District of Columbia") or state not in idx.state_rows:
        return
    if not any(c.level in _REVIEWING for c, _span in out if c.jurisdiction == state):
        return  # a story about a state's trial court: "Superior Court" is its own
    added: list[tuple[Court, Span]] = []
    taken = [(span.start, span.end) for _c, span in out]
    for word in ("Court of", "Superior Court"):
        k = text.find(word)
        while k >= 0:
            m = _LOWER_COURT_RE.search(text, max(0, k - 40), k + 60)
            k = text.find(word, k + len(word))
            if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _NOT_STATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "the U.S. Court of Appeals", "Ohio Court of Appeals"
            kind = " ".join(m.group("kind").split())
            court_id = idx.names.get(name_key(f"{state} {kind}"))
            court = idx.courts.get(court_id) if court_id else None
            if court is None or court.jurisdiction != state or court.level is not _APPELLATE:
                continue  # a trial court ("Superior Court" in California) needs its county
            added.append((court, Span(start=m.start(), end=m.end())))
            taken.append((m.start(), m.end()))
    if added:
        out.extend(added)
        out.sort(key=lambda found: found[1].start)


#: a state's high court described, not named: "the state's high court", "the state
#: Supreme Court", "Oregon's highest court"
_DESCRIBED_HIGH_COURT = re.compile(r"(?i:state|['’]s?\s+(?:high|highest|top)\s+court)")


def _state_supreme_courts(idx: CourtIndex, text: str, out: list[tuple[Court, Span]]) -> None:
    """A bare "the Supreme Court" after a state's high court is described ("the state's
    high court ruled ... Roe petitioned the Supreme Court for review") is that court,
    unless the text names the U.S. Supreme Court in a form of its own, a bare "Supreme
    Court" comes first (a story about the U.S. Supreme Court), or a new story starts
    with a dateline in between (a roundup)."""
    if any(c.id == "scotus" and span.of(text) != "Supreme Court" for c, span in out):
        return  # "the U.S. Supreme Court", "the nation's highest court"
    state_court: Court | None = None
    since = 0  # where the state court was described
    for i, (court, span) in enumerate(out):
        if court.id == "scotus":
            if state_court is None:
                return
            if _DATELINE_RE.search(text, since, span.start):
                return
            out[i], since = (state_court, span), span.end
        elif state_court is not None and court.id == state_court.id:
            since = span.end  # the story goes on about the state's court
        elif (
            state_court is None
            and court.level is CourtLevel.SUPREME
            and court.jurisdiction != "federal"
            and _DESCRIBED_HIGH_COURT.search(span.of(text))
            and idx.names.get(name_key(f"{court.jurisdiction} Supreme Court")) == court.id
        ):
            state_court, since = court, span.end


# --- finding ---------------------------------------------------------------------------

_Match = tuple[int, int, str]

#: the rest of a capitalized word: word characters, ' ’ -, and periods followed by a
#: letter ("U.S"); written as runs of one class, which the regex engine reads fast
_WORD_REST = r"[\w'’\-]*(?:\.(?=[A-Za-z])[\w'’\-]*)*"
_CAP = rf"(?:[A-Z]{_WORD_REST}\.?|\d{{1,2}}(?:st|nd|rd|th|d)\b)"
#: _CAP with a leading character class, so that a scan skips fast to capitals and digits
_CAP_FIRST = rf"[A-Z\d](?:(?<=[A-Z]){_WORD_REST}\.?|(?<=\d)\d?(?:st|nd|rd|th|d)\b)"
_CONNECTOR = r"(?:of|for|on|the|de)"
_RUN_RE = re.compile(rf"{_CAP_FIRST}(?:(?:\s+(?:{_CONNECTOR}\s+)*|\s*,\s*){_CAP})*")
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


#: where anything may be found: one fast pass (a leading character class lets the regex
#: engine skip most positions) over the capitalized words the finders below start from,
#: "County" included; their lowercase words ("court", "federal", "bankruptcy") are found
#: by str.find
_ANCHOR_RE = re.compile(
    r"[BCDFPSTU](?:ourt|ederal|ankruptcy|OURT|ir|IR|t|T|ist|IST|ivision|IVISION|anel|ANEL|"
    r"ribunal|RIBUNAL|COTUS|cotus|EDERAL|ANKRUPTCY|\.\s?S\.|S|nited\s+States|ounty(?<=County))"
)
#: anchor word -> 1 a capitalized court word, 2 "Court", 3 "court", 4 federal or
#: bankruptcy, 5 "County"; words starting "U" are U.S.; anything else is a near miss
_ANCHOR_KIND = dict.fromkeys(
    "COURT Cir CIR Ct CT Dist DIST Division DIVISION Panel PANEL Tribunal TRIBUNAL SCOTUS "
    "Scotus".split(),
    1,
)
_ANCHOR_KIND.update({"Court": 2, "court": 3, "County": 5})
_ANCHOR_KIND.update(
    dict.fromkeys("federal Federal FEDERAL bankruptcy Bankruptcy BANKRUPTCY".split(), 4)
)


class _Anchors:
    """Positions of the words each finder starts from, in order."""

    __slots__ = ("county", "court", "federal", "lower_court", "names")

    def __init__(self, text: str) -> None:
        names: list[int] = []  # capitalized court words: Court, Circuit, Cir., District
        court: list[int] = []  # "court" and "Court"
        lower_court: list[int] = []  # "court"
        # kind 3 ("court") is found below, with the lowercase words
        federal: list[tuple[int, int, bool]] = []  # federal, bankruptcy, U.S.: start, end, U.S.?
        county: list[int] = []  # "County"
        kinds = _ANCHOR_KIND
        for m in _ANCHOR_RE.finditer(text):
            word = m.group()
            kind = kinds.get(word)
            if kind == 2:
                start = m.start()
                names.append(start)
                court.append(start)
            elif kind == 1:
                names.append(m.start())
            elif kind == 4:
                federal.append((m.start(), m.end(), False))
            elif kind == 5:
                county.append(m.start())
            elif word[0] == "U":
                federal.append((m.start(), m.end(), True))
        i = text.find("court")
        while i >= 0:
            court.append(i)
            lower_court.append(i)
            i = text.find("court", i + 5)
        for word in ("federal", "bankruptcy"):
            i = text.find(word)
            while i >= 0:
                federal.append((i, i + len(word), False))
                i = text.find(word, i + len(word))
        if lower_court:
            court.sort()
        if len(federal) > 1:
            federal.sort()
        self.names, self.court, self.lower_court = names, court, lower_court
        self.federal, self.county = federal, county


def _find_all(idx: CourtIndex, text: str) -> Iterator[_Match]:
    anchors = _Anchors(text)
    if anchors.names:
        yield from _find_names(idx, text, anchors.names)
    if "." in text or "(" in text:
        yield from _find_abbreviations(idx, text)
    if anchors.federal:
        yield from _find_federal_places(idx, text, anchors.federal)
        yield from _find_place_first(idx, text, anchors.federal)
    if anchors.court:
        yield from _find_lowercase_phrases(idx, text, anchors.court, anchors.lower_court)
        yield from _find_state_context(idx, text, anchors.court)
    if anchors.county:
        yield from _find_county_judges(idx, text, anchors.county)
        yield from _find_county_courts(idx, text, anchors.county)
    if anchors.names and "Supreme Court" in text:
        yield from _find_borough_supreme_courts(idx, text)
    if " state " in text:
        yield from _find_borough_state_judges(idx, text)


#: A barrier is a position no capitalized run (``_RUN_RE``) can span: a character no run
#: holds, or a lowercase word (not a connector: of, for, on, the, de) or underscore that
#: starts after a space or comma. Matched from a position up to a court word, this regex
#: ends just after the last barrier there (the greedy ``.*`` backs off from the court
#: word one character at a time). (A number is never taken for one: that only makes the
#: rescan start earlier.)
_LAST_BARRIER_RE = re.compile(
    r"(?s:.*)(?:[^\w\s'’\-.,]|(?<=[\s,])(?!(?:of|for|on|the|de)\s)[a-z_])"
)
_LOOKBACK = 400


def _find_names(idx: CourtIndex, text: str, anchors: list[int]) -> Iterator[_Match]:
    """Formal names and capitalized news names ("the 9th U.S. Circuit Court of Appeals").

    Only the capitalized runs that hold a court word are read: for each such word, the
    scan restarts at the last position no run can span, so runs come out exactly as a
    scan of the whole text would cut them.
    """
    last_end = 0
    for k in anchors:
        if k < last_end:
            continue
        lo = max(last_end, k - 64)
        barrier = _LAST_BARRIER_RE.match(text, lo, k)
        if barrier is None and lo > last_end:
            lo = max(last_end, k - _LOOKBACK)
            barrier = _LAST_BARRIER_RE.match(text, lo, k)
        run = _RUN_RE.search(text, barrier.end() - 1 if barrier else lo)
        while run is not None:
            last_end = run.end()
            hits = _run_hits(run.group())
            base = run.start()
            for rel_start, rel_end, key, court_id, bare_ok, need_place_check in hits:
                start = base + rel_start
                if (bare_ok is None and not need_place_check) or _accept(
                    idx, text, key, court_id, bare_ok, need_place_check, start
                ):
                    yield start, base + rel_end, court_id
            if last_end > k:
                break
            run = _RUN_RE.search(text, last_end)


#: (start, end, key, court id, whether a bare key may stand here at all, whether a
#: district name needs the prosecutors check) for each name in one capitalized run
_RunHit = tuple[int, int, str, str, bool | None, bool]


@functools.lru_cache(maxsize=8192)
def _run_hits(run: str) -> tuple[_RunHit, ...]:
    idx = court_index()
    words = list(_RUN_WORD_RE.finditer(run))
    norm = [norm_word(w.group()) for w in words]
    n = len(norm)
    next_keyword = [n] * (n + 1)  # index of the first keyword at or after i
    for k in range(n - 1, -1, -1):
        next_keyword[k] = k if norm[k] in _KEYWORDS else next_keyword[k + 1]
    if next_keyword[0] == n:
        return ()
    out: list[_RunHit] = []
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
        start, end = words[first].start(), words[j - 1].end()
        last = words[j - 1].group()
        if last.endswith(".") and len(last) > 4 and "." not in last[:-1]:
            end -= 1  # a sentence's period, not an abbreviation's
        elif last.endswith(("'s", "’s")):
            end -= 2  # "the Supreme Court's ruling"
        span_words = set(norm[i:j])
        bare_ok: bool | None = None  # not a bare key: nothing to check before it
        if key in idx.bare_keys and not {"us", "u", "united"} & span_words:
            bare_ok = not (j < n and norm[j] in ("of", "for"))  # "Supreme Court of Canada"
        need_place_check = "court" not in span_words and court_id in idx.districts
        out.append((start, end, key, court_id, bare_ok, need_place_check))
        i = j
    return tuple(out)


_WORD_BEFORE_RE = re.compile(r"[\w'’.\-]+")


def _accept(
    idx: CourtIndex,
    text: str,
    key: str,
    court_id: str,
    bare_ok: bool | None,
    need_place_check: bool,
    start: int,
) -> bool:
    if bare_ok is not None:
        if not bare_ok:
            return False
        before = text[max(0, start - 40) : start]
        stripped = before.rstrip()
        if len(stripped) < len(before):
            m = _WORD_BEFORE_RE.match(stripped[::-1])
            if m:
                word = m.group()[::-1]
                low = norm_word(word)
                if low in _DENIED_BEFORE or low in idx.state_words:
                    return False
                if word[:1].isupper() and low not in _ALLOWED_BEFORE:
                    return False
    if need_place_check:
        return not _PROSECUTORS_BEFORE.search(text[max(0, start - 60) : start])
    return True


_ABBR_WORD = (
    r"(?:[A-Z][A-Za-z'’]{0,7}\.|\d{1,2}(?:st|nd|rd|th|d)"
    r"|Alaska|Iowa|Ohio|Utah|Idaho|Guam|Trade|BAP|DCA)"
)
#: an abbreviation run, as a scan of the whole text cuts them (the definition; the finder
#: scans with _ABBR_SCAN_RE, which matches the same runs from the anchors)
_ABBR_RUN_RE = re.compile(rf"(?<![\w.]){_ABBR_WORD}(?:\s?{_ABBR_WORD}){{0,7}}")
_ABBR_WORD_RE = re.compile(_ABBR_WORD)
_DATE_THEN_CLOSE = re.compile(r"\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s+)?\d{4}\)|\s*\)", re.ASCII)
_REPORTER_NEXT = re.compile(r"\s+(?:\d|2d\b|3d\b|4th\b|5th\b)")


#: the period that ends a capitalized abbreviation word starting a run ("S." of
#: "S.D.N.Y.", "Cir." after a space), found from the period (a fast literal search); a
#: guard first drops the periods with no capital in the eight characters before them
_ABBR_DOT_RE = re.compile(
    r"\.(?<![^A-Z]{8}\.)(?:"
    + "|".join(rf"(?<=[A-Z](?<![\w.].)[A-Za-z'’]{{{n}}}\.)()" for n in range(8))
    + r")"
)
#: the end of an abbreviation word that has no period ("9th", "Ohio"), which a run may
#: continue after: matched at the position after it (a guard on the last letter first)
_ABBR_TAIL_LAST = "tdhaomePA"
_ABBR_TAIL_BEFORE_RE = re.compile(
    rf"(?<=[{_ABBR_TAIL_LAST}])(?:(?<=\d(?:st|nd|rd|th))|(?<=\dd)|(?<=Alaska)|(?<=Iowa)|(?<=Ohio)"
    r"|(?<=Utah)|(?<=Idaho)|(?<=Guam)|(?<=Trade)|(?<=BAP)|(?<=DCA))"
)
#: "(Ohio 2004)": the abbreviations with no period that name a court alone
_PAREN_WORD_RE = re.compile(r"\((?=(?s:.{0,2})(?:Alaska|Idaho|Iowa|Ohio|Utah|Guam))")
#: _ABBR_RUN_RE with a leading character class, for quick scans from a position
_ABBR_SCAN_RE = re.compile(
    r"[A-Z\d](?<![\w.].)(?:(?<=[A-Z])(?:[A-Za-z'’]{0,7}\.|(?<=A)laska|(?<=I)owa|(?<=O)hio"
    r"|(?<=U)tah|(?<=I)daho|(?<=G)uam|(?<=T)rade|(?<=B)AP|(?<=D)CA)"
    rf"|(?<=\d)\d?(?:st|nd|rd|th|d))(?:\s?{_ABBR_WORD}){{0,7}}"
)
_ABBR_LOOKBACK = 90

#: (word starts, word ends, {(i, j): (strong id, weak id)}, whether all ids are weak) of
#: one abbreviation run
_AbbrTable = tuple[
    tuple[int, ...],
    tuple[int, ...],
    dict[tuple[int, int], tuple[str | None, str | None]],
    bool,
]


@functools.lru_cache(maxsize=8192)
def _abbr_table(run: str) -> _AbbrTable | None:
    idx = court_index()
    words = list(_ABBR_WORD_RE.finditer(run))
    starts = tuple(w.start() for w in words)
    ends = tuple(w.end() for w in words)
    table: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            key = abbrev_key(run[starts[i] : ends[j - 1]])
            strong, weak = idx.strong.get(key), idx.weak.get(key)
            if strong is not None or weak is not None:
                table[i, j] = (strong, weak)
    if not table:
        return None
    return starts, ends, table, all(strong is None for strong, _weak in table.values())


def _find_abbreviations(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """Citation abbreviations: ``S.D.N.Y.`` anywhere, ``Cal.`` only in ``(Cal. 2004)``."""
    # word start, its period (words do not overlap: the starts come in order)
    anchors = [(m.start() - (m.lastindex or 1), m.start()) for m in _ABBR_DOT_RE.finditer(text)]
    if "(" in text:
        parens = [(m.start(), -1) for m in _PAREN_WORD_RE.finditer(text)]
        if parens:
            anchors += parens
            anchors.sort()
    if not anchors:
        return
    prefixes = idx.abbreviation_prefixes
    last_end = 0
    for k, dot in anchors:
        if k < last_end:
            continue
        if dot >= 0:
            # a word after anything but a run's last word ("Tuesday. U.S.", "9th Cir.")
            # starts a run of its own
            p = k - 1 if k and text[k - 1].isspace() else k
            before = text[p - 1 : p]
            if p == k or (
                before != "."
                and (before not in _ABBR_TAIL_LAST or not _ABBR_TAIL_BEFORE_RE.match(text, p))
            ):
                glued = text[dot + 1 : dot + 2]
                if not (glued.isupper() or glued.isdigit()) and (
                    # the word's abbreviation key: it holds only letters, ' and ’
                    text[k:dot].lower().replace("'", "").replace("’", "") not in prefixes
                ):
                    # no abbreviation starts with this word ("Tuesday.", "Mr."); one that
                    # starts later in its run ("Tuesday. U.S.") has an anchor of its own
                    # after the space, which rescans the run
                    continue
                run = _ABBR_SCAN_RE.match(text, k)
                if run is not None:
                    last_end = run.end()
                    table = _abbr_table(run.group())
                    if table is not None:
                        yield from _abbr_hits(text, k, table)
                    continue
        for run in _ABBR_SCAN_RE.finditer(text, max(last_end, k - _ABBR_LOOKBACK)):
            last_end = run.end()
            table = _abbr_table(run.group())
            if table is not None:
                yield from _abbr_hits(text, run.start(), table)
            if last_end > k:
                break


def _abbr_hits(text: str, base: int, table: _AbbrTable) -> list[_Match]:
    """The court abbreviations of one run (at ``base``) in ``text``, given its table."""
    starts, ends, found, weak_only = table
    if weak_only and "(" not in text[max(0, base - 3) : base + ends[-1]]:
        return []  # a weak id needs a parenthesis just before it
    out: list[_Match] = []
    n = len(starts)
    i = 0
    while i < n:
        for j in range(n, i, -1):
            ids = found.get((i, j))
            if ids is None:
                continue
            strong, weak = ids
            start, end = base + starts[i], base + ends[j - 1]
            if strong is not None:
                # a weak id is taken only in parentheses, where the strong one is
                if _DATE_THEN_CLOSE.match(text, end) or not _REPORTER_NEXT.match(text, end):
                    out.append((start, end, strong))
                    break
            elif (
                weak is not None
                and text[max(0, start - 1) : start] in ("(", " ")
                and "(" in text[max(0, start - 3) : start]
                and _DATE_THEN_CLOSE.match(text, end)
            ):
                out.append((start, end, weak))
                break
        else:
            i += 1
            continue
        i = j
    return out


#: a capitalized word; the lookahead keeps the regex engine from trying shorter words,
#: which can never be followed by what follows a name (a space, a comma or a period)
_NAME_WORD = r"(?:[A-Z][\w'’\-]*(?![\w'’\-])\.?)"
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
_PLACE_WORD = rf"(?:[A-Z]{_WORD_REST}\.?|the\b)"
_PLACE_WORD_RE = re.compile(rf"[A-Zt](?:(?<=[A-Z]){_WORD_REST}\.?|(?<=t)he\b)")
#: up to four place words: the first after any spaces, the others one space apart
_PLACE_WORDS_RE = re.compile(
    rf"\s*({_PLACE_WORD})(?:\s({_PLACE_WORD})(?:\s({_PLACE_WORD})(?:\s({_PLACE_WORD}))?)?)?"
)
#: a federal trial judge or court, then where its decision was issued: "U.S. District
#: Judge Jane Roe, in a decision issued in Washington, D.C., ..."
_FEDERAL_DECISION_RE = re.compile(
    r"(?<![\w.])(?:(?i:federal)|U\.\s?S\.|US|United States)\s+"
    r"(?P<kind>(?i:district judge|district court|bankruptcy judge|bankruptcy court|"
    r"magistrate judge|judge|court))\b"
    rf"(?:(?:\s+{_NAME_WORD}){{1,4}}?)?"
    r",?\s+(?:on\s+[A-Z][a-z]+day,?\s+)?in\s+(?:a|an|his|her|its|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:decision|ruling|order|opinion)\s+"
    r"(?:(?:issued|filed|released|handed\s+down|entered|signed|posted|made)\s+)?"
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:in|from)\s+(?:downtown\s+)?"
)


#: how the words after "federal", "U.S." or "bankruptcy" in _FEDERAL_PLACE_RE start
_KIND_STARTS = (
    "district",
    "bankruptcy",
    "appea",
    "appella",
    "court",
    "circuit",
    "magistrate",
    "trial",
    "judge",
    "grand",
    "jury",
)


def _find_federal_places(
    idx: CourtIndex, text: str, anchors: list[tuple[int, int, bool]]
) -> Iterator[_Match]:
    """ "a federal judge in Boston", "U.S. District Judge Jane Roe in Seattle",
    "a federal appeals court in New Orleans"."""
    last_end = 0
    for k, word_end, _us in anchors:
        if k < last_end:
            continue
        after = text[word_end : word_end + 14].lstrip().lower()
        if not after.startswith(_KIND_STARTS):
            continue
        m = _FEDERAL_PLACE_RE.match(text, k)
        place = None
        if m is not None:
            last_end = m.end()
            if m.group("prep") == "in" or m.group("name"):
                place = _place_at(idx, text, m.end())
        if place is None:
            decided = _decided_in(idx, text, k)
            if decided is not None:
                last_end = max(last_end, decided[1])
                yield decided
            continue
        assert m is not None
        end, city_key, district = place
        kind = (m.group("kind") or m.group("bankruptcy")).lower()
        court_id = _court_for_kind(idx, kind, city_key, district)
        if court_id:
            yield m.start(), end, court_id


_DECISION_WORDS = ("decision", "ruling", "order", "opinion")


def _decided_in(idx: CourtIndex, text: str, k: int) -> _Match | None:
    """ "U.S. District Judge Jane Roe, in a decision issued in Washington, D.C." at ``k``."""
    end = k + 120
    for word in _DECISION_WORDS:
        if text.find(word, k, end) >= 0:
            break
    else:
        return None
    m = _FEDERAL_DECISION_RE.match(text, k)
    if m is None:
        return None
    place = _place_at(idx, text, m.end())
    if place is None or place[2] is None:
        return None
    court_id = _court_for_kind(idx, m.group("kind").lower(), None, place[2])
    return (k, place[0], court_id) if court_id else None


def _court_for_kind(
    idx: CourtIndex, kind: str, city_key: str | None, district: str | None
) -> str | None:
    if "appeal" in kind or "circuit" in kind:
        return idx.circuit_seats.get(city_key or "")
    if district and "bankruptcy" in kind:
        return idx.bankruptcy_of.get(district)
    return district


#: the rest of a place word, all of it (a shorter part is never followed by a space)
_PLACE_REST = r"[\w'’.\-]*(?![\w'’.\-])"
_PLACE_FIRST_RE = re.compile(
    rf"(?P<place>[A-Z](?<![\w'’.\-][A-Z]){_PLACE_REST}(?:\s+[A-Z]{_PLACE_REST}){{0,3}})\s+"
    r"(?:(?i:federal)\s+"
    r"(?P<kind>(?i:district court|bankruptcy court|bankruptcy judge|appeals court|court|"
    r"judge|grand jury|jury|courthouse))|(?P<bankruptcy>(?i:bankruptcy court|bankruptcy judge)))"
    r"\b"
)


def _find_place_first(
    idx: CourtIndex, text: str, anchors: list[tuple[int, int, bool]]
) -> Iterator[_Match]:
    """ "Manhattan federal court", "a Boston federal jury", "a Delaware bankruptcy judge"."""
    last_end = 0
    for k, word_end, us in anchors:
        if us or k < last_end or not k or not text[k - 1].isspace():
            continue
        prev = text[max(0, k - 30) : k].rsplit(None, 1)
        if (
            not prev
            or prev[-1].islower()
            or not (text[word_end : word_end + 14].lstrip().lower().startswith(_KIND_STARTS))
        ):
            continue  # "a federal judge": no place before it
        # the place is at most four words, so the match starts in the last four chunks
        lo = max(last_end, k - 160)
        chunks = text[lo:k].rsplit(None, 4)
        if len(chunks) == 5:
            lo += len(chunks[0])
        endpos = min(len(text), k + 40)
        m = _PLACE_FIRST_RE.search(text, lo, endpos)
        if m is not None and m.end() == endpos and endpos < len(text):
            m = _PLACE_FIRST_RE.search(text, lo)  # a longer word at the window's end
        if m is None:
            continue
        last_end = m.end()
        words = list(_PLACE_WORD_RE.finditer(m.group("place")))
        kind = (m.group("kind") or m.group("bankruptcy")).lower()
        for w in range(len(words)):
            phrase = m.group("place")[words[w].start() :]
            city_key = name_key(phrase)
            district = _bare_place(idx, city_key)
            if district:
                court_id = _court_for_kind(idx, kind, city_key, district)
                if court_id:
                    yield m.start("place") + words[w].start(), m.end(), court_id
                break


def _starting_names(names: list[str]) -> str:
    """An alternation of ``names`` that each start where no word or period ends, grouped
    by their first letter (in the given order within a group): the regex engine skips
    the branches of other letters at once, and scans fast for the first letters."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(
        f"{re.escape(first)}(?<![\\w.].)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )


@functools.cache
def _state_phrase_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    idx = court_index()
    states = sorted(
        {s for row in idx.state_rows.values() for s in [row["name"], *row.get("also", [])]},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(s) for s in states)
    the = r"(?<![\w.].)(?i:he\s+nation|he\s+country)"
    possessive = re.compile(
        rf"(?P<state>{_starting_names(states)}|T{the}|t{the})(?:'s|’s|')?\s+"
        r"(?:state\s+)?(?P<kind>highest court|high court|top court|appeals court|"
        r"appellate court|criminal appeals court|highest criminal court|top criminal court)\b"
    )
    located = re.compile(
        r"\bstate\s+(?P<kind>appeals court|appellate court|court of appeals|"
        rf"Supreme Court|supreme court)\s+in\s+(?P<state>{alternation})\b(?!,?\s*D\.?\s?C\b)"
    )
    return possessive, located


#: what comes before "court" in the kinds of the possessive phrase ("highest court")
_KIND_BEFORE_COURT = ("highest ", "high ", "top ", "appeals ", "appellate ", "criminal ")


def _find_lowercase_phrases(
    idx: CourtIndex, text: str, court_words: list[int], lower_court_words: list[int]
) -> Iterator[_Match]:
    """ "New York's highest court", "a California appeals court", "the nation's highest court",
    "a state appeals court in Ohio"."""
    possessive, located = _state_phrase_res()
    last_end = 0
    for k in lower_court_words:
        if k < last_end:
            continue
        if not text.endswith(_KIND_BEFORE_COURT, max(0, k - 10), k):
            continue
        m = possessive.search(text, max(last_end, k - 90), min(len(text), k + 6))
        if m is None:
            continue
        last_end = m.end()
        state, kind = m.group("state"), m.group("kind")
        if state.lower().startswith("the"):
            if kind in ("highest court", "top court", "high court"):
                yield m.start("state") + state.index(state.split()[-1]), m.end(), "scotus"
            continue
        court_id = idx.names.get(name_key(f"{state} {kind}"))
        if court_id:
            yield m.start(), m.end(), court_id
    last_end = 0
    for k in court_words:
        if k < last_end or text.rfind("state", max(0, k - 40), k) < 0:
            continue
        endpos = min(len(text), k + 120)
        m = located.search(text, max(last_end, k - 40), endpos)
        if m is not None and m.end() + 8 > endpos and endpos < len(text):
            m = located.search(text, max(last_end, k - 40))  # a lookahead near the end
        if m is None:
            continue
        last_end = m.end()
        court_id = idx.names.get(name_key(f"{m.group('state')} {m.group('kind')}"))
        if court_id:
            yield m.start(), m.end(), court_id


#: "the state Supreme Court", "the state's highest court": which state is the text's
_STATE_KIND_RE = re.compile(
    r"(?<![\w.])[Ss]tate(?:'s|’s)?\s+(?P<kind>highest criminal court|top criminal court|"
    r"highest court|high court|top court|[Ss]upreme [Cc]ourt|Supreme Judicial Court|"
    r"appeals court|appellate court|[Cc]ourt of [Aa]ppeals|Court of Criminal Appeals|"
    r"criminal appeals court|intermediate (?:appeals|appellate) court)\b"
)
_IN_PLACE_AFTER_RE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z]")
_APPOSITIVE_RE = re.compile(
    r"(?:[Cc]ourt|Appeals|Circuit|Justices)\s*(?:,|—|–|--|\()\s*(?:the\s+|a\s+)?\Z"
)
#: the end of a sentence, or of an abbreviation ("U.S.", "Mr.": see _NOT_SENTENCE_END)
_SENTENCE_END_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)[^\S\n]*\n)"
)
_NOT_SENTENCE_END = frozenset(
    "Mr Ms Mrs Dr St Jr Sr No Gov Sen Rep Gen Inc Corp Co Calif Lt Sgt Capt Col Ft Mt".split()
)


#: capitalized words a state name may stand before and still name the state
_AFTER_STATE_OK = frozenset(
    """Supreme Court Courts Superior Appellate Circuit District State Legislature
    Senate House Assembly Constitution Department Attorney Gov Governor General
    Republicans Democrats Republican Democratic National Highway Commonwealth""".split()
)


@functools.cache
def _state_name_re() -> re.Pattern[str]:
    idx = court_index()
    states = sorted(
        {s for row in idx.state_rows.values() for s in [row["name"], *row.get("also", [])]},
        key=len,
        reverse=True,
    )
    # a leading character class lets the regex engine skip to capitals
    return re.compile(rf"(?:{_starting_names(states)})(?![\w])")


_STATE_WORD_AFTER_RE = re.compile(r"\s+[Ss]tate\b")
#: what only the state of Washington has: "the Washington Department of Corrections",
#: "the Washington Legislature" (the capital has agencies of its own: not these words)
_WASHINGTON_STATE_BODY_RE = re.compile(
    r"(?:'s|’s)?\s+(?:Department\s+of|Legislature|Attorney\s+General|Gov\.|Governor|"
    r"Constitution|Supreme\s+Court|Court\s+of\s+Appeals|Superior\s+Court)"
)
_WORD_AFTER_STATE_RE = re.compile(r"(?:'s|’s)?\s+([A-Z][\w'’\-]*)")


@functools.lru_cache(maxsize=256)
def _state_named(name: str) -> str | None:
    return court_index().states.get(name_key(name))


def _context_state(idx: CourtIndex, text: str, pos: int) -> str | None:
    """The one US state named in the sentence before ``pos`` and the sentence before that,
    or None when none or several are."""
    lo = max(0, pos - 600)
    ends = []
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        if text[m.start()] == ".":
            word = text[max(0, m.start() - 6) : m.start()].rsplit(None, 1)[-1:]
            if word and (word[0] in _NOT_SENTENCE_END or word[0][-1:].isupper()):
                continue  # "Mr.", "U.S.", "J."
        ends.append(m.end())
    if len(ends) >= 2:
        lo = ends[-2]
    found = _states_named(text, lo, pos)
    return found.pop() if len(found) == 1 else None


#: "a state's high court", "any state supreme court": some state, not the story's
_ANY_STATE_BEFORE = re.compile(r"(?i:\b(?:a|any|another|each|every|one|no)\s+\Z)")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (abbreviations such as "U.S." do not end it)."""
    for m in _SENTENCE_END_RE.finditer(text, pos, min(len(text), pos + 600)):
        if text[m.start()] == ".":
            word = text[max(0, m.start() - 6) : m.start()].rsplit(None, 1)[-1:]
            if word and (word[0] in _NOT_SENTENCE_END or word[0][-1:].isupper()):
                continue
        return m.start()
    return min(len(text), pos + 600)


def _story_state(idx: CourtIndex, text: str, pos: int) -> str | None:
    """The state of a story, for a phrase such as "the state's high court" ending at
    ``pos`` whose earlier sentences name none: the one state named in the rest of its
    sentence ("The state's high court ruled that the Oregon Department of Corrections
    ..."), else the state of the report's dateline ("SALEM, Ore. —", "OLYMPIA —")."""
    found = _states_named(text, pos, _sentence_end(text, pos))
    if len(found) == 1:
        return found.pop()
    return None if found else _dateline_state(idx, text)


#: a wire dateline opening a line in a report's head: "OLYMPIA —", "SALEM, Ore. (AP) —",
#: "AUSTIN, Texas, May 2, 2025 (Wire) -"
_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})"
    r"(?:,\s+(?P<state>[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?))?"
    r"(?=,\s+[A-Z][a-z]{2,8}\.?\s+\d|\s*\(|\s+[—–-])",
    re.MULTILINE,
)
#: the states' capitals, which news datelines name without their state
_CAPITALS = {
    "montgomery": "Alabama", "juneau": "Alaska", "phoenix": "Arizona",
    "little rock": "Arkansas", "sacramento": "California", "denver": "Colorado",
    "hartford": "Connecticut", "dover": "Delaware", "tallahassee": "Florida",
    "atlanta": "Georgia", "honolulu": "Hawaii", "boise": "Idaho", "springfield": "Illinois",
    "indianapolis": "Indiana", "des moines": "Iowa", "topeka": "Kansas",
    "frankfort": "Kentucky", "baton rouge": "Louisiana", "augusta": "Maine",
    "annapolis": "Maryland", "boston": "Massachusetts", "lansing": "Michigan",
    "st paul": "Minnesota", "saint paul": "Minnesota", "jackson": "Mississippi",
    "jefferson city": "Missouri", "helena": "Montana", "lincoln": "Nebraska",
    "carson city": "Nevada", "concord": "New Hampshire", "trenton": "New Jersey",
    "santa fe": "New Mexico", "albany": "New York", "raleigh": "North Carolina",
    "bismarck": "North Dakota", "columbus": "Ohio", "oklahoma city": "Oklahoma",
    "salem": "Oregon", "harrisburg": "Pennsylvania", "providence": "Rhode Island",
    "columbia": "South Carolina", "pierre": "South Dakota", "nashville": "Tennessee",
    "austin": "Texas", "salt lake city": "Utah", "montpelier": "Vermont",
    "richmond": "Virginia", "olympia": "Washington", "charleston": "West Virginia",
    "madison": "Wisconsin", "cheyenne": "Wyoming",
}  # fmt: skip


def _dateline_state(idx: CourtIndex, text: str) -> str | None:
    """The state of the report's dateline, if its head has one: the state written after
    the city, else the state of a capital or of a city the court table knows (a line
    such as "EXCLUSIVE —" above it names no place and is passed over)."""
    for m in _DATELINE_RE.finditer(text, 0, min(len(text), 1200)):
        if m.group("state"):
            state = idx.states.get(name_key(m.group("state")))
        else:
            key = name_key(m.group("city"))
            if key not in _CAPITALS and key not in idx.cities:
                continue  # no place at all
            states = {_CAPITALS[key]} if key in _CAPITALS else {e[0] for e in idx.cities[key]}
            state = states.pop() if len(states) == 1 else None
        return None if state == "District of Columbia" else state
    return None


def _states_named(text: str, lo: int, hi: int) -> set[str]:
    """The US states named in ``text[lo:hi]`` (not the District of Columbia, nor
    "Washington" without "state", nor a state's name as a first name or in an outlet's)."""
    found: set[str] = set()
    for m in _state_name_re().finditer(text, lo, hi):
        state = _state_named(m.group())
        if state is None or state == "District of Columbia":
            continue
        after = text[m.end() : m.end() + 30]
        if state == "Washington" and not (
            _STATE_WORD_AFTER_RE.match(after) or _WASHINGTON_STATE_BODY_RE.match(after)
        ):
            continue  # Washington is more often the capital
        nxt = _WORD_AFTER_STATE_RE.match(after)
        if nxt and nxt.group(1).rstrip(".") not in _AFTER_STATE_OK:
            continue  # "Virginia Smith", "New York Times"
        found.add(state)
    return found


def _find_state_context(idx: CourtIndex, text: str, court_words: list[int]) -> Iterator[_Match]:
    """ "the state Supreme Court", "the state's highest court", "a state appeals court",
    where the sentence or the one before names one state: "A Georgia law was struck down.
    The state Supreme Court ..." (the Georgia Supreme Court)."""
    last_end = 0
    for k in court_words:
        if k < last_end or text.rfind("tate", max(0, k - 40), k) < 0:
            continue
        m = _STATE_KIND_RE.search(text, max(last_end, k - 40), min(len(text), k + 40))
        if m is None or m.end() <= k:
            continue
        last_end = m.end()
        if _IN_PLACE_AFTER_RE.match(text, m.end()):
            continue  # "the state Supreme Court in Albany": the place decides
        before = text[max(0, m.start() - 40) : m.start()]
        if _APPOSITIVE_RE.search(before):
            continue  # "the Georgia Supreme Court, the state's highest court,"
        word = before.rstrip().rsplit(None, 1)[-1:] or [""]
        if norm_word(word[0]) in idx.state_words:
            continue  # "Texas state appeals court": a name, found as one
        state = _context_state(idx, text, m.start())
        if state is None and not _ANY_STATE_BEFORE.search(before):
            state = _story_state(idx, text, m.end())
        if state is None:
            continue
        kind = " ".join(m.group("kind").split()).removeprefix("intermediate ")
        court_id = idx.names.get(name_key(f"{state} {kind}"))
        if court_id:
            yield m.start(), m.end(), court_id


_COUNTY_JUDGE_RE = re.compile(
    r"(?<![\w.])(?P<county>(?:[A-Z][\w'’.\-]*\s+){1,3}?)County\s+"
    r"(?P<kind>[Cc]ircuit\s+|[Dd]istrict\s+)?(?:[Jj]udge|JUDGE)\b"
)
#: what follows "County" in "a Cook County judge", "Milwaukee County Circuit Judge"
_COUNTY_JUDGE_STARTS = (
    "judge",
    "Judge",
    "JUDGE",
    "Circuit Judge",
    "circuit judge",
    "District Judge",
    "district judge",
)
_COUNTY_COURT_FORMS = (
    "{} County Superior Court",
    "Superior Court of {} County",
    "{} County Circuit Court",
    "Circuit Court of {} County",
    "{} County District Court",
    "{} County Court of Common Pleas",
    "{} County Courts",
    "{} County Court",
)


#: the courts-db id of the general trial court of states whose trial courts sit by county
#: under one name ("a Cook County judge" in Illinois sits on the Circuit Court); courts-db
#: has no court of its own for most counties
_STATE_TRIAL_COURTS = {
    "Alabama": "alacirct",
    "Arizona": "azsuperct",
    "Arkansas": "arkcirct",
    "California": "calsuperct",
    "Florida": "flacirct",
    "Georgia": "gasuperct",
    "Illinois": "illcirct",
    "Kentucky": "kycirct",
    "Maryland": "mdcirct",
    "Massachusetts": "masssuperct",
    "Michigan": "micirct",
    "New Jersey": "njsuper",
    "North Carolina": "ncsuperct",
    "Ohio": "ohioctcompl",
    "Pennsylvania": "pactcompl",
    "Wisconsin": "wisccirct",
}


def _county_judge_state(idx: CourtIndex, text: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """The state of the county judge ``m`` and whether it is named before the judge: the
    state named right after the county or in the sentences before it or in the dateline
    (True), else in the rest of its sentence (False: "A Cook County judge ruled that the
    Illinois law ...")."""
    qualifier = _qualifier_at(idx, text, m.start() + m.group().index("County") + 6)
    state = qualifier[0] if qualifier else _context_state(idx, text, m.start())
    if state:
        return state, True
    later = _states_named(text, m.end(), _sentence_end(text, m.end()))
    if later:
        return (later.pop(), False) if len(later) == 1 else None
    state = _dateline_state(idx, text)
    return (state, True) if state else None


def _county_court(
    idx: CourtIndex, words: list[str], state: str, general: bool
) -> tuple[int, str] | None:
    """The court courts-db has for the county named by ``words`` (or by its last words)
    in ``state``, with the index of the county's first word;
    else, if ``general``, the general trial court of ``state`` ("a Cook County judge" in
    Illinois), None for states whose county judges are no single court (a Texas "county
    judge" runs the county)."""
    for w in range(len(words)):
        county = " ".join(words[w:])
        ids = {idx.names.get(name_key(form.format(county))) for form in _COUNTY_COURT_FORMS}
        ids.discard(None)
        if len(ids) == 1:
            court_id = ids.pop()
            # many counties share a name: the court must be of the story's state
            if court_id is not None and idx.courts[court_id].jurisdiction == state:
                return w, court_id
            break
    court_id = _STATE_TRIAL_COURTS.get(state) if general else None
    return (0, court_id) if court_id in idx.courts else None


def _find_county_judges(idx: CourtIndex, text: str, county_words: list[int]) -> Iterator[_Match]:
    """ "a Los Angeles County judge": the county's trial court, when courts-db has exactly
    one such court for that county; else ("a Cook County judge", whose county courts-db
    has no court for) the general trial court of the story's state. A judge of a named
    court ("a Los Angeles County Superior Court judge") is the name finder's."""
    last_end = 0
    for k in county_words:
        after = text[k + 6 : k + 23].lstrip()
        if k < last_end or not after.startswith(_COUNTY_JUDGE_STARTS):
            continue
        m = _COUNTY_JUDGE_RE.search(text, max(last_end, k - 80), min(len(text), k + 20))
        if m is None:
            continue
        last_end = m.end()
        words = m.group("county").split()
        while words and words[0] in ("The", "A", "An"):
            words.pop(0)
        state = _county_judge_state(idx, text, m) if words else None
        # the state's court needs the state named first, or the judge's kind of court
        # ("a Cook County circuit judge"): a state named later may be another court's
        general = state is not None and (state[1] or m.group("kind") is not None)
        found = _county_court(idx, words, state[0], general) if state else None
        if found:
            w, court_id = found
            yield m.start("county") + m.group("county").index(words[w]), m.end(), court_id


# New York's trial court is its Supreme Court, one per county; news names the five New
# York City counties by their boroughs ("a Manhattan Supreme Court justice").
_BOROUGH_COUNTIES = {
    "Manhattan": "New York",
    "Brooklyn": "Kings",
    "Bronx": "Bronx",
    "Queens": "Queens",
    "Staten Island": "Richmond",
}
# Tried only where a place ends right before "Supreme" (see _borough_starts); the place
# is checked against the table and the character before it in Python.
_BOROUGH_SUPREME_RE = re.compile(
    r"(?P<place>[MBQS](?:anhattan|rooklyn|ronx|ueens|taten\s+Island))"
    r"(?:\s+(?:state|State))?\s+Supreme\s+Court\b"
)
_WORD_OR_DOT = re.compile(r"[\w.]")
# How courts-db may name a county's Supreme Court, most specific first.
_BOROUGH_COURT_FORMS = (
    "New York Supreme Court, {} County",
    "Supreme Court, {} County",
    "New York Supreme Court {}",
    "New York Supreme Court, {}",
)


def _find_borough_supreme_courts(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """ "Manhattan Supreme Court", "the Brooklyn state Supreme Court": the New York
    Supreme Court of that borough's county."""
    pos = 0
    for start in _borough_starts(text):
        if start < pos:
            continue
        m = _BOROUGH_SUPREME_RE.match(text, start)
        if m is None:
            continue
        pos = m.end()
        county = _BOROUGH_COUNTIES.get(" ".join(m.group("place").split()))
        if county is None or (m.start() and _WORD_OR_DOT.match(text, m.start() - 1)):
            continue
        keys = (name_key(form.format(county)) for form in _BOROUGH_COURT_FORMS)
        court_id = next((c for c in map(idx.names.get, keys) if c), None)
        if court_id:
            yield m.start(), m.end(), court_id


#: "a Manhattan state judge", "a Brooklyn state court justice": the county's Supreme
#: Court (New York's trial court); tried only after a borough's name
_BOROUGH_STATE_JUDGE_RE = re.compile(
    r"\s+state\s+(?:[Ss]upreme\s+)?(?:court\s+)?(?:judge|justice|court)\b(?!\s+of\s+[Aa]ppeals)"
)


def _find_borough_state_judges(idx: CourtIndex, text: str) -> Iterator[_Match]:
    """ "A Manhattan state judge ruled", "in Brooklyn state court": the New York Supreme
    Court of that borough's county."""
    for borough, county in _BOROUGH_COUNTIES.items():
        i = text.find(borough)
        while i >= 0:
            end = i + len(borough)
            m = _BOROUGH_STATE_JUDGE_RE.match(text, end)
            if m is not None and not (i and _WORD_OR_DOT.match(text, i - 1)):
                keys = (name_key(form.format(county)) for form in _BOROUGH_COURT_FORMS)
                court_id = next((c for c in map(idx.names.get, keys) if c), None)
                if court_id:
                    yield i, m.end(), court_id
            i = text.find(borough, end)


#: the boroughs' names as _BOROUGH_SUPREME_RE spells them, "Staten Island" but its first word
_BOROUGH_NAMES = ("Manhattan", "Brooklyn", "Bronx", "Queens", "Island")


def _borough_starts(text: str) -> Iterator[int]:
    """Where a match of _BOROUGH_SUPREME_RE may start, in order: before each "Supreme"
    (found by a fast literal search), a borough's name that ends where the white space
    (and a "state" between white space) before it starts.  A match holds one "Supreme",
    and no other one lies between its start and its "Supreme": matched from these
    starts (those not inside the match before), the regex gives what its finditer
    gives."""
    i = text.find("Supreme")
    while i >= 0:
        j = _space_start(text, i)
        if j < i:
            ends = [j]
            if text[j - 5 : j] in ("state", "State"):
                k = _space_start(text, j - 5)
                if k < j - 5:
                    ends.insert(0, k)
            for end in ends:
                name = next((n for n in _BOROUGH_NAMES if text.endswith(n, 0, end)), None)
                if name is None:
                    continue
                start = end - len(name)
                if name == "Island":
                    gap = _space_start(text, start)
                    if gap == start or not text.endswith("Staten", 0, gap):
                        continue
                    start = gap - 6
                yield start
                break
        i = text.find("Supreme", i + 7)


def _space_start(text: str, end: int) -> int:
    """The start of the white space that ends at ``end`` (``end`` when there is none)."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


_COUNTY_COURT_RE = re.compile(
    r"(?<![\w.])(?P<county>(?:[A-Z][\w'’.\-]*\s+){1,3}?)County\s+"
    r"(?P<kind>Superior|Circuit|District)\s+Court\b"
    r"|(?<![\w.])(?P<kind2>Superior|Circuit|District)\s+Court\s+(?:of|in|for)\s+"
    r"(?P<county2>(?:[A-Z][\w'’.\-]*\s+){1,3}?)County\b"
)
_COURT_KINDS = ("Superior", "Circuit", "District")


def _find_county_courts(idx: CourtIndex, text: str, county_words: list[int]) -> Iterator[_Match]:
    """ "a Fulton County Superior Court judge", "the Circuit Court of Cook County": the
    county's court, or when courts-db has none, the state's court of that kind ("Georgia
    Superior Courts"), if the text names exactly one state (near the court, else
    anywhere)."""
    last_end = 0
    for k in county_words:
        if k < last_end or not (
            text.startswith(_COURT_KINDS, k + 7) or "Court " in text[max(0, k - 40) : k]
        ):
            continue
        m = _COUNTY_COURT_RE.search(text, max(last_end, k - 60), min(len(text), k + 30))
        if m is None:
            continue
        last_end = m.end()
        first = m.group("kind") is not None
        group = "county" if first else "county2"
        words = m.group(group).split()
        while words and words[0] in ("The", "A", "An"):
            words.pop(0)
        if not words:
            continue
        state = _context_state(idx, text, m.start())
        if state is None:
            states = _states_named(text, 0, len(text))
            state = states.pop() if len(states) == 1 else None
        if state is None:
            continue
        start = m.start(group) + m.group(group).index(words[0]) if first else m.start()
        kind = m.group("kind") or m.group("kind2")
        county = " ".join(words)
        # the county's own court, its name perhaps followed by the state's ("…, Ga.")
        own = {
            c
            for name in (f"{county} County {kind} Court", f"{kind} Court of {county} County")
            for c in _names_starting(idx, name_key(name))
            if idx.courts[c].jurisdiction == state
        }
        if len(own) == 1:
            yield start, m.end(), own.pop()
            continue
        for name in (f"{state} {kind} Courts", f"{state} {kind} Court"):
            court_id = idx.names.get(name_key(name))
            if court_id and idx.courts[court_id].jurisdiction == state:
                yield start, m.end(), court_id
                break


@functools.cache
def _sorted_names(idx: CourtIndex) -> tuple[str, ...]:
    """The index's court names in order (built on first use)."""
    return tuple(sorted(idx.names))


def _names_starting(idx: CourtIndex, key: str) -> list[str]:
    """The court ids of the names that are ``key`` or ``key`` and more words."""
    names = _sorted_names(idx)
    out: list[str] = []
    for i in range(bisect.bisect_left(names, key), len(names)):
        name = names[i]
        if not name.startswith(key):
            break
        court_id = idx.names[name]
        if court_id is not None and (len(name) == len(key) or name[len(key)] == " "):
            out.append(court_id)
    return out


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
    """:func:`_place_at` without its care for a sentence's final period."""
    words = _PLACE_WORDS_RE.match(text, pos, min(len(text), pos + 80))
    if words is None:
        return None
    n = words.lastindex or 1
    first = words.start(1)
    if n == 1 and text[first : words.end(1)] == "the":
        return None
    for k in range(n, 0, -1):
        key = name_key(text[first : words.end(k)])
        if (
            key in idx.cities
            or key in idx.circuit_seats
            or (key in idx.states and key == name_key(idx.states[key]))
        ):
            end = words.end(k)
            break
    else:
        key, end = "", words.end(1)
        if not text[first].isupper():
            return None
        for k in range(n, 0, -1):
            if _qualifier_at(idx, text, words.end(k)):
                end = words.end(k)
                break
        else:
            return None
    qualifier = _qualifier_at(idx, text, end)
    if qualifier:
        state, end = qualifier
        entries = [e for e in idx.cities.get(key, []) if e[0] == state]
        district = entries[0][1] if entries else idx.single_district.get(state)
        return end, key or None, district
    after_state = _STATE_AFTER_RE.match(text, end, end + 7)
    if after_state:  # "Washington state"
        named = idx.states.get(key)
        district = idx.single_district.get(named) if named else None
        return after_state.end(), None, district
    if not key:
        return None
    return end, key, _bare_place(idx, key)


_STATE_AFTER_RE = re.compile(r"\s+state\b")
_QUALIFIER_RE = re.compile(r",\s+((?:[A-Z][\w]*\.?|[A-Z]\.)(?:\s?(?:[A-Z][\w]*\.?|[A-Z]\.)){0,2})")
_QUALIFIER_WORD_RE = re.compile(r"[A-Z][\w]*\.?|[A-Z]\.")


def _qualifier_at(idx: CourtIndex, text: str, pos: int) -> tuple[str, int] | None:
    """A ", State" after a city: (state name, end), else None."""
    m = _QUALIFIER_RE.match(text, pos)
    if not m:
        return None
    words = list(_QUALIFIER_WORD_RE.finditer(m.group(1)))
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

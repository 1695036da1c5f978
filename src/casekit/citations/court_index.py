"""The court index behind :mod:`casekit.citations.courts`.

Built once, on first use, from courts-db's data (names, name variants, literal
regexes, citation strings, location, type and level) plus casekit's own table of
states, federal court seats and news phrasings (``casekit/data/court_phrases.json``).
Every lookup afterwards is a dict lookup on a normalized key.

Two kinds of keys:

* **name keys** -- words lowercased, periods and possessives dropped, ordinals as
  numerals (``Ninth`` -> ``9th``), ``the`` dropped, ``United States``/``U.S.`` dropped
  (except after ``of``), ``District of Columbia`` -> ``dc``:
  ``"the U.S. Court of Appeals for the Ninth Circuit"`` -> ``"court of appeals for 9th circuit"``.
* **abbreviation keys** -- letters and digits only: ``"S.D.N.Y."`` -> ``"sdny"``.
  *Strong* abbreviations (``S.D.N.Y.``, ``9th Cir.``, ``Cal. Ct. App.``) are safe to
  find anywhere; *weak* ones (``Cal.``, ``N.Y.``, ``T.C.``) only name a court as a
  whole phrase or inside a citation parenthetical.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from casekit.model import Court, CourtLevel

__all__ = ["CourtIndex", "abbrev_key", "court_index", "key_of", "norm_word", "words_of"]

# --- normalization -----------------------------------------------------------------

#: one word of a court name: letters/digits joined by ' ’ . -; a trailing period kept
WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*['’]?\.?|&")

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth"
).split()


def _numeral(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_WORD_MAP: dict[str, str] = {word: _numeral(i) for i, word in enumerate(_ORDINAL_WORDS, 1)}
_WORD_MAP.update(
    {
        "2d": "2nd",
        "3d": "3rd",
        "appeal": "appeals",
        "courts": "court",
        "cir": "circuit",
        "ct": "court",
        "dist": "district",
        "dept": "department",
        "&": "and",
    }
)


@functools.lru_cache(maxsize=1 << 16)
def norm_word(word: str) -> str:
    """One word as name keys have it (``"Ninth"`` -> ``"9th"``, ``"Texas's"`` -> ``"texas"``)."""
    w = word.lower().replace("’", "'").replace(".", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    return _WORD_MAP.get(w, w)


def key_of(words: Sequence[str]) -> str:
    """The name key of already normalized words (see :func:`norm_word`)."""
    out: list[str] = []
    for w in words:
        if not w or w == "the":
            continue
        if out and ((w == "states" and out[-1] == "united") or (w == "s" and out[-1] == "u")):
            out[-1] = "us"
            continue
        if w == "columbia" and len(out) >= 2 and out[-1] == "of" and out[-2] == "district":
            out[-2:] = ["dc"]
            continue
        out.append(w)
    if "us" not in out:
        return " ".join(out)
    return " ".join(
        w for i, w in enumerate(out) if w != "us" or (i > 0 and out[i - 1] in ("of", "for"))
    )


def words_of(text: str) -> list[str]:
    """The normalized words of ``text``."""
    return [norm_word(word) for word in WORD_RE.findall(text)]


def name_key(text: str) -> str:
    """The name key of ``text``: ``"U.S. Court of Appeals for the Ninth Circuit"`` ->
    ``"court of appeals for 9th circuit"``."""
    return key_of(words_of(text))


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def abbrev_key(text: str) -> str:
    """The abbreviation key of ``text``: letters and digits only, lowercased."""
    return _NON_ALNUM.sub("", text.lower())


#: words that name no particular court on their own; a key made only of these is
#: never taken from courts-db (casekit's own phrase table may still list one)
GENERIC_WORDS = frozenset(
    """a an and at court of for on in appeals district circuit superior county city municipal
    state states appellate division department justice justices family probate juvenile
    chancery common pleas claims criminal civil tax land magistrate federal high highest
    judicial panel bankruptcy trial general sessions orphans commission board special review
    session term terms peace police traffic small housing environmental workers compensation
    industrial accident accidents military chief supreme us united intermediate
    courthouse judge judges part circuits districts""".split()
)


# --- the index ---------------------------------------------------------------------


class CourtIndex:
    """Lookup tables built from courts-db plus casekit's phrase data (see module doc)."""

    def __init__(self) -> None:
        self.courts: dict[str, Court] = {}
        #: name key -> court id, or None when the key names several courts equally well
        self.names: dict[str, str | None] = {}
        #: the words name keys start and end with (to skip hopeless lookups in free text)
        self.first_words: frozenset[str] = frozenset()
        self.last_words: frozenset[str] = frozenset()
        #: ambiguous name key -> the candidate ids
        self.ambiguous: dict[str, tuple[str, ...]] = {}
        self.strong: dict[str, str | None] = {}
        self.weak: dict[str, str | None] = {}
        #: every beginning of a key of ``strong`` or ``weak`` ("s", "sd", "sdn", "sdny")
        self.abbreviation_prefixes: frozenset[str] = frozenset()
        #: name keys that name a court as a whole phrase only (``"the justices"``)
        self.resolve_only: dict[str, str] = {}
        #: name keys of phrases made of generic words ("supreme court", "tax court"):
        #: found in free text only when no state or foreign name comes before them
        self.bare_keys: set[str] = set()
        #: city name key -> [(state name, district id, bare flag or None)]
        self.cities: dict[str, list[tuple[str, str, bool | None]]] = {}
        #: state name/abbreviation/postal key -> state name
        self.states: dict[str, str] = {}
        #: name keys of the words of state names ("texas", "york", "carolina")
        self.state_words: set[str] = set()
        #: abbreviation keys of state abbreviations that end in a period ("md", "calif")
        self.state_abbreviations: set[str] = set()
        #: state name -> its state-table row
        self.state_rows: dict[str, dict[str, Any]] = {}
        #: state name -> district id, for states with one federal district
        self.single_district: dict[str, str] = {}
        #: district id -> bankruptcy court id
        self.bankruptcy_of: dict[str, str] = {}
        #: city name key -> circuit id
        self.circuit_seats: dict[str, str] = {}
        #: the modern federal districts: id -> (direction word, state name)
        self.districts: dict[str, tuple[str, str]] = {}


class _Keys:
    """Collects key -> id candidates with a tier (lower wins) and settles clashes."""

    def __init__(self, generic_ok: int, blocked: set[str] | None = None) -> None:
        self._best: dict[str, tuple[int, set[str]]] = {}
        self._generic_ok = generic_ok  # tiers up to this one may add generic keys
        self._blocked = blocked or set()  # place names: never a court's name from courts-db

    def add(self, key: str, court_id: str, tier: int) -> None:
        if not key:
            return
        if tier > self._generic_ok and all(w in GENERIC_WORDS for w in key.split()):
            return
        if tier > 0 and key in self._blocked:
            return
        if tier >= 2 and key.count(" ") < 2:
            return  # courts-db's variants of two words or fewer ("Atlanta Division")
        have = self._best.get(key)
        if have is None or tier < have[0]:
            self._best[key] = (tier, {court_id})
        elif tier == have[0]:
            have[1].add(court_id)

    def settle(
        self, rank: dict[str, tuple[int, ...]], ambiguous: dict[str, tuple[str, ...]]
    ) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for key, (_tier, ids) in self._best.items():
            if len(ids) == 1:
                out[key] = next(iter(ids))
                continue
            ordered = sorted(ids, key=lambda i: rank.get(i, ()), reverse=True)
            if rank.get(ordered[0], ()) > rank.get(ordered[1], ()):
                out[key] = ordered[0]
            else:
                out[key] = None
                ambiguous[key] = tuple(sorted(ids))
        return out


_DIRECTIONS = {
    "n": "Northern",
    "s": "Southern",
    "e": "Eastern",
    "w": "Western",
    "m": "Middle",
    "c": "Central",
    "": "",
}
_DIRECTION_IN_NAME = re.compile(
    r"\b(?:(Northern|Southern|Eastern|Western|Middle|Central)\s+District|([NSEWMC])\.\s?D\.)"
)
_DIRECTION_IN_CITE = re.compile(r"Bankr\.\s*()([NSEWMC])\.\s?D\.")
_DISTRICT_ID = re.compile(r"^([a-z]{2})([nsewmc]?)d$")
_BANKRUPTCY_ID = re.compile(r"^[a-z]+b$")
_CIRCUIT_ID = re.compile(r"^ca(\d{1,2})$")
_BAP_ID = re.compile(r"^bap(\d{1,2})$")
_SPECIAL_FEDERAL = frozenset(
    "cit uscfc tax cavc armfor jpml fisc fiscr cusc ccpa cc com eca tecoa atrc mc cma".split()
)


def _is_current(court: dict[str, Any]) -> bool:
    return any(d.get("end") in (None, "") for d in court.get("dates") or [{}])


def _close_up(parts: Iterable[str]) -> str:
    """Join abbreviation parts Bluebook style: adjacent single capitals close up
    (``S.D.`` + ``N.Y.`` -> ``S.D.N.Y.``, ``N.D.`` + ``W. Va.`` -> ``N.D.W. Va.``)."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif re.search(r"(?:^|[ .])[A-Z]\.$", out) and re.match(r"[A-Z]\.", part):
            out += part
        else:
            out += " " + part
    return out


@functools.cache
def _phrase_data() -> dict[str, Any]:
    text = (Path(__file__).parent.parent / "data" / "court_phrases.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def court_index() -> CourtIndex:
    """The court index, built on first call (about 0.1 s) and shared afterwards."""
    import courts_db  # deferred: loading courts-db's data is the slow part

    raw: list[dict[str, Any]] = list(courts_db.courts)
    data = _phrase_data()
    idx = CourtIndex()

    # states ------------------------------------------------------------------------
    for row in data["states"]:
        name = row["name"]
        idx.state_rows[name] = row
        for alias in [name, row["abbr"], row["postal"], *row.get("also", [])]:
            idx.states.setdefault(name_key(alias), name)
            if alias.endswith("."):
                idx.state_abbreviations.add(abbrev_key(alias.split()[-1]))
        idx.state_words.update(words_of(name))
    idx.states[name_key("D.C.")] = "District of Columbia"
    idx.states[name_key("Washington D.C.")] = "District of Columbia"
    idx.states[name_key("District")] = "District of Columbia"
    abbr_of_state = {row["name"]: row["abbr"] for row in data["states"]}

    def state_of(location: str | None) -> str | None:
        if not location:
            return None
        if location.replace(".", "").lower().startswith(("washington dc", "washignton dc")):
            return "District of Columbia"
        return location if location in idx.state_rows else None

    # federal districts and bankruptcy courts ---------------------------------------
    directional: dict[str, list[str]] = {}
    for c in raw:
        m = _DISTRICT_ID.match(c["id"])
        if not m or c.get("system") != "federal" or not _is_current(c):
            continue
        state = state_of(c.get("location"))
        row = idx.state_rows.get(state or "")
        if state is None or row is None or row["postal"].lower() != m.group(1):
            continue
        idx.districts[c["id"]] = (_DIRECTIONS[m.group(2)], state)
        directional.setdefault(state, []).append(m.group(2))
    for court_id, (direction, state) in list(idx.districts.items()):
        if not direction and any(directional[state]):
            del idx.districts[court_id]  # an old undivided district (ncd, okd)
    for court_id, (direction, state) in data["extra_districts"].items():
        idx.districts[court_id] = (direction, state)
    district_of = {v: k for k, v in idx.districts.items()}
    for court_id, (direction, state) in idx.districts.items():
        if not direction and [d for d, s in idx.districts.values() if s == state] == [""]:
            idx.single_district[state] = court_id
    for c in raw:
        if (
            c.get("type") != "bankruptcy"
            or c.get("system") != "federal"
            or not _BANKRUPTCY_ID.match(c["id"])
            or "Panel" in c["name"]
            or not _is_current(c)
        ):
            continue
        state = state_of(c.get("location"))
        m = _DIRECTION_IN_NAME.search(c["name"]) or _DIRECTION_IN_CITE.match(
            c.get("citation_string") or ""
        )
        direction = ""
        if m:
            direction = m.group(1) or _DIRECTIONS[m.group(2).lower()]
        district = district_of.get((direction, state or ""))
        if district:
            idx.bankruptcy_of.setdefault(district, c["id"])

    # court records ---------------------------------------------------------------
    citations: dict[str, str] = dict(data["citations"])
    for court_id, (direction, state) in idx.districts.items():
        prefix = f"{direction[0]}.D." if direction else "D."
        cite = _close_up([prefix, abbr_of_state[state]])
        citations.setdefault(court_id, cite)
        bankruptcy = idx.bankruptcy_of.get(court_id)
        if bankruptcy:
            citations.setdefault(bankruptcy, f"Bankr. {citations[court_id]}")
    citations.setdefault("nmid", "D. N. Mar. I.")
    citations["nmib"] = "Bankr. D. N. Mar. I."

    high_ids: set[str] = set()
    iac_ids: set[str] = set()
    for row in data["states"]:
        high_ids.update(i for i in (row.get("high"), row.get("criminal")) if i)
        if row.get("iac"):
            iac_ids.add(row["iac"])
    rank: dict[str, tuple[int, ...]] = {}
    for c in raw:
        court = _make_court(c, citations, idx, high_ids, iac_ids, state_of)
        idx.courts[court.id] = court
        known = (
            c["id"] in idx.districts
            or c["id"] in high_ids
            or c["id"] in iac_ids
            or c["id"] in idx.bankruptcy_of.values()
            or bool(_CIRCUIT_ID.match(c["id"]))
            or c["id"] in ("scotus", "cadc", "cafc")
        )
        rank[c["id"]] = (
            int(_is_current(c)),
            int(known),
            int(c.get("type") != "bankruptcy"),
            int(not c.get("parent") or c.get("parent") == "usdistct"),
        )

    # keys --------------------------------------------------------------------------
    places = set(idx.states) | {name_key(entry[0]) for entry in data["cities"]}
    names = _Keys(generic_ok=0, blocked=places)
    strong = _Keys(generic_ok=9)
    weak = _Keys(generic_ok=9)

    def add_abbrev(text: str, court_id: str, tier: int) -> None:
        key = abbrev_key(text)
        if not key:
            return
        if _is_strong(text, key, set(abbr_of_state.values())):
            strong.add(key, court_id, tier)
        else:
            weak.add(key, court_id, tier)

    for phrase, court_id in data["phrases"].items():
        names.add(name_key(phrase), court_id, -1)
        if all(w in GENERIC_WORDS for w in name_key(phrase).split()):
            idx.bare_keys.add(name_key(phrase))
    for phrase, court_id in data["resolve_only_phrases"].items():
        idx.resolve_only[name_key(phrase)] = court_id
    _add_federal_keys(idx, names, add_abbrev, citations)
    _add_state_keys(idx, names, add_abbrev)
    for court_id, cite in citations.items():
        add_abbrev(cite, court_id, 0)
    for c in raw:
        court_id = c["id"]
        for text in (c["name"], c.get("name_abbreviation") or ""):
            names.add(name_key(text), court_id, 1)
        if c.get("citation_string"):
            add_abbrev(c["citation_string"], court_id, 1)
        for text in c.get("examples") or []:
            names.add(name_key(text), court_id, 2)
        for pattern in c.get("regex") or []:
            literal = pattern.replace("\\\\", "\\")
            if not re.search(r"[\\()\[\]?*+|^${}]", literal):
                names.add(name_key(literal), court_id, 2)
    idx.names = names.settle(rank, idx.ambiguous)
    idx.first_words = frozenset(key.split()[0] for key in idx.names)
    idx.last_words = frozenset(key.split()[-1] for key in idx.names)
    idx.strong = strong.settle(rank, {})
    idx.weak = weak.settle(rank, {})
    idx.abbreviation_prefixes = frozenset(
        key[:n] for key in (*idx.strong, *idx.weak) for n in range(1, len(key) + 1)
    )

    # places --------------------------------------------------------------------------
    for entry in data["cities"]:
        city, state, district = entry[0], entry[1], entry[2]
        bare = entry[3] if len(entry) > 3 else None
        idx.cities.setdefault(name_key(city), []).append((state, district, bare))
    for city, circuit in data["circuit_seats"].items():
        idx.circuit_seats[name_key(city)] = circuit
    return idx


def _is_strong(text: str, key: str, state_abbrs: set[str]) -> bool:
    """Whether an abbreviation is distinctive enough to be found anywhere in text."""
    if text.strip() in state_abbrs or text.strip() in ("U.S.", "D.C."):
        return False
    return len(key) >= 4 or text.count(".") >= 3


def _make_court(
    c: dict[str, Any],
    citations: dict[str, str],
    idx: CourtIndex,
    high_ids: set[str],
    iac_ids: set[str],
    state_of: Callable[[str | None], str | None],
) -> Court:
    court_id: str = c["id"]
    system = c.get("system")
    kind = c.get("type")
    level: CourtLevel
    if court_id == "scotus" or court_id in high_ids:
        level = CourtLevel.SUPREME
    elif _CIRCUIT_ID.match(court_id) or court_id in ("cadc", "cafc") or _BAP_ID.match(court_id):
        level = CourtLevel.APPELLATE
    elif court_id in idx.districts:
        level = CourtLevel.TRIAL
    elif kind == "bankruptcy":
        level = CourtLevel.BANKRUPTCY
    elif court_id in _SPECIAL_FEDERAL or kind == "special":
        level = CourtLevel.SPECIAL
    elif court_id in iac_ids or c.get("level") == "iac":
        level = CourtLevel.APPELLATE
    elif c.get("level") == "colr":
        level = CourtLevel.SUPREME
    elif c.get("level") in ("gjc", "ljc", "trial") or kind == "trial":
        level = CourtLevel.TRIAL
    elif kind == "appellate":
        level = CourtLevel.APPELLATE
    else:
        level = CourtLevel.OTHER
    if system == "federal":
        jurisdiction: str | None = "federal"
    else:
        jurisdiction = state_of(c.get("location")) or (c.get("location") or "").strip() or None
    cite = citations.get(court_id) or (c.get("citation_string") or "").strip() or None
    name = " ".join((c.get("name") or "").split()) or None
    return Court(id=court_id, name=name, citation=cite, jurisdiction=jurisdiction, level=level)


def _add_federal_keys(
    idx: CourtIndex,
    names: _Keys,
    add_abbrev: Callable[[str, str, int], None],
    cites: dict[str, str],
) -> None:
    for court_id, (direction, state) in idx.districts.items():
        core = f"{direction} District of {state}".strip()
        if state == "District of Columbia":
            core = state
        for form in (
            core if state != "District of Columbia" else "",  # a place, not a court
            f"{direction} District of the {state}".strip(),
            f"District for the {state}",
            f"District Court for the {core}",
            f"District Court, {core}",
            f"District Court of the {core}",
            f"federal court for the {core}",
            f"federal district court for the {core}",
            f"{direction} District Court of {state}".strip(),
        ):
            names.add(name_key(form), court_id, 0)
        bankruptcy = idx.bankruptcy_of.get(court_id)
        if bankruptcy:
            for form in (
                f"Bankruptcy Court for the {core}",
                f"Bankruptcy Court, {core}",
                f"{core} Bankruptcy Court",
                f"Bankruptcy Court of the {core}",
            ):
                names.add(name_key(form), bankruptcy, 0)
            add_abbrev("Bankr. " + cites[court_id], bankruptcy, 0)
    circuits = [(f"ca{n}", _numeral(n)) for n in range(1, 12)]
    circuits += [("cadc", "D.C."), ("cadc", "District of Columbia"), ("cafc", "Federal")]
    for court_id, nth in circuits:
        for form in (
            f"{nth} Circuit",
            f"{nth} Circuit Court of Appeals",
            f"{nth} Circuit Court",
            f"{nth} Circuit Appeals Court",
            f"{nth} Circuit Court of Appeal",
            f"Court of Appeals for the {nth} Circuit",
            f"Court of Appeals of the {nth} Circuit",
            f"Circuit Court of Appeals for the {nth} Circuit",
            f"Court of Appeals, {nth} Circuit",
            f"Court of Appeals {nth} Circuit",
            f"federal appeals court for the {nth} Circuit",
        ):
            names.add(name_key(form), court_id, 0)
        n = court_id[2:]
        if n.isdigit() and f"bap{n}" in idx.courts:
            for form in (
                f"Bankruptcy Appellate Panel for the {nth} Circuit",
                f"Bankruptcy Appellate Panel of the {nth} Circuit",
                f"{nth} Circuit Bankruptcy Appellate Panel",
            ):
                names.add(name_key(form), f"bap{n}", 0)
            add_abbrev(f"{nth} Cir. BAP", f"bap{n}", 0)
    names.add(name_key("Court of Appeals for the District of Columbia"), "cadc", 0)
    names.add(name_key("Circuit Court of Appeals for the District of Columbia"), "cadc", 0)
    names.add(name_key("Federal Circuit"), "cafc", 0)
    for court_id, form in (("ca2", "2d Cir."), ("ca3", "3rd Cir."), ("cadc", "DC Cir.")):
        add_abbrev(form, court_id, 0)
    for k in range(1, 7):  # Florida's district courts of appeal: "(Fla. 3d DCA 2013)"
        if f"fladistctapp{k}" in idx.courts:
            for nth in {_numeral(k), {2: "2d", 3: "3d"}.get(k, _numeral(k))}:
                add_abbrev(f"Fla. {nth} DCA", f"fladistctapp{k}", 0)
    for k in range(1, 7):  # "California's 2nd District Court of Appeal", as news calls them
        if f"calctapp{k}d" in idx.courts:
            for form in (
                "California {} District Court of Appeal",
                "California Court of Appeal, {} District",
                "California Court of Appeal for the {} District",
                "California {} Appellate District",
            ):
                names.add(name_key(form.format(_numeral(k))), f"calctapp{k}d", 0)


def _add_state_keys(
    idx: CourtIndex, names: _Keys, add_abbrev: Callable[[str, str, int], None]
) -> None:
    for state, row in idx.state_rows.items():
        spellings = [state, *row.get("also", [])]
        high, iac, criminal = row.get("high"), row.get("iac"), row.get("criminal")
        for s in spellings:
            if high and state == "District of Columbia":
                for form in (f"{s} Court of Appeals", f"{s} high court", f"{s} highest court"):
                    names.add(name_key(form), high, 0)
            elif high and row.get("supreme"):  # New York: the Court of Appeals is on top
                for form in (
                    f"{s} Court of Appeals",
                    f"Court of Appeals of {s}",
                    f"{s} State Court of Appeals",
                    f"Court of Appeals of the State of {s}",
                    f"{s} high court",
                    f"{s} highest court",
                    f"{s} top court",
                ):
                    names.add(name_key(form), high, 0)
            elif high:
                for form in (
                    f"{s} Supreme Court",
                    f"Supreme Court of {s}",
                    f"{s} State Supreme Court",
                    f"Supreme Court of the State of {s}",
                    f"Supreme Court of the Commonwealth of {s}",
                    f"{s} high court",
                    f"{s} highest court",
                    f"{s} top court",
                ):
                    names.add(name_key(form), high, 0)
            if iac:
                forms = [
                    f"{s} Appeals Court",
                    f"{s} Appellate Court",
                    f"Appellate Court of {s}",
                    f"{s} Intermediate Court of Appeals",
                    f"{s} state appeals court",
                ]
                if not row.get("supreme") and state != "District of Columbia":
                    forms += [f"{s} Court of Appeals", f"Court of Appeals of {s}"]
                for form in forms:
                    names.add(name_key(form), iac, 0)
            if criminal:
                for form in (
                    f"{s} Court of Criminal Appeals",
                    f"Court of Criminal Appeals of {s}",
                    f"{s} criminal appeals court",
                    f"{s} highest criminal court",
                    f"{s} top criminal court",
                ):
                    names.add(name_key(form), criminal, 0)
        if high:
            add_abbrev(row["abbr"], high, 0)

"""Popular names of federal acts (``src/casekit/data/popular_names.json``).

Each act has a name, aliases and a citation (its first codified section, the title for codes
enacted as a title, or its Pub. L. number for acts spread over many titles).  Abbreviations
listed as *weak* (``APA``, ``ADA``, ``INA``: each also means something else) are matched in
free text only after the act was named in full; strong aliases (``IEEPA``, ``FOIA``) always.

News prints names in other ways too, which match as the name does: longer small words
capitalized in headlines (``Americans With Disabilities Act``) and the year first (``the 1964
Civil Rights Act`` for ``Civil Rights Act of 1964``).  A state's act is also known, weakly, by
its name without the state's (``Consumer Fraud Act``); :func:`state_acts` gives, for such a
name, the act of each state that has one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

import attrs

from casekit.errors import UnknownName
from casekit.model.statute import StatuteCitation

__all__ = [
    "Act",
    "act_for",
    "acts",
    "acts_numbered_in",
    "name_pattern",
    "name_spellings",
    "popular_name",
    "popular_names",
    "state_acts",
]


@attrs.frozen(kw_only=True)
class Act:
    """One act of the popular-names table."""

    name: str
    cite: StatuteCitation
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    code_title: str | None = None
    sections: Mapping[str, StatuteCitation] = attrs.field(factory=dict)
    titles: Mapping[str, StatuteCitation] = attrs.field(factory=dict)
    section_format: str | None = None  # "65 Pa. Stat. Ann. § 67.{}": where section N is
    numbers_title: str | None = None  # texts about this U.S.C. title use the act's numbers
    numbers_below: int = 0  # ... below this one (which that title does not have)


def _key(name: str) -> str:
    """Lookup key: case, apostrophes, dashes and spacing do not matter."""
    name = name.replace("’", "'").replace("–", "-").replace("—", "-")
    return " ".join(name.split()).casefold()


@cache
def acts() -> tuple[Act, ...]:
    """Every act of the table, in file order."""
    from casekit.citations.statutes import parse_code_citation as parse_statute

    raw = json.loads(
        resources.files("casekit.data").joinpath("popular_names.json").read_text("utf-8")
    )
    out = []
    for entry in raw["acts"]:
        out.append(
            Act(
                name=entry["name"],
                cite=attrs.evolve(parse_statute(entry["cite"]), name=entry["name"]),
                aliases=tuple(entry.get("aliases", ())),
                weak=tuple(entry.get("weak", ())),
                code_title=entry.get("code_title"),
                sections={
                    k: attrs.evolve(parse_statute(v), name=entry["name"])
                    for k, v in entry.get("sections", {}).items()
                },
                section_format=entry.get("section_format"),
                numbers_title=entry.get("numbers_title"),
                numbers_below=entry.get("numbers_below", 0),
                titles={
                    k: attrs.evolve(parse_statute(v), name=entry["name"])
                    for k, v in entry.get("titles", {}).items()
                },
            )
        )
    return tuple(out)


def _variants(name: str) -> tuple[str, ...]:
    """Other ways news prints a name: its longer small words capitalized (``Americans With
    Disabilities Act``) and its year first (``the 1964 Civil Rights Act``)."""
    out = []
    words = name.split(" ")
    titled = " ".join(
        w.capitalize() if i and w.islower() and len(w) > 3 else w for i, w in enumerate(words)
    )  # headline style capitalizes words of four letters or more
    if titled != name:
        out.append(titled)
    year = words[-1]
    if len(words) > 3 and words[-2] == "of" and len(year) == 4 and year.isdigit():
        head, of_the, tail = " ".join(words[:-2]).rpartition(" of the ")
        out.append(f"{head}{of_the}{year} {tail}")  # "Title VII of the 1964 Civil Rights Act"
    return tuple(out)


def _spellings(act: Act) -> Iterator[tuple[str, bool]]:
    """Every spelling of an act, and whether it is weak (variants included).

    A state's act is also spelled, weakly, without the state's name it starts with
    (``Consumer Fraud Act`` of ``New Jersey Consumer Fraud Act``): a text about the state
    calls it so (``the state's Consumer Fraud Act``).
    """
    for weak, names in ((False, (act.name, *act.aliases)), (True, act.weak)):
        for name in names:
            yield name, weak
            for variant in _variants(name):
                yield variant, weak
            local = _without_state(name, act.cite.jurisdiction)
            if local is not None:
                yield local, True


def _without_state(name: str, state: str) -> str | None:
    """``name`` of an act (not a code) without the name of ``state`` it starts with, if it
    does."""
    if state == "us" or not {"Act", "Law"} & set(name.split(" ")):
        return None
    from casekit.citations.state_codes import STATE_NAMES

    words = name.split(" ")
    for size in (1, 2):
        if len(words) > size + 1 and STATE_NAMES.get(" ".join(words[:size])) == state:
            return " ".join(words[size:])
    return None


@cache
def _index() -> dict[str, tuple[Act, bool]]:
    """Spelling key -> (act, weak?); the first act listing a spelling wins."""
    index: dict[str, tuple[Act, bool]] = {}
    for act in acts():
        for name, weak in sorted(_spellings(act), key=lambda s: s[1]):
            index.setdefault(_key(name), (act, weak))
    return index


@cache
def _state_index() -> dict[str, dict[str, Act]]:
    """Spelling key -> {state: its act}, for every spelling of a state's act."""
    index: dict[str, dict[str, Act]] = {}
    for act in acts():
        state = act.cite.jurisdiction
        if state != "us":
            for name, _ in _spellings(act):
                index.setdefault(_key(name), {}).setdefault(state, act)
    return index


def state_acts(spelling: str) -> Mapping[str, Act]:
    """The acts of the states a spelling names in a text about each state.

    >>> sorted(state_acts("Consumer Fraud Act"))
    ['il', 'nj']
    >>> state_acts("Freedom of Information Act")["mi"].name
    'Michigan Freedom of Information Act'
    """
    return _state_index().get(_key(spelling), {})


@cache
def acts_numbered_in(title: str) -> tuple[Act, ...]:
    """Acts whose own section numbers texts about U.S.C. ``title`` use (the INA in title 8)."""
    return tuple(a for a in acts() if a.numbers_title == title)


@lru_cache(maxsize=4096)
def act_for(spelling: str) -> tuple[Act, bool] | None:
    """The act a spelling names, and whether the spelling is a weak abbreviation."""
    return _index().get(_key(spelling))


def popular_name(name: str) -> StatuteCitation:
    """The citation of an act by its popular name or abbreviation.

    Raises :class:`casekit.UnknownName` (a ``KeyError``) for names not in the table.

    >>> from casekit import popular_name
    >>> str(popular_name("Alien Enemies Act"))
    '50 U.S.C. § 21'
    >>> str(popular_name("IEEPA"))
    '50 U.S.C. § 1701'
    >>> str(popular_name("the Internal Revenue Code"))
    '26 U.S.C.'
    """
    spelled = re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE)
    found = act_for(spelled)
    if found is None:
        raise UnknownName(f"no act is known by the name {name!r}", input=name)
    return found[0].cite


def popular_names() -> Mapping[str, StatuteCitation]:
    """Every name and alias (weak abbreviations included) -> the act's citation."""
    return MappingProxyType(_all_names())


@cache
def _all_names() -> dict[str, StatuteCitation]:
    out: dict[str, StatuteCitation] = {}
    for act in acts():
        for name in (act.name, *act.aliases, *act.weak):
            out.setdefault(name, act.cite)
    return out


# --- the name pattern: a trie of every spelling ---------------------------------------

_UNITS = {" ": r"\s{1,3}", "'": "['’]", "’": "['’]", "-": "[-–]", "–": "[-–]", ",": ",?"}


def _units(name: str) -> tuple[str, ...]:
    return tuple(_UNITS.get(char, re.escape(char)) for char in name)


_Trie = dict[str, "_Trie"]


def trie_pattern(spellings: Iterable[str]) -> str:
    """One alternation for many strings, shared prefixes factored out (longest match first)."""
    root: _Trie = {}
    for spelling in spellings:
        node = root
        for unit in _units(spelling):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [unit + emit(child) for unit, child in node.items() if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return "|".join(unit + emit(child) for unit, child in root.items())


@cache
def name_spellings() -> frozenset[str]:
    """Every spelling of every act: names, aliases, weak names and their variants."""
    return frozenset(name for act in acts() for name, _ in _spellings(act))


@cache
def name_pattern() -> re.Pattern[str]:
    """Every spelling of every act, as one pattern (word boundaries are checked by the caller)."""
    return re.compile(trie_pattern(sorted(name_spellings())))

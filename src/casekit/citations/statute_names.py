"""Popular names of federal acts (``src/casekit/data/popular_names.json``).

Each act has a name, aliases and a citation (its first codified section, the title for codes
enacted as a title, or its Pub. L. number for acts spread over many titles).  Abbreviations
listed as *weak* (``APA``, ``ADA``, ``INA``: each also means something else) are matched in
free text only after the act was named in full; strong aliases (``IEEPA``, ``FOIA``) always.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
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
    "popular_name",
    "popular_names",
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


@cache
def _index() -> dict[str, tuple[Act, bool]]:
    """Spelling key -> (act, weak?); the first act listing a spelling wins."""
    index: dict[str, tuple[Act, bool]] = {}
    for act in acts():
        for name in (act.name, *act.aliases):
            index.setdefault(_key(name), (act, False))
        for name in act.weak:
            index.setdefault(_key(name), (act, True))
    return index


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
def name_pattern() -> re.Pattern[str]:
    """Every spelling of every act, as one pattern (word boundaries are checked by the caller)."""
    originals: set[str] = set()
    for act in acts():
        originals.update((act.name, *act.aliases, *act.weak))
    return re.compile(trie_pattern(sorted(originals)))

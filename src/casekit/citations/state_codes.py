"""State statute codes: Bluebook abbreviations, news spellings and their canonical forms.

A state code is written many ways: ``Cal. Civ. Proc. Code``, ``Cal. Code Civ. Proc.``,
``California Code of Civil Procedure``.  :func:`canonical_code` reduces each spelling to a
key of abbreviated words (``civ proc code``) and looks the key up in the state's table; codes
of states without a table keep their spelling (spacing normalized).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["STATE_NAMES", "canonical_code", "state_of"]

#: spelling of a state in a citation -> postal code (lower case)
STATE_NAMES: dict[str, str] = {
    "Ala.": "al", "Alabama": "al", "Alaska": "ak", "Ariz.": "az", "Arizona": "az",
    "Ark.": "ar", "Arkansas": "ar", "Cal.": "ca", "Calif.": "ca", "California": "ca",
    "Colo.": "co", "Colorado": "co", "Conn.": "ct", "Connecticut": "ct", "Del.": "de",
    "Delaware": "de", "D.C.": "dc", "Fla.": "fl", "Florida": "fl", "Ga.": "ga",
    "Georgia": "ga", "Haw.": "hi", "Hawaii": "hi", "Idaho": "id", "Ill.": "il",
    "Illinois": "il", "Ind.": "in", "Indiana": "in", "Iowa": "ia", "Kan.": "ks",
    "Kansas": "ks", "Ky.": "ky", "Kentucky": "ky", "La.": "la", "Louisiana": "la",
    "Me.": "me", "Maine": "me", "Md.": "md", "Maryland": "md", "Mass.": "ma",
    "Massachusetts": "ma", "Mich.": "mi", "Michigan": "mi", "Minn.": "mn",
    "Minnesota": "mn", "Miss.": "ms", "Mississippi": "ms", "Mo.": "mo", "Missouri": "mo",
    "Mont.": "mt", "Montana": "mt", "Neb.": "ne", "Nebraska": "ne", "Nev.": "nv",
    "Nevada": "nv", "N.H.": "nh", "New Hampshire": "nh", "N.J.": "nj", "New Jersey": "nj",
    "N.M.": "nm", "New Mexico": "nm", "N.Y.": "ny", "New York": "ny", "N.C.": "nc",
    "North Carolina": "nc", "N.D.": "nd", "North Dakota": "nd", "Ohio": "oh",
    "Okla.": "ok", "Oklahoma": "ok", "Or.": "or", "Oregon": "or", "Pa.": "pa",
    "Pennsylvania": "pa", "R.I.": "ri", "Rhode Island": "ri", "S.C.": "sc",
    "South Carolina": "sc", "S.D.": "sd", "South Dakota": "sd", "Tenn.": "tn",
    "Tennessee": "tn", "Tex.": "tx", "Texas": "tx", "Utah": "ut", "Vt.": "vt",
    "Vermont": "vt", "Va.": "va", "Virginia": "va", "Wash.": "wa", "Washington": "wa",
    "W. Va.": "wv", "West Virginia": "wv", "Wis.": "wi", "Wisconsin": "wi",
    "Wyo.": "wy", "Wyoming": "wy",
}  # fmt: skip

#: Bluebook abbreviation of each state (the first spelling above)
_BLUEBOOK_STATE: dict[str, str] = {}
for _name, _postal in STATE_NAMES.items():
    _BLUEBOOK_STATE.setdefault(_postal, _name)

# full words -> the abbreviation used in keys (periods dropped, lower case)
_WORDS = {
    "and": "&", "civil": "civ", "procedure": "proc", "criminal": "crim",
    "government": "gov't", "govt": "gov't", "governmental": "gov't", "business": "bus",
    "professions": "prof", "professional": "prof", "welfare": "welf",
    "institutions": "inst", "vehicle": "veh", "vehicles": "veh", "family": "fam",
    "education": "educ", "educational": "educ", "elections": "elec", "election": "elec",
    "evidence": "evid", "labor": "lab", "insurance": "ins", "probate": "prob",
    "public": "pub", "resources": "res", "utilities": "util", "utility": "util",
    "revenue": "rev", "taxation": "tax", "commercial": "com", "commerce": "com",
    "corporations": "corp", "corporation": "corp", "financial": "fin", "finance": "fin",
    "agriculture": "agric", "agricultural": "agric", "statutes": "stat", "statute": "stat",
    "stats": "stat", "compiled": "comp", "remedies": "rem", "practice": "prac",
    "transportation": "transp", "property": "prop", "occupations": "occ",
    "local": "loc", "human": "hum", "executive": "exec", "general": "gen",
    "municipal": "mun", "domestic": "dom", "relations": "rel", "traffic": "traf",
    "correction": "correct", "judiciary": "jud", "hygiene": "hyg", "social": "soc",
    "services": "serv", "environmental": "env't", "envtl": "env't", "conservation": "conserv",
    "estates": "est", "estate": "est", "alcoholic": "alco", "beverage": "bev",
    "natural": "nat", "court": "ct", "officers": "off", "obligations": "oblig",
    "cplr": "cplr", "occupational": "occ", "penalty": "penal",
}  # fmt: skip
_DROP = {"ann", "annotated", "the", "of", "west's", "mckinney's", "vernon's", "consol"}

_CA = {
    "bus & prof code": "Bus. & Prof. Code", "civ code": "Civ. Code",
    "civ proc code": "Civ. Proc. Code", "com code": "Com. Code", "corp code": "Corp. Code",
    "educ code": "Educ. Code", "elec code": "Elec. Code", "evid code": "Evid. Code",
    "fam code": "Fam. Code", "fin code": "Fin. Code", "fish & game code": "Fish & Game Code",
    "food & agric code": "Food & Agric. Code", "gov't code": "Gov't Code",
    "health & safety code": "Health & Safety Code", "ins code": "Ins. Code",
    "lab code": "Lab. Code", "penal code": "Penal Code", "prob code": "Prob. Code",
    "pub res code": "Pub. Res. Code", "pub util code": "Pub. Util. Code",
    "rev & tax code": "Rev. & Tax. Code", "veh code": "Veh. Code", "water code": "Water Code",
    "welf & inst code": "Welf. & Inst. Code",
}  # fmt: skip
_NY = {
    "penal law": "Penal Law", "cplr": "C.P.L.R.", "c p l r": "C.P.L.R.",
    "crim proc law": "Crim. Proc. Law", "exec law": "Exec. Law", "educ law": "Educ. Law",
    "elec law": "Elec. Law", "gen bus law": "Gen. Bus. Law", "lab law": "Lab. Law",
    "veh & traf law": "Veh. & Traf. Law", "dom rel law": "Dom. Rel. Law",
    "pub health law": "Pub. Health Law", "civ rights law": "Civ. Rights Law",
    "correct law": "Correct. Law", "fam ct act": "Fam. Ct. Act", "jud law": "Jud. Law",
    "real prop law": "Real Prop. Law", "tax law": "Tax Law", "ins law": "Ins. Law",
    "pub off law": "Pub. Off. Law", "mental hyg law": "Mental Hyg. Law",
    "gen mun law": "Gen. Mun. Law", "soc serv law": "Soc. Serv. Law",
    "bus corp law": "Bus. Corp. Law", "env't conserv law": "Env't Conserv. Law",
    "gen oblig law": "Gen. Oblig. Law", "civ prac law & r": "C.P.L.R.",
}  # fmt: skip
_TX = {
    key: value + " Ann."
    for key, value in {
        "penal code": "Penal Code", "fam code": "Fam. Code", "gov't code": "Gov't Code",
        "crim proc code": "Code Crim. Proc.", "civ prac & rem code": "Civ. Prac. & Rem. Code",
        "health & safety code": "Health & Safety Code", "elec code": "Elec. Code",
        "educ code": "Educ. Code", "bus & com code": "Bus. & Com. Code",
        "transp code": "Transp. Code", "prop code": "Prop. Code", "occ code": "Occ. Code",
        "lab code": "Lab. Code", "tax code": "Tax Code", "ins code": "Ins. Code",
        "loc gov't code": "Loc. Gov't Code", "alco bev code": "Alco. Bev. Code",
        "hum res code": "Hum. Res. Code", "water code": "Water Code", "util code": "Util. Code",
        "nat res code": "Nat. Res. Code", "agric code": "Agric. Code", "est code": "Est. Code",
        "fin code": "Fin. Code",
    }.items()
}  # fmt: skip
_FL = {"stat": "Stat."}
_IL = {"comp stat": "Comp. Stat.", "ilcs": "Comp. Stat."}
_TABLES = {"ca": _CA, "ny": _NY, "tx": _TX, "fl": _FL, "il": _IL}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*\.?|&")


def code_key(words: str) -> str:
    """The normalized key of a code's name: ``Code of Civil Procedure`` -> ``civ proc code``."""
    tokens = []
    for raw in _TOKEN.findall(words):
        word = raw.rstrip(".").replace("’", "'").lower()
        if word in _DROP:
            continue
        tokens.append(_WORDS.get(word, word))
    if len(tokens) > 1 and tokens[0] == "code":  # "Code Civ. Proc." / "Code of Civil Procedure"
        tokens = [*tokens[1:], "code"]
    return " ".join(tokens)


def state_of(spelling: str) -> str | None:
    """The postal code of a state as spelled in a citation (``N. Y.`` -> ``ny``)."""
    return _state_index().get(_squash(spelling))


@cache
def _state_index() -> dict[str, str]:
    return {_squash(name): postal for name, postal in STATE_NAMES.items()}


def _squash(value: str) -> str:
    return re.sub(r"[\s.]+", "", value).casefold()


def canonical_code(postal: str, words: str) -> str:
    """The canonical Bluebook name of the code ``words`` of state ``postal``.

    >>> canonical_code("ca", "Code of Civil Procedure")
    'Cal. Civ. Proc. Code'
    >>> canonical_code("tx", "Penal Code")
    'Tex. Penal Code Ann.'
    >>> canonical_code("az", "Rev. Stat. Ann.")
    'Ariz. Rev. Stat. Ann.'
    """
    state = _BLUEBOOK_STATE[postal]
    table = _TABLES.get(postal)
    if table is not None:
        found = table.get(code_key(words))
        if found is not None:
            return f"{state} {found}"
    return f"{state} {' '.join(words.split())}"


def known_code(postal: str, words: str) -> bool:
    """True if ``words`` names a code listed for a state with a table."""
    table = _TABLES.get(postal)
    return table is not None and code_key(words) in table

"""State statute codes: Bluebook abbreviations, news spellings and their canonical forms.

A state code is written many ways: ``Cal. Civ. Proc. Code``, ``Cal. Code Civ. Proc.``,
``California Code of Civil Procedure``, ``Code Civ. Proc.``; ``O.C.G.A.``, ``Ga. Code Ann.``,
``Georgia Code``.  :func:`code_key` reduces each spelling to a key of abbreviated words
(``civ proc code``) and :func:`canonical_code` looks the key up in the state's table (Bluebook
Table T1).  Every state, the District of Columbia and Puerto Rico have a table.

Some codes are cited with a title or chapter: :data:`TITLED` codes put it after the code
(``Del. Code Ann. tit. 6, § 1304``, ``Mass. Gen. Laws ch. 265, § 1``), :data:`TITLE_FIRST`
codes before it (``18 Pa. Cons. Stat. § 2502``).
"""

from __future__ import annotations

import re
from functools import cache

from casekit.model.statute import TITLED_CODES

__all__ = [
    "ABBREVIATIONS",
    "ART_CODES",
    "CITIES",
    "GENERIC_NAMES",
    "LOCAL_ABBREVIATIONS",
    "STATE_NAMES",
    "TITLED",
    "TITLE_FIRST",
    "TITLE_FIRST_SPELLINGS",
    "UNPREFIXED",
    "all_codes",
    "canonical_code",
    "code_key",
    "known_code",
    "maryland_article",
    "state_of",
    "states_with",
]

#: spelling of a state in a citation -> postal code (lower case); the first is Bluebook's
STATE_NAMES: dict[str, str] = {
    "Ala.": "al", "Alabama": "al", "Alaska": "ak", "Ariz.": "az", "Arizona": "az",
    "Ark.": "ar", "Arkansas": "ar", "Cal.": "ca", "Calif.": "ca", "California": "ca",
    "Colo.": "co", "Colorado": "co", "Conn.": "ct", "Connecticut": "ct", "Del.": "de",
    "Delaware": "de", "D.C.": "dc", "District of Columbia": "dc", "Fla.": "fl",
    "Florida": "fl", "Ga.": "ga", "Georgia": "ga", "Haw.": "hi", "Hawaii": "hi",
    "Idaho": "id", "Ill.": "il", "Illinois": "il", "Ind.": "in", "Indiana": "in",
    "Iowa": "ia", "Kan.": "ks", "Kansas": "ks", "Ky.": "ky", "Kentucky": "ky", "La.": "la",
    "Louisiana": "la", "Me.": "me", "Maine": "me", "Md.": "md", "Maryland": "md",
    "Mass.": "ma", "Massachusetts": "ma", "Mich.": "mi", "Michigan": "mi", "Minn.": "mn",
    "Minnesota": "mn", "Miss.": "ms", "Mississippi": "ms", "Mo.": "mo", "Missouri": "mo",
    "Mont.": "mt", "Montana": "mt", "Neb.": "ne", "Nebraska": "ne", "Nev.": "nv",
    "Nevada": "nv", "N.H.": "nh", "New Hampshire": "nh", "N.J.": "nj", "New Jersey": "nj",
    "N.M.": "nm", "New Mexico": "nm", "N.Y.": "ny", "New York": "ny", "N.C.": "nc",
    "North Carolina": "nc", "N.D.": "nd", "North Dakota": "nd", "Ohio": "oh",
    "Okla.": "ok", "Oklahoma": "ok", "Or.": "or", "Ore.": "or", "Oregon": "or", "Pa.": "pa",
    "Pennsylvania": "pa", "P.R.": "pr", "Puerto Rico": "pr", "R.I.": "ri",
    "Rhode Island": "ri", "S.C.": "sc", "South Carolina": "sc", "S.D.": "sd",
    "South Dakota": "sd", "Tenn.": "tn", "Tennessee": "tn", "Tex.": "tx", "Texas": "tx",
    "Utah": "ut", "Vt.": "vt", "Vermont": "vt", "Va.": "va", "Virginia": "va",
    "Wash.": "wa", "Washington": "wa", "W. Va.": "wv", "West Virginia": "wv", "Wis.": "wi",
    "Wisc.": "wi", "Wisconsin": "wi", "Wyo.": "wy", "Wyoming": "wy",
}  # fmt: skip

#: Bluebook abbreviation of each state (the first spelling above)
_BLUEBOOK_STATE: dict[str, str] = {}
for _name, _postal in STATE_NAMES.items():
    _BLUEBOOK_STATE.setdefault(_postal, _name)

# full words -> the abbreviation used in keys (periods dropped, lower case)
_WORDS = {
    "and": "&", "civil": "civ", "procedure": "proc", "criminal": "crim",
    "government": "gov't", "govt": "gov't", "governmental": "gov't", "gov": "gov't",
    "business": "bus", "professions": "prof", "professional": "prof", "welfare": "welf",
    "institutions": "inst", "vehicle": "veh", "vehicles": "veh", "family": "fam",
    "education": "educ", "educational": "educ", "elections": "elec", "election": "elec",
    "evidence": "evid", "labor": "lab", "insurance": "ins", "probate": "prob",
    "public": "pub", "resources": "res", "utilities": "util", "utility": "util",
    "revenue": "rev", "taxation": "tax", "commercial": "com", "commerce": "com",
    "corporations": "corp", "corporation": "corp", "corps": "corp", "financial": "fin",
    "finance": "fin", "agriculture": "agric", "agricultural": "agric", "statutes": "stat",
    "statute": "stat", "stats": "stat", "compiled": "comp", "remedies": "rem",
    "practice": "prac", "transportation": "transp", "property": "prop", "occupations": "occ",
    "local": "loc", "human": "hum", "executive": "exec", "general": "gen",
    "municipal": "mun", "domestic": "dom", "relations": "rel", "traffic": "traf",
    "correction": "correct", "judiciary": "jud", "hygiene": "hyg", "social": "soc",
    "services": "serv", "servs": "serv", "environmental": "env't", "envtl": "env't",
    "conservation": "conserv", "estates": "est", "estate": "est", "alcoholic": "alco",
    "beverage": "bev", "beverages": "bev", "natural": "nat", "court": "ct", "courts": "cts",
    "officers": "off", "obligations": "oblig", "cplr": "cplr", "occupational": "occ",
    "penalty": "penal", "pen": "penal", "saf": "safety", "revised": "rev",
    "consolidated": "cons", "century": "cent", "central": "cent", "laws": "laws",
    "annotated": "ann", "judicial": "jud", "proceedings": "proc", "employment": "empl",
    "trusts": "trusts", "regulation": "reg", "environment": "envir",
    "associations": "ass'ns", "ass'ns": "ass'ns", "provisions": "provis",
    "community": "cmty", "development": "dev", "economic": "econ", "housing": "hous",
    "institution": "inst", "personnel": "pers", "pensions": "pens", "procurement": "proc",
    "administrative": "admin",
    "safety": "safety", "children's": "child", "childrens": "child", "children": "child",
    "official": "official", "codified": "codified", "cent": "cent",
}  # fmt: skip
_DROP = {"ann", "the", "of", "west's", "mckinney's", "vernon's", "consol", "purdon's",
         "article"}  # fmt: skip

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
    "veh & traf": "Veh. & Traf. Law",
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
_LA = {
    "rev stat": "Rev. Stat. Ann.", "r s": "Rev. Stat. Ann.", "civ code": "Civ. Code Ann.",
    "crim proc code": "Code Crim. Proc. Ann.", "civ proc code": "Code Civ. Proc. Ann.",
    "evid code": "Code Evid. Ann.", "child code": "Child. Code Ann.",
}  # fmt: skip
# Maryland cites its code by article: Md. Code Ann., Crim. Law § 2-201
_MD_ARTICLES = {
    "crim law": "Crim. Law", "crim proc": "Crim. Proc.", "cts & jud proc": "Cts. & Jud. Proc.",
    "educ": "Educ.", "elec law": "Elec. Law", "est & trusts": "Est. & Trusts",
    "fam law": "Fam. Law", "health gen": "Health–Gen.", "health occ": "Health Occ.",
    "lab & empl": "Lab. & Empl.", "real prop": "Real Prop.", "state gov't": "State Gov't",
    "transp": "Transp.", "tax gen": "Tax–Gen.", "tax prop": "Tax–Prop.",
    "pub safety": "Pub. Safety", "com law": "Com. Law", "bus reg": "Bus. Reg.",
    "envir": "Envir.", "ins": "Ins.", "corp & ass'ns": "Corps. & Ass'ns",
    "gen provis": "Gen. Provis.", "nat res": "Nat. Res.", "hum serv": "Hum. Servs.",
    "loc gov't": "Local Gov't", "fin inst": "Fin. Inst.", "agric": "Agric.",
    "alco bev": "Alco. Bev.", "econ dev": "Econ. Dev.", "hous & cmty dev": "Hous. & Cmty. Dev.",
    "state fin & proc": "State Fin. & Proc.", "state pers & pens": "State Pers. & Pens.",
    "pub util": "Pub. Util.",
}  # fmt: skip
# the other states: one general code each (key -> Bluebook name, the state's prefix left off)
_GENERAL: dict[str, dict[str, str]] = {
    "al": {"code": "Code"},
    "ak": {"stat": "Stat."},
    "az": {"rev stat": "Rev. Stat. Ann."},
    "ar": {"code": "Code Ann."},
    "co": {"rev stat": "Rev. Stat."},
    "ct": {"gen stat": "Gen. Stat."},
    "de": {"code": "Code Ann.", "c": "Code Ann."},
    "dc": {"code": "Code", "official code": "Code"},
    "fl": {"stat": "Stat."},
    "ga": {"code": "Code Ann.", "official code": "Code Ann."},
    "hi": {"rev stat": "Rev. Stat."},
    "id": {"code": "Code"},
    "il": {"comp stat": "Comp. Stat.", "ilcs": "Comp. Stat."},
    "in": {"code": "Code"},
    "ia": {"code": "Code"},
    "ks": {"stat": "Stat. Ann."},
    "ky": {"rev stat": "Rev. Stat. Ann."},
    "me": {"stat": "Stat.", "rev stat": "Stat."},
    "ma": {"gen laws": "Gen. Laws", "laws": "Gen. Laws"},
    "mi": {"comp laws": "Comp. Laws"},
    "mn": {"stat": "Stat."},
    "ms": {"code": "Code Ann."},
    "mo": {"rev stat": "Rev. Stat.", "stat": "Rev. Stat."},
    "mt": {"code": "Code Ann."},
    "ne": {"rev stat": "Rev. Stat."},
    "nv": {"rev stat": "Rev. Stat."},
    "nh": {"rev stat": "Rev. Stat. Ann."},
    "nj": {"stat": "Stat. Ann.", "rev stat": "Stat. Ann."},
    "nm": {"stat": "Stat. Ann."},
    "nc": {"gen stat": "Gen. Stat."},
    "nd": {"cent code": "Cent. Code"},
    "oh": {"rev code": "Rev. Code Ann."},
    "ok": {"stat": "Stat."},
    "or": {"rev stat": "Rev. Stat."},
    "pa": {"cons stat": "Cons. Stat.", "stat": "Stat. Ann."},
    "pr": {"laws": "Laws Ann."},
    "ri": {"gen laws": "Gen. Laws"},
    "sc": {"code": "Code Ann.", "laws code": "Code Ann.", "code laws": "Code Ann."},
    "sd": {"codified laws": "Codified Laws"},
    "tn": {"code": "Code Ann."},
    "ut": {"code": "Code Ann."},
    "vt": {"stat": "Stat. Ann."},
    "va": {"code": "Code Ann."},
    "wa": {"rev code": "Rev. Code"},
    "wv": {"code": "Code"},
    "wi": {"stat": "Stat."},
    "wy": {"stat": "Stat. Ann."},
}
_TABLES: dict[str, dict[str, str]] = {
    **_GENERAL,
    "ca": _CA,
    "ny": _NY,
    "tx": {**_TX, "code crim proc": "Code Crim. Proc. Ann."},
    "la": _LA,
    "md": {key: f"Code Ann., {name}" for key, name in _MD_ARTICLES.items()},
}

#: codes cited with a title or chapter after their name -> its designator
TITLED = TITLED_CODES
#: codes cited with the title number first: 18 Pa. Cons. Stat. § 2502
TITLE_FIRST = frozenset({"Pa. Cons. Stat.", "Pa. Stat. Ann.", "Ill. Comp. Stat."})
#: codes numbered by article: Tex. Code Crim. Proc. Ann. art. 38.22, La. Civ. Code Ann. art. 2315
ART_CODES = frozenset(
    {"Tex. Code Crim. Proc. Ann.", "La. Civ. Code Ann.", "La. Code Crim. Proc. Ann.",
     "La. Code Civ. Proc. Ann.", "La. Code Evid. Ann.", "La. Child. Code Ann."}
)  # fmt: skip

#: abbreviations that name a state's code on their own -> (postal code, Bluebook code)
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "O.C.G.A.": ("ga", "Ga. Code Ann."), "OCGA": ("ga", "Ga. Code Ann."),
    "MCL": ("mi", "Mich. Comp. Laws"), "M.C.L.": ("mi", "Mich. Comp. Laws"),
    "MCLA": ("mi", "Mich. Comp. Laws"), "M.C.L.A.": ("mi", "Mich. Comp. Laws"),
    "R.C.": ("oh", "Ohio Rev. Code Ann."), "ORC": ("oh", "Ohio Rev. Code Ann."),
    "O.R.C.": ("oh", "Ohio Rev. Code Ann."),
    "A.R.S.": ("az", "Ariz. Rev. Stat. Ann."), "ORS": ("or", "Or. Rev. Stat."),
    "RCW": ("wa", "Wash. Rev. Code"), "C.R.S.": ("co", "Colo. Rev. Stat."),
    "La. R.S.": ("la", "La. Rev. Stat. Ann."), "LSA-R.S.": ("la", "La. Rev. Stat. Ann."),
    "N.J.S.A.": ("nj", "N.J. Stat. Ann."), "N.J.S.": ("nj", "N.J. Stat. Ann."),
    "N.C.G.S.": ("nc", "N.C. Gen. Stat."), "N.C.G.S.A.": ("nc", "N.C. Gen. Stat."),
    "T.C.A.": ("tn", "Tenn. Code Ann."), "KRS": ("ky", "Ky. Rev. Stat. Ann."),
    "RSMo": ("mo", "Mo. Rev. Stat."), "R.S.Mo.": ("mo", "Mo. Rev. Stat."),
    "K.S.A.": ("ks", "Kan. Stat. Ann."), "NRS": ("nv", "Nev. Rev. Stat."),
    "NMSA": ("nm", "N.M. Stat. Ann."), "HRS": ("hi", "Haw. Rev. Stat."),
    "SDCL": ("sd", "S.D. Codified Laws"), "N.D.C.C.": ("nd", "N.D. Cent. Code"),
    "NDCC": ("nd", "N.D. Cent. Code"), "C.G.S.": ("ct", "Conn. Gen. Stat."),
    "C.G.S.A.": ("ct", "Conn. Gen. Stat."), "RSA": ("nh", "N.H. Rev. Stat. Ann."),
    "MCA": ("mt", "Mont. Code Ann."), "U.C.A.": ("ut", "Utah Code Ann."),
    "A.C.A.": ("ar", "Ark. Code Ann."), "R.I.G.L.": ("ri", "R.I. Gen. Laws"),
    "M.G.L.": ("ma", "Mass. Gen. Laws"), "M.G.L.A.": ("ma", "Mass. Gen. Laws"),
    "G.L.": ("ma", "Mass. Gen. Laws"), "ALM GL": ("ma", "Mass. Gen. Laws"),
    "Wis. Stats.": ("wi", "Wis. Stat."),
}  # fmt: skip
#: states' own short forms, which name a state's code only in a text naming the state (the
#: one named, when several states use one): ``G.S. 163-82.4`` in North Carolina, ``R.S.
#: 14:30.1`` in Louisiana, ``IC 35-42-1-1`` in Indiana; elsewhere they are initials or words
LOCAL_ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "G.S.": (("nc", "N.C. Gen. Stat."),),
    "R.S.": (("la", "La. Rev. Stat. Ann."),),
    "I.C.": (("in", "Ind. Code"), ("id", "Idaho Code")),
    "IC": (("in", "Ind. Code"), ("id", "Idaho Code")),  # (the same key as "I.C.")
    "AS": (("ak", "Alaska Stat."),),
    "W.S.": (("wy", "Wyo. Stat. Ann."),),
}
ABBREVIATIONS.update({spelling: codes[0] for spelling, codes in LOCAL_ABBREVIATIONS.items()})
#: spellings that follow a title number: 18 Pa.C.S. § 2502, 6 Del. C. § 1304
TITLE_FIRST_SPELLINGS: dict[str, tuple[str, str]] = {
    "Pa.C.S.": ("pa", "Pa. Cons. Stat."), "Pa.C.S.A.": ("pa", "Pa. Cons. Stat."),
    "Pa. Cons. Stat.": ("pa", "Pa. Cons. Stat."), "Pa. Cons. Stat. Ann.": ("pa", "Pa. Cons. Stat."),
    "P.S.": ("pa", "Pa. Stat. Ann."), "Pa. Stat.": ("pa", "Pa. Stat. Ann."),
    "Pa. Stat. Ann.": ("pa", "Pa. Stat. Ann."),
    "Del. C.": ("de", "Del. Code Ann."), "Del. Code": ("de", "Del. Code Ann."),
    "Del. Code Ann.": ("de", "Del. Code Ann."),
    "V.S.A.": ("vt", "Vt. Stat. Ann."), "Vt. Stat. Ann.": ("vt", "Vt. Stat. Ann."),
    "M.R.S.": ("me", "Me. Stat."), "M.R.S.A.": ("me", "Me. Stat."),
    "Me. Rev. Stat.": ("me", "Me. Stat."), "Me. Rev. Stat. Ann.": ("me", "Me. Stat."),
    "Me. Stat.": ("me", "Me. Stat."),
    "O.S.": ("ok", "Okla. Stat."), "Okla. Stat.": ("ok", "Okla. Stat."),
    "Okla. Stat. Ann.": ("ok", "Okla. Stat."),
    "L.P.R.A.": ("pr", "P.R. Laws Ann."), "P.R. Laws Ann.": ("pr", "P.R. Laws Ann."),
}  # fmt: skip
#: the unprefixed names many states share
GENERIC_NAMES = frozenset({"General Statutes", "Revised Statutes", "Revised Code", "Compiled Laws"})
#: codes named without their state (``Penal Law § 125.25``, ``Pen. Code, § 187``) -> the state
#: whose spelling it is, if one: the state is the one cited last if it has the code, else
#: that state, else the only state that has the code
UNPREFIXED: dict[str, str | None] = {
    **dict.fromkeys((
        "Penal Law", "Criminal Procedure Law", "Crim. Proc. Law", "Civil Rights Law",
        "Civ. Rights Law", "Executive Law", "Exec. Law", "General Business Law",
        "Gen. Bus. Law", "Vehicle and Traffic Law", "Veh. & Traf. Law",
        "Domestic Relations Law", "Dom. Rel. Law", "Public Health Law", "Pub. Health Law",
        "Public Officers Law", "Pub. Off. Law", "Real Property Law", "Real Prop. Law",
        "Judiciary Law", "Jud. Law", "Correction Law", "Correct. Law", "Family Court Act",
        "Fam. Ct. Act", "Mental Hygiene Law", "Mental Hyg. Law", "General Municipal Law",
        "Gen. Mun. Law", "General Obligations Law", "Gen. Oblig. Law", "Social Services Law",
        "Soc. Serv. Law", "Business Corporation Law", "Bus. Corp. Law",
        "Environmental Conservation Law", "Env't Conserv. Law", "Election Law", "Elec. Law",
        "Education Law", "Educ. Law", "Labor Law", "Lab. Law", "Insurance Law", "Ins. Law",
        "Penal Code", "Labor Code", "Civil Code", "Government Code",
        "Business and Professions Code", "Health and Safety Code", "Health & Safety Code",
        "Welfare and Institutions Code", "Vehicle Code", "Education Code", "Family Code",
        "Evidence Code", "Code of Civil Procedure", "Elections Code", "Probate Code",
        "Corporations Code", "Public Resources Code", "Revenue and Taxation Code",
        "Insurance Code", "Code of Criminal Procedure", "Business and Commerce Code",
        "Bus. & Com. Code", "Civil Practice and Remedies Code", "Civ. Prac. & Rem. Code",
        "Transportation Code", "Local Government Code", "Loc. Gov't Code",
        "Occupations Code", "Property Code", "Estates Code", "Alcoholic Beverage Code",
        "Human Resources Code", "Natural Resources Code",
    ), None),
    # names many states' codes share: read only in a state's context ("General Statutes
    # § 53a-54a" in Connecticut), with a section number of the states' shape
    **dict.fromkeys(sorted(GENERIC_NAMES), None),
    # the California Style Manual's abbreviations, used by that state's courts
    **dict.fromkeys((
        "Pen. Code", "Lab. Code", "Civ. Code", "Gov. Code", "Bus. & Prof. Code",
        "Health & Saf. Code", "Welf. & Inst. Code", "Veh. Code", "Educ. Code", "Fam. Code",
        "Evid. Code", "Code Civ. Proc.", "Elec. Code", "Prob. Code", "Corp. Code",
        "Pub. Resources Code", "Rev. & Tax. Code", "Ins. Code",
    ), "ca"),
}  # fmt: skip

#: cities whose codes are cited in the news -> postal code of their state
CITIES: dict[str, str] = {
    "New York City": "ny", "Los Angeles": "ca", "Chicago": "il", "Houston": "tx",
    "Phoenix": "az", "Philadelphia": "pa", "San Antonio": "tx", "San Diego": "ca",
    "Dallas": "tx", "San Jose": "ca", "Austin": "tx", "Jacksonville": "fl",
    "Fort Worth": "tx", "Columbus": "oh", "Charlotte": "nc", "San Francisco": "ca",
    "Indianapolis": "in", "Seattle": "wa", "Denver": "co", "Boston": "ma", "El Paso": "tx",
    "Nashville": "tn", "Detroit": "mi", "Oklahoma City": "ok", "Portland": "or",
    "Las Vegas": "nv", "Memphis": "tn", "Louisville": "ky", "Baltimore": "md",
    "Milwaukee": "wi", "Albuquerque": "nm", "Tucson": "az", "Fresno": "ca",
    "Sacramento": "ca", "Atlanta": "ga", "Miami": "fl", "Oakland": "ca",
    "Minneapolis": "mn", "Tulsa": "ok", "Cleveland": "oh", "New Orleans": "la",
    "Pittsburgh": "pa", "St. Louis": "mo", "Cincinnati": "oh", "Long Beach": "ca",
    "Berkeley": "ca", "Santa Monica": "ca", "Spokane": "wa", "Tacoma": "wa",
    "Salt Lake City": "ut", "Omaha": "ne", "Raleigh": "nc", "Tampa": "fl",
    "Orlando": "fl", "St. Paul": "mn", "Madison": "wi", "Anchorage": "ak",
    "Honolulu": "hi", "Buffalo": "ny", "Newark": "nj", "Richmond": "va",
    "Birmingham": "al", "Kansas City": "mo", "Boise": "id", "Des Moines": "ia",
}  # fmt: skip
#: kinds of city code -> the name printed in the citation
CITY_CODES = {
    "mun code": "Municipal Code", "rev mun code": "Revised Municipal Code",
    "city code": "City Code",
    "ordinances code": "Code of Ordinances", "admin code": "Admin. Code",
}  # fmt: skip


def city_code(city: str, state: str | None, kind: str) -> tuple[str, str] | None:
    """(postal code, Bluebook code) of a city's code: ``Seattle, Wash., Municipal Code``."""
    city = " ".join(city.split()).replace("St ", "St. ")
    postal = CITIES.get(city)
    if state is not None:
        postal = state_of(state) or postal
    name = CITY_CODES.get(code_key(kind))
    if postal is None or name is None:
        return None
    if city == "New York City" and name == "Admin. Code":
        return postal, "N.Y.C. Admin. Code"
    return postal, f"{city}, {_BLUEBOOK_STATE[postal]}, {name}"


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*\.?|&")


def code_key(words: str) -> str:
    """The normalized key of a code's name: ``Code of Civil Procedure`` -> ``civ proc code``."""
    tokens = []
    for raw in _TOKEN.findall(words):
        word = raw.rstrip(".").replace("’", "'").lower()
        word = _WORDS.get(word, word)
        if word in _DROP:
            continue
        tokens.append(word)
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


def bluebook_state(postal: str) -> str:
    """The Bluebook abbreviation of a state: ``ga`` -> ``Ga.``."""
    return _BLUEBOOK_STATE[postal]


def canonical_code(postal: str, words: str, *, strict: bool = False) -> str | None:
    """The canonical Bluebook name of the code ``words`` of state ``postal``.

    An unknown code keeps its spelling (spacing normalized), or is ``None`` if ``strict``.

    >>> canonical_code("ca", "Code of Civil Procedure")
    'Cal. Civ. Proc. Code'
    >>> canonical_code("tx", "Penal Code")
    'Tex. Penal Code Ann.'
    >>> canonical_code("ga", "Code")
    'Ga. Code Ann.'
    >>> canonical_code("wa", "Revised Code")
    'Wash. Rev. Code'
    """
    state = _BLUEBOOK_STATE[postal]
    found = _TABLES.get(postal, {}).get(code_key(words))
    if found is not None:
        return f"{state} {found}"
    if strict:
        return None
    return f"{state} {' '.join(words.split())}"


def known_code(postal: str, words: str) -> bool:
    """True if ``words`` names a code listed for the state."""
    return code_key(words) in _TABLES.get(postal, {})


def states_with(words: str) -> tuple[str, ...]:
    """The states that have a code named ``words`` (``Penal Law`` -> ``('ny',)``)."""
    key = code_key(words)
    return tuple(postal for postal, table in _TABLES.items() if key in table)


def maryland_article(words: str) -> str | None:
    """The Bluebook name of a Maryland code article: ``Criminal Law`` -> ``Crim. Law``."""
    return _MD_ARTICLES.get(code_key(re.sub("[-–—]", " ", words)))


def all_codes() -> list[tuple[str, str]]:
    """(postal code, Bluebook name) of every state code with a table entry, sorted.

    >>> ("ga", "Ga. Code Ann.") in all_codes()
    True
    """
    out = {(postal, f"{_BLUEBOOK_STATE[postal]} {name}") for postal, table in _TABLES.items()
           for name in table.values()}  # fmt: skip
    out.add(("ny", "N.Y. C.P.L.R."))
    return sorted(out)

"""Regular expressions for statute citations (compiled lazily, on first use).

Each finder pattern starts with a literal character or a character class, so that the
regular expression engine skips quickly over text that cannot start a citation:

* :func:`numbered` starts at a title or volume number: ``26 U.S.C. § 6103``,
  ``28 C.F.R. § 50.10``, ``136 Stat. 1818``, ``720 ILCS 5/9-1``;
* :func:`bare` starts at a section sign or the word *section*: ``§§ 1983, 1988``;
* :func:`keyword` starts at a capital letter: ``I.R.C. § 61``, ``Pub. L. No. 117-169``,
  ``CPLR 3211``, ``Cal. Penal Code § 187``.

Quantifiers are bounded and alternatives are disjoint, so matching is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from casekit.citations.state_codes import (
    ABBREVIATIONS,
    CITIES,
    STATE_NAMES,
    TITLE_FIRST_SPELLINGS,
    UNPREFIXED,
)

__all__ = [
    "bare",
    "code_name",
    "florida_tail",
    "item",
    "keyword",
    "numbered",
    "of_clause",
    "title_of",
    "titled",
]

DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
_S = r"\s{0,4}"
_S1 = r"\s{1,4}"
# a section number: digits, then letters, dotted or slashed parts, dashed parts
_SECTION = (
    rf"\d[0-9A-Za-z]*(?:[.:/]\d[0-9A-Za-z]*)*"
    rf"(?:{DASH}\s?\d[0-9A-Za-z]*(?:[.:/]\d[0-9A-Za-z]*)*|-[a-z]{{1,2}}(?![A-Za-z])"
    r"|-[A-Z]{1,2}:\d[0-9A-Za-z]*|-[A-Z](?![0-9A-Za-z]))*"
)
_SUB = r"\(\s?[0-9A-Za-z]{1,6}\)"
_ITEM = rf"{_SECTION}(?:{_SUB})*(?:{DASH}(?:(?:{_SUB})+|{_SECTION}(?:{_SUB})*))?"
# what may not follow a list item: the next citation's volume ("and 18 U. S. C.") or a unit
# (the first alternative keeps backtracking from cutting an item short: "1" of "18 U. S. C.")
_NOT_VOLUME = (
    r"(?![0-9A-Za-z(]|[-\u2010\u2011\u2013]\s?[0-9(]|-[a-z]{1,2}(?![A-Za-z])|(?<!\))[.:/]\d"
    r"|\s{0,3}(?:U\.|Stat\.|C\.\s?F|F\.|S\.|L\.|Fed\.|[A-Z][a-z]{0,5}\.\s?[A-Z0-9])"
    # nor a length or a count: "sentenced under § 2C:11-3 to 35 years"
    r"|\s{1,3}(?:years?|months?|weeks?|days?|hours?|percent)\b)"
)
_LIST = (
    rf"(?:(?:{_S},{_S}(?:(?:and|or|&){_S1})?|{_S1}(?:and|or|&|through|to|thru){_S1})"
    rf"(?:§{{1,2}}{_S})?{_ITEM}{_NOT_VOLUME})*"
)
_ET_SEQ = rf"(?:,?{_S1}et\s?seq\b\.?)?"
_SIGN = r"§\s?§|§|Secs?\.|Sections?\b|secs?\.|sections?\b|SECS?\.|SECTIONS?\b"
_ART = r"Articles?\b|articles?\b|Arts?\.|arts?\."
_TAIL = (
    rf"(?:{_S},?{_S}(?P<sign>{_SIGN}){_S}|\s{{1,3}}(?=\d))"
    rf"(?P<items>{_ITEM}{_NOT_VOLUME}{_LIST})(?P<etseq>{_ET_SEQ})"
)
_USC = (
    r"U\.\s?S\.\s?C(?:\.\s?[AS]\.|\.|(?![A-Za-z]))|USC(?:A|S)?(?![A-Za-z])"
    r"|U\.\s?S\.\s?Code(?:\s(?:Ann\.|Annotated))?|United\s+States\s+Code(?:\s+Annotated)?"
)
_CFR = r"C\.\s?F\.\s?R\.|CFR(?![A-Za-z])|Code\s+of\s+Federal\s+Regulations\b"


@cache
def numbered() -> re.Pattern[str]:
    """Citations that start with a title or volume number."""
    return re.compile(
        rf"(?P<num>\d{{1,3}}(?:-[A-Z](?![A-Za-z]))?)(?:\s{{0,3}},)?\s{{1,4}}(?:of\s+the\s+)?(?:"
        rf"(?:(?P<usc>{_USC})(?:,?\s?(?P<app>[Aa]pp(?:\.|endix)))?|(?P<cfr>{_CFR}))(?:{_TAIL})?"
        rf"|(?P<stat>Stat\.)\s{{0,3}}(?P<page>\d{{1,5}}(?:[A-Z]?-\d{{1,4}})?)"
        rf"|(?P<ilcs>ILCS|Ill\.\s?Comp\.\s?Stat\.(?:\s?Ann\.)?)\s{{1,3}}(?:§\s?)?(?P<ilcs_item>{_ITEM})"
        rf"|(?P<tfirst>{_spellings(TITLE_FIRST_SPELLINGS)})(?:\s?(?:19|20)\d\d)?"
        rf"(?:,?{_S}(?P<tsign>{_SIGN}){_S}|\s{{1,3}}(?=\d))(?P<titems>{_ITEM}{_NOT_VOLUME}{_LIST})"
        r")"
    )


@cache
def bare() -> re.Pattern[str]:
    """A section sign or the word *section* and the sections it cites."""
    return re.compile(
        rf"(?P<sign>{_SIGN}|{_ART}){_S}(?P<items>{_ITEM}{_NOT_VOLUME}{_LIST})(?P<etseq>{_ET_SEQ})"
    )


def _spelling(name: str) -> str:
    """A state's spelling as a pattern: periods may be followed by a space (``N. Y.``)."""
    out = []
    for i, char in enumerate(name):
        if char == ".":
            out.append(r"\." if i == len(name) - 1 else r"\.\s?")
        elif char == " ":
            out.append(r"\s?" if name[i - 1] == "." else r"\s")
        else:
            out.append(re.escape(char))
    return "".join(out).replace(r"\s?\s?", r"\s?")


def _state_alternation() -> str:
    names = sorted(STATE_NAMES, key=len, reverse=True)
    return "|".join(_spelling(n) for n in names)


def _spellings(names: Iterable[str]) -> str:
    """An alternation of spellings (periods may be followed by a space), longest first."""
    return "|".join(_spelling(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


_STATE_WORDS = r"(?:[A-Z][A-Za-z'’]*\.?|&|and|of)"
_STATE_END = (
    r"(?:Code|Laws?|Stat\.|Stats\.|Statutes?|C\.\s?P\.\s?L\.\s?R\.|Act|Proc\.|Procedure|Article"
    r"|Evid\.|Evidence)"
    r"(?:\s(?:Ann\.|Annotated))?(?:,?\s(?:1975|1978)\b)?"
)
# Maryland's code is cited by article: "Md. Code Ann., Crim. Law § 2-201"
_ARTICLE = (
    r"(?:,\s{0,2}(?!Sec|SEC|sec|Art|art|Ch|ch|[Tt]it)"
    r"(?P<article>[A-Z][A-Za-z'’]*\.?(?:(?:\s{1,2}|\s?[-–]\s?)(?:[A-Z][A-Za-z'’]*\.?|&|and)){0,4}))"
)
_TITLE = (
    r"(?:,?\s{1,2}(?:tit\.|[Tt]itle|ch\.|c\.|[Cc]hapter)\s?"
    r"(?P<state_title>\d{1,3}[A-Z]{0,2}(?:-[A-Z])?)(?![0-9A-Za-z]))"
)
_STATE_SIGN = r"§\s?§|§|[Ss]ecs?\.|[Ss]ections?\b|SECS?\.|SECTIONS?\b|[Aa]rts?\.|[Aa]rticles?\b"


def _code_name(lazy: bool) -> str:
    """A state code's name: ``Cal. Penal Code``, ``O.C.G.A.``, ``Code of Virginia``."""
    states = _state_alternation()
    words = rf"(?:{_STATE_WORDS}\s{{1,2}}){{0,5}}" + ("?" if lazy else "")
    return (
        rf"(?P<city>{_spellings(CITIES)}|N\.\s?Y\.\s?C\.|NYC)"
        rf"(?:,\s{{1,2}}(?P<city_state>{states}),?)?"
        r"\s{1,2}(?P<city_code>(?:Revised\s{1,2}|Rev\.\s?)?(?:Municipal\s{1,2}Code|Mun\.\s?Code)"
        r"|City\s{1,2}Code"
        r"|Code\s{1,2}of\s{1,2}Ordinances|Administrative\s{1,2}Code|Admin\.\s?Code)"
        rf"|(?P<state>{states})(?:['’]s?)?\s{{1,2}}(?P<words>{words}{_STATE_END})(?:{_ARTICLE})?"
        rf"|(?P<abbr>{_spellings(ABBREVIATIONS)})(?:\s(?:19|20)\d\d\b)?(?![A-Za-z])"
        r"|(?P<pre>(?:Official\s{1,2}|Annotated\s{1,2})?"
        r"(?:Revised\s{1,2}|General\s{1,2}|Compiled\s{1,2})?"
        r"(?:Code(?:\s{1,2}of\s{1,2}Laws)?|Statutes|Laws))\s{1,2}of\s{1,2}(?:the\s{1,2})?"
        rf"(?:State\s{{1,2}}of\s{{1,2}})?(?P<state2>{states})(?:\s{{1,2}}(?:Annotated|Ann\.))?"
        rf"|(?P<uname>{_spellings(UNPREFIXED)})(?![A-Za-z])"
    )


_CITY_ABBREVIATIONS = ("N.Y.C.", "NYC")  # the city alternatives of _code_name besides CITIES
#: the spellings a match of :func:`keyword` or :func:`titled` may start with, other than a
#: state's or a city's name (their first words, for the codes named ``Revised Code of ...``)
KEYWORD_LEADS = (
    "I.R.C.", "IRC", "Pub. L.", "Public Law", "P. L.", "CPLR", "C.P.L.R.",
    "Official", "Annotated", "Revised", "General", "Compiled", "Code", "Statutes", "Laws",
    *ABBREVIATIONS, *UNPREFIXED,
)  # fmt: skip


def _tokens(name: str) -> int:
    """How many words a spelling may be printed as, at most (a period may be followed by a
    space)."""
    return name.count(".") + name.count(" ") + 1


@cache
def place_code() -> re.Pattern[str]:
    """What must follow a state's or a city's name for :func:`keyword` or :func:`titled` to
    match there (when no spelling of :data:`KEYWORD_LEADS` starts there too).

    Those matches read the name, a few more words (``, Wash.,``, ``'s``, ``Penal``, ``&``)
    and then a code's name, which starts with one of the words below.  Every word before it
    starts with a capital or ``&`` or is a lower-case word of a name or ``and``/``of``, so a
    text failing this quick test matches neither.
    """
    names = (*STATE_NAMES, *CITIES, *_CITY_ABBREVIATIONS)
    lower = {w for n in names for w in n.split() if not w[0].isupper()} | {"and", "of"}
    chars = {c for n in names for c in n if not c.isspace()} | set("'’.,&")
    word = "[A-Za-z" + "".join(sorted(re.escape(c) for c in chars if not c.isalpha())) + "]"
    most = (
        max(map(_tokens, (*CITIES, *_CITY_ABBREVIATIONS)))
        + max(map(_tokens, STATE_NAMES))
        + 5  # the words of _code_name before the end of a state's code name
    )
    lead = "|".join(sorted(lower, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:[A-Z&]{word}*+|(?:{lead})(?!{word}))\s{{1,4}}){{0,{most}}}"
        r"(?:Code|Law|Stat|Act|Proc|Article|Evid|C\.|Rev|Mun|City|Admin)"
    )


@cache
def keyword() -> re.Pattern[str]:
    """Citations that start with a word: I.R.C., Pub. L., CPLR and state codes."""
    return re.compile(
        rf"(?P<irc>I\.\s?R\.\s?C\.|IRC(?![A-Za-z])){_S},?{_S}(?P<irc_sign>{_SIGN}){_S}"
        rf"(?P<irc_items>{_ITEM}{_NOT_VOLUME}{_LIST})(?P<irc_etseq>{_ET_SEQ})"
        rf"|(?P<pl>Pub\.\s?L\.|Public\s+Law|P\.\s?L\.)\s?(?:No\.\s?)?(?P<pl_num>\d{{2,3}}\s?{DASH}\s?\d{{1,4}})\b"
        rf"|(?P<cplr>CPLR|C\.\s?P\.\s?L\.\s?R\.)(?:\s?(?:§|[Rr]ule|R\.))?\s{{0,2}}(?P<cplr_item>{_ITEM})"
        rf"|(?:{_code_name(lazy=True)}){_TITLE}?"
        rf"(?:,?{_S}(?P<state_sign>{_STATE_SIGN}){_S}|\s{{1,3}}(?=\d))"
        rf"(?P<state_items>{_ITEM}{_NOT_VOLUME}{_LIST})"
    )


@cache
def titled() -> re.Pattern[str]:
    """A code and a title or chapter, without a section: ``Mass. Gen. Laws ch. 93A``."""
    return re.compile(rf"(?:{_code_name(lazy=True)}){_TITLE}")


@cache
def code_name() -> re.Pattern[str]:
    """A state code's name alone (the longest spelling), as in ``section 5 of the ...``."""
    return re.compile(rf"(?:{_code_name(lazy=False)})(?![A-Za-z])")


@cache
def title_of() -> re.Pattern[str]:
    """``Title III of the`` (an act's name follows)."""
    return re.compile(r"Title\s{1,3}(?P<roman>[IVX]{1,6})\s{1,3}of\s{1,3}(?:the\s{1,3})?")


@cache
def item() -> re.Pattern[str]:
    """One section of a list, its subsections and the end of a range."""
    return re.compile(
        rf"(?:(?P<to>through|thru|to)\s+)?(?:§{{1,2}}\s*)?(?P<section>{_SECTION})"
        rf"(?P<subs>(?:{_SUB})*)(?:{DASH}(?:(?P<subrange>(?:{_SUB})+)|(?P<end>{_SECTION})(?:{_SUB})*))?"
    )


@cache
def subsection() -> re.Pattern[str]:
    return re.compile(r"\(\s?([0-9A-Za-z]+)\)")


@cache
def of_clause() -> re.Pattern[str]:
    """``of title 26``, ``of this title``, ``of the Code``, ``of the act`` or ``of the law``
    (the act named last), or ``of the`` + a name."""
    return re.compile(
        r"\s{1,3}of\s{1,3}(?:"
        r"[Tt]itle\s{1,3}(?P<title>\d{1,2})\b(?:,?\s{1,3}(?:of\s{1,3}the\s{1,3})?"
        r"(?:United\s+States\s+Code|U\.\s?S\.\s?C(?:ode\b|\.)))?"
        r"|(?P<this>this\s+(?:title|chapter|subchapter|part|subpart)\b)"
        r"|(?P<code>the\s+(?:Code|U\.\s?S\.\s?Code|United\s+States\s+Code)\b(?!\s{1,3}of\b))"
        r"|(?:the|that|this)\s{1,3}(?P<the_act>[Aa]ct|[Ss]tatute)\b(?!\s{1,3}of\b)"
        r"|(?:the|that|this)\s{1,3}(?:(?P<law_kind>state|federal)\s{1,3})?(?P<the_law>[Ll]aw)\b"
        r"(?!\s{1,3}of\b|[-\s]{1,3}(?:firm|school|enforcement|clerk|professor)\b)"
        r"|(?:the\s{1,3})?(?P<other>\S))"
    )


@cache
def florida_tail() -> re.Pattern[str]:
    """``§ 782.04, Fla. Stat.``, ``section 565.020, RSMo``: the section before the code."""
    return re.compile(
        r",?\s{0,3}(?:(?P<fl>Fla\.\s?Stat\.(?:\s?Ann\.)?|Florida\s+Statutes)"
        r"|(?P<mo>RSMo|R\.\s?S\.\s?Mo\.)(?:,?\s(?:Cum\.\s)?(?:Supp\.\s)?(?:19|20)\d\d)?"
        r"|(?P<nm>NMSA)(?:\s1978)?)(?![A-Za-z])"
    )

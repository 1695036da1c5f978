"""Statute citations: parse, normalize, format and find them in free text.

>>> from casekit import parse_statute, find_statutes
>>> str(parse_statute("26 U. S. C. A. § 6103(i)(2)"))
'26 U.S.C. § 6103(i)(2)'
>>> [str(c) for c in find_statutes("Under 42 U.S.C. §§ 1983, 1988 and the Sherman Act ...")]
['42 U.S.C. § 1983', '42 U.S.C. § 1988', '15 U.S.C. § 1']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import attrs

from casekit.citations import _statute_grammar as grammar
from casekit.citations.state_codes import (
    ABBREVIATIONS,
    ART_CODES,
    CITIES,
    GENERIC_NAMES,
    LOCAL_ABBREVIATIONS,
    STATE_NAMES,
    TITLE_FIRST,
    TITLE_FIRST_SPELLINGS,
    TITLED,
    UNPREFIXED,
    canonical_code,
    city_code,
    known_code,
    maryland_article,
    state_of,
    states_with,
)
from casekit.citations.statute_names import (
    Act,
    act_for,
    acts,
    acts_numbered_in,
    name_pattern,
    name_spellings,
    popular_name,
    popular_names,
    state_acts,
    trie_pattern,
)
from casekit.errors import CaseKitError, InvalidCitation
from casekit.model._natural import natural_key
from casekit.model.document import Document, text_id
from casekit.model.span import Provenance
from casekit.model.statute import StatuteCitation

__all__ = [
    "find_statutes",
    "parse_statute",
    "parse_statutes",
    "popular_name",
    "popular_names",
    "statute_url",
]

USC = "U.S.C."
CFR = "C.F.R."
PUB_L = "Pub. L. No."
STAT = "Stat."

#: (jurisdiction, code, title) that a bare "§ 6103" refers to
_Context = tuple[str, str, "str | None"]


#: the fields of a StatuteCitation, gathered before the record is built (once, at the end)
_Parts = dict[str, Any]


@attrs.define
class _Hit:
    start: int
    end: int
    cites: list[_Parts]
    act: Act | None = None  # the act a popular name names
    #: no citation, and the words from ``start`` to ``end`` are not read again: the act's
    #: name in a section of it this library cannot codify is no citation of the act
    silent: bool = False


_FIELDS = (
    "jurisdiction",
    "code",
    "title",
    "section",
    "subsections",
    "section_end",
    "et_seq",
    "name",
)


def _parts_of(c: StatuteCitation, **changes: Any) -> _Parts:
    parts = {f: getattr(c, f) for f in _FIELDS}
    parts.update(changes)
    return parts


class _Skip(Exception):
    """An anchor that turned out not to be a citation."""


# --- anchors: cheap patterns that find where a citation may start ----------------------


def _dotted(abbreviation: str) -> set[str]:
    """``U.S.C`` and its spaced spellings ``U. S. C``, ``U.S. C``, ``U. S.C``."""
    parts = abbreviation.split(". ") if ". " in abbreviation else abbreviation.split(".")
    if len(parts) == 1:
        return {abbreviation}
    out = {""}
    for i, part in enumerate(parts):
        if i == 0:
            out = {part}
            continue
        out = {o + sep + part for o in out for sep in (".", ". ")}
    return out


_NUMBERED = (
    "U.S.C", "USC", "United States Code", "C.F.R", "CFR", "Code of Federal Regulations",
    "Stat.", "ILCS", "Ill. Comp", *TITLE_FIRST_SPELLINGS,
)  # fmt: skip
_BARE = (
    "§", "Sec.", "Secs.", "Section", "sec.", "secs.", "section", "SEC.", "SECS.", "SECTION",
)  # fmt: skip
_KEYWORDS = (
    "I.R.C", "IRC", "Pub.L", "Public Law", "P.L", "CPLR", "C.P.L.R",
    *ABBREVIATIONS, *UNPREFIXED, *CITIES, "N.Y.C.", "NYC", "Code of", "Official Code of",
    "Annotated Code of",
    "Revised Code of", "Revised Statutes of", "General Statutes of", "General Laws of",
    "Compiled Laws of",
)  # fmt: skip
_TITLE = ("Title",)


def _squash(text: str) -> str:
    return "".join(text.split())


@cache
def _anchor_kinds() -> dict[str, tuple[str, ...]]:
    """Squashed anchor spelling -> the kinds of citation it may start."""
    kinds: dict[str, tuple[str, ...]] = {}
    groups = (
        ("numbered", _NUMBERED),
        ("bare", _BARE),
        ("keyword", (*_KEYWORDS, *STATE_NAMES, *TITLE_FIRST_SPELLINGS)),
        ("title", _TITLE),
    )
    for kind, spellings in groups:
        for spelling in spellings:
            key = _squash(spelling)
            kinds[key] = (*kinds.get(key, ()), kind)
    return kinds


@cache
def _anchors(names: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every place a citation may start (and every act name), as two patterns: the
    spellings starting with a lower-case letter (``section``), whose common start is a
    literal the regex engine finds fast, and the others.  No spelling of one starts with
    the first character of one of the other, so the two together find just what one
    pattern of them all finds (see :func:`_anchor_matches`)."""
    spellings: set[str] = set()
    for spelling in (*_NUMBERED, *_BARE, *_KEYWORDS, *STATE_NAMES, *_TITLE):
        spellings.update(_dotted(spelling) if "." in spelling[:-1] else {spelling})
    if names:
        # (a name printed year first is found from its name: see _Scanner._name; one in
        # lower case from :func:`_lower_names`)
        spellings.update(s for s in name_spellings() if not s[:4].isdigit() and s[0] not in _LOWER)
    lower = sorted(s for s in spellings if s[0].islower())
    upper = sorted(s for s in spellings if not s[0].islower())
    return re.compile(trie_pattern(upper)), re.compile(trie_pattern(lower))


#: first letters of the acts' names in lower case (``the federal wiretap law``) that
#: :func:`_lower_names` finds, not :func:`_anchors`: so the lower-case anchors keep their
#: common start (``sec``), a literal the regex engine finds fast
_LOWER = "abcdefghijklmnopqrtuvwxyz"


@cache
def _lower_names() -> re.Pattern[str]:
    """Acts' names in lower case but for ``section 1983``: they share their start too
    (``federal``), which makes this pattern as fast."""
    return re.compile(trie_pattern(sorted(s for s in name_spellings() if s[0] in _LOWER)))


def _anchor_matches(text: str, names: bool) -> Iterator[re.Match[str]]:
    """The matches of one pattern of every anchor spelling, as its ``finditer`` gives
    them: at each step the first of the next matches of the two :func:`_anchors`
    patterns (a match of one starts where the other cannot match), searched again from
    the end of the match taken when it started before that end."""
    upper, lower = _anchors(names)
    low = lower.search(text)
    if low is None:
        yield from upper.finditer(text)
        return
    up = upper.search(text)
    while up is not None or low is not None:
        m = up if low is None or (up is not None and up.start() < low.start()) else low
        assert m is not None
        yield m
        end = m.end()
        if up is not None and up.start() < end:
            up = upper.search(text, end)
        if low is not None and low.start() < end:
            low = lower.search(text, end)


#: what an anchor as spelled starts: the state it names (if any), the kinds of citation
#: it may start (in event order), whether it is the word "section", and whether a
#: keyword citation there can only start with a state's or a city's name (and so needs
#: grammar.place_code after it)
_Plan = tuple["str | None", tuple[str, ...], bool, bool]


@lru_cache(maxsize=4096)
def _anchor_plan(spelled: str) -> _Plan:
    """The :data:`_Plan` of an anchor as matched (derived from the fixed tables)."""
    kinds = _anchor_kinds().get(_squash(spelled), ())
    if spelled[:5] == "Title" and "title" not in kinds:
        kinds = (*kinds, "title")  # "Title VIII of ...", not "Title VI"
    key = _squash_dots(spelled)
    place_only = not any(key.startswith(lead) or lead.startswith(key) for lead in _keyword_leads())
    # (a dotted abbreviation may be matched with the space after it: "N.C. ")
    postal = STATE_NAMES.get(spelled) or (state_of(spelled) if "." in spelled else None)
    return postal, kinds, spelled[:7].lower() == "section", place_only


@cache
def _keyword_leads() -> tuple[str, ...]:
    """:data:`grammar.KEYWORD_LEADS` as :func:`_squash_dots` keys.

    A keyword citation can start where an anchor was matched only through a spelling
    whose key is a prefix of the anchor's, or the anchor's a prefix of its: an anchor
    sharing no prefix with these starts one only with a state's or a city's name.
    """
    return tuple(_squash_dots(lead) for lead in grammar.KEYWORD_LEADS)


_ARTICLE_ANCHOR = re.compile(r"rt(?:icles?\b|s?\.)\s{0,3}\d")


_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d(?![\w(])")


# An act's name made possessive before a section: ``the Sherman Act's Section 2``.
_POSSESSIVE = re.compile(r"['’]s\s{1,2}(?=[Ss]ections?\b|§)")


_CHAPTER_ANCHOR = re.compile(r"hapter\s{1,3}\d{1,3}[A-Z]")


# ``chapter 93A``, ``Chapter 151B, Section 4``.
_MASS_CHAPTER = re.compile(
    r"[Cc]hapter\s{1,3}(?P<chapter>\d{1,3}[A-Z]{1,2})(?![\w-])"
    r"(?:,?\s{1,3}(?:[Ss]ection|§)\s{0,3}(?P<items>\d{1,3}[A-Z]?(?:\(\w{1,3}\))*)(?![\w-]|\.\d))?"
)


_LOOKBACK = re.compile(r"(?<![\w.,/§\-–])\d{1,3}(?:-[A-Z])?(?:\s{0,3},)?\s{1,4}(?:of\s+the\s+)?$")


_TITLE_BEFORE = re.compile(
    r"(?:[Tt]itle|TITLE|(?P<other>[Cc]hapter|[Ss]ubchapter|[Pp]art|[Ss]ubtitle|[Aa]rticle))"
    r"\s{1,3}$"
)


@cache
def _state_before() -> re.Pattern[str]:
    """A state's name (or *state*) right before an act's name: ``Georgia's``, ``the state``."""
    states = "|".join(sorted((n for n in STATE_NAMES if n[-1] != "."), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w.])(?P<state>{states})(?:['’]s?)?|\b[Ss]tate(?:['’]s)?)\s{{1,2}}$"
    )


_TITLE_NUMBER_BEFORE = re.compile(r"(?<![\w.])(?:[Tt]itle|TITLE)\s{1,3}(?P<num>\d{1,2}),?\s{1,3}$")


# An act's name: capitalized words ending in *Act* (``Civil Rights Act``).
_ACT_WORDS = re.compile(r"(?:[A-Z][\w'’.-]*\s{1,2}(?:of\s{1,2})?){1,6}Act\b")


# Another law an act's name describes: ``the Clean Water Act's state counterpart``.
_COUNTERPART_AFTER = re.compile(
    r"['’]s?\s{1,3}(?:(?:[Ss]tate|[Ll]ocal|own|[A-Z][a-z]+)(?:[-\s]law)?\s{1,3}){0,2}"
    r"(?:counterpart|analog(?:ue)?|equivalent|twin|cousin)s?\b"
)
_COUNTERPART_WORDS = ("counterpart", "analog", "equivalent", "version", "twin", "cousin")
_COUNTERPARTS = r"(?:counterpart|analog(?:ue)?|equivalent|version|twin|cousin)s?"


@cache
def _counterpart_before() -> re.Pattern[str]:
    """``the state's counterpart to the`` (an act's name follows): a law of a state, not
    the act."""
    return re.compile(
        r"(?:\b[Ss]tate(?:['’]s)?|\b[Ll]ocal|\bown|(?<![\w.])(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s?)?)"
        rf"(?:[-\s]law)?\s{{1,3}}{_COUNTERPARTS}\s{{1,3}}(?:of|to)\s{{1,3}}(?:the\s{{1,3}})?"
        r"(?:federal\s{1,3}|U\.S\.\s{1,3})?$"
    )


#: acts whose numbered exemptions are the paragraphs of one subsection (cite -> subsection)
_EXEMPTIONS = {"5 U.S.C. § 552": "b"}
_EXEMPTION_ITEM = re.compile(r"([1-9])((?:\([A-Za-z0-9]{1,3}\))*)")
_EXEMPTION = re.compile(
    r"[Ee]xemptions?\s{1,3}(?P<items>[1-9](?:\([A-Za-z0-9]{1,3}\))*"
    r"(?:(?:,\s{1,2}(?:and\s{1,2}|or\s{1,2})?|\s{1,2}(?:and|or)\s{1,2})[1-9](?:\([A-Za-z0-9]{1,3}\))*)*)"
    r"(?![\w(.,]\d|\w|\s{1,3}(?:years?|months?|days?|percent)\b)"
)


@cache
def _exempting_names() -> frozenset[str]:
    return frozenset(act.name for act, _ in _exempting_acts())


@cache
def _exempting_acts() -> tuple[tuple[Act, str], ...]:
    """The acts of :data:`_EXEMPTIONS` and the subsection of their exemptions."""
    return tuple((a, _EXEMPTIONS[str(a.cite)]) for a in acts() if str(a.cite) in _EXEMPTIONS)


# A citation made an adjective of kind: ``Section 1983-style``, ``RICO-like``.
_STYLED = re.compile(r"[-–](?:style|like|type)\b")


@cache
def _acts_pair() -> re.Pattern[str]:
    """Two acts' names before one plural *Acts*: ``Sherman and Clayton Acts``."""
    word = r"[A-Z][\w'’-]*"
    head = rf"{word}(?:\s{{1,2}}(?:of\s{{1,2}})?{word}){{0,3}}"
    return re.compile(
        rf"(?<![\w'’-])(?:[Tt]he\s{{1,2}})?(?P<first>{head}),?\s{{1,2}}(?:and|&)\s{{1,2}}(?P<second>{head})\s{{1,2}}Acts\b"
    )


_YEAR_BEFORE = re.compile(r"(?<![\w.,$])(?:1[789]|20)\d\d\s$")


_YEAR_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:1[789]|20)\d\d\b")


@cache
def _code_sections_after() -> re.Pattern[str]:
    return grammar.bare()


@cache
def _dash() -> re.Pattern[str]:
    return re.compile(grammar.DASH + r"\s*")


_LEADING_DIGITS = re.compile(r"\d*")


# --- normalizing parts --------------------------------------------------------------


def _clean(section: str) -> str:
    """Spacing and soft hyphens out, every dash a hyphen."""
    section = section.replace("\u00ad", "")
    return _dash().sub("-", "".join(section.split()))


def _is_range(first: str, last: str) -> bool:
    lead = _LEADING_DIGITS
    dx = lead.match(first).group()  # type: ignore[union-attr]
    dy = lead.match(last).group()  # type: ignore[union-attr]
    if not dy or not dx:
        return False
    if first[-1].isalpha():  # 2000e-2 is a section, 2000e–2000e-17 a range
        return len(dy) >= len(dx) and int(dy) >= int(dx)
    return natural_key(last) > natural_key(first)


def _split_range(token: str, *, federal: bool, plural: bool = False) -> tuple[str, str | None]:
    """``21–24`` -> (21, 24); ``2000e-2`` -> (2000e-2, None).

    A state's section numbers hold hyphens (``16-5-1``): one of its ranges needs ``§§`` and
    an en dash (``§§ 1–3``).
    """
    if not federal and plural and token.count("–") == 1:
        first, last = token.split("–")
        return _clean(first), _clean(last)
    parts = _clean(token).split("-")
    if federal:
        for i in range(1, len(parts)):
            first, last = "-".join(parts[:i]), "-".join(parts[i:])
            if _is_range(first, last):
                return first, last
    return "-".join(parts), None


def _items(
    text: str, *, federal: bool, plural: bool = False
) -> list[tuple[str, tuple[str, ...], str | None]]:
    """The (section, subsections, range end) of each item of a section list."""
    if text.isdigit() and text.isascii():
        return [(text, (), None)]  # one plain section number, as the grammar reads it
    out: list[tuple[str, tuple[str, ...], str | None]] = []
    sub = grammar.subsection()
    for m in grammar.item().finditer(text):
        subs = tuple(sub.findall(m["subs"] or ""))
        if m["to"] and out:
            section, prev_subs, _ = out[-1]
            out[-1] = (section, prev_subs, _clean(m["section"]))
            continue
        section, end = _split_range(m["section"], federal=federal, plural=plural)
        if m["end"]:
            end = _split_range(m["end"], federal=federal)[0]
        out.append((section, subs, end))
    return out


def _cites(
    context: _Context,
    items: str,
    *,
    et_seq: bool = False,
    name: str | None = None,
    sign: str | None = None,
) -> list[_Parts]:
    jurisdiction, code, title = context
    plural = sign is not None and (
        sign.replace(" ", "").startswith("§§") or sign.lower().rstrip(".").endswith("s")
    )
    parsed = _items(items, federal=jurisdiction == "us", plural=plural)
    out = []
    for i, (section, subs, end) in enumerate(parsed):
        out.append(
            {
                "jurisdiction": jurisdiction,
                "code": code,
                "title": title,
                "section": section,
                "subsections": subs,
                "section_end": end,
                "et_seq": et_seq and i == len(parsed) - 1,
                "name": name,
            }
        )
    return out


# --- the scanner ----------------------------------------------------------------------

_ALLOWED_BEFORE_SIGN = frozenset(
    """see See cf Cf e.g E.g id Id ibid Ibid in In under Under and And or Or also Also but But
    compare Compare with With to To accord Accord contra Contra by By from From of Of on On
    at At as As for For if If that That this This these These its Its when When where Where
    while While whether Whether since Since unless Unless because Because although Although
    thus Thus here Here then Then so So both Both unlike Unlike like Like before Before after
    After nor Nor yet Yet via Via per Per amended Amended section Section sections Sections
    the The a A an An""".split()
)


class _Scanner:
    def __init__(self, text: str, *, title: str | None, strict: bool, names: bool = True) -> None:
        self.text = text
        self.strict = strict
        self.names = names
        self.context: _Context | None = ("us", USC, _norm_title(title)) if title else None
        # the act named last, if named after the last code: "the Voting Rights Act ... Section 2"
        self.act: Act | None = None
        self.last_act: Act | None = None  # the act named last: "Section 8(a)(3) of the act"
        self.last_act_at = 0  # where it was named
        self.state: str | None = None  # the state whose code was cited last
        self.seen: set[str] = set()  # acts named in full so far
        self.apposed: dict[str, _Parts] = {}  # act -> the citation printed after its name
        self.named_states: dict[str, int] = {}  # state -> where the text first names it
        self.state_mentions: list[tuple[int, str]] = []  # (where, state) of each state named
        self.articles: _Context | None = None  # the code numbered by article cited last
        self.dead_until = 0  # bare sections before this offset were read and gave nothing
        self.bare_end = 0
        self.hits: list[_Hit] = []

    # events: (start, priority, handler, anchor position)
    def events(self) -> list[tuple[int, int, Callable[[int], _Hit | None], int]]:
        text = self.text
        size = len(text)
        out: list[tuple[int, int, Callable[[int], _Hit | None], int]] = []
        lookback = _LOOKBACK.search
        place_code = grammar.place_code().match
        named_states = self.named_states
        state_mentions = self.state_mentions
        names = self.names
        exempting = False  # an act with numbered exemptions is named
        exempting_names = _exempting_names() if names else frozenset()
        numbered, bare, title_of, keyword, name = (
            self._numbered,
            self._bare,
            self._title_of,
            self._keyword,
            self._name,
        )
        for m in _anchor_matches(text, names):
            p, e = m.span()
            spelled = m.group()
            if p and text[p - 1].isalnum() and spelled[0] != "§":
                continue
            postal, kinds, section_word, place_only = _anchor_plan(spelled)
            if postal is not None:
                named_states.setdefault(postal, p)
                state_mentions.append((p, postal))
            for kind in kinds:
                if kind == "numbered":
                    # the title number ends in white space right before the code's name
                    back = lookback(text, max(0, p - 24), p) if text[p - 1 : p].isspace() else None
                    if back is not None:
                        out.append((back.start(), 2, numbered, back.start()))
                elif kind == "bare":
                    out.append((p, 3, bare, p))
                elif kind == "title":
                    out.append((p, 2, title_of, p))
                elif not place_only or place_code(text, p) is not None:
                    out.append((p, 2, keyword, p))  # ("Texas officials" starts none)
            found = act_for(spelled) if names and (e >= size or not text[e].isalnum()) else None
            if found is not None:
                exempting = exempting or found[0].name in exempting_names
                out.append((p, 1, name, p))
                if section_word:  # "Section 1983" may be a bare section too
                    out.append((p, 3, bare, p))
        # "Article 38.22", "art. 38.22": found apart, by the literal "rt" (a fast search)
        for m in _ARTICLE_ANCHOR.finditer(text):
            p = m.start() - 1
            if p >= 0 and text[p] in "Aa" and not (p and text[p - 1].isalpha()):
                out.append((p, 3, bare, p))
        # "chapter 93A" in a text about Massachusetts: found apart, by the literal "hapter"
        if "ma" in named_states:
            for m in _CHAPTER_ANCHOR.finditer(text):
                p = m.start() - 1
                if p >= 0 and text[p] in "Cc" and not (p and text[p - 1].isalpha()):
                    out.append((p, 0, self._chapter, p))
        if names:
            for m in _lower_names().finditer(text):
                p, e = m.span()
                if not (p and text[p - 1].isalnum()) and (e >= size or not text[e].isalnum()):
                    out.append((p, 1, name, p))
            # "Exemption 7(E)" of FOIA (named in the text): found apart, by the literal "xemption"
            at = text.find("xemption") if exempting else -1
            while at > 0:
                p = at - 1
                if text[p] in "Ee" and not (p and text[p - 1].isalpha()):
                    out.append((p, 2, self._exemption, p))
                at = text.find("xemption", at + 8)
            # "the Sherman and Clayton Acts": found apart, by the literal " Acts"
            at = text.find(" Acts", 0)
            while at > 0:
                pair = _acts_pair().search(text, max(0, at - 80), at + 5)
                if pair is not None:
                    out.append((pair.start(), 1, self._acts, pair.start()))
                at = text.find(" Acts", at + 5)
        out.sort(key=itemgetter(0, 1))
        return out

    def run(self) -> list[_Hit]:
        consumed = 0
        muted = (0, 0)  # the act's name in "Section 9 of the Sherman Act"
        for start, _, handler, pos in self.events():
            if start < consumed or muted[0] <= start < muted[1]:
                continue
            try:
                hit = handler(pos)
            except InvalidCitation:
                if self.strict:
                    raise
                continue
            except _Skip:
                continue
            except Exception:  # finding never raises: an anchor that fails is no citation
                if self.strict:
                    raise
                continue
            if hit is not None and hit.silent:
                muted = (hit.start, hit.end)
                continue
            if hit is not None and hit.cites and _STYLED.match(self.text, hit.end):
                consumed = hit.end  # "a Section 1983-style claim": a kind, no citation
                continue
            if hit is not None and hit.cites:
                self._appose(hit)
                self.hits.append(hit)
                consumed = hit.end
        return [h for h in self.hits if h.cites]

    def _appose(self, hit: _Hit) -> None:
        """An act's name followed by a code citation (``the Wiretap Act, 18 U.S.C. § 2511``).

        The citation says which part of the act is meant: the name gives no citation of its
        own, and later mentions of the name give that citation.
        """
        if not self.hits or self.strict or hit.act is not None:
            return
        last = self.hits[-1]
        act = last.act
        if act is None or last.end > hit.start or act.cite.jurisdiction != "us":
            return
        gap = self.text[last.end : hit.start]
        first = hit.cites[0]
        if len(gap) > 4 or gap.strip(" ,(\n") or not str(first.get("code", "")).startswith(USC):
            return
        if not self.text[hit.start].isdigit():
            return  # "the Internal Revenue Code, Section 6103": a section of the code named
        if len(hit.cites) > 1 or first.get("et_seq") or first.get("section_end"):
            return  # "the Clean Air Act, 42 U.S.C. § 7401 et seq.": the whole act
        if last.cites[0].get("name") != act.name or len(last.cites) != 1:
            return
        last.cites = []
        self.apposed[act.name] = {
            **first,
            "subsections": (),
            "section_end": None,
            "et_seq": False,
            "name": act.name,
        }

    # -- handlers --------------------------------------------------------------------

    def _named(self, act: Act, pos: int) -> None:
        """``act`` was named (in full, or by a name it may have) at ``pos``."""
        self.seen.add(act.name)
        self.last_act = act
        self.last_act_at = pos

    def _use(self, context: _Context) -> None:
        self.context = context
        self.act = None
        self.dead_until = 0
        if context[0] != "us":
            self.state = context[0]
        if context[1].endswith(" art."):
            self.articles = context

    def _numbered(self, pos: int) -> _Hit | None:
        m = grammar.numbered().match(self.text, pos)
        if m is None:
            return None
        start = pos
        before = _TITLE_BEFORE.search(self.text, max(0, pos - 12), pos)
        if before is not None:
            if before["other"]:
                return None  # "Chapter 11 of the U.S. Code" is no title
            start = before.start()
        num = m["num"]
        if m["tfirst"]:  # 18 Pa.C.S. § 2502, 6 Del. C. § 1304, 21 O.S. § 701.7
            postal, code = TITLE_FIRST_SPELLINGS[_spelled_key(m["tfirst"])]
            ctx: _Context = (postal, code, _norm_title(num))
            self._use(ctx)
            return _Hit(start, m.end(), _cites(ctx, m["titems"], sign=m["tsign"]))
        if not num.isdigit():
            return None
        if m["stat"]:
            cite = {"code": STAT, "title": _norm_title(num), "section": _clean(m["page"])}
            return _Hit(start, m.end(), [cite])
        if m["ilcs"]:
            ctx = ("il", "Ill. Comp. Stat.", _norm_title(num))
            self._use(ctx)
            return _Hit(start, m.end(), _cites(ctx, m["ilcs_item"]))
        title = _norm_title(num)
        limit = 54 if m["usc"] else 50
        if not 1 <= int(title) <= limit:
            return None
        code = CFR if m["cfr"] else USC + (" app." if m["app"] else "")
        ctx = ("us", code, title)
        self._use(ctx)
        if m["items"]:
            cites = _cites(ctx, m["items"], et_seq=bool(m["etseq"]))
        else:
            cites = [{"code": code, "title": title}]
        return _Hit(start, m.end(), cites)

    def _keyword(self, pos: int) -> _Hit | None:
        m = grammar.keyword().match(self.text, pos)
        if m is None:
            return self._titled(pos)
        if m["irc"]:
            ctx: _Context = ("us", USC, "26")
            self._use(ctx)
            return _Hit(pos, m.end(), _cites(ctx, m["irc_items"], et_seq=bool(m["irc_etseq"])))
        if m["pl"]:
            return _Hit(pos, m.end(), [{"code": PUB_L, "section": _clean(m["pl_num"])}])
        if m["cplr"]:
            ctx = ("ny", "N.Y. C.P.L.R.", None)
            self._use(ctx)
            return _Hit(pos, m.end(), _cites(ctx, m["cplr_item"]))
        sign = m["state_sign"]
        items = m["state_items"]
        resolved = self._state_code(m, signed=sign is not None, items=items)
        if resolved is None:
            return self._titled(pos)
        postal, code, title = resolved
        if sign and sign[0] in "Aa":
            if code not in ART_CODES:
                return None
            code += " art."
        ctx = (postal, code, title)
        self._use(ctx)
        return self._subdivided(_Hit(pos, m.end(), _cites(ctx, items, sign=sign)))

    def _subdivided(self, hit: _Hit) -> _Hit:
        """``§ 187, subd. (a)``, ``§ 609.19, subd. 1``: a subdivision is a subsection."""
        subd = _SUBDIVISION.match(self.text, hit.end)
        if subd is not None and len(hit.cites) == 1 and not hit.cites[0].get("section_end"):
            subs = tuple(grammar.subsection().findall(subd["subs"] or "")) or (subd["plain"],)
            cite = hit.cites[0]
            cite["subsections"] = (*cite["subsections"], *subs)
            hit.end = subd.end()
        return hit

    def _titled(self, pos: int) -> _Hit | None:
        """A title or chapter of a code, no section: ``Mass. Gen. Laws ch. 93A``."""
        m = grammar.titled().match(self.text, pos)
        if m is None:
            return None
        resolved = self._state_code(m, signed=True, items="")
        if resolved is None or resolved[2] is None:
            return None
        postal, code, title = resolved
        self._use((postal, code, title))
        return _Hit(pos, m.end(), [{"jurisdiction": postal, "code": code, "title": title}])

    def _state_code(
        self, m: re.Match[str], *, signed: bool, items: str
    ) -> tuple[str, str, str | None] | None:
        """(postal code, Bluebook code, title) of the state code a match names, or None."""
        found = self._code_of(m, strict=not signed)
        if found is None:
            return None
        postal, code = found
        title = m["state_title"]
        needs_title = code in TITLED or (code in TITLE_FIRST and code != "Ill. Comp. Stat.")
        if needs_title and title is None and self.strict:
            raise InvalidCitation(
                f"{code} is cited with its title or chapter", input=self.text, position=m.start()
            )
        if (title is not None) != (code in TITLED):
            return None  # Mass. Gen. Laws needs its chapter; Cal. Penal Code has none
        if code in TITLE_FIRST and code != "Ill. Comp. Stat.":
            return None  # "Pa. Cons. Stat." needs its title number first
        shaped = bool(items) and re.search(r"[.:\-–]", items.split()[0]) is not None
        if m["uname"] and _unprefixed_key(m["uname"]) in GENERIC_NAMES and not shaped:
            return None  # "Revised Statutes § 1979" is the federal Revised Statutes
        plain = not signed and items and not shaped
        if plain and m["uname"] and not _YEAR_LIKE.match(items.split()[0]):
            plain = False  # "Penal Code 187", "Penal Code 647(e)": a section, not a year
        if plain and (m["abbr"] or m["uname"] or not known_code(postal, m["words"] or "")):
            return None  # "MCL 750" is no citation; "MCL 750.316" is
        return postal, code, title

    def _code_of(self, m: re.Match[str], *, strict: bool) -> tuple[str, str] | None:
        """(postal code, Bluebook code) of a code name matched by the grammar."""
        if m["abbr"]:
            key = _spelled_key(m["abbr"])
            local = LOCAL_ABBREVIATIONS.get(key)
            if local is None:
                return ABBREVIATIONS[key]
            # "G.S. 163-82.4" names a code only in a text naming North Carolina
            options = [code for code in local if code[0] in self.named_states]
            at = self._state_at(m.start())
            return next((c for c in options if c[0] == at), options[0] if options else None)
        if m["city"]:
            city = "New York City" if m["city"][0] == "N" and "Y" in m["city"][:3] else m["city"]
            return city_code(city, m["city_state"], m["city_code"])
        if m["uname"]:
            states = states_with(m["uname"])
            default = UNPREFIXED.get(_unprefixed_key(m["uname"]))
            named = [p for p in states if self.named_states.get(p, len(self.text)) < m.start()]
            if self.state in states:
                postal = self.state
            elif default is not None or len(states) == 1:
                postal = default or states[0]
            elif len(named) == 1:  # "A Texas jury ... Penal Code section 19.02"
                postal = named[0]
            else:
                return None
            found = canonical_code(postal, m["uname"], strict=True)
            return None if found is None else (postal, found)
        if m["state2"]:
            postal_of = state_of(m["state2"])
            if postal_of is None:
                return None
            found = canonical_code(postal_of, m["pre"], strict=True)
            return None if found is None else (postal_of, found)
        postal_or_none = state_of(m["state"] or "")
        if postal_or_none is None:
            return None
        postal = postal_or_none
        words = m["words"]
        if postal == "md":
            article = maryland_article(m["article"] or "") or maryland_article(words)
            if article is None:
                return None
            return postal, f"Md. Code Ann., {article}"
        if m["article"]:
            return None
        found = canonical_code(postal, words, strict=strict)
        return None if found is None else (postal, found)

    def _name(self, pos: int) -> _Hit | None:
        m = name_pattern().match(self.text, pos)
        if m is None:
            return None
        year = _YEAR_BEFORE.search(self.text, max(0, pos - 6), pos)
        if year is not None:  # "the 1964 Civil Rights Act"
            dated = name_pattern().match(self.text, year.start())
            if dated is not None and dated.end() >= m.end():
                pos, m = year.start(), dated
        found = act_for(m.group())
        if found is None:
            return None
        act, weak = found
        local = self._local_act(m.group(), act, weak, pos)
        if local is None:
            return None
        act, weak, start = local
        if weak and not self._may_name(act, pos):
            return None
        subs: tuple[str, ...] = ()
        if m.group()[:1] in "Ss":  # "Section 230", "Section 1983"
            bare = grammar.bare().match(self.text, pos)
            of = None if bare is None else grammar.of_clause().match(self.text, bare.end())
            if of is not None:
                placed = self._bare(pos)  # "section 1983 of title 42": explicitly placed
                named = of["other"] and _ACT_WORDS.match(self.text, of.start("other"))
                if (placed is not None and not placed.silent) or not named:
                    return placed
                # "Section 1983 of the Civil Rights Act": the act named is none of the table's
            if bare is not None and act.cite.section is not None:
                items = _items(bare["items"], federal=True)
                if len(items) == 1 and items[0][0] == act.cite.section:
                    subs = items[0][1]  # "Section 230(c)(1)"
                    m = bare
        end = m.end()
        if not act.name[-1].isdigit():
            year = _YEAR_AFTER.match(self.text, end)
            if year is not None:
                end = year.end()
        if self._counterpart(start, end):
            return None
        self._named(act, pos)
        own = self._own_section(act, end)
        if own is not None:  # "the Clayton Act's Section 7": that section only
            return _Hit(start, own[0], own[1], act=act)
        cite = self.apposed.get(act.name) or _parts_of(act.cite)
        if subs:
            cite = {**cite, "subsections": subs}
        if act.code_title is not None:
            ctx = _act_context(act)
            self._use(ctx)
            follow = _FOLLOW.match(self.text, end)
            after = follow.end() if follow else end
            sections = _code_sections_after().match(self.text, after)
            if sections is not None and sections["sign"][0] not in "Aa":
                cites = _cites(ctx, sections["items"], et_seq=bool(sections["etseq"]))
                return _Hit(pos, sections.end(), [{**c, "name": act.name} for c in cites])
        elif act.sections or _section_format(act):
            self.act = act
        return _Hit(start, end, [cite], act=act)

    def _counterpart(self, start: int, end: int) -> bool:
        """The act named from ``start`` to ``end`` only describes another law: ``the Clean
        Water Act's state counterpart``, ``Ohio's equivalent of the Fair Housing Act``."""
        if _COUNTERPART_AFTER.match(self.text, end) is not None:
            return True
        window = self.text[max(0, start - 60) : start]
        if not any(word in window for word in _COUNTERPART_WORDS):
            return False
        before = _counterpart_before().search(window)
        return before is not None and (before["state"] is None or before["state"] in STATE_NAMES)

    def _exemption(self, pos: int) -> _Hit | None:
        """``Exemption 7(E)``, ``Exemptions 6 and 7(C)`` of an act named before whose
        exemptions are numbered paragraphs of one subsection (FOIA's, of 5 U.S.C. § 552(b))."""
        m = _EXEMPTION.match(self.text, pos)
        if m is None:
            return None
        end = m.end()
        of = grammar.of_clause().match(self.text, end)
        named = of and of["other"] and name_pattern().match(self.text, of.start("other"))
        if named:  # "Exemption 4 of the Freedom of Information Act": that act's
            found = act_for(named.group())
            if found is not None and not found[1]:
                self._named(found[0], named.start())
                end = named.end()
        for act, paragraph in _exempting_acts():
            if act.name in self.seen:
                subs = [
                    (paragraph, n, *grammar.subsection().findall(s))
                    for n, s in _EXEMPTION_ITEM.findall(m["items"])
                ]
                return _Hit(pos, end, [_parts_of(act.cite, subsections=t) for t in subs])
        return None

    def _acts(self, pos: int) -> _Hit | None:
        """``the Sherman and Clayton Acts``: two acts named by one plural *Acts*, each
        counting as its name with *Act* would (weak names only after the act was named)."""
        m = _acts_pair().match(self.text, pos)
        if m is None:
            return None
        cites: list[_Parts] = []
        for head in (m["first"], m["second"]):
            found = act_for(" ".join(head.split()) + " Act")
            if found is None:
                return None
            act, weak = found
            if act.cite.jurisdiction != "us" or (weak and not self._may_name(act, pos)):
                return None
            self._named(act, pos)
            cites.append(_parts_of(act.cite))
        return _Hit(m.start("first"), m.end(), cites)

    def _chapter(self, pos: int) -> _Hit | None:
        """``chapter 93A`` (``, section 9``) of the General Laws, in a text about
        Massachusetts: a chapter with a letter after its number, which no bankruptcy
        chapter and no book's chapter has."""
        m = _MASS_CHAPTER.match(self.text, pos)
        if m is None or self._state_at(pos) != "ma":
            return None
        ctx: _Context = ("ma", "Mass. Gen. Laws", m["chapter"])
        self._use(ctx)
        if m["items"] is None:
            return _Hit(pos, m.end(), [{"jurisdiction": "ma", "code": ctx[1], "title": ctx[2]}])
        return _Hit(pos, m.end(), _cites(ctx, m["items"]))

    def _own_section(self, act: Act, end: int) -> tuple[int, list[_Parts]] | None:
        """The end and the citations of a section the act's name owns right after it
        (``the Lanham Act's Section 43(a)``), numbered the act's way or the Code's."""
        owned = _POSSESSIVE.match(self.text, end)
        if owned is None:
            return None
        bare = grammar.bare().match(self.text, owned.end())
        if bare is None or bare["sign"][0] in "Aa":
            return None
        items = bare["items"]
        cites = _mapped(act, items) or _codified(act, items)
        if not cites and act.cite.section is not None:
            parsed = _items(items, federal=act.cite.jurisdiction == "us")
            if len(parsed) == 1 and parsed[0][0] == act.cite.section:  # the CDA's Section 230
                cites = [_parts_of(act.cite, subsections=parsed[0][1])]
        if not cites:
            return None
        return bare.end(), [{**c, "name": act.name} for c in cites]

    def _local_act(
        self, spelled: str, act: Act, weak: bool, pos: int
    ) -> tuple[Act, bool, int] | None:
        """The act a name found at ``pos`` names where it stands, whether its name is weak
        there, and where its mention starts; None for a state's law the table lacks.

        A state's name right before it (``Georgia's RICO Act``, ``the state's Consumer Fraud
        Act``) makes it that state's act, not the federal one; a weak name of a state's act
        (``the Consumer Fraud Act``) is the act of the state the text is about.
        """
        prefix = _state_before().search(self.text, max(0, pos - 24), pos)
        if prefix is None:
            if weak and act.cite.jurisdiction != "us":
                act = state_acts(spelled).get(self._state_at(pos) or "", act)
            return act, weak, pos
        state = STATE_NAMES.get(prefix["state"] or "") or self._state_at(pos)
        local = state_acts(spelled).get(state or "")
        if local is not None:
            return local, False, prefix.start() if prefix["state"] else pos
        if act.cite.jurisdiction == "us" or state not in (None, act.cite.jurisdiction):
            return None  # "the Illinois Freedom of Information Act": not the federal act
        return act, weak, pos

    def _state_at(self, pos: int) -> str | None:
        """The state a text is about at ``pos``: the state of the code cited last, else the
        state named last."""
        if self.state is not None:
            return self.state
        named = [(at, state) for at, state in self.state_mentions if at < pos]
        return named[-1][1] if named else None

    def _may_name(self, act: Act, pos: int) -> bool:
        """A weak name counts after the act was named in full; a state act's also after the
        state's code was cited or the state was named."""
        if act.name in self.seen:
            return True
        state = act.cite.jurisdiction
        if state == "us":
            return False
        return state == self.state or self.named_states.get(state, len(self.text)) < pos

    def _title_of(self, pos: int) -> _Hit | None:
        """``Title III of the Helms-Burton Act``: the first section of an act's title."""
        m = grammar.title_of().match(self.text, pos)
        if m is None:
            return None
        named = name_pattern().match(self.text, m.end())
        if named is None:
            return None
        found = act_for(named.group())
        if found is None:
            return None
        act, weak = found
        if weak and act.cite.jurisdiction != "us" and not self._may_name(act, pos):
            return None  # "Title II of the ADA" is clear; a state act's weak name is not
        target = act.titles.get(m["roman"])
        if target is None:
            return None
        self._named(act, pos)
        return _Hit(pos, named.end(), [_parts_of(target)])

    def _bare(self, pos: int) -> _Hit | None:
        """A bare section; a list that gave nothing is not read again from each of its items
        (which keeps long lists of sections linear)."""
        if pos < self.dead_until:
            return None
        self.bare_end = 0
        hit = self._bare_at(pos)
        if hit is None and self.bare_end > pos:
            self.dead_until = self.bare_end
        return hit

    def _bare_at(self, pos: int) -> _Hit | None:
        text = self.text
        m = grammar.bare().match(text, pos)
        if m is None:
            return None
        self.bare_end = m.end()
        sign = m["sign"]
        article = sign[0] in "Aa"
        if not self.strict and self._cited_elsewhere(pos, sign):
            return None
        if not self.strict and _HOUSING.match(text, m.end()):
            return None  # "Section 8 housing", "Section 8 vouchers": a program's name
        end = m.end()
        ctx = self.context
        of = grammar.of_clause().match(text, end) if self.names else None
        if of is not None:
            if of["title"] and not article:
                ctx = ("us", USC, _norm_title(of["title"]))
                self._use(ctx)
                end = of.end()
            elif (of["this"] or of["code"]) and not article:
                end = of.end()
                title = _TITLE_NUMBER_BEFORE.search(text, max(0, pos - 14), pos)
                if title is not None and "U" in (of["code"] or ""):
                    # "Title 18, Section 1030 of the U.S. Code"
                    ctx = ("us", USC, _norm_title(title["num"]))
                    self._use(ctx)
                    pos = title.start()
            elif of["the_act"]:
                return self._of_named(m, self.last_act, of.end(), at=of.start("the_act"))
            elif of["the_law"]:
                return self._of_law(m, of)
            elif of["other"]:
                resolved = self._of_code(m, of.start("other")) or self._of_act(m, of.start("other"))
                if resolved is None and self.strict:
                    raise InvalidCitation(
                        "not a statute this library knows", input=text, position=of.start("other")
                    )
                return resolved
            else:
                return None
        florida = grammar.florida_tail().match(text, end)
        if florida is not None and not article:
            ctx = _TAILS[florida.lastgroup or "fl"]
            self._use(ctx)
            end = florida.end()
        if of is None and florida is None and self.act is not None and not article:
            mapped = _mapped(self.act, m["items"])
            if mapped:
                return _Hit(pos, end, mapped)
        if of is None and florida is None and ctx is not None and ctx[:2] == ("us", USC):
            for act in acts_numbered_in(ctx[2] or ""):
                mapped = _mapped(act, m["items"], below=act.numbers_below)
                if mapped:  # "8 U.S.C. § 1182(f) ... Section 212(f)": the INA's section
                    return _Hit(pos, end, mapped)
        if article and (ctx is None or not ctx[1].endswith(" art.")):
            ctx = self.articles  # "Article 11.071" after "Penal Code § 19.03": the last such code
        if article and ctx is None:
            if self.strict:
                raise InvalidCitation("an article needs its code", input=text, position=pos)
            return None
        if ctx is None:
            if self.strict:
                at = pos if not text[:pos].strip() else _failure(text)
                raise InvalidCitation(
                    "a bare section needs a title (pass title=...)", input=text, position=at
                )
            return None
        hit = _Hit(pos, end, _cites(ctx, m["items"], et_seq=bool(m["etseq"]), sign=sign))
        return self._subdivided(hit) if ctx[0] != "us" else hit

    def _of_code(self, m: re.Match[str], at: int) -> _Hit | None:
        """``Section 631 of the California Penal Code``, ``Article 38.22 of the ... Code``."""
        named = grammar.code_name().match(self.text, at)
        if named is None:
            return None
        found = self._code_of(named, strict=True)
        if found is None:
            return None
        postal, code = found
        if code in TITLED or code in TITLE_FIRST:
            return None  # a chapter or title is needed
        if m["sign"][0] in "Aa":
            if code not in ART_CODES:
                return None
            code += " art."
        ctx: _Context = (postal, code, None)
        self._use(ctx)
        return _Hit(m.start(), named.end(), _cites(ctx, m["items"], sign=m["sign"]))

    def _of_act(self, m: re.Match[str], at: int) -> _Hit | None:
        """``Section 6103 of the Internal Revenue Code``, ``Section 2 of the Voting Rights Act``."""
        named = name_pattern().match(self.text, at)
        if named is None:
            return None
        found = act_for(named.group())
        if found is None:
            return None
        act, weak = found
        if weak and act.cite.jurisdiction != "us" and not self._may_name(act, at):
            return None  # "the Right-to-Know Law" of which state?
        end = named.end()
        if not act.name[-1].isdigit():
            year = _YEAR_AFTER.match(self.text, end)
            if year is not None:
                end = year.end()
        return self._of_named(m, act, end, at=at)

    def _of_law(self, m: re.Match[str], of: re.Match[str]) -> _Hit | None:
        """``Section 15(b) of the law``: a section of the act named last, a state's act too,
        if it was named shortly before (a law named later may be another one) and is of
        the kind said (``of the state law``)."""
        act = self.last_act
        at = of.start("the_law")
        if act is None or at - self.last_act_at > _LAW_REACH:
            return None
        kind = of["law_kind"]
        if kind is not None and (kind == "federal") != (act.cite.jurisdiction == "us"):
            return None
        return self._of_named(m, act, of.end(), at=at)

    def _of_named(self, m: re.Match[str], act: Act | None, end: int, *, at: int) -> _Hit | None:
        """A section of ``act`` (``Section 8(a)(3) of the act``): mapped, or in its title."""
        if act is None or m["sign"][0] in "Aa":
            if self.strict:
                raise InvalidCitation(
                    "not a statute this library knows", input=self.text, position=at
                )
            return None
        if act.code_title is not None:
            self._named(act, at)
            ctx = _act_context(act)
            self._use(ctx)
            cites = _cites(ctx, m["items"], et_seq=bool(m["etseq"]), name=act.name)
            return _Hit(m.start(), end, cites)
        cites = _mapped(act, m["items"]) or _codified(act, m["items"])
        if not cites and self.strict:
            raise InvalidCitation("not a statute this library knows", input=self.text, position=at)
        if not cites:
            # "Section 9 of the Sherman Act": a section the table cannot codify.  The act's
            # first section would be a wrong citation of it, so the phrase gives none.
            return _Hit(at, end, [], act, silent=True)
        self._named(act, at)
        self.act = act  # "Section 232 of the Trade Expansion Act ... under Section 232"
        return _Hit(m.start(), end, cites)

    def _cited_elsewhere(self, pos: int, sign: str) -> bool:
        """A bare § that belongs to something else: ``Art. I, §8``, ``Restatement ... §41``."""
        tokens = self.text[max(0, pos - 40) : pos].rsplit(None, 2)
        if not tokens or self.text[pos - 1 : pos] in '([“"':
            return False
        last = tokens[-1].rstrip(",")
        if not last:
            return False
        before = tokens[-2].rstrip(".,") if len(tokens) > 1 else ""
        if before in _DESIGNATORS and (last[0].isdigit() or last.strip(".") in _ROMAN):
            return True  # Art. I, § 8 / ch. 12, § 3 / Pub. L. 111-148, § 7102
        if len(last) == 4 and last.isdigit() and tokens[-1].endswith(",") and before == "of":
            return True  # "... Appropriations Act of 2010, § 547": a section of that act
        word = last.rstrip(".")
        if word in _CONSTITUTION:
            return True  # "the Fourteenth Amendment, Section 1"
        if not word or not word[0].isupper() or word in _ALLOWED_BEFORE_SIGN:
            return False
        if tokens[-1].endswith(","):
            return False  # "Later, § 190.2 was added": a word set off by a comma
        if not word.isalpha():
            return False
        # "... the Act. Section 5 provides": a sentence starts with the word "Section"
        return not (sign[0] == "S" and last.endswith("."))


#: codes printed after the section: "§ 782.04, Fla. Stat.", "section 565.020, RSMo"
_TAILS: dict[str, _Context] = {
    "fl": ("fl", "Fla. Stat.", None),
    "mo": ("mo", "Mo. Rev. Stat.", None),
    "nm": ("nm", "N.M. Stat. Ann.", None),
}

_DESIGNATORS = frozenset(
    """Art art Arts arts Article article Amdt Amend amend Amendment ch Ch No L Stat Div div
    Tit tit pt Pt cl Cl Rule""".split()
)
_CONSTITUTION = frozenset("Amendment amendment Constitution Const Clause clause".split())
_ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV A B C D E F G H".split())


#: how far back (in characters) the act "the law" refers to may have been named
_LAW_REACH = 1200


def _section_format(act: Act) -> str | None:
    """Where the act's section N is: the table's format, else for an act of the Illinois
    Compiled Statutes its own numbers after the slash (``740 Ill. Comp. Stat. 14/15``)."""
    if act.section_format is not None:
        return act.section_format
    cite = act.cite
    if cite.code == "Ill. Comp. Stat." and cite.section and "/" in cite.section:
        return f"{cite.title} {cite.code} {cite.section.split('/')[0]}/{{}}"
    return None


def _mapped(act: Act, items: str, *, below: int = 0) -> list[_Parts]:
    """The codified sections of an act's own sections (all of them, or none).

    With ``below``, only sections numbered below it are the act's.
    """
    cites = []
    for section, subs, _ in _items(items, federal=act.cite.jurisdiction == "us"):
        if below and not _number(section) < below:
            return []
        target = act.sections.get(section)
        form = _section_format(act) if target is None else None
        if form is not None:
            target = attrs.evolve(parse_code_citation(form.format(section)), name=act.name)
        if target is None:
            return []
        cites.append(_parts_of(target, subsections=target.subsections + subs))
    return cites


def _codified(act: Act, items: str) -> list[_Parts]:
    """Sections of the U.S. Code cited by an act's name: ``Section 1182(f) of the
    Immigration and Nationality Act``, ``Section 12112 of the ADA`` (all of them, or none).

    Only for an act codified from a section numbered 1000 or more whose own sections (those
    the table maps) are numbered with fewer digits, and only for sections numbered from
    that one on, with as many digits: the act's own numbers look otherwise.  A state's act
    is read by :func:`_state_codified`.
    """
    first = act.cite
    if first.jurisdiction != "us":
        return _state_codified(act, items)
    if first.code != USC or first.title is None or first.section is None:
        return []
    low = _number(first.section)
    digits = len(str(low))
    if low < 1000 or any(len(str(_number(own))) >= digits for own in act.sections):
        return []
    for section, _, _ in _items(items, federal=True):
        number = _number(section)
        if number < low or len(str(number)) != digits:
            return []
    return _cites(("us", USC, first.title), items, name=act.name)


_LAST_PART = re.compile(r"(?<=[.:-])\d[0-9A-Za-z]*$")


def _state_codified(act: Act, items: str) -> list[_Parts]:
    """Sections of a state's code cited by the name of an act codified there, numbered
    as its first section is up to the last part: ``Section 17.46 of the DTPA`` (from §
    17.41), ``Section 1798.150 of the CCPA`` (all of them, or none)."""
    first = act.cite
    last = _LAST_PART.search(first.section or "")
    if last is None or first.code == "Ill. Comp. Stat.":
        return []
    head = (first.section or "")[: last.start()]
    for section, _, _ in _items(items, federal=False):
        if not section.startswith(head) or _LAST_PART.match(section, len(head)) is None:
            return []
    return _cites((first.jurisdiction, first.code, first.title), items, name=act.name)


def _act_context(act: Act) -> _Context:
    """The code whose section numbers are the act's own: ``("us", "U.S.C.", "5")``."""
    return (act.cite.jurisdiction, act.cite.code, act.code_title)


_SUBDIVISION = re.compile(
    r",?\s{0,2}subd(?:ivision|s?\.)\s{0,2}"
    r"(?:(?P<subs>(?:\(\s?[0-9A-Za-z]{1,4}\))+)|(?P<plain>\d{1,3}[a-z]?)\b)"
)


_HOUSING = re.compile(
    r"\s{1,3}(?:housing|vouchers?|tenants?|landlords?|apartments?|rentals?|"
    r"recipients?|subsid(?:y|ies)|units?|assistance|participants?|families|residents?)\b"
)


_FOLLOW = re.compile(r"\s{0,3}")


def _squash_dots(text: str) -> str:
    return re.sub(r"[\s.]+", "", text).casefold()


def _spelled_key(spelled: str) -> str:
    """Normalize an abbreviation as matched (``O. C. G. A.``) to its table key (``O.C.G.A.``)."""
    return _spelled_keys()[_squash_dots(spelled)]


@cache
def _spelled_keys() -> dict[str, str]:
    return {_squash_dots(k): k for k in (*ABBREVIATIONS, *TITLE_FIRST_SPELLINGS)}


def _unprefixed_key(spelled: str) -> str:
    return _unprefixed_keys().get(" ".join(spelled.split()), spelled)


@cache
def _unprefixed_keys() -> dict[str, str]:
    """Each spelling of an unprefixed code's name as matched -> its key in the table."""
    out = {}
    for name in UNPREFIXED:
        for variant in _dotted(name) if "." in name[:-1] else {name}:
            out[" ".join(variant.split())] = name
    return out


def _number(section: str) -> int:
    """The leading number of a section (``212`` of ``212(f)``, ``2000`` of ``2000e-5``)."""
    digits = _LEADING_DIGITS.match(section)
    return int(digits.group()) if digits and digits.group() else 0


def _norm_title(title: str) -> str:
    title = title.strip()
    return title.lstrip("0") or "0"


# --- public API ---------------------------------------------------------------------


def find_statutes(text: str | Document, *, title: str | None = None) -> list[StatuteCitation]:
    """Every statute citation in ``text``, in order, each with its mention and provenance.

    A bare ``§ 6103`` takes the title of the citation or code named before it (or
    ``title``); popular names of acts (``the Alien Enemies Act``) are found too.
    Never raises.

    >>> from casekit import find_statutes
    >>> found = find_statutes("See 26 U.S.C. § 6103. Section 6103(i) limits disclosure.")
    >>> [(str(c), c.mention) for c in found]
    [('26 U.S.C. § 6103', '26 U.S.C. § 6103'), ('26 U.S.C. § 6103(i)', 'Section 6103(i)')]
    >>> found[0].provenance[0].span
    Span(start=4, end=20)
    """
    if isinstance(text, Document):
        doc_id, body = text.id, text.text
    elif isinstance(text, str):
        doc_id, body = text_id(text), text
    else:  # pragma: no cover - a caller ignoring the types
        return []  # type: ignore[unreachable]
    try:
        hits = _Scanner(body, title=title, strict=False).run()
    except (CaseKitError, ValueError, IndexError):  # pragma: no cover - defensive
        return []
    out: list[StatuteCitation] = []
    for hit in hits:
        mention = body[hit.start : hit.end]
        prov = (Provenance.of(doc_id, body, hit.start, hit.end),)
        out.extend(StatuteCitation(**c, mention=mention, provenance=prov) for c in hit.cites)
    return out


_OUTSIDE = re.compile(r"[\s,;:.()\[\]\"'“”‘’]*")
_LEAD = re.compile(r"[\s,;:.()\[\]\"'“”‘’]*(?:[Tt]he\s+)?")


def parse_statutes(text: str, *, title: str | None = None) -> tuple[StatuteCitation, ...]:
    """Parse one citation, which may cite several sections (``42 U.S.C. §§ 1983, 1988``).

    Raises :class:`casekit.InvalidCitation` with the position where parsing failed.

    >>> from casekit import parse_statutes
    >>> [str(c) for c in parse_statutes("42 U.S.C. §§ 1983, 1988")]
    ['42 U.S.C. § 1983', '42 U.S.C. § 1988']
    """
    return _parse(text, title=title, names=True)


def _parse(text: str, *, title: str | None, names: bool) -> tuple[StatuteCitation, ...]:
    if not isinstance(text, str):
        raise InvalidCitation(f"expected a string, got {type(text).__name__}", input=repr(text))
    hits = _Scanner(text, title=title, strict=True, names=names).run()
    if not hits:
        raise InvalidCitation("not a statute citation", input=text, position=_failure(text))
    if len(hits) > 1:
        raise InvalidCitation(
            "more than one citation (use find_statutes)", input=text, position=hits[1].start
        )
    hit = hits[0]
    lead = _LEAD.match(text)
    if lead is not None and lead.end() < hit.start:
        raise InvalidCitation("unexpected text", input=text, position=lead.end())
    trail = _OUTSIDE.match(text, hit.end)
    if trail is not None and trail.end() < len(text):
        at = _failure(text, hit.start)
        if at > trail.end():
            raise InvalidCitation("expected a section number", input=text, position=at)
        raise InvalidCitation(
            "unexpected text after the citation", input=text, position=trail.end()
        )
    mention = text[hit.start : hit.end]
    return tuple(StatuteCitation(**c, mention=mention) for c in hit.cites)


def parse_code_citation(text: str) -> StatuteCitation:
    """Parse one citation without looking up popular names (used to load that table)."""
    cites = _parse(text, title=None, names=False)
    if len(cites) != 1:
        raise InvalidCitation("expected one section", input=text)
    return cites[0]


def parse_statute(text: str, *, title: str | None = None) -> StatuteCitation:
    """Parse exactly one statute citation (surrounding spaces and punctuation tolerated).

    ``title`` is the title known from context for a bare ``§ 6103``.

    >>> from casekit import parse_statute
    >>> c = parse_statute("I.R.C. § 6103(i)(2)(A)")
    >>> str(c), c.title, c.subsections
    ('26 U.S.C. § 6103(i)(2)(A)', '26', ('i', '2', 'A'))
    >>> str(parse_statute("§ 706(2)(A)", title="5"))
    '5 U.S.C. § 706(2)(A)'
    >>> parse_statute("26 U.S.C. § abc")
    Traceback (most recent call last):
    ...
    casekit.errors.InvalidCitation: expected a section number
        26 U.S.C. § abc
                    ^
    """
    cites = parse_statutes(text, title=title)
    if len(cites) > 1:
        raise InvalidCitation(
            f"cites {len(cites)} sections (use parse_statutes)", input=text, position=0
        )
    return cites[0]


@cache
def _partial() -> re.Pattern[str]:
    code = r"(?:U\.?\s?S\.?\s?C\.?(?:\s?[AS]\.)?|C\.?\s?F\.?\s?R\.?|Stat\.)"
    sign = r"(?:§{1,2}|[Ss]ec(?:tion)?s?\.?)"
    return re.compile(
        rf"[\s(\[\"“]*(?:\d{{1,3}}\s{{1,3}}(?=[A-Za-z§])(?:{code}\s{{0,3}}(?:{sign}\s{{0,3}})?)?"
        rf"|(?:I\.?\s?R\.?\s?C\.?\s{{0,3}})?(?:{sign}\s{{0,3}})?)"
    )


def _failure(text: str, start: int = 0) -> int:
    """Where a text that holds no citation stops looking like one."""
    m = _partial().match(text, start)
    return m.end() if m else 0


def statute_url(c: StatuteCitation, *, site: str = "lii") -> str | None:
    """A link to the official or free text of a citation, or None where none is known.

    ``site`` is ``"lii"`` (Cornell's Legal Information Institute) or ``"govinfo"``
    (the GPO's link service).

    >>> from casekit import parse_statute, statute_url
    >>> statute_url(parse_statute("26 U.S.C. § 6103(i)(2)"))
    'https://www.law.cornell.edu/uscode/text/26/6103'
    >>> statute_url(parse_statute("28 C.F.R. § 50.10"))
    'https://www.law.cornell.edu/cfr/text/28/50.10'
    >>> statute_url(parse_statute("Pub. L. No. 117-169"), site="govinfo")
    'https://www.govinfo.gov/link/plaw/117/public/169'
    """
    if c.jurisdiction.casefold() != "us":
        return None
    code = c.code
    if site == "lii":
        if code == USC and c.title:
            base = f"https://www.law.cornell.edu/uscode/text/{c.title}"
            return f"{base}/{c.section}" if c.section else base
        if code == CFR and c.title:
            base = f"https://www.law.cornell.edu/cfr/text/{c.title}"
            return f"{base}/{c.section}" if c.section else base
        return None
    if site == "govinfo":
        if code == USC and c.title and c.section:
            return (
                f"https://www.govinfo.gov/link/uscode/{c.title}/{c.section}"
                "?type=usc&year=mostrecent&link-type=html"
            )
        if code == CFR and c.title and c.section:
            part, _, _ = c.section.partition(".")
            return (
                f"https://www.govinfo.gov/link/cfr/{c.title}/{part}"
                f"?sectionnum={c.section.partition('.')[2] or part}&year=mostrecent&link-type=pdf"
            )
        if code == PUB_L and c.section:
            congress, _, number = c.section.partition("-")
            return f"https://www.govinfo.gov/link/plaw/{congress}/public/{number}"
        if code == STAT and c.title and c.section:
            return f"https://www.govinfo.gov/link/statute/{c.title}/{c.section}"
        return None
    raise ValueError(f"unknown site {site!r}: use 'lii' or 'govinfo'")

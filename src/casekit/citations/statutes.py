"""Statute citations: parse, normalize, format and find them in free text.

>>> from casekit import parse_statute, find_statutes
>>> str(parse_statute("26 U. S. C. A. § 6103(i)(2)"))
'26 U.S.C. § 6103(i)(2)'
>>> [str(c) for c in find_statutes("Under 42 U.S.C. §§ 1983, 1988 and the Sherman Act ...")]
['42 U.S.C. § 1983', '42 U.S.C. § 1988', '15 U.S.C. § 1']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

import attrs

from casekit.citations import _statute_grammar as grammar
from casekit.citations.state_codes import STATE_NAMES, canonical_code, known_code, state_of
from casekit.citations.statute_names import (
    Act,
    act_for,
    name_pattern,
    popular_name,
    popular_names,
    trie_pattern,
)
from casekit.errors import CaseKitError, InvalidCitation
from casekit.model._natural import natural_key
from casekit.model.document import Document, text_id
from casekit.model.span import Provenance, Span
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


_NUMBERED = ("U.S.C", "USC", "United States Code", "C.F.R", "CFR", "Stat.", "ILCS", "Ill. Comp")
_BARE = ("§", "Sec.", "Secs.", "Section", "sec.", "secs.", "section", "SEC.", "SECS.", "SECTION")
_KEYWORDS = ("I.R.C", "IRC", "Pub.L", "Public Law", "P.L", "CPLR", "C.P.L.R")


def _squash(text: str) -> str:
    return "".join(text.split())


@cache
def _anchor_kinds() -> dict[str, tuple[str, ...]]:
    """Squashed anchor spelling -> the kinds of citation it may start."""
    kinds: dict[str, tuple[str, ...]] = {}
    groups = (("numbered", _NUMBERED), ("bare", _BARE), ("keyword", (*_KEYWORDS, *STATE_NAMES)))
    for kind, spellings in groups:
        for spelling in spellings:
            key = _squash(spelling)
            kinds[key] = (*kinds.get(key, ()), kind)
    return kinds


@cache
def _anchors(names: bool) -> re.Pattern[str]:
    """One pattern for every place a citation may start (and every act name)."""
    spellings: set[str] = set()
    for spelling in (*_NUMBERED, *_BARE, *_KEYWORDS, *STATE_NAMES):
        spellings.update(_dotted(spelling) if "." in spelling[:-1] else {spelling})
    if names:
        spellings.update(popular_names())
    return re.compile(trie_pattern(sorted(spellings)))


@cache
def _lookback() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.,/§\-–])\d{1,3}(?:\s{0,3},)?\s{1,4}(?:of\s+the\s+)?$")


@cache
def _title_before() -> re.Pattern[str]:
    return re.compile(
        r"(?:[Tt]itle|TITLE|(?P<other>[Cc]hapter|[Ss]ubchapter|[Pp]art|[Ss]ubtitle|[Aa]rticle))"
        r"\s{1,3}$"
    )


@cache
def _year_after() -> re.Pattern[str]:
    return re.compile(r"\s{1,3}of\s{1,3}(?:1[789]|20)\d\d\b")


@cache
def _code_sections_after() -> re.Pattern[str]:
    return grammar.bare()


@cache
def _dash() -> re.Pattern[str]:
    return re.compile(grammar.DASH + r"\s*")


@cache
def _leading_digits() -> re.Pattern[str]:
    return re.compile(r"\d*")


# --- normalizing parts --------------------------------------------------------------


def _clean(section: str) -> str:
    """Spacing and soft hyphens out, every dash a hyphen."""
    section = section.replace("\u00ad", "")
    return _dash().sub("-", "".join(section.split()))


def _is_range(first: str, last: str) -> bool:
    lead = _leading_digits()
    dx = lead.match(first).group()  # type: ignore[union-attr]
    dy = lead.match(last).group()  # type: ignore[union-attr]
    if not dy or not dx:
        return False
    if first[-1].isalpha():  # 2000e-2 is a section, 2000e–2000e-17 a range
        return len(dy) >= len(dx) and int(dy) >= int(dx)
    return natural_key(last) > natural_key(first)


def _split_range(token: str, *, federal: bool) -> tuple[str, str | None]:
    """``21–24`` -> (21, 24); ``2000e-2`` -> (2000e-2, None)."""
    parts = _clean(token).split("-")
    if federal:
        for i in range(1, len(parts)):
            first, last = "-".join(parts[:i]), "-".join(parts[i:])
            if _is_range(first, last):
                return first, last
    return "-".join(parts), None


def _items(text: str, *, federal: bool) -> list[tuple[str, tuple[str, ...], str | None]]:
    """The (section, subsections, range end) of each item of a section list."""
    out: list[tuple[str, tuple[str, ...], str | None]] = []
    sub = grammar.subsection()
    for m in grammar.item().finditer(text):
        subs = tuple(sub.findall(m["subs"] or ""))
        if m["to"] and out:
            section, prev_subs, _ = out[-1]
            out[-1] = (section, prev_subs, _clean(m["section"]))
            continue
        section, end = _split_range(m["section"], federal=federal)
        if m["end"]:
            end = _split_range(m["end"], federal=federal)[0]
        out.append((section, subs, end))
    return out


def _cites(
    context: _Context, items: str, *, et_seq: bool = False, name: str | None = None
) -> list[_Parts]:
    jurisdiction, code, title = context
    parsed = _items(items, federal=jurisdiction == "us")
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
        self.seen: set[str] = set()  # acts named in full so far
        self.hits: list[_Hit] = []

    # events: (start, priority, handler, anchor position)
    def events(self) -> list[tuple[int, int, Callable[[int], _Hit | None], int]]:
        text = self.text
        out: list[tuple[int, int, Callable[[int], _Hit | None], int]] = []
        lookback = _lookback()
        kinds = _anchor_kinds()
        for m in _anchors(self.names).finditer(text):
            p, e = m.span()
            spelled = m.group()
            if p and text[p - 1].isalnum() and spelled[0] != "§":
                continue
            for kind in kinds.get(_squash(spelled), ()):
                if kind == "numbered":
                    back = lookback.search(text, max(0, p - 24), p)
                    if back is not None:
                        out.append((back.start(), 2, self._numbered, back.start()))
                elif kind == "bare":
                    out.append((p, 3, self._bare, p))
                else:
                    out.append((p, 2, self._keyword, p))
            ends_word = not (e < len(text) and text[e].isalnum())
            if self.names and ends_word and act_for(spelled) is not None:
                out.append((p, 1, self._name, p))
                if spelled[:7].lower() == "section":  # "Section 1983" may be a bare section too
                    out.append((p, 3, self._bare, p))
        out.sort(key=lambda event: (event[0], event[1]))
        return out

    def run(self) -> list[_Hit]:
        consumed = 0
        for start, _, handler, pos in self.events():
            if start < consumed:
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
            if hit is not None and hit.cites:
                self.hits.append(hit)
                consumed = hit.end
        return self.hits

    # -- handlers --------------------------------------------------------------------

    def _use(self, context: _Context) -> None:
        self.context = context
        self.act = None

    def _numbered(self, pos: int) -> _Hit | None:
        m = grammar.numbered().match(self.text, pos)
        if m is None:
            return None
        start = pos
        before = _title_before().search(self.text, max(0, pos - 12), pos)
        if before is not None:
            if before["other"]:
                return None  # "Chapter 11 of the U.S. Code" is no title
            start = before.start()
        num = m["num"]
        if m["stat"]:
            cite = {"code": STAT, "title": _norm_title(num), "section": _clean(m["page"])}
            return _Hit(start, m.end(), [cite])
        if m["ilcs"]:
            ctx: _Context = ("il", "Ill. Comp. Stat.", _norm_title(num))
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
            return None
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
        postal = state_of(m["state"])
        if postal is None:
            return None
        words = m["words"]
        sign = m["state_sign"]
        if sign is None and not known_code(postal, words):
            return None
        code = canonical_code(postal, words)
        if sign and sign.lower().startswith("art"):
            code += " art."
        ctx = (postal, code, None)
        self._use(ctx)
        return _Hit(pos, m.end(), _cites(ctx, m["state_items"]))

    def _name(self, pos: int) -> _Hit | None:
        m = name_pattern().match(self.text, pos)
        if m is None:
            return None
        found = act_for(m.group())
        if found is None:
            return None
        act, weak = found
        if weak and act.name not in self.seen:
            return None
        if m.group()[:1] in "Ss" and grammar.of_clause().match(self.text, m.end()):
            return None  # "section 1983 of title 42": a bare section, explicitly placed
        self.seen.add(act.name)
        end = m.end()
        if not act.name[-1].isdigit():
            year = _year_after().match(self.text, end)
            if year is not None:
                end = year.end()
        if act.code_title is not None:
            ctx: _Context = ("us", USC, act.code_title)
            self._use(ctx)
            follow = re.compile(r"\s{0,3}").match(self.text, end)
            after = follow.end() if follow else end
            sections = _code_sections_after().match(self.text, after)
            if sections is not None:
                cites = _cites(ctx, sections["items"], et_seq=bool(sections["etseq"]))
                return _Hit(pos, sections.end(), [{**c, "name": act.name} for c in cites])
        elif act.sections:
            self.act = act
        return _Hit(pos, end, [_parts_of(act.cite)])

    def _bare(self, pos: int) -> _Hit | None:
        text = self.text
        m = grammar.bare().match(text, pos)
        if m is None:
            return None
        sign = m["sign"]
        if not self.strict and self._cited_elsewhere(pos, sign):
            return None
        end = m.end()
        ctx = self.context
        name: str | None = None
        of = grammar.of_clause().match(text, end) if self.names else None
        if of is not None:
            if of["title"]:
                ctx = ("us", USC, _norm_title(of["title"]))
                self._use(ctx)
                end = of.end()
            elif of["this"] or of["code"]:
                end = of.end()
            else:
                resolved = self._of_act(m, of.start("other"))
                if resolved is None:
                    if self.strict:
                        raise InvalidCitation(
                            "not a statute this library knows",
                            input=text,
                            position=of.start("other"),
                        )
                    return None
                return resolved
        florida = grammar.florida_tail().match(text, end)
        if florida is not None:
            ctx = ("fl", "Fla. Stat.", None)
            self._use(ctx)
            end = florida.end()
        if of is None and florida is None and self.act is not None:
            mapped = _mapped(self.act, m["items"])
            if mapped:
                return _Hit(pos, end, mapped)
        if ctx is None:
            if self.strict:
                at = pos if not text[:pos].strip() else _failure(text)
                raise InvalidCitation(
                    "a bare section needs a title (pass title=...)", input=text, position=at
                )
            return None
        return _Hit(pos, end, _cites(ctx, m["items"], et_seq=bool(m["etseq"]), name=name))

    def _of_act(self, m: re.Match[str], at: int) -> _Hit | None:
        """``Section 6103 of the Internal Revenue Code``, ``Section 2 of the Voting Rights Act``."""
        named = name_pattern().match(self.text, at)
        if named is None:
            return None
        found = act_for(named.group())
        if found is None:
            return None
        act: Act = found[0]
        self.seen.add(act.name)
        if act.code_title is not None:
            ctx: _Context = ("us", USC, act.code_title)
            self._use(ctx)
            cites = _cites(ctx, m["items"], et_seq=bool(m["etseq"]), name=act.name)
            return _Hit(m.start(), named.end(), cites)
        cites = _mapped(act, m["items"])
        if not cites:
            return None  # the act itself is found by its name
        return _Hit(m.start(), named.end(), cites)

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
        if len(last) == 4 and last.isdigit() and tokens[-1].endswith(","):
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


_DESIGNATORS = frozenset(
    """Art art Arts arts Article article Amdt Amend amend Amendment ch Ch No L Stat Div div
    Tit tit pt Pt cl Cl Rule""".split()
)
_CONSTITUTION = frozenset("Amendment amendment Constitution Const Clause clause".split())
_ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV A B C D E F G H".split())


def _mapped(act: Act, items: str) -> list[_Parts]:
    """The codified sections of an act's own sections (all of them, or none)."""
    cites = []
    for section, subs, _ in _items(items, federal=True):
        target = act.sections.get(section)
        if target is None:
            return []
        cites.append(_parts_of(target, subsections=target.subsections + subs))
    return cites


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
        prov = (Provenance(document=doc_id, span=Span(start=hit.start, end=hit.end), text=mention),)
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

"""Case captions in news text: "X v. Y" as short names.

:func:`find_captions` finds every "X v. Y" (also "vs." and "v") with its two sides;
:func:`main_caption` picks the one naming the reported case, passing over precedents
cited along the way ("overturned Roe v. Wade", "Smith v. Jones, 598 U.S. 175").

>>> from casekit.extractors.caption import find_captions
>>> [c.name for c in find_captions("The case, Acme Widgets Inc. v. Lopez, goes on.")]
['Acme Widgets Inc. v. Lopez']
"""

from __future__ import annotations

import functools
import re

import attrs

from casekit.extractors._keyed import search_keyed

__all__ = ["Caption", "find_captions", "main_caption"]

_CONNECTORS = frozenset(
    "of for the and de del la los las du des on in to & ex rel. el da di von van der".split()
)
_COMPANY = frozenset("inc. inc co. corp. corp ltd. llc l.l.c. l.p. lp n.a. p.c. plc".split())
_LEADING = frozenset(
    """in the a an under after before since while when if like and but both citing
    case lawsuit suit decision ruling judge justice court see also per""".split()
)
_MAX_WORDS = 9


@attrs.frozen
class Caption:
    """A caption found in a text: ``first v. second`` and where it stands."""

    first: str
    second: str
    start: int
    end: int

    @property
    def name(self) -> str:
        """The short caption, ``X v. Y`` (or ``In re X``)."""
        if self.first.startswith("In "):
            return f"{self.first} {self.second}"
        return f"{self.first} v. {self.second}"

    @property
    def adversarial(self) -> bool:
        """True for "X v. Y" (two sides), False for "In re X"."""
        return not self.first.startswith("In ")


@functools.cache
def _anchor() -> re.Pattern[str]:
    # starts with the literal "v" so that the engine scans for it quickly; the lookbehind
    # makes it stand alone between two words: one white-space character before it, and
    # none before that
    return re.compile(r"v(?<=\S\sv)s?\.?\s+(?=[A-Z0-9])")


_TOKEN = re.compile(r"\S+")


def _capital(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() and any(c.isalpha() for c in token))


_MARKS = "“”\"‘’'()[]*_"  # quotation marks, brackets and emphasis around a word
_LEADING_OR_CONNECTOR = _LEADING | _CONNECTORS
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_COMPANY_OR_REL = _COMPANY | {"rel."}  # "United States ex rel. Harmon v. ..." goes on
_ET_AL = re.compile(r",?\s+et\s+al\.?$")


# Words a number follows in the name of a union branch or a lodge ("Teamsters Local 880")
_NUMBERED_UNITS = frozenset("Local Lodge Chapter Post".split())


def _unit_number(word: str, tokens: list[str], n: int) -> bool:
    """True if ``word``, the ``n``-th token from the right of ``tokens`` and the last
    before "v.", is the number of a union local or lodge ("Teamsters Local 880 v. ...")."""
    return word.isdigit() and n + 1 < len(tokens) and tokens[-n - 2] in _NUMBERED_UNITS


def _left(text: str, pos: int) -> tuple[int, str] | None:
    window_start = max(0, pos - 160)
    # a caption stays in its paragraph
    breaks = (
        list(_PARAGRAPH_BREAK.finditer(text, window_start, pos))
        if "\n" in text[window_start:pos]
        else []
    )
    line_start = breaks[-1].end() if breaks else 0
    tokens = text[max(window_start, line_start) : pos].split()  # white space as \s has it
    if window_start > 0 and line_start <= window_start and tokens:
        del tokens[0]  # maybe cut in half
    if len(tokens) > 2 and tokens[-2].casefold() == "et" and tokens[-1].casefold() == "al.":
        del tokens[-2:]  # "Mendoza et al. v. Lyons": the first named party
    kept: list[str] = []  # right to left
    for n, tok in enumerate(reversed(tokens)):
        word = tok.strip(_MARKS)
        if not word:
            break
        if n and (
            (
                tok.endswith((",", ";", ":", ")", "”", '"'))
                # "Lakeshore Watchdog, Inc. v. ...": a comma before a company suffix
                and not (tok.endswith(",") and kept and _company(kept[-1]))
            )
            or (
                tok.endswith(".")
                and word.casefold() not in _COMPANY_OR_REL
                and not _INITIALS.fullmatch(word)
            )
        ):
            break
        if tok.startswith(("“", '"', "(", "‘")) and _capital(word):
            kept.append(tok)
            break
        low = word.casefold()
        if (
            _capital(word)
            or low in _COMPANY
            or (kept and (low in _CONNECTORS or word.isdigit()))  # "Local 412", "Fish and"
            or (not kept and _unit_number(word, tokens, n))  # "Teamsters Local 880 v."
        ):
            kept.append(tok)
        else:
            break
        if len(kept) >= _MAX_WORDS:
            break
    while kept and (
        kept[-1].strip(_MARKS).casefold() in _LEADING_OR_CONNECTOR or kept[-1].isdigit()
    ):
        kept.pop()  # the leftmost token is the last kept
    if not kept:
        return None
    start = pos
    for tok in kept:  # back from the end, token by token (only white space between them)
        start = text.rfind(tok, window_start, start)
    while text[start] in "“\"‘'([*_":
        start += 1
    name = text[start:pos].strip()
    if "al" in name:
        name = _ET_AL.sub("", name)
    return (start, name) if name and _capital(name) else None


def _right(text: str, pos: int) -> tuple[int, str] | None:
    kept: list[re.Match[str]] = []
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 160)):
        if kept and text.count("\n", kept[-1].end(), m.start()) > 1:
            break  # a caption stays in its paragraph
        tok = m.group()
        word = tok.strip("“”\"‘’'()[]*_,;:.")
        low = tok.strip("“”\"‘’'()[]*_,;:").casefold()
        if low in ("et", "al.", "al"):
            break
        if (
            _capital(word)
            or low in _COMPANY
            or (kept and (word.casefold() in _CONNECTORS or word.isdigit()))
            or (not kept and word.isdigit() and _NEXT_NAME.match(text, m.end()))
        ):  # the last: a name that starts with a number ("1422 Sterling Realty LLC")
            kept.append(m)
        else:
            break
        ends_name = tok.endswith((",", ";", ":", "”", '"', ")", "’", "?", "!"))
        if ends_name and tok.endswith(",") and _company(text[m.end() : m.end() + 8].split()[:1]):
            ends_name = False  # "X v. Acme Widgets, Inc."
        if tok.endswith(".") and low in _COMPANY and not _OF.match(text, m.end()):
            ends_name = True  # "Acme Foods Inc. The ..."
        elif tok.endswith(".") and low not in _COMPANY:
            initials = _INITIALS.fullmatch(tok.strip(_MARKS))
            # "U.S." goes on into "U.S. Customs and Border Protection", not into a sentence
            ends_name = not initials or not _NEXT_NAME.match(text, m.end())
        if ends_name or len(kept) >= _MAX_WORDS:
            break
    while kept and (
        kept[-1].group().strip("“”\"‘’'()[]*_,;:.").casefold() in _CONNECTORS
        or (len(kept) > 1 and _YEAR.fullmatch(kept[-1].group()) and kept[-2].group() == "in")
    ):
        kept.pop()  # a connector, or a year ("State v. Bell in 2011")
    if not kept:
        return None
    last = kept[-1]
    end = last.end()
    while end > last.start() and text[end - 1] in ',;:”"’)]*_?!':
        end -= 1
    low = text[last.start() : end].casefold()
    if text[end - 1 : end] == "." and low not in _COMPANY and not _LOWER_INITIALS.fullmatch(low):
        end -= 1
    name = text[pos:end].strip()
    if name.endswith(("’s", "'s")):
        name, end = name[:-2], end - 2
    return (end, name) if name and _capital(name) else None


_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_YEAR = re.compile(r"(?:1[89]|20)\d\d[.,;:]?")
_LOWER_INITIALS = re.compile(r"(?:[a-z]\.)+")
_OF = re.compile(r"\s+of\b")
_NEXT_NAME = re.compile(
    r"\s+(?!(?:The|A|An|It|He|She|They|We|In|On|At|But|And|That|This|Its|His|Her|Their)\b)"
    r"[A-Z][a-z]"
)


def _company(token: str | list[str]) -> bool:
    """True for a company suffix ("Inc.", "LLC")."""
    if isinstance(token, list):
        token = token[0] if token else ""
    return token.strip("“”\"‘’'()[]*_,;:").casefold() in _COMPANY


@functools.cache
def _in_re() -> re.Pattern[str]:
    # starts with the literal "In" so that the engine scans for it quickly
    # "In re the Estate of X", "In re the Marriage of X and Y": the estate or marriage
    return re.compile(
        r"In(?<!\wIn)\s+(?:re|the\s+Matter\s+of)\s+"
        r"(?:the\s+(?=(?:Estate|Marriage|Matter|Application|Adoption|Guardianship"
        r"|Conservatorship|Petition|Welfare|Custody|Parentage|Detention|Commitment)\b))?"
        r"(?=[A-Z])"
    )


def find_captions(text: str) -> list[Caption]:
    """Every "X v. Y" and "In re X" caption in ``text``, in order."""
    found: list[Caption] = []
    for m in _in_re().finditer(text):
        right = _right(text, m.end())
        if right is not None:
            head = " ".join([*m.group().split()[:-1], m.group().split()[-1]])
            found.append(Caption(head, right[1], m.start(), right[0]))
    for m in _anchor().finditer(text):
        left = _left(text, m.start() - 1)
        if left is None:
            continue
        right = _right(text, m.end())
        if right is None:
            continue
        found.append(Caption(left[1], right[1], left[0], right[0]))
    found.sort(key=lambda c: c.start)
    return found


_PRECEDENT_BEFORE = re.compile(
    r"(?:precedent|landmark|overturn\w*|overrul\w*|cit(?:ed|ing)|relied|rel(?:y|ies)\s+on"
    r"|in\s+light\s+of|decided|since|under|like|such\s+as)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_CITE_AFTER = re.compile(r"^,?\s*(?:\d+\s+[A-Z][\w. ]{0,20}\d|\(\d{4}\))")
_OWN_BEFORE = re.compile(
    r"(?:case|lawsuit|suit|complaint|petition|appeal|titled|called|captioned|styled|known\s+as"
    r"|decision\s+in|ruling\s+in|order\s+in|opinion\s+in)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "the Supreme Court's 2024 decision in X v. Y", "the landmark ruling in": a precedent
_PRECEDENT_DECISION = re.compile(
    r"(?:Supreme\s+Court['’]s|\b(?:1[89]|20)\d\d|landmark|earlier|prior|previous)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:decision|ruling|opinion|case)\s+in\s+$",
    re.IGNORECASE,
)
# "The case is X v. Y", "The case, X v. Y,": the report's own case, cited or not
_CASE_IS = re.compile(r"\b[Tt]he\s+case(?:\s+is|,)\s+$")
_DOCKET_AFTER = re.compile(r"^,?\s*(?:\(|,)?\s*(?:No\.|Case\s+No\.|Nos\.|docket)", re.IGNORECASE)


# The lower-case start of each alternative of the patterns above: one of them must be in a
# window for the pattern to match there, and no match starts before the first of them.
_OWN_STARTS = re.compile(
    "case|lawsuit|suit|complaint|petition|appeal|titled|called|captioned|styled|known"
    "|decision|ruling|order|opinion"
)
_PRECEDENT_STARTS = re.compile(
    r"precedent|landmark|overturn|overrul|cit|rel|in\s+light|decided|since|under|like|such"
)
_DECISION_STARTS = re.compile(r"supreme\s+court|(?:1[89]|20)\d\d|landmark|earlier|prior|previous")


def main_caption(text: str, captions: list[Caption]) -> Caption | None:
    """The caption most likely naming the case the text reports on, or None."""
    best: tuple[int, int] | None = None
    for i, c in enumerate(captions):
        before = text[max(0, c.start - 60) : c.start]
        low = before.lower()
        after = text[c.end : c.end + 30]
        score = 0
        if search_keyed(_OWN_BEFORE, _OWN_STARTS, before, low) is not None:
            score += 2
        if _DOCKET_AFTER.match(after):
            score += 3
        if _CITE_AFTER.match(after) and not _CASE_IS.search(before):
            score -= 4  # (not "The case is X v. Y, 2026 CO 9": the report's own case)
        if search_keyed(_PRECEDENT_BEFORE, _PRECEDENT_STARTS, before, low) is not None:
            score -= 2
        if search_keyed(_PRECEDENT_DECISION, _DECISION_STARTS, before, low) is not None:
            score -= 3
        if _discussed(text, c):
            score += 1
        if _prosecution_before(c, captions):
            score -= 3
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < 0:
        return None
    return captions[best[1]]


_SOVEREIGNS = frozenset("People State Commonwealth United States".split())


def _prosecution_before(caption: Caption, captions: list[Caption]) -> bool:
    """True when ``caption`` is a prosecution ("People v. Ruiz", "State v. Ruiz") whose
    defendant brings a case of their own in the same text ("Ruiz v. Warden", a habeas
    petition or civil suit): the report is about that later case."""
    if caption.first.split()[0] not in _SOVEREIGNS:
        return False
    defendant = caption.second.split()[-1]
    return any(
        c.start > caption.start and c.first.split()[-1] == defendant and c.second != caption.first
        for c in captions
    )


def _discussed(text: str, caption: Caption) -> bool:
    """True when a side of the caption is named again outside it (the report's own
    parties are; a precedent cited in passing mostly is not)."""
    for side in (caption.first, caption.second):
        words = [w for w in side.replace(",", " ").split() if w[:1].isupper() and len(w) > 3]
        if not words:
            continue
        key = words[-1] if words[-1].casefold().rstrip(".") not in _COMPANY else words[0]
        if key.casefold() in ("state", "people", "commonwealth", "united", "states"):
            continue
        i = text.find(key)
        while i >= 0:
            if not caption.start <= i < caption.end:
                return True
            i = text.find(key, i + len(key))
    return False

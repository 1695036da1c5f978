"""Parties: who sued whom, read from captions and from how news writing names sides.

Sides come from the caption ("X v. Y"), from verbs ("X sued Y", "a lawsuit filed by X",
"a suit against Y", "on behalf of X"), and from role words ("the appellant, X",
"plaintiffs, including A and B", "groups led by X intervened", amicus briefs).  Names
are completed from the fullest form the text gives ("Bessent" -> "Scott Bessent"), and
titles are dropped ("Treasury Secretary Scott Bessent" -> "Scott Bessent").

>>> from casekit.extractors.parties import find_parties
>>> text = "The Acme Tenants Union sued the City of Springfield on Tuesday."
>>> [(p.name, p.role.value) for p in find_parties(text, "doc")]
[('Acme Tenants Union', 'plaintiff'), ('City of Springfield', 'defendant')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

from casekit.extractors._text import TextView, clean_entity, spell_out
from casekit.extractors.caption import Caption
from casekit.model.party import Party, PartyKind, PartyRole
from casekit.model.span import Provenance

__all__ = ["find_parties", "party_kind"]

R = PartyRole

# Words that end a title in front of a name ("Treasury Secretary Scott Bessent").
_HEADS = frozenset(
    """judge justice secretary general governor gov. senator sen. president mayor
    commissioner director administrator chairman chairwoman chair ceo spokesman
    spokeswoman spokesperson officer agent sheriff deputy speaker leader minister
    ambassador attorney counsel prosecutor superintendent treasurer comptroller
    auditor clerk representative rep. mr. mrs. ms. dr. prof. professor recorder assessor
    supervisor trustee warden chancellor dean inspector executive coroner registrar
    controller marshal constable councilman councilwoman councilmember alderman sgt. sgt
    lt. capt. cpl. det. detective trooper lieutenant captain sergeant corporal rev.
    pastor bishop rabbi imam journalist reporter activist resident nurse teacher farmer
    rancher landlord tenant chef inmate prisoner veteran retiree photographer blogger
    col. gen. maj. adm. cmdr. colonel major admiral commander""".split()
)
_CONNECT = frozenset("of for the and de del la los las du des on & y".split())
_COMPANY = frozenset("inc. inc co. corp. corp ltd. llc l.l.c. lp l.p. n.a. plc".split())
_SKIP_WORDS = 14
# Capitalized words that never make a party on their own.
_NOT_PARTY = frozenset(
    """the a an he she they it we i his her their its this that these those monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december democrats republicans congress court judge
    justice plaintiffs defendants lawyers attorneys officials critics supporters but and
    in on at after before since while when if as under federal state u.s. us american""".split()
)
# Capitalized words opening a sentence before a name ("In May Ortiz sued").
_OPENERS = _NOT_PARTY - frozenset(
    "federal state u.s. us american democrats republicans congress court judge justice".split()
)
_GAP_WORDS = frozenset("the its his her their of".split())
_AS_DEFENDANTS = re.compile(
    r"[^.;]{0,60}?\bas\s+(?:a\s+|the\s+)?(?:nominal\s+)?(?:co-)?(?P<as>defendant|respondent)s?\b"
)
# "Acme is named as a nominal defendant": the subject before a passive "named"
_NAMED_AS = re.compile(
    r"\s+as\s+(?:a\s+|the\s+|one\s+of\s+the\s+)?(?:nominal\s+)?(?:co-)?"
    r"(?P<as>defendant|respondent)s?\b"
)
_MORE = re.compile(r"\b(?:including|among\s+them)\s+")
# Words before "appealed" that make it no news of an appeal ("plans to appeal").
_MODALS = ("to", "not", "would", "will", "could", "may", "might")
_MOTION_BY = re.compile(r"(?:motion|request|bid)s?\s+by")
# Motions a defendant files ("a motion for a new trial filed by X")
_DEFENSE_MOTION = re.compile(r"dismiss|suppress|new\s+trial|acquit|compel\s+arbitration")
_TO_DISMISS = re.compile(r"\s+to\s+(?:dismiss|toss)")
_STOPS = frozenset("which who whom whose that said says say represented".split())
_APPOSITIVE_STOPS = _STOPS | {"against"}  # "by A, the trustee, against B": B is no list item
_DETERMINERS = frozenset(
    "the both former its their his her two three several state commonwealth of".split()
)
_NOUNS = frozenset(
    """administration officials attorneys lawyers groups group supporters leaders residents
    employees workers members voters agency agencies government lawmakers prosecutors
    officers police drivers users customers owners students teachers parents directors
    executives shareholders investors founders managers trustees""".split()
)
_FOLLOWERS = frozenset(
    """in on at and or which who that against over to for last earlier this after before
    with from seeking challenging alleging arguing claiming because as when while but whose
    said says say filed sued asked argued contend contends contended have has had is are was
    were will would could may might of by until since during under v. vs. v vs through
    via later also then first initially originally previously jointly went won lost got
    made took gave began brought sought told wrote held found put set kept left ran paid met
    led can must""".split()
)


@functools.cache
def _token_re() -> re.Pattern[str]:
    return re.compile(r"[^\s,;:()“”\"—–]+|[,;:()“”\"—–]")


def _cap(word: str) -> bool:
    """True if ``word`` starts with a capital letter (after any opening quotes)."""
    if word[:1].isupper():
        return True
    w = word.lstrip("'‘’")
    return bool(w) and w[0].isupper()


def _parse_name(run: str) -> str | None:
    """The name in "Treasury Secretary Scott Bessent", by :mod:`casekit.extractors.people`."""
    from casekit.extractors.people import parse_name

    return parse_name(run)[1]


def _title_ahead(toks: list[re.Match[str]], i: int) -> bool:
    """True if a title word ("Secretary") comes within the capitalized run from ``i``."""
    for k in range(i, min(len(toks), i + 6)):
        word = toks[k].group()
        if not _cap(word) and word.casefold() not in _CONNECT:
            return False
        if word.casefold() in _HEADS:
            return True
    return False


def _title_next(toks: list[re.Match[str]], i: int) -> bool:
    """True if the capitalized words from ``i`` (up to the first other word) hold a title
    ("Interior Secretary Ana Ruiz", "Gov. Ana Ruiz")."""
    for k in range(i, min(len(toks), i + 4)):
        word = toks[k].group()
        if not _cap(word):
            return False
        if word.casefold() in _HEADS:
            return True
    return False


# Last words of agency and organization names that may have an "and" inside
# ("U.S. Fish and Wildlife Service", "Securities and Exchange Commission").
_HEAD_NOUNS = frozenset(
    """service services administration commission protection enforcement bureau agency
    department board authority office council institute committee division survey
    corporation association foundation coalition alliance union trust fund center""".split()
)
_HEAD_NOUNS_OR_COMPANY = _HEAD_NOUNS | _COMPANY


_UNITS = frozenset("City Town Village Borough".split())
# Last words of the names of local governments ("Ada County and Boise Mayor Ana Ruiz")
_PLACE_UNITS = frozenset("county city town village township borough parish".split())


def _and_joins(toks: list[re.Match[str]], i: int, j: int) -> bool:
    """True when the "and" after token ``j`` lies inside one name starting at token ``i``:
    the words before it end in no head noun, and the capitalized run after it ends in an
    agency or organization head noun ("Fish and Wildlife Service")."""
    if j + 2 < len(toks) and toks[j].group() in _UNITS and toks[j + 2].group() == "County":
        return True  # "City and County of San Francisco"
    if toks[j].group().strip(".,").casefold() in _HEAD_NOUNS_OR_COMPANY:
        return False
    k = j + 2
    while k < len(toks) and k < j + 7:
        word = toks[k].group()
        low = word.casefold()
        if not _cap(word) and low not in ("of", "for"):
            break
        k += 1
    last = toks[k - 1].group().casefold().rstrip(".,")
    return k > j + 2 and last in _HEAD_NOUNS


# Heads of names that stand on their own: "A Institute of Technology and B University" is
# two names, when the name before "and" has its own head before its "of".
_OWN_HEADS = frozenset(
    """university college institute school academy association council board foundation
    coalition alliance union church hospital corps society league company corporation
    inc. inc llc co. corp. ltd.""".split()
)


def _second_name(toks: list[re.Match[str]], i: int, j: int) -> bool:
    """True when the "and" after token ``j`` starts a second name: the name from token
    ``i`` has a head of its own before its "of" ("Harborview Institute of Technology"),
    and the capitalized run after the "and" ends in such a head too ("Marlow State
    University")."""
    of = next((k for k in range(i + 1, j) if toks[k].group() == "of"), None)
    if of is None or toks[of - 1].group().casefold() not in _OWN_HEADS:
        return False
    k = j + 2
    while k < len(toks) and k < j + 7 and _cap(toks[k].group()):
        k += 1
    return k > j + 2 and toks[k - 1].group().casefold().rstrip(".,") in _OWN_HEADS


_BODY_HEADS = _HEAD_NOUNS | _OWN_HEADS


def _name_end(toks: list[re.Match[str]], i: int) -> int:
    """Index of the last token of the proper name starting at token ``i``."""
    j = last = i
    ands = 0
    has_of = False
    while j + 1 < len(toks):
        cur = toks[j].group()
        if j > i and cur.endswith(".") and cur.casefold() in _COMPANY:
            break  # "Acme Foods Inc. The ..."
        nxt = toks[j + 1].group()
        low = nxt.casefold()
        if _cap(nxt) or low in _COMPANY:
            j = last = j + 1
            continue
        if low == "," and j + 2 < len(toks) and toks[j + 2].group().casefold() in _COMPANY:
            j = last = j + 2
            continue
        if (
            low in ("of", "for", "on")
            and j + 3 < len(toks)
            and toks[j + 2].group() == "the"
            and _cap(toks[j + 3].group())
        ):  # "Executive Office of the President"
            j = last = j + 3
            has_of = True
            continue
        if low in _CONNECT and j + 2 < len(toks):
            after = toks[j + 2].group()
            lafter = after.casefold().rstrip(".,")
            if not _cap(after) or (
                lafter in _NOT_PARTY and not (low == "of" and lafter in ("state", "justice"))
            ):  # "Secretary of State", "Department of Justice" go on
                break
            if low == "and":
                joins = _and_joins(toks, i, j)
                titled = _title_ahead(toks, j + 2)
                if not joins and (
                    (has_of and (ands > 0 or _second_name(toks, i, j)))
                    or (not has_of and not titled)
                    # "the Park Service and Interior Secretary Ana Ruiz", "the State of
                    # Ohio and Gov. Ana Ruiz": a new name
                    or (
                        (
                            has_of
                            or cur.strip(".,").casefold() in _HEAD_NOUNS_OR_COMPANY
                            or cur.strip(".,").casefold() in _PLACE_UNITS  # "Ada County and"
                            or after.casefold() in _HEADS
                        )
                        and _title_next(toks, j + 2)
                    )
                    # "the Services Administration and Health and Human Services Secretary
                    # Ana Ruiz": an agency's name, then a titled person
                    or (
                        not has_of
                        and cur.strip(".,").casefold() in _HEAD_NOUNS_OR_COMPANY
                        and titled
                    )
                ):
                    break
                ands += 1
            has_of = has_of or low in ("of", "for", "on")
            j += 1
            continue
        break
    return last


def _entity_list(
    text: str, pos: int, end: int, *, skip: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """Proper names starting near ``pos``: a list "A, B and C", skipping descriptive words
    in front ("several nonprofits, including A") and appositives behind ("A, a nurse,").
    ``skip``: the only words that may stand before the first name (default: any few)."""
    toks = list(_token_re().finditer(text, pos, min(end, pos + 400)))
    out: list[tuple[int, int]] = []
    i = 0
    skipped = 0
    gap = -1  # lower-case words since the last separator; -1: not after a separator
    while i < len(toks):
        word = toks[i].group()
        low = word.casefold()
        numbered = word.isdigit() and _numbered_company(toks, i)
        if not ((_cap(word) or numbered) and low not in ("but", "and")):
            if word in (".", ";", ")", "(", "—", "–") or low in _STOPS:
                return out
            if out and word == "," and gap > 0 and _described_next(toks, i, gap):
                i += 1  # "the agency and its director, Ana Ruiz": on to the name
                gap = 0
                continue
            if out:
                if (
                    gap < 0
                    or gap >= _gap_limit(toks, i - gap)
                    or (low in _FOLLOWERS and low not in _GAP_WORDS)
                ):
                    return out
                gap += 1
                i += 1
                continue
            skipped += 1
            if skipped > _SKIP_WORDS or low == "against":
                return out  # ("by a union against Ana Ruiz": she is on the other side)
            if skip is not None and low not in skip:
                if low in _NOUNS and _comma_name(toks, i + 1):
                    i += 2  # "by three voters, Ana Ruiz and ...": on to the names
                    continue
                # "former chief executive Ana Ruiz": a title in lower case before the name
                described = _descriptor_end(toks, i)
                if described is None:
                    return out
                i = described
                continue
            i += 1
            continue
        last = _name_end(toks, i)
        nxt_cap = _descriptor_end(toks, last + 1)
        if nxt_cap is not None:  # "Oakland schoolteacher Renee Duval": a descriptor
            i = nxt_cap
            continue
        s, e = toks[i].start(), toks[last].end()
        while e > s and text[e - 1] in ".’'" and text[s:e].split()[-1].casefold() not in _COMPANY:
            e -= 1
        follower = toks[last + 1].group() if last + 1 < len(toks) else "."
        flow = follower.casefold()
        attributive = flow in _NOUNS or (
            follower.isalpha()
            and follower.islower()
            and flow not in _FOLLOWERS
            and not flow.endswith(("ed", "s", "ly"))
        )
        possessive = text[s:e].endswith(("'s", "’s"))
        if attributive and gap > 0 and toks[i - gap].group().casefold() in _ARTICLES:
            gap += last + 1 - i  # "and its Illinois subsidiary, B": still the description
            i = last + 1
            continue
        if not attributive and not possessive and text[s:e].casefold() not in _NOT_PARTY:
            out.append((s, e))
        i = last + 1
        skip = None
        gap = -1
        i = _past_aside(toks, i)
        if i >= len(toks):
            return out
        sep = toks[i].group().casefold()
        if sep in ("and", "&"):
            i += 1
            gap = 0
            continue
        if sep != "," or i + 1 >= len(toks):
            return out
        nxt = toks[i + 1].group()
        lnxt = nxt.casefold()
        if lnxt == "and":
            i += 2
            gap = 0
        elif lnxt in _ALONG and i + 2 < len(toks) and toks[i + 2].group() == "with":
            i += 3  # "A and B, along with C, a management firm"
            gap = 0
        elif _cap(nxt) or (
            lnxt in ("including", "the") and i + 2 < len(toks) and _cap(toks[i + 2].group())
        ):
            i += 1
            gap = 0
        elif (described := _descriptor_end(toks, i + 1)) is not None:
            i = described  # "A, cyclist Ana Ruiz and ...": on to the name
            gap = 0
        elif lnxt in ("a", "an", "the", "one"):  # an appositive: on to the next "and"
            k = i + 1
            while k < len(toks) and toks[k].group().casefold() != "and":
                t = toks[k].group()
                if t in (";", "(", ")", "—", "–") or t.casefold() in _APPOSITIVE_STOPS:
                    return out
                k += 1
            i = k + 1
            gap = 0
        else:
            return out
    return out


_ALSO_KNOWN = frozenset("known called".split())
_ALONG = frozenset("along together".split())  # ", along with B": B is one more item


def _past_aside(toks: list[re.Match[str]], i: int) -> int:
    """Index of the token after the short aside that may follow a name at token ``i``:
    its acronym in brackets ("Council of Research Universities (CRU)", "(the Corps)")
    or its other name (", known as NCRHC,": the index of the closing comma); ``i`` if
    there is none."""
    if i + 2 < len(toks) and toks[i].group() == "(":
        k = i + 1
        if toks[k].group().casefold() == "the" and k + 2 < len(toks):
            k += 1
        if _cap(toks[k].group()) and toks[k + 1].group() == ")":
            word = toks[k].group()
            if word.isupper() or k > i + 1:
                return k + 2
    if (
        i + 4 < len(toks)
        and toks[i].group() == ","
        and toks[i + 1].group().casefold() in _ALSO_KNOWN
        and toks[i + 2].group().casefold() == "as"
        and toks[i + 3].group().isupper()
        and toks[i + 4].group() == ","
    ):
        return i + 4
    return _past_other_name(toks, i)


# What introduces a company's other name after a comma ("Acme Inc., which does business
# as QuickFill, and ..."), as the words of the tokens
_OTHER_NAME = (
    ("d/b/a",),
    ("doing", "business", "as"),
    ("which", "does", "business", "as"),
    ("which", "operates", "as"),
    ("formerly", "known", "as"),
    ("also", "known", "as"),
)


def _past_other_name(toks: list[re.Match[str]], i: int) -> int:
    """Index of the comma closing an aside with the other name of a company (",
    d/b/a QuickFill,", ", which does business as QuickFill,") at token ``i``; ``i`` if
    there is none."""
    if i + 2 >= len(toks) or toks[i].group() != ",":
        return i
    for words in _OTHER_NAME:
        k = i + 1 + len(words)
        if tuple(t.group().casefold() for t in toks[i + 1 : k]) == words:
            while (
                k < len(toks)
                and k < i + 12
                and (_cap(toks[k].group()) or toks[k].group() in _CONNECT)
            ):
                k += 1
            if k > i + 1 + len(words) and k < len(toks) and toks[k].group() == ",":
                return k
    return i


def _numbered_company(toks: list[re.Match[str]], i: int) -> bool:
    """True if the number at token ``i`` starts a company's name ("1422 Sterling Realty
    LLC"): capitalized words follow it, the last a company suffix."""
    if i + 1 >= len(toks) or len(toks[i].group()) > 5 or not _cap(toks[i + 1].group()):
        return False
    return toks[_name_end(toks, i + 1)].group().casefold() in _COMPANY


def _gap_limit(toks: list[re.Match[str]], first: int) -> int:
    """How many lower-case words may follow a separator in a list of names: more after an
    article ("and a charter boat captain, Ana Ruiz") than after other words."""
    return 5 if toks[first].group().casefold() in _ARTICLES else 3


def _described_next(toks: list[re.Match[str]], i: int, gap: int) -> bool:
    """True if the comma at token ``i`` ends a description that opened with an article
    and a name follows ("and its director, Ana Ruiz")."""
    return (
        i + 1 < len(toks)
        and toks[i - gap].group().casefold() in _ARTICLES
        and _cap(toks[i + 1].group())
    )


def _comma_name(toks: list[re.Match[str]], i: int) -> bool:
    """True if token ``i`` is a comma and a capitalized word follows it."""
    return i + 1 < len(toks) and toks[i].group() == "," and _cap(toks[i + 1].group())


def _descriptor_end(toks: list[re.Match[str]], k: int) -> int | None:
    """If tokens from ``k`` are one to three lower-case nouns followed by a capitalized word
    ("schoolteacher Renee"), the index of that word."""
    for n in range(k, min(len(toks), k + 4)):
        word = toks[n].group()
        if _cap(word):
            return n if n > k and not _header_word(toks, n) else None
        low = word.casefold()
        if (
            not word.isalpha()
            or not word.islower()
            or low in _FOLLOWERS
            or low in _ARTICLES  # "A, a Corvane shareholder": an appositive
            or low in _NOUNS
            or low.endswith(("ed", "s", "ly", "ing"))
        ):
            return None
    return None


_HEADER_WORDS = frozenset("By Published Posted Updated".split())


def _header_word(toks: list[re.Match[str]], n: int) -> bool:
    """True if token ``n`` opens a byline, a date line or a dateline ("By", "Published",
    "SEATTLE —") run into the headline before it, and so no name."""
    word = toks[n].group()
    if word in _HEADER_WORDS:
        return True
    nxt = toks[n + 1].group() if n + 1 < len(toks) else ""
    return word.isupper() and len(word) > 2 and nxt in ("—", "–", ",")


def _entity_before(text: str, pos: int, floor: int) -> list[tuple[int, int]]:
    """The proper name (or "A and B") ending just before ``pos``."""
    appositive = _APPOSITIVE.search(text, max(floor, pos - 60), pos)
    if appositive is not None:  # "Acme LLC, the organizer, appealed"; "Ana Ruiz, 27, sued"
        pos = appositive.start()
    elif _word_before(text, pos, ("that", "who"), floor) >= 0:
        relative = _RELATIVE_APPOSITIVE.search(text, max(floor, pos - 70), pos)
        if relative is not None:  # "A and B, conservation groups that sued"
            pos = relative.start()
    if text.find(")", max(floor, pos - 4), pos) >= 0:
        bracket = _ACRONYM_BEFORE.search(text, max(floor, pos - 24), pos)
        if bracket is not None:  # "the Center for Food Safety (CFS), sued"
            pos = bracket.start()
    toks = list(_token_re().finditer(text, max(floor, pos - 200), pos))
    j = len(toks) - 1
    while j >= 0 and toks[j].group().casefold() in (
        "has",
        "have",
        "had",
        "also",
        "then",
        "later",
        "first",
        "jointly",
        "which",
        "who",
        "previously",
        "earlier",
        "initially",
        "originally",
        "had",
        ",",
    ):
        j -= 1
    if j < 0 or (not _cap(toks[j].group()) and toks[j].group().casefold() not in _COMPANY):
        low = max(floor, pos - 70)
        committee = (
            _CREDITORS.search(text, low, pos) if text.find("creditors", low, pos) >= 0 else None
        )
        return [(committee.start(1), committee.end(1))] if committee else []
    i = j
    while i - 1 >= 0:
        prev = toks[i - 1].group()
        if prev.endswith(".") and prev.casefold() in _COMPANY and i - 1 < j:
            break  # "... Acme Inc. The Illinois Department of Labor filed"
        if prev == "the" and i >= 3 and toks[i - 2].group() == "of" and _cap(toks[i - 3].group()):
            i -= 2  # "Maryland Association of the Deaf"
            continue
        if (
            _cap(prev)
            or prev.casefold() in _COMPANY
            or (prev == "," and i == j and toks[i].group().casefold() in _COMPANY)  # ", Inc."
            or (
                prev.casefold() in _CONNECT - {"and", "the"}
                and i - 2 >= 0
                and _cap(toks[i - 2].group())
            )
            or (
                prev.casefold() == "and"
                and i - 2 >= 0
                and _cap(toks[i - 2].group())
                and _and_joins(toks, i - 2, i - 2)
            )
        ):
            i -= 1
        else:
            break
    # "The Sierra Club and Earthjustice sued", "Acme and a nurse, Ana Ruiz, sued": the
    # name before "and" too
    amp = _and_before(toks, i)
    if amp >= 1 and _cap(toks[amp - 1].group()):
        k = amp - 1
        while (
            k - 1 >= 0
            and k > amp - 7
            and (
                _cap(toks[k - 1].group())
                or (
                    toks[k - 1].group().casefold() in ("of", "for", "and")
                    and k - 2 >= 0
                    and _cap(toks[k - 2].group())
                    and (toks[k - 1].group() != "and" or _and_joins(toks, k - 2, k - 2))
                )
            )
        ):
            k -= 1
        while k < amp - 1 and toks[k].group().casefold() in _OPENERS:
            k += 1
        if toks[k].group().casefold() not in _NOT_PARTY:
            found = _entity_list(text, toks[k].start(), pos)
            if len(found) == 2:
                return found
    while i < j and toks[i].group().casefold().rstrip(",") in _OPENERS:
        i += 1  # "In May Ortiz sued": a sentence opening, not the name
    if i >= 1 and toks[i - 1].group() in _PLACE_PREPOSITIONS:
        return []  # "a supervisor in Georgia, sued": a place, not the one who sued
    start = toks[i].start()
    found = _entity_list(text, start, pos)
    return found[:1] if found else []


_PLACE_PREPOSITIONS = frozenset("in on at near from".split())
# a description in lower case and a relative pronoun right before the verb: "A and B,
# conservation groups that sued", "Ana Ruiz, a nurse who sued" (not "X, a lawyer for the
# clinics that sued": no preposition in the description)
_RELATIVE_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the|two|three|four|several)\s+)?"
    r"(?:(?!(?:for|of|with|by|to|in|on|at|from)\s)[a-z][\w-]*\s+){1,4}?(?:that|who)\s+$"
)
_ACRONYM_BEFORE = re.compile(r"\s*\((?:the\s+)?[A-Z][\w&.-]*\)\s*,?\s*$")
# A bankruptcy case's creditors' committee, named in lower case ("the official committee
# of unsecured creditors filed a brief", "the unsecured creditors' committee objected")
_CREDITORS = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?((?:[Oo]fficial\s+)?(?:committee\s+of\s+(?:unsecured\s+)?creditors"
    r"|(?:unsecured\s+)?creditors['’]\s+committee))\s*,?\s*$"
)
_ARTICLES = frozenset("a an the its their his her two three four several some".split())


def _and_before(toks: list[re.Match[str]], i: int) -> int:
    """Index of the "and" before the name at token ``i``: right before it ("A and B"), or
    before a described appositive ("A and a nurse, B"); -1 if there is none."""
    if i >= 1 and toks[i - 1].group() in ("and", "&"):
        return i - 1
    if i >= 2 and toks[i - 1].group() == "the" and toks[i - 2].group() == ",":
        i -= 1  # "A and its pastor, the Rev. Ana Ruiz"
    if i < 1 or toks[i - 1].group() != ",":
        return -1
    for d in range(i - 2, max(0, i - 7), -1):
        word = toks[d].group()
        if word.casefold() in _ARTICLES:
            return d - 1 if d >= 1 and toks[d - 1].group() in ("and", "&") else -1
        if not (word.isalpha() and word.islower()):
            return -1
    return -1


# the "a" first, so that the engine looks for it quickly; the look back stands for \b
_AGAINST = re.compile(r"a(?<!\wa)gainst\s+")


def _against(text: str, pos: int, end: int, reach: int = 1000) -> list[tuple[int, int]]:
    """The names after an "against" that starts within ``reach`` characters of ``pos``
    (before ``end``): "a suit by A against B", "filed suit in May against B"."""
    m = _AGAINST.search(text, pos, min(end, pos + reach + len("against ")))
    return _defendants(text, m.end(), end) if m else []


# "the department", "the city": a body named in full earlier in the text.
_DEFINITE = re.compile(
    r"\s*the\s+(department|agency|commission|board|city|county|township|district|authority"
    r"|bureau|service|administration|office|council|university|college|company)\b"
    r"(?!\s+(?:of|for|on)\b|['’])"
)
_SENTENCE_END = re.compile(r"[.;:]\s")
# "on behalf of local customers by": the filers follow "by"
_BEHALF_BY = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}?by\s+")
# "a lawyer for the defendants," before a role word: the names after it are counsel
_COUNSEL_FOR = re.compile(r"\b(?:[Ll]awyers?|[Aa]ttorneys?|[Cc]ounsel)\s+for\s+(?:the\s+)?$")
_STATE_OF = re.compile(r"\s*(?:[Tt]he\s+)?(?:state|commonwealth)\s+of\s+(?=[A-Z])")
_ALONG_WITH = re.compile(r"\s+(?:along|together)\s+with\s+")
_WITH = re.compile(r",?\s+with\b")
# What the backers of a side do before "in a friend-of-the-court brief" or "as amicus"
_BACKS = re.compile(
    r"\s+(?:(?:had|has|have|also)\s+)?(?:urged|supported|backed|filed|submitted|sided"
    r"|argued|asked|joined|weighed)\b"
)


def _lawyer(name: str) -> bool:
    """True if ``name`` after "a lawyer for the plaintiff," is a person's, the lawyer's
    ("Ana Ruiz", "Ana Ruiz of Ruiz & Bell LLP"), rather than a party organization's."""
    person = clean_entity(name).split(" of ")[0]
    return party_kind(person) is PartyKind.PERSON


def _accused(text: str, m: re.Match[str], s0: int, s1: int) -> list[tuple[int, int]]:
    """The people charged at the "charged"/"indicted" of ``m`` in the sentence from ``s0``
    to ``s1``: "Ana Ruiz was charged" (and "... along with her manager, Tom Bell"),
    "prosecutors charged Ana Ruiz and Tom Bell with fraud"."""
    passive = _word_before(text, m.start(), (*_PASSIVE_SUED, "been"), s0)
    if passive >= 0:
        been = _word_before(text, passive, ("has", "have", "had"), s0)
        subject = been if been >= 0 else passive
        if _word_before(text, subject, ("who", "whom"), s0) >= 0:
            return []  # ("Ana Ruiz, 41, of Youngstown, Ohio, who is charged": not Ohio)
        out = _entity_before(text, subject, s0)
        along = _ALONG_WITH.match(text, m.end(), s1)
        return out + _entity_list(text, along.end(), s1) if along and out else out
    accused = _entity_list(text, m.end(), s1, skip=_DETERMINERS)
    return accused if accused and _WITH.match(text, accused[-1][1], s1) else []


def _backer(text: str, start: int, pos: int) -> list[tuple[int, int]]:
    """The names that open the sentence starting at ``start`` when a verb of support
    follows them ("A and B urged the court to side with C in a friend-of-the-court brief",
    "A supported the county as amicus"); none otherwise."""
    state = _STATE_OF.match(text, start, pos)  # "The state of Texas supported ..."
    names = _entity_list(text, state.end() if state else start, pos, skip=_DETERMINERS)
    if names and _BACKS.match(text, names[-1][1], pos):
        return names
    return []


_AND_NEXT = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z])")
# "the publisher": a side the text does not name, before "and" and a named one
_GENERIC_SIDE = re.compile(
    r"\s*the\s+(?:[a-z]+['’]s\s+)?[a-z]+(?=\s+and\s)"
)  # "the company's board"
# "and its chief executive, Ana Ruiz", "and the article's author, Ana Ruiz"
_DESCRIBED_FIRST = re.compile(
    r"\s*(?:the|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w-]*,\s+(?=[A-Z0-9])"
)
_AND_DESCRIBED = re.compile(r"\s+and\s+(?:the|its|his|her|their)\s+[^,.;:()]{1,40}?,\s+(?=[A-Z])")


def _defendants(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The names sued after ``pos`` ("sued the Acme Co. and its CEO, Ana Ruiz"); "the
    department" stands for the department the text named before ("sued the department and
    Commissioner Ana Ruiz"), and other unnamed sides are passed over ("sued the publisher
    and its editor, Ana Ruiz")."""
    m = _DEFINITE.match(text, pos, end)
    head = m if m is not None else _GENERIC_SIDE.match(text, pos, end)
    if head is None:
        described = _DESCRIBED_FIRST.match(text, pos, end)  # "the building's owner, Acme"
        return _entity_list(text, described.end() if described else pos, end, skip=_DETERMINERS)
    out = []
    referent = _referent(text, m.group(1), pos) if m is not None else None
    if referent is not None:
        out.append(referent)
    after = head.end()
    more = _AND_NEXT.match(text, after, end) or _AND_DESCRIBED.match(text, after, end)
    if more:
        out += _entity_list(text, more.end(), end, skip=_DETERMINERS)
    elif text.startswith(", ", after):  # "sued the city, Ada County and Mayor Ana Ruiz"
        listed = _entity_list(text, after + 2, end, skip=_DETERMINERS)
        out += listed if len(listed) > 1 else []
    return out


# The head words of the names "the agency" may stand for.
_HEAD_WORDS = {
    "agency": ("Agency", "Service", "Administration", "Bureau", "Department", "Commission"),
}


def _last_word(text: str, word: str, pos: int) -> int:
    """Start of the last ``word`` before ``pos`` that does not end a longer word; -1 if
    there is none."""
    i = text.rfind(word, 0, pos)
    while i > 0 and text[i - 1].isalpha():
        i = text.rfind(word, 0, i)
    return i


def _referent(text: str, head: str, pos: int) -> tuple[int, int] | None:
    """The span of the last name before ``pos`` with ``head`` ("department") as its head
    word ("the Florida Department of Revenue", "Dade County"), if the text has one."""
    i = max(_last_word(text, word, pos) for word in _HEAD_WORDS.get(head, (head.capitalize(),)))
    if i < 0:
        return None
    start = max(0, i - 120)
    stop = _SENTENCE_END.search(text, i, i + 150)
    toks = list(_token_re().finditer(text, start, stop.start() if stop else i + 150))
    k = next((n for n, t in enumerate(toks) if t.start() == i), None)
    if k is None or not (
        k + 1 == len(toks) or not _cap(toks[k + 1].group()) or toks[k + 1].group() in _CONNECT
    ):
        return None  # "Kansas City Star" is no city
    while k > 0 and (
        _cap(toks[k - 1].group())
        or (toks[k - 1].group() in _CONNECT and k > 1 and _cap(toks[k - 2].group()))
    ):
        k -= 1
    while toks[k].group().casefold() in _OPENERS and toks[k].start() < i:
        k += 1
    last = _name_end(toks, k)
    s, e = toks[k].start(), toks[last].end()
    if e <= i or len(text[s:e].split()) < 2:
        return None
    return s, e


_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3}|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"|(?:a|an)\s+(?:[a-z][\w-]*\s+){4,5}[\w-]+"  # "a former warehouse supervisor in Georgia"
    r"|(?:which|who)\s+[^,.;:()]{1,50}?"
    r"|(?:doing\s+business|d/b/a|(?:formerly|also)\s+known)\s+(?:as\s+)?[^,;:()]{1,50}?),\s*"
    r"(?:(?:has|have|had|also|then|later|first|jointly)\s+)*$"
)
_ROLE_WORD = {
    "plaintiff": R.PLAINTIFF,
    "defendant": R.DEFENDANT,
    "petitioner": R.PETITIONER,
    "respondent": R.RESPONDENT,
    "appellant": R.APPELLANT,
    "appellee": R.APPELLEE,
    "intervenor": R.INTERVENOR,
    "amicus": R.AMICUS,
    "amici": R.AMICUS,
}


# The words that start the alternatives of :func:`_patterns`.  A role word may also
# follow "the" ("the plaintiffs"); "behalf" counts only after "on"; "was", "were" and
# "been" count only before "filed" or "brought", and are looked for there.
_ANCHOR_WORDS = """sues sued suing suit suits filed brought launched initiated lawsuit lawsuits
    complaint complaints challenge challenges petition petitions case cases action actions
    claim claims request requests motion motions bid bids injunction injunctions appealed
    friend-of-the-court intervene intervened intervenes intervening intervention named names naming
    behalf joined join lawyer Lawyer attorney Attorney counsel Counsel asked urged
    petitioned challenged charged indicted""".split()
_PASSIVE = ("was", "were", "been")
# Words before "named" that make its object the side sued ("The suit named X").
_NAMERS = (
    "suit",
    "lawsuit",
    "complaint",
    "petition",
    "suits",
    "lawsuits",
    "complaints",
    "both",
    "Both",
    "They",
    "they",
    "also",
)
_COUNSEL_OF = re.compile(
    r"\b(?:[Ll]awyers|[Aa]ttorneys|[Cc]ounsel)\s+(?:with|from|at)\s+(?:the\s+)?$"
)
_PASSIVE_SUED = (*_PASSIVE, "being", "is", "are")
_BY = re.compile(r"\s+(?:(?:in|on|last|earlier)\s+[\w.]+(?:\s+\d+)?,?\s+)?by\s+")
_ROLE_FORMS = frozenset(
    form
    for role in (*_ROLE_WORD, *(f"{r}s" for r in _ROLE_WORD if not r.startswith("amic")))
    for form in (role, role.capitalize())
)
# Letters the anchor scans stop at, rare enough that the regex engine skips most of the
# text in its fast first-character loop ("initiated", without one, is found by str.find).
_ENTRY_LETTERS = "cfupmbPv"


def _leaf(word: str) -> str:
    """The end of ``word``, then a look back for all of it and a word boundary before it,
    then a look ahead for what must follow it (:func:`_anchor_tail`)."""
    tail = _anchor_tail(word)
    return rf"\b(?<={re.escape(word)})(?<!\w{'.' * len(word)})" + (f"(?={tail})" if tail else "")


def _anchor_tail(word: str) -> str:
    """What must follow ``word`` for an alternative of :func:`_patterns` to match from it
    ("" when that takes more than a look ahead)."""
    if re.fullmatch(_SUIT, word):
        return rf"{_BY_TAIL}|\s+by\b|{_AGAINST_TAIL}"
    if word == "challenged":
        return r"\s+by\s"
    return ""


def _branches(items: list[tuple[str, str]]) -> str:
    """A regex for ``(rest, leaf)`` pairs: ``rest`` then ``leaf``, with the rests factored
    by first letters (a trie), so that a position fails at its first unexpected letter."""
    heads: dict[str, list[tuple[str, str]]] = {}
    leaves = []
    for rest, leaf in items:
        if rest:
            heads.setdefault(rest[0], []).append((rest[1:], leaf))
        else:
            leaves.append(leaf)
    parts = [re.escape(head) + _branches(sub) for head, sub in heads.items()] + leaves
    return parts[0] if len(parts) == 1 and not leaves else f"(?:{'|'.join(parts)})"


# A word looked for with ``str.find``, with the words found from it: each with the offset
# of the looked-for part in it ("ttorney" finds "attorney" and "Attorney" at offset 1).
_Needle = tuple[str, tuple[tuple[str, int], ...]]


@functools.cache
def _anchor_res() -> tuple[list[re.Pattern[str]], tuple[_Needle, ...]]:
    """Scans for anchor words (and role words).  Each of the first ones finds them at one
    letter of :data:`_ENTRY_LETTERS` inside them: it starts with that letter, so the
    engine tries it only there, and what comes before the letter is checked by a look
    back at the end of the word.  The words without such a letter come second (looked
    for with ``str.find``, one scan of the text for all forms of a word: see
    :func:`_needles`)."""
    by_entry: dict[str, list[tuple[str, str]]] = {}
    others = []
    for word in sorted({*_ANCHOR_WORDS, *_ROLE_FORMS}):
        i = next((k for k, c in enumerate(word) if c in _ENTRY_LETTERS), -1)
        if i < 0:
            others.append(word)
        else:
            by_entry.setdefault(word[i], []).append((word[i + 1 :], _leaf(word)))
    return (
        [re.compile(re.escape(c) + _branches(items)) for c, items in by_entry.items()],
        _needles(others),
    )


def _needles(words: list[str]) -> tuple[_Needle, ...]:
    """``words`` grouped by what one ``str.find`` scan may look for: the word without its
    first letter when it comes both capitalized and not ("awyer" for "lawyer" and
    "Lawyer"), and a word that another one begins with for both ("join", "joined")."""
    parts = {
        w: w[1:] if w[:1].lower() + w[1:] in words and w[:1].upper() + w[1:] in words else w
        for w in words
    }
    needles = {
        p for p in parts.values() if not any(p != q and p.startswith(q) for q in parts.values())
    }
    groups: dict[str, list[tuple[str, int]]] = {}
    for word, part in parts.items():
        needle = next(n for n in needles if part.startswith(n))
        groups.setdefault(needle, []).append((word, word.index(part)))
    return tuple((needle, tuple(found)) for needle, found in sorted(groups.items()))


def _is_word(c: str) -> bool:
    """True if the character ``c`` is one ``\\w`` matches."""
    return c.isalnum() or c == "_"


def _space_before(text: str, pos: int, floor: int = 0) -> int:
    """Start of the white space that ends at ``pos`` (from ``floor`` on); -1 if none does."""
    k = pos
    while k > floor and text[k - 1].isspace():
        k -= 1
    return k if k < pos else -1


def _word_before(text: str, pos: int, words: tuple[str, ...], floor: int = 0) -> int:
    """Start of the first of ``words`` that stands, at a word boundary and with white
    space, right before ``pos`` (from ``floor`` on, where the text counts as starting);
    -1 if none does."""
    k = _space_before(text, pos, floor)
    if k < 0:
        return -1
    for word in words:
        s = k - len(word)
        if s >= floor and text.startswith(word, s) and not (s > floor and _is_word(text[s - 1])):
            return s
    return -1


def _anchor_starts(text: str) -> list[int]:
    """Where the alternatives of :func:`_patterns` may start, in order: the start of each
    anchor word, of "the" before a role word ("the plaintiffs"), of "on behalf", of "was"
    before "filed", and each comma before "the plaintiff" and the like.  Each is read with
    ``_patterns().match``; words that no alternative could start from (most "case" and
    "claims", by :func:`_anchor_tail`) are left out.

    These are where a left-to-right scan for the whole phrases (with "..., the" among
    them) finds them: after such a comma, a role word has its own start, as the comma
    takes the "the"; after any other "the", the role word has none."""
    entries, needles = _anchor_res()
    out: list[int] = []
    for needle, words in needles:
        at = text.find(needle)
        while at >= 0:
            for word, offset in words:
                start = at - offset
                if start < 0 or not text.startswith(word, start):
                    continue
                end = start + len(word)
                if word in _COUNSEL_WORDS and text.startswith("s", end):
                    end += 1  # "lawyers"
                if not (start and _is_word(text[start - 1])) and not (
                    end < len(text) and _is_word(text[end])
                ):
                    out += _other_anchor(text, word, start, end)
            at = text.find(needle, at + 1)
    for m in itertools.chain.from_iterable(e.finditer(text) for e in entries):
        start = m.start()
        while start and text[start - 1] in _ASCII_LETTERS:
            start -= 1  # the look back checked the letters before the entry letter
        word = text[start : m.end()]
        if word in _ROLE_FORMS:
            if word in _ROLE_AFTER_FORMS:
                comma = _comma_before(text, start)
                if comma >= 0:
                    out.append(comma)
                be = _be_before(text, start)
                if be >= 0:
                    out.append(be)
            the = _word_before(text, start, ("the", "The"))
            comma = _space_before(text, the) if the >= 0 and text[the] == "t" else -1
            if the >= 0 and not (comma > 0 and text[comma - 1] == ","):
                start = the
        elif word == "behalf":
            start = _word_before(text, start, ("on",))
            if start < 0:
                continue
        elif word in ("filed", "brought"):
            passive = _word_before(text, start, _PASSIVE)
            if passive >= 0:
                out.append(passive)
        out.append(start)
    out.sort()
    return out


_COUNSEL_WORDS = frozenset("lawyer Lawyer attorney Attorney".split())
_ASKS = frozenset("asked urged petitioned".split())
_JOINED_NEXT = (" the ", " their ", " its ", " a ", " as ")


def _other_anchor(text: str, word: str, start: int, end: int) -> list[int]:
    """Where an alternative of :func:`_patterns` may start at the anchor word ``word``
    (found by ``str.find`` at ``start:end``): its start, or where a quick look at what
    stands around it shows a pattern can match there ("Ana Ruiz's lawyer", "lawyers
    for", "asked the appeals court", "joined the suit")."""
    if word in _COUNSEL_WORDS:
        out = [start - 3] if text[start - 3 : start - 1] in ("'s", "’s") else []
        return [*out, start] if text.startswith(" for ", end) else out
    if word in _ASKS:
        return [start] if text.find("ourt", end, end + 60) >= 0 else []
    if word == "joined":
        return [start] if text.startswith(_JOINED_NEXT, end) else []
    if word == "join":  # "was allowed to join the case": only after a permission
        allowed = _ALLOWED_TO.search(text, max(0, start - 40), start)
        return [start] if allowed and text.startswith(_JOINED_NEXT, end) else []
    return [start]


# "X was allowed to join the case": a court let X in, as an intervenor
_ALLOWED_TO = re.compile(
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:allowed|permitted|cleared"
    r"|given\s+permission|granted\s+(?:leave|permission))\s+to\s+$"
)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _comma_before(text: str, pos: int) -> int:
    """Position of the comma of ", the", ", a", ", an" or ", one of the" right before
    ``pos`` (with white space between the words); -1 if there is none."""
    det = _word_before(text, pos, ("the", "an", "a"))
    if det < 0:
        return -1
    if text.startswith("the", det):
        of = _word_before(text, det, ("of",))
        one = _word_before(text, of, ("one",)) if of >= 0 else -1
        comma = _comma_before_word(text, one) if one >= 0 else -1
        if comma >= 0:
            return comma
    return _comma_before_word(text, det)


_BE = ("is", "was", "are", "were")


def _be_before(text: str, pos: int) -> int:
    """Start of the "is"/"was" of "is the", "was one of the" right before ``pos``; -1 if
    there is none."""
    the = _word_before(text, pos, ("the",))
    if the < 0:
        return -1
    of = _word_before(text, the, ("of",))
    one = _word_before(text, of, ("one",)) if of >= 0 else -1
    return _word_before(text, one if one >= 0 else the, _BE)


def _comma_before_word(text: str, pos: int) -> int:
    """Position of a comma followed by white space up to ``pos``; -1 if there is none."""
    k = _space_before(text, pos)
    return k - 1 if k > 0 and text[k - 1] == "," else -1


_SUIT = (
    r"(?:lawsuit|suit|complaint|challenge|petition|case|action|claims?|request|motion|bid"
    r"|injunction)s?"
)
# What must follow the first word of some alternatives of :func:`_patterns`; the anchor
# scan checks the tails after "lawsuit", "case" and the like too (:func:`_anchor_tail`),
# so that it passes over the many that start none.
# (the words between name no other suit: "the motion to dismiss in the suit brought by A"
# is A's suit, not A's motion; the later noun starts its own anchor)
_BY_TAIL = (
    r",?\s+(?:(?!(?:lawsuit|suit|complaint|case|action|petition)s?\s)[\w-]+\s+){0,5}?"
    r"(?:filed|brought|initiated|made|sought|led)"
    r"(?:\s+(?:in|on|last|earlier)\s+[\w.]+(?:\s+[\w.]+)?)?\s+by\b"
)
_FILED_BY_TAIL = r"\s+(?:filed|brought)\s+by\b"
_AGAINST_TAIL = r"\s+(?:[\w-]+\s+){0,2}?against\b"
# The role words of "Ana Ruiz, the plaintiff," and the like (the alternative "roleafter").
_ROLE_AFTER_FORMS = frozenset(
    f"{role}{s}"
    for role in "plaintiff defendant petitioner respondent appellant appellee intervenor".split()
    for s in ("", "s")
)
_JOINED_AS = r"(?:an?\s+)?(?:co-)?(?P<rw3>plaintiff|defendant|petitioner|respondent|intervenor)s?\b"
_ROLE_AFTER = (
    r",\s+(?:the|a|an|one\s+of\s+the)\s+(?P<rw2>plaintiff|defendant|petitioner"
    r"|respondent|appellant|appellee|intervenor)s?\b"
)


# "Ana Ruiz is the appellee", "The state was the petitioner": a role stated outright
_ROLE_BE = (
    r"\b(?:is|was|are|were)\s+(?:the|one\s+of\s+the)\s+(?P<rw5>plaintiff|defendant|petitioner"
    r"|respondent|appellant|appellee|intervenor)s?\b(?!['’])"
)


@functools.cache
def _patterns() -> re.Pattern[str]:
    # the lookahead lets the engine skip, at one character test, positions where no
    # alternative can start (the first letters of every alternative below)
    return re.compile(
        rf"(?:(?P<sued>\b(?:sued|sues|suing)\b)"
        rf"|(?P<filed>\b(?:filed|brought|launched|initiated)\s+(?:(?:a|an|the|their|its|his|her)"
        rf"\s+)?(?:[\w-]+\s+){{0,3}}?(?:lawsuit|suit|complaint|challenge|petition|case"
        rf"|special\s+action)s?\b)"
        rf"|(?P<appealed>\bappealed\b)"
        rf"|(?P<by>\b{_SUIT}{_BY_TAIL}"
        rf"|\b(?:was|were|been){_FILED_BY_TAIL}"
        rf"|\b(?:motion|request|bid|lawsuit|suit|complaint|petition)s?\s+by\b)"
        rf"|(?P<against>\b(?:{_SUIT}|brought|filed){_AGAINST_TAIL})"
        rf"|(?P<challenged>\bchallenged\s+by\s)"
        rf"|(?P<charged>\b(?:charged|indicted)\b)"
        rf"|(?P<behalf>\bon\s+behalf\s+of\b)"
        rf"|(?P<hiscounsel>['’]s\s+(?:lawyers?|attorneys?)\b)"
        rf"|(?P<askedcourt>\b(?:asked|urged|petitioned)\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){{0,3}}?"
        rf"(?:[Aa]ppeals|[Aa]ppellate|[Ss]upreme|[Hh]igh|[Hh]igher)\s+[Cc]ourt\s+to\s+"
        rf"(?:overturn|reverse|revive"
        rf"|reinstate|vacate|throw\s+out|set\s+aside|undo|toss|(?P<review>review))\b)"
        rf"|(?P<counsel>\b(?:[Ll]awyers?|[Aa]ttorneys?|[Cc]ounsel)\s+for\s+(?=(?:the\s+)?[A-Z]))"
        rf"|(?P<joined>\bjoined\s+(?:(?:the|their|its|a)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:lawsuit|suit|case|challenge|complaint|litigation)\b(?:\s+as\s+{_JOINED_AS})?"
        rf"|as\s+{_JOINED_AS.replace('rw3', 'rw4')}))"
        rf"|(?P<joinallowed>\bjoin\s+(?:the|their|its|a)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:lawsuit|suit|case|challenge|litigation)\b)"
        rf"|(?P<named>\bnam(?:ed|es|ing)\b)"
        rf"|(?P<roleword>\b(?:[Tt]he\s+)?(?P<rw>[Pp]laintiff|[Dd]efendant|[Pp]etitioner"
        rf"|[Rr]espondent|[Aa]ppellant|[Aa]ppellee|[Ii]ntervenor|[Aa]micus|[Aa]mici)s?(?:\s+in\s+the\s+case)?\s*(?:,\s*|[—–]\s*|\s+)"
        rf"(?:(?:include|includes|included|are|were)\s+"
        rf"(?=(?:(?!not\s|[a-z]+(?:ed|ing)\s)[a-z][\w-]*\s+){{0,4}}[A-Z])"
        rf"|(?=(?:including|such\s+as|led\s+by|among\s+them)\s|(?:the\s+)?[A-Z])))"
        rf"|(?P<roleafter>{_ROLE_AFTER})"
        rf"|(?P<rolebe>{_ROLE_BE})"
        rf"|(?P<brief>\b(?:amicus|friend-of-the-court)\b|\bfiled\s+(?:[\w-]+\s+){{0,2}}?briefs?\b"
        rf"|\bfiled\s+one\s+(?:on\s+\S+['’]s?\s+side|supporting|backing)\b)"
        rf"|(?P<intervene>\binterven(?:ed|ing|es|e)\b))"
    )


def _word_pattern(words: list[str], end: str = r"\b") -> str:
    """``\\b(?:words)\\b`` for ``words`` (regexes) that start with a capital letter, written
    so that the engine tries it only at those letters: the letter first, then a look back
    for the word boundary before it; ``end`` closes each word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(rests)}){end}" for c, rests in groups.items())


_GOVERNMENT = re.compile(
    _word_pattern(
        r"""Department Dept\. Agency Administration Bureau Office Commission Service Board
        Authority United\s+States U\.S\. State\s+of City\s+of County Commonwealth Government
        Congress Senate Ministry Police Sheriff Township Village Town\s+of District""".split()
    )
)
_AGENCY = re.compile(r"^(?:EPA|FDA|FBI|IRS|DHS|ICE|FTC|SEC|FCC|NLRB|OPM|DOJ|HHS|CDC|NIH|USDA)$")
_ORGANIZATION = re.compile(
    _word_pattern(
        r"""Inc\.? LLC Corp\.? Co\. Company Association Union Cent(?:er|re) Council Group
        Foundation Coalition Committee Institute Society League Network Project Alliance Fund
        Church University College Trust Partners Holdings Bank News Times Organization
        Federation Guild Clinic Hospital Club Press Media Labs? Technologies Systems Services
        Industries Enterprises International Corporation Order Caucus Party Campaign
        Initiative Action Watch Defense Rights Advocates Workers Employees Airlines
        Motors Cooperative Collaborative Collective""".split(),
        end=r"(?!\w)",  # ("Acme Co." at the end of the name too)
    )
)


def _government(name: str) -> bool:
    """True if ``name`` reads as a government body ("Department of Labor", "EPA")."""
    return bool(_GOVERNMENT.search(name) or _AGENCY.search(name))


_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming""".split()
) | {
    "new york",
    "new jersey",
    "new mexico",
    "new hampshire",
    "north carolina",
    "south carolina",
    "north dakota",
    "south dakota",
    "rhode island",
    "west virginia",
    "district of columbia",
}


def party_kind(name: str, persons: frozenset[str] = frozenset()) -> PartyKind:
    """Person, organization or government, from the words of the name.

    >>> party_kind("Department of Labor").value, party_kind("Acme Widgets Inc.").value
    ('government', 'organization')
    """
    if name.casefold() in _STATES or _government(name):
        return PartyKind.GOVERNMENT
    if _ORGANIZATION.search(name):
        return PartyKind.ORGANIZATION
    words = name.split()
    if name in persons or (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return PartyKind.PERSON
    return PartyKind.ORGANIZATION


_GENERIC = re.compile(
    r"\b(?:administration|officials?|government's|lawyers?|attorneys?|groups?|residents|"
    r"employees|workers|drivers|plaintiffs|defendants|prosecutors|parents)$"
    r"|^(?:[Pp]rosecutors|[Pp]arents|[Oo]fficials|[Ll]awyers|[Aa]ttorneys)$"
)
_GENERIC_LONGEST = len("administration")  # a match starts this far from the end at most


def find_parties(
    text: str,
    document: str,
    *,
    view: TextView | None = None,
    caption: Caption | None = None,
    caption_roles: tuple[PartyRole, PartyRole] = (R.PLAINTIFF, R.DEFENDANT),
    fullest: Callable[[str], str] | None = None,
) -> tuple[Party, ...]:
    """The parties named in ``text``, with roles, kinds and full names."""
    view = view or TextView(text)
    found: list[tuple[int, int, PartyRole, int]] = []  # start, end, role, priority

    weak: set[tuple[int, int]] = set()  # names whose role is a guess ("a motion by X")

    def add(
        spans: list[tuple[int, int]], role: PartyRole, priority: int = 2, guess: bool = False
    ) -> None:
        for s, e in spans:
            if not view.in_quotes(s):
                found.append((s, e, role, priority))
                if guess:
                    weak.add((s, e))
        if spans:  # "A and three residents, including B": B too
            end = spans[-1][1]
            sentence = view.sentence_at(end)
            stop = min(sentence.end if sentence else end, end + 150)
            more = (
                _MORE.search(text, end, stop)
                if text.find("including", end, stop) >= 0 or text.find("among", end, stop) >= 0
                else None
            )
            if more and not re.search(r"\b(?:against|by|v\.)(?!\w)", text[end : more.start()]):
                for s, e in _entity_list(text, more.end(), stop):
                    found.append((s, e, role, priority))

    pattern = _patterns()
    # where the names of lawyers' clients stand: (before?, position, sentence bound);
    # "lawyers for X" (after), "X's lawyer" (before)
    counsel: list[tuple[bool, int, int]] = []
    last_end = 0
    for anchor in _anchor_starts(text):
        if anchor < last_end:
            continue
        sentence = view.sentence_at(anchor)
        if sentence is None or not sentence.prose:
            continue
        s0, s1 = sentence.start, sentence.end
        m = pattern.match(text, anchor, s1)
        if m is None:
            continue
        last_end = m.end()
        kind = m.lastgroup  # the alternative that matched
        if kind == "sued":
            passive = _word_before(text, m.start(), _PASSIVE_SUED, s0)
            by = _BY.match(text, m.end(), s1) if passive >= 0 else None
            if by is not None:  # "Acme was sued by Ana Ruiz"
                add(_entity_before(text, passive, s0), R.DEFENDANT)
                add(_entity_list(text, by.end(), s1, skip=_DETERMINERS), R.PLAINTIFF)
            else:
                add(_entity_before(text, m.start(), s0), R.PLAINTIFF)
                add(_defendants(text, m.end(), s1), R.DEFENDANT)
        elif kind == "filed":
            filers = _entity_before(text, m.start(), s0)
            # "Acme filed its petition": petitioner (a debtor's, a habeas petitioner's)
            filer = R.PETITIONER if m.group().endswith(("petition", "petitions")) else R.PLAINTIFF
            if not (filers and _COUNSEL_OF.search(text, max(s0, filers[0][0] - 30), filers[0][0])):
                add(filers, filer)  # not "Lawyers with the Acme Law Center filed
            add(_against(text, m.end(), s1, reach=30), R.DEFENDANT)
        elif kind == "appealed":
            if _word_before(text, m.start(), _MODALS, s0) < 0:
                add(_entity_before(text, m.start(), s0), R.APPELLANT, 0)
        elif kind == "by":
            head = m.group().casefold()
            role = (
                R.APPELLANT
                if "appeal" in head
                else R.PETITIONER
                if head.startswith("petition")
                else R.DEFENDANT
                if _DEFENSE_MOTION.search(head)
                else R.PLAINTIFF
            )
            # "a lawsuit by A": A follows at once ("a lawsuit by descendants of ..." names none)
            # ("an injunction sought by A": A at once, not "... by organizers challenging A")
            bare = (
                head.split()[1:] == ["by"] or head.startswith("injunction")
            ) and not _MOTION_BY.match(head)
            ents = _entity_list(text, m.end(), s1, skip=_DETERMINERS if bare else None)
            if _MOTION_BY.match(head):
                dismiss = ents and _TO_DISMISS.match(text, ents[-1][1], s1)
                ents = ents if dismiss else []
                role = R.DEFENDANT
            # "a motion to suppress filed by X": X's side is a guess
            add(ents, role, guess=head.startswith(("motion", "request", "bid", "injunction")))
            # "filed by A against B"; "filed by a union against B"
            sued = R.RESPONDENT if role is R.PETITIONER else R.DEFENDANT
            add(
                _against(text, ents[-1][1] if ents else m.end(), s1, reach=1000 if ents else 60),
                sued,
            )
        elif kind == "against":
            ents = _defendants(text, m.end(), s1)
            add(ents, R.DEFENDANT)
            if ents and text.find("by", ents[-1][1], s1) >= 0:
                by = re.match(r"\s*(?:and\s+[^.]{0,60}?)?\s+by\b", text[ents[-1][1] : s1])
                if by:
                    add(_entity_list(text, ents[-1][1] + by.end(), s1), R.PLAINTIFF)
        elif kind == "named":  # "The suit named X and Y as defendants"
            passive = _word_before(text, m.start(), _PASSIVE_SUED, s0)
            named_as = _NAMED_AS.match(text, m.end(), s1) if passive >= 0 else None
            if named_as:  # "Acme is named as a nominal defendant"
                as_role = R.RESPONDENT if named_as.group("as") == "respondent" else R.DEFENDANT
                add(_entity_before(text, passive, s0), as_role)
                continue
            ents = _entity_list(text, m.end(), s1, skip=_DETERMINERS)
            named = _AS_DEFENDANTS.match(text, ents[-1][1], s1) if ents else None
            if named:
                add(ents, R.RESPONDENT if named.group("as") == "respondent" else R.DEFENDANT)
            elif _word_before(text, m.start(), _NAMERS, s0) >= 0:  # "The suit named X"
                add(_defendants(text, m.end(), s1), R.DEFENDANT)
        elif kind == "counsel":  # "lawyers for X argued": X's side is settled below
            counsel.append((False, m.end(), s1))
        elif kind == "hiscounsel":  # "Ana Ruiz's lawyer": the same
            counsel.append((True, m.start(), s0))
        elif kind == "askedcourt":  # "Acme asked the appeals court to overturn ..."
            # ("... asked the high court to review the case": a petition for review)
            review = m.group("review") is not None
            asker = R.PETITIONER if review else R.APPELLANT
            add(_subject_before(text, m.start(), s0, caption), asker, 2 if review else 0)
        elif kind == "joined":  # "B and C later joined the suit (as plaintiffs)"
            joined = m.group("rw3") or m.group("rw4")
            add(_entity_before(text, m.start(), s0), _ROLE_WORD[joined] if joined else R.PLAINTIFF)
        elif kind == "joinallowed":  # "X, a gun-safety group, was allowed to join the case"
            allowed = _ALLOWED_TO.search(text, max(s0, m.start() - 40), m.start())
            if allowed is not None:
                add(_entity_before(text, allowed.start(), s0), R.INTERVENOR)
        elif kind == "challenged":  # "The rule was challenged by A and B"
            ents = _entity_list(text, m.end(), s1, skip=_DETERMINERS)
            add(ents, R.PLAINTIFF)
            if ents:
                add(_against(text, ents[-1][1], s1, reach=30), R.DEFENDANT)
        elif kind == "charged":  # the accused of a prosecution, below every other mention
            add(_accused(text, m, s0, s1), R.DEFENDANT, -1)
        elif kind == "behalf":
            ents = _entity_list(text, m.end(), s1)
            by = None if ents else _BEHALF_BY.match(text, m.end(), s1)
            if by is not None:  # "filed on behalf of local customers by A and B"
                ents = _entity_list(text, by.end(), s1, skip=_DETERMINERS)
            add(ents, R.PLAINTIFF)
            if ents:  # "on behalf of A against B"
                add(_against(text, ents[-1][1], s1, reach=30), R.DEFENDANT)
        elif kind == "roleword":
            stated_names = _entity_list(text, m.end(), s1)[:4]
            # ("a lawyer for the defendants, Ana Ruiz": she is counsel, not a side; but
            # "counsel for the appellee, Acme": Acme is the appellee)
            if _COUNSEL_FOR.search(text, max(s0, m.start() - 30), m.start()) is None or not (
                text.startswith("s", m.end("rw"))
                or any(_lawyer(text[start:stop]) for start, stop in stated_names)
            ):
                add(stated_names, _ROLE_WORD[m.group("rw").casefold()], 3)
        elif kind == "roleafter":
            role = _ROLE_WORD[m.group("rw2").casefold()]
            add(_subject_before(text, m.start(), s0, caption), role, 3)
        elif kind == "rolebe":  # "Ana Ruiz is the appellee"
            role = _ROLE_WORD[m.group("rw5").casefold()]
            add(_subject_before(text, m.start(), s0, caption), role, 3)
        else:  # "brief" or "intervene"
            role = R.AMICUS if kind == "brief" else R.INTERVENOR
            body = text[s0:s1]
            inc = re.search(r"\b(?:including|such\s+as|led\s+by|among\s+them|by)\s+", body)
            listed = _entity_list(text, s0 + inc.end(), s1) if inc else []
            # ("X, which intervened, won the election by 25 votes": X)
            add(listed or _entity_before(text, m.start(), s0) or _backer(text, s0, m.start()), role)
    if caption is not None and caption.adversarial:
        stated = [f for f in found if (f[0], f[1]) not in weak]
        caption_roles = _oriented(text, stated, caption, caption_roles)
        c0 = caption.start
        c1 = c0 + len(caption.first)
        rel = caption.first.find(" ex rel. ")
        # "United States ex rel. Harmon": the relator brings the case in the government's name
        found.append((c0 + rel + 8 if rel > 0 else c0, c1, caption_roles[0], 1))
        c2 = text.find(caption.second, c1)
        if c2 >= 0:
            found.append((c2, c2 + len(caption.second), caption_roles[1], 1))
        for side, role in zip((caption.first, caption.second), caption_roles, strict=True):
            state_form = _with_state(text, side)
            if state_form is not None:  # "Department of Corrections": the Washington one
                found.append((*state_form, role, 1))
        full = _sovereign_in_full(text, caption.first)
        if full is not None:  # "People v. Ruiz", "the People of the State of Michigan"
            found.append((full[0], full[1], caption_roles[0], 1))
    other = _other_side({role for _, _, role, _ in found})
    if counsel and other is not None:  # the names of the clients, looked for only now
        add([span for place in counsel for span in _client(text, *place)], other, 0)
    sides = frozenset((s, e) for s, e, _, priority in found if priority == 1)
    return _assemble(text, document, found, fullest or (lambda name: name), sides)


_SOVEREIGN_WORDS = frozenset("state commonwealth people government".split())


def _subject_before(
    text: str, pos: int, floor: int, caption: Caption | None
) -> list[tuple[int, int]]:
    """The name ending just before ``pos`` (:func:`_entity_before`), or the side "the state"
    or "the department" there stands for: the caption's sovereign ("State v. Ruiz"), or
    the department the text named before."""
    found = _entity_before(text, pos, floor)
    if len(found) == 1:  # "The county and Ana Ruiz, the appellants": the county too
        body = _THE_BODY_AND.search(text, max(floor, found[0][0] - 30), found[0][0])
        referent = _referent(text, body.group(1).casefold(), body.start()) if body else None
        if referent is not None:
            return [referent, *found]
    if found:
        return found
    m = _THE_BODY.search(text, max(floor, pos - 40), pos)
    if m is None:
        return []
    noun = m.group(1).casefold()
    if noun in _SOVEREIGN_WORDS:
        if caption is not None and caption.first.casefold() in _SOVEREIGN_WORDS:
            return [(caption.start, caption.start + len(caption.first))]
        return []
    referent = _referent(text, noun, m.start())
    return [referent] if referent is not None else []


# "The state was the petitioner", "the department, the respondent,": the subject before
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(state|commonwealth|people|government|department|agency|commission|board"
    r"|city|county|district|authority|bureau|administration|office|council|university"
    r"|college|company)(?:\s*,)?(?:\s+(?:has|have|had|also|then|later|first))*\s*$"
)


# "petitioner", "Respondent", "appellants": the text names the sides' roles on review
_ROLE_TERMS = ("etitioner", "espondent", "ppellant", "ppellee")


# "the county and" before a name: the body the text named before is one side with it
_THE_BODY_AND = re.compile(
    r"\b[Tt]he\s+(department|agency|commission|board|city|county|district|authority|bureau"
    r"|administration|office|council|university|college|company)\s+and\s+$"
)


def _oriented(
    text: str,
    found: list[tuple[int, int, PartyRole, int]],
    caption: Caption,
    roles: tuple[PartyRole, PartyRole],
) -> tuple[PartyRole, PartyRole]:
    """The roles of the caption's sides as the text states them: a side the text says
    sued, was sued or is the petitioner (its highest-priority mention) takes that role,
    and a side the text says nothing of the opposite one, whatever the caption's order
    ("Department of Education v. Union" at the Supreme Court, where the union sued);
    ``roles`` (by the caption's order) when the text says nothing of either side, or
    names the sides' roles on review while only saying who sued."""
    sides = [_key(caption.first).split(), _key(caption.second).split()]
    best: list[tuple[int, PartyRole] | None] = [None, None]
    for s, e, role, priority in found:
        words = _key(_untitled(clean_entity(text[s:e]))).split()
        for n, side in enumerate(sides):
            if words and side and _same(" ".join(words), words, " ".join(side), side):
                had = best[n]
                if had is None or priority > had[0]:
                    best[n] = (priority, role)
                break
    stated = [b for b in best if b is not None and b[0] >= 2 and b[1] in _OPPOSITE]
    if not stated:
        return roles
    _, role = max(stated, key=lambda b: b[0])
    if role in (R.PLAINTIFF, R.DEFENDANT) and (
        roles[0] not in (R.PLAINTIFF, R.PETITIONER) or any(t in text for t in _ROLE_TERMS)
    ):
        return roles  # (an appeal of a prosecution: appellee and appellant stay)
    out = list(roles)
    for n, b in enumerate(best):
        if b is not None and b[0] >= 2 and b[1] in _OPPOSITE:
            out[n] = b[1]
        elif b is None:
            other = best[1 - n]
            out[n] = (
                _OPPOSITE[other[1]] if other is not None and other[1] in _OPPOSITE else roles[n]
            )
    return out[0], out[1]


def _client(text: str, before: bool, pos: int, bound: int) -> list[tuple[int, int]]:
    """The name of a lawyer's client ("Ana Ruiz's lawyer": before ``pos``, from ``bound``
    on; "lawyers for Ana Ruiz": after ``pos``, up to ``bound``), or none."""
    if before:
        return _entity_before(text, pos, bound)[:1]
    return _entity_list(text, pos, bound, skip=_DETERMINERS)[:1]


_OPPOSITE = {
    R.PLAINTIFF: R.DEFENDANT,
    R.DEFENDANT: R.PLAINTIFF,
    R.PETITIONER: R.RESPONDENT,
    R.RESPONDENT: R.PETITIONER,
    R.APPELLANT: R.APPELLEE,
    R.APPELLEE: R.APPELLANT,
}


_SOVEREIGN_FORMS = {
    "People": "People of the State of ",
    "State": "State of ",
    "Commonwealth": "Commonwealth of ",
}


def _with_state(text: str, side: str) -> tuple[int, int] | None:
    """Where the text names a caption's agency ("Department of Corrections") with its
    state in front ("the Washington Department of Corrections"); None if it does not."""
    if side.split()[0].casefold() not in _BODY_HEADS:
        return None
    i = text.find(" " + side)
    while i >= 0:
        words = text[max(0, i - 20) : i].split()
        for n in (2, 1):
            state = " ".join(words[-n:])
            if len(words) >= n and state.istitle() and state.casefold() in _STATES:
                return i - len(state), i + 1 + len(side)
        i = text.find(" " + side, i + 1)
    return None


def _sovereign_in_full(text: str, short: str) -> tuple[int, int] | None:
    """Where the text names the prosecuting sovereign of a caption ("People", "State",
    "Commonwealth") in full, with its state ("the Commonwealth of Pennsylvania"); None if
    it does not."""
    form = _SOVEREIGN_FORMS.get(short)
    if form is None:
        return None
    i = text.find(form)
    while i >= 0:
        start = i + len(form)
        words = text[start : start + 40].split()[:3]
        for n in (3, 2, 1):
            state = " ".join(words[:n]).rstrip(".,;:’'")
            if len(words) >= n and state[:1].isupper() and state.casefold() in _STATES:
                return i, start + len(state)
        i = text.find(form, start)
    return None


def _other_side(roles: set[PartyRole]) -> PartyRole | None:
    """The role of the side not yet named, when the names found so far (``roles``) all
    stand on one side; else None."""
    sides = roles & _OPPOSITE.keys()
    if len(sides) != 1:
        return None
    (side,) = sides
    return _OPPOSITE[side]


def _assemble(
    text: str,
    document: str,
    found: list[tuple[int, int, PartyRole, int]],
    fullest: Callable[[str], str],
    sides: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[Party, ...]:
    """The parties of the names ``found`` (start, end, role, priority): generic and
    titled names cleaned up, short names completed, the same party's names merged (the
    role of its highest-priority mention wins), in the order of their first mention.
    ``sides``: the spans of the caption's sides ("State" is a party there)."""
    parties: dict[str, tuple[int, str, PartyRole, list[tuple[int, int]]]] = {}
    key_words: list[tuple[str, list[str]]] = []  # the keys of ``parties``, split
    for s, e, role, priority, raw in _named(text, sorted(found, key=_by_priority)):
        if (
            not raw
            or _generic(raw)
            or (priority != 1 and raw.casefold() in _NOT_PARTY and (s, e) not in sides)
        ):
            continue
        words = _without_home(text, _untitled(raw)).split()
        if words[-1].casefold() in _STREETS:
            continue  # "Memorial Boulevard": a place
        name = " ".join(words)
        shared = _SHARED_SURNAME.match(text, e) if len(words) == 1 else None
        if shared and _given_names(words[0], shared.group(1), shared.group(2)):
            name = f"{words[0]} {shared.group(2)}"  # "Kevin and Alicia Dunmore"
            e = shared.end()
        elif len(words) <= 2:
            full = fullest(name)  # (the name is already untitled)
            name = _untitled(full) if full != name else _company_in_full(text, name)
        if _ACRONYM.fullmatch(name):
            name = spell_out(text, name) or name
        key = _key(name)
        split = key.split()
        match = next((k for k, wk in key_words if _same(k, wk, key, split)), None)
        if match is None:
            parties[key] = (priority, name, role, [(s, e)])
            key_words.append((key, split))
        else:
            p, n, r, spans = parties[match]
            spans.append((s, e))
            if len(name) > len(n) and (
                _key(n) in key or _content(_key(n).split()) == _content(split)
            ):
                parties[match] = (p, name, r, spans)
    persons: frozenset[str] = frozenset()
    out = []
    for _, name, role, found_spans in sorted(parties.values(), key=lambda p: min(p[3])[0]):
        spans = sorted(set(found_spans))  # a name may be found twice at one place
        out.append(
            Party(
                name=name,
                role=role,
                kind=party_kind(name, persons),
                provenance=tuple(Provenance.of(document, text, s, e) for s, e in spans),
            )
        )
    return tuple(out)


def _named(
    text: str, found: list[tuple[int, int, PartyRole, int]]
) -> Iterator[tuple[int, int, PartyRole, int, str]]:
    """Each name found with its text; "the Roes" stands for the persons of that family the
    text names ("Ann and Jo Roe"), each a name of its own."""
    for s, e, role, priority in found:
        raw = clean_entity(text[s:e])
        family = (
            _family(text, raw) if text.endswith("the ", 0, s) or text.endswith("The ", 0, s) else []
        )
        for name in family or [raw]:
            yield s, e, role, priority, name


def _family(text: str, word: str) -> list[str]:
    """The persons a plural surname ("Roes", "Joneses") stands for: "Ann and Jo
    Roe", else each "Given Roe" the text names; [] if it names none."""
    if not (len(word) > 3 and word.endswith("s") and word.isalpha() and word.istitle()):
        return []
    for surname in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        couple = re.search(rf"\b([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+{surname}\b", text)
        if couple and _given_names(couple.group(1), couple.group(2), surname):
            return [f"{couple.group(1)} {surname}", f"{couple.group(2)} {surname}"]
        given = dict.fromkeys(
            g
            for g in re.findall(rf"\b([A-Z][a-z]+)\s+{surname}\b", text)
            if g.casefold() not in _NOT_PARTY and g.casefold() not in _HEADS
        )
        if given:
            return [f"{g} {surname}" for g in given]
    return []


def _by_priority(found: tuple[int, int, PartyRole, int]) -> tuple[int, int]:
    """Sort key of a found name: highest priority first, then in text order."""
    return -found[3], found[0]


def _generic(raw: str) -> bool:
    """True for a generic name ("the plaintiffs' lawyers", "Officials")."""
    return _GENERIC.search(raw, max(0, len(raw) - _GENERIC_LONGEST)) is not None


def _untitled(raw: str) -> str:
    """A person's name without the title in front ("County Recorder Ana Ruiz" -> "Ana
    Ruiz"); other names as they are."""
    low = raw.casefold().split()
    if _HEADS.isdisjoint(low[:-1]):
        return raw
    if len(low) > 2 and low[1] == "of" and low[0] in _BODY_HEADS:
        return raw  # "Association of Teacher Preparation Programs": no title in it
    of = raw.find(" of ")
    if of > 0 and not _HEADS.isdisjoint(raw[:of].casefold().split()[:-1]):
        person = _untitled(raw[:of])  # "Warden Ana Ruiz of the Metropolitan Detention Center"
        if person != raw[:of]:
            return person
    words = (_parse_name(raw) or raw).split()
    heads = [k for k, w in enumerate(words[:-1]) if w.casefold() in _HEADS]
    rest = " ".join(words[heads[-1] + 1 :]) if heads else ""
    if heads and party_kind(rest) is PartyKind.PERSON:
        return rest
    return " ".join(words)


def _company_in_full(text: str, name: str) -> str:
    """A short company name in full when the text prints it so ("Bayou Crest" ->
    "Bayou Crest Hospitality LLC", "Calloway" -> "Calloway Therapeutics Inc."); else
    ``name`` (a state or an acronym of one word stays as it is)."""
    words = name.split()
    if not 1 <= len(words) <= 2 or words[-1].casefold() in _COMPANY:
        return name
    if len(words) == 1 and (not name.isalpha() or name.isupper() or name.casefold() in _STATES):
        return name
    fulls = set()  # (two different full forms: none is sure)
    i = text.find(name + " ")
    while i >= 0:
        m = _FULL_COMPANY.match(text, i + len(name))
        if m is not None and not (i and _is_word(text[i - 1])):
            fulls.add(name + m.group())
        i = text.find(name + " ", i + 1)
    return fulls.pop() if len(fulls) == 1 else name


# the rest of a company's name: up to three capitalized words, then the suffix
_FULL_COMPANY = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,3},?\s+(?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|Corp\.|Corp\b|Co\.|Ltd\."
    r"|LP\b|L\.P\.)"
)
_LOCALITY = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:County|Parish|Township|Borough)$")


def _without_home(text: str, name: str) -> str:
    """A person's name without the place after it ("Erik Halvorsen of Clark County" ->
    "Erik Halvorsen"), when the surname also stands alone in the text; other names
    ("Bank of America", "Little Sisters of the Poor" named so throughout) as they are."""
    of = name.find(" of ")
    if of < 0:
        return name
    person, home = name[:of], name[of + 4 :]
    words = person.split()
    if (
        not (2 <= len(words) <= 3)
        or not all(w.isalpha() or "-" in w for w in words)
        or party_kind(person) is not PartyKind.PERSON
        or not (home.casefold() in _STATES or _LOCALITY.search(home))
    ):
        return name
    surname = words[-1]
    i = text.find(surname)
    while i >= 0:
        after = text[i + len(surname) : i + len(surname) + 4]
        if (
            not (i and _is_word(text[i - 1]))
            and not after.startswith(" of")
            and not (after[:1].isalnum())
        ):
            return person
        i = text.find(surname, i + len(surname))
    return name


_STREETS = frozenset(
    "street st. avenue ave. boulevard blvd. road rd. highway drive lane parkway plaza".split()
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "Kevin and Alicia Dunmore" (not "Carrow and Helix Ledger Labs": no more name follows)
_SHARED_SURNAME = re.compile(
    r"\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b(?! +[A-Z])"
)
_PLACE_WORDS = frozenset("new north south east west san los las santa saint st fort port".split())


def _given_names(first: str, second: str, surname: str) -> bool:
    """True when "first and second surname" reads as two people sharing a surname."""
    return (
        first.istitle()
        and first.casefold() not in _STATES
        and second.casefold() not in _PLACE_WORDS
        and not _ORGANIZATION.search(surname)
        and not _government(surname)
        and party_kind(f"{first} {surname}") is PartyKind.PERSON
    )


_SMALL_WORDS = frozenset("of and for the on in to".split())


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _SMALL_WORDS)


def _key(name: str) -> str:
    """``name`` for comparing: lower case, without punctuation."""
    if not name.replace(" ", "").isalnum():  # else no character is punctuation
        name = _PUNCTUATION.sub("", name)
    return " ".join(name.casefold().split())


_PUNCTUATION = re.compile(r"[^\w\s]")


def _same(a: str, wa: list[str], b: str, wb: list[str]) -> bool:
    """True if the keys ``a`` and ``b`` (with words ``wa`` and ``wb``) name the same party:
    a surname, initials, the first words of a longer name, the same words in another
    order ("Education Department"), or the name with its state in front."""
    if a == b:
        return True
    if len(wa) == 1 and len(wb) > 2 and wa[0] == _initials(b):
        return True
    if len(wb) == 1 and len(wa) > 2 and wb[0] == _initials(a):
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        of = long_.index("of") if "of" in long_[2:] else 0
        return (
            short[0] == long_[-1]
            or (of > 0 and short[0] == long_[of - 1])  # "Corps", "Army Corps of Engineers"
            or (short[0] == long_[0] and len(long_) >= 3)
            or (short[0] == long_[0] and len(long_) > 1 and any(w in _COMPANY_KEYS for w in long_))
        )
    if (a if short is wa else b) in (b if short is wa else a) and (
        long_[: len(short)] == short or _state_prefix(short, long_)
    ):
        return True
    # "Department of Education", "Education Department"; "The Acme Union", "Acme Union"
    return short[-1] in long_ and _content(short) == _content(long_)


def _state_prefix(short: list[str], long_: list[str]) -> bool:
    """True if ``long_`` is ``short`` (of two words or more) with a state in front
    ("Washington Department of Corrections")."""
    extra = len(long_) - len(short)
    return (
        len(short) > 1
        and 0 < extra <= 2
        and long_[extra:] == short
        and " ".join(long_[:extra]) in _STATES
    )


def _content(words: list[str]) -> list[str]:
    """The words of a name without the small ones ("of", "the"), sorted."""
    return sorted(w for w in words if w not in _SMALL_WORDS)


_COMPANY_KEYS = frozenset("inc co corp ltd llc group company".split())

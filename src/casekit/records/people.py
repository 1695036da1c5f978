"""Splitting the raw judge and party strings of court records into records."""

from __future__ import annotations

import re

from casekit.model.party import Judge, Party, PartyRole
from casekit.records._common import party_role

__all__ = ["split_judges", "split_parties"]

_TITLE = re.compile(
    r"^(?:(?:Chief|Associate|Senior|Presiding|Acting|Circuit|District|Magistrate|Bankruptcy"
    r"|Special|Retired|Visiting|Administrative|Appellate|Trial|Deputy|Assistant|Vice|Pro Tem"
    r"|Justice|Judge)\s+)*(?:Judges?|Justices?|Magistrates?|Chancellors?|Commissioners?"
    r"|Referees?|Masters?)(?:\s+Pro Tem(?:pore)?)?\.?$"
    r"|^(?:[CPSA]\.\s*)?JJ?\.?$|^(?:Ch|Sr)\.\s*J\.?$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:before|present|argued before|heard before|coram|opinion by|per|panel)\b[:\s]*",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_NOT_A_NAME = re.compile(
    r"^(?:all|the|concur|dissent|sitting|by designation|per curiam|en banc)", re.IGNORECASE
)


def _singular(title: str) -> str:
    if re.search(r"[a-z]{2}\.$", title):
        title = title[:-1]
    for plural, single in (("Judges", "Judge"), ("Justices", "Justice"), ("JJ.", "J.")):
        if title.endswith(plural):
            return title[: -len(plural)] + single
    if re.search(r"[a-z]{3}s$", title) and not title.endswith("ss"):
        return title[:-1]
    return title


def split_judges(text: str | None) -> tuple[Judge, ...]:
    """Judges from a panel line: "Before SMITH, Chief Judge, and JONES and LEE, Judges."

    A title applies to the names before it that have none yet.

    >>> [(j.name, j.title) for j in split_judges(
    ...     "Before Ruiz, Chief Judge, and Park and Okafor, Associate Judges.")]
    [('Ruiz', 'Chief Judge'), ('Park', 'Associate Judge'), ('Okafor', 'Associate Judge')]
    >>> [j.name for j in split_judges("Lindqvist, Moreau, Adeyemi")]
    ['Lindqvist', 'Moreau', 'Adeyemi']
    """
    if not text:
        return ()
    text = _LEAD.sub("", " ".join(text.split())).strip(" .:")
    pending: list[str] = []
    judges: list[Judge] = []
    for token in _SPLIT.split(text):
        raw = token.strip(" :")
        token = raw.strip(" .")
        if not token:
            continue
        if _TITLE.match(raw) or _TITLE.match(token):
            title = _singular(raw if raw.endswith(".") or len(raw) > 4 else raw + ".")
            judges += [Judge(name=name, title=title) for name in pending]
            pending = []
        elif not _NOT_A_NAME.match(token) and any(c.isalpha() for c in token):
            if pending and token.rstrip(".") in ("Jr", "Sr", "II", "III"):
                pending[-1] += f", {token}"
                continue
            pending.append(token)
    judges += [Judge(name=name) for name in pending]
    return tuple(judges)


_VERSUS = re.compile(r"\s+(?:v\.?|vs\.?|versus)\s+", re.IGNORECASE)
_ROLE_TAIL = re.compile(r",\s*(?P<role>[A-Z][A-Za-z/-]*(?:[ -][A-Z][A-Za-z-]*)*)\.?\s*$")
_ABBREVIATIONS = frozenset(
    "co corp inc ltd llc llp jr sr bros assn ass'n bd comm'n comm auth dist twp cnty gov't"
    " hosp mut ins nat'l int'l sav r r.r ry mfg dept dep't univ sch servs sys u.s n.a l.p"
    " p.c".split()
)
_IN_RE = re.compile(r"^(?:in re|ex parte|in the matter of|matter of)\s+", re.IGNORECASE)
_ET_AL = re.compile(r",?\s+et\s+al\.?$", re.IGNORECASE)


def _party(side: str, default: PartyRole | None) -> Party | None:
    side = " ".join(side.split()).strip(" ,;")
    role = None
    match = _ROLE_TAIL.search(side)
    if match and party_role(match.group("role")) is not None:
        role = party_role(match.group("role"))
        side = side[: match.start()]
    side = _ET_AL.sub("", side).strip(" ,;")
    if not side or not any(c.isalpha() for c in side):
        return None
    return Party(name=side, role=role or default)


def split_parties(text: str | None) -> tuple[Party, ...]:
    """The two sides of a caption: "The State, Respondent, v. Jo Doe, Appellant." -> Parties.

    Roles come from the role words after each side's name; without them the roles
    stay unknown.  "In re X" and one-sided captions give one party.

    >>> [(p.name, p.role.value) for p in split_parties(
    ...     "Acme Corp., Respondent, v. Jo Doe et al., Appellants.")]
    [('Acme Corp.', 'respondent'), ('Jo Doe', 'appellant')]
    """
    if not text:
        return ()
    text = " ".join(text.split())
    last = text.rsplit(" ", 1)[-1].rstrip(".").casefold()
    if text.endswith(".") and last not in _ABBREVIATIONS:
        text = text[:-1]
    sides = _VERSUS.split(text, maxsplit=1)
    if len(sides) == 1:
        sides = [_IN_RE.sub("", text)]
    parties = [_party(side, None) for side in sides]
    return tuple(p for p in parties if p is not None)

"""Attorneys named in court records, and splitting head-matter attorney lines into them."""

from __future__ import annotations

import re

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of

__all__ = ["Attorney", "split_attorneys"]


@attrs.frozen(kw_only=True)
class Attorney:
    """A lawyer in a case, as a docket or a reporter's head matter names them.

    >>> from casekit.records import Attorney
    >>> Attorney(name="Ann Lee", represents="appellant").represents
    'appellant'
    """

    name: str = attrs.field(validator=text(), metadata=doc("the attorney's name as printed"))
    represents: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        metadata=doc("whom they appear for: 'appellant', a party's name or id"),
    )
    roles: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str), metadata=doc("docket roles: 'LEAD ATTORNEY'")
    )
    contact: str | None = attrs.field(
        default=None, validator=is_a(str, optional=True), metadata=doc("address lines, as given")
    )


_FOR = re.compile(
    r"\bfor\s+(?:the\s+)?(?P<side>[a-z][a-z-]*(?:\s+(?!and\b|for\b)[a-z][a-z-]*)?)\s*[.;]\s*",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"(,|;|\bwith whom\b|\band\b|\(|\))")
_PAREN = re.compile(r"\([^)]*\)")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+$")
_TITLE_WORDS = re.compile(
    r"\b(?:Attorneys?|Counsel|Solicitor|Prosecuting|Deputy|Asst|Assistant|General|Principal"
    r"|Corp|Corporation|District|County|City|State|United|Office|Department|Project|Esq)\b"
)
_SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr")


def _names(chunk: str) -> list[str]:
    """The attorney names in one "X, City, with whom Y, Z ... for appellant" chunk.

    A name opens the chunk or follows "and", "with whom", ";" or a title ("Counsel,
    Z"); what follows a name after a bare comma is its address, not another name.
    """
    names: list[str] = []
    pieces = _SEPARATORS.split(_PAREN.sub(",", chunk))
    previous = "start"  # what the last segment was: start, name, title or other
    separator = ""
    for index, segment in enumerate(pieces):
        if index % 2:
            separator = segment.strip()
            continue
        words = segment.split()
        while words and words[0].lower() in ("also", "messrs.", "mr.", "ms.", "mrs."):
            words.pop(0)
        taken: list[str] = []
        for word in words:
            if not word[0].isupper():
                break
            taken.append(word)
        name = " ".join(taken).strip(" .;:")
        if not name:
            continue
        if name in _SUFFIXES and previous == "name":
            names[-1] = f"{names[-1]}, {name}."
            continue
        if _TITLE_WORDS.search(name):
            previous = "title"
            continue
        opens = separator in ("and", "with whom", ";") or previous in ("start", "title")
        if opens and len(taken) >= 2 and not _INITIALS.match(name + ".") and name not in names:
            names.append(name)
            previous = "name"
        else:
            previous = "other"
    return names


def split_attorneys(lines: str | tuple[str, ...] | list[str]) -> tuple[Attorney, ...]:
    """Attorney records from head-matter lines such as CAP's ``casebody.attorneys``.

    Each "… for appellant." sentence gives the side; the names are the first name of
    each sentence, those after "with whom" and those joined by "and".

    >>> [(a.name, a.represents) for a in split_attorneys(
    ...     "Jane Roe, Springfield, with whom John Doe was on the brief, for appellant.")]
    [('Jane Roe', 'appellant'), ('John Doe', 'appellant')]
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    found: list[Attorney] = []
    for line in lines:
        rest = line.strip()
        while rest:
            match = _FOR.search(rest)
            chunk, side = (rest[: match.start()], match.group("side")) if match else (rest, None)
            rest = rest[match.end() :] if match else ""
            for name in _names(chunk):
                found.append(Attorney(name=name, represents=side.lower() if side else None))
    return tuple(found)

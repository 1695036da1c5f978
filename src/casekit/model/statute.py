"""Statute citations as value objects (parsing lives in :mod:`casekit.citations`)."""

from __future__ import annotations

import attrs

from casekit.model._fields import doc, is_a, text, tuple_of
from casekit.model._natural import fold, natural_key, natural_keys
from casekit.model.span import Provenance

__all__ = ["StatuteCitation"]

# Codes cited without a section sign, and how each is laid out.
_NO_SECTION_SIGN = {
    "Pub. L. No.": "{code} {section}",
    "Stat.": "{title} {code} {section}",
    "Ill. Comp. Stat.": "{title} {code} {section}{subs}",
    "N.Y. C.P.L.R.": "{code} {section}{subs}",
}
#: Codes cited with a title or chapter after the code (Del. Code Ann. tit. 6, § 1304) -> the
#: word that introduces it
TITLED_CODES = {
    "Del. Code Ann.": "tit.",
    "Okla. Stat.": "tit.",
    "Vt. Stat. Ann.": "tit.",
    "Me. Stat.": "tit.",
    "P.R. Laws Ann.": "tit.",
    "Mass. Gen. Laws": "ch.",
}


@attrs.frozen(kw_only=True, order=True)
class StatuteCitation:
    """A citation to a statute or regulation: ``26 U.S.C. § 6103(i)(2)``.

    ``str()`` gives the canonical Bluebook form.  Equality, hashing and ordering use
    the normalized parts only, so every spelling of one provision compares equal
    whatever ``mention`` (the text it was read from) says.

    >>> from casekit import StatuteCitation
    >>> c = StatuteCitation(title="26", code="U.S.C.", section="6103", subsections=("i", "2"))
    >>> str(c)
    '26 U.S.C. § 6103(i)(2)'
    >>> str(StatuteCitation(title="50", code="U.S.C.", section="21", section_end="24"))
    '50 U.S.C. §§ 21–24'
    """

    jurisdiction: str = attrs.field(
        default="us",
        validator=text(),
        eq=str.casefold,
        metadata=doc("'us' for federal law, else the state's postal code in lower case"),
    )
    code: str = attrs.field(
        validator=text(), eq=str.casefold, metadata=doc("Bluebook abbreviation: U.S.C., C.F.R.")
    )
    title: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        eq=fold,
        order=natural_key,
        metadata=doc("title or volume number, e.g. 26"),
    )
    section: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        eq=fold,
        order=natural_key,
        metadata=doc("section number, e.g. 6103"),
    )
    subsections: tuple[str, ...] = attrs.field(
        default=(),
        validator=tuple_of(str),
        order=natural_keys,
        metadata=doc("subsection path, e.g. ['i', '2'] for (i)(2)"),
    )
    section_end: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        eq=fold,
        order=natural_key,
        metadata=doc("last section of a range (§§ 21–24)"),
    )
    et_seq: bool = attrs.field(default=False, validator=is_a(bool))
    name: str | None = attrs.field(
        default=None,
        validator=text(optional=True),
        eq=False,
        order=False,
        metadata=doc("popular name of the act, when cited by name"),
    )
    mention: str | None = attrs.field(
        default=None,
        validator=is_a(str, optional=True),
        eq=False,
        order=False,
        metadata=doc("the text it was read from, as printed"),
    )
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), validator=tuple_of(Provenance), eq=False, order=False
    )

    def __str__(self) -> str:
        subs = "".join(f"({s})" for s in self.subsections)
        layout = _NO_SECTION_SIGN.get(self.code)
        if layout is None and self.code.endswith(" art."):  # Tex. Code Crim. Proc. Ann. art. 38.22
            layout = "{code} {section}{subs}"
        if layout is not None and self.section is not None:
            cite = layout.format(
                code=self.code, title=self.title or "", section=self.section, subs=subs
            ).strip()
            if self.section_end:
                cite += f"–{self.section_end}"
                if self.code.endswith(" art."):  # arts. 11.071–11.073
                    cite = cite.replace(" art. ", " arts. ", 1)
            return cite + (" et seq." if self.et_seq else "")
        designator = TITLED_CODES.get(self.code)
        if designator is not None and self.title:
            head = f"{self.code} {designator} {self.title}"
            if self.section is None:
                return head
            head += ","
        else:
            head = f"{self.title} {self.code}" if self.title else self.code
        if self.section is None:
            return head
        if self.section_end:
            cite = f"{head} §§ {self.section}{subs}–{self.section_end}"
        else:
            cite = f"{head} § {self.section}{subs}"
        return cite + (" et seq." if self.et_seq else "")

    def section_citation(self) -> StatuteCitation:
        """The same citation without subsections, range or *et seq.*"""
        return attrs.evolve(self, subsections=(), section_end=None, et_seq=False)

    def __contains__(self, other: object) -> bool:
        """``b in a``: ``b`` is ``a`` or lies within it.

        A section holds its subsections, a title every section of it, and a range
        (``§§ 21–24``) every section from its first to its last.

        >>> from casekit import StatuteCitation
        >>> rng = StatuteCitation(title="50", code="U.S.C.", section="21", section_end="24")
        >>> StatuteCitation(title="50", code="U.S.C.", section="22", subsections=("a",)) in rng
        True
        """
        if not isinstance(other, StatuteCitation):
            return False
        if (fold(self.jurisdiction), fold(self.code), fold(self.title)) != (
            fold(other.jurisdiction),
            fold(other.code),
            fold(other.title),
        ):
            return False
        if self.section is None:
            return True
        if other.section is None:
            return False
        if self.section_end is not None:
            first, last = natural_key(self.section), natural_key(self.section_end)
            low = natural_key(other.section)
            high = natural_key(other.section_end) if other.section_end else low
            return first <= low and high <= last
        if other.section_end is not None or fold(self.section) != fold(other.section):
            return False
        prefix = other.subsections[: len(self.subsections)]
        return tuple(map(str.casefold, prefix)) == tuple(map(str.casefold, self.subsections))

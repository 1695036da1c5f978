"""Unifying the names of one person or organization across documents.

"Roe", "Jane Roe" and "Labor Secretary Jane Roe" are one person; "EPA"
and "Environmental Protection Agency" one organization.  A name joins a cluster when its words
equal the cluster's, when it is a lone surname equal to the cluster's last word, when it
is an acronym of the cluster's initials, or when its words run inside the cluster's full
name.  Each cluster is named by its fullest member.
"""

from __future__ import annotations

from collections.abc import Iterable

from casekit.merging.fold import initials, name_words

__all__ = ["NameClusters", "same_name"]

# Titles that news copy puts before names; they are not part of the name.
_TITLES = frozenset(
    (
        "u s us federal district circuit magistrate senior judge justice chief associate "
        "secretary attorney general president governor mayor senator sen rep representative "
        "commissioner director acting former deputy assistant mr mrs ms dr "
        "treasury homeland security state labor health defense"
    ).split()
)


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words without leading titles (kept when only titles remain)."""
    i = 0
    while i < len(words) - 1 and words[i] in _TITLES:
        i += 1
    return words[i:]


def same_name(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` can name the same person or organization.

    >>> same_name("Roe", "Labor Secretary Jane Roe")
    True
    >>> same_name("EPA", "Environmental Protection Agency")
    True
    >>> same_name("Jane Roe", "John Roe")
    False
    """
    wa, wb = _core(name_words(a)), _core(name_words(b))
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        word = short[0]
        if word == long_[-1]:
            return True  # a surname
        raw = a if wa is short else b
        return raw.strip().isupper() and len(word) >= 2 and word == initials(" ".join(long_))
    # a shorter run of the same words ("Tenants United" in the full name), same ends
    if short[-1] != long_[-1]:
        return False
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


class NameClusters:
    """Names grouped into people/organizations; each cluster named by its fullest member.

    >>> clusters = NameClusters(["Roe", "Jane Roe", "EPA", "Environmental Protection Agency"])
    >>> clusters.canonical("Roe"), clusters.canonical("EPA")
    ('Jane Roe', 'Environmental Protection Agency')
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._clusters: list[list[str]] = []
        self._of: dict[str, int] = {}
        # Fullest names first, so short forms attach to the full name they abbreviate.
        for name in sorted(set(names), key=lambda n: (-len(_core(name_words(n))), n)):
            self.add(name)

    def add(self, name: str) -> int:
        """Put ``name`` in the first cluster it fits (or a new one); its cluster index."""
        if name in self._of:
            return self._of[name]
        fits = [
            i
            for i, members in enumerate(self._clusters)
            if any(same_name(name, m) for m in members)
        ]
        if len(fits) == 1:
            index = fits[0]
            self._clusters[index].append(name)
        else:  # no fit, or ambiguous (a surname shared by two people): keep it apart
            index = len(self._clusters)
            self._clusters.append([name])
        self._of[name] = index
        return index

    def canonical(self, name: str) -> str:
        """The fullest name of ``name``'s cluster (titles dropped)."""
        members = self._clusters[self.add(name)]
        best = max(members, key=lambda m: (len(_core(name_words(m))), len(m)))
        return _strip_titles(best)

    def members(self, name: str) -> tuple[str, ...]:
        """Every name in ``name``'s cluster."""
        return tuple(self._clusters[self.add(name)])


def _strip_titles(name: str) -> str:
    words = name.split()
    core = _core(name_words(name))
    # drop leading words until the remaining ones fold to the core
    while len(words) > 1 and len(name_words(" ".join(words[1:]))) >= len(core):
        words.pop(0)
    return " ".join(words)

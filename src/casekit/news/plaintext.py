"""Plain-text reports: the headline and the publication date they state.

A plain-text report keeps its text exactly (only newlines are normalized), so
the headline stays in :attr:`Document.text <casekit.Document.text>`; it is
also copied to ``title`` when the text plainly has one: a short first line,
not a sentence (no final period), set off from the rest by a blank line.

>>> from casekit.news.plaintext import headline, text_fields
>>> headline("Court Halts Water Rule\\n\\nA federal judge on Monday ...")
'Court Halts Water Rule'
>>> print(headline("A federal judge on Monday halted the rule.\\n\\nThe agency ..."))
None
>>> fields = text_fields("Court Halts Water Rule\\nPublished June 2, 2024\\n\\nA judge ...")
>>> fields.title, fields.published
(None, datetime.date(2024, 6, 2))
"""

from __future__ import annotations

from casekit.news.dates import dateline_date
from casekit.news.fields import Fields

__all__ = ["headline", "text_fields"]

#: A headline is at most this long.
_MAX_HEADLINE = 200
_MAX_HEADLINE_WORDS = 30
#: How a headline may not end: a sentence, a clause, a dangling dash.
_NOT_HEADLINE_END = ".,;:—–-"


def headline(text: str) -> str | None:
    """The first line of ``text`` when it is a headline (see the module docstring)."""
    lines = text.split("\n", 60)
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start + 2 >= len(lines) or lines[start + 1].strip():
        return None  # no blank line after it, or nothing else
    if not any(line.strip() for line in lines[start + 2 :]):
        return None  # the line is all there is
    first = " ".join(lines[start].split())
    if len(first) > _MAX_HEADLINE or len(first.split()) > _MAX_HEADLINE_WORDS:
        return None
    if first[-1] in _NOT_HEADLINE_END or first.startswith(("By ", "—", "–", "-", "@", "#")):
        return None
    if dateline_date(first) is not None:
        return None
    return first


def text_fields(text: str) -> Fields:
    """The fields of a plain-text report: its text, headline and dateline date."""
    return Fields(text=text, title=headline(text), published=dateline_date(text))

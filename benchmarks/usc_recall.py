"""Recall and speed of ``casekit.find_statutes`` on U.S.C. citations in Supreme Court opinions.

The corpus (benchmarks/corpus/scotus_ot2010_court.txt) is pdftotext output: hard line
wraps, hyphenation, ``U. S. C.`` spacing, en dashes.  This script builds its own count of
U.S.C. citations with a deliberately loose pattern (a title number, ``U. S. C.`` in any
spacing, optional ``A.`` / ``App.``, then a section sign or *section* and a section number,
across line breaks), independent of casekit's grammar, and checks that find_statutes
returns, for each, a citation whose span covers the title number and whose title and
section agree.  It also counts the further sections of ``§§`` lists.

    python benchmarks/usc_recall.py            # recall, misses, throughput
    python benchmarks/usc_recall.py --eyecite  # also eyecite's recall, for comparison
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casekit import StatuteCitation, find_statutes

CORPUS = Path(__file__).parent / "corpus" / "scotus_ot2010_court.txt"

# loose on purpose: any spacing (line breaks included) between the parts
LOOSE = re.compile(
    r"(?<![\d.])(?P<title>\d{1,2})\s*,?\s*U\s*\.\s*S\s*\.\s*C\s*\.?(?:\s*A\s*\.)?"
    r"(?:\s*,?\s*[Aa]pp\s*\.)?\s*,?\s*(?P<sign>§+|[Ss]ecs?\.|[Ss]ections?)\s*(?P<section>\d+[A-Za-z]*)"
)
# the rest of a "§§" list: ", 1988", ", and 2000e–2", "and 1985"
LIST_ITEM = re.compile(
    r"(?:\([^()\s]{1,6}\))*(?:[–-]\d+[A-Za-z]*(?:\([^()\s]{1,6}\))*)*"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)§*\s*(?P<section>\d+[A-Za-z]*)(?!\s*U\s*\.)"
)


def expected(text: str) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(position, title, section) of each U.S.C. citation, and of each further list item."""
    heads, items = [], []
    for m in LOOSE.finditer(text):
        heads.append((m.start("title"), m["title"], m["section"]))
        if len(m["sign"]) > 1 or m["sign"].lower().startswith("sections"):
            pos = m.end()
            while (more := LIST_ITEM.match(text, pos)) is not None:
                items.append((more.start("section"), m["title"], more["section"]))
                pos = more.end()
    return heads, items


def _covers(found: list[tuple[int, StatuteCitation]], pos: int, title: str, section: str) -> bool:
    for offset, c in found:
        span = c.provenance[0].span.shift(offset)
        if (
            span.start <= pos < span.end
            and c.title == title
            and c.code.startswith("U.S.C.")
            and (c.section or "").startswith(section)
        ):
            return True
    return False


def _context(text: str, pos: int) -> str:
    return " ".join(text[max(0, pos - 30) : pos + 50].split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eyecite", action="store_true", help="also measure eyecite")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args()
    text = CORPUS.read_text("utf-8")
    docs = text.split("\n\f\n")

    heads, items = [], []
    found: list[tuple[int, StatuteCitation]] = []
    offset = 0
    for doc in docs:
        h, i = expected(doc)
        heads += [(p + offset, t, s) for p, t, s in h]
        items += [(p + offset, t, s) for p, t, s in i]
        found += [(offset, c) for c in find_statutes(doc)]
        offset += len(doc) + 3

    missed = [h for h in heads if not _covers(found, *h)]
    missed_items = [h for h in items if not _covers(found, *h)]
    print(f"corpus: {len(docs)} documents, {len(text) / 1e6:.2f} MB")
    print(f"U.S.C. citations (loose count): {len(heads)}")
    print(f"  found by find_statutes: {len(heads) - len(missed)}")
    print(f"  recall: {100 * (1 - len(missed) / len(heads)):.2f}%")
    print(f"further sections of §§ lists: {len(items)}, found {len(items) - len(missed_items)}")
    for pos, title, section in missed + missed_items:
        print(f"  MISS {title} U.S.C. § {section}: ...{_context(text, pos)}...")

    runs = [_timed(lambda: [find_statutes(d) for d in docs]) for _ in range(args.repeat)]
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)
    mb = len(text) / 1e6
    print(
        f"find_statutes throughput: {mb / cpu:.1f} MB/s of CPU time ({cpu * 1000:.0f} ms), "
        f"{mb / wall:.1f} MB/s wall clock (best of {args.repeat})"
    )

    if args.eyecite:
        _eyecite(docs, heads)
    return 0


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call: CPU time is steadier on a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _eyecite(docs: list[str], heads: list[tuple[int, str, str]]) -> None:
    import logging

    logging.getLogger("eyecite").setLevel(logging.ERROR)
    try:
        from eyecite import get_citations
        from eyecite.models import FullLawCitation

        law_type = FullLawCitation.__name__
    except ImportError:  # pragma: no cover
        print("eyecite is not installed")
        return
    hits = 0
    offset = 0
    for doc in docs:
        found: list[Any] = list(get_citations(doc))  # eyecite's methods are untyped
        for cite in found:
            if type(cite).__name__ == law_type and "U.S.C" in cite.corrected_citation():
                start = cite.span()[0] + offset
                hits += sum(1 for p, _, _ in heads if start <= p < start + 12)
        offset += len(doc) + 3
    print(f"eyecite: about {hits} of {len(heads)} ({100 * hits / len(heads):.0f}%)")


if __name__ == "__main__":
    sys.exit(main())

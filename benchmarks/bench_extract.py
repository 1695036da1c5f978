"""Extraction throughput: ``casekit.extract`` over >= 5 MB of news-report text, one core.

    python benchmarks/bench_extract.py [MEGABYTES] [--stages]

``--stages`` also times each stage extract() runs: the people, court, citation and
quote finders it calls, and its own rules given their results.  Times are CPU times
(``time.process_time``), so other work on the machine does not count.

The corpus is the bundled reports (examples/reports and tests/data/reports), repeated
with small variations (names and numbers changed) until it reaches the requested size.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from casekit import DocketNumber, Document, extract

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for folder in ("examples/reports", "tests/data/reports")
        for p in sorted((ROOT / folder).glob("*.txt"))
    ]
    out: list[str] = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        text = texts[i % len(texts)]
        variant = text.replace("Monday", ("Tuesday", "Friday", "Monday")[i % 3]).replace(
            " 2025", f" {2015 + i % 10}"
        )
        out.append(f"{variant}\n\nReport {i}.")
        size += len(out[-1].encode("utf-8"))
        i += 1
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = float(args[0]) if args else 5.0
    texts = corpus(megabytes)
    docs = [Document(id=f"r{i}.txt", text=t) for i, t in enumerate(texts)]
    extract(docs[0])  # load indexes and compile patterns first
    total = sum(len(t.encode("utf-8")) for t in texts)
    start = time.process_time()
    for doc in docs:
        extract(doc)
    seconds = time.process_time() - start
    print(
        f"extract: {len(docs)} reports, {total / 1e6:.2f} MB in {seconds:.2f} s: "
        f"{total / 1e6 / seconds:.2f} MB/s, {len(docs) / seconds:.0f} reports/s"
    )
    if "--stages" in sys.argv:
        stages(docs, total)


def stages(docs: list[Document], total: int) -> None:
    """Throughput of each stage extract() runs, on the same reports: the finders of other
    modules it calls, then its own rules (sentences, outcome verbs, rulings, dates,
    captions, parties and roles) given their results."""
    from casekit.citations.find import find_citations
    from casekit.extractors import _case_of, _courts
    from casekit.extractors.people import People
    from casekit.extractors.quotes import extract_quotes

    found: dict[str, tuple[People, list[Any], list[Any]]] = {}

    def people(doc: Document) -> None:
        p = People(doc.text)
        p.mentions  # noqa: B018 - computed on first use
        found[doc.id] = (p, [], [])

    def courts(doc: Document) -> None:
        found[doc.id][1].extend(_courts(doc.text))

    def citations(doc: Document) -> None:
        found[doc.id][2].extend(c for c in find_citations(doc) if isinstance(c, DocketNumber))

    def own(doc: Document) -> None:
        p, c, d = found[doc.id]
        _case_of(doc, p, c, d)

    def quotes(doc: Document) -> None:
        extract_quotes(doc, people=found[doc.id][0])

    for name, run in (
        ("people", people),
        ("courts", courts),
        ("citations and statutes", citations),
        ("quotes", quotes),
        ("extract's own (rulings, parties, captions)", own),
    ):
        start = time.process_time()
        for doc in docs:
            run(doc)
        seconds = time.process_time() - start
        print(f"  {name:44} {total / 1e6 / seconds:6.2f} MB/s")


if __name__ == "__main__":
    main()

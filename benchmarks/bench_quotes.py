"""Throughput of quote extraction and person finding on quote-dense news reports.

    python benchmarks/bench_quotes.py [MEGABYTES] [--profile]

The corpus is the bundled reports (tests/data/quotes, tests/data/reports and
examples/reports) looped to the requested size (3 MB by default), with the longer
capitalised words varied per copy so that no cache carries over from one copy to the next.
Each report is read as :func:`casekit.extract` reads it: ``find_people`` over the text
(``People(text).mentions``) and ``extract_quotes`` sharing that index.  Prints MB per
CPU-second (``time.process_time``) and microseconds per quote.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from casekit import Document
from casekit.extractors.people import People
from casekit.extractors.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("tests/data/quotes", "tests/data/reports", "examples/reports")


def corpus(megabytes: float) -> list[Document]:
    """The bundled reports, names varied per copy, until ``megabytes`` of UTF-8 text."""
    texts = [p.read_text("utf-8") for f in FOLDERS for p in sorted((ROOT / f).glob("*.txt"))]
    documents: list[Document] = []
    size = 0
    while size < megabytes * 1e6:
        i = len(documents)
        tag = "abcdefghij"[i % 10] + "klmnopqrst"[i // 10 % 10]
        text = re.sub(r"\b([A-Z][a-z]{4,})\b", rf"\g<1>{tag}", texts[i % len(texts)])
        documents.append(Document(id=str(i), text=text))
        size += len(text.encode("utf-8"))
    return documents


def run(documents: list[Document]) -> int:
    """Find the people and the quotes of every document; the number of quotes."""
    quotes = 0
    for document in documents:
        people = People(document.text)
        people.mentions  # noqa: B018 - find_people, as extract() runs it
        quotes += len(extract_quotes(document, people=people))
    return quotes


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = float(args[0]) if args else 3.0
    documents = corpus(megabytes)
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    run(documents[:3])  # compile patterns and load word lists first
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        cProfile.runctx("run(documents)", globals(), {"run": run, "documents": documents}, "/tmp/bench_quotes.prof")
        pstats.Stats("/tmp/bench_quotes.prof").sort_stats("tottime").print_stats(30)
        return
    start = time.process_time()
    quotes = run(documents)
    seconds = time.process_time() - start
    print(
        f"quotes+people: {len(documents)} reports, {size / 1e6:.2f} MB, {quotes} quotes in "
        f"{seconds:.2f} CPU-s: {size / 1e6 / seconds:.2f} MB/CPU-s, "
        f"{seconds * 1e6 / quotes:.1f} µs per quote"
    )


if __name__ == "__main__":
    main()

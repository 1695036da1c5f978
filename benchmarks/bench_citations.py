"""Throughput of ``casekit.find_citations`` on Supreme Court opinions and on news reports.

Runs find_citations over the 93 opinions of benchmarks/corpus/scotus_ot2010_court.txt
(pdftotext output, documents separated by a form-feed line) one document at a time,
then, when eyecite is installed (the ``bench`` extra; never a runtime dependency),
eyecite's ``get_citations`` on the same documents in the same process.  Prints the
throughput of each in MB/s and the citations found, by kind.

Then the news corpus: the bundled news reports (examples/reports, tests/data/reports,
tests/data/quotes; 1-5 KB each, the way ``casekit extract`` calls find_citations once
per report), looped to a few MB, with find_statutes alone beside it (its share of the
time).  Throughput is in MB per CPU-second: other processes on the machine skew
wall-clock time.

    python benchmarks/bench_citations.py [--repeat N] [--no-eyecite] [--no-news]
"""

from __future__ import annotations

import argparse
import collections
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "benchmarks" / "corpus" / "scotus_ot2010_court.txt"
NEWS = ("examples/reports", "tests/data/reports", "tests/data/quotes")
NEWS_MB = 3.0
KINDS = ("full", "short", "id", "supra", "statute", "of which U.S.C.", "docket")


def load() -> list[str]:
    return CORPUS.read_text(encoding="utf-8").split("\n\f\n")


def casekit_counts(found: Iterable[object], counts: collections.Counter[str]) -> None:
    from casekit import CaseCitation, DocketNumber, StatuteCitation

    for c in found:
        if isinstance(c, CaseCitation):
            counts[c.form.value] += 1
        elif isinstance(c, DocketNumber):
            counts["docket"] += 1
        elif isinstance(c, StatuteCitation):
            counts["statute"] += 1
            counts["of which U.S.C."] += c.code == "U.S.C."


def eyecite_counts(found: Iterable[object], counts: collections.Counter[str]) -> None:
    names = {
        "FullCaseCitation": "full",
        "ShortCaseCitation": "short",
        "IdCitation": "id",
        "SupraCitation": "supra",
        "FullLawCitation": "statute",
    }
    for c in found:
        kind = names.get(type(c).__name__)
        if kind is None:
            continue
        counts[kind] += 1
        reporter = str(getattr(c, "groups", {}).get("reporter", ""))
        if kind == "statute" and reporter.replace(" ", "") == "U.S.C.":
            counts["of which U.S.C."] += 1


def run(
    name: str,
    docs: list[str],
    find: Callable[[str], Iterable[object]],
    count: Callable[[Iterable[object], collections.Counter[str]], None],
    repeat: int,
) -> tuple[float, collections.Counter[str]]:
    size = sum(len(d.encode("utf-8")) for d in docs)
    find(docs[0])  # build indexes and compile patterns outside the timing
    best = best_cpu = float("inf")
    counts: collections.Counter[str] = collections.Counter()
    for _ in range(repeat):
        counts = collections.Counter()
        start, start_cpu = time.perf_counter(), time.process_time()
        results = [find(d) for d in docs]
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
        for found in results:
            count(found, counts)
    rate = size / best / 1e6
    # CPU time too: on a busy machine, wall-clock time says as much about the neighbours
    print(
        f"{name:>10}: {rate:7.2f} MB/s wall, {size / best_cpu / 1e6:7.2f} MB/s CPU"
        f"  ({size / 1e6:.2f} MB, {len(docs)} documents, {best:.2f} s)"
    )
    return rate, counts


def load_news() -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in NEWS
        for path in sorted((ROOT / folder).glob("*.txt"))
    ]


def news(repeat: int) -> None:
    """find_citations (and find_statutes alone) on the news reports, looped to NEWS_MB."""
    from casekit import find_citations, find_statutes

    docs = load_news()
    size = sum(len(d.encode("utf-8")) for d in docs)
    loops = max(1, round(NEWS_MB * 1e6 / size))
    print(f"\nnews reports: {len(docs)} documents, {size / 1e3:.0f} KB, looped {loops} times")
    for name, find in (("casekit", find_citations), ("statutes", find_statutes)):
        for d in docs:
            find(d)  # build indexes and compile patterns outside the timing
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            for _ in range(loops):
                for d in docs:
                    find(d)
            best = min(best, time.process_time() - start)
        rate = size * loops / best / 1e6
        per_doc = best / (loops * len(docs)) * 1e6
        label = "find_citations" if name == "casekit" else "of which find_statutes alone"
        print(f"{label:>30}: {rate:7.2f} MB/s CPU  ({per_doc:.0f} us a report)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of casekit (best kept)")
    parser.add_argument("--no-eyecite", action="store_true", help="skip the eyecite run")
    parser.add_argument("--no-news", action="store_true", help="skip the news reports run")
    args = parser.parse_args()

    from casekit import find_citations

    docs = load()
    rates = {}
    table = {}
    rates["casekit"], table["casekit"] = run(
        "casekit", docs, find_citations, casekit_counts, args.repeat
    )
    if not args.no_eyecite:
        try:
            from eyecite import get_citations
        except ImportError:
            print("    eyecite: not installed (pip install 'casekit[bench]')")
        else:
            logging.getLogger("eyecite").setLevel(logging.ERROR)
            rates["eyecite"], table["eyecite"] = run(
                "eyecite", docs, get_citations, eyecite_counts, 1
            )
    if "eyecite" in rates:
        print(f"   speed-up: {rates['casekit'] / rates['eyecite']:.1f}x")
    print()
    print(f"{'kind':>16} " + " ".join(f"{n:>9}" for n in table))
    for kind in KINDS:
        print(f"{kind:>16} " + " ".join(f"{table[n][kind]:>9}" for n in table))
    if not args.no_news:
        news(args.repeat)


if __name__ == "__main__":
    main()

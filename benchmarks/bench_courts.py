"""Court resolution speed: casekit's index versus courts_db.find_court.

Run from the repository root::

    .venv/bin/python benchmarks/bench_courts.py [--repeat N]

Prints the time to build the index, resolve_court's cost per call over the phrase
table in tests/data/courts/resolve.tsv (formal names, abbreviations, news phrasings
and negative rows), the same inputs through courts_db.find_court (time, hits, and
hits that name the expected court alone), and find_courts throughput on free text:
MB per CPU-second on the news reports (examples/reports, tests/data/reports,
tests/data/quotes; one call per file, as extraction calls it) and on the Supreme Court
opinions in benchmarks/corpus/scotus_ot2010_court.txt (one call per opinion).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "courts"


def _rows() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "resolve.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            phrase, expected = line.split("\t")
            rows.append((phrase, expected))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="passes over the table")
    args = parser.parse_args()

    from casekit.citations import court_index as index_module
    from casekit.citations import courts as courts_module
    from casekit.citations.court_index import court_index
    from casekit.citations.courts import find_courts, resolve_court
    from casekit.errors import UnknownName

    t0 = time.perf_counter()
    import courts_db

    courts_db.courts  # noqa: B018  (loads courts-db's JSON data)
    t1 = time.perf_counter()
    idx = court_index()
    t2 = time.perf_counter()
    print(f"courts-db data load:      {(t1 - t0) * 1e3:8.1f} ms")
    print(
        f"casekit index build:      {(t2 - t1) * 1e3:8.1f} ms  "
        f"({len(idx.courts)} courts, {len(idx.names)} name keys, "
        f"{len(idx.strong) + len(idx.weak)} abbreviation keys)"
    )

    rows = _rows()
    phrases = [p for p, _ in rows]
    correct = 0
    for phrase, expected in rows:
        try:
            got = resolve_court(phrase).id
        except UnknownName:
            got = "-"
        correct += got == expected

    def one_pass(clear: bool) -> float:
        if clear:
            courts_module._resolve.cache_clear()
        start = time.perf_counter()
        for phrase in phrases:
            with contextlib.suppress(UnknownName):
                resolve_court(phrase)
        return time.perf_counter() - start

    cold = statistics.median(one_pass(True) for _ in range(args.repeat)) / len(phrases) * 1e6
    warm = statistics.median(one_pass(False) for _ in range(args.repeat)) / len(phrases) * 1e6
    us = cold
    print(f"\nresolve_court over {len(rows)} table rows ({args.repeat} passes each):")
    print(f"  {correct}/{len(rows)} rows as expected")
    print(f"  first call per phrase: median {cold:7.1f} µs/call")
    print(f"  repeated phrase:       median {warm:7.1f} µs/call (LRU cache)")
    direct = [
        p
        for p in phrases
        if idx.strong.get(index_module.abbrev_key(p)) or idx.names.get(index_module.name_key(p))
    ]
    courts_module._resolve.cache_clear()
    start = time.perf_counter()
    for _ in range(args.repeat):
        courts_module._resolve.cache_clear()
        for phrase in direct:
            resolve_court(phrase)
    key_us = (time.perf_counter() - start) / args.repeat / len(direct) * 1e6
    print(
        f"  names/abbreviations found by key lookup alone ({len(direct)} rows): "
        f"{key_us:.1f} µs/call uncached"
    )

    start = time.perf_counter()
    hits = exact = 0
    for phrase, expected in rows:
        try:
            found = courts_db.find_court(phrase)
        except Exception:  # courts-db asserts on some input
            found = []
        hits += bool(found)
        exact += found == [expected] or (expected == "-" and not found)
    cdb = time.perf_counter() - start
    print(f"courts_db.find_court over the same {len(rows)} rows (1 pass):")
    print(
        f"  {cdb / len(rows) * 1e6:8.1f} µs/call; {hits} returned something; "
        f"{exact}/{len(rows)} rows as expected (the one expected id, or nothing)"
    )
    print(f"  casekit is {cdb / len(rows) * 1e6 / us:,.0f}x faster uncached")

    texts = [
        json.loads(line)["text"]
        for line in (DATA / "find.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    corpus = "\n\n".join(texts) * 25
    start = time.perf_counter()
    mentions = find_courts(corpus)
    elapsed = time.perf_counter() - start
    print(f"\nfind_courts on {len(corpus):,} characters of news/opinion text:")
    print(
        f"  {elapsed * 1e3:8.1f} ms, {len(corpus) / elapsed / 1e6:.2f} M chars/s, "
        f"{len(mentions)} mentions"
    )

    # CPU time, not wall time: other work may share the machine
    reports = [
        p.read_text(encoding="utf-8")
        for pattern in (
            "examples/reports/*.txt",
            "tests/data/reports/*.txt",
            "tests/data/quotes/*.txt",
        )
        for p in sorted(ROOT.glob(pattern))
    ]
    opinions_file = ROOT / "benchmarks" / "corpus" / "scotus_ot2010_court.txt"
    opinions = opinions_file.read_text(encoding="utf-8").split("\n\f\n")
    print("\nfind_courts throughput, MB of UTF-8 text per CPU-second (best of 5):")
    for label, docs, passes in (
        (f"news reports ({len(reports)} files, one call each)", reports, args.repeat),
        (f"opinions ({len(opinions)} documents, one call each)", opinions, 1),
    ):
        size = sum(len(d.encode("utf-8")) for d in docs) * passes
        for d in docs[:3]:
            find_courts(d)  # warm the caches
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            for _ in range(passes):
                for d in docs:
                    find_courts(d)
            best = min(best, time.process_time() - t0)
        print(f"  {label}: {size / best / 1e6:6.1f} MB/CPU-s ({size / passes / 1e3:,.0f} kB)")


if __name__ == "__main__":
    main()

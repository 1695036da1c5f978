"""Extraction throughput: ``casekit.extract`` over >= 5 MB of news-report text, one core.

    python benchmarks/bench_extract.py [MEGABYTES] [--stages] [--jobs N] [--distinct]

``--stages`` also times each stage extract() runs: the people, court, citation and
quote finders it calls, and its own rules given their results.  Times are CPU times
(``time.process_time``), so other work on the machine does not count.  ``--jobs N`` also
times ``extract_many(..., jobs=N)`` by the wall clock (N processes; 0: every core).

The corpus is the bundled reports (examples/reports and every tests/data/reports*
collection), repeated with small variations (weekdays and years changed) until it reaches
the requested size.  Repeated reports repeat phrases, and casekit memoises some pure
functions of words and short phrases across documents; ``--distinct`` then times each
bundled report once more with those memos emptied (the tables built on first use stay),
which shows the throughput on text whose words and phrases casekit has not seen.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casekit import DocketNumber, Document, extract, extract_many

ROOT = Path(__file__).resolve().parent.parent


def bundled_reports() -> list[str]:
    """The text of every bundled report: the examples and the test collections."""
    folders = [ROOT / "examples/reports", *sorted((ROOT / "tests/data").glob("reports*"))]
    return [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]


def corpus(megabytes: float) -> list[str]:
    texts = bundled_reports()
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
    args = [a for a in sys.argv[1:2] if not a.startswith("--")]
    megabytes = float(args[0]) if args else 5.0
    texts = corpus(megabytes)
    docs = [Document(id=f"r{i}.txt", text=t) for i, t in enumerate(texts)]
    extract(docs[0])  # load indexes and compile patterns first
    total = run("extract", docs)
    if "--distinct" in sys.argv:
        distinct()
    if "--stages" in sys.argv:
        stages(docs, total)
    if "--jobs" in sys.argv:
        jobs = int(sys.argv[sys.argv.index("--jobs") + 1])
        start = time.perf_counter()
        for _ in extract_many(docs, jobs=jobs):
            pass
        seconds = time.perf_counter() - start
        print(f"extract_many(jobs={jobs}): {total / 1e6 / seconds:.2f} MB/s (wall clock)")


def run(label: str, docs: list[Document]) -> int:
    """Extract every document once, print the throughput, and return the bytes read."""
    total = sum(len(d.text.encode("utf-8")) for d in docs)
    start = time.process_time()
    for doc in docs:
        extract(doc)
    seconds = time.process_time() - start
    print(
        f"{label}: {len(docs)} reports, {total / 1e6:.2f} MB in {seconds:.2f} s: "
        f"{total / 1e6 / seconds:.2f} MB/s, {len(docs) / seconds:.0f} reports/s"
    )
    return total


def distinct() -> None:
    """Each bundled report once, with the memos of words and phrases emptied first."""
    for module in [m for name, m in sys.modules.items() if name.startswith("casekit")]:
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()
    run("distinct", [Document(id=f"d{i}.txt", text=t) for i, t in enumerate(bundled_reports())])


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

    timed(
        docs,
        total,
        "  ",
        [
            ("people", people),
            ("courts", courts),
            ("citations and statutes", citations),
            ("quotes", quotes),
            ("extract's own (rulings, parties, captions)", own),
        ],
    )
    own_parts(docs, total, found)


Stage = tuple[str, Callable[[Document], None]]


def timed(docs: list[Document], total: int, prefix: str, runs: list[Stage]) -> None:
    """Run each stage over every document in turn and print its MB per CPU-second."""
    for name, run in runs:
        start = time.process_time()
        for doc in docs:
            run(doc)
        seconds = time.process_time() - start
        print(f"{prefix}{name:{46 - len(prefix)}} {total / 1e6 / seconds:6.2f} MB/s")


def own_parts(
    docs: list[Document], total: int, found: dict[str, tuple[Any, list[Any], list[Any]]]
) -> None:
    """The parts of extract's own rules, each timed alone on the same reports."""
    from casekit.extractors import _appeal_roles, _caption_roles, _judges
    from casekit.extractors._text import TextView
    from casekit.extractors.caption import find_captions, main_caption
    from casekit.extractors.dates import anchor_date
    from casekit.extractors.parties import find_parties
    from casekit.extractors.ruling import find_rulings

    views = {doc.id: TextView(doc.text) for doc in docs}
    state: dict[str, dict[str, Any]] = {doc.id: {} for doc in docs}

    def sentences(doc: Document) -> None:
        TextView(doc.text)

    def events(doc: Document) -> None:
        views[doc.id].events()

    def dates(doc: Document) -> None:
        state[doc.id]["anchor"] = anchor_date(doc.text, doc.published)

    def rulings(doc: Document) -> None:
        p, c, _ = found[doc.id]
        state[doc.id]["rulings"] = find_rulings(
            doc.text,
            doc.id,
            view=views[doc.id],
            judges=_judges(p),
            courts=c,
            anchor=state[doc.id]["anchor"],
        )

    def captions(doc: Document) -> None:
        state[doc.id]["caption"] = main_caption(doc.text, find_captions(doc.text))

    def parties(doc: Document) -> None:
        s = state[doc.id]
        main = s["rulings"][0] if s["rulings"] else None
        court = main.court if main is not None else None
        caption = s["caption"]
        roles = _caption_roles(doc.text, court, caption.first if caption is not None else "")
        found_parties = find_parties(
            doc.text,
            doc.id,
            view=views[doc.id],
            caption=caption,
            caption_roles=roles,
            fullest=found[doc.id][0].fullest,
        )
        _appeal_roles(doc.text, court, main, found_parties)

    timed(
        docs,
        total,
        "    own: ",
        [
            ("sentences (TextView)", sentences),
            ("outcome events", events),
            ("dates (anchor_date)", dates),
            ("rulings (given events)", rulings),
            ("captions", captions),
            ("parties and roles", parties),
        ],
    )


if __name__ == "__main__":
    main()

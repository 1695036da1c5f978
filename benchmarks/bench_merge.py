"""Merging speed: synthetic reports about many cases, at growing sizes.

Usage: python benchmarks/bench_merge.py [REPORTS] [CASES]

Builds REPORTS (default 10,000) synthetic extractions about CASES (default 500) cases —
each report stating some of its case's facts (caption or not, the judge's full name or
surname, a piece of a quotation, a docket number) — then times ``casekit.merge`` on a
quarter, a half and all of them.  Time per report should stay flat (linear growth).
"""

from __future__ import annotations

import random
import sys
import time

import casekit as ck

FIRST = "Ana Ben Carla Dev Elena Farid Grace Hugo Iris Jonas Keiko Luis Mara Nils Olga".split()
LAST = "Ortega Brandt Cole Duarte Ellison Fujita Garber Hale Ibarra Jensen Kruger Lowe".split()
WORDS = (
    "law court order rule agency state public right voters data tax policy record statute "
    "harm relief plain text fair notice power authority congress review standard evidence "
    "claim injury remedy appeal motion interest balance equity merits harmful likely"
).split()
OUTCOMES = [ck.Outcome.GRANTED, ck.Outcome.DENIED, ck.Outcome.DISMISSED, ck.Outcome.AFFIRMED]


def make_case(k: int, rng: random.Random) -> dict[str, object]:
    judge = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{k}"
    quotes = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 30))) for _ in range(3)]
    return {
        "caption": f"Org{k} Alliance v. Official{k}",
        "docket": f"{20 + k % 6}-cv-{k:05d}",
        "judge": judge,
        "decided": f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}",
        "outcome": OUTCOMES[k % len(OUTCOMES)],
        "quotes": quotes,
        "plaintiff": f"Org{k} Alliance",
        "defendant": f"Official{k}",
    }


def make_report(n: int, case: dict[str, object], rng: random.Random) -> ck.Extraction:
    judge = str(case["judge"])
    name = judge if rng.random() < 0.5 else judge.split()[-1]
    quotes = []
    for text in case["quotes"]:  # type: ignore[attr-defined]
        if rng.random() < 0.6:
            words = str(text).split()
            cut = rng.randint(0, max(0, len(words) - 9))
            quotes.append(ck.Quote(text=" ".join(words[cut:]), speaker=ck.Speaker(name=name)))
    ruling = ck.Ruling(
        judges=(ck.Judge(name=name),),
        decided=ck.PartialDate.parse(str(case["decided"])) if rng.random() < 0.5 else None,
        outcome=case["outcome"] if rng.random() < 0.9 else ck.Outcome.OTHER,  # type: ignore[arg-type]
        relief="preliminary injunction",
    )
    parties = (
        ck.Party(name=str(case["plaintiff"]), role=ck.PartyRole.PLAINTIFF),
        ck.Party(name=str(case["defendant"]), role=ck.PartyRole.DEFENDANT),
    )
    return ck.Extraction(
        document=ck.Document(id=f"report-{n:06d}", text="(synthetic)"),
        case=ck.Case(
            caption=str(case["caption"]) if rng.random() < 0.5 else None,
            docket_numbers=(str(case["docket"]),) if rng.random() < 0.3 else (),
            parties=parties if rng.random() < 0.5 else (),
            rulings=(ruling,),
        ),
        quotes=tuple(quotes),
    )


def main() -> None:
    reports = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(7)
    case_facts = [make_case(k, rng) for k in range(cases)]
    extractions = [make_report(n, case_facts[n % cases], rng) for n in range(reports)]
    rng.shuffle(extractions)
    print(f"{reports:,} synthetic reports about {cases:,} cases")
    for share in (4, 2, 1):
        batch = extractions[: reports // share]
        start = time.perf_counter()
        files = ck.merge(batch)
        elapsed = time.perf_counter() - start
        per = elapsed / len(batch) * 1e6
        print(
            f"  {len(batch):>7,} reports -> {len(files):>5,} case files in {elapsed:6.2f} s "
            f"({per:6.1f} µs/report)"
        )


if __name__ == "__main__":
    main()

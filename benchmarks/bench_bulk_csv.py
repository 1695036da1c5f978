"""Throughput of the CourtListener bulk CSV loader: rows/s, MB/s and peak memory.

Generates (once, into benchmarks/data/, which git ignores) a bulk ``opinions`` CSV of
``--size-mb`` megabytes in the current dump dialect (every value quoted, ``\\``
escapes), with long opinion texts holding newlines, quotes and backslashes, and an
HTML rendering for some rows; then parses it into records at 1x and 4x that size, each
in a fresh process, and reports rows/s, MB/s and peak memory.  Memory must stay flat
from 1x to 4x: rows are streamed, never held.

    python benchmarks/bench_bulk_csv.py                 # 200 MB and 800 MB
    python benchmarks/bench_bulk_csv.py --size-mb 50 --factors 1
    python benchmarks/bench_bulk_csv.py --profile       # where the time goes (1x)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

HEADER = (
    "id,date_created,date_modified,author_str,per_curiam,joined_by_str,type,sha1,page_count,"
    "download_url,local_path,plain_text,html,html_lawbox,html_columbia,html_anon_2020,"
    "xml_harvard,html_with_citations,extracted_by_ocr,author_id,cluster_id"
)

WORDS = (
    "the court held that plaintiff defendant appellant appellee petitioner respondent "
    "statute section jurisdiction judgment motion summary dismiss reverse affirm remand "
    "evidence testimony witness jury verdict trial district circuit appeal standard review "
    "de novo abuse discretion clearly erroneous contract tort negligence damages injunction "
    "constitutional amendment due process equal protection search seizure warrant "
    "reasonable suspicion probable cause habeas corpus sentence guideline conviction "
    "agency rule regulation arbitrary capricious record administrative hearing notice"
).split()

CITES = ["{v} U.S. {p}", "{v} F.3d {p}", "{v} F. Supp. 2d {p}", "{v} S. Ct. {p}", "{v} P.3d {p}"]


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 9)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), '"' + " ".join(rng.sample(WORDS, 4)) + '"')
        if rng.random() < 0.4:
            cite = rng.choice(CITES).format(v=rng.randint(1, 999), p=rng.randint(1, 1500))
            words.append(f"See {rng.choice(WORDS).title()} v. {rng.choice(WORDS).title()}, {cite}")
        if rng.random() < 0.05:
            words.append(r"(file C:\records\exhibit\12.pdf; regex \d+\s\\)")
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    # hard-wrapped like CourtListener's plain text
    text = " ".join(sentences)
    lines, line = [], ""
    for word in text.split(" "):
        if len(line) + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _field(value: str | None) -> str:
    if value is None:
        return ""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(path: Path, size_mb: int, seed: int = 5) -> None:
    """Write a bulk opinions CSV of about ``size_mb`` megabytes."""
    rng = random.Random(seed)
    paragraphs = [_paragraph(rng) for _ in range(600)]
    target = size_mb * 1_000_000
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    written = 0
    row_id = 1
    with tmp.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        while written < target:
            text = "\n\n".join(rng.choices(paragraphs, k=rng.randint(2, 40)))
            plain: str | None = text
            html_cites = ""
            roll = rng.random()
            if roll < 0.25:  # plain text and its html_with_citations rendering
                html_cites = f'<pre class="inline">{text}</pre>'
            elif roll < 0.30:  # no plain text: the HTML is all there is
                plain = ""
                html_cites = "<div><p>" + text.replace("\n\n", "</p><p>") + "</p></div>"
            fields = [
                str(row_id),
                "2025-01-31 04:00:00.123456+00",
                "2025-01-31 04:00:00.123456+00",
                rng.choice(["", "Ruiz", "Okafor"]),
                rng.choice(["t", "f"]),
                "",
                rng.choice(["010combined", "020lead", "040dissent"]),
                f"{rng.getrandbits(160):040x}",
                str(rng.randint(1, 80)),
                None,
                None,
                plain,
                "",
                "",
                None,
                "",
                "",
                html_cites,
                "f",
                str(rng.randint(1, 9000)) if rng.random() < 0.7 else None,
                str(1_000_000 + row_id),
            ]
            line = ",".join(_field(v) for v in fields) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            row_id += 1
    tmp.rename(path)


def dataset(size_mb: int) -> Path:
    path = DATA / f"opinions-2025-01-31-bench-{size_mb}mb.csv"
    if not path.exists():
        started = time.perf_counter()
        print(f"generating {path} ...", file=sys.stderr)
        generate(path, size_mb)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def parse(path: Path, *, trace: bool) -> dict[str, float]:
    """Parse the file into records in this process; the measurements as a dict."""
    from casekit.records import load_bulk

    if trace:
        tracemalloc.start()
    size = path.stat().st_size
    started = time.perf_counter()
    cpu = time.process_time()
    loaded = load_bulk(path)
    rows = 0
    chars = 0
    for doc in loaded:
        rows += 1
        chars += len(doc.text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak_traced = tracemalloc.get_traced_memory()[1] if trace else 0
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert not loaded.log.problems, loaded.log.problems[:3]
    return {
        "mb": size / 1e6,
        "rows": rows,
        "seconds": elapsed,
        "rows_per_s": rows / elapsed,
        "mb_per_s": size / 1e6 / elapsed,
        "cpu_seconds": cpu,
        "mb_per_cpu_s": size / 1e6 / cpu,
        "peak_rss_mb": rss_kb / 1024,
        "peak_traced_mb": peak_traced / 1e6,
        "text_chars": chars,
    }


def concat(source: Path, factor: int) -> Path:
    """The 1x file repeated ``factor`` times (same rows, fresh ids are not needed)."""
    if factor == 1:
        return source
    path = source.with_name(source.stem + f"-x{factor}.csv")
    if not path.exists():
        with source.open("rb") as f:
            header = f.readline()
            body_start = f.tell()
        with path.open("wb") as out:
            out.write(header)
            for _ in range(factor):
                with source.open("rb") as f:
                    f.seek(body_start)
                    while chunk := f.read(1 << 24):
                        out.write(chunk)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--factors", default="1,4", help="comma-separated size multiples")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python memory")
    parser.add_argument("--profile", action="store_true", help="cProfile the 1x parse")
    parser.add_argument("--parse", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.parse:
        print(json.dumps(parse(args.parse, trace=args.tracemalloc)))
        return
    base = dataset(args.size_mb)
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("parse(base, trace=False)", globals(), {"base": base}, "/tmp/bench.prof")
        pstats.Stats("/tmp/bench.prof").sort_stats("tottime").print_stats(15)
        return
    print(f"{'size':>8} {'rows':>9} {'seconds':>8} {'rows/s':>9} {'MB/s':>7} {'MB/cpu-s':>9}"
          f" {'peak RSS':>9} {'traced':>8}")  # fmt: skip
    for factor in (int(f) for f in args.factors.split(",")):
        path = concat(base, factor)
        command = [sys.executable, __file__, "--parse", str(path)]
        if args.tracemalloc:
            command.append("--tracemalloc")
        result = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        print(
            f"{result['mb']:>6.0f}MB {result['rows']:>9,} {result['seconds']:>8.1f} "
            f"{result['rows_per_s']:>9,.0f} {result['mb_per_s']:>7.1f} "
            f"{result['mb_per_cpu_s']:>9.1f} "
            f"{result['peak_rss_mb']:>7.0f}MB {result['peak_traced_mb']:>6.1f}MB"
        )


if __name__ == "__main__":
    main()

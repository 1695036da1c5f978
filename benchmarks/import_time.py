"""How long `import casekit` takes, in fresh interpreters.

Usage: python benchmarks/import_time.py [RUNS]

Prints the median wall-clock time of `python -c "import casekit"` minus that of
`python -c "pass"` (the interpreter's own start-up), and the slowest imports that
`-X importtime` reports for one run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def wall(code: str, runs: int) -> float:
    """Median seconds to run ``python -c code``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def slowest_imports(count: int = 8) -> list[str]:
    """The ``count`` imports with the largest cumulative time, from ``-X importtime``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import casekit"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in result.stderr.splitlines()[1:]:  # "import time: self | cumulative | name"
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return [f"{us / 1000:8.1f} ms  {name}" for us, name in rows[:count]]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    base = wall("pass", runs)
    total = wall("import casekit", runs)
    print(f"python start-up:        {base * 1000:7.1f} ms (median of {runs})")
    print(f"import casekit (extra): {(total - base) * 1000:7.1f} ms  (target < 150 ms)")
    print("slowest imports, cumulative (one run, -X importtime):")
    print("\n".join(slowest_imports()))


if __name__ == "__main__":
    main()

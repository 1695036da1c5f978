"""Score extract_quotes on the bundled example reports with tools/score.py's quote matching.

Run as a script to print the figures: ``python tests/test_quotes_examples.py [-v]``;
``--bench`` also measures throughput (MB/s of CPU time) on a few MB of reports.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from casekit.extractors.quotes import extract_quotes
from casekit.model import Document

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "examples" / "reports"
GOLD = ROOT / "examples" / "gold"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("casekit_score", ROOT / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted_summary(path: Path) -> dict[str, Any]:
    """The quotes part of a summary for one report."""
    document = Document(id=path.name, text=path.read_text(encoding="utf-8"))
    quotes = extract_quotes(document)
    return {
        "quotes": [
            {"text": q.text, "speaker": q.speaker.label if q.speaker else None} for q in quotes
        ]
    }


def score_quotes(reports: Path = REPORTS, gold: Path = GOLD) -> tuple[dict[str, Any], list[str]]:
    """Quote metrics (tools/score.py's) over every gold file, and the differences found."""
    score = _score_module()
    totals: Counter[str] = Counter()
    log: list[str] = []
    for gold_path in sorted(gold.glob("*.json")):
        gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = predicted_summary(reports / gold_doc["document"])
        counts: Counter[str] = Counter()
        diffs: list[str] = []
        score.tally_matches("quotes", gold_doc, pred, counts, diffs)
        totals.update(counts)
        log += [f"{gold_path.name}: {d}" for d in diffs]
    metrics: dict[str, Any] = score.metrics(totals, "speaker")
    return metrics, log


def test_example_reports_quotes_f1_and_speakers() -> None:
    metrics, log = score_quotes()
    assert metrics["f1"] >= 0.9, log
    assert metrics["speaker_accuracy"] >= 0.9, log


def throughput(folder: Path = REPORTS, megabytes: float = 3.0) -> str:
    """MB/s of extract_quotes over copies of the reports in ``folder``, names varied per copy."""
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    documents: list[Document] = []
    size = 0
    while size < megabytes * 1e6:
        i = len(documents)
        tag = "abcdefghij"[i % 10] + "klmnopqrst"[i // 10 % 10]
        # vary the capitalised words so that no cache helps from one copy to the next
        text = re.sub(r"\b([A-Z][a-z]{4,})\b", rf"\g<1>{tag}", texts[i % len(texts)])
        documents.append(Document(id=str(i), text=text))
        size += len(text.encode("utf-8"))
    start = time.process_time()
    quotes = sum(len(extract_quotes(d)) for d in documents)
    seconds = time.process_time() - start
    return (
        f"{folder.relative_to(ROOT)}: {size / 1e6:.1f} MB in {len(documents)} reports, "
        f"{quotes} quotes: "
        f"{size / 1e6 / seconds:.1f} MB/s (CPU time)"
    )


if __name__ == "__main__":
    result, differences = score_quotes()
    if "-v" in sys.argv:
        print("\n".join(differences))
    print(json.dumps(result, indent=1))
    if "--bench" in sys.argv:
        print(throughput(REPORTS))
        print(throughput(ROOT / "tests" / "data" / "quotes"))

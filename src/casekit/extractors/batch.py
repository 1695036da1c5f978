"""Extract many documents, on several processor cores if asked.

:func:`extract_many` yields one :class:`~casekit.Extraction` per document, in the order
the documents come, exactly as :func:`casekit.extract` would.  With ``jobs=1`` (the
default) it runs in this process; with more, worker processes extract chunks of
documents while the next ones are read, so a corpus of many reports is processed about
``jobs`` times faster on a machine with that many free cores.  Documents are read
lazily: at most a few chunks per worker are in flight, so memory stays flat however many
documents the iterable holds.

>>> from casekit import Document, extract_many
>>> docs = [Document(id=f"r{i}", text="Judge Ana Ruiz denied the motion.") for i in range(3)]
>>> [e.document.id for e in extract_many(docs)]
['r0', 'r1', 'r2']

On platforms that start worker processes by importing the main module (Windows, macOS),
a script that uses ``jobs > 1`` must guard its entry point with
``if __name__ == "__main__":``, as for any use of :mod:`multiprocessing`.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from casekit.extractors import extract
from casekit.model.document import Document
from casekit.model.extraction import Extraction

__all__ = ["extract_many"]

#: Documents sent to a worker at a time: enough to make the cost of passing them between
#: processes small against extracting them, few enough to keep all workers busy.
CHUNK = 16
#: Chunks in flight per worker.
AHEAD = 4


def _extract_chunk(documents: list[Document]) -> list[Extraction]:
    return [extract(d) for d in documents]


def _chunks(documents: Iterable[Document]) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(itertools.islice(it, CHUNK)):
        yield chunk


def _jobs(jobs: int | None) -> int:
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"extract_many: jobs must be a whole number >= 0, got {jobs!r}")
    return jobs


def extract_many(documents: Iterable[Document], *, jobs: int | None = 1) -> Iterator[Extraction]:
    """:func:`casekit.extract` of each document, in order.

    ``jobs`` is the number of processes to use: 1 (the default) extracts here, in this
    process; ``0`` or ``None`` use every core :func:`os.cpu_count` reports.  A negative
    or non-integer ``jobs`` raises :class:`ValueError`.
    """
    n = _jobs(jobs)
    if n == 1:
        for document in documents:
            yield extract(document)
        return
    chunks = _chunks(documents)
    with ProcessPoolExecutor(max_workers=n) as pool:
        pending: deque[Future[list[Extraction]]] = deque()
        for chunk in itertools.islice(chunks, n * AHEAD):
            pending.append(pool.submit(_extract_chunk, chunk))
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):  # the next chunk, if any
                pending.append(pool.submit(_extract_chunk, chunk))
            yield from done

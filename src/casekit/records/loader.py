"""The machinery every court-record loader shares: a lazy, logged stream of records.

A loader returns a :class:`Loaded`: iterate it for the records; its ``log`` (a
:class:`~casekit.LoadLog`) counts what was read, loaded and reported, so nothing is
lost silently.  ``strict=True`` raises :class:`~casekit.LoadError` on the first bad
record instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

from casekit.errors import CaseKitError, LoadError
from casekit.loading import LoadLog
from casekit.records._common import PathLike, base_name, open_binary

__all__ = ["Loaded", "read_json_objects"]

T = TypeVar("T")


class Loaded(Generic[T]):
    """The records of one or more sources, read lazily, with their :class:`~casekit.LoadLog`.

    Iterate it once; afterwards ``log.read == log.loaded + len(log.problems)``.
    """

    def __init__(
        self, produce: Callable[[LoadLog], Iterator[T]], log: LoadLog | None, strict: bool
    ) -> None:
        self.log = log if log is not None else LoadLog(strict=strict)
        self._produce = produce

    def __iter__(self) -> Iterator[T]:
        return self._produce(self.log)

    def list(self) -> list[T]:
        """All the records (reads the sources)."""
        return list(self)


def convert(
    log: LoadLog,
    source: str,
    items: Iterable[tuple[str, Any]],
    build: Callable[[Any], T | None],
) -> Iterator[T]:
    """Build a record from each ``(location, item)``; count it or report why it failed.

    ``item`` may be a :class:`CaseKitError` standing for an input that could not be
    read at all (it is reported); ``build`` returning None skips an item uncounted.
    """
    for location, item in items:
        if isinstance(item, CaseKitError):
            log.report(source, location, item.message, input=item.input)
            continue
        try:
            record = build(item)
        except CaseKitError as e:
            reason = f"{e.where}: {e.message}" if e.where else e.message
            log.report(source, location, reason, input=item)
            continue
        except (ValueError, TypeError, KeyError, AttributeError) as e:  # defensive
            log.report(source, location, f"{type(e).__name__}: {e}", input=item)
            continue
        if record is None:
            continue
        log.loaded_one()
        yield record


def read_json_objects(path: PathLike) -> Iterator[tuple[str, Any]]:
    """``(location, object)`` for each JSON object of a file.

    A ``.jsonl`` / ``.ndjson`` file gives one object per line (``line N``); a JSON file
    holding a list, or a paginated API response (``{count, next, previous, results}``),
    gives each element (``record N``); else the file is one object.  What cannot be
    read comes as a :class:`~casekit.LoadError` in place of the object.
    """
    name = base_name(path)
    with open_binary(path) as f:
        if name.endswith((".jsonl", ".ndjson")):
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield f"line {number}", _parse(line, path, f"line {number}")
            return
        data = _parse(f.read(), path, None)
    if isinstance(data, LoadError):
        yield data.where or "record 1", data
        return
    if isinstance(data, str) and data.lstrip().startswith(("{", "[")):
        data = _parse(data, path, None)  # double-encoded JSON (a string holding JSON)
    if isinstance(data, dict) and isinstance(data.get("results"), list) and "count" in data:
        data = data["results"]
    if isinstance(data, list):
        for number, item in enumerate(data, 1):
            yield f"record {number}", item
    else:
        yield "record 1", data


def _parse(raw: bytes | str, path: PathLike, location: str | None) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}" if location is None else location
        return LoadError(f"not valid JSON: {e}", input=str(path), where=where)
    except UnicodeDecodeError as e:
        return LoadError(f"not UTF-8 text: {e.reason}", input=str(path), where=location)


def source_name(path: PathLike) -> str:
    """How a source is named in problems: the path as given."""
    return str(Path(path))

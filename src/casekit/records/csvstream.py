"""Streaming CourtListener bulk CSV files in constant memory.

CourtListener's bulk dumps are PostgreSQL ``COPY ... CSV`` exports whose quoting
changed over the years:

========================  ===================================================
dialect                   what it looks like
========================  ===================================================
``standard``              RFC 4180: ``"`` quotes, a quote inside doubled
                          (``""``); older dumps and the 2024 ``FORCE_QUOTE``
                          ones, where every non-NULL value is quoted
``backtick``              `````` ` `````` quotes (dumps from August 2024 to January 2025)
``backslash``             ``"`` quotes with backslash escapes (``\\"``, ``\\\\``),
                          every non-NULL value quoted (dumps since January 2025)
========================  ===================================================

:func:`sniff_dialect` tells them apart from the first KB (and the dump date in the
file name when the sample is ambiguous).  Fields may hold newlines, so rows are
read with the :mod:`csv` module (in C), never split on lines.

>>> from casekit.records.csvstream import sniff_dialect
>>> sniff_dialect('id,plain_text\\n"1","He said \\\\"no.\\\\""\\n')
'backslash'
>>> sniff_dialect("id,plain_text\\n`1`,`text`\\n")
'backtick'
"""

from __future__ import annotations

import csv
import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from casekit.errors import CaseKitError, LoadError
from casekit.records._common import CountingReader, PathLike, base_name, open_binary

__all__ = ["DIALECTS", "CsvRows", "format_row", "read_rows", "row_starts", "sniff_dialect"]

# PostgreSQL writes NULL as an unquoted empty field, and "" for an empty string; the
# csv module reads both as "" before Python 3.12 (see docs/records.md).


class _Standard(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    escapechar: str | None = None
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False
    strict = False


class _Backtick(_Standard):
    quotechar = "`"


class _Backslash(_Standard):
    doublequote = False
    escapechar = "\\"


#: dialect name -> csv.Dialect
DIALECTS: dict[str, type[csv.Dialect]] = {
    "standard": _Standard,
    "backtick": _Backtick,
    "backslash": _Backslash,
}

_DUMP_DATE = re.compile(r"(20\d\d)-(\d\d)-(\d\d)")
_BACKSLASHED = re.compile(r'\\["\\]')
_DOUBLED = re.compile(r'[^,\n]""[^,\n]')


def sniff_dialect(sample: str, name: str | None = None) -> str:
    """The dialect (a key of :data:`DIALECTS`) of a bulk CSV, from its first KB.

    When the sample shows no escaped quote at all, the dump date in ``name``
    decides (``opinions-2024-10-31.csv`` -> ``backtick``); without one, the
    current ``backslash`` dialect is assumed.
    """
    body = sample.partition("\n")[2]
    if body.startswith("`"):  # the first row's id is quoted with a backtick
        return "backtick"
    if _DOUBLED.search(body):  # a quote doubled inside a value: never in the other two
        return "standard"
    if _BACKSLASHED.search(body):
        return "backslash"
    match = _DUMP_DATE.search(name or "")
    if match:
        date = match.group(0)
        if date >= "2025-01-25":
            return "backslash"
        if date >= "2024-08-01":
            return "backtick"
        return "standard"
    return "backslash"


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:  # sys.maxsize overflows a C long on some platforms
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


class CsvRows:
    """The rows of one bulk CSV file as ``(row_number, fields)``, read lazily.

    ``header`` holds the column names; ``row_number`` counts data rows from 1;
    ``line`` is the physical line where the last row started (rows may span lines).
    ``bytes_read`` and ``size`` serve progress bars (bytes of the file on disk).

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        path: PathLike,
        *,
        dialect: str | None = None,
        byte_range: tuple[int, int] | None = None,
        header: list[str] | None = None,
    ) -> None:
        _raise_field_limit()
        self.path = str(path)
        self._counter: list[CountingReader] = []
        if byte_range is None:
            self._binary = open_binary(path, counter=self._counter)
        else:  # a slice of a plain file that starts at a row (see row_starts)
            self._binary = _Slice(path, *byte_range)  # type: ignore[assignment]
        try:
            self.size = _file_size(path) if byte_range is None else byte_range[1] - byte_range[0]
            buffered = io.BufferedReader(self._binary, 1 << 20)  # type: ignore[type-var]
            try:
                head = buffered.peek(4096)[:4096]
            except (OSError, EOFError, ValueError) as e:  # a corrupt .gz/.bz2
                raise LoadError(f"cannot decompress: {e}", where=self.path) from None
            if dialect is None:
                dialect = sniff_dialect(head.decode("utf-8", "ignore"), base_name(path))
            if dialect not in DIALECTS:
                raise CaseKitError(
                    f"unknown CSV dialect {dialect!r}; expected one of {sorted(DIALECTS)}",
                    input=dialect,
                )
            self.dialect = dialect
            self._text = io.TextIOWrapper(buffered, encoding="utf-8", errors="replace", newline="")
            self._reader = csv.reader(self._text, DIALECTS[dialect])
            if header is not None:
                self.header = header
            else:
                try:
                    self.header = next(self._reader)
                except StopIteration:
                    raise LoadError("empty file: no header row", where=self.path) from None
                except csv.Error as e:
                    raise LoadError(f"broken CSV header: {e}", where=self.path) from None
        except BaseException:
            self._binary.close()
            raise
        self.line = 1

    @property
    def bytes_read(self) -> int:
        """Bytes of the file (compressed, as on disk) read so far."""
        return self._counter[0].bytes_read if self._counter else 0

    def __iter__(self) -> Iterator[tuple[int, list[str] | str]]:
        """``(row_number, fields)``; a row the csv module refuses gives an error message
        in place of its fields (reading goes on at the next line)."""
        reader = self._reader
        row_number = 0
        while True:
            self.line = reader.line_num + 1
            try:
                row: list[str] | str = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                row = f"broken CSV: {e}"
            except (OSError, EOFError, ValueError) as e:  # a truncated .gz / .bz2
                raise LoadError(
                    f"cannot decompress: {e}", where=f"{self.path}:line {self.line}"
                ) from None
            row_number += 1
            yield row_number, row

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> CsvRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_size(path: PathLike) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class _Slice(io.RawIOBase):
    """Bytes ``[start, end)`` of a plain file."""

    def __init__(self, path: PathLike, start: int, end: int) -> None:
        self._file = open(path, "rb", buffering=0)  # noqa: SIM115 (closed in close())
        self._file.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: self._left]
        n = self._file.readinto(view) or 0
        self._left -= n
        return n

    def close(self) -> None:
        self._file.close()
        super().close()


def row_starts(path: PathLike, blocksize: int, dialect: str) -> list[int] | None:
    """Byte offsets that split a plain bulk CSV into ~``blocksize`` pieces at row starts.

    Works for dumps that quote every value (each row then starts with a quoted id at the
    start of a line, which no text field can hold unescaped); returns None for other
    files (minimal quoting or compressed), which must be read whole.  The first offset
    is the first data row, the last the file size.
    """
    if base_name(path) != Path(path).name:
        return None  # compressed: no random access
    quote = DIALECTS[dialect].quotechar or '"'
    q = re.escape(quote).encode()
    row_start = re.compile(rb"\n(?=" + q + rb"\d+" + q + rb",)")
    size = _file_size(path)
    with open(path, "rb") as f:
        first = _next_match(f, 0, row_start)
        if first is None:
            return None
        f.seek(first)
        if f.read(1) != quote.encode():
            return None
        starts = [first]
        offset = first + blocksize
        while offset < size:
            found = _next_match(f, offset, row_start)
            if found is None:
                break
            starts.append(found)
            offset = found + blocksize
    starts.append(size)
    return starts


def _next_match(f: IO[bytes], offset: int, pattern: re.Pattern[bytes]) -> int | None:
    """The offset just after the first newline matching ``pattern`` at or after ``offset``."""
    f.seek(max(0, offset - 1))
    carry = b""
    base = max(0, offset - 1)
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            return None
        data = carry + chunk
        match = pattern.search(data)
        if match:
            return base + match.start() + 1
        keep = min(len(data), 64)
        base += len(data) - keep
        carry = data[-keep:]


def read_rows(
    path: PathLike, *, dialect: str | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(row_number, {column: value})`` for each well-formed row of a bulk CSV."""
    with CsvRows(path, dialect=dialect) as rows:
        header = rows.header
        for number, row in rows:
            if not isinstance(row, str) and len(row) == len(header):
                yield number, dict(zip(header, row, strict=True))


def format_row(values: list[str | None], dialect: str = "backslash") -> str:
    r"""One bulk CSV line as PostgreSQL ``COPY ... FORCE_QUOTE *`` writes it (None is NULL).

    The inverse of reading, for making test and benchmark files.

    >>> print(format_row(["1", 'say "hi" \\', None, ""]), end="")
    "1","say \"hi\" \\",,""
    >>> print(format_row(["1", 'a "b" c'], "standard"), end="")
    "1","a ""b"" c"
    """
    quote = DIALECTS[dialect].quotechar or '"'
    escape = "\\" if dialect == "backslash" else quote
    out = []
    for value in values:
        if value is None:
            out.append("")
            continue
        if dialect == "backslash":
            value = value.replace("\\", "\\\\")
        out.append(quote + value.replace(quote, escape + quote) + quote)
    return ",".join(out) + "\n"

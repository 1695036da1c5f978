"""Reading news reports into :class:`~casekit.Document` records.

:func:`read` reads one report; :func:`read_many` reads files, directories and
glob patterns, where JSON and JSONL files may hold many reports, and accounts
for every record in a :class:`~casekit.LoadLog`.

>>> import casekit
>>> doc = casekit.read("examples/reports/002_89d09764d5999a72.txt")
>>> doc.id, doc.kind.value, doc.text[:27]
('002_89d09764d5999a72.txt', 'news', 'A federal judge on Monday d')
>>> doc = casekit.read("Published May 13, 2025\\nA judge ruled.", source="The Ledger")
>>> doc.id, doc.published, doc.source
('sha1:dcfe40f72e63', datetime.date(2025, 5, 13), 'The Ledger')
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, Union

import attrs

from casekit.errors import CaseKitError, InvalidRecord, LoadError, ReadError
from casekit.loading import LoadLog
from casekit.model.document import Document, DocumentKind, MetadataValue, text_id
from casekit.news.dates import dateline_date, parse_date
from casekit.news.encoding import Decoded, check_text, declared_charset, decode, normalize_newlines
from casekit.news.fields import Fields, kind_of, metadata_value
from casekit.news.html import looks_like_html, parse_html
from casekit.news.jsonrecords import json_records, jsonl_records
from casekit.news.plaintext import text_fields

__all__ = ["Format", "Source", "read", "read_file", "read_many", "read_text"]

#: What :func:`read` accepts: a path, the content's bytes, or a path or text as ``str``.
Source = Union[str, "os.PathLike[str]", bytes]
#: The input formats; None means: tell from the file's extension and content.
Format = Literal["text", "html", "json", "jsonl"]

#: File extensions and the formats they mean.
EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: The files :func:`read_many` takes from a directory.
DIRECTORY_EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")

_FORMATS = ("text", "html", "json", "jsonl")
#: A one-line string this long or shorter, ending in a known extension, is a path.
_MAX_PATH = 1024
_GLOB_CHARS = frozenset("*?[")


@attrs.frozen
class _Overrides:
    """What the caller passed: fields that replace what the input says, and metadata."""

    id: str | None
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    kind: DocumentKind | None
    metadata: dict[str, MetadataValue]
    format: Format | None


def _overrides(
    published: dt.date | str | None,
    format: str | None,
    metadata: dict[str, object],
    *,
    allow_id: bool = True,
) -> _Overrides:
    fields: dict[str, str | None] = {}
    for name in ("id", "title", "source", "url"):
        value = metadata.pop(name, None)
        if value is not None and not isinstance(value, str):
            raise InvalidRecord(f"must be a string, got {value!r}", input=value, where=name)
        fields[name] = value
    if fields["id"] is not None and not allow_id:
        raise InvalidRecord("read_many() gives each document its own id", where="id")
    date: dt.date | None = None
    if published is not None:
        date = parse_date(published)
        if date is None:
            raise InvalidRecord(f"not a date: {published!r}", input=published, where="published")
    kind = metadata.pop("kind", None)
    if format is not None and format not in _FORMATS:
        raise InvalidRecord(
            f"format must be one of {', '.join(_FORMATS)}, got {format!r}",
            input=format,
            where="format",
        )
    extra: dict[str, MetadataValue] = {}
    for key, value in metadata.items():
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise InvalidRecord(
                f"metadata must be str, int, float, bool or None, got {value!r}",
                input=value,
                where=key,
            )
        extra[key] = value
    return _Overrides(
        id=fields["id"],
        title=fields["title"],
        source=fields["source"],
        url=fields["url"],
        published=date,
        kind=None if kind is None else kind_of(kind, where="kind"),
        metadata=extra,
        format=format,  # type: ignore[arg-type]
    )


# --- public API -------------------------------------------------------------------------


def read(
    source: Source,
    /,
    *,
    published: dt.date | str | None = None,
    format: Format | None = None,
    **metadata: object,
) -> Document:
    """Read one news report into a :class:`~casekit.Document`.

    ``source`` is a file when it is a :class:`~pathlib.Path` (or other path
    object), the content itself when it is ``bytes``; a ``str`` is a path when
    it names an existing file or directory, or is one line ending in a known
    extension (``.txt``, ``.html``, ``.htm``, ``.xhtml``, ``.json``, ``.jsonl``,
    ``.ndjson``), and otherwise the text itself.  Use :func:`read_file` and
    :func:`read_text` to say which.

    The format (``"text"``, ``"html"``, ``"json"``, ``"jsonl"``) comes from the
    file extension and the content unless ``format`` says.  A JSON input must
    hold exactly one record here (use :func:`read_many` for more).

    ``published``, ``title``, ``source``, ``url``, ``kind`` and ``id`` replace
    what the input says; other keyword arguments go to
    :attr:`Document.metadata <casekit.Document.metadata>`.

    Raises :class:`~casekit.ReadError` when a file cannot be read and
    :class:`~casekit.LoadError` when its content cannot be loaded (empty,
    binary, malformed JSON, no record or many).
    """
    if isinstance(source, bytes):
        overrides = _overrides(published, format, metadata)
        return _one(_bytes_documents(source, None, overrides), None)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _names_file(source)):
        return read_file(source, published=published, format=format, **metadata)
    if isinstance(source, str):
        return read_text(source, published=published, format=format, **metadata)
    raise TypeError(f"read() takes a path, str or bytes, not {type(source).__name__}")


def read_text(
    text: str,
    /,
    *,
    published: dt.date | str | None = None,
    format: Format | None = None,
    **metadata: object,
) -> Document:
    """Read one report from its text (plain text unless it starts like an HTML page or
    is JSON, or ``format`` says); its id is :func:`~casekit.model.document.text_id`
    of the text unless ``id=`` is given.  See :func:`read`.

    >>> import casekit
    >>> doc = casekit.read_text("<html><body><p>Judge rules.</p></body></html>")
    >>> doc.text, doc.id
    ('Judge rules.', 'sha1:9545d3ef7713')
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes a str, not {type(text).__name__}")
    overrides = _overrides(published, format, metadata)
    text = normalize_newlines(text.removeprefix("\ufeff"))
    check_text(text)
    decoded = Decoded(text, "str", ())
    return _one(_documents(decoded, None, overrides.format or _sniff(text, None), overrides), None)


def read_file(
    path: str | os.PathLike[str],
    /,
    *,
    published: dt.date | str | None = None,
    format: Format | None = None,
    **metadata: object,
) -> Document:
    """Read one report from a file; its id is the file name.  See :func:`read`.

    >>> import casekit
    >>> casekit.read_file("no/such/report.txt")
    Traceback (most recent call last):
    ...
    casekit.errors.ReadError: no/such/report.txt: cannot read: no such file
    """
    overrides = _overrides(published, format, metadata)
    return _one(_file_documents(Path(path), overrides), os.fspath(path))


def read_many(
    *sources: str | os.PathLike[str],
    strict: bool = False,
    log: LoadLog | None = None,
    published: dt.date | str | None = None,
    format: Format | None = None,
    **metadata: object,
) -> Iterator[Document]:
    """Read every report in files, directories and glob patterns, in order.

    A directory gives its ``.txt``, ``.html``, ``.htm``, ``.json`` and ``.jsonl``
    files (not hidden ones, not its subdirectories), sorted by name; a glob
    pattern (``reports/**/*.html``) gives the files it matches, sorted.  A JSON
    file may hold one report or a list of them, a JSONL file one per line.

    Nothing is lost silently: every input record is either yielded or reported
    to ``log`` as a :class:`~casekit.Problem` (file, ``line N`` / ``item N``,
    reason): a missing file, a pattern matching nothing, a bad JSONL line.  With
    ``strict=True`` (or a strict ``log``) the first problem raises instead:
    :class:`~casekit.ReadError` or :class:`~casekit.LoadError`.

    Documents from files holding one report are named by the file name; a JSON
    record without an ``id`` is named ``FILE#N`` (N its line in JSONL, its
    position in a JSON list).  Keyword arguments apply to every document, as in
    :func:`read` (except ``id``).
    """
    overrides = _overrides(published, format, metadata, allow_id=False)
    if log is None:
        log = LoadLog(strict=strict)
    return _read_many(sources, log, strict or log.strict, overrides)


# --- the work ---------------------------------------------------------------------------

#: A document, or the error that kept a record from loading, and where it was.
_Outcome = tuple[str | None, Document | CaseKitError]


def _read_many(
    sources: Iterable[str | os.PathLike[str]], log: LoadLog, strict: bool, overrides: _Overrides
) -> Iterator[Document]:
    for source in sources:
        for path in _expand(source, log, strict):
            name = os.fspath(path)
            for location, result in _file_documents(path, overrides):
                if isinstance(result, Document):
                    log.loaded_one()
                    yield result
                    continue
                if strict:
                    raise _located(result, name, location)
                log.report(name, location, result.message, input=result.input)


def _expand(source: str | os.PathLike[str], log: LoadLog, strict: bool) -> list[Path]:
    """The files a source names (reporting a pattern that matches nothing)."""
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"read_many() takes paths, not {type(source).__name__}")
    name = os.fspath(source)
    path = Path(name)
    try:
        if path.is_dir():
            return [
                p
                for p in sorted(path.iterdir())
                if p.suffix.lower() in DIRECTORY_EXTENSIONS
                and not p.name.startswith(".")
                and not p.is_dir()
            ]
        if not path.exists() and _GLOB_CHARS.intersection(name):
            files = [Path(m) for m in sorted(glob.glob(name, recursive=True))]
            files = [p for p in files if not p.is_dir()]
            if not files:
                error = LoadError("no files match this pattern", input=name, where=name)
                if strict:
                    raise error
                log.report(name, None, error.message, input=name)
            return files
    except OSError as e:
        return _unreadable(name, e, log, strict)
    return [path]  # a file, or a path that _file_documents reports as unreadable


def _unreadable(name: str, error: OSError, log: LoadLog, strict: bool) -> list[Path]:
    problem = _read_error(name, error)
    if strict:
        raise problem
    log.report(name, None, problem.message, input=name)
    return []


def _one(outcomes: Iterable[_Outcome], name: str | None) -> Document:
    """The only document of an input, or the first error."""
    found: list[Document] = []
    for location, result in outcomes:
        if not isinstance(result, Document):
            raise _located(result, name, location)
        found.append(result)
    if len(found) != 1:
        raise LoadError(
            f"holds {len(found)} records; read_many() reads each of them",
            input=name,
            where=name,
        )
    return found[0]


def _located(error: CaseKitError, name: str | None, location: str | None) -> CaseKitError:
    """The error with ``where`` naming the file and the record in it."""
    if name is None and location is None:
        return error
    where = ":".join(p for p in (name, location) if p)
    if error.where and error.where not in (name, where):
        where = f"{where}:{error.where}"
    error.where = where
    return error


def _read_error(name: str, error: OSError) -> ReadError:
    if isinstance(error, FileNotFoundError):
        reason = "no such file"
    elif isinstance(error, IsADirectoryError):
        reason = "is a directory"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    else:
        reason = error.strerror or type(error).__name__
    return ReadError(f"cannot read: {reason}", input=name, where=name)


def _file_documents(path: Path, overrides: _Overrides) -> Iterator[_Outcome]:
    name = os.fspath(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(name)
        data = path.read_bytes()
    except OSError as e:
        yield None, _read_error(name, e)
        return
    except ValueError as e:  # an embedded NUL in the path
        yield None, ReadError(f"cannot read: {e}", input=name, where=name)
        return
    yield from _bytes_documents(data, path, overrides)


def _bytes_documents(data: bytes, path: Path | None, overrides: _Overrides) -> Iterator[_Outcome]:
    name = os.fspath(path) if path is not None else None
    try:
        decoded = decode(data, where=name, declared=declared_charset(data))
    except CaseKitError as e:
        yield None, e
        return
    fmt = overrides.format
    if fmt is None:
        fmt = EXTENSIONS.get(path.suffix.lower()) if path is not None else None
        if fmt in (None, "text"):
            fmt = _sniff(decoded.text, fmt)
    yield from _documents(decoded, path, fmt, overrides)


def _sniff(text: str, by_extension: Format | None) -> Format:
    """HTML when the text starts like a page; JSON or JSONL when it parses as such
    (not for ``.txt`` files); plain text otherwise."""
    if looks_like_html(text):
        return "html"
    if by_extension == "text":
        return "text"
    stripped = text.strip()
    if stripped[:1] in ("{", "[") and stripped[-1:] in ("}", "]"):
        try:
            data = json.loads(stripped)
        except (ValueError, RecursionError):
            first = stripped.split("\n", 1)[0]
            try:
                data = json.loads(first)
            except (ValueError, RecursionError):
                return "text"
            return "jsonl" if isinstance(data, dict) else "text"
        if isinstance(data, dict) or (isinstance(data, list) and data):
            return "json"
    return "text"


def _documents(
    decoded: Decoded, path: Path | None, fmt: Format, overrides: _Overrides
) -> Iterator[_Outcome]:
    """The documents of decoded content in format ``fmt``."""
    name = path.name if path is not None else None
    where = os.fspath(path) if path is not None else None
    warnings = list(decoded.warnings)
    if fmt in ("json", "jsonl"):
        records = json_records(decoded.text) if fmt == "json" else jsonl_records(decoded.text)
        for location, result in records:
            if isinstance(result, CaseKitError):
                yield location, result
                continue
            number = location.split()[-1] if location else None
            default = name if location is None else (f"{name}#{number}" if name else None)
            yield location, _document(result, default, warnings, overrides, location)
        return
    try:
        fields = _html_fields(decoded.text, where) if fmt == "html" else text_fields(decoded.text)
    except CaseKitError as e:
        yield None, e
        return
    yield None, _document(fields, name, warnings, overrides, None)


def _html_fields(html: str, where: str | None) -> Fields:
    page = parse_html(html, where=where)
    if not page.text.strip():
        raise LoadError("no article text found in the HTML page", input=html[:80], where=where)
    metadata = {
        key: value
        for key, value in (
            ("author", page.author),
            ("description", page.description),
            ("language", page.language),
        )
        if value is not None
    }
    return Fields(
        text=page.text,
        title=page.title,
        source=page.source,
        url=page.url,
        published=page.published or dateline_date(page.text),
        metadata=dict(metadata),
        warnings=list(page.warnings),
    )


def _document(
    fields: Fields,
    default_id: str | None,
    warnings: list[str],
    overrides: _Overrides,
    location: str | None,
) -> Document | CaseKitError:
    """Build the document: the caller's values first, then the input's, then defaults."""
    metadata = {**fields.metadata, **overrides.metadata}
    try:
        return Document(
            id=overrides.id or fields.id or default_id or text_id(fields.text),
            text=fields.text,
            title=overrides.title or fields.title,
            source=overrides.source or fields.source,
            url=overrides.url or fields.url,
            published=overrides.published or fields.published,
            kind=overrides.kind or fields.kind or DocumentKind.NEWS,
            metadata={k: metadata_value(v) for k, v in metadata.items()},
            warnings=(*warnings, *fields.warnings),
        )
    except CaseKitError as e:
        return e


def _names_file(text: str) -> bool:
    """Is this ``str`` argument of :func:`read` a path (see there)?"""
    if "\n" in text or len(text) > _MAX_PATH or not text.strip():
        return False
    try:
        if os.path.exists(text):
            return True
    except (OSError, ValueError):
        return False
    return Path(text.strip()).suffix.lower() in EXTENSIONS

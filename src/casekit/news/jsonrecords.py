"""News reports as JSON records: a JSON object, a JSON list of objects, or JSONL.

Each record needs ``text``.  These fields are read too:

========================  ==================================================
field                     becomes
========================  ==================================================
``id``                    :attr:`Document.id <casekit.Document.id>`
``title`` (``headline``)  ``title``
``source`` (``outlet``)   ``source`` (an object's ``name`` is taken)
``url``                   ``url``
``published`` (also       ``published``: the date part of a date or timestamp
``date_published``,
``published_at``,
``publish_date``,
``datePublished``,
``date``)
``kind``                  ``kind`` (``news``, ``opinion``, ``docket``, ``other``)
anything else             ``metadata``: scalars as they are, lists and objects
                          as compact JSON text
========================  ==================================================

When a record has a field and its alias (``source`` and ``outlet``), the
field wins and the alias goes to ``metadata``.  A published date that cannot
be read is left out, with a warning on the document.

>>> from casekit.news.jsonrecords import jsonl_records
>>> rows = '{"text": "A judge ruled.", "outlet": "The Ledger"}\\n{"text": 5}\\n'
>>> for location, result in jsonl_records(rows):
...     print(location, result)
line 1 Fields(text='A judge ruled.', id=None, title=None, source='The Ledger', url=None, published=None, kind=None, metadata={}, warnings=[])
line 2 'text' must be a string, got int
"""  # noqa: E501

from __future__ import annotations

import json
from collections.abc import Iterator

from casekit.errors import CaseKitError, InvalidRecord, LoadError
from casekit.news.dates import parse_date
from casekit.news.encoding import check_text, normalize_newlines
from casekit.news.fields import Fields, kind_of, metadata_value

__all__ = ["json_records", "jsonl_records", "record_fields"]

#: Record field -> the fields it may also be called, best first.
_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "outlet"),
    "published": (
        "published",
        "date_published",
        "published_at",
        "publish_date",
        "datePublished",
        "date",
    ),
}

#: One record's outcome: where it is (``line 3``, ``item 2``, None for a lone object)
#: and its fields, or the error that keeps it from loading.
Outcome = tuple[str | None, Fields | CaseKitError]


def json_records(text: str) -> Iterator[Outcome]:
    """The records of a JSON document: one object, or a list of objects.

    Malformed JSON is one :class:`~casekit.LoadError` located at its line.  A
    document that is not JSON but holds one JSON value per line is read as JSONL.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from jsonl_records(text)
            return
        reason = f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})"
        yield f"line {e.lineno}", LoadError(reason, input=text[e.pos : e.pos + 40])
        return
    except (ValueError, RecursionError) as e:
        yield None, LoadError(f"not valid JSON: {e}", input=text[:40])
        return
    if isinstance(data, dict):
        yield None, _fields_or_error(data)
    elif isinstance(data, list):
        if not data:
            yield None, LoadError("empty JSON list: no records", input=text[:40])
        for number, item in enumerate(data, start=1):
            yield f"item {number}", _fields_or_error(item)
    else:
        reason = f"expected a JSON object or a list of objects, got {_json_type(data)}"
        yield None, LoadError(reason, input=data)


def jsonl_records(text: str) -> Iterator[Outcome]:
    """The records of JSON Lines: one object per line; blank lines are skipped.

    A bad line is an error for that line only; the others still load.
    """
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        location = f"line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            reason = f"not valid JSON: {e.msg} (column {e.colno})"
            yield location, LoadError(reason, input=line[:80])
            continue
        except (ValueError, RecursionError) as e:
            yield location, LoadError(f"not valid JSON: {e}", input=line[:80])
            continue
        yield location, _fields_or_error(data)
    if not found:
        yield None, LoadError("empty input: no JSON lines", input=text[:40])


def _fields_or_error(data: object) -> Fields | CaseKitError:
    try:
        return record_fields(data)
    except CaseKitError as e:
        return e


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def record_fields(record: object) -> Fields:
    """The :class:`Fields` of one JSON record (see the module docstring).

    Raises :class:`~casekit.LoadError` when the record has no usable ``text``,
    or a field of the wrong type.
    """
    if not isinstance(record, dict):
        raise LoadError(f"expected a JSON object, got {_json_type(record)}", input=record)
    rest = dict(record)
    text = rest.pop("text", None)
    if text is None:
        raise LoadError("record has no 'text'", input=sorted(record)[:10])
    if not isinstance(text, str):
        raise LoadError(f"'text' must be a string, got {type(text).__name__}", input=text)
    if not text.strip():
        raise LoadError("'text' is blank", input=text)
    check_text(text)
    fields = Fields(text=normalize_newlines(text))

    record_id = rest.pop("id", None)
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool):
        fields.id = str(record_id).strip() or None
    elif record_id is not None:
        raise LoadError(f"'id' must be a string or a number, got {_json_type(record_id)}")

    title = _pick(rest, "title")
    fields.title = _string(title, "title")
    source = _pick(rest, "source")
    if isinstance(source, dict) and isinstance(source.get("name"), str):
        source = source["name"]
    fields.source = _string(source, "source")
    fields.url = _string(rest.pop("url", None), "url")

    published = _pick(rest, "published")
    if published is not None:
        fields.published = parse_date(published)
        if fields.published is None:
            fields.warnings.append(f"could not read the published date {published!r}")

    kind = rest.pop("kind", None)
    if kind is not None:
        try:
            fields.kind = kind_of(kind)
        except InvalidRecord as e:
            raise LoadError(e.message, input=kind) from None

    fields.metadata = {str(k): metadata_value(v) for k, v in rest.items()}
    return fields


def _pick(record: dict[str, object], field: str) -> object:
    """Take ``field`` (or its first alias present) out of ``record``."""
    for name in _ALIASES[field]:
        if name in record and record[name] not in (None, ""):
            return record.pop(name)
    return None


def _string(value: object, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise LoadError(f"'{field}' must be a string, got {_json_type(value)}", input=value)
    return " ".join(value.split()) or None

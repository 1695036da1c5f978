"""CourtListener: REST API (v4, v3) JSON and the RECAP / juriscraper docket shape.

Each source object becomes one record of the casekit model:

==================  =====================================================================
CourtListener       casekit record
==================  =====================================================================
docket              :class:`~casekit.Extraction`: a ``DOCKET`` document (the docket
                    entries' text) and its :class:`~casekit.Case` (caption, docket
                    number, court, parties)
opinion cluster     :class:`~casekit.Extraction`: an ``OPINION`` document (the head
                    matter, syllabus or summary) and the Case with its
                    :class:`~casekit.Ruling` (date, judges) and reporter citations
opinion             :class:`~casekit.Document` of kind ``OPINION`` (the opinion's text)
party               :class:`~casekit.Party` (role from the party type)
attorney            :class:`~casekit.records.Attorney`
court               :class:`~casekit.Court`
==================  =====================================================================

Ids are ``courtlistener:<type>:<id>`` (``courtlistener:cluster:10376225``); the ids of
linked objects (``cluster_id``, ``docket_id``, ``court_id``, ``author_id``) are kept in
the document's ``metadata``.  The same functions read the bulk CSV rows (all values
strings, booleans ``t``/``f``).

>>> import json
>>> from casekit.records.courtlistener import from_courtlistener
>>> case = from_courtlistener({"id": 7, "resource_uri": "/api/rest/v4/dockets/7/",
...     "case_name": "Doe v. Roe", "docket_number": "1:24-cv-00001", "court_id": "dcd"}).case
>>> case.caption, case.docket_numbers, case.court.id
('Doe v. Roe', ('1:24-cv-00001',), 'dcd')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from casekit.errors import CaseKitError, InvalidRecord
from casekit.model.case import Case
from casekit.model.case_citation import CaseCitation
from casekit.model.court import Court, CourtLevel
from casekit.model.dates import PartialDate
from casekit.model.document import Document, DocumentKind, MetadataValue
from casekit.model.extraction import Extraction
from casekit.model.party import Party
from casekit.model.ruling import Outcome, Ruling
from casekit.records._common import (
    as_bool,
    as_int,
    as_partial_date,
    clean,
    court,
    id_tail,
    party_role,
    strip_markup,
)
from casekit.records.attorney import Attorney
from casekit.records.people import split_judges, split_parties

T = TypeVar("T")

__all__ = [
    "KINDS",
    "attorney_record",
    "cluster_record",
    "court_record",
    "docket_record",
    "from_courtlistener",
    "kind_of",
    "opinion_record",
    "opinion_text",
    "party_record",
]

SOURCE = "courtlistener"
SITE = "https://www.courtlistener.com"

Row = Mapping[str, Any]

#: The text fields of an opinion, best first: plain text, then the HTML/XML renderings.
TEXT_FIELDS = (
    "plain_text",
    "html_with_citations",
    "html",
    "html_lawbox",
    "html_columbia",
    "xml_harvard",
    "html_anon_2020",
)


def _str(row: Row, key: str) -> str | None:
    """A string field: stripped, None when absent/NULL/empty; a wrong type is an error."""
    value = row.get(key)
    if value is None or isinstance(value, str):
        return clean(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidRecord(f"must be a string, got {value!r}", input=value, where=key)


def _raw(row: Row, key: str) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidRecord(f"must be a string, got {value!r}", input=value, where=key)
    return value


def _converted(row: Row, key: str, convert: Callable[[Any], T | None], what: str) -> T | None:
    """``row[key]`` through ``convert``; None when absent or empty, an error when it fails."""
    value = row.get(key)
    if value is None or value == "":
        return None
    result = convert(value)
    if result is None:
        raise InvalidRecord(f"must be {what}, got {value!r}", input=value, where=key)
    return result


def _int(row: Row, key: str) -> int | None:
    return _converted(row, key, as_int, "an integer")


def _bool(row: Row, key: str) -> bool | None:
    return _converted(row, key, as_bool, "a boolean")


def _date(row: Row, key: str) -> PartialDate | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidRecord(f"must be a date string, got {value!r}", input=value, where=key)
    try:
        return as_partial_date(value)
    except CaseKitError:
        raise InvalidRecord(f"not a date: {value!r}", input=value, where=key) from None


def _link_id(row: Row, key: str) -> str | None:
    """The id of a linked object: ``key_id`` when present, else the tail of the ``key`` URL."""
    twin = row.get(f"{key}_id")
    if twin not in (None, ""):
        if isinstance(twin, bool) or not isinstance(twin, int | str):
            raise InvalidRecord(f"must be an id, got {twin!r}", input=twin, where=f"{key}_id")
        return str(twin).strip() or None
    value = row.get(key)
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return id_tail(value)
    raise InvalidRecord(f"must be a link, got {value!r}", input=value, where=key)


def _meta(**values: MetadataValue) -> dict[str, MetadataValue]:
    return {k: v for k, v in values.items() if v is not None and v != ""}


def _url(row: Row) -> str | None:
    path = _str(row, "absolute_url")
    if path is None:
        return None
    return path if path.startswith("http") else SITE + path


def _own_id(row: Row) -> str | None:
    value = row.get("id")
    if value is None or value == "":
        return id_tail(row.get("resource_uri"))
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidRecord(f"must be an id, got {value!r}", input=value, where="id")
    return str(value).strip() or None


def _court(row: Row) -> Court | None:
    court_id = _link_id(row, "court")
    return court(court_id) if court_id else None


# --- citations ----------------------------------------------------------------------------

_FLAT_CITES = (
    "federal_cite_one",
    "federal_cite_two",
    "federal_cite_three",
    "state_cite_one",
    "state_cite_two",
    "state_cite_three",
    "state_cite_regional",
    "specialty_cite_one",
    "scotus_early_cite",
    "lexis_cite",
    "westlaw_cite",
    "neutral_cite",
)
_CITE = re.compile(r"^(?P<volume>\d+)\s+(?P<reporter>\S.*?)\s+(?P<page>[\dA-Za-z_-]+)$")


def parse_cite(text: str, **fields: Any) -> CaseCitation | None:
    """``"254 P.3d 649"`` -> CaseCitation (None when the text is not volume-reporter-page)."""
    match = _CITE.match(" ".join(text.split()))
    if not match:
        return None
    return CaseCitation(
        volume=match["volume"], reporter=match["reporter"], page=match["page"], **fields
    )


def citation_record(row: Row, **fields: Any) -> CaseCitation:
    """One citation object ``{volume, reporter, page, type}`` (volume int or string)."""
    volume = row.get("volume")
    if isinstance(volume, bool) or not isinstance(volume, int | str | None):
        raise InvalidRecord(f"must be a number, got {volume!r}", input=volume, where="volume")
    return CaseCitation(
        volume=clean(volume),
        reporter=_str(row, "reporter"),
        page=_str(row, "page"),
        **fields,
    )


def _citations(row: Row, year: int | None, name: str | None) -> tuple[CaseCitation, ...]:
    found: list[CaseCitation] = []
    cites = row.get("citations")
    if isinstance(cites, str):  # a flattened dump: "1 U.S. 1, 2 S. Ct. 3"
        cites = [{"cite": part} for part in cites.split(",")]
    if cites is not None and not isinstance(cites, list):
        raise InvalidRecord(f"must be a list, got {cites!r}", input=cites, where="citations")
    for i, item in enumerate(cites or ()):
        if isinstance(item, str):
            item = {"cite": item}
        if not isinstance(item, Mapping):
            raise InvalidRecord(
                f"must be an object, got {item!r}", input=item, where=f"citations[{i}]"
            )
        if "cite" in item:
            cite = parse_cite(str(item["cite"]), year=year, case_name=name)
        else:
            try:
                cite = citation_record(item, year=year, case_name=name)
            except InvalidRecord as e:
                where = f"citations[{i}].{e.where}"
                raise InvalidRecord(e.message, input=e.input, where=where) from None
        if cite is not None and cite not in found:
            found.append(cite)
    for key in _FLAT_CITES:  # v3
        text = _str(row, key)
        cite = parse_cite(text, year=year, case_name=name) if text else None
        if cite is not None and cite not in found:
            found.append(cite)
    return tuple(found)


# --- records ------------------------------------------------------------------------------


def docket_record(row: Row) -> Extraction:
    """A docket (REST ``/dockets/``, bulk ``dockets`` row, or juriscraper/RECAP JSON)."""
    own = _own_id(row)
    doc_id = f"{SOURCE}:docket:{own}" if own else None
    caption = _str(row, "case_name") or _str(row, "case_name_short")
    number = _str(row, "docket_number")
    if own is None and number is None:
        raise InvalidRecord("a docket needs an id or a docket number", where="id")
    parties = row.get("parties")
    if parties is not None and not isinstance(parties, list):
        raise InvalidRecord(f"must be a list, got {parties!r}", input=parties, where="parties")
    case = Case(
        id=doc_id,
        caption=caption,
        full_name=_str(row, "case_name_full"),
        docket_numbers=(number,) if number else (),
        court=_court(row),
        parties=tuple(party_record(p) for p in parties or () if isinstance(p, Mapping)),
    )
    entries = row.get("docket_entries")
    text = ""
    if isinstance(entries, list):
        text = "\n".join(
            str(e.get("description") or "").strip() for e in entries if isinstance(e, Mapping)
        ).strip()
    filed = _date(row, "date_filed")
    terminated = _date(row, "date_terminated")
    document = Document(
        id=doc_id or f"{SOURCE}:docket:{case.court.id if case.court else ''}:{number}",
        text=text,
        title=caption,
        source=SOURCE,
        url=_url(row),
        published=filed.to_date() if filed else None,
        kind=DocumentKind.DOCKET,
        metadata=_meta(
            docket_id=own,
            court_id=case.court.id if case.court else None,
            date_terminated=str(terminated) if terminated else None,
            assigned_to=_str(row, "assigned_to_str"),
            assigned_to_id=_link_id(row, "assigned_to"),
            referred_to=_str(row, "referred_to_str"),
            cause=_str(row, "cause"),
            nature_of_suit=_str(row, "nature_of_suit"),
            jurisdiction_type=_str(row, "jurisdiction_type"),
            pacer_case_id=_str(row, "pacer_case_id"),
            docket_number_core=_str(row, "docket_number_core"),
            slug=_str(row, "slug"),
        ),
    )
    return Extraction(document=document, case=case)


_OUTCOMES: tuple[tuple[str, Outcome], ...] = (
    ("in part", Outcome.GRANTED_IN_PART),
    ("affirm", Outcome.AFFIRMED),
    ("revers", Outcome.REVERSED),
    ("vacat", Outcome.VACATED),
    ("remand", Outcome.REMANDED),
    ("dismiss", Outcome.DISMISSED),
    ("denied", Outcome.DENIED),
    ("deny", Outcome.DENIED),
    ("granted", Outcome.GRANTED),
    ("stay", Outcome.STAYED),
)


def outcome_of(disposition: str | None) -> Outcome | None:
    """The outcome a cluster's ``disposition`` names first ("Reversed and remanded.").

    >>> outcome_of("Reversed and remanded.").value, outcome_of("Affirmed in part.").value
    ('reversed', 'other')
    """
    if not disposition:
        return None
    text = disposition.lower()
    if "in part" in text:  # a split result: "affirmed in part, reversed in part"
        return Outcome.GRANTED_IN_PART if "grant" in text else Outcome.OTHER
    hits = [(text.find(stem), outcome) for stem, outcome in _OUTCOMES if stem in text]
    return min(hits, key=lambda hit: hit[0])[1] if hits else Outcome.OTHER


def cluster_record(row: Row) -> Extraction:
    """An opinion cluster (REST ``/clusters/`` v4 or v3, bulk ``opinion-clusters`` row)."""
    own = _own_id(row)
    doc_id = f"{SOURCE}:cluster:{own}" if own else None
    caption = _str(row, "case_name") or _str(row, "case_name_short")
    if own is None and caption is None:
        raise InvalidRecord("a cluster needs an id or a case name", where="id")
    filed = _date(row, "date_filed")
    if filed is not None and _bool(row, "date_filed_is_approximate"):
        filed = PartialDate(year=filed.year)  # an estimate: only the year is known
    court_ = _court(row)
    judges_text = _str(row, "judges")
    ruling = Ruling(
        court=court_,
        judges=split_judges(judges_text),
        decided=filed,
        outcome=outcome_of(_str(row, "disposition")),
    )
    full_name = _str(row, "case_name_full")
    case = Case(
        id=doc_id,
        caption=caption,
        full_name=full_name,
        court=court_,
        parties=split_parties(full_name),
        rulings=(ruling,),
        citations=_citations(row, filed.year if filed else None, caption),
    )
    parts = [_raw(row, key) for key in ("headmatter", "syllabus", "summary", "headnotes")]
    text = "\n\n".join(strip_markup(part) for part in parts if part.strip())
    document = Document(
        id=doc_id or f"{SOURCE}:cluster:{caption}",
        text=text,
        title=caption,
        source=SOURCE,
        url=_url(row),
        published=filed.to_date() if filed else None,
        kind=DocumentKind.OPINION,
        metadata=_meta(
            cluster_id=own,
            docket_id=_link_id(row, "docket"),
            court_id=court_.id if court_ else None,
            judges=judges_text,
            attorneys=_str(row, "attorneys"),
            disposition=_str(row, "disposition"),
            precedential_status=_str(row, "precedential_status"),
            citation_count=_int(row, "citation_count"),
            date_filed_is_approximate=_bool(row, "date_filed_is_approximate"),
            slug=_str(row, "slug"),
            source_code=_str(row, "source"),
            scdb_id=_str(row, "scdb_id"),
        ),
    )
    return Extraction(document=document, case=case)


def opinion_text(row: Row) -> tuple[str, str | None]:
    """The opinion's text and the field it came from: ``plain_text`` when not empty, else
    the first non-empty HTML/XML field with its markup removed."""
    for key in TEXT_FIELDS:
        value = _raw(row, key)
        if value.strip():
            return (value if key == "plain_text" else strip_markup(value)), key
    return "", None


def opinion_record(row: Row) -> Document:
    """An opinion (REST ``/opinions/``, bulk ``opinions`` row): a Document of kind OPINION."""
    own = _own_id(row)
    text, field = opinion_text(row)
    if own is None and not text:
        raise InvalidRecord("an opinion needs an id or a text, got neither", where="id")
    joined = row.get("joined_by")
    return Document(
        id=f"{SOURCE}:opinion:{own}" if own else Document.from_text(text).id,
        text=text,
        source=SOURCE,
        url=_url(row),
        kind=DocumentKind.OPINION,
        metadata=_meta(
            opinion_id=own,
            cluster_id=_link_id(row, "cluster"),
            type=_str(row, "type"),
            author_id=_link_id(row, "author"),
            author_str=_str(row, "author_str"),
            joined_by_str=_str(row, "joined_by_str"),
            joined_by=len(joined) if isinstance(joined, list) and joined else None,
            per_curiam=_bool(row, "per_curiam"),
            page_count=_int(row, "page_count"),
            sha1=_str(row, "sha1"),
            download_url=_str(row, "download_url"),
            extracted_by_ocr=_bool(row, "extracted_by_ocr"),
            ordering_key=_int(row, "ordering_key"),
            text_field=field,
        ),
    )


def party_record(row: Row) -> Party:
    """A party (REST ``/parties/`` or a juriscraper docket's party): role from its type."""
    name = _str(row, "name")
    if name is None:
        raise InvalidRecord("a party needs a name", input=row.get("name"), where="name")
    types = row.get("party_types")
    if types is not None and not isinstance(types, list):
        raise InvalidRecord(f"must be a list, got {types!r}", input=types, where="party_types")
    type_names = [_str(t, "name") for t in types or () if isinstance(t, Mapping)]
    type_names.append(_str(row, "type"))
    role = next((party_role(t) for t in type_names if party_role(t) is not None), None)
    return Party(name=name, role=role)


def attorney_record(row: Row) -> Attorney:
    """An attorney (REST ``/attorneys/``, or one in a juriscraper docket's party)."""
    name = _str(row, "name")
    if name is None:
        raise InvalidRecord("an attorney needs a name", input=row.get("name"), where="name")
    represented = row.get("parties_represented")
    party_ids = (
        [_link_id(p, "party") for p in represented or () if isinstance(p, Mapping)]
        if isinstance(represented, list)
        else []
    )
    roles = row.get("roles")
    return Attorney(
        name=name,
        represents=", ".join(p for p in party_ids if p) or None,
        roles=tuple(str(r) for r in roles) if isinstance(roles, list) else (),
        contact=clean(row.get("contact_raw") or row.get("contact")),
    )


_LEVELS = {
    "F": CourtLevel.APPELLATE,
    "FD": CourtLevel.TRIAL,
    "FB": CourtLevel.BANKRUPTCY,
    "FBP": CourtLevel.BANKRUPTCY,
    "FS": CourtLevel.SPECIAL,
    "S": CourtLevel.SUPREME,
    "SA": CourtLevel.APPELLATE,
    "ST": CourtLevel.TRIAL,
    "SS": CourtLevel.SPECIAL,
    "SAG": CourtLevel.OTHER,
    "TRS": CourtLevel.OTHER,
    "TS": CourtLevel.OTHER,
    "I": CourtLevel.SPECIAL,
    "MA": CourtLevel.SPECIAL,
    "C": CourtLevel.OTHER,
}


def court_record(row: Row) -> Court:
    """A court (REST ``/courts/`` or bulk ``courts`` row)."""
    court_id = _own_id(row)
    if court_id is None:
        raise InvalidRecord("a court needs an id", input=row.get("id"), where="id")
    code = _str(row, "jurisdiction")
    level = _LEVELS.get(code or "")
    if court_id == "scotus":
        level = CourtLevel.SUPREME
    return Court(
        id=court_id,
        name=_str(row, "full_name") or _str(row, "short_name"),
        citation=_str(row, "citation_string"),
        jurisdiction="federal" if code and code.startswith("F") else None,
        level=level,
    )


# --- dispatch -----------------------------------------------------------------------------

#: object kind -> record builder
KINDS: dict[str, Callable[[Row], Any]] = {
    "docket": docket_record,
    "cluster": cluster_record,
    "opinion": opinion_record,
    "party": party_record,
    "attorney": attorney_record,
    "court": court_record,
}

_URI_KINDS = {
    "dockets": "docket",
    "clusters": "cluster",
    "opinions": "opinion",
    "parties": "party",
    "attorneys": "attorney",
    "courts": "court",
}


def kind_of(row: Row) -> str | None:
    """What a CourtListener object is (a key of :data:`KINDS`), from its URI or its fields."""
    uri = row.get("resource_uri")
    if isinstance(uri, str):
        parts = uri.rstrip("/").split("/")
        for part in reversed(parts[-3:]):
            if part in _URI_KINDS:
                return _URI_KINDS[part]
    if "party_types" in row:
        return "party"
    if "parties_represented" in row or "contact_raw" in row:
        return "attorney"
    if any(key in row for key in TEXT_FIELDS):
        return "opinion"
    if "sub_opinions" in row or "citations" in row or "federal_cite_one" in row:
        return "cluster"
    if "docket_number" in row or "parties" in row or "pacer_case_id" in row:
        return "docket"
    if "citation_string" in row or ("full_name" in row and "jurisdiction" in row):
        return "court"
    if "date_filed" in row and "case_name" in row:
        return "cluster"
    return None


def from_courtlistener(row: Row, kind: str | None = None) -> Any:
    """The record for one CourtListener object (its kind guessed unless given)."""
    kind = kind or kind_of(row)
    if kind not in KINDS:
        raise InvalidRecord(
            "not a CourtListener docket, cluster, opinion, party, attorney or court",
            input=sorted(row)[:8],
            where="$",
        )
    return KINDS[kind](row)


def objects(data: Any) -> Iterator[Any]:
    """The objects of an API response: a paginated list's ``results``, or the object."""
    if isinstance(data, Mapping) and isinstance(data.get("results"), list) and "count" in data:
        yield from data["results"]
    elif isinstance(data, list):
        yield from data
    else:
        yield data

"""Court records: CourtListener and Caselaw Access Project loaders, bulk CSV, export.

See ``docs/records.md``.  Every loader returns a :class:`Loaded`: iterate it for the
records, read its ``log`` for what was reported.
"""

from casekit.records._common import party_role, strip_markup
from casekit.records.attorney import Attorney, split_attorneys
from casekit.records.cap import attorneys, cap_record, load_cap, opinions
from casekit.records.citations import with_citations
from casekit.records.cl_bulk import BULK_KINDS, load_bulk
from casekit.records.courtlistener import from_courtlistener, opinion_text
from casekit.records.csvstream import DIALECTS, CsvRows, sniff_dialect
from casekit.records.export import write_jsonl, write_parquet, write_records
from casekit.records.loader import Loaded
from casekit.records.people import split_judges, split_parties
from casekit.records.sources import load, load_courtlistener, record_of

__all__ = [
    "BULK_KINDS",
    "DIALECTS",
    "Attorney",
    "CsvRows",
    "Loaded",
    "attorneys",
    "cap_record",
    "from_courtlistener",
    "load",
    "load_bulk",
    "load_cap",
    "load_courtlistener",
    "opinion_text",
    "opinions",
    "party_role",
    "record_of",
    "sniff_dialect",
    "split_attorneys",
    "split_judges",
    "split_parties",
    "strip_markup",
    "with_citations",
    "write_jsonl",
    "write_parquet",
    "write_records",
]

"""Reading news reports: plain text, HTML, JSON and JSONL.

The public entry points are :func:`casekit.read`, :func:`casekit.read_text`,
:func:`casekit.read_file` and :func:`casekit.read_many` (in :mod:`casekit.news.read`).
The modules behind them:

* :mod:`casekit.news.encoding` — bytes to text: byte-order marks, fallbacks, junk;
* :mod:`casekit.news.plaintext` — a plain-text report's headline and dateline;
* :mod:`casekit.news.dates` — date values and datelines;
* :mod:`casekit.news.html` — a page's article text and metadata;
* :mod:`casekit.news.jsonrecords` — JSON and JSON Lines records.
"""

"""Reading news reports: plain text, HTML, JSON and JSONL."""

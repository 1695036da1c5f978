"""Data files shipped with casekit (read lazily, on first use)."""

"""Consolidating many extractions about one case into case files."""

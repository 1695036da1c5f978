"""pytest configuration shared by the tests, the docstring doctests and the docs pages."""

# Modules that run something when imported are not doctest material.
collect_ignore_glob = ["src/casekit/__main__.py", "src/casekit/cli/__main__.py", "docs/conf.py"]

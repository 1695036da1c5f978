"""The public API: every exported name resolves, and importing casekit stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import casekit


@pytest.mark.parametrize("name", casekit.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(casekit, name) is not None


def test_lazy_names_are_all_exported_and_unknown_names_fail() -> None:
    assert set(casekit._LAZY) <= set(casekit.__all__)
    assert set(casekit.__all__) <= set(dir(casekit))
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        _ = casekit.nonsense


def test_functions_stay_functions_after_their_modules_are_imported() -> None:
    code = (
        "import casekit.extractors.quotes, casekit.merging.group, casekit.summaries, casekit\n"
        "assert callable(casekit.extract) and callable(casekit.merge)\n"
        "assert callable(casekit.summary)\n"
        "print(type(casekit.extract).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "function"


def test_import_loads_no_heavy_modules() -> None:
    code = (
        "import sys, casekit\n"
        "heavy = ('cattrs', 'dateutil', 'courts_db', 'reporters_db', 'casekit.extractors',"
        " 'casekit.citations', 'casekit.records', 'casekit.news', 'casekit.merging')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

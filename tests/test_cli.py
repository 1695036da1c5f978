"""The command line shell: version, help, usage errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import casekit
from casekit.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"casekit {casekit.__version__}"


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "usage: casekit" in out and "schema" in out


def test_console_script_module_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casekit", "schema", "Span"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"title": "Span"' in result.stdout

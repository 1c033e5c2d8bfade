"""`rundabord --workspace FOLDER ARGS` run in the test's own process, for the CLI's tests."""

from __future__ import annotations

from pathlib import Path

from app.cli import main


def run_cli(capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    """(exit status, standard output, standard error); a traceback in either fails the test."""
    code = main(["--workspace", str(folder), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err

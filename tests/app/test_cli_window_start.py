"""`rundabord` with no command opens the window: it reads only the window's arguments, and neither the
commands' modules nor the package's metadata are loaded for it (about a seventh of its CPU time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main, window_arguments

_START = """
import json, sys
from app.cli import main
opened = []
code = main(sys.argv[1:], open_gui=lambda workspace, qt_args: opened.append([str(workspace), qt_args]) or 7)
print(json.dumps({"code": code, "opened": opened, "modules": sorted(sys.modules)}))
"""


def test_the_window_start_loads_no_command_and_no_metadata(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _START, "--workspace", str(tmp_path), "-style=fusion"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 7 and result["opened"] == [[str(tmp_path), ["-style=fusion"]]]
    commands = [name for name in result["modules"] if name.startswith("app.cli.") and name.endswith("_cmds")]
    assert commands == []
    assert "importlib.metadata" not in result["modules"]


@pytest.mark.parametrize(
    "argv",
    [["note", "list"], ["--help"], ["--he"], ["-h"], ["--workspace"], ["--workspace", "w", "status"]],
)
def test_anything_but_the_window_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_the_window_arguments(tmp_path: Path) -> None:
    assert window_arguments([]) == (None, [])
    assert window_arguments(["--workspace", str(tmp_path)]) == (tmp_path, [])
    assert window_arguments([f"--workspace={tmp_path}", "-reverse"]) == (tmp_path, ["-reverse"])


def test_version_and_help_are_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["--help"]):
        with pytest.raises(SystemExit) as stopped:
            main(argv, open_gui=lambda workspace, qt_args: pytest.fail("no window was asked for"))
        assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("rundabord ") and "COMMAND" in out and "note" in out

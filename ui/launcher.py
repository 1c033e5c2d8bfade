"""The `rundabord` entry point: the CLI, which opens the window when no command is given."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import main as cli_main


def _open_gui(workspace: Path | None, qt_args: list[str]) -> int:
    from ui.application import run_gui  # Qt is imported only when a window is wanted

    return run_gui(workspace, qt_args)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, open_gui=_open_gui)


if __name__ == "__main__":
    sys.exit(main())

"""The `rundabord` entry point: the CLI, which opens the window when no command is given."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

BUNDLE_SUFFIX = ".rbz"


def split_bundle_argument(argv: list[str]) -> tuple[list[str], Path | None]:
    """Take a bundle out of the arguments when the first positional one is a .rbz file, not a command."""
    skip_next = False
    for index, arg in enumerate(argv):
        if skip_next:
            skip_next = False
        elif arg == "--workspace":
            skip_next = True
        elif not arg.startswith("-"):
            if arg.lower().endswith(BUNDLE_SUFFIX):
                return argv[:index] + argv[index + 1 :], Path(arg)
            break
    return argv, None


def main(argv: list[str] | None = None) -> int:
    # No cyclic garbage collection until the window's first frame (then ui/application.py has the UI
    # thread collect): the start makes tens of thousands of objects that live as long as the window, and the
    # collector's passes over them cost the start about a twentieth of its CPU. A command collects as
    # usual from the start.
    gc.disable()
    from app.cli import main as cli_main
    from app.cli import window_arguments

    argv, bundle = split_bundle_argument(sys.argv[1:] if argv is None else argv)

    def open_gui(workspace: Path | None, qt_args: list[str]) -> int:
        from ui.application import run_gui  # Qt is imported only when a window is wanted

        return run_gui(workspace, qt_args, bundle)  # the double-clicked bundle, if any

    window = window_arguments(argv)
    if window is not None:
        return open_gui(*window)
    gc.enable()
    return cli_main(argv, open_gui=open_gui)


if __name__ == "__main__":
    sys.exit(main())

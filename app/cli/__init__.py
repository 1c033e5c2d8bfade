"""The `rundabord` command. With no command it opens the GUI; every GUI action has a twin here.

Each module in COMMAND_MODULES adds its subcommands through `register(subparsers)`; a handler takes the
parsed arguments and returns an exit code. A `UserError` becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.safe_output import EscapingWriter
from app.disk_errors import OTHER, STORAGE_FAILURES, classify
from app.errors import UserError
from app.store import database_errors

COMMAND_MODULES = (
    "app.cli.workspace_cmds",
    "app.cli.conference_cmds",
    "app.cli.note_cmds",
    "app.cli.bundle_cmds",
    "app.cli.prepare_cmds",
    "app.cli.table_facts_cmds",
    "app.cli.proposal_cmds",
    "app.cli.sync_cmds",
    "app.cli.merge_cmds",
    "app.cli.minutes_cmds",
    "app.cli.repair_cmds",
    "app.cli.privacy_cmds",
    "app.cli.report_cmds",
    "app.cli.sheet_cmds",
    "app.cli.store_cmds",
)


class _Version(argparse.Action):
    """`--version`: the package's metadata is read only when asked for (it costs the window's start)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import app

        print(f"rundabord {app.__version__}")
        parser.exit()


class _NotJustTheWindow(Exception):
    """The arguments are more than what opening the window takes: the whole parser reads them."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _NotJustTheWindow(message)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        type=Path,
        help="workspace folder (default: $RUNDABORD_WORKSPACE, else the user data folder)",
    )


def window_arguments(argv: list[str] | None) -> tuple[Path | None, list[str]] | None:
    """(workspace, Qt's arguments) when the arguments name no command, so the window is wanted; else
    None. The commands' modules are not imported for it: they cost the window's start about a
    seventh of its CPU time (70 ms). Anything else (a command, help, an argument in error) is left
    to the whole parser."""
    parser = _WindowParser(prog="rundabord", add_help=False)
    _add_common(parser)
    parser.add_argument("command", nargs="?")
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotJustTheWindow:
        return None
    if args.command is not None or any(arg.startswith(("-h", "--h")) for arg in rest):
        return None
    return args.workspace, rest


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rundabord",
        description="Round-table conversations: capture offline, sign, merge and print minutes. "
        "With no command, opens the application window.",
    )
    _add_common(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


OpenGui = Callable[[Path | None, list[str]], int]


def main(argv: list[str] | None = None, open_gui: OpenGui | None = None) -> int:
    """Run one command. With none, `open_gui(workspace, qt_args)` opens the window: the face passes it
    in (see ui/launcher.py), so the core never imports Qt."""
    if open_gui is not None:
        window = window_arguments(argv)
        if window is not None:
            return open_gui(*window)
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        if open_gui is None:
            parser.error("no command given")
        return open_gui(args.workspace, rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingWriter(out), EscapingWriter(err)
    try:
        return args.handler(args) or 0
    except UserError as exc:
        print(f"rundabord: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `rundabord note list | head`
        return 0
    except KeyboardInterrupt:
        return 130
    except database_errors()[1:] as exc:  # the shared PostgreSQL server: gone, refusing, or out of space
        print(f"rundabord: error: the secretariat's database: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except STORAGE_FAILURES as exc:  # a read-only, full or locked disk: say which, in one line
        problem = classify(exc)
        if problem is None or problem.code == OTHER:
            raise
        print(f"rundabord: error: {problem.describe()}", file=sys.stderr)
        return 2
    finally:
        sys.stdout, sys.stderr = out, err


if __name__ == "__main__":
    sys.exit(main())

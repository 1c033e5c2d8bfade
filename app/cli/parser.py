"""The CLI's argparse parsers: the whole one with every command, and the one that only tells whether the
arguments ask for the window. Imported when the arguments are more than a workspace folder: argparse
(with gettext) is not needed to open the window."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable
from pathlib import Path


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


def window_parse(argv: list[str] | None) -> tuple[Path | None, list[str]] | None:
    """`app.cli.window_arguments` for arguments that are more than a workspace folder."""
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


def full_parser(command_modules: Iterable[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rundabord",
        description="Round-table conversations: capture offline, sign, merge and print minutes. "
        "With no command, opens the application window.",
    )
    _add_common(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules:
        importlib.import_module(name).register(subparsers)
    return parser

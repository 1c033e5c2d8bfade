"""The `rundabord` command. With no command it opens the GUI; every GUI action has a twin here.

Each module in COMMAND_MODULES adds its subcommands through `register(subparsers)`; a handler takes the
parsed arguments and returns an exit code. A `UserError` becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import STORAGE_FAILURES, UserError
from app.store import database_errors

if TYPE_CHECKING:
    import argparse

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


def _only_a_workspace(argv: list[str]) -> tuple[Path | None, list[str]] | None:
    """The arguments a file manager's or a shortcut's start gives: none, or a workspace folder alone."""
    if not argv:
        return None, []
    if len(argv) == 2 and argv[0] == "--workspace" and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1]), []
    return None


def window_arguments(argv: list[str] | None) -> tuple[Path | None, list[str]] | None:
    """(workspace, Qt's arguments) when the arguments name no command, so the window is wanted; else
    None. The commands' modules are not imported for it: they cost the window's start about a
    seventh of its CPU time (70 ms); nor is argparse when only a workspace is given. Anything else
    (a command, help, an argument in error) is left to the whole parser."""
    plain = _only_a_workspace(sys.argv[1:] if argv is None else argv)
    if plain is not None:
        return plain
    from app.cli.parser import window_parse

    return window_parse(argv)


@cache
def build_parser() -> argparse.ArgumentParser:
    """The whole parser, built once a process: building it costs about 0.1 s of CPU (a hundred
    subcommands, each help text through gettext), and parsing leaves it unchanged, so a process that
    runs several commands (a test, a script calling `main`) reuses it."""
    from app.cli.parser import full_parser

    return full_parser(COMMAND_MODULES)


_LARGEST = 2**53  # a whole number a count, a table or a position may be (SQLite stores up to 2**63)


def _odd_argument(args: argparse.Namespace) -> str | None:
    """What is wrong with an argument no command could take, said before the command runs: a number
    too large for the store, or text that is not text. A terminal in another encoding than UTF-8 (an
    old Latin-1 one typing "Läxhjälp") hands Python undecodable bytes as lone surrogates, which no
    store or file can hold. File names may hold them (a stick's names in another encoding); those are
    paths, not text, and are left to the file system."""
    for name, value in vars(args).items():
        option = name.replace("_", "-")  # the option's or the argument's name
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, int) and not isinstance(item, bool) and abs(item) > _LARGEST:
                return f"{option} {item}: too large a number"
            if isinstance(item, str) and any("\ud800" <= c <= "\udfff" for c in item):
                return (
                    f"{option}: the text is not UTF-8 (a terminal or script in another encoding?);"
                    " set the terminal to UTF-8 and give it again"
                )
    return None


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
    odd = _odd_argument(args)
    if odd is not None:
        print(f"rundabord: error: {odd}", file=sys.stderr)
        return 2
    from app.cli.safe_output import EscapingWriter  # a command's, not the window's (its pattern compiles)

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
        from app.disk_errors import OTHER, classify

        problem = classify(exc)
        if (
            isinstance(exc, OSError)
            and exc.filename
            and exc.strerror
            and (problem is None or problem.code == OTHER)
        ):
            print(f"rundabord: error: {exc.filename}: {exc.strerror}", file=sys.stderr)  # a name too long
            return 2
        if problem is None or problem.code == OTHER:
            raise
        print(f"rundabord: error: {problem.describe()}", file=sys.stderr)
        return 2
    finally:
        sys.stdout, sys.stderr = out, err
        from app.cli.common import close_opened

        close_opened()


if __name__ == "__main__":
    sys.exit(main())

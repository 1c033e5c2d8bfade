"""Helpers the command modules share: opening the workspace, printing JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.messages import plural as plural  # the CLI's counts, worded as the core words them
from app.workspace import Workspace, default_dir

_opened: list[Workspace] = []


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The command's workspace; `main` closes it when the command is done, whether or not the command
    did (a shared store's connection is otherwise left to the garbage collector)."""
    workspace = Workspace(args.workspace or default_dir())
    _opened.append(workspace)
    return workspace


def close_opened() -> None:
    """Close every workspace this command opened (closing one twice is harmless)."""
    while _opened:
        _opened.pop().close()


def record_counts(counts: dict[str, int]) -> str:
    """A bundle's record counts for people: {"table": 40, "question": 1} -> "1 question, 40 tables"."""
    return ", ".join(plural(n, kind.replace("_", " ")) for kind, n in sorted(counts.items())) or "no records"


def print_json_line(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")

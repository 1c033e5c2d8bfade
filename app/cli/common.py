"""Helpers the command modules share: opening the workspace, printing JSON lines, naming a process."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from typing import Any

from app import conferences, search_index
from app.errors import UserError
from app.messages import plural as plural  # the CLI's counts, worded as the core words them
from app.store import Store
from app.typed_ids import SHORTEST, id_prefix
from app.workspace import Workspace, default_dir

_opened: list[tuple[Workspace, int]] = []  # and the rows its store had written once open
log = logging.getLogger(__name__)


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The command's workspace; `main` closes it when the command is done, whether or not the command
    did (a shared store's connection is otherwise left to the garbage collector)."""
    workspace = Workspace(args.workspace or default_dir())
    _opened.append((workspace, search_index.written(workspace.store)))
    return workspace


def close_opened() -> None:
    """Close every workspace this command opened (closing one twice is harmless). A command that wrote
    first merges its share of the search index, as every writer does (app/search_index.py)."""
    while _opened:
        workspace, written = _opened.pop()
        try:
            if search_index.written(workspace.store) > written:
                search_index.tidy(workspace.store)
        except (sqlite3.Error, OSError, UserError) as exc:  # closed, a full disk, damage: the next writer
            log.debug("search index not tidied: %s", exc)
        workspace.close()


def record_counts(counts: dict[str, int]) -> str:
    """A bundle's record counts for people: {"table": 40, "question": 1} -> "1 question, 40 tables"."""
    return ", ".join(plural(n, kind.replace("_", " ")) for kind, n in sorted(counts.items())) or "no records"


def print_json_line(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")


def process_id(store: Store, name_or_id: str) -> str:
    """The id of the process a command names, by its name, its id or a prefix of its id."""
    found = conferences.find_process(store, name_or_id)
    if found is not None:
        return found.id
    if store.get("process", name_or_id) is not None:
        return name_or_id
    matches = store.select("process", *id_prefix(name_or_id)) if len(name_or_id) >= SHORTEST else []
    if len(matches) == 1:
        return matches[0]["id"]
    known = ", ".join(p.name for p in conferences.processes(store)) or "none"
    raise UserError(f"no process named or with id {name_or_id!r}; processes: {known}")

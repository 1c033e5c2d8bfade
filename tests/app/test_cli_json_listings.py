"""`--json` on every listing: the commands are read from the CLI's own parser, so a new command that
lists or shows something and has no `--json` fails here until it gets one (or is named below as a
command that changes or writes something). Every `--json` is then run on a real secretariat workspace,
and each line it prints must be one JSON object."""

from __future__ import annotations

import argparse
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli import build_parser, main

# Commands that make, change, send or write files: what they print is a receipt, not a listing.
NOT_LISTINGS = {
    "init", "demo", "export", "minutes", "export-data", "repair", "public-text", "template",
    "import-sheet", "attach",
    "conference create", "conference new", "conference edit", "conference save", "conference example",
    "note add", "note edit", "note delete", "note restore",
    "identity create", "identity renew", "identity export",
    "trust add", "trust remove", "trust rename",
    "pack export", "quarantine accept", "quarantine reject",
    "process create", "process edit",
    "question add", "question edit", "question move", "question delete",
    "table add", "table edit", "table delete",
    "theme add", "theme rename",
    "proposal status", "proposal merge", "proposal unmerge", "proposal export", "proposal add",
    "proposal remove", "proposal link", "proposal unlink", "proposal summary",
    "sync configure", "sync forget-password",
    "conflict reopen", "conflict resolve",
    "privacy decide", "privacy leave-out", "store use",
}  # fmt: skip


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, its parser) for every command that takes no further sub-command."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield " ".join(path), parser
    for sub in subs:
        for name, child in sub.choices.items():
            yield from leaf_commands(child, (*path, name))


def takes_json(parser: argparse.ArgumentParser) -> bool:
    return any("--json" in a.option_strings for a in parser._actions)


def test_every_command_that_lists_or_shows_takes_json() -> None:
    commands = dict(leaf_commands(build_parser()))
    assert commands.keys() >= NOT_LISTINGS, NOT_LISTINGS - commands.keys()  # no stale names
    missing = sorted(
        name for name, parser in commands.items() if name not in NOT_LISTINGS and not takes_json(parser)
    )
    assert missing == [], f"these commands list or show something but take no --json: {missing}"
    assert not [name for name in NOT_LISTINGS if takes_json(commands[name])]  # then it is a listing


def rundabord(workspace: Path, *args: object) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(workspace), *map(str, args)])
    assert code == 0, (args, out.getvalue(), err.getvalue())
    return out.getvalue()


@pytest.mark.slow
def test_every_json_listing_prints_one_json_object_a_line(tmp_path: Path) -> None:
    ws = tmp_path / "kansli"
    conference = rundabord(ws, "demo", "--role", "secretariat").strip()
    rundabord(ws, "identity", "create", "--name", "Region Exempellän, sekretariatet")
    note = rundabord(ws, "note", "add", "--conference", conference, "--table", 7, "--question", 1,
                     "--kind", "proposal", "--votes", 1, "Läxhjälp på biblioteket").strip()  # fmt: skip
    rundabord(ws, "proposal", "status", note, "shortlisted")
    share = tmp_path / "delad"
    share.mkdir()
    rundabord(ws, "sync", "configure", "--target", share)
    rundabord(ws, "pack", "export", "--conference", conference)  # sent to the target, kept in the outbox
    [pack] = share.rglob("*.rbz")
    process = json.loads(rundabord(ws, "process", "list", "--json").splitlines()[0])["id"]
    arguments = {
        "conference list": [],
        "role": [],
        "note show": [note],
        "note list": ["--conference", conference],
        "search": ["Läxhjälp"],
        "identity show": [],
        "trust list": [],
        "verify": [pack],
        "import": [pack],
        "imports": [],
        "quarantine list": [],
        "process list": [],
        "question list": ["--conference", conference],
        "table list": ["--conference", conference],
        "table facts": ["--conference", conference, 7],
        "theme list": ["--process", process],
        "proposal list": [],
        "proposal history": [note],
        "proposal similar": ["--conference", conference],
        "proposal feedback": ["--conference", conference],
        "proposal representation": ["--conference", conference],
        "proposal accumulated": ["--process", process],
        "proposal timeline": [note],
        "proposal show": [note],
        "outbox": [],
        "sync status": [],
        "sync fetched": [],
        "status": ["--conference", conference],
        "conflict list": [],
        "privacy review": ["--conference", conference],
        "attachments": ["--conference", conference],
        "store copy": ["--to", tmp_path / "arkiv.sqlite3"],
        "store check": [],
        "store prune": [],
        "store merge-index": [],
    }
    with_json = {name for name, parser in leaf_commands(build_parser()) if takes_json(parser)}
    assert with_json == arguments.keys()  # a new listing gets its run here too
    empty = []
    for name, args in arguments.items():
        out = rundabord(ws, *name.split(), *args, "--json")
        lines = out.splitlines()
        assert all(isinstance(json.loads(line), dict) for line in lines), (name, out)
        if not lines:
            empty.append(name)
    # Only what this workspace has none of prints nothing.
    assert sorted(empty) == [
        "attachments", "conflict list", "privacy review", "proposal similar", "quarantine list",
        "sync fetched", "trust list",
    ]  # fmt: skip

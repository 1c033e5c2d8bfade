"""Every command that reads a file, given what is not that file: nothing at the name, a folder, an empty
file, bytes that are no text, Latin-1 text, a pipe. Each says so in one line (no traceback), exits
non-zero, and leaves the store as it was (`store check`: the rows and a SHA-256 of every table).
The names carry spaces and å, ä, ö, as files on a secretary's desktop do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import main
from tests.app.cli_run import run_cli as _run

COMMANDS = {
    "import": ["import", "{file}.rbz"],
    "verify": ["verify", "{file}.rbz"],
    "conference create": ["conference", "create", "{file}.toml"],
    "trust add": ["trust", "add", "{file}.keycard", "--role", "chair", "--conference", "{c}", "--table", "4"],
    "import-sheet xlsx": ["import-sheet", "{file}.xlsx", "--conference", "{c}"],
    "import-sheet csv": ["import-sheet", "{file}.csv", "--conference", "{c}"],
    "attach": ["attach", "--conference", "{c}", "--table", "4", "{file}.jpg"],
    "passphrase": ["pack", "export", "--conference", "{c}", "-o", "{out}", "--passphrase-file", "{file}.txt"],
    "password": ["sync", "configure", "--target", "https://moln.example.se/dav", "--user", "eva",
                 "--password-file", "{file}.txt"],
}  # fmt: skip


def _make(kind: str, path: Path) -> None:
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif kind == "latin-1":
        path.write_bytes("Läxhjälp på biblioteket; bord 4\n".encode("latin-1"))
    elif kind == "pipe":
        os.mkfifo(path)


KINDS = ["missing", "folder", "empty", "binary", "latin-1"]
# A bundle named by mistake may be a pipe; the other files are read as they come (`--password-file <(…)`
# is a pipe on purpose), so a pipe with no writer is left to them.
PIPE_READERS = ("import", "verify") if hasattr(os, "mkfifo") else ()


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, str]:
    """A secretariat with the demo conference and its key; the failures below change nothing, so one
    workspace serves every command."""
    folder = tmp_path_factory.mktemp("hostile-files") / "kansliet åäö"
    assert main(["--workspace", str(folder), "init", "--role", "secretariat"]) == 0
    assert main(["--workspace", str(folder), "identity", "create", "--name", "Kansliet"]) == 0
    from app.conferences import conferences
    from app.demo import ensure_demo
    from app.workspace import Workspace

    workspace = Workspace(folder)
    try:
        ensure_demo(workspace.store)
        [conference] = conferences(workspace.store)
    finally:
        workspace.close()
    return folder, conference.id


@pytest.mark.parametrize("command", COMMANDS, ids=str)
def test_what_is_not_the_file_is_one_line_and_changes_nothing(capsys, office, tmp_path, command) -> None:
    folder, conference = office
    code, before, _err = _run(capsys, folder, "store", "check")
    assert code == 0
    for kind in KINDS + (["pipe"] if command in PIPE_READERS else []):
        base = tmp_path / f"{kind} från Åsa"
        argv = [a.format(file=base, c=conference, out=tmp_path / "pack.rbz") for a in COMMANDS[command]]
        made = next(Path(a) for a in argv if a.startswith(str(base)))
        _make(kind, made)
        code, out, err = _run(capsys, folder, *argv)
        lines = err.strip().splitlines()
        assert code != 0, f"{kind}: exit 0 ({out})"
        if command.startswith("import-sheet") and code == 1:  # the sheet's own problems, one a line
            assert lines and all(line.strip() for line in lines), (kind, err)
        else:  # a usage error on stderr, or (exit 1) a bundle's refusal as its receipt line
            said = (out + err).strip().splitlines()
            assert len(said) == 1, (kind, out, err)
        assert _run(capsys, folder, "store", "check")[1] == before, f"{kind}: the store changed"
        assert not (tmp_path / "pack.rbz").exists()

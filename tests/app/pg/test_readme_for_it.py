"""The README's section for municipal IT, followed as written on a throwaway server that asks every
login but the superuser for a password: its SQL run by psql, two secretaries connected with `init`, each
trusting the other's key card, a nightly `pg_dump` and a `pg_restore` from the README's own lines, and
each secretary's `repair` after it."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
from pathlib import Path

import pytest

from app import notes
from app.cli import main
from app.workspace import Workspace
from bench import pg_throwaway

README = Path(__file__).resolve().parents[3] / "README.md"
SECTION = "## A shared secretariat store on PostgreSQL (for municipal IT)"

pytestmark = pytest.mark.slow


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    return text[start : text.index("\n## ", start + len(SECTION))]


def _blocks(section: str) -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", section, flags=re.DOTALL)


@pytest.fixture(scope="module")
def server():
    """A server of its own: every role but the superuser logs in with a password (scram-sha-256)."""
    cluster = pg_throwaway.Cluster()
    with cluster:
        (cluster.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {pg_throwaway.SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        reload = cluster._command("pg_ctl", "-D", str(cluster.data), "reload")
        subprocess.run(reload, check=True, cwd=cluster.root, capture_output=True)
        yield cluster


def _shell(cluster, line: str, cwd: Path) -> subprocess.CompletedProcess:
    """A line of the README run by a shell as IT's superuser, the server's programs on PATH."""
    env = {
        **os.environ,
        "PATH": f"{cluster.bin}:{os.environ['PATH']}",
        "PGHOST": "127.0.0.1",
        "PGPORT": str(cluster.port),
        "PGUSER": pg_throwaway.SUPERUSER,
    }
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True)


def test_it_follows_the_readme_and_two_secretaries_work_on_the_store(server, tmp_path, capsys) -> None:
    section = _section()
    sql, connect, backups = (b for b in _blocks(section) if b.strip())
    (tmp_path / "setup.sql").write_text(sql, encoding="utf-8")
    done = _shell(server, "psql -v ON_ERROR_STOP=1 -f setup.sql postgres", tmp_path)
    assert done.returncode == 0, done.stderr
    password = re.search(r"CREATE ROLE anna LOGIN PASSWORD '([^']*)'", sql).group(1)  # as written

    # Each secretary connects as the README shows (the example server's name and TLS are this one's).
    assert "init --role secretariat" in connect and "postgresql://anna:PASSWORD@" in connect
    workspaces = {}
    for name in ("anna", "britt"):
        address = f"postgresql://{name}:{password}@127.0.0.1:{server.port}/rundabord_region"
        folder = workspaces[name] = tmp_path / name
        at = ["--workspace", str(folder)]
        assert main([*at, "init", "--role", "secretariat", "--database", address]) == 0
        assert main([*at, "identity", "create", "--name", name.title()]) == 0
        assert main([*at, "identity", "export", "-o", str(tmp_path / f"{name}.card")]) == 0
    capsys.readouterr()
    # "the secretariat trusts each secretary's key as the conference's secretariat"
    trust = re.search(r"`(rundabord trust add CARD --role secretariat)`", section).group(1).split()[1:]
    for name, other in (("anna", "britt"), ("britt", "anna")):
        card = str(tmp_path / f"{other}.card")
        assert main(["--workspace", str(workspaces[name]), *[card if w == "CARD" else w for w in trust]]) == 0
    assert main(["--workspace", str(workspaces["anna"]), "trust", "list"]) == 0
    assert capsys.readouterr().out.count("secretariat") >= 2

    anna, britt = Workspace(workspaces["anna"]), Workspace(workspaces["britt"])
    conference = _demo(anna)
    note = notes.add_note(anna.store, conference, 1, 1, "Anna: bussturer till Åsele")
    notes.edit_note(britt.store, note, text="Britt: bussturer till Åsele, även kvällar")
    assert anna.store.origin != britt.store.origin
    owners = anna.store.conn.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
    assert [row[0] for row in owners] == ["rundabord_region"]  # the group owns what either made
    anna.close()
    britt.close()

    # Backups as the README says: the nightly dump, a later change, and the restore of that dump.
    dump_line, restore_line = (line.split("#")[0].strip() for line in backups.strip().splitlines())
    before = datetime.date.today()
    done = _shell(server, dump_line, tmp_path)
    assert done.returncode == 0, done.stderr
    [dump] = tmp_path.glob("rundabord-*.dump")
    today = dump.name.removeprefix("rundabord-").removesuffix(".dump")
    # named by the day it ran: today, or tomorrow when midnight fell during the dump
    assert today in {before.isoformat(), datetime.date.today().isoformat()}
    anna = Workspace(workspaces["anna"])
    notes.add_note(anna.store, conference, 2, 1, "Efter kvällens säkerhetskopia")
    anna.close()
    done = _shell(server, re.sub(r"\d{4}-\d{2}-\d{2}", today, restore_line), tmp_path)
    assert done.returncode == 0, done.stderr
    for name in ("anna", "britt"):  # "After it, each secretary runs `rundabord repair` once"
        assert "rundabord repair" in section
        assert main(["--workspace", str(workspaces[name]), "repair"]) == 0
    anna = Workspace(workspaces["anna"])
    try:
        assert [n.text for n in notes.list_notes(anna.store, conference)] == [
            "Britt: bussturer till Åsele, även kvällar"
        ]
        notes.add_note(anna.store, conference, 2, 1, "Skrivet efter återställningen")
    finally:
        anna.close()


def _demo(workspace: Workspace) -> str:
    from app.demo import ensure_demo

    return ensure_demo(workspace.store)

"""`rundabord init --database`, the password in the keyring, `rundabord store copy` there and back, and
migrations on PostgreSQL."""

from __future__ import annotations

import json
import urllib.parse
import uuid

import psycopg
import pytest

from app import schema
from app.bundles import import_files
from app.cli import main
from app.errors import UserError, WorkspaceTooNew
from app.pg import schema as pg_schema
from app.pg.store import PgStore
from app.store import Store
from app.store_copy import MOVED_NAME, check
from app.workspace import Workspace

from .conftest import canonical_dump


def _database_for_secretaries(pg_cluster, password: str) -> str:
    """An empty database owned by a role that must log in with a password, as IT would set it up."""
    name = f"region_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'secretary'").fetchone():
            conn.execute("CREATE ROLE secretary LOGIN")
        conn.execute(psycopg.sql.SQL("ALTER ROLE secretary PASSWORD {}").format(password))
        conn.execute(f"CREATE DATABASE {name} OWNER secretary TEMPLATE template0")
    return name


def test_init_keeps_the_password_in_the_keyring_only(pg_cluster, memory_keyring, tmp_path, capsys) -> None:
    password = "Hemligt lösen: 7 öar & 1 %"
    database = _database_for_secretaries(pg_cluster, password)
    quoted = urllib.parse.quote(password, safe="")
    url = f"postgresql://secretary:{quoted}@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    folder = tmp_path / "britt"
    assert main(["--workspace", str(folder), "init", "--role", "secretariat", "--database", url]) == 0
    assert "on the shared PostgreSQL store" in capsys.readouterr().out

    written = "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())
    assert password not in written and quoted not in written
    assert list(memory_keyring.passwords.values()) == [password]
    settings = json.loads((folder / "postgresql.json").read_text())
    assert settings["dsn"].startswith("user=secretary") or "secretary" in settings["dsn"]

    workspace = Workspace(folder)  # the password comes from the keyring
    assert workspace.role == "secretariat" and workspace.store.dialect == "postgresql"
    assert workspace.store.schema_version() == len(schema.known_names())  # migrated from empty
    workspace.close()

    memory_keyring.passwords.clear()
    with pytest.raises(UserError, match="cannot connect to the secretariat's database"):
        Workspace(folder)


def test_a_wrong_password_at_init_leaves_nothing_in_the_keyring(pg_cluster, memory_keyring, tmp_path, capsys):
    database = _database_for_secretaries(pg_cluster, "rätt lösen")
    address = f"postgresql://secretary:{{}}@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    folder = str(tmp_path / "britt")
    assert (
        main(["--workspace", folder, "init", "--role", "secretariat", "--database", address.format("fel")])
        == 2
    )
    err = capsys.readouterr().err
    assert "password authentication failed" in err and err.count("\n") == 1
    assert memory_keyring.passwords == {}  # a wrong password is not kept for the next start
    right = address.format(urllib.parse.quote("rätt lösen"))
    assert main(["--workspace", folder, "init", "--role", "secretariat", "--database", right]) == 0
    assert list(memory_keyring.passwords.values()) == ["rätt lösen"]
    # Another try that fails (here: the folder is a workspace already) keeps the password that works.
    assert (
        main(["--workspace", folder, "init", "--role", "secretariat", "--database", address.format("fel")])
        != 0
    )
    assert list(memory_keyring.passwords.values()) == ["rätt lösen"]


def test_a_password_with_at_or_slash_is_given_by_file_or_refused_in_the_address(
    pg_cluster, memory_keyring, tmp_path, capsys
) -> None:
    password = "p@ss/ord #1 ö?"
    database = _database_for_secretaries(pg_cluster, password)
    address = f"postgresql://secretary@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    folder = str(tmp_path / "britt")
    typed = address.replace("secretary@", f"secretary:{password}@")
    assert main(["--workspace", folder, "init", "--role", "secretariat", "--database", typed]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "percent-encoded" in err and "--password-file" in err
    assert memory_keyring.passwords == {} and not (tmp_path / "britt" / "postgresql.json").exists()

    (tmp_path / "lösen.txt").write_text(password + "\n", encoding="utf-8")
    given = ["--database", address, "--password-file", str(tmp_path / "lösen.txt")]
    assert main(["--workspace", folder, "init", "--role", "secretariat", *given]) == 0
    assert list(memory_keyring.passwords.values()) == [password]
    written = b"".join(p.read_bytes() for p in (tmp_path / "britt").rglob("*") if p.is_file())
    assert password.encode() not in written
    workspace = Workspace(folder)
    assert workspace.store.dialect == "postgresql"
    workspace.close()


def test_init_refuses_what_cannot_work(tmp_path, capsys) -> None:
    chair = ["--workspace", str(tmp_path / "a"), "init", "--role", "chair", "--database", "postgresql://x/y"]
    assert main(chair) != 0
    assert "only a secretariat shares a store" in capsys.readouterr().err
    bad = ["--workspace", str(tmp_path / "b"), "init", "--role", "secretariat", "--database", "mysql://x"]
    assert main(bad) != 0
    assert "not a PostgreSQL address" in capsys.readouterr().err
    gone = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"
    assert (
        main(["--workspace", str(tmp_path / "c"), "init", "--role", "secretariat", "--database", gone]) != 0
    )
    assert "cannot connect" in capsys.readouterr().err
    assert not (tmp_path / "c" / "postgresql.json").exists()  # nothing half-made is left


def test_store_copy_to_postgresql_and_back_to_an_archive(world, pg_dsn, tmp_path, capsys) -> None:
    workspace = world.secretariat(tmp_path / "secretariat")
    import_files(workspace, [*world.round1[:4], *world.round2[:2]])
    before, dump = check(workspace.store), canonical_dump(workspace.store)
    origin = workspace.store.origin
    workspace.close()

    folder = str(tmp_path / "secretariat")
    assert main(["--workspace", folder, "store", "copy", "--to", pg_dsn]) == 0
    assert "verified" in capsys.readouterr().out
    assert (tmp_path / "secretariat" / MOVED_NAME).is_file()
    moved = Workspace(folder)
    assert moved.store.dialect == "postgresql" and moved.store.origin == origin
    assert canonical_dump(moved.store) == dump
    # Everything as it was, and (on opening the shared store) her own origin bound to her key.
    changed = {c.table for c, b in zip(check(moved.store), before, strict=True) if c != b}
    assert changed == {"origin_keys", "origin_signers"}
    bound = moved.store.conn.execute("SELECT bundle_id FROM origin_keys WHERE origin = ?", (origin,))
    assert [tuple(row) for row in bound] == [("",)]
    assert {r.status for r in import_files(moved, world.round1[4:6])} == {"imported"}  # and it works on
    after_more = check(moved.store)
    moved.close()

    archive = tmp_path / "archive.sqlite3"
    assert main(["--workspace", folder, "store", "copy", "--to", str(archive), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {line["table"]: line["rows"] for line in lines}[
        "notes"
    ] == 6 * 5 + 2  # tables 1-6, and round 2 of tables 1 and 2
    copy = Store(archive)
    assert check(copy) == after_more
    copy.close()

    assert main(["--workspace", folder, "store", "copy", "--to", str(archive)]) != 0  # never overwrites
    assert "already exists" in capsys.readouterr().err


def test_a_copy_goes_only_into_an_empty_store(world, pg_dsn, tmp_path) -> None:
    first = world.secretariat(tmp_path / "one", pg_dsn)
    first.close()
    second = world.secretariat(tmp_path / "two")
    with pytest.raises(UserError, match="already holds records"):
        from app.store_copy import copy_workspace_store

        copy_workspace_store(second, pg_dsn)
    second.close()


def test_migrations_run_one_by_one_and_a_newer_store_is_refused(pg_cluster, monkeypatch) -> None:
    name = f"m_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    steps = pg_schema.migration_ddl()
    monkeypatch.setattr(pg_schema, "migration_ddl", lambda: steps[:5])  # an older Rundabord
    old = PgStore(pg_cluster.dsn(name), origin="1" * 16)
    assert old.schema_version() == 5
    old.write("process", None, {"name": "Från förra versionen"})
    old.close()
    monkeypatch.setattr(pg_schema, "migration_ddl", lambda: steps)
    new = PgStore(pg_cluster.dsn(name), origin="1" * 16)
    assert new.schema_version() == len(schema.known_names())
    assert [p["name"] for p in new.select("process")] == ["Från förra versionen"]
    new.conn.execute("INSERT INTO rundabord_migrations (name) VALUES ('m999_from_the_future')")
    new.close()
    with pytest.raises(WorkspaceTooNew):
        PgStore(pg_cluster.dsn(name), origin="1" * 16)

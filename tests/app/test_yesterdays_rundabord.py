"""The field next week: laptops and secretariats are not all updated at once.

Yesterday's release (main at `YESTERDAY`, the last submission) runs here for real, on its own commit's
`app/` in a subprocess (tests/app/bundles/old_rundabord.py), beside this Rundabord: a chair on
yesterday's Rundabord exports to today's secretariat (again, and a second laptop at her table); a chair
on today's exports to yesterday's secretariat; yesterday's chair opens today's conference pack (also
one made after today's secretariat took in the tables); today's chairs' follow-up reaches yesterday's
chair, who refuses it, as designed, and today's secretariat has told the secretary so; a workspace
made yesterday is opened today, and then by yesterday's Rundabord again, which refuses it in plain
words without touching the file.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
from pathlib import Path

import pytest

from app import demo, notes
from app.bundles import export_pack, import_files
from app.bundles.identity import create_identity
from app.bundles.trust import add as trust_add
from app.cli import main
from app.schema import known_names
from app.workspace import Workspace
from tests.app.bundles.old_rundabord import _CLI as CLI
from tests.app.bundles.old_rundabord import ROOT, OldRundabord

YESTERDAY = "d5bb4b160264af8cfa7a760d96d52ebcd1d556ff"  # 5 December, the last release before today's
YESTERDAYS = 35  # the migrations it knows
TODAYS = len(known_names())

pytestmark = pytest.mark.slow  # each test runs yesterday's CLI several times (~1 s CPU each)


@pytest.fixture(scope="module")
def yesterday(tmp_path_factory) -> OldRundabord:
    return OldRundabord.at(YESTERDAY, tmp_path_factory)


def _public_key(old: OldRundabord, laptop: Path, name: str) -> bytes:
    old.cli(laptop, "identity", "create", "--name", name)
    shown = old.cli(laptop, "identity", "show")
    [key] = [line.split()[-1] for line in shown.splitlines() if line.startswith("public key:")]
    return base64.b64decode(key)


def _old_chair(old: OldRundabord, laptop: Path, pack: Path, name: str) -> bytes:
    """Yesterday's chair's laptop: made, the pack opened, her key made; her public key."""
    old.cli(laptop, "init", "--role", "chair")
    receipt = old.imports(laptop, pack)
    assert receipt["status"] == "imported", receipt
    return _public_key(old, laptop, name)


def _old_export(old: OldRundabord, laptop: Path, cid: str, out: Path, *texts: str) -> Path:
    for question, text in enumerate(texts, start=1):
        old.cli(laptop, "note", "add", "--conference", cid, "--table", "1", "--question", str(question), text)
    old.cli(laptop, "export", "--conference", cid, "--table", "1", "-o", str(out))
    return out


@pytest.fixture
def kansli(tmp_path: Path):
    """Today's secretariat with the demo conference, its key and its pack."""
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    cid = demo.ensure_demo(workspace.store)
    create_identity(workspace, "Regionens sekretariat")
    export_pack(workspace, cid, tmp_path / "pack.rbz")
    yield workspace, cid, tmp_path / "pack.rbz"
    workspace.close()


def test_yesterdays_chairs_export_to_todays_secretariat(yesterday, kansli, tmp_path: Path) -> None:
    """Two laptops of table 1 on yesterday's Rundabord open today's pack and export; today's secretariat
    takes each once, a re-import is 'already imported', her later export brings only what is new, and a
    pack today's secretariat makes after all that is opened by yesterday's spare laptop."""
    workspace, cid, pack = kansli
    anna, britt = tmp_path / "anna", tmp_path / "britt"
    for laptop, name in ((anna, "Anna Berg"), (britt, "Britt Ek")):
        key = _old_chair(yesterday, laptop, pack, name)
        trust_add(workspace.store, key, name, "chair", cid, 1)
    first = _old_export(yesterday, anna, cid, tmp_path / "a1.rbz", "Bussen går sällan", "Fler cykelbanor")
    second = _old_export(yesterday, britt, cid, tmp_path / "b1.rbz", "Andra datorn vid bordet")
    [got] = import_files(workspace, [first])
    assert (got.status, got.counts["new"]) == ("imported", 2), got
    [again] = import_files(workspace, [first])
    assert again.status == "already-imported", again
    [got] = import_files(workspace, [second])
    assert (got.status, got.counts["new"]) == ("imported", 1), got
    yesterday.cli(anna, "note", "add", "--conference", cid, "--table", "1", "--question", "3", "Sent tillägg")
    yesterday.cli(anna, "export", "--conference", cid, "--table", "1", "-o", str(tmp_path / "a2.rbz"))
    [later] = import_files(workspace, [tmp_path / "a2.rbz"])
    # her two notes and the table's record again unchanged, the new note new
    assert (later.status, later.counts["new"], later.counts["unchanged"]) == ("imported", 1, 3), later
    texts = sorted(n.text for n in notes.list_notes(workspace.store, cid, table_number=1))
    assert texts == ["Andra datorn vid bordet", "Bussen går sällan", "Fler cykelbanor", "Sent tillägg"]
    # The pack of a secretariat that has taken in tables still opens on yesterday's spare laptop.
    export_pack(workspace, cid, tmp_path / "pack2.rbz")
    yesterday.cli(tmp_path / "spare", "init", "--role", "chair")
    assert yesterday.imports(tmp_path / "spare", tmp_path / "pack2.rbz")["status"] == "imported"


def test_todays_chair_exports_to_yesterdays_secretariat(yesterday, tmp_path: Path, capsys) -> None:
    old_kansli = tmp_path / "kansli"
    pack = tmp_path / "pack.rbz"
    cid = yesterday.secretariat_pack(old_kansli, "Gårdagens sekretariat", pack)
    laptop = Workspace.create(tmp_path / "laptop", "chair")
    try:
        [receipt] = import_files(laptop, [pack])
        assert receipt.status == "imported", receipt
        key = base64.b64encode(create_identity(laptop, "Cecilia Ström").public_key).decode()
        yesterday.cli(
            old_kansli, "trust", "add", "--key", key, "--name", "Cecilia Ström", "--role", "chair",
            "--conference", cid, "--table", "1",
        )  # fmt: skip
        notes.add_note(laptop.store, cid, 1, 1, "Skriven med dagens Rundabord – även på landet")
    finally:
        laptop.close()
    out = tmp_path / "bord1.rbz"
    args = ["--workspace", str(laptop.dir), "export", "--conference", cid, "--table", "1", "-o", str(out)]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"wrote {out}"  # nothing to warn her of
    assert yesterday.imports(old_kansli, out)["status"] == "imported"
    assert yesterday.imports(old_kansli, out)["status"] == "already-imported"
    listed = yesterday.cli(old_kansli, "note", "list", "--conference", cid, "--table", "1")
    assert "Skriven med dagens Rundabord – även på landet" in listed


def test_todays_chairs_follow_up_is_refused_by_yesterdays_chair_and_the_secretary_was_told(
    yesterday, kansli, tmp_path: Path, capsys
) -> None:
    """By design yesterday's laptop refuses a chairs' follow-up (it knows no `requires`); what it says
    is its own code's, so today's secretariat must have said, when it wrote it, that an older
    Rundabord, yesterday's release too, refuses it and that the chairs need their Rundabord updated."""
    workspace, cid, pack = kansli
    anna = tmp_path / "anna"
    trust_add(workspace.store, _old_chair(yesterday, anna, pack, "Anna Berg"), "Anna Berg", "chair", cid, 1)
    [got] = import_files(workspace, [_old_export(yesterday, anna, cid, tmp_path / "a1.rbz", "Bussen")])
    assert got.status == "imported", got
    out = tmp_path / "uppfoljning.rbz"
    args = ["--workspace", str(workspace.dir), "proposal", "export", "--conference", cid, "--table", "1"]
    assert main([*args, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "an older one refuses it" in said and "update Rundabord" in said, said
    assert "December 2026 or later" not in said  # yesterday's release is from December 2026 and refuses it
    assert "unexpected or missing fields: requires" in said  # what her laptop will say, to recognise it
    refused = yesterday.imports(anna, out)
    assert refused["status"] == "refused", refused
    assert "unexpected or missing fields: requires" in refused["reason"], refused
    listed = yesterday.cli(anna, "note", "list", "--conference", cid, "--table", "1")
    assert listed.strip() == "table 1 q1 note: Bussen"  # nothing of it taken in
    # Her window says it in Swedish: the secretariat's window quotes those words (the Swedish test of
    # the follow-up menu reads them there).
    theirs = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{YESTERDAY}:resources/translations/common_sv.ts"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    quoted = "innehållsförteckningen har felaktiga eller saknade fält: {fields}"
    assert quoted in theirs
    ours = (ROOT / "resources/translations/secretariat_sv.ts").read_text(encoding="utf-8")
    assert ours.count(quoted.format(fields="requires")) == 4


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_workspace_of_yesterday_opened_today_and_then_by_yesterdays_again(
    yesterday, tmp_path: Path, capsys
) -> None:
    """Made by yesterday's Rundabord with notes, a decision, the personal-data review's decisions and a
    sync target; today's opens it (migrating it) with everything there and can set its sync timeout;
    yesterday's, run again by a secretary who went back, refuses it in one plain line and leaves the
    file as it was, and today's opens it again."""
    folder = tmp_path / "kansli"
    yesterday.cli(folder, "init", "--role", "secretariat")
    cid = yesterday.cli(folder, "demo").split()[-1]
    nid = yesterday.cli(
        folder, "note", "add", "--conference", cid, "--table", "1", "--question", "1", "--kind", "proposal",
        "Ring Britt Svensson 070-123 45 67 om bussen",
    ).split()[-1]  # fmt: skip
    yesterday.cli(folder, "proposal", "status", nid, "done", "--decision", "Bussen går varje timme")
    yesterday.cli(folder, "privacy", "decide", "--conference", cid, "--undecided", "--leave-out")
    share = tmp_path / "share"
    share.mkdir()
    yesterday.cli(folder, "sync", "configure", "--target", str(share))

    from app.proposals import lifecycle
    from app.sync import settings

    today = Workspace(folder)  # migrates it
    try:
        [note] = notes.list_notes(today.store, cid, table_number=1)
        assert (note.id, note.text) == (nid, "Ring Britt Svensson 070-123 45 67 om bussen")
        [decided] = lifecycle.history(today.store, nid)
        assert (decided.status, decided.decision) == ("done", "Bussen går varje timme")
        assert settings.configured_target(today.store) == str(share)
        settings.set_timeout(today.store, 300.0)
        assert settings.configured_timeout(today.store) == 300.0
    finally:
        today.close()
    assert main(["--workspace", str(folder), "privacy", "review", "--conference", cid]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == "2 findings, 0 undecided"  # left out yesterday

    db = folder / "workspace.sqlite3"
    before = _sha256(db)
    for args in (("sync", "status"), ("note", "list", "--conference", cid, "--table", "1")):
        done = yesterday._run(CLI, "--workspace", str(folder), *args)
        assert (done.returncode, done.stdout) == (2, ""), done
        [line] = done.stderr.splitlines()
        assert line.endswith(
            f"was written by a newer Rundabord (schema {TODAYS}, this version knows {YESTERDAYS}); update"
            " Rundabord to open it"
        ), line
    assert _sha256(db) == before
    again = Workspace(folder)
    try:
        assert settings.configured_timeout(again.store) == 300.0
        assert [n.text for n in notes.list_notes(again.store, cid, table_number=1)] == [note.text]
    finally:
        again.close()


def test_a_postgresql_team_with_one_secretary_on_each_version(yesterday, pg_cluster, tmp_path: Path) -> None:
    """Anna made the team's store with yesterday's Rundabord and wrote in it; Britt joins it with
    today's, which migrates the shared database for both. Anna's Rundabord then refuses the store in
    one plain line (update Rundabord), changes nothing, and Britt reads Anna's note and works on."""
    import uuid

    import psycopg

    name = f"mixed_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    anna, britt = tmp_path / "anna", tmp_path / "britt"
    try:
        said = yesterday.cli(anna, "init", "--role", "secretariat", "--database", pg_cluster.dsn(name))
        assert "on the shared PostgreSQL store" in said
        cid = yesterday.cli(anna, "demo").split()[-1]
        yesterday.cli(
            anna, "note", "add", "--conference", cid, "--table", "4", "--question", "2", "Annas anteckning"
        )
        assert (
            main(
                [
                    "--workspace",
                    str(britt),
                    "init",
                    "--role",
                    "secretariat",
                    "--database",
                    pg_cluster.dsn(name),
                ]
            )
            == 0
        )
        with psycopg.connect(pg_cluster.dsn(name)) as conn:
            applied = conn.execute("SELECT count(*) FROM rundabord_migrations").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        assert applied == TODAYS
        for args in (("note", "list", "--conference", cid, "--table", "4"), ("sync", "status")):
            done = yesterday._run(CLI, "--workspace", str(anna), *args)
            assert (done.returncode, done.stdout) == (2, ""), done
            [line] = done.stderr.splitlines()
            assert line.endswith(
                f"the secretariat's database was written by a newer Rundabord (schema {TODAYS}, this version"
                f" knows {YESTERDAYS}); update Rundabord to open it"
            ), line
        with psycopg.connect(pg_cluster.dsn(name)) as conn:
            assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == rows
        today = Workspace(britt)
        try:
            [note] = notes.list_notes(today.store, cid, table_number=4)
            assert note.text == "Annas anteckning"
            notes.add_note(today.store, cid, 4, 1, "Britts anteckning")
        finally:
            today.close()
    finally:
        with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")

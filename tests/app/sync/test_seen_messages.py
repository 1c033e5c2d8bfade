"""What sync remembers about a fetched bundle is data: `sync_seen.detail` holds messages (code and
parameters as JSON), `rundabord sync fetched` says them in English or, with --json, as codes. A row
written before (English) stays readable as it was."""

from __future__ import annotations

import json

import sqlite_utils

from app import schema
from app.cli import main
from app.messages import TEXT, Message
from app.sync import engine, settings
from app.sync.seen import fetched
from app.workspace import DB_NAME


def test_a_refused_fetch_is_remembered_as_its_code_and_shown_in_english_or_as_json(chair, share, capsys):
    chair.role = "secretariat"
    settings.configure(chair.store, str(share))
    (share / "c0nference-1").mkdir()
    name = "0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz"
    (share / "c0nference-1" / name).write_bytes(b"inget paket alls " * 50)
    report = engine.run_sync(chair, settings.open_target(chair.store))
    [pulled] = report.pulled
    assert pulled.outcome == engine.REFUSED and pulled.why is not None
    [stored] = chair.store.conn.execute("SELECT detail FROM sync_seen").fetchone()
    assert json.loads(stored) == [pulled.why.as_json()]  # no English in the table
    assert pulled.why.code == "not-a-zip" and pulled.check == "zip"

    [seen] = fetched(chair.store)
    assert seen.said == (pulled.why,) and seen.detail == pulled.detail == pulled.why.english()
    capsys.readouterr()
    main(["--workspace", str(chair.dir), "sync", "fetched", "--json"])
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["said"] == [pulled.why.as_json()]
    main(["--workspace", str(chair.dir), "sync", "fetched"])
    out = capsys.readouterr().out
    assert f"refused           c0nference-1/{name}: {pulled.why.english()}" in out


def test_english_stored_before_messages_were_data_reads_as_it_was(chair):
    rows = [
        ("t", "a.rbz", "signed by an unknown key; held in quarantine until someone trusts key ab12"),
        ("t", "b.rbz", ""),
    ]
    for target, path, detail in rows:
        chair.store.conn.execute(
            "INSERT INTO sync_seen (target, path, version, bundle_id, kind, outcome, detail, seen_at)"
            " VALUES (?, ?, 'v1', 'b', 'table-export', 'quarantined', ?, '2026-05-04T12:00:00Z')",
            (target, path, detail),
        )
    chair.store.conn.commit()
    # Unmigrated (as a PostgreSQL store's old rows may be): the sentence is one text message.
    before = {s.path: s.said for s in fetched(chair.store)}
    assert before == {"a.rbz": (Message(TEXT, {"text": rows[0][2]}),), "b.rbz": ()}
    schema.m270_sync_seen_messages(sqlite_utils.Database(chair.dir / DB_NAME))
    stored = dict(chair.store.conn.execute("SELECT path, detail FROM sync_seen"))
    assert json.loads(stored["a.rbz"]) == [{"code": TEXT, "params": {"text": rows[0][2]}}]
    assert stored["b.rbz"] == "[]"
    after = {s.path: (s.said, s.detail) for s in fetched(chair.store)}
    assert after == {"a.rbz": (before["a.rbz"], rows[0][2]), "b.rbz": ((), "")}
    schema.m270_sync_seen_messages(sqlite_utils.Database(chair.dir / DB_NAME))  # JSON rows stay as they are
    assert dict(chair.store.conn.execute("SELECT path, detail FROM sync_seen")) == stored

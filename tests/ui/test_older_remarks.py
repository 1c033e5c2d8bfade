"""Remarks a workspace kept before messages were data, said in Swedish.

A laptop or an office workspace used at an earlier conference holds what the importer and sync said
then as English sentences: the ledger's remarks and trust grants, and what sync kept about a fetched
bundle (m270 wrapped those in a "text" message). They are read back as the messages they were
(app/message_legacy.py), so the Swedish window says them from its own table. The sentences below are
the ones that Rundabord wrote then, word for word.
"""

from __future__ import annotations

import json

import sqlite_utils

from app import schema
from app.bundles import ledger
from app.cli import main
from app.messages import TEXT
from app.sync.seen import fetched
from app.workspace import DB_NAME
from tests.sync_fixtures import chair  # noqa: F401  (a fixture)
from ui import i18n
from ui.bundle_messages import say, say_all

OLD_REMARKS = [
    "another bundle with sequence number 4 from this signer was imported before",
    "superseded: bundle 5 from this signer was imported before this older one (3);"
    " nothing newer was rolled back",
    "gap: bundles 2-3 from this signer have not arrived",
    "its link to the signer's previous bundle (6) does not match the one imported",
    "stamp more than a day in the future: the signer's clock may be wrong",
    "pinned Region Jämtland Härjedalen, sekretariatet's key as this conference's secretariat; compare its"
    " fingerprint with the secretariat's: 9eaa 6a04 efe4 2fda",
]
SWEDISH_REMARKS = [
    "ett annat paket med nummer 4 från samma avsändare har importerats tidigare",
    "äldre än paket 5 från samma avsändare, som importerades tidigare; det här (3) ändrade inget nyare",
    "paket 2-3 från den här avsändaren har inte kommit in än",
    "hänger inte ihop med avsändarens paket 6 som importerats här (två datorer?)",
    "daterat mer än ett dygn framåt: undertecknarens klocka kan gå fel",
    "Region Jämtland Härjedalen, sekretariatets nyckel är nu konferensens sekretariatsnyckel; jämför"
    " fingeravtrycket med sekretariatets: 9eaa 6a04 efe4 2fda",
]
RETURNING = (
    "signed by Anna Lindqvist, trusted as chair in another conference; held in quarantine until someone"
    " trusts key 3f9a1c0d2b7e for table 1 of this conference"
)
UNKNOWN = "signed by an unknown key; held in quarantine until someone trusts or rejects key 77c2e0a9d41b"
MERGED = "opened 2 conflicts to review; gap: bundle 1 from this signer has not arrived"


def _old_import_row(store) -> None:
    store.conn.execute(
        "INSERT INTO bundle_imports (manifest_sha256, bundle_id, kind, conference_id, tables, signer_name,"
        " key_id, trusted_as, sequence, previous, created_utc, created_hlc, imported_at, source_path,"
        " counts, flags) VALUES ('a1', 'b-2025-3', 'table-export', 'f52e7db8-0e94-47af-9c89-1f1b0a2c3d4e',"
        " '[3]', 'Fatima Hassan', '3f9a1c0d2b7e', 'chair of table 3 (conference f52e7db8)', 7, 'x',"
        " '2025-03-13T15:02:00Z', '', '2025-03-13T16:40:00Z', '/media/USB-MINNE/bord-3.rbz',"
        " '{\"new\": 12}', ?)",
        (json.dumps(OLD_REMARKS),),
    )
    store.conn.commit()


def _old_sync_rows(workspace) -> None:
    for path, outcome, detail in [
        ("konf/bord-1.rbz", "quarantined", RETURNING),
        ("konf/okänd.rbz", "quarantined", UNKNOWN),
        ("konf/bord-2.rbz", "imported", MERGED),
    ]:
        workspace.store.conn.execute(
            "INSERT INTO sync_seen (target, path, version, bundle_id, kind, outcome, detail, seen_at)"
            " VALUES ('/srv/delad', ?, 'v1', 'b', 'table-export', ?, ?, '2025-03-13T16:00:00Z')",
            (path, outcome, detail),
        )
    workspace.store.conn.commit()
    schema.m270_sync_seen_messages(sqlite_utils.Database(workspace.dir / DB_NAME))  # as the upgrade did


def test_older_remarks_and_grants_in_the_ledger_are_said_in_swedish(qapp, chair):  # noqa: F811
    _old_import_row(chair.store)
    [entry] = ledger.imports(chair.store)
    assert TEXT not in {m.code for m in (*entry.flags, *entry.trusted_as)}
    assert [m.english() for m in entry.flags] == OLD_REMARKS  # the CLI still says what it said then
    i18n.install("sv", qapp)
    try:
        assert [say(m) for m in entry.flags] == SWEDISH_REMARKS
        assert say_all(entry.trusted_as) == "bordsordförande för bord 3 i f52e7db8"  # the id it kept
    finally:
        i18n.install("en", qapp)


def test_an_older_quarantine_remark_of_a_returning_chair_is_said_in_swedish(qapp, chair):  # noqa: F811
    _old_sync_rows(chair)
    said = {seen.path: seen.said for seen in fetched(chair.store)}
    assert [m.code for m in said["konf/bord-2.rbz"]] == ["conflicts-opened", "sequence-gap"]
    i18n.install("sv", qapp)
    try:
        assert say_all(said["konf/bord-1.rbz"]) == (
            "Lita på Anna Lindqvist som ordförande för bord 1 i den här konferensen? Nyckeln är betrodd vid"
            " en annan konferens; paketet väntar i karantän tills du godkänner den under Samla in"
        )
        assert say_all(said["konf/okänd.rbz"]) == (
            "okänd nyckel: hålls i karantän tills den godkänns eller avvisas under Samla in"
        )
        assert say_all(said["konf/bord-2.rbz"]) == (
            "konflikter att granska: 2; paket 1 från den här avsändaren har inte kommit in än"
        )
    finally:
        i18n.install("en", qapp)


def test_the_cli_gives_older_remarks_as_codes_and_says_them_as_then(chair, capsys):  # noqa: F811
    _old_sync_rows(chair)
    _old_import_row(chair.store)
    capsys.readouterr()
    assert main(["--workspace", str(chair.dir), "sync", "fetched", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    returning = next(line for line in lines if line["path"] == "konf/bord-1.rbz")
    assert returning["said"] == [
        {
            "code": "quarantined-returning-chair",
            "params": {"signer": "Anna Lindqvist", "key": "3f9a1c0d2b7e", "table": 1},
        }
    ]
    assert returning["detail"] == RETURNING
    assert main(["--workspace", str(chair.dir), "imports", "--json"]) == 0
    [entry] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert entry["flags"] == OLD_REMARKS
    assert [r["code"] for r in entry["remarks"]] == [
        "sequence-repeated",
        "sequence-superseded",
        "sequence-gap",
        "sequence-fork",
        "clock-ahead",
        "key-pinned",
    ]

"""The workspace schema, as sqlite-utils migrations applied in the order of their names.

One migration per change; never edit one that has shipped, and name a new one after the last (mNNN_...).
Each runs in its own transaction (sqlite-utils' `Migrations.apply`), which also sets `PRAGMA user_version`
to the number of migrations applied, so a file written by a newer Rundabord is recognised and refused
before we touch it, and a crash between a migration and its version number cannot happen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from app.records import BOOKKEEPING, RECORD_TYPES, RecordType
from app.schema_later import LATER_STEPS

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration runs: see migration_set()
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

Step = Callable[["sqlite_utils.Database"], None]
_steps: list[Step] = []  # gathered by @migration, registered in name order at the end of this module


def migration(step: Step) -> Step:
    _steps.append(step)
    return step


def _versioned(step: Step) -> Step:
    """The step, then user_version = migrations applied, inside the transaction sqlite-utils wraps it in."""

    def run(db: sqlite_utils.Database) -> None:
        step(db)
        done = len(migration_set().applied(db)) + 1  # this one is recorded after us, in the same transaction
        db.execute(f"PRAGMA user_version = {done}")

    run.__name__ = step.__name__
    return run


_SQL_TYPES = {str: str, int: int, list: str}


def create_record_table(db: sqlite_utils.Database, rt: RecordType) -> None:
    """The SQL table for one record type: bookkeeping columns, then its fields."""
    columns: dict[str, type] = {
        "id": str,
        "origin": str,
        "rev": str,
        "base_rev": str,
        "deleted": int,
        "stamps": str,
    }
    columns.update({name: _SQL_TYPES[kind] for name, kind in rt.fields.items()})
    db[rt.table].create(columns, pk="id", not_null=set(BOOKKEEPING))


@migration
def m001_records(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    # A fixed list: a record type added later gets its table in a migration of its own.
    for name in ("process", "theme", "conference", "question", "table", "note", "person"):
        create_record_table(db, RECORD_TYPES[name])
    db["questions"].create_index(["conference_id", "position"])
    db["conference_tables"].create_index(["conference_id", "number"])
    db["notes"].create_index(["conference_id", "table_number", "question_id", "position"])
    db["themes"].create_index(["process_id", "position"])
    # Swedish: keep diacritics, so "år" and "ar" stay different words; unicode61 folds case of Å, Ä, Ö.
    db.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5(text, content='notes', content_rowid='rowid',"
        ' tokenize="unicode61 remove_diacritics 0")'
    )
    # One statement each: executescript would commit the migration's transaction half-way.
    db.execute(
        "CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN"
        " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    db.execute(
        "CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN"
        " INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END"
    )
    db.execute(
        "CREATE TRIGGER notes_fts_au AFTER UPDATE OF text ON notes BEGIN"
        " INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);"
        " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )


@migration
def m010_proposals_followup(db: sqlite_utils.Database) -> None:
    for name in ("proposal_status", "proposal_group", "proposal_link"):
        create_record_table(db, RECORD_TYPES[name])
    db["proposal_statuses"].create_index(["proposal_id"])
    db["proposal_statuses"].create_index(["conference_id"])
    db["proposal_groups"].create_index(["conference_id"])
    db["proposal_links"].create_index(["note_id"])
    db["proposal_links"].create_index(["group_id"])


@migration
def m020_bundles_ledgers(db: sqlite_utils.Database) -> None:
    """Signed bundles (app/bundles): trust list, pinned pack keys, what we signed, what we imported."""
    # One row per grant; a key may chair tables at several conferences. Revoked rows stay, so a
    # revoked key's bundles are refused rather than quarantined as if it were unknown.
    db["bundle_trust"].create(
        {
            "id": int,
            "key_id": str,
            "public_key": str,  # base64 of the raw 32 bytes
            "name": str,
            "role": str,  # "secretariat" | "chair" | "rejected"
            "conference_id": str,
            "table_number": int,
            "added_at": str,
            "revoked_at": str,
            "source": str,  # "manual" | "quarantine"
        },
        pk="id",
        not_null={"key_id", "public_key", "name", "role", "added_at", "source"},
    )
    db["bundle_trust"].create_index(["key_id"])
    db["bundle_pins"].create(
        {"conference_id": str, "key_id": str, "public_key": str, "signer_name": str, "pinned_at": str},
        pk="conference_id",
    )
    db["bundle_exports"].create(
        {
            "manifest_sha256": str,
            "bundle_id": str,
            "kind": str,
            "conference_id": str,
            "tables": str,  # JSON list of table numbers
            "signer_name": str,
            "key_id": str,
            "sequence": int,
            "created_utc": str,
            "created_hlc": str,
            "path": str,
        },
        pk="manifest_sha256",
    )
    db["bundle_exports"].create_index(["key_id", "sequence"])
    db["bundle_exports"].create_index(["conference_id", "kind"])
    # The import ledger, the receipts and the per-signer sequence state in one table: one row per
    # imported bundle, keyed by its manifest's SHA-256, so a re-import is recognised.
    db["bundle_imports"].create(
        {
            "manifest_sha256": str,
            "bundle_id": str,
            "kind": str,
            "conference_id": str,
            "tables": str,
            "signer_name": str,
            "key_id": str,
            "trusted_as": str,
            "sequence": int,
            "previous": str,
            "created_utc": str,
            "created_hlc": str,
            "imported_at": str,
            "source_path": str,
            "counts": str,  # JSON: new, updated, unchanged, conflicts, superseded, refused
            "flags": str,  # JSON list of plain-English remarks
        },
        pk="manifest_sha256",
    )
    db["bundle_imports"].create_index(["key_id", "sequence"])
    db["bundle_imports"].create_index(["conference_id", "kind"])
    db["bundle_quarantine"].create(
        {
            "manifest_sha256": str,
            "bundle_id": str,
            "kind": str,
            "conference_id": str,
            "tables": str,
            "signer_name": str,
            "key_id": str,
            "public_key": str,
            "created_utc": str,
            "received_at": str,
            "file": str,  # the held copy, inside the workspace folder
            "source_path": str,
        },
        pk="manifest_sha256",
    )
    db["bundle_quarantine"].create_index(["key_id"])


@migration
def m030_sync_state(db: sqlite_utils.Database) -> None:
    # Local bookkeeping of the sync engine; these rows never travel in bundles.
    # One row per outbox file content and target it reached: "sent" is relative to a target.
    db["sync_sent"].create(
        {"sha256": str, "target": str, "file": str, "bundle_id": str, "conference_id": str, "sent_at": str},
        pk=("sha256", "target"),
    )
    # What a pull has already looked at, so an unchanged remote file is not fetched again.
    db["sync_seen"].create(
        {
            "target": str,
            "path": str,
            "version": str,
            "bundle_id": str,
            "kind": str,
            "outcome": str,
            "detail": str,
            "seen_at": str,
        },
        pk=("target", "path"),
    )


@migration
def m040_merge_conflicts(db: sqlite_utils.Database) -> None:
    """Merge (app/merge.py): the states seen of each record, open conflicts, and their resolutions."""
    create_record_table(db, RECORD_TYPES["conflict_resolution"])
    db["conflict_resolutions"].create_index(["record_id"])
    # Local and derived, never sent: every (rev, origin, base_rev) a record has had here, so that merge
    # can tell an edit made after seeing another from a concurrent one (app/knowledge.py).
    db.execute(
        "CREATE TABLE merge_lineage (record_id TEXT NOT NULL, rev TEXT NOT NULL, origin TEXT NOT NULL,"
        " base_rev TEXT NOT NULL, PRIMARY KEY (record_id, rev, origin)) WITHOUT ROWID"
    )
    # A local edit replaces a record's state in place; keep the state it replaced.
    for rt in RECORD_TYPES.values():
        if rt.table in db.table_names():
            db.execute(
                f"CREATE TRIGGER {rt.table}_lineage AFTER UPDATE OF rev ON {rt.table}"
                " WHEN old.rev IS NOT new.rev OR old.origin IS NOT new.origin BEGIN"
                " INSERT OR IGNORE INTO merge_lineage VALUES (old.id, old.rev, old.origin, old.base_rev); END"
            )
    # One row per value that lost a concurrent edit and is not yet resolved; derived from the records
    # and resolutions seen, with ids that do not depend on import order.
    db["conflicts"].create(
        {
            "id": str,
            "record_type": str,
            "record_id": str,
            "field": str,
            "value": str,  # JSON of the losing value
            "rev": str,
            "origin": str,
        },
        pk="id",
        not_null={"record_type", "record_id", "field", "rev", "origin"},
    )
    db["conflicts"].create_index(["record_id"])


@migration
def m050_secretariat_review_index(db: sqlite_utils.Database) -> None:
    """The secretariat's Review filters and Who-has-reported counts: answered from this index alone
    (100,000 notes: a count in 10 ms instead of 140 ms, the per-table counts in 45 ms instead of 180)."""
    db["notes"].create_index(
        ["conference_id", "deleted", "table_number", "kind", "question_id"], index_name="notes_review"
    )


@migration
def m041_merge_lineage_knows(db: sqlite_utils.Database) -> None:
    """What each state's writer had seen, so that merge never guesses an origin from a rev alone."""
    db.execute("ALTER TABLE merge_lineage ADD COLUMN knows TEXT")  # JSON [[rev, origin], ...]
    for rt in RECORD_TYPES.values():
        if rt.table not in db.table_names():
            continue
        create_lineage_trigger(db, rt.table)


def create_lineage_trigger(db: sqlite_utils.Database, table: str) -> None:
    """Record what each state's writer had seen when a record of `table` is edited here."""
    db.execute(f"DROP TRIGGER IF EXISTS {table}_lineage")
    # Only an edit made here (Store.write: our origin, based on the row it replaces) is recorded
    # here; merge records the states it imports itself. Such an edit saw every stamp of that row.
    db.execute(
        f"CREATE TRIGGER {table}_lineage AFTER UPDATE OF rev ON {table}"
        " WHEN new.base_rev = old.rev AND new.origin = (SELECT value FROM meta WHERE key = 'origin')"
        " BEGIN"
        " INSERT OR IGNORE INTO merge_lineage (record_id, rev, origin, base_rev)"
        " VALUES (old.id, old.rev, old.origin, old.base_rev);"
        " INSERT OR REPLACE INTO merge_lineage (record_id, rev, origin, base_rev, knows)"
        " VALUES (new.id, new.rev, new.origin, new.base_rev, (SELECT json_group_array(json_array(r, o))"
        " FROM (SELECT MAX(json_extract(value, '$[0]')) AS r, json_extract(value, '$[1]') AS o"
        " FROM json_each(old.stamps) GROUP BY o)));"
        " END"
    )


@migration
def m060_paper_tables(db: sqlite_utils.Database) -> None:
    """Paper tables (app/sheets, app/attachments): imported sheets and photos of a table's paper."""
    for name in ("paper_sheet", "attachment"):
        rt = RECORD_TYPES[name]
        create_record_table(db, rt)
        db[rt.table].create_index(["conference_id", "table_number"])
        create_lineage_trigger(db, rt.table)
    db["paper_sheets"].create_index(["sha256"])


@migration
def m070_proposals_across_conferences(db: sqlite_utils.Database) -> None:
    """Proposals raised again at later conferences, summaries for participants, where it was decided."""
    for name in ("proposal_recurrence", "proposal_summary"):
        rt = RECORD_TYPES[name]
        create_record_table(db, rt)
        create_lineage_trigger(db, rt.table)
    db["proposal_recurrences"].create_index(["later_id"])
    db["proposal_recurrences"].create_index(["earlier_id"])
    db["proposal_summaries"].create_index(["proposal_id"])
    # A fresh workspace's m010 already made the column from today's record type.
    if "meeting" not in db["proposal_statuses"].columns_dict:
        db["proposal_statuses"].add_column("meeting", str)


@migration
def m080_privacy_review(db: sqlite_utils.Database) -> None:
    """The secretariat's personal-data decisions (app/privacy), looked up per conference and record."""
    create_record_table(db, RECORD_TYPES["privacy_decision"])
    db["privacy_decisions"].create_index(["conference_id", "source_id"])
    create_lineage_trigger(db, "privacy_decisions")


@migration
def m220_search_prefix_index(db: sqlite_utils.Database) -> None:
    """Prefix indexes of 2 to 6 characters for note search.

    Every typed word is searched as a prefix; without these, a short prefix such as "ku" merges the doclists
    of thousands of words on each search (hundreds of milliseconds on a secretariat store of a million
    notes). The index grows about fourfold and indexing a note costs 2.5 times as much (a bulk insert of
    note text into FTS5 alone: 24,000 rows/s instead of 60,000 here), which is what a search under 20 ms
    on a large store costs; a chair's keystroke does not notice.
    """
    db.execute("DROP TABLE notes_fts")
    db.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5(text, content='notes', content_rowid='rowid',"
        " tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3 4 5 6')"
    )
    db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


@migration
def m230_report_texts(db: sqlite_utils.Database) -> None:
    """The public report's foreword, contact, how to respond and what happens next, per conference."""
    create_record_table(db, RECORD_TYPES["report_text"])
    db["report_texts"].create_index(["conference_id", "part"])
    create_lineage_trigger(db, "report_texts")


def _ordered() -> list[Step]:
    return sorted([*_steps, *LATER_STEPS], key=lambda step: step.__name__)


@cache
def migration_set() -> Migrations:
    """The sqlite-utils migration set, built on first use.

    Importing sqlite-utils (with click, dateutil and pluggy behind it) costs about as much as Qt's widgets,
    and an up-to-date workspace needs none of it to open: the store compares `known_names()` with the
    applied names itself and asks for this only when something is pending.
    """
    from sqlite_utils.migrations import Migrations

    built = Migrations("rundabord")
    for step in _ordered():
        built(name=step.__name__)(_versioned(step))
    return built


def __getattr__(name: str) -> object:
    if name == "migrations":  # the historical module attribute, for callers and tests
        return migration_set()
    later = {step.__name__: step for step in LATER_STEPS}  # a later migration, by its historical name here
    if name in later:
        return later[name]
    raise AttributeError(name)


def ordered_steps() -> list[Step]:
    """Every migration's step, in the order they run (app/pg/schema.py derives PostgreSQL's DDL from them)."""
    return _ordered()


def known_names() -> list[str]:
    """Every migration this version knows, in the order they run."""
    return [step.__name__ for step in _ordered()]

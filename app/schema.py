"""The workspace schema, as an ordered list of sqlite-utils migrations.

One migration per change; never edit one that has shipped. `PRAGMA user_version` holds the number of
migrations applied, so a file written by a newer Rundabord is recognised and refused before we touch it.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from app.records import BOOKKEEPING, RECORD_TYPES, RecordType

migrations = Migrations("rundabord")

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


@migrations()
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


@migrations()
def m010_proposals_followup(db: sqlite_utils.Database) -> None:
    for name in ("proposal_status", "proposal_group", "proposal_link"):
        create_record_table(db, RECORD_TYPES[name])
    db["proposal_statuses"].create_index(["proposal_id"])
    db["proposal_statuses"].create_index(["conference_id"])
    db["proposal_groups"].create_index(["conference_id"])
    db["proposal_links"].create_index(["note_id"])
    db["proposal_links"].create_index(["group_id"])


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]

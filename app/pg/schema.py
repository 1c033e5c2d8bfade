"""The PostgreSQL schema, derived from the one schema definition: the migrations of `app/schema.py`.

Each migration is run on an empty in-memory SQLite database after the ones before it; what it changed
(tables made or dropped, columns added, indexes made) is written out as PostgreSQL DDL. So a new
migration needs no second version for PostgreSQL, and both backends apply the same migrations in the
same order, each in its own transaction, recorded by name.

What SQLite does with its own machinery gets PostgreSQL's own here:
- full-text search: FTS5's `notes_fts` becomes a GIN index on the notes' words as written with their
  Swedish stems beside them (`SEARCH_VECTOR`, m542; app/search.py);
- the lineage triggers (a local edit keeps the state it replaced) become one PL/pgSQL function, which
  reads the writing session's origin from the `rundabord.origin` setting (each secretary has her own);
- `rowid`: every table gets an identity column of that name, so "in the order they came" reads alike;
- every change to a record table NOTIFYs `rundabord`, so other secretaries' windows refresh.
Text columns use the "C" collation: ids and stamps sort byte-wise, as in SQLite, whatever the server's
locale.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from app.records import RECORD_TYPES
from app.schema_later import MOVE_RECORD_DIGESTS

NOTIFY_CHANNEL = "rundabord"
SEARCH_INDEX = "notes_search"

# The capitals of Latin-1 and Latin Extended-A (Å, Ä, Ö, É, Ü, Ø, and the Sámi Á, Č, Đ, Ŋ, Š, Ŧ, Ž) and
# their small letters: the server lowers only ASCII letters in a database whose LC_CTYPE is C, so the
# index lowers these itself (search lowers what is typed in Python).
_CAPITALS = "".join(
    chr(c) for c in range(0xC0, 0x180) if chr(c).lower() != chr(c) and len(chr(c).lower()) == 1
)
_SMALL = _CAPITALS.lower()
# The words of a note as FTS5's unicode61 tokenizer reads them: the `simple` configuration (no stop words,
# no stemming), with '@', '.', '/' and ':' read as spaces so that e-mail, web and file addresses are
# words of their own (PostgreSQL's parser would keep "anna@kommun.se" whole). `alias`: "n." or "".
NOTE_VECTOR = (
    f"to_tsvector('simple', translate(coalesce({{alias}}text, ''), '@./:{_CAPITALS}', '    {_SMALL}'))"
)
# What search looks words up in: those words and, beside them, the `swedish` configuration's (each word's
# Snowball stem, stop words left out), in one vector. A typed word finds the words it begins or, as a
# whole, its stem (app/search.py): every note FTS5 finds, and the other forms of a Swedish word ("bilder"
# finds "bild"). A beginning matches no stem it would not match as written, since a Swedish stem is the
# beginning of its word. One index, not one per configuration: the planner ANDs one lookup per query,
# where two indexes ORed per typed word left all but the first word to be computed note by note. A
# function, so that the text is lowered once: `translate` costs four times one `to_tsvector`.
STEMS_VECTOR = NOTE_VECTOR.replace("to_tsvector('simple',", "to_tsvector('swedish',", 1)
SEARCH_FUNCTION = (
    "CREATE OR REPLACE FUNCTION rundabord_search_vector(note text) RETURNS tsvector"
    " LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ DECLARE"
    f" w text := pg_catalog.translate(coalesce(note, ''), '@./:{_CAPITALS}', '    {_SMALL}');"
    " BEGIN RETURN pg_catalog.to_tsvector('pg_catalog.simple', w)"
    " || pg_catalog.to_tsvector('pg_catalog.swedish', w); END $$"
)
SEARCH_VECTOR = "rundabord_search_vector({alias}text)"
SEARCH_INDEX_DDL = f"CREATE INDEX {SEARCH_INDEX} ON notes USING gin ({SEARCH_VECTOR.format(alias='')})"
SEARCH_INDEXES = {SEARCH_INDEX: SEARCH_INDEX_DDL}
_SEARCH_INDEX_NOW = (
    SEARCH_FUNCTION,
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema()"
    f" AND indexname = '{SEARCH_INDEX}' AND position('rundabord_search_vector' in indexdef) > 0) THEN"
    f" DROP INDEX IF EXISTS {SEARCH_INDEX}; {SEARCH_INDEX_DDL}; END IF; END $$",
)
# PostgreSQL's part of migrations that change what SQLite's machinery does (its DDL is not derived).
PG_ONLY: dict[str, tuple[str, ...]] = {
    # m420 (words as written) built its index, and m421 (capitals in any locale) built it again at once
    # on every store updated from before both: the index m421 makes is m420's too, so m420 builds none.
    # A store that took m420 alone has its index, which m421 replaces.
    "m421_search_capitals_in_any_locale": (
        SEARCH_FUNCTION,
        f"DROP INDEX IF EXISTS {SEARCH_INDEX}",
        SEARCH_INDEX_DDL,
    ),
    # m540 made an index of the stems alone, m541 one of the words and stems (each lowered apart), m542
    # this one: whichever a store took, it ends with this index, built once on a store updated past all.
    "m541_search_stems_in_one_index": ("DROP INDEX IF EXISTS notes_search_stems",),
    "m542_search_text_lowered_once": _SEARCH_INDEX_NOW,
    # The derived DDL makes only the columns: the rows of the table m361 drops move here.
    "m360_line_digests_with_their_lines": (MOVE_RECORD_DIGESTS,),
    # m370 re-made the Review index under its name, which the DDL derived then did not see.
    "m422_review_index_on_postgresql": (
        'DROP INDEX IF EXISTS "notes_review"',
        'CREATE INDEX "notes_review" ON "notes"'
        ' ("conference_id", "deleted", "table_number", "kind", "question_id", "position", "id")',
    ),
}
_RECORD_TABLES = {rt.table for rt in RECORD_TYPES.values()}
_TYPES = {
    "TEXT": 'text COLLATE "C"',
    "INTEGER": "bigint",
    "FLOAT": "double precision",
    "REAL": "double precision",
}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    not_null: bool
    pk: int


@dataclass(frozen=True)
class Shape:
    tables: dict[str, tuple[Column, ...]]
    indexes: dict[str, tuple[str, tuple[str, ...], bool]]  # name -> (table, columns, unique)


def _shape(conn: sqlite3.Connection) -> Shape:
    tables: dict[str, tuple[Column, ...]] = {}
    indexes: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    names = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not row[0].startswith(("sqlite_", "_sqlite", "notes_fts"))
    ]
    for table in names:
        tables[table] = tuple(
            Column(name, (kind or "TEXT").upper(), bool(notnull), pk)
            for _cid, name, kind, notnull, _default, pk in conn.execute(f"PRAGMA table_info([{table}])")
        )
        for _seq, index, unique, origin, _partial in conn.execute(f"PRAGMA index_list([{table}])"):
            if origin != "c":  # the primary key's own index
                continue
            columns = tuple(row[2] for row in conn.execute(f"PRAGMA index_info([{index}])"))
            indexes[index] = (table, columns, bool(unique))
    return Shape(tables, indexes)


def _create_table(table: str, columns: tuple[Column, ...]) -> list[str]:
    keys = [c.name for c in sorted(columns, key=lambda c: c.pk) if c.pk]
    integer_key = len(keys) == 1 and next(c for c in columns if c.name == keys[0]).sql_type == "INTEGER"
    parts = []
    for column in columns:
        if integer_key and column.name == keys[0]:  # SQLite's rowid alias: numbered by the database
            parts.append(f'"{column.name}" bigint GENERATED BY DEFAULT AS IDENTITY')
            continue
        part = f'"{column.name}" {_TYPES.get(column.sql_type, _TYPES["TEXT"])}'
        if column.not_null or column.name in keys:
            part += " NOT NULL"
        parts.append(part)
    if integer_key:  # SQLite's rowid is that key itself
        parts.append(f'rowid bigint GENERATED ALWAYS AS ("{keys[0]}") STORED')
    else:
        parts.append("rowid bigint GENERATED ALWAYS AS IDENTITY")
    if keys:
        parts.append("PRIMARY KEY (" + ", ".join('"' + key + '"' for key in keys) + ")")
    statements = [f'CREATE TABLE "{table}" ({", ".join(parts)})']
    if not integer_key:
        statements.append(f'CREATE UNIQUE INDEX "{table}_rowid" ON "{table}" (rowid)')
    if table in _RECORD_TABLES:
        statements += _record_table_extras(table)
    return statements


def _record_table_extras(table: str) -> list[str]:
    statements = [
        f'CREATE TRIGGER "{table}_lineage" AFTER UPDATE OF rev ON "{table}" FOR EACH ROW'
        " WHEN (NEW.base_rev = OLD.rev) EXECUTE FUNCTION rundabord_lineage()",
        f'CREATE TRIGGER "{table}_notify" AFTER INSERT OR UPDATE OR DELETE ON "{table}"'
        " FOR EACH STATEMENT EXECUTE FUNCTION rundabord_notify()",
    ]
    if table == "notes":
        statements += [SEARCH_FUNCTION, SEARCH_INDEX_DDL]
    return statements


_FUNCTIONS = [
    # A local edit (Store.write: this session's origin, based on the row it replaces) saw every stamp of
    # that row: keep the replaced state and what the new one knows (app/knowledge.py), as SQLite's
    # lineage triggers do.
    """CREATE FUNCTION rundabord_lineage() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.origin IS DISTINCT FROM current_setting('rundabord.origin', true) THEN
        RETURN NULL;
      END IF;
      INSERT INTO merge_lineage (record_id, rev, origin, base_rev)
        VALUES (OLD.id, OLD.rev, OLD.origin, OLD.base_rev) ON CONFLICT DO NOTHING;
      INSERT INTO merge_lineage (record_id, rev, origin, base_rev, knows)
        VALUES (NEW.id, NEW.rev, NEW.origin, NEW.base_rev, (
          SELECT coalesce(json_agg(json_build_array(r, o) ORDER BY o), '[]'::json)::text FROM (
            SELECT max(value->>0) AS r, value->>1 AS o FROM json_each(OLD.stamps::json) GROUP BY value->>1
          ) AS latest))
        ON CONFLICT (record_id, rev, origin)
        DO UPDATE SET base_rev = excluded.base_rev, knows = excluded.knows;
      RETURN NULL;
    END $$""",
    # Once per table and transaction (a merge writes thousands of rows, one statement each): other
    # secretaries' windows refresh what shows that table when the transaction commits.
    f"""CREATE FUNCTION rundabord_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('rundabord.changed_' || TG_TABLE_NAME, true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('rundabord.changed_' || TG_TABLE_NAME, 'yes', true);
        PERFORM pg_notify('{NOTIFY_CHANNEL}', TG_TABLE_NAME);
      END IF;
      RETURN NULL;
    END $$""",
]


def _diff(before: Shape, after: Shape) -> list[str]:
    statements: list[str] = []
    for table in before.tables.keys() - after.tables.keys():
        statements.append(f'DROP TABLE "{table}"')
    for table, columns in after.tables.items():
        if table not in before.tables:
            statements += _create_table(table, columns)
            continue
        known = {c.name for c in before.tables[table]}
        for column in columns:
            if column.name not in known:
                kind = _TYPES.get(column.sql_type, _TYPES["TEXT"])
                statements.append(f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" {kind}')
    for name in before.indexes.keys() - after.indexes.keys():
        statements.append(f'DROP INDEX IF EXISTS "{name}"')
    for name, (table, columns, unique) in after.indexes.items():
        if before.indexes.get(name) != (table, columns, unique):
            if name in before.indexes:  # made again under its name, over other columns
                statements.append(f'DROP INDEX IF EXISTS "{name}"')
            listed = ", ".join(f'"{c}"' for c in columns)
            statements.append(f'CREATE {"UNIQUE " if unique else ""}INDEX "{name}" ON "{table}" ({listed})')
    return statements


@cache
def final_shape() -> Shape:
    """The tables, columns and indexes every migration together makes (SQLite's view of them)."""
    import sqlite_utils

    from app import schema

    scratch = sqlite_utils.Database(memory=True)
    for step in schema.ordered_steps():
        step(scratch)
    return _shape(scratch.conn)


def primary_key(table: str) -> tuple[str, ...]:
    columns = final_shape().tables[table]
    return tuple(c.name for c in sorted(columns, key=lambda c: c.pk) if c.pk)


@cache
def migration_ddl() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(migration name, PostgreSQL statements) for every migration, in the order they run."""
    import sqlite_utils

    from app import schema

    scratch = sqlite_utils.Database(memory=True)
    shape = _shape(scratch.conn)
    built: list[tuple[str, tuple[str, ...]]] = []
    for step in schema.ordered_steps():
        step(scratch)
        after = _shape(scratch.conn)
        statements = _diff(shape, after)
        if not built:
            statements = _FUNCTIONS + statements
        statements += PG_ONLY.get(step.__name__, ())
        built.append((step.__name__, tuple(statements)))
        shape = after
    return tuple(built)

"""One schema definition drives both backends: every index the migrations leave on SQLite is on a
PostgreSQL store too, over the same columns, also when a migration re-made an index under its name."""

from __future__ import annotations

from app.pg.schema import SEARCH_INDEX, SEARCH_INDEX_DDL, final_shape, migration_ddl
from app.pg.store import PgStore


def _postgresql_indexes(store: PgStore) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    rows = store.conn.execute(
        "SELECT i.relname, t.relname, ix.indisunique,"
        " array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)"
        "       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n)"
        " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
        " JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = 'public'"
    ).fetchall()
    return {row[0]: (row[1], tuple(row[3]), row[2]) for row in rows}


def as_an_older_version_left_it(store: PgStore, statements: tuple[str, ...], migrations: str) -> PgStore:
    """Run `statements` (what an older Rundabord had made), forget the migrations whose names are LIKE
    `migrations`, close the store and open it again with this version, which applies them."""
    for statement in statements:
        store.conn.execute(statement)
    store.conn.execute("DELETE FROM rundabord_migrations WHERE name LIKE ?", (migrations,))
    store.close()
    return PgStore(store.dsn, origin=store.origin)


def test_every_index_of_the_schema_is_on_postgresql_with_its_columns(pg_dsn) -> None:
    store = PgStore(pg_dsn, origin="d5" * 8)
    try:
        made = _postgresql_indexes(store)
    finally:
        store.close()
    expected = final_shape().indexes
    different = {name: (shape, made.get(name)) for name, shape in expected.items() if made.get(name) != shape}
    assert different == {}
    assert made["notes_review"][1][-2:] == ("position", "id")  # re-made by a later migration


def test_a_store_migrated_before_gets_the_review_index_as_it_is_now(pg_dsn) -> None:
    # As earlier versions left every shared store: m370 applied, its index never re-made.
    older = (
        "DROP INDEX notes_review",
        "CREATE INDEX notes_review ON notes (conference_id, deleted, table_number, kind, question_id)",
    )
    updated = as_an_older_version_left_it(PgStore(pg_dsn, origin="d6" * 8), older, "m422_%")
    try:
        assert _postgresql_indexes(updated)["notes_review"] == final_shape().indexes["notes_review"]
    finally:
        updated.close()


def test_a_store_updated_from_before_both_search_index_changes_builds_the_index_once() -> None:
    """m420 (words as written) and m421 (capitals in any locale) both changed the search index; m421's
    index serves both, so a large shared store is not indexed twice on that update."""
    steps = dict(migration_ddl())
    builds = [
        statement
        for name in ("m420_search_words_as_written", "m421_search_capitals_in_any_locale")
        for statement in steps[name]
        if statement.startswith(f"CREATE INDEX {SEARCH_INDEX} ")
    ]
    assert builds == [SEARCH_INDEX_DDL]

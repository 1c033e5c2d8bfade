"""The tests' pooled PostgreSQL databases (tests/pg_pool.py): whatever a test did to the one it had, the
next test gets a database that `pg_dump` cannot tell from a new copy of the template, with every table's
file as empty as a copy's and no planner statistics left behind."""

from __future__ import annotations

import subprocess

import psycopg
import pytest

from app import demo, notes
from app.pg.store import PgStore
from bench import pg_throwaway
from tests.pg_pool import PgPool


def _as_it_is(cluster, dsn: str) -> dict[str, object]:
    """What a user of the database could find in it: its whole dump (schema, grants, settings, rows,
    sequences), its tables' file sizes and the planner's statistics about them."""
    name = dsn.rsplit("/", 1)[1]
    dump = subprocess.run(
        [str(pg_throwaway.bin_dir() / "pg_dump"), "--create", "--dbname", dsn],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    dump = "\n".join(
        line for line in dump.splitlines() if not line.startswith(("\\restrict", "\\unrestrict"))
    )
    with psycopg.connect(dsn) as conn:
        sizes = conn.execute(
            "SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c"
            " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i') ORDER BY 1"
        ).fetchall()
        statistics = conn.execute("SELECT count(*) FROM pg_statistic WHERE starelid >= 16384").fetchone()[0]
    return {"dump": dump.replace(name, "DB"), "sizes": sizes, "statistics": statistics}


@pytest.fixture(scope="module")
def new(pg_cluster, pg_template) -> dict[str, object]:
    """A new copy of the template, as it is."""
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE pool_yardstick TEMPLATE {pg_template}")
        yield _as_it_is(pg_cluster, pg_cluster.dsn("pool_yardstick"))
        conn.execute("DROP DATABASE pool_yardstick WITH (FORCE)")


@pytest.fixture
def pool_and_new(pg_cluster, pg_template, new):
    """A pool of its own (so which database comes back is known), and a new copy as it is."""
    pool = PgPool(pg_cluster, pg_template)
    yield pool, new
    for dsn in pool.clean_since:  # every database it made and did not drop
        pool.admin.execute(f"DROP DATABASE {dsn.rsplit('/', 1)[1]} WITH (FORCE)")
    pool.close()


def test_a_database_given_back_full_and_busy_comes_back_as_new(pool_and_new, pg_cluster) -> None:
    pool, new = pool_and_new
    dsn = pool.take()
    store = PgStore(dsn, origin="a1b2c3d4e5f60718")
    conference_id = demo.ensure_demo(store)
    notes.add_note(store, conference_id, 3, 1, "Fler bussturer på kvällen")
    conn = psycopg.connect(dsn)
    sequences = [
        row[0] for row in conn.execute("SELECT oid::regclass::text FROM pg_class WHERE relkind = 'S'")
    ]
    for sequence in sequences:  # every sequence moved, the ones no write touched too
        conn.execute(f"SELECT setval('{sequence}', 4242)")
    conn.execute("DELETE FROM rundabord_migrations WHERE name = (SELECT min(name) FROM rundabord_migrations)")
    conn.execute("ANALYZE")  # planner statistics about the rows
    conn.commit()
    conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'way')")  # left open, holding a lock
    used = _as_it_is(pg_cluster, dsn)
    assert used["dump"] != new["dump"] and used["sizes"] != new["sizes"] and used["statistics"]

    pool.put_back(dsn)  # the test is over; its connections are not closed yet
    assert conn.closed or conn.broken or not _alive(conn)
    store.close()
    assert pool.take() == dsn and pool.reused == 1 and pool.dropped == 0  # emptied, not made anew
    assert _as_it_is(pg_cluster, dsn) == new
    pool.put_back(dsn)  # given back unused: still as new
    assert pool.take() == dsn and _as_it_is(pg_cluster, dsn) == new


def _alive(conn: psycopg.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.Error:
        return False
    return True


CHANGES_BEYOND_ROWS = {
    "a table": "CREATE TABLE extra (x integer)",
    "a column": "ALTER TABLE notes ADD COLUMN extra integer",
    "an index dropped": "DROP INDEX notes_search",
    "an index marked invalid": (
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'notes_search'::regclass"
    ),
    "a grant": "GRANT SELECT ON notes TO PUBLIC",
    "a grant on the schema": "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    "a comment": "COMMENT ON TABLE notes IS 'seen'",
    "a sequence's step": "ALTER SEQUENCE notes_rowid_seq INCREMENT BY 7",
    "a setting of the database": "ALTER DATABASE {name} SET work_mem = '7MB'",
    "a function": "CREATE FUNCTION seven() RETURNS integer LANGUAGE sql AS 'SELECT 7'",
}


@pytest.mark.parametrize("change", CHANGES_BEYOND_ROWS.values(), ids=CHANGES_BEYOND_ROWS.keys())
def test_a_database_changed_beyond_its_rows_is_not_handed_out_again(pool_and_new, pg_cluster, change) -> None:
    pool, new = pool_and_new
    dsn = pool.take()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(change.format(name=dsn.rsplit("/", 1)[1]))
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert _as_it_is(pg_cluster, dsn) != new
    pool.put_back(dsn)
    assert pool.dropped == 1 and not pool.free
    again = pool.take()
    assert again != dsn and _as_it_is(pg_cluster, again) == new


def test_temporary_tables_leave_the_database_reusable(pool_and_new, pg_cluster) -> None:
    pool, new = pool_and_new
    dsn = pool.take()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE scratch (x integer)")
        conn.execute("INSERT INTO scratch VALUES (1)")
    pool.put_back(dsn)
    assert pool.take() == dsn and pool.dropped == 0 and _as_it_is(pg_cluster, dsn) == new


@pytest.mark.parametrize("change", CHANGES_BEYOND_ROWS.values(), ids=CHANGES_BEYOND_ROWS.keys())
def test_a_reused_database_changed_beyond_its_rows_is_not_handed_out_again(
    pool_and_new, pg_cluster, change
) -> None:
    """The same, on a database emptied before: changes are told from the emptying's transaction on."""
    pool, new = pool_and_new
    dsn = pool.take()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    pool.put_back(dsn)
    assert pool.take() == dsn and pool.reused == 1
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(change.format(name=dsn.rsplit("/", 1)[1]))
    pool.put_back(dsn)
    assert pool.dropped == 1 and not pool.free
    assert _as_it_is(pg_cluster, pool.take()) == new

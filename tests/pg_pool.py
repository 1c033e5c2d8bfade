"""Migrated PostgreSQL databases for tests, handed out and given back emptied: a pool per test process.

Copying the template (`CREATE DATABASE ... TEMPLATE`), a first connection to the copy (the server builds
its caches for a database it has not seen) and dropping it cost several times the server CPU of emptying a
used database, and a wait on the server's checkpoints. A database comes back as new or not at all:

- every other session on it is ended first (a test may leave a connection open);
- any change beyond its rows (a table, column, index, grant, comment, function, sequence's options, a
  setting of the database, a prepared transaction) and it is dropped instead: the next test gets a new
  copy. Every such change writes or removes a row in the server's catalogs, so each catalog's count of
  rows and the transaction numbers (xmin) of its rows tell, without reading them whole;
- otherwise every table that holds or held rows is truncated (new empty files, as a copy's), the rows the
  template holds (its migrations) are put back, every sequence is set back to the template's state, and
  the planner's statistics about the emptied tables are forgotten.

`tests/app/pg/test_pool.py` dirties a pooled database in each of these ways and checks that the next user
gets a database that `pg_dump` cannot tell from a new copy.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store import Store

_numbers = itertools.count()  # database names, unique in the process (pools of its own in tests/app/pg)

# Catalogs that change with the rows tables hold (planner statistics), or hold data (large objects' pages)
_NOT_SCHEMA = ("pg_statistic", "pg_statistic_ext_data", "pg_largeobject")
_NOT_TEMPORARY = (
    " WHERE NOT starts_with(nspname::text, 'pg_temp_') AND NOT starts_with(nspname::text, 'pg_toast_temp_')"
)


def _schema_check_sql(conn: Any) -> str:
    """A query of every catalog of `conn`'s database (a copy's catalogs are the template's, row for row)
    giving its count of rows, then the number of rows written after a transaction (AGE: that transaction's
    age; a row's xmin is younger, not cast to a number for every row of every catalog). Every CREATE,
    ALTER, DROP, GRANT, COMMENT or catalog UPDATE writes a row (new xmin) or removes one (the count); the
    server's own upkeep (VACUUM's page counts) updates rows in place. Temporary schemas come and go."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'pg_catalog'::regnamespace"
            " AND c.relkind = 'r' AND NOT c.relisshared ORDER BY 1"
        )
        if row[0] not in _NOT_SCHEMA
    ]
    scans = [
        f"SELECT xmin FROM {name}" + (_NOT_TEMPORARY if name == "pg_namespace" else "") for name in names
    ]
    database = (
        "SELECT d.xmin FROM pg_database d WHERE d.datname = current_database()"
        " UNION ALL SELECT s.xmin FROM pg_db_role_setting s, pg_database d"
        " WHERE d.datname = current_database() AND s.setdatabase = d.oid"
        " UNION ALL SELECT x.transaction FROM pg_prepared_xacts x WHERE x.database = current_database()"
    )
    # Each catalog read once for both figures (a pair "count/newer" each): reading each twice was most of
    # the server's CPU in giving a database back. Scalar subqueries: fifty joined would cost more to plan.
    pairs = ", ".join(
        f"(SELECT count(*) || '/' || count(*) FILTER (WHERE age(xmin) < AGE) FROM ({scan}) s)"
        for scan in [*scans, database]
    )
    return f"SELECT concat_ws(',', {pairs})"


def _read_check(conn: Any, sql: str, since: int) -> tuple[str, int]:
    """Run the check of `_schema_check_sql`: each catalog's count of rows (joined by commas), and how many
    rows were written after transaction `since`."""
    pairs = [
        pair.split("/")
        for pair in conn.execute(sql.replace("AGE", f"age('{since % 2**32}'::xid)")).fetchone()[0].split(",")
    ]
    return ",".join(count for count, _newer in pairs), sum(int(newer) for _count, newer in pairs)


class PgPool:
    """Migrated databases on a test server: `take()` a DSN and `put_back` it, or as stores: `store(origin)`
    and `give_back(store)`."""

    def __init__(self, cluster: Any, template: str) -> None:
        import psycopg

        self.cluster = cluster
        self.template = template
        self.free: list[str] = []
        self.clean_since: dict[str, int] = {}  # database -> the transaction after which it was as new
        self.made = 0
        self.reused = 0  # databases emptied and handed out again
        self.dropped = 0  # databases given back changed beyond their rows: dropped, not reused
        self.admin = psycopg.connect(cluster.dsn(), autocommit=True)
        with psycopg.connect(cluster.dsn(template), autocommit=True) as conn:
            self._check_sql = _schema_check_sql(conn)
            self._counts = _read_check(conn, self._check_sql, 0)[0]
            self.tables = [
                row[0]
                for row in conn.execute(
                    "SELECT c.oid::regclass::text FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                    " AND NOT starts_with(n.nspname::text, 'pg_toast') ORDER BY 1"
                )
            ]
            self.sequences = _sequence_states(conn)
            held = {  # what the template's tables hold (the migrations applied), as JSON
                table: conn.execute(f"SELECT coalesce(json_agg(t), '[]')::text FROM {table} t").fetchone()[0]
                for table in self.tables
            }
            self.rows = {table: rows for table, rows in held.items() if rows != "[]"}

    def take(self) -> str:
        """The DSN of a database that is, to anyone using it, a new copy of the template."""
        if self.free:
            self.reused += 1
            return self.free.pop()
        name = f"t_{os.getpid()}_{next(_numbers)}"
        self.made += 1
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        dsn = self.cluster.dsn(name)
        self.clean_since[dsn] = _new_transaction(self.admin)
        return dsn

    def put_back(self, dsn: str, conn: Any = None) -> None:
        """Empty the database and keep it for the next `take`, or drop it if it cannot be emptied.
        `conn`: an open psycopg connection to it to empty it through (else one is opened); closed after."""
        import psycopg

        try:
            if conn is None:
                conn = psycopg.connect(dsn, autocommit=True)
            elif not conn.autocommit:
                conn.rollback()
                conn.autocommit = True
            with conn:
                since = self._empty(conn, self.clean_since[dsn])
        except psycopg.Error:
            since = None
        if since is not None:
            self.clean_since[dsn] = since
            self.free.append(dsn)
        else:
            self.dropped += 1
            del self.clean_since[dsn]
            self.admin.execute(f"DROP DATABASE IF EXISTS {dsn.rsplit('/', 1)[1]} WITH (FORCE)")

    def _empty(self, conn: Any, since: int) -> int | None:
        """Empty the database; the transaction after which it is as new, or None if it cannot be."""
        from psycopg.rows import tuple_row

        cursor = conn.cursor(row_factory=tuple_row)
        cursor.execute(  # pg_stat_activity's own function: the view's joins cost more in a new session
            "SELECT pg_terminate_backend(a.pid, 10000) FROM pg_stat_get_activity(NULL) a"
            " WHERE a.datid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND a.pid <> pg_backend_pid()"
        )
        if _read_check(cursor, self._check_sql, since) != (self._counts, 0):
            return None
        sizes = " UNION ALL ".join(f"SELECT '{t}', pg_relation_size('{t}')" for t in self.tables)
        used = [table for table, size in cursor.execute(sizes) if size or table in self.rows]
        statements = []
        if used:
            statements.append("TRUNCATE " + ", ".join(used))
            listed = ", ".join(f"'{t}'::regclass" for t in used)
            statements.append(
                f"DELETE FROM pg_statistic WHERE starelid IN ({listed})"
                f" OR starelid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ({listed}))"
            )
        for table, rows in self.rows.items():
            statements.append(
                f"INSERT INTO {table}"
                f" SELECT * FROM json_populate_recordset(NULL::{table}, $rows${rows}$rows$)"
            )
        now = _sequence_states(cursor)
        for name, (last, called) in self.sequences.items():
            if now.get(name) != (last, called):
                statements.append(f"SELECT setval('{name}', {last}, {str(called).lower()})")
        if not statements:
            return since
        # One transaction (its number first, the result read): the catalog rows that TRUNCATE rewrites
        # carry that number, which is then the one after which the database is as new.
        statements.insert(0, "SELECT pg_current_xact_id()::text::bigint")
        return cursor.execute("; ".join(statements)).fetchone()[0]

    def store(self, origin: str, now: Callable[[], int] | None = None) -> Store:
        """A `PgStore` writing as `origin` on a pooled database."""
        from app.pg.store import PgStore

        dsn = self.take()
        store = PgStore(dsn, origin=origin, now=now) if now is not None else PgStore(dsn, origin=origin)
        store.pool_dsn = dsn  # type: ignore[attr-defined]
        return store

    def give_back(self, store: Store) -> None:
        """Put back a store made by `store`, emptied through its own connection, which is closed."""
        self.put_back(store.pool_dsn, store.conn.raw)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.admin.close()


def _new_transaction(conn: Any) -> int:
    return conn.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()[0]


def _sequence_states(conn: Any) -> dict[str, tuple[int, bool]]:
    """Each sequence's (last_value, is_called): what `setval` puts back."""
    names = [row[0] for row in conn.execute("SELECT oid::regclass::text FROM pg_class WHERE relkind = 'S'")]
    if not names:
        return {}
    query = " UNION ALL ".join(f"SELECT '{n}', last_value, is_called FROM {n}" for n in names)
    return {name: (last, called) for name, last, called in conn.execute(query)}

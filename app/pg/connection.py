"""A psycopg 3 connection that the services can use as they use the SQLite one.

The services write portable SQL with `?` placeholders and read rows by name or position (sqlite3.Row).
This adapter gives them the same four things on PostgreSQL: `execute`, `executemany`, rows indexable by
name and position, and `in_transaction`. It runs in autocommit mode, so transactions are the explicit
BEGIN/COMMIT/SAVEPOINT statements `Store.transaction` issues, exactly as on SQLite.

The few statements that cannot be written portably (full-text search, JSON functions, the ledger's
`rowid` order) are chosen per backend where they live, with `store.dialect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq

from app.pg import staged


class Row(tuple):
    """A result row readable as `row[0]` and as `row["name"]`, like sqlite3.Row (dict(row) works too)."""

    __slots__ = ()
    _index: dict[str, int]
    _names: tuple[str, ...]

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    index: dict[str, int] = {}
    for position, name in enumerate(names):
        index.setdefault(name, position)  # like sqlite3.Row: the first column of a name wins
    return type("Row", (Row,), {"__slots__": (), "_index": index, "_names": names})


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    description = cursor.description
    if not description:
        return tuple
    names = tuple(column.name for column in description)
    if len(names) > 1 and names[-1] == "rowid":
        # Every table here ends in a `rowid` column (app/pg/schema.py), which `SELECT *` returns and
        # SQLite's does not: left out, so rows have the same columns on both backends.
        cls = _row_class(names[:-1])
        return lambda values: cls(values[:-1])
    cls = _row_class(names)
    return lambda values: cls(values)


_WHERE_ONE = re.compile(r"\bWHERE\s+(?:\(\s*1\s*\)|1)(?=\s|\)|$)", re.IGNORECASE)
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|%")


_IN_LIST = re.compile(r"\bIN\s*\(\s*\?(?:\s*,\s*\?)+\s*\)", re.IGNORECASE)


_ANY = "= ANY(?)"
_TEXT_SET = "IN (SELECT unnest(?::text[]))"


@lru_cache(maxsize=512)
def _plan(sql: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """`translate(sql)`, with every `IN (?, ?, ...)` list collapsed into one array parameter instead of
    hundreds (psycopg's parsing of long statements, the server's planning). Returns the statement with
    `= ANY(?)` for any list, the one for lists of text (`IN (SELECT unnest(?::text[]))`: the server
    plans `= ANY` of a long text array by estimating each element, which cost it more than the lookups),
    and, per collapsed list, (index of its first parameter, how many it had)."""
    groups: list[tuple[int, int]] = []

    def collapse(match: re.Match[str]) -> str:
        before = sum(1 for token in _TOKENS.findall(sql[: match.start()]) if token == "?")
        groups.append((before, match.group(0).count("?")))
        return "\0LIST\0"

    collapsed = _IN_LIST.sub(collapse, sql)
    any_form = translate(collapsed.replace("\0LIST\0", _ANY))
    text_form = translate(collapsed.replace("\0LIST\0", _TEXT_SET)) if groups else any_form
    return any_form, text_form, tuple(groups)


def _bind(sql: str, params: Sequence[Any] | None) -> tuple[str, tuple[Any, ...]]:
    """The statement and parameters psycopg is given for the services' `sql` and `params`."""
    any_form, text_form, groups = _plan(sql)
    values = tuple(params) if params else ()
    if not groups:
        return any_form, values
    lists = [values[start : start + count] for start, count in groups]
    texts = all(type(value) is str for listed in lists for value in listed)
    out: list[Any] = []
    position = 0
    for (start, count), listed in zip(groups, lists, strict=True):
        out.extend(values[position:start])
        out.append(text_array(listed) if texts else list(listed))
        position = start + count
    out.extend(values[position:])
    return (text_form if texts else any_form), tuple(out)


def text_array(values: Iterable[str]) -> str:
    """PostgreSQL's literal of a text array (for a `?::text[]` parameter). psycopg's own list adapter
    spends milliseconds in Python on a list of a thousand ids (a regular expression per element);
    a merge sends dozens such lists per bundle."""
    values = list(values)
    if not values:
        return "{}"
    whole = "".join(values)  # looked at without the separators: they are quotes themselves
    if '"' in whole or "\\" in whole:  # each element quoted, its quotes and backslashes escaped
        return '{"' + '","'.join(v.replace("\\", "\\\\").replace('"', '\\"') for v in values) + '"}'
    return '{"' + '","'.join(values) + '"}'


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite's SQL as the services write it, in psycopg's placeholder style: `?` becomes `%s` (not
    inside quoted strings and names) and a literal `%` is doubled. Three SQLite idioms get their
    PostgreSQL form: BEGIN IMMEDIATE, WHERE 1, INSERT OR IGNORE."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        return {"?": "%s"}.get(token, token.replace("%", "%%"))  # psycopg reads % even inside quotes

    translated = _TOKENS.sub(swap, sql)
    if translated == "BEGIN IMMEDIATE":
        return "BEGIN"
    # SQLite's "WHERE 1" (every row): PostgreSQL wants a boolean.
    translated = _WHERE_ONE.sub("WHERE TRUE", translated)
    if translated.lstrip().upper().startswith("INSERT OR REPLACE"):
        translated = _upsert(translated)
    if translated.lstrip().upper().startswith("INSERT OR IGNORE"):
        translated = (
            re.sub(r"(?i)INSERT OR IGNORE", "INSERT", translated, count=1) + " ON CONFLICT DO NOTHING"
        )
    return translated


_REPLACE = re.compile(r"(?is)^\s*INSERT OR REPLACE INTO\s+\"?(\w+)\"?\s*\(([^)]*)\)")


def _upsert(sql: str) -> str:
    """SQLite's INSERT OR REPLACE as PostgreSQL's upsert on the table's primary key."""
    from app.pg.schema import primary_key

    match = _REPLACE.match(sql)
    if match is None:
        raise ValueError(f"cannot translate for PostgreSQL: {sql[:80]}")
    table, columns = match.group(1), [c.strip().strip('"') for c in match.group(2).split(",")]
    keys = primary_key(table)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in keys)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    conflict = ", ".join(f'"{k}"' for k in keys)
    return re.sub(r"(?i)INSERT OR REPLACE", "INSERT", sql, count=1) + f" ON CONFLICT ({conflict}) {action}"


class Cursor:
    """psycopg's cursor, with `description` naming the columns its rows have (the hidden `rowid` left
    out, as `_row_factory` leaves it out of the rows)."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    @property
    def description(self) -> Any:
        description = self._cursor.description
        if description and len(description) > 1 and description[-1].name == "rowid":
            return description[:-1]
        return description

    def __iter__(self) -> Any:
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:  # fetchone, fetchall, rowcount, ...
        return getattr(self._cursor, name)


@lru_cache(maxsize=256)
def _staged_plan(sql: str) -> staged.Plan | None:
    return staged.plan(sql)


class _Applied:
    """What a staged executemany returns: how many rows it changed, as a cursor says."""

    def __init__(self, rowcount: int) -> None:
        self.rowcount = rowcount


class PgConnection:
    """One libpq connection, autocommit, returning `Row`s."""

    def __init__(self, dsn: str, **kwargs: Any) -> None:
        self.raw = psycopg.connect(dsn, autocommit=True, row_factory=_row_factory, **kwargs)
        self.stager = staged.Stager(self.raw)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> Cursor:
        statement, values = _bind(sql, params)
        if statement.startswith("ROLLBACK"):  # it may undo the making of a staging table
            self.stager.forget()
        # Not prepared, measured: psycopg's automatic preparation passes the PostgreSQL tests but saved
        # no import CPU beyond noise (~70 ms/bundle either way); every ROLLBACK (also TO SAVEPOINT, as
        # staged.py's guarded COPY on a duplicate) empties its cache. It would break an open store when
        # another secretary's newer Rundabord adds a column: "cached plan must not change result type".
        return Cursor(self.raw.execute(statement, values, prepare=False))  # a tuple always: %% is undone

    def select_each(self, queries: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
        """Each query's rows, the queries sent together in one pipeline (app.dialect.select_each)."""
        cursors = []
        with self.raw.pipeline():
            for sql, params in queries:
                statement, values = _bind(sql, params)
                cursors.append(self.raw.cursor().execute(statement, values, prepare=False))  # see execute
        return [cursor.fetchall() for cursor in cursors]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        """Row by row, or for many rows inside a transaction, one COPY and one statement (staged.py)."""
        values = [tuple(row) for row in rows]
        how = _staged_plan(sql) if len(values) >= staged.MIN_ROWS and self.in_transaction else None
        if how is not None:
            return _Applied(self.stager.run(how, values))
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql), values)
        return cursor

    def close(self) -> None:
        self.raw.close()

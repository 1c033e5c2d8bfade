"""`executemany` of many rows as one COPY and one set-based statement, with the row-by-row result.

The services write a batch as `executemany("INSERT ... VALUES (?, ...) [ON CONFLICT ...]", rows)` or
`executemany("UPDATE t SET a = ?, ... WHERE id = ?", rows)`. Row by row, psycopg spends about 100 µs of
Python on each row and the server plans and runs each statement; a merge writes a thousand rows per
bundle this way, several times over. Here the rows are COPYed into a temporary staging table of the
statement's own columns and applied by one `INSERT ... SELECT` (or `UPDATE ... FROM`), in their order.

The result is the one the rows would have given one after another:
- `ON CONFLICT ... DO NOTHING` and a plain INSERT take duplicates within the batch as they come (the
  first one wins; a plain INSERT fails on a duplicate key, as it would row by row);
- `ON CONFLICT (key) DO UPDATE SET c = excluded.c, ...` (pure overwrites only) cannot touch one row twice
  in a statement, so rows with one key are folded first: the first row's values for the columns the
  update leaves alone, the last row's for those it sets;
- UPDATE by key: the last row for a key wins.
Anything else (an update reading the old value, a WHERE on the update, few rows) goes row by row.

A plain INSERT needs no staging table: its rows are COPYed straight into the table, in their order (a
duplicate key fails the COPY as it fails the INSERT). So are those of `ON CONFLICT DO NOTHING`, inside a
savepoint: when one of them meets a key already there or a duplicate in the batch, the savepoint is
rolled back and the rows go the staged way. Staging cost as much as the table's own insert of the rows
(a merge writes a thousand notes and their thousand lines of evidence per bundle, nearly all new).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import psycopg

MIN_ROWS = 16  # below this, the staging round trips cost more than the rows

_INSERT = re.compile(
    r'(?is)^\s*INSERT\s+(?P<verb>OR\s+IGNORE\s+|OR\s+REPLACE\s+)?INTO\s+"?(?P<table>\w+)"?\s*'
    r"\((?P<columns>[^)]*)\)\s*VALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)(?P<tail>.*)$"
)
_UPDATE = re.compile(
    r'(?is)^\s*UPDATE\s+"?(?P<table>\w+)"?\s+SET\s+(?P<sets>.+?)\s+WHERE\s+"?(?P<key>\w+)"?\s*=\s*\?\s*$'
)
_SET_PARAM = re.compile(r'(?is)^\s*"?(\w+)"?\s*=\s*\?\s*$')
_CONFLICT = re.compile(r"(?is)^\s*ON\s+CONFLICT\s*(?:\((?P<target>[^)]*)\))?\s*DO\s+(?P<action>.*)$")
_OVERWRITE = re.compile(r'(?is)^\s*"?(\w+)"?\s*=\s*excluded\."?(\w+)"?\s*$')


class Plan:
    """How one statement's rows are applied: the staging table's columns, the statement that applies
    them, and how rows with one key are folded first (None: they are not)."""

    def __init__(
        self, table: str, columns: list[str], apply: str, fold: Any = None, direct: str | None = None
    ) -> None:
        self.table = table
        self.columns = columns
        self.apply = apply
        self.fold = fold
        self.direct = direct  # "plain": COPYed into the table; "guarded": so, in a savepoint first


def _names(text: str) -> list[str]:
    return [part.strip().strip('"') for part in text.split(",")]


def plan(sql: str) -> Plan | None:
    """The staged form of `sql` (the services' portable SQL), or None when it must go row by row."""
    insert = _INSERT.match(sql)
    if insert is not None:
        return _insert_plan(insert)
    update = _UPDATE.match(sql)
    if update is not None:
        return _update_plan(update)
    return None


def _insert_plan(match: re.Match[str]) -> Plan | None:
    from app.pg.schema import primary_key

    table, columns, tail = match.group("table"), _names(match.group("columns")), match.group("tail").strip()
    verb = " ".join((match.group("verb") or "").upper().split())
    listed = ", ".join(f'"{c}"' for c in columns)
    if verb == "OR IGNORE":
        if tail:
            return None
        tail = "ON CONFLICT DO NOTHING"
    elif verb == "OR REPLACE":
        if tail:
            return None
        keys = list(primary_key(table))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in keys)
        target = ", ".join(f'"{k}"' for k in keys)
        tail = f"ON CONFLICT ({target}) " + (f"DO UPDATE SET {updates}" if updates else "DO NOTHING")
    fold = None
    direct = None if tail else "plain"
    if tail:
        conflict = _CONFLICT.match(tail)
        if conflict is None:
            return None
        action = conflict.group("action").strip()
        if action.upper().startswith("NOTHING"):
            direct = "guarded"
        else:
            fold = _overwrite_fold(columns, conflict.group("target"), action)
            if fold is None:
                return None
    apply = f'INSERT INTO "{table}" ({listed}) SELECT {listed} FROM {{stage}} ORDER BY _n {tail}'
    return Plan(table, columns, apply, fold, direct)


def _overwrite_fold(columns: list[str], target: str | None, action: str) -> Any:
    """For `DO UPDATE SET c = excluded.c, ...` on a conflict target: how to fold rows with one key."""
    if target is None or not action.upper().startswith("UPDATE"):
        return None
    sets = re.sub(r"(?is)^UPDATE\s+SET\s+", "", action)
    if re.search(r"(?i)\bWHERE\b", sets):
        return None
    overwritten = set()
    for assignment in sets.split(","):
        match = _OVERWRITE.match(assignment)
        if match is None or match.group(1) != match.group(2) or match.group(1) not in columns:
            return None
        overwritten.add(match.group(1))
    keys = [columns.index(k) for k in _names(target) if k in columns]
    if len(keys) != len(_names(target)):
        return None
    later = [i for i, c in enumerate(columns) if c in overwritten]
    return keys, later


def _update_plan(match: re.Match[str]) -> Plan | None:
    table, key = match.group("table"), match.group("key")
    columns = []
    for assignment in match.group("sets").split(","):
        found = _SET_PARAM.match(assignment)
        if found is None:
            return None
        columns.append(found.group(1))
    if key in columns:
        return None
    sets = ", ".join(f'"{c}" = s."{c}"' for c in columns)
    apply = f'UPDATE "{table}" AS t SET {sets} FROM {{stage}} AS s WHERE t."{key}" = s."{key}"'
    last = len(columns)  # the key is the last parameter; every other column is overwritten
    return Plan(table, [*columns, key], apply, ([last], list(range(len(columns)))))


def fold(rows: list[tuple[Any, ...]], how: Any) -> list[tuple[Any, ...]]:
    """Rows with one key folded into one, in the place of the key's first row: its values for the
    columns `how` leaves alone, the key's last row's for the columns it overwrites."""
    keys, later = how
    folded: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        key = tuple(row[i] for i in keys)
        held = folded.get(key)
        if held is None:
            folded[key] = list(row)
            continue
        for i in later:
            held[i] = row[i]
    return [tuple(values) for values in folded.values()]


class Stager:
    """The staging tables of one connection. They are temporary (the session's own), made once and
    emptied after each use; a rollback may undo their making, so they are made again after one."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        self.made: dict[tuple[str, tuple[str, ...]], str] = {}

    def forget(self) -> None:
        self.made.clear()

    def _stage(self, table: str, columns: list[str]) -> str:
        name = self.made.get((table, tuple(columns)))
        if name is None:
            digest = hashlib.sha1(",".join(columns).encode()).hexdigest()[:10]  # one name per column list
            name = f"rundabord_stage_{digest}_{table}"[:63]
            listed = ", ".join(f'"{c}"' for c in columns)
            self.raw.execute(
                f'CREATE TEMPORARY TABLE IF NOT EXISTS "{name}" AS'
                f' SELECT {listed}, 0::bigint AS _n FROM "{table}" WITH NO DATA'
            )
            self.raw.execute(f'TRUNCATE "{name}"')
            self.made[(table, tuple(columns))] = name
        return name

    def run(self, how: Plan, rows: Sequence[tuple[Any, ...]]) -> int:
        """Apply the rows; how many rows the statement changed."""
        if how.direct == "plain":
            self._copy_into(how, rows)
            return len(rows)
        if how.direct == "guarded":
            self.raw.execute("SAVEPOINT rundabord_copy")
            try:
                self._copy_into(how, rows)
            except psycopg.errors.UniqueViolation:
                self.raw.execute("ROLLBACK TO SAVEPOINT rundabord_copy; RELEASE SAVEPOINT rundabord_copy")
            else:
                self.raw.execute("RELEASE SAVEPOINT rundabord_copy")
                return len(rows)
        return self._staged(how, rows)

    def _copy_into(self, how: Plan, rows: Sequence[tuple[Any, ...]]) -> None:
        listed = ", ".join(f'"{c}"' for c in how.columns)
        with self.raw.cursor() as cursor, cursor.copy(f'COPY "{how.table}" ({listed}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def _staged(self, how: Plan, rows: Sequence[tuple[Any, ...]]) -> int:
        if how.fold is not None:
            rows = fold(list(rows), how.fold)
        stage = self._stage(how.table, how.columns)
        listed = ", ".join(f'"{c}"' for c in how.columns)
        with self.raw.cursor() as cursor:
            with cursor.copy(f'COPY "{stage}" ({listed}, _n) FROM STDIN') as copy:
                for number, row in enumerate(rows):
                    copy.write_row((*row, number))
            # Emptied in the same round trip (statements without parameters may go together).
            cursor.execute(how.apply.replace("{stage}", f'"{stage}"') + f'; TRUNCATE "{stage}"')
            changed = cursor.rowcount
        return changed

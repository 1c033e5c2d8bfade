"""The few SQL expressions that SQLite and PostgreSQL say differently, in one place.

Services write portable SQL; where they need a JSON function or full-text search they take the
expression from here for their store's `dialect`. Every expression takes at most one `?` parameter,
in the position its docstring says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.store import Store


def on_postgresql(store: Store) -> bool:
    return store.dialect == "postgresql"


def stamp_origin(store: Store, field: str, column: str = "stamps") -> str:
    """The origin that last wrote `field` of a record, read from its stamps (JSON {field: [rev, origin]})."""
    if on_postgresql(store):
        return f"(({column})::json -> '{field}' ->> 1)"
    return f"json_extract({column}, '$.{field}[1]')"


def json_list_holds(store: Store, column: str) -> str:
    """True when the JSON list in `column` holds the one `?` parameter (a theme id, a table number)."""
    if on_postgresql(store):
        return (
            f"EXISTS (SELECT 1 FROM json_array_elements_text(({column})::json) AS listed(value)"
            " WHERE listed.value = CAST(? AS text))"
        )
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE json_each.value = ?)"


def json_list_items(store: Store, column: str, alias: str) -> str:
    """A FROM item giving one row per element of the JSON list in `column`, as `alias.value`."""
    if on_postgresql(store):
        return f"json_array_elements_text(({column})::json) AS {alias}(value)"
    return f"json_each({column}) {alias}"


def select_each(store: Store, queries: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
    """Each query's rows, in order. A database server gets them all at once (PostgreSQL's pipeline
    mode: one round trip instead of one per query); SQLite, in the process, runs them one by one."""
    at_once = getattr(store.conn, "select_each", None)
    if at_once is not None:
        return at_once(queries)
    return [store.conn.execute(sql, params).fetchall() for sql, params in queries]

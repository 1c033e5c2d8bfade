"""Every edit made here is written by `Store.write`, which weighs the record's open conflicts again.

The services' own tests show it per record type (tests/app/merge/test_edits_here_weigh_conflicts.py).
These guard the path itself: every record type, through `write`, on both backends; no subclass of the
store writes around it; and no module of the core writes a record's row or mints a stamp anywhere else,
except the listed ones that write no edit made here (merging what arrived, copying or repairing a store).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from app.merge import merge_records
from app.records import RECORD_TYPES, RecordType
from app.store import Store
from tests.clocks import edits_after

APP = Path(__file__).resolve().parents[2] / "app"

# (module, function) -> why it may write record rows or mint stamps without `Store.write`.
NOT_EDITS_MADE_HERE = {
    ("store.py", "Store.write"): "the one path",
    ("store.py", "Store.create_many"): "new records: no conflict can be open on a new id",
    ("store.py", "_insert_sql"): "Store.write's and create_many's new rows",
    ("store.py", "Store.tick"): "the stamp Store.write and create_many take",
    ("merge/batch_write.py", "_stage"): "imports: the merge weighs every record it writes",
    ("merge/batch_write.py", "insert_rows"): "imports, likewise",
    ("merge/batch_write.py", "update_rows"): "imports, likewise",
    ("pg/staged.py", "_insert_plan"): "PostgreSQL's batches of the statements above",
    ("pg/staged.py", "_update_plan"): "likewise",
    ("pg/tables.py", "Table.insert"): "the ledgers' rows (sqlite-utils' insert on PostgreSQL)",
    ("store_copy.py", "_copy_table"): "a whole store copied as it is",
    ("store_new.py", "create"): "a new, empty file: what the migrations wrote, before any record exists",
    ("store_new.py", "_read_back"): "the statements create runs, read from the migrated template",
    ("clock_repair.py", "repair_clock"): "every stamp moved back under a sane clock; no value changes",
    ("sheets/importing.py", "_wire"): "typed paper notes, written through merge_records as an import",
    ("bundles/export.py", "sign_records"): "an export's own stamp, not a record's",
}

RECORD_TABLES = {rt.table for rt in RECORD_TYPES.values()}
# The second group is an FTS5 command ("INSERT INTO t(t, rank) VALUES ('merge', ...)"): no row written.
WRITES_ROWS = re.compile(
    r'\b(?:UPDATE|INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO)\s+"?(\{\}|\w+)"?'
    r"(\s*\(\s*\1\s*,\s*rank\s*\))?",
    re.IGNORECASE,
)


def _text(node: ast.AST) -> str | None:
    """A string literal's text; an f-string's with each formatted part as "{}" (a table named later)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def writers(source: str) -> set[tuple[str, str]]:
    """(function, what) for each statement writing a record table's rows (or any table an f-string
    names) and each `.tick()` (a fresh stamp: a new rev) in a module's source."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, where: tuple[str, ...]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            where = (*where, node.name)
        text = _text(node)
        if text is not None:
            for match in WRITES_ROWS.finditer(text):
                if (match.group(1) in RECORD_TABLES or match.group(1) == "{}") and not match.group(2):
                    found.add((".".join(where), match.group(0).rstrip('"')))
            if isinstance(node, ast.JoinedStr):
                return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tick":
            found.add((".".join(where), "tick()"))
        for child in ast.iter_child_nodes(node):
            visit(child, where)

    visit(ast.parse(source), ())
    return found


def test_no_module_writes_a_record_or_mints_a_stamp_around_store_write() -> None:
    around = []
    for path in sorted(APP.rglob("*.py")):
        module = path.relative_to(APP).as_posix()
        for function, what in writers(path.read_text(encoding="utf-8")):
            if (module, function) not in NOT_EDITS_MADE_HERE:
                around.append(f"{module}: {function or '(module)'} {what!r}")
    assert around == [], "an edit made here must go through Store.write, which weighs its conflicts"


def test_the_guard_sees_a_writer_going_around() -> None:
    planted = """
def fix_question(store, question_id, text):
    rev = str(store.tick())
    store.conn.execute("UPDATE questions SET text = ?, rev = ? WHERE id = ?", (text, rev, question_id))

def fix_any(store, table, record_id):
    store.conn.execute(f"UPDATE {table} SET deleted = 1 WHERE id = ?", (record_id,))

def merge_index(conn, table):
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', 500)")
"""
    assert writers(planted) == {
        ("fix_question", "tick()"),
        ("fix_question", "UPDATE questions"),
        ("fix_any", "UPDATE {}"),
    }


def test_no_store_writes_around_the_path() -> None:
    from app.pg.store import PgStore

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    assert PgStore in subclasses(Store)
    for cls in subclasses(Store):
        assert "write" not in vars(cls) and "_weigh_conflicts" not in vars(cls), cls


def _sample(rt: RecordType, field: str, value: Any) -> dict[str, Any]:
    blank = {str: "", int: 0, list: []}
    return {name: value if name == field else blank[kind] for name, kind in rt.fields.items()}


def _edited_field(rt: RecordType) -> str:
    """A field of words or a number, where one is; else a reference (a recurrence holds only those)."""
    plain = [n for n, kind in rt.fields.items() if kind in (str, int) and not n.endswith("_id")]
    return plain[0] if plain else next(n for n in rt.fields if n != "conference_id")


def _values(rt: RecordType, field: str) -> tuple[Any, Any, Any]:
    return (1, 2, 3) if rt.fields[field] is int else ("första", "kollegans", "rättad")


@pytest.mark.parametrize("type_name", sorted(RECORD_TYPES))
def test_every_record_type_written_here_closes_the_side_it_supersedes(
    type_name: str, backend_store: Store, tmp_path: Path
) -> None:
    rt = RECORD_TYPES[type_name]
    field = _edited_field(rt)
    first, theirs, correction = _values(rt, field)
    here, colleague = backend_store, Store(tmp_path / "colleague.sqlite3")
    try:
        record_id = here.write(type_name, None, _sample(rt, field, "" if rt.fields[field] is str else 0))
        with colleague.transaction():
            merge_records(colleague, list(here.dump(type_name)))
        here.write(type_name, record_id, {field: first})
        edits_after(colleague, here)  # the colleague's value is the later one: the field holds it
        colleague.write(type_name, record_id, {field: theirs})
        with here.transaction():
            merge_records(here, list(colleague.dump(type_name)))
        assert _open(here, record_id) == [(field, first)]

        here.write(type_name, record_id, {field: correction})
        assert _open(here, record_id) == []  # before: her first value, open against her correction
    finally:
        colleague.close()


def _open(store: Store, record_id: str) -> list[tuple[str, Any]]:
    import json

    rows = store.conn.execute("SELECT field, value FROM conflicts WHERE record_id = ?", (record_id,))
    return [(name, json.loads(value)) for name, value in rows]

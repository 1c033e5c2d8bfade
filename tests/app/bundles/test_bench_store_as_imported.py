"""The bench's generated large store keeps what real imports keep (bench/large_store_imported.py): a
table's generated import is set beside a real import of a chair's signed export of the same table,
row for row, and a generated store holds every table's lines under their own signer's digests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import search_index
from app.bundles import export_table, import_files
from app.bundles.codec import COMPACT, digest_context, line_digest
from app.workspace import Workspace
from bench import large_store
from bench.large_store_imported import _table_imported, shape

from .conftest import TABLE

# What an import writes beside the notes, each with the column that ties a row to its export.
WRITTEN = ("merge_lines", "merge_carriers", "bundle_imports", "bundle_trust", "origin_signers")


def _rows(workspace: Workspace) -> dict[str, set[tuple]]:
    conn = workspace.store.conn
    return {table: {tuple(row) for row in conn.execute(f"SELECT * FROM {table}")} for table in WRITTEN}


def _written(before: dict[str, set[tuple]], after: dict[str, set[tuple]]) -> dict[str, set[tuple]]:
    return {table: after[table] - before[table] for table in WRITTEN}


def _lines_of(workspace: Workspace, carrier_row: tuple) -> list[tuple]:
    """The export's lines as kept, in its order: (digest, record, record_id, type, table, conference)."""
    lines = carrier_row[-2]
    digests = [lines[i : i + 32] for i in range(0, len(lines), 32)]
    conn = workspace.store.conn
    return [
        tuple(conn.execute("SELECT * FROM merge_lines WHERE digest = ?", (d,)).fetchone()) for d in digests
    ]


def _encoding(workspace: Workspace, lines: list[tuple], key_id: str, conference_id: str) -> str:
    """The encoding whose digest context gives every kept line's digest (one must)."""
    found = [
        encoding
        for encoding in ("jsonl", "compact")
        if all(
            row[0] == line_digest(digest_context(encoding, key_id, conference_id), row[1].encode())
            for row in lines
        )
    ]
    assert len(found) == 1, found
    return found[0]


def test_a_generated_table_import_leaves_what_a_real_one_leaves(world, secretariat, chair, tmp_path):
    """The real import first (Anna's export of her table in the compact encoding, as a chair writes to a
    secretariat on this version; already trusted); then its rows are taken away again and the
    generator writes that table's import in their place."""
    store = secretariat.store
    trusted_before = _rows(secretariat)
    anna_trust = {row for row in trusted_before["bundle_trust"] if row[5] == world.conference_id}
    before = {**trusted_before, "bundle_trust": trusted_before["bundle_trust"] - anna_trust}
    receipt = import_files(secretariat, [_compact_export(world, chair, tmp_path)])[0]
    assert receipt.status == "imported", receipt
    real = _written(before, _rows(secretariat))
    (real_carrier,) = real["merge_carriers"]
    real_lines = _lines_of(secretariat, real_carrier)
    assert _encoding(secretariat, real_lines, real_carrier[1], world.conference_id) == "compact"

    with store.transaction():  # the import's own rows away; the merged notes stay
        for table in WRITTEN:
            first = _columns(secretariat, table)[0]  # the row's key (origin_signers: with its key id)
            store.conn.executemany(f"DELETE FROM {table} WHERE {first} = ?", [row[:1] for row in real[table]])
        kept = _table_imported(store, world.conference_id, TABLE)
    made = _written(before, _rows(secretariat))
    (made_carrier,) = made["merge_carriers"]
    made_lines = _lines_of(secretariat, made_carrier)

    assert {table: len(rows) for table, rows in made.items()} == {
        table: len(rows) for table, rows in real.items()
    }
    assert kept == len(made_lines) == len(real_lines) == len(made["merge_lines"]) > 3
    # The same records in the same order, each remembered (or not) for what it is.
    assert [row[2:] for row in made_lines] == [row[2:] for row in real_lines]
    # The table record's line is kept but never skipped (codec.SKIPPABLE): it remembers nothing.
    assert [row[3] for row in made_lines].count(None) == 1 and {row[3] for row in made_lines} == {
        "note",
        None,
    }
    # The digests: 32 characters, the export's signer and conference's 4 first, each its line's.
    assert _encoding(secretariat, made_lines, made_carrier[1], world.conference_id) == "compact"
    for lines in (made_lines, real_lines):
        assert {len(row[0]) for row in lines} == {32} and len({row[0][:4] for row in lines}) == 1
    assert [row[1] for row in made_lines] == [row[1] for row in real_lines]  # the very lines
    # The chain and ledger rows have the real ones' shape (the generator's chairs exported once).
    assert made_carrier[2:4] == (1, None) and made_carrier[-1] == real_carrier[-1] == 0
    assert json.loads(made_carrier[10]) == json.loads(real_carrier[10]) == [TABLE]
    (made_import,), (real_import,) = made["bundle_imports"], real["bundle_imports"]
    assert made_import[2:5] == real_import[2:5]  # kind, conference, tables


def _columns(workspace: Workspace, table: str) -> list[str]:
    return [row[1] for row in workspace.store.conn.execute(f"PRAGMA table_info({table})")]


def _compact_export(world, chair: Workspace, folder: Path) -> Path:
    return export_table(
        chair, world.conference_id, TABLE, folder / "table.rbz", records_encoding=COMPACT
    ).path


@pytest.mark.parametrize("count, per", [(2, 3000)])  # enough notes for the rebuild to leave segments
def test_the_generated_stores_keep_every_tables_lines_under_its_own_signer(tmp_path, monkeypatch, count, per):
    monkeypatch.setenv("RUNDABORD_BENCH_CACHE", str(tmp_path / "cache"))
    tables = large_store.TABLES
    for folder, conferences in (
        (large_store.large_store(count, per), count),
        (large_store.small_store(count, per), 1),
    ):
        workspace = Workspace(folder)
        try:
            found = shape(workspace.store)
            conn = workspace.store.conn
            carriers = conn.execute("SELECT count(*) FROM merge_carriers").fetchone()[0]
            imports = conn.execute("SELECT count(*) FROM bundle_imports").fetchone()[0]
            levels = search_index.levels(conn)
        finally:
            workspace.close()
        # Every note's line remembered, and each table record's line kept: one line per record exported.
        assert found == {
            "rows": conferences * (per + tables),
            "notes": conferences * per,
            "places": conferences * tables,
            "lengths": [32],
            "whole": conferences * (per + tables),
        }
        assert carriers == imports == conferences * tables
        # The full-text index merged as its writers keep it in use: no level with two segments.
        assert levels and all(segments <= 1 for _merging, segments in levels), levels

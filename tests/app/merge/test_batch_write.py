"""A merged batch of notes is written to SQLite in one statement (app/merge/batch_write.py): the rows,
their order and the full-text index are exactly those of the row-by-row write, and the batch adds one
full-text segment, not one per note."""

from __future__ import annotations

import pytest

from app.merge import batch_write
from app.merge.bulk import merge_records

from .conftest import discard, memory_store

_O = "00000000000000a1"
_ZERO = "000000000000000-000000"


def _rev(n: int) -> str:
    return f"001790000002000-{n:06d}"


def _note(n: int, rev: str, base: str, text: str) -> dict:
    fields = {"conference_id": "conf", "table_number": 1 + n % 9, "question_id": "q1", "kind": "note"}
    fields.update(text=text, themes=[], votes=n % 4, position=n, person_id=None)
    stamps = {name: [rev, _O] for name in [*fields, "deleted"]}
    return {"id": f"note-{n:04d}", "type": "note", "origin": _O, "rev": rev, "base_rev": base,
            "deleted": False, "fields": fields, "stamps": stamps}  # fmt: skip


_FIRST = [_note(n, _rev(1), _ZERO, f"Fler bussar till hamnen {n} och cykelbanor") for n in range(300)]
_SECOND = [
    *(_note(n, _rev(2), _rev(1), f"Ändrad: mötesplatser för unga {n}") for n in range(0, 300, 2)),
    *(_note(n, _rev(2), _ZERO, f"Ny anteckning om kollektivtrafik {n}") for n in range(300, 350)),
]


def _segments(store) -> int:
    return store.conn.execute("SELECT count(DISTINCT segid) FROM notes_fts_idx").fetchone()[0]


def _merged(monkeypatch: pytest.MonkeyPatch, staged: bool) -> tuple[list, list, int, int]:
    if not staged:
        monkeypatch.setattr(batch_write, "FULL_TEXT_INDEXED", frozenset())
    store = memory_store("00000000000000b2")
    try:
        segments = []
        for batch in (_FIRST, _SECOND):
            with store.transaction():
                merge_records(store, batch)
            segments.append(_segments(store))
        store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
        rows = [tuple(r) for r in store.conn.execute("SELECT rowid, * FROM notes ORDER BY rowid")]
        found = [
            sorted(r[0] for r in store.conn.execute("SELECT n.id FROM notes_fts f JOIN notes n"
                                                     " ON n.rowid = f.rowid WHERE notes_fts MATCH ?", (q,)))
            for q in ("hamnen", "mötesplatser", "kollektivtrafik")
        ]  # fmt: skip
        return rows, found, segments[0], segments[1]
    finally:
        discard(store)
        monkeypatch.undo()


def test_a_batch_of_notes_is_stored_and_indexed_as_row_by_row_in_one_segment(monkeypatch):
    staged_rows, staged_found, first, second = _merged(monkeypatch, staged=True)
    plain_rows, plain_found, plain_first, _ = _merged(monkeypatch, staged=False)
    assert staged_rows == plain_rows  # the same rows, rowids (insertion order) and values
    assert staged_found == plain_found
    hamnen, motesplatser, kollektivtrafik = staged_found
    assert len(hamnen) == 150  # the other 150 notes' text was replaced: the old words are gone
    assert len(motesplatser) == 150 and len(kollektivtrafik) == 50
    assert first == 1 and second <= 3  # one segment per statement: the inserts, the updates
    assert plain_first > 1  # row by row, FTS5 writes a segment per note and merges them as it goes

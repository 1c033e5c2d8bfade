"""A CLI import is one of the index's writers (app/search_index.py): before the command leaves it merges
the segments waiting in the notes' full-text index, in a few bounded steps. A command that only reads
writes nothing, merges included."""

from __future__ import annotations

from pathlib import Path

from app import notes, search, search_index
from app.cli import main


def _found(store) -> set[str]:
    return {hit.note.id for hit in search.search(store, "bussturer", limit=100)}


def test_a_cli_import_leaves_the_index_merged_and_a_reading_command_leaves_it_alone(
    world, secretariat, tmp_path: Path, capsys
) -> None:
    store = secretariat.store
    here = {notes.add_note(store, world.conference_id, 1, 1, f"Bussturer {i} på kvällen") for i in range(20)}
    assert search_index.pending(store)  # twenty small segments: FTS5 merged none of them
    folder = str(secretariat.dir)

    assert main(["--workspace", folder, "note", "list", "--conference", world.conference_id]) == 0
    assert search_index.pending(store), "a command that only reads wrote a merge"

    bundle = tmp_path / "table3.rbz"
    bundle.write_bytes(world.table_bundle)
    assert main(["--workspace", folder, "import", str(bundle)]) == 0
    assert ": imported" in capsys.readouterr().out

    assert not search_index.pending(store), search_index.levels(store.conn)
    found = _found(store)
    assert here < found and len(found) == len(here) + 1  # hers, and the chair's "Fler bussturer …"
    store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")

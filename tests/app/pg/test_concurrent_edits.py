"""Two secretaries edit the same note on the shared store: the second save is not a silent overwrite."""

from __future__ import annotations

from app import conflicts, edits, notes
from app.bundles import import_files
from app.pg import settings
from app.workspace import Workspace


def test_the_second_save_keeps_the_first_beside_it_as_a_conflict(world, pg_dsn, tmp_path) -> None:
    anna = world.secretariat(tmp_path / "anna", pg_dsn)
    import_files(anna, world.round1[:1])
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=settings.read(anna.dir).dsn)
    note_id = world.corrected[1]
    shown_to_anna = notes.note(anna.store, note_id)
    shown_to_britt = notes.note(britt.store, note_id)

    assert edits.edit_note_as_seen(britt.store, note_id, shown_to_britt.rev, text="Britts rättelse") == []
    changed = edits.edit_note_as_seen(anna.store, note_id, shown_to_anna.rev, text="Annas rättelse")
    assert changed == ["text"]

    assert notes.note(britt.store, note_id).text == "Annas rättelse"  # the later save is the value ...
    [conflict] = conflicts.open_conflicts(britt.store, world.conference_id)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("text", "Annas rättelse", "Britts rättelse")
    # ... and the conflict stays open whatever merges next, until someone chooses.
    import_files(anna, world.round1[1:2])
    conflicts.refresh_conflicts(anna.store, "note", note_id)
    assert len(conflicts.open_conflicts(anna.store, world.conference_id)) == 1
    conflicts.resolve(anna.store, conflict.id, "theirs")
    assert notes.note(britt.store, note_id).text == "Britts rättelse"
    assert conflicts.open_conflicts(britt.store, world.conference_id) == []

    # A save against what is still current is an ordinary edit.
    fresh = notes.note(anna.store, note_id)
    assert edits.edit_note_as_seen(anna.store, note_id, fresh.rev, text="Slutlig") == []
    assert conflicts.open_conflicts(anna.store, world.conference_id) == []
    anna.close()
    britt.close()

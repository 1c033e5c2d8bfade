"""Two secretaries edit the same note on the shared store: the second save is not a silent overwrite."""

from __future__ import annotations

import pytest

from app import conferences, conflicts, demo, edits, notes
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


def _two_secretaries_on_a_note(pg_dsn, tmp_path):
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    conference_id = demo.ensure_demo(anna.store)
    themes = [
        t.id
        for t in conferences.themes(anna.store, conferences.conference(anna.store, conference_id).process_id)
    ]
    note_id = notes.add_note(anna.store, conference_id, 4, 1, "Busskort för unga i hela länet", votes=2)
    return anna, britt, conference_id, themes, note_id


@pytest.mark.parametrize(
    "field, britts, annas",
    [("kind", "proposal", "action"), ("votes", 7, 3), ("themes", "first", "second")],
)
def test_every_field_saved_over_anothers_change_keeps_hers_beside(pg_dsn, tmp_path, field, britts, annas):
    anna, britt, conference_id, themes, note_id = _two_secretaries_on_a_note(pg_dsn, tmp_path)
    if field == "themes":
        britts, annas = [themes[0]], [themes[1]]
    shown_to_anna = notes.note(anna.store, note_id)
    assert (
        edits.edit_note_as_seen(britt.store, note_id, notes.note(britt.store, note_id).rev, **{field: britts})
        == []
    )

    assert edits.edit_note_as_seen(anna.store, note_id, shown_to_anna.rev, **{field: annas}) == [field]
    assert getattr(notes.note(britt.store, note_id), field) == (tuple(annas) if field == "themes" else annas)
    [conflict] = conflicts.open_conflicts(britt.store, conference_id)
    assert conflict.field == field and list(conflict.theirs if field == "themes" else [conflict.theirs]) == (
        britts if field == "themes" else [britts]
    )
    conflicts.resolve(anna.store, conflict.id, "theirs")
    assert getattr(notes.note(anna.store, note_id), field) == (tuple(britts) if field == "themes" else britts)
    anna.close()
    britt.close()


def test_an_undo_over_anothers_later_change_keeps_hers_beside(pg_dsn, tmp_path) -> None:
    anna, britt, conference_id, themes, note_id = _two_secretaries_on_a_note(pg_dsn, tmp_path)
    shown = notes.note(anna.store, note_id)
    # Anna tags the note (her step), then Britt re-tags it, then Anna undoes her step.
    assert (
        edits.edit_notes_as_seen(anna.store, {note_id: shown.rev}, {note_id: {"themes": [themes[0]]}}) == {}
    )
    after_annas_step = edits.revs(anna.store, [note_id])
    edits.edit_note_as_seen(
        britt.store, note_id, notes.note(britt.store, note_id).rev, themes=[themes[0], themes[2]]
    )

    undone = edits.edit_notes_as_seen(anna.store, after_annas_step, {note_id: {"themes": list(shown.themes)}})
    assert undone == {note_id: ["themes"]}
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert list(conflict.theirs) == [themes[0], themes[2]]  # Britt's tags are not lost to the undo
    # A redo on what the undo left is an ordinary save again.
    assert (
        edits.edit_notes_as_seen(anna.store, edits.revs(anna.store, [note_id]), {note_id: {"votes": 4}}) == {}
    )
    anna.close()
    britt.close()


def test_her_own_earlier_steps_are_no_change_underneath(pg_dsn, tmp_path) -> None:
    anna, britt, _conference_id, themes, note_id = _two_secretaries_on_a_note(pg_dsn, tmp_path)
    shown = notes.note(anna.store, note_id)
    edits.edit_note_as_seen(anna.store, note_id, shown.rev, themes=[themes[0]])
    assert edits.edit_note_as_seen(anna.store, note_id, shown.rev, themes=[themes[1]]) == []
    anna.close()
    britt.close()

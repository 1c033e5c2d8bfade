"""Note edits saved as seen from two windows of one SQLite workspace (one origin, one history of edits):
the second save over the first one's change keeps both as a conflict, which stays open through later
edits and recomputing, reaches another store the same, and closes once settled. A window's own earlier
save (its `own` saves) is no change underneath."""

from __future__ import annotations

import pytest

from app import conflicts, demo, notes
from app.edits import save_notes_as_seen
from app.merge import merge_records
from app.merge.frontier import refresh_conflicts
from app.store import Store
from app.workspace import Workspace


@pytest.fixture
def one_workspace(tmp_path):
    first = Workspace.create(tmp_path / "kansliet", "secretariat")
    conference_id = demo.ensure_demo(first.store)
    note_id = notes.add_note(first.store, conference_id, 3, 1, "Fler bussturer på landsbygden")
    second = Workspace(first.dir)
    yield first.store, second.store, note_id, conference_id
    second.close()
    first.close()


def _open(store, note_id) -> list[tuple[str, object, object]]:
    return sorted(
        (c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == note_id
    )


def test_the_second_windows_save_over_the_firsts_keeps_both(one_workspace, tmp_path) -> None:
    anna, britt, note_id, _conference_id = one_workspace
    shown = notes.note(anna, note_id).rev  # both windows show the note at this rev
    annas, britts = set(), set()
    clashes, _ = save_notes_as_seen(
        britt, {note_id: shown}, {note_id: {"text": "Britt: även helger"}}, britts
    )
    assert clashes == {}
    clashes, saved = save_notes_as_seen(
        anna, {note_id: shown}, {note_id: {"text": "Anna: kvällsturer"}}, annas
    )
    assert clashes == {note_id: ["text"]}
    assert notes.note(anna, note_id).text == "Anna: kvällsturer"
    assert _open(anna, note_id) == [("text", "Anna: kvällsturer", "Britt: även helger")]
    assert (saved[note_id], anna.origin) in annas

    # Anna's window saves again from the rev its list showed before: her own save is no change under her.
    clashes, _ = save_notes_as_seen(
        anna, {note_id: shown}, {note_id: {"text": "Anna: kvällsturer, ÅÄÖ"}}, annas
    )
    assert clashes == {}
    # Another field, recomputing: Britt's text stays open beside Anna's.
    notes.edit_note(britt, note_id, votes=3)
    refresh_conflicts(anna, "note", note_id)
    assert _open(anna, note_id) == [("text", "Anna: kvällsturer, ÅÄÖ", "Britt: även helger")]

    # Another store that takes this store's records opens the same conflict.
    other = Store(tmp_path / "arkiv.sqlite3")
    with other.transaction():
        merge_records(other, [r for t in ("note", "conflict_resolution") for r in anna.dump(t)])
    assert _open(other, note_id) == [("text", "Anna: kvällsturer, ÅÄÖ", "Britt: även helger")]
    other.close()

    [conflict] = conflicts.open_conflicts(britt)
    conflicts.resolve(britt, conflict.id, "theirs")
    assert _open(anna, note_id) == []
    assert notes.note(anna, note_id).text == "Britt: även helger"


def test_without_a_windows_own_saves_this_workspaces_changes_count_as_its_own(one_workspace) -> None:
    anna, britt, note_id, _conference_id = one_workspace
    shown = notes.note(anna, note_id).rev
    save_notes_as_seen(britt, {note_id: shown}, {note_id: {"kind": "action"}})
    clashes, _ = save_notes_as_seen(anna, {note_id: shown}, {note_id: {"kind": "proposal"}})
    assert clashes == {}  # a command line's edit: checked by --expect-rev instead
    assert _open(anna, note_id) == []

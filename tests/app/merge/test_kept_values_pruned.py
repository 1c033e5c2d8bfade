"""What a decision kept is noted per resolution (`conflict-kept:` in meta), for the settled list to say it
after the field is edited again. A reopened decision needs it no more: reopening and settling an own text
over and over must not leave one note per round. On both backends, whichever secretary reopens."""

from __future__ import annotations

from app import conflicts, notes
from app.merge import merge_records
from app.workspace import Workspace


def _noted(store) -> list[str]:
    rows = store.conn.execute("SELECT key FROM meta WHERE key LIKE 'conflict-kept:%' ORDER BY key")
    return [row[0].removeprefix("conflict-kept:") for row in rows]


def _conflicted_note(pair, tmp_path) -> str:
    """The secretariat corrected a note while table 2's chair wrote it again: both open."""
    note_id = notes.add_note(pair.anna.store, pair.conference_id, 2, 1, "Fler bussar till industriområdet")
    chair = Workspace.create(tmp_path / "chair")
    with chair.store.transaction():
        kinds = ("process", "theme", "conference", "question", "table", "note")
        merge_records(chair.store, [r for t in kinds for r in pair.anna.store.dump(t)])
    notes.edit_note(pair.anna.store, note_id, text="Fler bussar till industriområdet (rättad)")
    notes.edit_note(chair.store, note_id, text="Fler bussar, även kvällstid")
    with pair.anna.store.transaction():
        merge_records(pair.anna.store, list(chair.store.dump("note")))
    chair.close()
    return note_id


def test_reopening_own_texts_over_and_over_leaves_only_what_settled_decisions_need(pair, tmp_path) -> None:
    note_id = _conflicted_note(pair, tmp_path)
    anna, britt = pair.anna.store, pair.britt.store
    for round_ in range(6):
        first = conflicts.open_conflicts(anna, pair.conference_id)[0]
        decided = conflicts.resolve(anna, first.id, "text", f"Fler bussar, version {round_}")
        assert _noted(anna) == [decided]
        # Reopened by either secretary: the decision is withdrawn, and what it kept is open again.
        assert conflicts.reopen(britt if round_ % 2 else anna, decided) >= 1
        assert _noted(anna) == []  # before: one more note per round, none ever forgotten

    # A decision that stands keeps its note, and the settled list still says what it kept after an edit.
    first = conflicts.open_conflicts(britt, pair.conference_id)[0]
    final = conflicts.resolve(britt, first.id, "text", "Fler bussar, även kvällar och helger")
    for left in conflicts.open_conflicts(britt, pair.conference_id):
        conflicts.resolve(britt, left.id, "ours")  # "ours" notes nothing: it kept a version it reviewed
    notes.edit_note(anna, note_id, text="Fler bussar på kvällar och helger")
    assert _noted(anna) == [final]
    [shown] = [s for s in conflicts.settled(anna, pair.conference_id) if s.id == final]
    assert shown.kept_known and shown.kept == "Fler bussar, även kvällar och helger"
    assert shown.now == "Fler bussar på kvällar och helger"

"""A note the secretariat and a chair both edited: the open conflict that decision tests start from,
and the two corrections of a note's text that the conflict list and the minutes tests start from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import notes
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.store import Store
from app.workspace import Workspace


def laptop_with_the_conference(store: Store, laptop_dir: Path, role: str = "chair") -> Workspace:
    """A laptop made at `laptop_dir` holding `store`'s conference as it is now, its notes included."""
    laptop = Workspace.create(laptop_dir, role)
    with laptop.store.transaction():
        kinds = ("process", "theme", "conference", "question", "table", "note")
        merge_records(laptop.store, [r for t in kinds for r in store.dump(t)])
    return laptop


def corrected_on_both(store: Store, note_id: str, laptop_dir: Path, ours: str, theirs: str) -> None:
    """A laptop (made at `laptop_dir`) is given `store`'s conference; `store` then corrects the note's
    text to `ours`, the laptop to `theirs`, and the laptop's notes are merged into `store`: one open
    conflict on the text between the two corrections."""
    laptop = laptop_with_the_conference(store, laptop_dir)
    notes.edit_note(store, note_id, text=ours)
    notes.edit_note(laptop.store, note_id, text=theirs)
    with store.transaction():
        merge_records(store, list(laptop.store.dump("note")))
    laptop.close()


def edited_on_both(store: Store, conference_id: str, laptop_dir: Path) -> tuple[str, list[dict[str, Any]]]:
    """Add a note at table 2 in `store`, give a chair's laptop (made at `laptop_dir`) the conference,
    then let each edit the note's text and merge the laptop's records into `store`: one open conflict on
    the text. Returns the note's id and every record the laptop held (what its export carried)."""
    note_id = notes.add_note(store, conference_id, 2, 1, "Fler bussar till industriområdet")
    chair = laptop_with_the_conference(store, laptop_dir, "chair")
    notes.edit_note(store, note_id, text="Fler bussar till industriområdet (rättad)")
    notes.edit_note(chair.store, note_id, text="Fler bussar, även kvällstid")
    chairs = [r for t in RECORD_TYPES for r in chair.store.dump(t)]
    chair.close()
    with store.transaction():
        merge_records(store, chairs)
    return note_id, chairs

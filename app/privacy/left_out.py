"""Leaving any note out of what is published, from where the secretariat reads the notes.

A private remark ("Hon sa privat att hon mår dåligt, ta inte med det här") need name nobody the
detector knows, so the review may list no finding in it to decide "omit" on. This is a decision on the
note itself: a `privacy_decision` record with no finding (kind WHOLE, match ""), action "omit", on the
note's text. `review.omitted` counts it as it counts an "omit" on a finding, so every published document
(public report, open data, proposal feedback, a later report's "since last time") leaves the note out,
and any finding in it needs no decision. The internal minutes still print the note.

Its match is empty: a detector never looks for an empty key, so no version finds it in a text, and the
version before this one already leaves the note out (it reads any "omit" on the text).

Taking it back ("include it again") deletes every "omit" on the note's text, one decided on a finding
in the review too: that finding is then undecided again, and the review asks about it before anything
is published. Both return the records they changed, so an undo step can delete or restore them again.
"""

from __future__ import annotations

from datetime import datetime

from app import notes
from app.privacy.review import OMIT, WHOLE, decisions, omitted
from app.store import Store

FIELD = "text"


def left_out_notes(store: Store, conference_id: str) -> set[str]:
    """The ids of the conference's notes (and proposals) left out of what is published."""
    return {source_id for source_id, field in omitted(decisions(store, conference_id)) if field == FIELD}


def is_left_out(store: Store, note_id: str) -> bool:
    note = notes.note(store, note_id, include_deleted=True)
    return note.id in left_out_notes(store, note.conference_id)


def leave_out(store: Store, note_id: str) -> list[str]:
    """Leave the note out of what is published; [] when it already is. Returns the record written."""
    note = notes.note(store, note_id)
    with store.transaction():
        if note.id in left_out_notes(store, note.conference_id):
            return []
        fields = {
            "conference_id": note.conference_id,
            "source_id": note.id,
            "field": FIELD,
            "kind": WHOLE,
            "match": "",
            "action": OMIT,
            "replacement": "",
            "decided_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        earlier = store.select(
            "privacy_decision",
            "source_id = ? AND field = ? AND kind = ?",
            (note.id, FIELD, WHOLE),
            include_deleted=True,
        )
        if earlier:  # left out before and taken back: the same record again
            return [store.write("privacy_decision", earlier[0]["id"], {**fields, "deleted": 0})]
        return [store.write("privacy_decision", None, fields)]


def take_back(store: Store, note_id: str) -> list[str]:
    """Publish the note again: every "omit" on its text deleted. Returns the records deleted."""
    note = notes.note(store, note_id, include_deleted=True)
    with store.transaction():
        rows = store.select(
            "privacy_decision",
            "conference_id = ? AND source_id = ? AND field = ? AND action = ?",
            (note.conference_id, note.id, FIELD, OMIT),
        )
        for row in rows:
            store.delete("privacy_decision", row["id"])
    return [row["id"] for row in rows]


def delete_records(store: Store, record_ids: list[str]) -> None:
    """Undo of `leave_out`, redo of `take_back`."""
    with store.transaction():
        for record_id in record_ids:
            store.delete("privacy_decision", record_id)


def restore_records(store: Store, record_ids: list[str]) -> None:
    """Undo of `take_back`, redo of `leave_out`."""
    with store.transaction():
        for record_id in record_ids:
            store.restore("privacy_decision", record_id)


def leave_out_all(store: Store, note_ids: list[str]) -> list[str]:
    """`leave_out` for each note, all or none."""
    with store.transaction():
        return [record for note_id in note_ids for record in leave_out(store, note_id)]


def take_back_all(store: Store, note_ids: list[str]) -> list[str]:
    """`take_back` for each note, all or none."""
    with store.transaction():
        return [record for note_id in note_ids for record in take_back(store, note_id)]

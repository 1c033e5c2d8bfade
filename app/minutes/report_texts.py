"""The secretariat's own words in the public report: a foreword or summary, a contact, how to respond,
and what happens next. One `report_text` record per part and conference, so the words merge and travel
in the follow-up bundle like every decision; they pass the personal-data review like every published
text (a contact's e-mail address is kept there on purpose, by a person)."""

from __future__ import annotations

from app import conferences
from app.errors import UserError
from app.store import Store

PARTS = ("foreword", "contact", "respond", "next_steps")


def report_texts(store: Store, conference_id: str) -> dict[str, tuple[str, str]]:
    """part -> (record id, text) of the parts written; the latest record wins if two stores wrote one."""
    found: dict[str, tuple[str, str]] = {}
    for r in store.select("report_text", "conference_id = ?", (conference_id,), order_by="rev"):
        if r["part"] in PARTS and (r["text"] or "").strip():
            found[r["part"]] = (r["id"], r["text"].strip())
    return found


def set_report_text(store: Store, conference_id: str, part: str, text: str) -> str:
    """Write (or with an empty text, clear) one part; returns the record id."""
    if part not in PARTS:
        raise UserError(f"unknown part {part!r}; use one of: {', '.join(PARTS)}")
    conference = conferences.conference(store, conference_id)
    existing = store.select(
        "report_text", "conference_id = ? AND part = ?", (conference.id, part), order_by="rev"
    )
    fields = {"conference_id": conference.id, "part": part, "text": text.strip()}
    return store.write("report_text", existing[-1]["id"] if existing else None, fields)

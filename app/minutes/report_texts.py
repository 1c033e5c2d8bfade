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


def set_report_texts(store: Store, conference_id: str, texts: dict[str, str]) -> list[str]:
    """Write the parts whose text changed, all or none (one transaction); returns the parts written.
    An empty text clears its part; a part not in `texts` is left as it is."""
    unknown = sorted(set(texts) - set(PARTS))
    if unknown:
        raise UserError(f"unknown part {unknown[0]!r}; use one of: {', '.join(PARTS)}")
    current = {part: text for part, (_id, text) in report_texts(store, conference_id).items()}
    changed = [part for part in PARTS if part in texts and texts[part].strip() != current.get(part, "")]
    with store.transaction():
        for part in changed:
            set_report_text(store, conference_id, part, texts[part])
    return changed


def default_texts(store: Store, conference_id: str, language: str) -> dict[str, str]:
    """What the report prints for a part left empty (how to respond, what happens next), in `language`."""
    from app.minutes.i18n import Strings

    conference = conferences.conference(store, conference_id)
    process = next((p for p in conferences.processes(store) if p.id == conference.process_id), None)
    publisher = (process.organisation or process.name) if process else ""
    s = Strings(language)
    return {"respond": s("respond_default", organisation=publisher), "next_steps": s("next_default")}

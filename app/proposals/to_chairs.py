"""What a table's chair receives in her follow-up (app/proposals/exchange.py): what her laptop shows.

Her window and her table's minutes show her table's notes and, for each of its proposals, a status
label. So her follow-up carries:

- the conference pack's records and her table's notes as the secretariat holds them, without a note a
  person left out of what is published;
- a merged proposal (its text, its links) only when every original in it is a note of her table,
  none of them or it is left out, and every finding the review lists in its text is decided "keep":
  its text is then her table's own words. A merge across tables stays at the secretariat (its text is
  other tables' words), and so do its links and statuses: her laptop shows the proposal as her table
  wrote it, with the status its own records give it;
- a proposal's status records only when its current one is clean: no finding in its texts that is not
  decided "keep" (undecided, removed, rewritten or left out: the record would carry the raw words), no
  person as owner, no contact (neither is published; the chair needs neither), and no `decided_by`
  beyond the name the bundle is signed with (it defaults to the computer's login). Records cannot be
  sent in part (every field of a record travels, and merges), so a record that is not clean stays;
- recurrences of what it carries, and resolutions of conflicts on its notes and the pack's records
  (a resolution holds the versions it reviewed: none on a proposal's records).

Never: another table's notes, summaries (the public report's words, which the review does not list),
privacy decisions, report texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.store import Store

KEEP = "keep"
STATUS_TEXTS = ("decision", "reason", "owner", "contact", "meeting")


def left_out_ids(store: Store, conference_id: str) -> set[str]:
    """The notes and proposals (merged ones too) a person left out of what is published."""
    from app.privacy.review import decisions, left_out_sources

    decided = decisions(store, conference_id)
    return {
        source_id for source_id, field in left_out_sources(store, conference_id, decided) if field == "text"
    }


def chairs_records(
    store: Store, conference_id: str, table_number: int, signer: str = ""
) -> Iterator[dict[str, Any]]:
    """A table's chair's follow-up in wire form (module docstring). `signer`: the name the bundle is
    signed with, the one `decided_by` a status may carry to her."""
    from app.bundles.export import pack_records
    from app.privacy.review import decisions, detector_for, left_out_sources

    decided = decisions(store, conference_id)
    out = {
        source_id for source_id, field in left_out_sources(store, conference_id, decided) if field == "text"
    }
    detector = detector_for(store, conference_id)

    def clean(source_id: str, texts: dict[str, str]) -> bool:
        for field, text in texts.items():
            for found in detector.find(text or ""):
                decision = decided.get((source_id, field, found.key))
                if decision is None or decision.action != KEEP:
                    return False
        return True

    carried: set[str] = set()

    def send(records) -> Iterator[dict[str, Any]]:
        for record in records:
            carried.add(record["id"])
            yield record

    yield from send(pack_records(store, conference_id))
    where = "conference_id = ? AND table_number = ?"
    table_notes = [n for n in store.dump("note", where, (conference_id, table_number)) if n["id"] not in out]
    yield from send(table_notes)
    own = {n["id"] for n in table_notes}
    all_links = store.dump("proposal_link", "conference_id = ?", (conference_id,))
    by_group: dict[str, list[dict[str, Any]]] = {}
    for link in all_links:
        by_group.setdefault(link["fields"]["group_id"], []).append(link)
    groups = {}
    for group in store.dump("proposal_group", "conference_id = ?", (conference_id,)):
        originals = {link["fields"]["note_id"] for link in by_group.get(group["id"], [])}
        if (  # an unmerged group's tombstone too, so that her laptop unmerges it
            originals
            and originals <= own
            and group["id"] not in out
            and clean(group["id"], {"text": group["fields"]["text"]})
        ):
            groups[group["id"]] = group
    yield from send(groups.values())
    yield from send(link for g in groups for link in by_group[g])
    proposals = own | set(groups)
    yield from send(_clean_statuses(store, conference_id, proposals, signer, clean))
    dumped = store.dump("proposal_recurrence", "conference_id = ?", (conference_id,))
    yield from send(r for r in dumped if r["fields"]["later_id"] in proposals)
    dumped = store.dump("conflict_resolution", "conference_id = ?", (conference_id,))
    yield from send(
        r
        for r in dumped
        if r["fields"]["record_id"] in carried and not r["fields"]["record_type"].startswith("proposal")
    )


def _clean_statuses(store: Store, conference_id: str, proposals: set[str], signer: str, clean) -> list:
    """The status records of `proposals` whose current one is clean: those of them that are clean."""
    by_proposal: dict[str, list[dict[str, Any]]] = {}
    for r in store.dump("proposal_status", "conference_id = ?", (conference_id,)):
        if r["fields"]["proposal_id"] in proposals:
            by_proposal.setdefault(r["fields"]["proposal_id"], []).append(r)

    def fine(r: dict[str, Any]) -> bool:
        f = r["fields"]
        return (
            f["owner_kind"] != "person"
            and not f["contact"]
            and (f["decided_by"] or "") in ("", signer)
            and clean(f["proposal_id"], {k: f[k] or "" for k in STATUS_TEXTS})
        )

    sent = []
    for records in by_proposal.values():
        live = [r for r in records if not r["deleted"]]
        if not live:
            continue
        current = max(live, key=_order)
        if fine(current):
            sent += [r for r in records if fine(r)]
    return sent


def _order(r: dict[str, Any]) -> tuple[str, str, str]:
    rev, origin = r["stamps"].get("status", [r["rev"], r["origin"]])
    return (rev, origin, r["id"])

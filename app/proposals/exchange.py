"""Sending the secretariat's reviewed record of a conference to other workspaces as signed bundles.

The conference pack (app/bundles) carries the conference, its process, themes, questions and tables.
A follow-up is a conference pack signed by the secretariat that carries more, in one of two kinds,
chosen by who receives it ("Nothing personal leaves the secretariat without a person deciding"):

- CHAIRS (the default): one bundle per table, for that table's chair (its manifest covers that table
  only, and a chair's laptop syncs in only those of the tables it chairs: app/sync/engine.py). It
  carries the table's notes as the secretariat holds them (corrections, tombstones), the decisions on
  the table's proposals (statuses, summaries, recurrences, the merged proposals they are in and their
  links), and the resolutions of conflicts on what it carries. It carries no other table's notes, no
  note or proposal a person left out of what is published (nor a merged proposal held back with one),
  no `privacy_decision` (their `match` is the found name or number itself) and no report texts.
- SECRETARIAT: the whole record, for a colleague secretariat: every note, every follow-up record,
  the privacy decisions included, so that it publishes the same. It is written to a file, never to
  the outbox (sync hands the outbox to the chairs). When it carries a live "omit" decision, its
  manifest says the reader must honour it (`requires`, app/bundles/format.py): a Rundabord that does
  not know that key refuses the bundle rather than publish a note a person left out.

Importing either is an ordinary bundle import: verified, role-checked, merged field by field,
idempotent. A record a chairs' follow-up leaves out is simply not sent: nothing in the merge reads an
absent record as deleted, so what a laptop already holds stays as it is, and the record merges as
usual if a later bundle carries it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import conferences, conflict_copies
from app.errors import UserError
from app.store import Store
from app.workspace import Workspace

CHAIRS = "chairs"
SECRETARIAT = "secretariat"
RECIPIENTS = (CHAIRS, SECRETARIAT)

FOLLOWUP_TYPES = (
    "proposal_group",
    "proposal_link",
    "proposal_status",
    "proposal_recurrence",
    "proposal_summary",
    "conflict_resolution",
    "privacy_decision",  # the personal-data review (app/privacy): another store publishes the same
    "report_text",  # the public report's foreword, contact, how to respond, what happens next
)
OMIT_REQUIRED = "omit"  # the manifest's `requires` entry of a follow-up carrying a live "omit"


def followup_records(store: Store, conference_id: str) -> Iterator[dict[str, Any]]:
    """A colleague secretariat's follow-up: the pack's records, the conference's notes and all its
    follow-up records, in wire form."""
    from app.bundles.export import pack_records

    yield from pack_records(store, conference_id)
    yield from store.dump("note", "conference_id = ?", (conference_id,))
    for type_name in FOLLOWUP_TYPES:
        yield from store.dump(type_name, "conference_id = ?", (conference_id,))


def left_out_ids(store: Store, conference_id: str) -> set[str]:
    """The notes and proposals (merged ones too) a person left out of what is published."""
    from app.privacy.review import decisions, left_out_sources

    decided = decisions(store, conference_id)
    return {
        source_id for source_id, field in left_out_sources(store, conference_id, decided) if field == "text"
    }


def chairs_records(store: Store, conference_id: str, table_number: int) -> Iterator[dict[str, Any]]:
    """A table's chair's follow-up: the pack's records, the table's notes and the decisions on its
    proposals, without what a person left out, without the review's records (module docstring)."""
    from app.bundles.export import pack_records

    out = left_out_ids(store, conference_id)
    carried: set[str] = set()

    def send(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            carried.add(record["id"])
            yield record

    yield from send(pack_records(store, conference_id))
    where = "conference_id = ? AND table_number = ?"
    table_notes = [n for n in store.dump("note", where, (conference_id, table_number)) if n["id"] not in out]
    yield from send(iter(table_notes))
    own = {n["id"] for n in table_notes}
    links = [
        link
        for link in store.dump("proposal_link", "conference_id = ?", (conference_id,))
        if link["fields"]["note_id"] in own and link["fields"]["group_id"] not in out
    ]
    groups = {link["fields"]["group_id"] for link in links}
    yield from send(
        r for r in store.dump("proposal_group", "conference_id = ?", (conference_id,)) if r["id"] in groups
    )
    yield from send(iter(links))
    proposals = own | groups
    for type_name in ("proposal_status", "proposal_summary"):
        dumped = store.dump(type_name, "conference_id = ?", (conference_id,))
        yield from send(r for r in dumped if r["fields"]["proposal_id"] in proposals)
    dumped = store.dump("proposal_recurrence", "conference_id = ?", (conference_id,))
    yield from send(r for r in dumped if r["fields"]["later_id"] in proposals)
    # A resolution holds the versions it reviewed (their text): only those on a record carried here.
    dumped = store.dump("conflict_resolution", "conference_id = ?", (conference_id,))
    yield from send(r for r in dumped if r["fields"]["record_id"] in carried)


def carries_omit(records: list[dict[str, Any]]) -> bool:
    return any(
        r["type"] == "privacy_decision" and not r["deleted"] and r["fields"]["action"] == "omit"
        for r in records
    )


def export_followup(
    workspace: Workspace,
    conference_id: str,
    out_path: Path | str | None = None,
    *,
    passphrase: str | bytes | None = None,
    recipient: str = CHAIRS,
    table: int | None = None,
):
    """Sign the conference's follow-up for `recipient` into a bundle; returns the ExportResult.

    CHAIRS: the follow-up of `table` (of the only table, when the conference has one), by default into
    the outbox, which sync sends to the chairs. SECRETARIAT: the whole record, to `out_path` only.
    Uses the bundles' own signing path, so the file, its ledger row and its checks are those of any pack.
    """
    from app.bundles.export import sign_records
    from app.bundles.format import KIND_PACK

    if recipient not in RECIPIENTS:
        raise UserError(f"unknown recipient {recipient!r}; use one of: {', '.join(RECIPIENTS)}")
    store = workspace.store
    conference = conferences.conference(store, conference_id)
    conflict_copies.place_shared(store)  # decisions stored before they were copied travel too
    if recipient == SECRETARIAT:
        if out_path is None or Path(out_path).resolve().parent == workspace.outbox_dir.resolve():
            raise UserError(
                "a colleague secretariat's follow-up holds the personal-data review's records and every"
                " note: write it to a file (-o FILE.rbz), not to the outbox, which sync sends to the chairs"
            )
        numbers = tuple(t.number for t in conferences.tables(store, conference.id))
        return sign_records(
            workspace,
            KIND_PACK,
            conference.id,
            numbers,
            lambda: followup_records(store, conference.id),
            out_path,
            passphrase,
            requires=lambda records: [OMIT_REQUIRED] if carries_omit(records) else [],
        )
    if table is None:
        numbers = [t.number for t in conferences.tables(store, conference.id)]
        if len(numbers) != 1:
            raise UserError("a chairs' follow-up is made for one table at a time: name the table")
        table = numbers[0]
    conferences.table(store, conference.id, table)
    return sign_records(
        workspace,
        KIND_PACK,
        conference.id,
        (table,),
        lambda: chairs_records(store, conference.id, table),
        out_path,
        passphrase,
    )


def export_chairs_followups(
    workspace: Workspace,
    conference_id: str,
    folder: Path | str | None = None,
    *,
    passphrase: str | bytes | None = None,
) -> list:
    """Every table's chairs' follow-up (into `folder`, named by date, table and id; else the outbox)."""
    conference = conferences.conference(workspace.store, conference_id)
    results = []
    for t in conferences.tables(workspace.store, conference.id):
        path = None if folder is None else Path(folder) / chairs_file_name(conference, t.number)
        results.append(export_followup(workspace, conference.id, path, passphrase=passphrase, table=t.number))
    return results


def chairs_file_name(conference, table_number: int) -> str:
    return f"uppfoljning-{conference.date}-{conference.id[:8]}-bord-{table_number}.rbz"


def secretariat_file_name(conference) -> str:
    return f"uppfoljning-{conference.date}-{conference.id[:8]}-sekretariat.rbz"

"""Sending the secretariat's reviewed record of a conference to other workspaces as signed bundles.

The conference pack (app/bundles) carries the conference, its process, themes, questions and tables.
A follow-up is a conference pack signed by the secretariat that carries more, in one of two kinds,
chosen by who receives it ("Nothing personal leaves the secretariat without a person deciding"):

- CHAIRS (the default): one bundle per table, for that table's chair. Its signed manifest covers that
  table only and says `requires: ["table-scoped"]`: a chair's laptop syncs in only those of the tables
  it chairs (app/sync/engine.py), and a Rundabord from before refuses it rather than take it as the
  conference's pack. It carries what her laptop shows: the table's notes as the secretariat holds
  them, and of the decisions on its proposals only what carries no other table's words and nothing
  the review has not let through (app/proposals/to_chairs.py). Never another table's notes, a note or
  proposal a person left out, a `privacy_decision` (their `match` is the found name or number itself),
  a summary or a report text.
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

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import conferences, conflict_copies
from app.bundles.export import ExportResult
from app.errors import UserError
from app.proposals.followup_outbox import Withdrawal, withdraw_pending
from app.proposals.to_chairs import chairs_records
from app.store import Store
from app.workspace import Workspace

__all__ = ["chairs_records", "export_chairs_followups", "export_followup", "followup_records"]

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
    from app.bundles.format import KIND_PACK, SECRETARIAT_ONLY, TABLE_SCOPED
    from app.bundles.identity import require_identity

    if recipient not in RECIPIENTS:
        raise UserError(f"unknown recipient {recipient!r}; use one of: {', '.join(RECIPIENTS)}")
    store = workspace.store
    conference = conferences.conference(store, conference_id)
    conflict_copies.place_shared(store)  # decisions stored before they were copied travel too
    if recipient == SECRETARIAT:
        _refuse_where_chairs_take_it(workspace, out_path)
        numbers = tuple(t.number for t in conferences.tables(store, conference.id))
        return sign_records(
            workspace,
            KIND_PACK,
            conference.id,
            numbers,
            lambda: followup_records(store, conference.id),
            out_path,
            passphrase,
            requires=lambda records: sorted(
                [SECRETARIAT_ONLY, *([OMIT_REQUIRED] if carries_omit(records) else [])]
            ),
        )
    if table is None:
        numbers = [t.number for t in conferences.tables(store, conference.id)]
        if len(numbers) != 1:
            raise UserError("a chairs' follow-up is made for one table at a time: name the table")
        table = numbers[0]
    conferences.table(store, conference.id, table)
    held: dict[str, frozenset[str]] = {}  # the decisions that stay at the secretariat, and why
    result = sign_records(
        workspace,
        KIND_PACK,
        conference.id,
        (table,),
        lambda: chairs_records(store, conference.id, table, require_identity(workspace).name, held),
        out_path,
        passphrase,
        requires=lambda _records: [TABLE_SCOPED],
    )
    # The older ones of this table still waiting in the outbox are superseded; the sent ones that hold
    # a note since left out are named (app/proposals/followup_outbox.py).
    withdrawn = withdraw_pending(
        workspace, conference.id, table, keep=result.bundle_id if out_path is None else ""
    )
    return FollowupResult(**vars(result), withdrawn=withdrawn, held=dict(held))


@dataclass(frozen=True)
class FollowupResult(ExportResult):
    withdrawn: Withdrawal | None = None  # what the outbox held of the table's earlier follow-ups
    # proposal id -> why its status stayed at the secretariat (to_chairs: DECIDED_BY, OWNER, …)
    held: dict[str, frozenset[str]] = field(default_factory=dict)


def held_back(results: list) -> tuple[int, list[str]]:
    """How many decisions the chairs' follow-ups `results` left at the secretariat, and why, in a
    fixed order: the fields naming a person (to_chairs.DECIDED_BY, OWNER, CONTACT), then FINDING."""
    from app.proposals.to_chairs import CONTACT, DECIDED_BY, FINDING, OWNER

    held: dict[str, frozenset[str]] = {}
    for result in results:
        held.update(getattr(result, "held", None) or {})
    reasons = frozenset().union(*held.values())
    return len(held), [r for r in (DECIDED_BY, OWNER, CONTACT, FINDING) if r in reasons]


def _refuse_where_chairs_take_it(workspace: Workspace, out_path: Path | str | None) -> None:
    """The colleague's file goes neither to the outbox nor into the configured sync folder (a folder
    target): the chairs' laptops would take the whole record from either."""
    from app.sync import settings

    if out_path is None or _inside(Path(out_path), workspace.outbox_dir):
        raise UserError(
            "a colleague secretariat's follow-up holds the personal-data review's records and every"
            " note: write it to a file (-o FILE.rbz), not to the outbox, which sync sends to the chairs"
        )
    configured = settings.configured_target(workspace.store)
    if configured is None:
        return
    try:
        spec = settings.parse_target(configured)
    except UserError:
        return
    if spec.kind == "folder" and _inside(Path(out_path), Path(spec.location)):
        raise UserError(
            f"{out_path}: that is inside the sync folder {spec.location}, where the chairs' laptops would"
            " take the whole record: write the colleague secretariat's follow-up elsewhere"
        )


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` lies in `folder`, by the text of their real paths or by the file system's own
    identity of the folder (one folder under two names: a case-insensitive disk, a bind mount, a
    mapped drive beside its network path): each existing ancestor of `path` is compared with it."""
    if path.resolve().is_relative_to(folder.resolve()):
        return True
    try:
        if not folder.exists():
            return False
        for ancestor in path.resolve().parents:
            if ancestor.exists() and os.path.samefile(ancestor, folder):
                return True
    except OSError:
        return False
    return False


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

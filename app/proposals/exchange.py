"""Sending the secretariat's reviewed record of a conference to other workspaces as a signed bundle.

The conference pack (app/bundles) carries the conference, its process, themes, questions and tables.
The follow-up bundle is a conference pack signed by the secretariat that carries, besides, every note of
the conference as the secretariat holds it (corrections included), the proposals' status changes, merged
proposals with their links, and the resolutions of conflicts, tombstones included (an undo travels too).
Importing it into a second secretariat workspace or a chair's laptop is an ordinary bundle import:
verified, role-checked, merged field by field, idempotent, so decisions and resolved conflicts converge
wherever they arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import conferences, conflict_copies
from app.store import Store
from app.workspace import Workspace

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


def followup_records(store: Store, conference_id: str) -> Iterator[dict[str, Any]]:
    """The pack's records, the conference's notes and all its follow-up records, in wire form."""
    from app.bundles.export import pack_records

    yield from pack_records(store, conference_id)
    yield from store.dump("note", "conference_id = ?", (conference_id,))
    for type_name in FOLLOWUP_TYPES:
        yield from store.dump(type_name, "conference_id = ?", (conference_id,))


def export_followup(
    workspace: Workspace,
    conference_id: str,
    out_path: Path | str | None = None,
    *,
    passphrase: str | bytes | None = None,
):
    """Sign the conference's follow-up into a bundle (default: the outbox); returns the ExportResult.

    Uses the bundles' own signing path, so the file, its ledger row and its checks are those of any pack.
    """
    from app.bundles.export import sign_records
    from app.bundles.format import KIND_PACK

    conference = conferences.conference(workspace.store, conference_id)
    conflict_copies.place_shared(workspace.store)  # decisions stored before they were copied travel too
    numbers = tuple(t.number for t in conferences.tables(workspace.store, conference.id))
    return sign_records(
        workspace,
        KIND_PACK,
        conference.id,
        numbers,
        lambda: followup_records(workspace.store, conference.id),
        out_path,
        passphrase,
    )

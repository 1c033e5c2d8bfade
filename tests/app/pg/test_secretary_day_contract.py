"""A secretary's whole day on both backends, compared with the same day on SQLite: review edits and
their undo, conflicts, search, proposals, open data, minutes, the follow-up bundle and sync."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from app import conflicts, notes, review, search
from app.bundles import import_files
from app.minutes.conference import build_conference_minutes
from app.minutes.opendata import open_data
from app.minutes.table import build_table_minutes
from app.proposals.catalogue import list_proposals, set_status
from app.proposals.exchange import export_followup
from app.sync.engine import run_sync
from app.sync.folder import FolderTarget
from app.workspace import Workspace

from .conftest import World, canonical_dump


def day(workspace: Workspace, world: World, out: Path) -> dict[str, Any]:
    """What a secretary does and sees; everything returned must be the same on every backend."""
    store, conference = workspace.store, world.conference_id
    seen: dict[str, Any] = {}
    assert {r.status for r in import_files(workspace, world.round1[:6])} == {"imported"}

    # Review: correct a note, then undo it (the window's undo calls the inverse edit).
    target = world.corrected[1]
    before = notes.note(store, target).text
    notes.edit_note(store, target, text="Sekretariatet: fler bussturer på kvällar och helger")
    seen["edited"] = notes.note(store, target).text
    notes.edit_note(store, target, text=before)
    seen["undone"] = notes.note(store, target).text == before
    # ... and correct it for good: the chair corrected it too (round 2), concurrently: a conflict.
    notes.edit_note(store, target, text="Sekretariatet: fler bussturer på kvällar och helger")
    assert {r.status for r in import_files(workspace, world.round2[:6])} == {"imported"}
    open_now = conflicts.open_conflicts(store, conference)
    seen["conflicts"] = sorted((c.record_type, c.field, c.theirs) for c in open_now)
    for conflict in open_now:
        conflicts.resolve(store, conflict.id, "theirs")
    seen["after_resolving"] = notes.note(store, target).text
    seen["open_after"] = len(conflicts.open_conflicts(store, conference))

    # Search: Swedish words, prefixes, å/ä/ö.
    for words in ("buss", "kompetensplattform", "återvända", "Östra", "bord 3 förslag", "åtgärd bredband"):
        seen[f"search {words}"] = sorted(
            h.note.id for h in search.search(store, words, conference_id=conference)
        )
    rowids = review.ordered_rowids(store, conference, review.NoteFilter(text="bussturer", table_number=2))
    seen["review filter"] = [n.text for n in review.notes_at(store, rowids)]

    # Proposals: their list, a decision.
    proposals = list_proposals(store, conference)
    seen["proposals"] = sorted(p.text for p in proposals)
    set_status(store, proposals[0].id, "selected")
    seen["accepted"] = sorted(p.text for p in list_proposals(store, conference, status="selected"))

    # Open data and minutes.
    data = open_data(store, conference, "sv", redact_undecided=True)
    seen["open data notes"] = sorted(
        n["text"] if "text" in n else json.dumps(n) for n in data.get("notes", [])
    )
    pages = build_conference_minutes(store, conference, out / "minutes.pdf", "sv")
    text = " ".join(page.extract_text() for page in PdfReader(out / "minutes.pdf").pages)
    seen["minutes pages"] = pages
    seen["minutes mention"] = [w in text for w in ("bussturer", "kompetensplattform", "Förslag från bord 3")]
    # Table 2's minutes: its chair signed them, and the secretariat corrected a note since.
    seen["table minutes pages"] = build_table_minutes(store, conference, 2, out / "bord-2.pdf", "sv")
    table_text = " ".join(page.extract_text() for page in PdfReader(out / "bord-2.pdf").pages)
    seen["table minutes mention"] = [w in table_text for w in ("Bord 2", "bussturer", "mötesplats")]

    # The follow-up bundle, delivered by sync to a shared folder.
    export_followup(workspace, conference, table=2)  # table 2's chair's
    (out / "share").mkdir()
    report = run_sync(workspace, FolderTarget(out / "share", "sec"), pull=False)
    seen["pushed"] = len(report.pushed)
    seen["pushed again"] = len(run_sync(workspace, FolderTarget(out / "share", "sec"), pull=False).pushed)
    # A whole sync, as the Sync button runs it: it also looks for the tables' exports to fetch.
    shutil.copy(world.round2[6], out / "share" / world.conference_id / Path(world.round2[6]).name)
    synced = run_sync(workspace, FolderTarget(out / "share", "sec"))
    seen["pulled"] = sorted((p.kind, p.outcome) for p in synced.pulled)
    seen["store"] = canonical_dump(store)
    return seen


def test_the_day_is_the_same_on_both_backends(backend, world, secretariat_on, tmp_path) -> None:
    reference = world.secretariat(tmp_path / "reference")
    (tmp_path / "ref-out").mkdir()
    expected = day(reference, world, tmp_path / "ref-out")
    reference.close()

    (tmp_path / "out").mkdir()
    seen = day(secretariat_on(), world, tmp_path / "out")
    stores = seen.pop("store"), expected.pop("store")
    assert seen == expected
    assert expected["conflicts"] and expected["open_after"] == 0
    assert expected["search buss"] and expected["search återvända"] and expected["search Östra"]
    assert all(expected["minutes mention"]) and expected["pushed"] == 1 and expected["pushed again"] == 0
    assert all(expected["table minutes mention"]) and expected["pulled"] == [("table-export", "imported")]
    # The records differ only in the stamps the two days' own edits took (a clock reads the time).
    assert [len(v) for v in stores[0].values()] == [len(v) for v in stores[1].values()]

"""The world of the follow-up tests (tests/app/proposals/test_followup_*.py): a secretariat, a chair's
laptop and a colleague secretariat, with table 1's notes from the laptop and table 2's typed at the
secretariat (see tests/app/proposals/test_followup_recipients.py), and the bundles' reading."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app import conferences, notes, proposals
from app.bundles import import_files
from app.bundles import trust as trust_list
from app.bundles.codec import decode_records
from app.bundles.export import export_pack, export_table
from app.bundles.identity import create_identity, find_identity
from app.demo import demo_description
from app.privacy import left_out, review
from app.sync import settings
from app.workspace import Workspace

PRIVATE = "Lena Wikström sa privat att hon tänker sluta som ordförande, ta inte med det"
CALL = "Ring Gunnel Persbrandt på 070-123 45 67 om bussen"


def _bundle(path: Path) -> tuple[dict, list[dict], bytes]:
    """(manifest, records, every member's bytes uncompressed and the file's own, joined)."""
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = b"".join(archive.read(name) for name in archive.namelist())
        records = decode_records(archive.read("records.jsonl"), manifest.get("records_encoding", "jsonl"))
    return manifest, records.records, raw + members


def _take(workspace: Workspace, path: Path) -> None:
    [receipt] = import_files(workspace, [path])
    assert receipt.status == "imported", receipt.reason


class _World:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kansli = Workspace.create(folder / "kansli", "secretariat")
        self.laptop = Workspace.create(folder / "laptop", "chair")
        self.colleague = Workspace.create(folder / "kollega", "secretariat")
        kansli_key = create_identity(self.kansli, "Regionens kansli")
        cid = self.conference_id = conferences.create_conference(self.kansli.store, demo_description())
        _take(self.laptop, export_pack(self.kansli, cid, folder / "pack.rbz").path)
        chair_key = create_identity(self.laptop, "Anna Lindqvist")
        trust_list.add(self.kansli.store, chair_key.public_key, "Anna Lindqvist", "chair", cid, 1)
        trust_list.add(self.colleague.store, kansli_key.public_key, "Regionens kansli", "secretariat")
        # Table 1, from the chair's laptop; the secretariat corrects one note and the review leaves
        # one of hers out.
        self.bus = notes.add_note(self.laptop.store, cid, 1, 1, "Bussen går sälan")
        self.own_private = notes.add_note(self.laptop.store, cid, 1, 1, "Hon mår dåligt, ta inte med det")
        self.proposal = notes.add_note(
            self.laptop.store, cid, 1, 2, "Tätare bussar på kvällen", kind="proposal"
        )
        _take(self.kansli, export_table(self.laptop, cid, 1, folder / "bord1.rbz").path)
        notes.edit_note(self.kansli.store, self.bus, text="Bussen går sällan")
        # Table 2, typed from its paper at the secretariat.
        self.private = notes.add_note(self.kansli.store, cid, 2, 1, PRIVATE)
        self.call = notes.add_note(self.kansli.store, cid, 2, 1, CALL)
        self.other = notes.add_note(self.kansli.store, cid, 2, 2, "Fler bussar till byarna", kind="proposal")
        store = self.kansli.store
        left_out.leave_out(store, self.own_private)
        for hit in review.review(store, cid):
            if hit.source.source_id == self.private:
                review.decide(store, cid, hit, review.OMIT)
            elif hit.source.source_id == self.call:
                review.decide(store, cid, hit, "remove")
        self.group = proposals.merge(store, [self.proposal, self.other])
        proposals.set_status(store, self.group, "selected", decision="Rådet driver frågan", owner="Region X")

    def close(self) -> None:
        for workspace in (self.kansli, self.laptop, self.colleague):
            workspace.close()


def share_folder(tmp_path: Path, *workspaces: Workspace) -> Path:
    """A new folder `share` that each of the workspaces syncs with."""
    share = tmp_path / "share"
    share.mkdir()
    for workspace in workspaces:
        settings.configure(workspace.store, str(share))
    return share


def tables_held(workspace: Workspace, cid: str) -> set[int]:
    """The tables whose notes of the conference the workspace holds."""
    return {n["table_number"] for n in workspace.store.select("note", "conference_id = ?", (cid,))}


def trust_as_colleague(other, directory) -> None:
    """The colleague secretariat trusts the exporting secretariat's key (a colleague's record is for a
    secretariat only: a chair's laptop refuses it, app/bundles/table_scope.py)."""
    signer, colleague = Workspace(directory), Workspace(other)
    try:
        trust_list.add(colleague.store, find_identity(signer).public_key, "Sekretariatet", "secretariat")
    finally:
        signer.close()
        colleague.close()

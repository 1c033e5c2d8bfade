"""`rundabord export --oldest-format`: format 1 as the first Rundabord wrote it.

The first reader (commit b3e0c31, 25 November) refuses any manifest key or `created` field it does not
know, `created.origin` included, which format 1 bundles carried from 3 December on without a version
bump. The oldest format leaves it out, so the first reader reads it (run here in a subprocess on that
commit's own `app/`, when the repository's history is at hand), and a current store merges it as it
merges the export naming its workspace: the same notes, the same conflicts. Only the binding of the
laptop's origin to its key waits for an export that names it.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from app import conferences, conflicts, notes
from app.bundles import encoding_choice, import_files
from app.bundles import trust as trust_list
from app.bundles.encoding_choice import AUTO, OLDEST
from app.bundles.export import export_pack, export_table
from app.bundles.identity import create_identity
from app.bundles.renewal import renew_identity
from app.cli import main
from app.demo import demo_description
from app.workspace import Workspace
from tests.app.bundles.old_rundabord import FIRST_READER, OldRundabord
from tests.clocks import edits_after

ROOT = Path(__file__).resolve().parents[3]
# The first reader's manifest keys and `created` fields, exactly (app/bundles/reader.py at that commit)
FIRST_MANIFEST_KEYS = {
    "format",
    "version",
    "kind",
    "bundle_id",
    "created",
    "signer",
    "conference",
    "tables",
    "counts",
    "sequence",
    "previous",
    "members",
}
FIRST_CREATED_KEYS = {"utc", "hlc"}


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


class _Conference:
    """A secretariat's conference and a chair's laptop for table 1, its key trusted there."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kansli = Workspace.create(folder / "kansli", "secretariat")
        self.laptop = Workspace.create(folder / "laptop", "chair")
        create_identity(self.kansli, "Regionens kansli")
        self.conference_id = conferences.create_conference(self.kansli.store, demo_description())
        self.take(
            self.kansli, self.laptop, export_pack(self.kansli, self.conference_id, folder / "pack.rbz").path
        )
        key = create_identity(self.laptop, "Anna Berg")
        trust_list.add(self.kansli.store, key.public_key, "Anna Berg", "chair", self.conference_id, 1)

    @staticmethod
    def take(_sender: Workspace, receiver: Workspace, path: Path) -> None:
        [receipt] = import_files(receiver, [path])
        assert receipt.status == "imported", receipt.reason

    def sends(self, name: str, encoding: str) -> Path:
        path = export_table(
            self.laptop, self.conference_id, 1, self.folder / name, records_encoding=encoding
        ).path
        self.take(self.laptop, self.kansli, path)
        return path

    def copy(self, folder: Path) -> _Conference:
        """Both workspaces as they are now, in `folder` (closed and opened again here)."""
        self.close()
        for name in ("kansli", "laptop"):
            shutil.copytree(
                self.folder / name, folder / name, ignore=shutil.ignore_patterns("*-wal", "*-shm")
            )
        other = object.__new__(_Conference)
        other.folder, other.conference_id = folder, self.conference_id
        for world in (self, other):
            world.kansli, world.laptop = (
                Workspace(world.folder / "kansli"),
                Workspace(world.folder / "laptop"),
            )
        return other

    def merged(self) -> tuple[list[tuple[str, bool]], list[tuple[str, str, object, object]]]:
        """What the secretariat holds of the table's notes, and its open conflicts, ids left out."""
        held = sorted(
            (r["fields"]["text"], r["deleted"])
            for r in self.kansli.store.dump("note", "conference_id = ?", (self.conference_id,))
        )
        found = sorted(
            (c.record_type, c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(self.kansli.store)
        )
        return held, found

    def bound(self) -> bool:
        row = self.kansli.store.conn.execute(
            "SELECT 1 FROM origin_keys WHERE origin = ?", (self.laptop.store.origin,)
        ).fetchone()
        return row is not None

    def close(self) -> None:
        self.laptop.close()
        self.kansli.close()


def test_the_oldest_format_has_the_first_readers_fields_only(tmp_path: Path, capsys) -> None:
    world = _Conference(tmp_path)
    try:
        notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
        out = tmp_path / "bord1-äldst.rbz"
        args = ["--workspace", str(tmp_path / "laptop"), "export", "--conference", world.conference_id]
        assert main([*args, "--table", "1", "-o", str(out), "--oldest-format"]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == f"wrote {out}"  # no line about a former workspace
        manifest = _manifest(out)
        assert manifest["version"] == 1
        assert set(manifest) == FIRST_MANIFEST_KEYS
        assert set(manifest["created"]) == FIRST_CREATED_KEYS
        # The export the laptop chooses by itself names its workspace, as it should.
        normal = export_table(
            world.laptop, world.conference_id, 1, tmp_path / "bord1.rbz", records_encoding=AUTO
        )
        assert _manifest(normal.path)["created"]["origin"] == world.laptop.store.origin
    finally:
        world.close()


def test_the_first_reader_reads_the_oldest_format(tmp_path: Path, tmp_path_factory) -> None:
    """The reader of the first commit that read bundles, run on that commit's own code."""
    old = OldRundabord.at(FIRST_READER, tmp_path_factory)
    world = _Conference(tmp_path)
    try:
        notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
        notes.add_note(world.laptop.store, world.conference_id, 1, 2, "Fler cykelbanor – även på landet")
        oldest = export_table(
            world.laptop, world.conference_id, 1, tmp_path / "a.rbz", records_encoding=OLDEST
        )
        chosen = export_table(world.laptop, world.conference_id, 1, tmp_path / "b.rbz", records_encoding=None)
    finally:
        world.close()
    lines = old.reads(oldest.path, chosen.path)
    assert lines[0] == "read", lines
    # Format 1 as written before this change names the workspace: the first reader refuses that.
    assert lines[1] == "refused: manifest the manifest's created time is malformed"


def test_a_current_store_merges_the_oldest_format_as_the_export_naming_its_workspace(tmp_path: Path) -> None:
    """Two copies of one secretariat and one laptop; one gets the laptop's exports as it writes them
    by itself, the other the oldest format: the same notes and the same conflict, twice over (the first
    export, then a correction at the secretariat crossing the chair's own edit and a new note)."""
    named = _Conference(tmp_path / "named")
    note_id = notes.add_note(named.laptop.store, named.conference_id, 1, 1, "Bussen går sällan")
    notes.add_note(named.laptop.store, named.conference_id, 1, 2, "Fler cykelbanor")
    oldest = named.copy(tmp_path / "oldest")
    try:
        assert _manifest(named.sends("1.rbz", AUTO))["created"]["origin"] == named.laptop.store.origin
        assert "origin" not in _manifest(oldest.sends("1.rbz", OLDEST))["created"]
        assert named.merged() == oldest.merged()
        assert named.merged()[0] == [("Bussen går sällan", False), ("Fler cykelbanor", False)]
        assert named.bound() and not oldest.bound()  # the one difference: the binding waits
        for world in (named, oldest):
            notes.edit_note(world.kansli.store, note_id, text="Bussen går inte på kvällen")
            edits_after(world.laptop.store, world.kansli.store)  # hers is the later edit, in both
            notes.edit_note(world.laptop.store, note_id, text="Bussen går för sällan")
            notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Nattbuss på helger")
        named.sends("2.rbz", AUTO)
        oldest.sends("2.rbz", OLDEST)
        held, found = named.merged()
        assert (held, found) == oldest.merged()
        assert len(held) == 3
        assert found == [("note", "text", "Bussen går för sällan", "Bussen går inte på kvällen")]
        # Her next export naming her workspace binds it, and comes in as before.
        oldest.sends("3.rbz", AUTO)
        assert oldest.bound()
    finally:
        named.close()
        oldest.close()


def test_a_renewed_laptops_oldest_format_names_its_former_workspace_and_says_so(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """Her last export under the old key was lost on the way: its edit comes in her new key's export.
    Without `created.former` a current store refuses that edit over the old workspace's own; so the
    oldest format names it (and her workspace), and says which Rundabord reads it."""
    world = _Conference(tmp_path)
    try:
        note_id = notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
        world.sends("1.rbz", AUTO)
        notes.edit_note(world.laptop.store, note_id, text="Bussen går för sällan")
        export_table(world.laptop, world.conference_id, 1, tmp_path / "borttappad.rbz")  # lost on a stick
        former = world.laptop.store.origin
        renewal = renew_identity(world.laptop, "Anna Berg")
        trust_list.add(
            world.kansli.store, renewal.new.public_key, "Anna Berg", "chair", world.conference_id, 1
        )
        args = ["--workspace", str(tmp_path / "laptop"), "export", "--conference", world.conference_id]
        with monkeypatch.context() as patched:  # as if the oldest format left it out regardless
            patched.setattr(encoding_choice, "names_origin", lambda _encoding, _former: False)
            bare = export_table(
                world.laptop, world.conference_id, 1, tmp_path / "utan.rbz", records_encoding=OLDEST
            )
        assert set(_manifest(bare.path)["created"]) == FIRST_CREATED_KEYS
        [receipt] = import_files(world.kansli, [bare.path])
        assert receipt.status == "refused" and receipt.why is not None, receipt
        assert receipt.why.code == "former-unclaimed", receipt.reason
        out = tmp_path / "bord1-äldst.rbz"
        assert main([*args, "--table", "1", "-o", str(out), "--oldest-format"]) == 0
        last = capsys.readouterr().out.splitlines()[-1]
        assert f"({former})" in last and "only a secretariat whose Rundabord can renew keys reads" in last
        created = _manifest(out)["created"]
        assert (created["origin"], created["former"]) == (world.laptop.store.origin, [former])
        world.take(world.laptop, world.kansli, out)
        assert world.kansli.store.require("note", note_id)["text"] == "Bussen går för sällan"
    finally:
        world.close()

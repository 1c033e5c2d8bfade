"""A laptop whose newest pack came from an old secretariat exports, by itself, what that secretariat reads.

The secretariat here is the real last Rundabord before bundles named their workspace (3 December,
afternoon; `old_rundabord.BEFORE_ORIGIN`), run on its own commit's code: it makes its workspace, its
key and the conference pack, trusts the chair's key and imports her exports with its own `rundabord
import`. The chair's laptop is this Rundabord. Its export written without a choice (as the window and
`rundabord export` write it) is format 1 as the first Rundabord wrote it, which that secretariat and the
first reader take; a renewed laptop's export that must name its former workspace says, in one line,
that only a Rundabord from 4 December on reads it, which is so: the old one refuses it, the one of 4
December reads it. So does a photo of the table's paper, which only a Rundabord from 3 December
(afternoon) reads; and a renewed laptop's export to the secretariat of the evening after, which names
its workspace but does not read former ones.
"""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest

from app import notes
from app.bundles import import_files
from app.bundles.export import export_table
from app.bundles.identity import create_identity
from app.bundles.renewal import renew_identity
from app.cli import main
from app.workspace import Workspace

from .old_rundabord import BEFORE_FORMER, BEFORE_ORIGIN, FIRST_FORMER_READER, FIRST_READER, OldRundabord

SAYS_WHO_READS = "only a secretariat whose Rundabord can renew keys reads"


def _created(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))["created"]


class OldSecretariat:
    """The old Rundabord's secretariat with its demo conference, and this Rundabord's laptop for table 1,
    which took the old secretariat's pack (format 1, not naming its workspace) and is trusted there."""

    def __init__(self, old: OldRundabord, folder: Path) -> None:
        self.old, self.folder = old, folder
        self.kansli = folder / "kansli"
        pack = folder / "pack.rbz"
        self.conference_id = old.secretariat_pack(self.kansli, "Regionens kansli", pack)
        # as every pack before 3 December, evening; the Rundabord after it names its workspace
        assert ("origin" in _created(pack)) == (old.commit != BEFORE_ORIGIN)
        self.laptop = Workspace.create(folder / "laptop", "chair")
        [receipt] = import_files(self.laptop, [pack])
        assert receipt.status == "imported", receipt.reason
        self.trust(create_identity(self.laptop, "Anna Berg").public_key)

    def trust(self, public_key: bytes) -> None:
        key = base64.b64encode(public_key).decode()
        self.old.cli(
            self.kansli, "trust", "add", "--key", key, "--name", "Anna Berg", "--role", "chair",
            "--conference", self.conference_id, "--table", "1",
        )  # fmt: skip

    def export(self, name: str, *options: str) -> tuple[Path, list[str]]:
        """`rundabord export` of table 1 on the laptop, as the chair runs it; the file and what it said."""
        out = self.folder / name
        args = ["--workspace", str(self.laptop.dir), "export", "--conference", self.conference_id]
        assert main([*args, "--table", "1", "-o", str(out), *options]) == 0
        return out, self.printed()

    printed = staticmethod(lambda: [])  # replaced by the test's capsys reader


def _world(commit: str, tmp_path_factory, tmp_path: Path, capsys):
    world = OldSecretariat(OldRundabord.at(commit, tmp_path_factory), tmp_path)
    world.printed = lambda: capsys.readouterr().out.splitlines()
    yield world
    world.laptop.close()


@pytest.fixture
def world(tmp_path_factory, tmp_path: Path, capsys):
    yield from _world(BEFORE_ORIGIN, tmp_path_factory, tmp_path, capsys)


@pytest.fixture(params=[BEFORE_ORIGIN, BEFORE_FORMER], ids=["format-1-pack", "format-2-pack"])
def any_old_world(request, tmp_path_factory, tmp_path: Path, capsys):
    yield from _world(request.param, tmp_path_factory, tmp_path, capsys)


def test_the_export_chosen_by_itself_is_one_the_old_secretariat_imports(world, tmp_path_factory) -> None:
    notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
    notes.add_note(world.laptop.store, world.conference_id, 1, 2, "Fler cykelbanor – även på landet")
    path, said = world.export("bord1.rbz")
    assert said[-1] == f"wrote {path}"  # nothing more to tell the chair
    assert set(_created(path)) == {"utc", "hlc"}
    receipt = world.old.imports(world.kansli, path)
    assert receipt["status"] == "imported", receipt
    listed = world.old.cli(world.kansli, "note", "list", "--conference", world.conference_id, "--table", "1")
    assert "Bussen går sällan" in listed and "Fler cykelbanor – även på landet" in listed
    first = OldRundabord.at(FIRST_READER, tmp_path_factory)
    # What this laptop wrote by itself before: format 1 naming its workspace, refused by both.
    named = export_table(world.laptop, world.conference_id, 1, tmp_path_factory.mktemp("b") / "b.rbz",
                         records_encoding=None).path  # fmt: skip
    assert first.reads(path, named) == ["read", "refused: manifest the manifest's created time is malformed"]
    refused = world.old.imports(world.kansli, named)
    assert refused["status"] == "refused" and "created time is malformed" in refused["reason"], refused


def test_a_renewed_laptop_says_which_rundabord_reads_its_export(any_old_world, tmp_path_factory) -> None:
    """Her last export under the old key was lost on the way: its edit comes with her new key, so the
    export names her former workspace, and only a Rundabord from 4 December on reads that: also the
    secretariat of the evening of 3 December (format-2 packs naming its workspace) refuses it."""
    world = any_old_world
    note_id = notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
    path, _said = world.export("1.rbz")
    assert world.old.imports(world.kansli, path)["status"] == "imported"
    notes.edit_note(world.laptop.store, note_id, text="Bussen går för sällan")
    world.export("borttappad.rbz")  # lost on a stick
    former = world.laptop.store.origin
    world.trust(renew_identity(world.laptop, "Anna Berg").new.public_key)
    path, said = world.export("2.rbz")
    assert said[-2] == f"wrote {path}"
    assert f"({former})" in said[-1] and SAYS_WHO_READS in said[-1], said
    assert "ask the secretariat to update Rundabord" in said[-1] or "ask them to update Rundabord" in said[-1]
    created = _created(path)
    assert (created["origin"], created["former"]) == (world.laptop.store.origin, [former])
    # So it is: the old secretariat refuses it, the Rundabord of 4 December reads it.
    refused = world.old.imports(world.kansli, path)
    assert refused["status"] == "refused" and "created time is malformed" in refused["reason"], refused
    assert OldRundabord.at(FIRST_FORMER_READER, tmp_path_factory).reads(path) == ["read"]


def test_a_photo_of_the_paper_says_which_rundabord_reads_the_export(world, tmp_path_factory) -> None:
    """A photo of the table's paper makes the export format 2 with an attachment record, read from 3
    December (afternoon): said so; the old secretariat takes it, the first reader does not."""
    from io import BytesIO

    from PIL import Image

    from app import attachments

    photo = world.folder / "duken.png"
    buffer = BytesIO()
    Image.new("RGB", (60, 40), "navy").save(buffer, "PNG")
    photo.write_bytes(buffer.getvalue())
    notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
    attachments.attach(world.laptop, world.conference_id, 1, photo, caption="Bordsduken")
    path, said = world.export("bord1-foto.rbz")
    assert said[-2] == f"wrote {path}"
    assert "only a secretariat whose Rundabord can take in paper sheets and photos reads" in said[-1]
    assert set(_created(path)) == {"utc", "hlc"}
    receipt = world.old.imports(world.kansli, path)
    assert receipt["status"] == "imported", receipt
    [first] = OldRundabord.at(FIRST_READER, tmp_path_factory).reads(path)
    assert first.startswith("refused: member"), first  # its words for what it does not know

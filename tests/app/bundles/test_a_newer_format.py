"""A bundle of a newer format than this Rundabord reads is refused as such, in one line that says to
update Rundabord, also when the newer format carries what this one's zip checks do not know (a member of
a new name, a folder of them, more members than any bundle has now): the manifest names its version,
and that, not "damaged or put together by hand", is what a chair can act on. The same extras in a
bundle of a version this Rundabord reads are refused as before. The store is unchanged either way."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from app.bundles.canonical import canonical_bytes
from app.bundles.format import MANIFEST, RECORDS, SIGNATURE
from app.bundles.pae import manifest_pae
from app.cli import main
from app.workspace import Workspace
from tests.app.bundles.test_hostile import _member, _refused

from .conftest import World

NEWER = 4  # 1, 2 (attachments, compact records) and 3 (what an edit had seen) are read
SAID = f"made by a newer Rundabord (bundle format {NEWER}); update Rundabord to read it"

EXTRAS = {
    "a member of a new name": [("seen.cbor", b"\xa0")],
    "a folder of new members": [("extras/one.json", b"{}")],
    "more members than any bundle has": [(f"attachments/{n:064x}.webp", b"x") for n in range(40)],
}


def _bundle(world: World, version: int, extras: list[tuple[str, bytes]]) -> bytes:
    """The chair's table export as a Rundabord writing `version` might: its manifest says so, signed by
    her key, and `extras` sit beside its three members."""
    manifest = json.loads(_member(world, MANIFEST))
    manifest["version"] = version
    data = canonical_bytes(manifest)
    signature = base64.b64encode(world.chair_key().sign(manifest_pae(data)))
    members = [(MANIFEST, data), (RECORDS, _member(world, RECORDS)), *extras, (SIGNATURE, signature)]
    return world.rezip(members)


@pytest.mark.parametrize("extras", EXTRAS.values(), ids=EXTRAS.keys())
def test_a_newer_format_with_members_this_one_does_not_know_says_to_update(
    world: World, secretariat: Workspace, extras: list[tuple[str, bytes]]
) -> None:
    receipt = _refused(world, secretariat, _bundle(world, NEWER, extras), "version")
    assert receipt.reason == SAID


@pytest.mark.parametrize("extras", EXTRAS.values(), ids=EXTRAS.keys())
def test_the_same_members_in_a_format_this_one_reads_are_refused_as_before(
    world: World, secretariat: Workspace, extras: list[tuple[str, bytes]]
) -> None:
    receipt = _refused(world, secretariat, _bundle(world, 2, extras), "member")
    assert "newer" not in receipt.reason


def test_the_cli_says_it_in_one_line(world: World, secretariat: Workspace, tmp_path: Path, capsys) -> None:
    path = tmp_path / "nyare.rbz"
    path.write_bytes(_bundle(world, NEWER, EXTRAS["a member of a new name"]))
    before = world.snapshot(secretariat)
    code = main(["--workspace", str(secretariat.dir), "import", str(path)])
    out, err = capsys.readouterr()
    assert code != 0
    assert (out + err).strip() == f"{path}: refused: {SAID}"
    assert world.snapshot(secretariat) == before

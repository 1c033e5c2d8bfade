"""A bundle of a newer format than this Rundabord reads is refused as such, in one line that says to
update Rundabord, also when the newer format carries what this one's zip checks do not know (a member of
a new name, a folder of them, more members than any bundle has now): the manifest names its version,
and that, not "damaged or put together by hand", is what a chair can act on. The same extras in a
bundle of a version this Rundabord reads are refused as before. The store is unchanged either way.

The version is read before the signature is checked, so a file made by hand can name any. It is said as
the bundle's own word only when the manifest's signature verifies as this Rundabord signs, by the key it
names; otherwise the file only *says* so (app/bundles/newer_format.py): unsigned, signed by no one for
that manifest, or signed some way this one does not know."""

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
SAID = (
    f"made by a newer Rundabord (bundle format {NEWER}); update Rundabord to read it, or ask a table export's"
    " chair to export it again with `rundabord export --oldest-format`"
)
CLAIMED = 99
SAID_UNCHECKED = (
    f"says it was made by a newer Rundabord (bundle format {CLAIMED}), which its signature cannot confirm"
    " here; update Rundabord to read it, and if that refuses it too, ask for a new copy"
)

EXTRAS = {
    "a member of a new name": [("seen.cbor", b"\xa0")],
    "a folder of new members": [("extras/one.json", b"{}")],
    "more members than any bundle has": [(f"attachments/{n:064x}.webp", b"x") for n in range(40)],
}


def _bundle(
    world: World, version: int, extras: list[tuple[str, bytes]], signature: bytes | None = None
) -> bytes:
    """The chair's table export as a Rundabord writing `version` might: its manifest says so, signed by
    her key (or carrying `signature` instead; b"" for none at all), and `extras` sit beside its members."""
    manifest = json.loads(_member(world, MANIFEST))
    manifest["version"] = version
    data = canonical_bytes(manifest)
    if signature is None:
        signature = base64.b64encode(world.chair_key().sign(manifest_pae(data)))
    members = [(MANIFEST, data), (RECORDS, _member(world, RECORDS)), *extras]
    return world.rezip(members + ([(SIGNATURE, signature)] if signature else []))


# Made by hand, each claiming format 99: what a newer Rundabord's bundle would not look like, or might
HAND_MADE = {
    "unsigned": lambda world: _bundle(world, CLAIMED, [], b""),
    "the signature of the manifest before it was edited": lambda world: _bundle(
        world, CLAIMED, [], _member(world, SIGNATURE)
    ),
    "a signature that is no base64": lambda world: _bundle(world, CLAIMED, [], b"not a signature!"),
    "a longer signature": lambda world: _bundle(world, CLAIMED, [], base64.b64encode(bytes(96))),
    "unsigned, with a member of a new name": lambda world: _bundle(
        world, CLAIMED, EXTRAS["a member of a new name"], b""
    ),
    "mis-signed, with more members than any bundle has": lambda world: _bundle(
        world, CLAIMED, EXTRAS["more members than any bundle has"], _member(world, SIGNATURE)
    ),
}


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


def test_a_newer_format_signed_as_this_one_signs_is_said_to_be_one(
    world: World, secretariat: Workspace
) -> None:
    """Its three members alone, signed by the key its manifest names: the version is that key's word."""
    receipt = _refused(world, secretariat, _bundle(world, NEWER, []), "version")
    assert receipt.reason == SAID and receipt.why is not None and receipt.why.code == "format-newer"


@pytest.mark.parametrize("make", HAND_MADE.values(), ids=HAND_MADE.keys())
def test_a_file_claiming_a_newer_format_its_signature_does_not_confirm_only_says_so(
    world: World, secretariat: Workspace, make
) -> None:
    receipt = _refused(world, secretariat, make(world), "version-unchecked")
    assert receipt.reason == SAID_UNCHECKED
    assert receipt.why is not None and receipt.why.params == {"version": CLAIMED}


def test_the_cli_says_an_unconfirmed_one_in_one_line(
    world: World, secretariat: Workspace, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "handgjord.rbz"
    path.write_bytes(HAND_MADE["the signature of the manifest before it was edited"](world))
    before = world.snapshot(secretariat)
    said = {"import": "refused", "verify": "failed the version-unchecked check"}
    for command, how in said.items():
        code = main(["--workspace", str(secretariat.dir), command, str(path)])
        out, err = capsys.readouterr()
        assert code == 1
        assert (out + err).strip() == f"{path}: {how}: {SAID_UNCHECKED}"
    assert world.snapshot(secretariat) == before

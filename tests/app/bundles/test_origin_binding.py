"""Every origin is bound to its workspace's key; another key may only relay its edits within one table.

Each refusal leaves the store byte-identical; each accepted relay is a real spare laptop's export.
"""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import notes
from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.origins import bound_key
from app.bundles.trust import add as trust_add
from app.hlc import Stamp, wall_clock_ms

from .hostile_set import anna_origin, edited, live_notes

# Hours ahead, so that they stay later than any edit the test makes on a slow machine (not a day: a
# stamp more than a day ahead is flagged).
NOW = wall_clock_ms()
LATER = str(Stamp(NOW + 6 * 3600_000, 0))
LATEST = str(Stamp(NOW + 12 * 3600_000, 0))
BO_ORIGIN = "b0b0b0b0b0b0b0b0"
CARL_ORIGIN = "ca71ca71ca71ca71"


class Laptop:
    """Another trusted chair's laptop: its key, origin and signed bundles."""

    def __init__(self, world, workspace, name: str, origin: str, table: int) -> None:
        self.world, self.name, self.origin, self.table = world, name, origin, table
        self.key = Ed25519PrivateKey.generate()
        self.public = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        trust_add(workspace.store, self.public, name, "chair", world.conference_id, table)
        self.sequence = 0

    def bundle(self, records, *, origin: str | None = None) -> bytes:
        self.sequence += 1
        return self.world.signed_bundle(
            self.key,
            self.public,
            records,
            conference_id=self.world.conference_id,
            tables=(self.table,),
            signer_name=self.name,
            sequence=self.sequence,
            origin=origin or self.origin,
        )


def _imported(workspace, bundle: bytes, shown: str = "ok.rbz"):
    receipt = import_data(workspace, bundle, shown)
    assert receipt.status == IMPORTED, receipt
    return receipt


def _refused(world, workspace, bundle: bytes, check: str = "origin"):
    before = world.snapshot(workspace)
    receipt = import_data(workspace, bundle, "forged.rbz")
    assert receipt.status == REFUSED and receipt.check == check, receipt
    assert world.snapshot(workspace) == before
    return receipt


@pytest.fixture
def bo(world, secretariat) -> Laptop:
    """A spare laptop of Anna's table 3."""
    return Laptop(world, secretariat, "Bo Ek", BO_ORIGIN, world.table)


def test_a_laptops_own_bundle_binds_its_origin_to_its_key(world, secretariat) -> None:
    origin = anna_origin(world)
    assert bound_key(secretariat.store, origin) is None
    _imported(secretariat, world.table_bundle)
    assert bound_key(secretariat.store, origin).public_key == world.chair_public_key


def test_a_key_cannot_say_its_bundle_was_made_in_another_laptops_workspace(world, secretariat, bo) -> None:
    _imported(secretariat, world.table_bundle)
    receipt = _refused(world, secretariat, bo.bundle(live_notes(world), origin=anna_origin(world)))
    assert anna_origin(world) in receipt.reason


def test_a_key_cannot_say_its_bundle_was_made_in_this_workspace(world, secretariat) -> None:
    bundle = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        world.table_records(),
        conference_id=world.conference_id,
        origin=secretariat.store.origin,
    )
    _refused(world, secretariat, bundle)


def test_another_chair_of_the_table_cannot_overwrite_as_the_laptop_to_hide_the_conflict(
    world, secretariat, bo
) -> None:
    """Bo replaces Anna's text and stamps it as Anna's own next edit: it would look sequential."""
    _imported(secretariat, world.table_bundle)
    note = edited(live_notes(world)[0], LATER, anna_origin(world), text="Bo skriver över Annas text")
    receipt = _refused(world, secretariat, bo.bundle([note]), "relay")
    assert "own earlier edit" in receipt.reason


def test_a_chair_cannot_make_up_an_edit_the_laptops_own_later_edits_do_not_show(
    world, secretariat, bo
) -> None:
    """Evidence for merge made up: a stamp of Anna's at a moment whose state of hers is already here."""
    anna, key = anna_origin(world), world.chair_key()
    _imported(secretariat, world.table_bundle)
    note = live_notes(world)[0]
    notes.edit_note(secretariat.store, note["id"], kind="action")  # the secretariat corrects the kind
    later = edited(copy.deepcopy(note), LATEST, anna, text="Annas senare text")
    _imported(
        secretariat,
        world.signed_bundle(
            key, world.chair_public_key, [later], conference_id=world.conference_id, sequence=2, origin=anna
        ),
    )
    made_up = copy.deepcopy(later)
    made_up["fields"]["kind"] = "guiding-word"
    made_up["stamps"]["kind"] = [LATER, anna]  # after the correction, before Anna's own latest edit
    receipt = _refused(world, secretariat, bo.bundle([made_up]), "relay")
    assert "do not show" in receipt.reason


def test_a_chair_cannot_relay_edits_of_a_chair_of_another_table(world, secretariat) -> None:
    carl = Laptop(world, secretariat, "Carl Nilsson", CARL_ORIGIN, 4)
    own = edited(live_notes(world)[0], LATER, CARL_ORIGIN, table_number=4, text="Bord 4 har ordet")
    own["id"] = str(uuid.uuid4())
    own["stamps"] = {name: [LATER, CARL_ORIGIN] for name in own["stamps"]}
    _imported(secretariat, carl.bundle([own]))
    assert bound_key(secretariat.store, CARL_ORIGIN).public_key == carl.public
    forged = edited(live_notes(world)[0], LATER, CARL_ORIGIN, text="Carl sade detta vid bord 3")
    anna = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        [forged],
        conference_id=world.conference_id,
        origin=anna_origin(world),
    )
    receipt = _refused(world, secretariat, anna)
    assert "not trusted here as chair of table 3" in receipt.reason


def test_a_chair_cannot_stamp_as_the_secretariat_on_a_laptop_that_opened_its_pack(world, chair) -> None:
    """On Anna's laptop the secretariat's origin is not this workspace's own, yet it is bound to the
    key that signed the pack: a second laptop of the table may not write as the secretariat there."""
    pack = json.loads(dict(world.members_of(world.pack_bundle))["manifest.json"])
    secretariat_origin = pack["created"]["origin"]
    assert bound_key(chair.store, secretariat_origin).public_key == world.secretariat_public_key
    bo = Laptop(world, chair, "Bo Ek", BO_ORIGIN, world.table)
    table = copy.deepcopy(next(r for r in world.table_records() if r["type"] == "table"))
    table = edited(table, LATER, secretariat_origin, participants=99)
    receipt = _refused(world, chair, bo.bundle([table]))
    assert "secretariat" in receipt.reason


def test_a_spare_laptop_relays_the_main_laptops_edits_before_its_own_bundle_arrives(
    world, secretariat, bo
) -> None:
    records = copy.deepcopy(world.table_records())
    own = next(r for r in records if r["type"] == "note" and not r["deleted"])
    edited(own, LATER, BO_ORIGIN, text="Reservdatorn skrev vidare")
    _imported(secretariat, bo.bundle(records), "spare.rbz")
    _imported(secretariat, world.table_bundle, "main.rbz")  # the main laptop's own bundle, later
    assert bound_key(secretariat.store, anna_origin(world)).public_key == world.chair_public_key
    assert secretariat.store.get("note", own["id"])["text"] == "Reservdatorn skrev vidare"


def test_a_spare_laptop_relays_a_note_the_main_laptop_wrote_after_its_last_bundle(
    world, secretariat, bo
) -> None:
    anna = anna_origin(world)
    _imported(secretariat, world.table_bundle)
    late = live_notes(world)[0]
    late["id"] = str(uuid.uuid4())
    late["fields"]["text"] = "Skrivet på huvuddatorn efter exporten"
    late["stamps"] = {name: [LATER, anna] for name in late["stamps"]}
    late["rev"], late["origin"] = LATER, anna
    _imported(secretariat, bo.bundle([late]), "spare.rbz")
    assert secretariat.store.get("note", late["id"])["text"] == "Skrivet på huvuddatorn efter exporten"


def test_a_relayed_edit_made_without_seeing_a_correction_shows_as_a_conflict(world, secretariat, bo) -> None:
    anna = anna_origin(world)
    _imported(secretariat, world.table_bundle)
    note = live_notes(world)[0]
    notes.edit_note(secretariat.store, note["id"], text="Rättat av kansliet")
    relayed = edited(note, LATEST, anna, text="Annas egen ändring, gjord utan att se rättelsen")
    receipt = _imported(secretariat, bo.bundle([relayed]), "spare.rbz")
    assert receipt.counts["conflicts"] == 1


def test_a_refused_relay_is_taken_once_the_laptops_own_bundle_brought_its_edit(
    world, secretariat, bo
) -> None:
    """The refusal's remedy works: after Anna's own export, Bo's relay of her later edit is no news."""
    anna = anna_origin(world)
    _imported(secretariat, world.table_bundle)
    later = edited(live_notes(world)[0], LATER, anna, text="Annas senare text")
    relay = bo.bundle([later])
    _refused(world, secretariat, relay, "relay")
    own = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        [later],
        conference_id=world.conference_id,
        sequence=2,
        origin=anna,
    )
    _imported(secretariat, own, "anna-2.rbz")
    _imported(secretariat, relay, "spare.rbz")
    assert secretariat.store.get("note", later["id"])["text"] == "Annas senare text"


@pytest.mark.parametrize("unbound", [3, 70])  # below and above the origins looked up one by one first
def test_one_origin_of_another_key_among_origins_bound_to_none_is_still_refused(
    world, secretariat, unbound: int
) -> None:
    """Origins bound to no key here let the origin check skip the store's records; one origin of
    another table's chair among them does not."""
    carl = Laptop(world, secretariat, "Carl Nilsson", CARL_ORIGIN, 4)
    own = edited(live_notes(world)[0], LATER, CARL_ORIGIN, table_number=4, text="Bord 4 har ordet")
    own["id"] = str(uuid.uuid4())
    own["stamps"] = {name: [LATER, CARL_ORIGIN] for name in own["stamps"]}
    _imported(secretariat, carl.bundle([own]))
    relayed = []
    for index in range(unbound):
        note = edited(live_notes(world)[0], LATER, f"{index:016x}", text=f"Relä {index}")
        note["id"] = str(uuid.uuid4())
        note["stamps"] = {name: [LATER, f"{index:016x}"] for name in note["stamps"]}
        relayed.append(note)
    forged = edited(live_notes(world)[0], LATER, CARL_ORIGIN, text="Carl sade detta vid bord 3")
    anna = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        [*relayed, forged],
        conference_id=world.conference_id,
        origin=anna_origin(world),
    )
    receipt = _refused(world, secretariat, anna)
    assert "not trusted here as chair of table 3" in receipt.reason
    # the same notes without the forged one are relays of origins bound to nobody: taken
    _imported(
        secretariat,
        world.signed_bundle(
            world.chair_key(),
            world.chair_public_key,
            relayed,
            conference_id=world.conference_id,
            origin=anna_origin(world),
        ),
    )
    assert secretariat.store.get("note", relayed[-1]["id"])["text"] == f"Relä {unbound - 1}"

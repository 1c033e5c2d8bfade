"""Collect's verdict is the import's: a trusted bundle the import refuses for what this store holds
(an origin of another key, a relay over an origin's own edit) is listed as "will be refused" with the
same check and reason, never as ready; once the remedy is done, both say ready/imported."""

from __future__ import annotations

from pathlib import Path

from app.bundles.importer import IMPORTED, REFUSED, import_files
from app.bundles.inbox import READY, WILL_REFUSE, scan_paths

from . import test_origin_binding
from .hostile_set import anna_origin as _anna_origin
from .hostile_set import edited as _stamp
from .hostile_set import live_notes as _notes
from .test_origin_binding import LATER, _imported

bo = test_origin_binding.bo  # the fixture: a spare laptop of Anna's table, trusted as its chair


def _file(tmp_path: Path, name: str, bundle: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(bundle)
    return path


def _collect_then_import(world, secretariat, path: Path, check: str):
    """Collect's entry for the file, then the import's receipt: the same refusal, the store unchanged."""
    [entry] = scan_paths(secretariat, [path])
    assert entry.state == WILL_REFUSE and entry.check == check, entry
    before = world.snapshot(secretariat)
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == REFUSED and receipt.check == check, receipt
    assert entry.reason == receipt.reason
    assert world.snapshot(secretariat) == before
    return entry


def test_a_bundle_claiming_another_keys_workspace_is_listed_as_refused(world, secretariat, bo, tmp_path):
    _imported(secretariat, world.table_bundle)
    path = _file(tmp_path, "bo-som-anna.rbz", bo.bundle(_notes(world), origin=_anna_origin(world)))
    entry = _collect_then_import(world, secretariat, path, "origin")
    assert _anna_origin(world) in entry.reason


def test_a_relay_over_the_laptops_own_edit_is_listed_as_refused_until_its_own_bundle_came(
    world, secretariat, bo, tmp_path
):
    anna = _anna_origin(world)
    _imported(secretariat, world.table_bundle)
    later = _stamp(_notes(world)[0], LATER, anna, text="Annas senare text – ”bussen går 7.15”")
    relay = _file(tmp_path, "reserv.rbz", bo.bundle([later]))
    entry = _collect_then_import(world, secretariat, relay, "relay")
    assert "Import the bundles of that key first" in entry.reason
    own = world.signed_bundle(
        world.chair_key(), world.chair_public_key, [later], conference_id=world.conference_id, sequence=2,
        origin=anna,
    )  # fmt: skip
    _imported(secretariat, own, "anna-2.rbz")
    [entry] = scan_paths(secretariat, [relay])
    assert entry.state == READY, entry
    assert [r.status for r in import_files(secretariat, [relay])] == [IMPORTED]

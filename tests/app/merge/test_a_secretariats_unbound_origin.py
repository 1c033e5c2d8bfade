"""A secretariat's workspace bound to no key here yet is still never a chair's former one.

The secretariat's own bundles bind its origin to its key (app/bundles/origins.py: `bind`), but its edits
also reach a store in a colleague's follow-up, before any bundle of its own has. There its origin is bound
to no key, and an origin bound to no key counted as any chair's former workspace: a chair's bundle naming
it as `former` (or, older, naming no origin at all: then every unbound origin it carries counted as hers)
vouched for the secretariat's relayed state as for her own, so the base rev and stamp she set there made
the secretariat's correction pass for one written after a concurrent value, and that value was dropped
without a conflict (`forged_relay`: the follow-up is the plain `_send`). What this store holds says
otherwise: only a secretariat writes a conference's own records (app/bundles/permissions.py), so an origin
stamped on one is a secretariat's (app/bundles/secretariat_origins.py). A chair's own former workspace
writes none, so it still counts as hers.
"""

from __future__ import annotations

import base64
import copy
from pathlib import Path

import pytest

from app import notes
from app.bundles import trust as trust_list
from app.bundles.format import key_id_for
from app.bundles.identity import create_identity
from app.bundles.importer import import_files
from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _records
from tests.app.merge.test_edits_here_weigh_conflicts import _open, _send
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, Forgery, _imported, forged_relay
from tests.clocks import edits_after


def _bound(f: Forgery) -> set[str]:
    rows = f.third.store.conn.execute("SELECT origin FROM origin_keys").fetchall()
    return {row[0] for row in rows}


def _bound_to_a_co_chair(f: Forgery) -> None:
    """What the value's writer's own export leaves at the third store when it is the table's other
    laptop (a co-chair's): its origin bound to a key trusted as chair of the table. Relay rule 1 lets
    the chair bring that laptop's stamps (origins.py), so only the evident-parent filter stands."""
    key = create_identity(f.colleague, "Bo Ek")
    encoded = base64.b64encode(key.public_key).decode()
    with f.third.store.transaction():
        f.third.store.conn.execute(
            "INSERT INTO origin_keys (origin, key_id, public_key, bundle_id, bound_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (f.colleague.store.origin, key_id_for(key.public_key), encoded, "b", "2026-12-05T00:00:00Z"),
        )
    trust_list.add(f.third.store, key.public_key, "Bo Ek", "chair", f.chair.conference_id, f.chair.table)


@pytest.mark.parametrize("route", ["former-evident-parent", "former-seen-claim", "older-bundle"])
def test_a_chair_cannot_vouch_for_a_secretariats_state_while_its_origin_is_bound_to_no_key(
    route: str, backend: str, tmp_path: Path, request
) -> None:
    with forged_relay(backend, tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        assert kansli_origin not in _bound(f)  # the secretariat's edits came in a colleague's follow-up
        _bound_to_a_co_chair(f)
        if route == "former-evident-parent":
            _imported(f.third, f.chair.signs([f.forged], former=(kansli_origin,)))
        elif route == "older-bundle":  # no created.origin: the unbound origins it carries were all hers
            _imported(f.third, f.chair.signs([f.forged], older=True))
        else:
            claimed = {**f.sent, "seen": [f.theirs_stamp]}
            [receipt] = import_files(f.third, [f.chair.signs([claimed], former=(kansli_origin,))])
            assert (receipt.status, receipt.check) == ("refused", "origin"), receipt.reason
            assert receipt.why is not None and receipt.why.code == "record-seen-relayed"
        held = f.third.store.require(NOTE_TEXT.type_name, f.record_id)
        assert held[NOTE_TEXT.field] == f.open_conflict[0][1]
        assert _open(f.third.store, f.record_id) == f.open_conflict  # before: [] (the other text lost)
        assert kansli_origin not in _bound(f)  # naming it bound it to nobody


def test_a_chairs_own_former_workspace_bound_to_no_key_still_counts_as_hers(
    backend: str, tmp_path: Path, request
) -> None:
    """Her laptop's key was lost before it ever exported: her former workspace is bound to no key here
    and wrote nothing only a secretariat writes. Her new laptop's export names it and carries its edit
    of the colleague's text with its claim of having seen that text: taken, and no conflict opens,
    although the store knows the secretariat's unbound origin (it made the conference)."""
    with forged_relay(backend, tmp_path, request) as f:
        old = Workspace.create(tmp_path / "gammal", "chair")
        try:
            _send(f.colleague.store, old.store)  # what her old laptop had from its pack
            edits_after(old.store, f.third.store)
            notes.edit_note(old.store, f.record_id, text="Bussen går för sällan, även på helgerna")
            [mine] = [copy.deepcopy(r) for r in _records(old.store) if r["id"] == f.record_id]
        finally:
            old.close()
        assert mine["origin"] not in _bound(f) and mine.get("seen")  # it had seen the colleague's text
        _imported(f.third, f.chair.signs([mine], former=(mine["origin"],)))
        assert f.third.store.require("note", f.record_id)["text"] == "Bussen går för sällan, även på helgerna"
        # the correction she never saw stays open against her text; the colleague's, which she saw, does not
        assert [c[2] for c in _open(f.third.store, f.record_id)] == [f.open_conflict[0][1]]


@pytest.mark.xfail(strict=True, reason="what remains: a value whose writer is bound to no key here either")
@pytest.mark.parametrize("route", ["older-bundle", "former-naming-the-writer"])
def test_a_chair_still_vouches_for_an_unbound_writers_value_it_drops(
    route: str, tmp_path: Path, request
) -> None:
    """What remains (docs/ARCHITECTURE.md): when the dropped value's writer is bound to no key here
    either (its edit too came only in someone else's bundle) and wrote nothing only a secretariat
    writes, an older bundle (no created.origin) vouches for it as the chair's own, and so does a
    `former` naming it. Nothing this store holds tells that origin from a chair's lost laptop."""
    with forged_relay("sqlite", tmp_path, request) as f:
        writer = f.colleague.store.origin
        assert writer not in _bound(f)
        older = route == "older-bundle"
        _imported(f.third, f.chair.signs([f.forged], former=() if older else (writer,), older=older))
        assert _open(f.third.store, f.record_id) == f.open_conflict

"""A chair's export names her former workspaces (`created.former`); only those the succession rules let
be hers count as hers (app/bundles/succession.py: own_origins). Naming a secretariat's workspace gives
her relay of its state no more weight than any relay: neither its evident parent nor a `seen` claim on
it can make the secretariat's correction pass for one made after a colleague's concurrent value."""

from __future__ import annotations

import base64
import copy
from pathlib import Path

import pytest

from app.bundles import trust as trust_list
from app.bundles.format import key_id_for
from app.bundles.identity import create_identity
from app.bundles.importer import import_files
from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _colleague_writes, _records
from tests.app.merge.test_edits_here_weigh_conflicts import _open, _send
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, _Chair, _imported
from tests.clocks import edits_after


def _bound_as_a_secretariat(third: Workspace, secretariat: Workspace) -> None:
    """What the secretariat's own signed follow-up leaves at the third store: its origin bound to its
    key, and that key trusted as a secretariat."""
    key = create_identity(secretariat, "Kansliet")
    third.store.conn.execute(
        "INSERT INTO origin_keys (origin, key_id, public_key, bundle_id, bound_at) VALUES (?, ?, ?, ?, ?)",
        (
            secretariat.store.origin,
            key_id_for(key.public_key),
            base64.b64encode(key.public_key).decode(),
            "b",
            "2026-12-05T00:00:00Z",
        ),
    )
    trust_list.add(third.store, key.public_key, "Kansliet", "secretariat", None, None)
    third.store.conn.commit()


@pytest.mark.parametrize("route", ["evident-parent", "seen-claim"])
def test_a_chair_naming_the_secretariats_workspace_as_her_former_one_cannot_hide_a_colleagues_value(
    route: str, tmp_path: Path
) -> None:
    case = NOTE_TEXT
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    third = Workspace.create(tmp_path / "tredje", "secretariat")
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        edits_after(kansli.store, colleague.store)
        case.edit(kansli.store, conference_id, key, correction)  # concurrent: it never saw theirs
        _send(kansli.store, third.store)
        _send(colleague.store, third.store)
        assert _open(third.store, record_id) == [(case.field, correction, theirs)]
        _bound_as_a_secretariat(third, kansli)
        theirs_stamp = list(colleague.store.require(case.type_name, record_id)["stamps"][case.field])
        table = third.store.require("note", record_id)["table_number"]
        chair = _Chair(tmp_path, third, conference_id, table)
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        if route == "evident-parent":
            forged["base_rev"] = theirs_stamp[0]
            forged["stamps"]["votes"] = theirs_stamp
            _imported(third, chair.signs([forged], former=(kansli.store.origin,)))
        else:
            forged["seen"] = [theirs_stamp]
            [receipt] = import_files(third, [chair.signs([forged], former=(kansli.store.origin,))])
            assert (receipt.status, receipt.check) == ("refused", "origin")
            assert receipt.why is not None and receipt.why.code == "record-seen-relayed"
        assert third.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(third.store, record_id) == [(case.field, correction, theirs)]  # the value stays
    finally:
        third.close()
        colleague.close()
        kansli.close()


def test_a_chair_naming_the_receiving_stores_own_workspace_as_her_former_one_cannot_claim_for_it(
    tmp_path: Path,
) -> None:
    """At the secretariat itself: its own origin is never a chair's former workspace, so a `seen` claim
    on its relayed state is refused as any relay's claim is."""
    case = NOTE_TEXT
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        edits_after(kansli.store, colleague.store)
        case.edit(kansli.store, conference_id, key, case.values[2])
        theirs_stamp = list(colleague.store.require(case.type_name, record_id)["stamps"][case.field])
        table = kansli.store.require("note", record_id)["table_number"]
        chair = _Chair(tmp_path, kansli, conference_id, table)
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        forged["seen"] = [theirs_stamp]
        [receipt] = import_files(kansli, [chair.signs([forged], former=(kansli.store.origin,))])
        assert (receipt.status, receipt.check) == ("refused", "origin")
        assert receipt.why is not None and receipt.why.code == "record-seen-relayed"
    finally:
        colleague.close()
        kansli.close()

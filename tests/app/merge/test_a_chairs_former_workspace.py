"""A chair's export names her former workspaces (`created.former`); only those the succession rules let
be hers count as hers (app/bundles/succession.py: own_origins). Naming a secretariat's workspace gives
her relay of its state no more weight than any relay: neither its evident parent nor a `seen` claim on
it can make the secretariat's correction pass for one made after a colleague's concurrent value."""

from __future__ import annotations

import base64
import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.bundles import trust as trust_list
from app.bundles.format import KIND_TABLE, key_id_for
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.importer import import_files
from app.bundles.writer import assemble, build_manifest, records_bytes
from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _colleague_writes, _records
from tests.app.merge.test_edits_here_weigh_conflicts import _open, _send
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, _Chair, _imported
from tests.clocks import edits_after


class _NamingFormer(_Chair):
    def signs_naming(self, records: list[dict[str, Any]], former: list[str]) -> Path:
        """Her table export, really signed, whose `created.former` names the given origins."""
        self.sequence += 1
        data = records_bytes(records)
        manifest = build_manifest(
            kind=KIND_TABLE,
            signer_name="Anna Berg",
            public_key=self.key.public_key,
            conference_id=self.conference_id,
            tables=(self.table,),
            records=records,
            records_data=data,
            sequence=self.sequence,
            previous=None,
            created_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            created_hlc=str(self.laptop.store.tick()),
            origin=self.laptop.store.origin,
            former=former,
        )
        path = self.tmp_path / f"bord-{self.sequence}.rbz"
        path.write_bytes(assemble(load_signing_key(self.laptop), manifest, data)[0])
        return path


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
        chair = _NamingFormer(tmp_path, third, conference_id, table)
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        if route == "evident-parent":
            forged["base_rev"] = theirs_stamp[0]
            forged["stamps"]["votes"] = theirs_stamp
            _imported(third, chair.signs_naming([forged], [kansli.store.origin]))
        else:
            forged["seen"] = [theirs_stamp]
            [receipt] = import_files(third, [chair.signs_naming([forged], [kansli.store.origin])])
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
        chair = _NamingFormer(tmp_path, kansli, conference_id, table)
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        forged["seen"] = [theirs_stamp]
        [receipt] = import_files(kansli, [chair.signs_naming([forged], [kansli.store.origin])])
        assert (receipt.status, receipt.check) == ("refused", "origin")
        assert receipt.why is not None and receipt.why.code == "record-seen-relayed"
    finally:
        colleague.close()
        kansli.close()

"""A secretariat's workspace bound to no key here yet is still never a chair's former one.

The secretariat's own bundles bind its origin to its key (app/bundles/origins.py: `bind`), but its edits
also reach a store in a colleague's follow-up, before any bundle of its own has. There its origin is bound
to no key, and an origin bound to no key counted as any chair's former workspace: a chair's bundle naming
it as `former` (or, older, naming no origin at all: then every unbound origin it carries counted as hers)
vouched for the secretariat's relayed state as for her own, so the base rev and stamp she set there made
the secretariat's correction pass for one written after a colleague's concurrent value, and that value was
dropped without a conflict (`forged_relay`: the colleague's follow-up is the plain `_send`). What this
store holds says otherwise: only a secretariat writes a conference's own records (app/bundles/
permissions.py), so an origin stamped on one is a secretariat's (app/bundles/secretariat_origins.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles.importer import import_files
from tests.app.merge.test_edits_here_weigh_conflicts import _open
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, _imported, forged_relay


@pytest.mark.xfail(strict=True, reason="the probe: the forgery works today")
@pytest.mark.parametrize("route", ["former-evident-parent", "former-seen-claim", "older-bundle"])
def test_a_chair_cannot_vouch_for_a_secretariats_state_while_its_origin_is_bound_to_no_key(
    route: str, backend: str, tmp_path: Path, request
) -> None:
    with forged_relay(backend, tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        bound = f.third.store.conn.execute(
            "SELECT count(*) FROM origin_keys WHERE origin = ?", (kansli_origin,)
        ).fetchone()[0]
        assert bound == 0  # the secretariat's edits came in a colleague's follow-up only
        if route == "former-evident-parent":
            _imported(f.third, f.chair.signs([f.forged], former=(kansli_origin,)))
        elif route == "older-bundle":
            _imported(f.third, f.chair.signs([f.forged], older=True))
        else:
            claimed = {**f.sent, "seen": [f.theirs_stamp]}
            [receipt] = import_files(f.third, [f.chair.signs([claimed], former=(kansli_origin,))])
            assert (receipt.status, receipt.check) == ("refused", "origin"), receipt.reason
            assert receipt.why is not None and receipt.why.code == "record-seen-relayed"
        assert (
            f.third.store.require(NOTE_TEXT.type_name, f.record_id)[NOTE_TEXT.field] == f.open_conflict[0][1]
        )
        assert _open(f.third.store, f.record_id) == f.open_conflict  # before: [] (the colleague's text lost)

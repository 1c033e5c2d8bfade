"""Open: a chair can vouch for a secretariat's state while its origin is bound to no key here.

The secretariat's own bundles bind its origin to its key (app/bundles/origins.py: `bind`), but its edits
also reach a store in a colleague's follow-up, before any bundle of its own has. There its origin is bound
to no key, and an origin bound to no key counts as a chair's own workspace when her bundle names it so
(succession.own_origins): her lost laptop that never exported is bound to no key either, and nothing this
store holds tells the two apart. So the base rev and stamp she sets on the secretariat's relayed state
make its correction pass for one written after a concurrent value, which is dropped without a conflict
(`forged_relay`: the follow-up is the plain `_send`).

Each route is a strict xfail for a store that has received no pack naming the secretariats' origins
(`secretariat_origins`, app/bundles/team_origins.py): this release reads that signed word and writes
it only into a colleague's follow-up that names `requires` (docs/ARCHITECTURE.md, "What remains
open"). In a store that has received it the same routes are refused or vouch for nothing:
test_a_secretariats_named_origins.py. A rule that read the evidence from stamps the store holds was
taken out, because chairs' bundles can bring or change those stamps and it refused honest exports
(test_honest_unbound_formers.py).
"""

from __future__ import annotations

import base64

import pytest

from app.bundles import export_pack
from app.bundles import trust as trust_list
from app.bundles.format import key_id_for
from app.bundles.identity import create_identity
from app.bundles.importer import import_files
from tests.app.merge.test_edits_here_weigh_conflicts import _open
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, Forgery, _imported, forged_relay

OPEN = (
    "open: an origin bound to no key here may be a chair's lost laptop that never exported, and nothing "
    "this store holds tells a secretariat's from it until a pack naming the secretariats' origins has "
    "come, which only a colleague's follow-up carrying an omit does yet (docs/ARCHITECTURE.md)"
)


def _bound(f: Forgery) -> dict[str, str]:
    rows = f.third.store.conn.execute("SELECT origin, key_id FROM origin_keys").fetchall()
    return {row[0]: row[1] for row in rows}


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


def _signed_by_route(f, route: str, kansli_origin: str, claimed: dict):
    """The chair's bundle carrying the forged correction by `route`: naming the secretariat's origin
    as a former one of hers (with the evident parent or a claim to have seen the colleague's text), as
    an older bundle, or naming it as her home."""
    return {
        "former-evident-parent": lambda: f.chair.signs([f.forged], former=(kansli_origin,)),
        "former-seen-claim": lambda: f.chair.signs([claimed], former=(kansli_origin,)),
        "older-bundle": lambda: f.chair.signs([f.forged], older=True),
        "home-origin": lambda: f.chair.signs([claimed], home=kansli_origin),
    }[route]()


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=OPEN)
@pytest.mark.parametrize(
    "route", ["former-evident-parent", "former-seen-claim", "older-bundle", "home-origin"]
)
def test_a_chair_cannot_vouch_for_a_secretariats_state_while_its_origin_is_bound_to_no_key(
    route: str, tmp_path, request
) -> None:
    """`former` naming the secretariat's origin; the same with a `seen` claim on its state; an export
    with no `created.origin` (every unbound origin it carries counts as hers); and `created.origin`
    naming it as her home. What would be sound: the bundle refused (check `origin`), or the conflict
    left open. What happens: imported, and the colleague's text is gone with no conflict."""
    with forged_relay("sqlite", tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        assert kansli_origin not in _bound(f)  # the secretariat's edits came in a colleague's follow-up
        _bound_to_a_co_chair(f)
        claimed = {**f.sent, "seen": [f.theirs_stamp]}  # the correction "had seen" the colleague's text
        path = _signed_by_route(f, route, kansli_origin, claimed)
        [receipt] = import_files(f.third, [path])
        if receipt.status != "refused":
            held = f.third.store.require(NOTE_TEXT.type_name, f.record_id)
            assert held[NOTE_TEXT.field] == f.open_conflict[0][1]
            assert _open(f.third.store, f.record_id) == f.open_conflict  # now: [] (the other text lost)
        else:
            assert receipt.check == "origin", receipt.reason


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=OPEN)
def test_a_chair_naming_a_secretariats_unbound_origin_as_home_does_not_cut_the_secretariat_off(
    tmp_path, request
) -> None:
    """Her bundle names the secretariat's origin as its own, with nothing forged in its records. What
    happens: the store binds that origin to her key, and the secretariat's own next pack, which names
    it, is refused here (`origin-home`): one chair cuts a secretariat off from a colleague store."""
    with forged_relay("sqlite", tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        sent = {k: v for k, v in f.sent.items() if k != "seen"}
        import_files(f.third, [f.chair.signs([sent], home=kansli_origin)])
        key = create_identity(f.kansli, "Kansliet")
        trust_list.add(f.third.store, key.public_key, "Kansliet", "secretariat", None, None)
        pack = export_pack(f.kansli, f.chair.conference_id, tmp_path / "kansliets-paket.rbz").path
        [receipt] = import_files(f.third, [pack])
        assert _bound(f).get(kansli_origin) != f.chair.key.key_id
        assert receipt.status == "imported", receipt.reason


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=OPEN)
@pytest.mark.parametrize("route", ["older-bundle", "former-naming-the-writer"])
def test_a_chair_still_vouches_for_an_unbound_writers_value_it_drops(route: str, tmp_path, request) -> None:
    """When the dropped value's writer is bound to no key here either (its edit too came only in
    someone else's bundle), an older bundle (no created.origin) vouches for it as the chair's own, and
    so does a `former` naming it."""
    with forged_relay("sqlite", tmp_path, request) as f:
        writer = f.colleague.store.origin
        assert writer not in _bound(f)
        older = route == "older-bundle"
        _imported(f.third, f.chair.signs([f.forged], former=() if older else (writer,), older=older))
        assert _open(f.third.store, f.record_id) == f.open_conflict

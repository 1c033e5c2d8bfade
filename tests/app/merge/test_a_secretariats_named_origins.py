"""A secretariat's signed word on its writers' origins closes what test_a_secretariats_unbound_origin.py
leaves open, in a store that has received it.

The secretariat's edits reached the third store only in a colleague's follow-up, so its origin is bound
to no key there. Another secretariat of the conference, which took the secretariat's own pack (so its
store binds that origin to the secretariat's key), signs a pack naming the origins it knows as
secretariats' writers (`secretariat_origins`, app/bundles/team_origins.py; written with the real
signer, as the release after this one will write it). From then on a chair's bundle naming such an
origin as home or former is refused (check `origin`), and one without `created.origin` does not vouch
for its states: the concurrent value stays as an open conflict. The third store runs on SQLite and on
PostgreSQL.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.bundles import export_pack, team_origins
from app.bundles import trust as trust_list
from app.bundles.identity import create_identity, own_public_key
from app.bundles.importer import import_files
from app.bundles.reader import read_bundle
from app.workspace import Workspace
from tests.app.merge.test_a_secretariats_unbound_origin import (
    _bound,
    _bound_to_a_co_chair,
    _signed_by_route,
)
from tests.app.merge.test_edits_here_weigh_conflicts import _open
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, Forgery, _imported, forged_relay


def _named_by_another_secretariat(f: Forgery, tmp_path: Path, monkeypatch, *about: Workspace) -> None:
    """Each of `about` (secretariats) sends its own pack to another secretariat of the conference, whose
    pack, naming its writers' origins, the third store then imports. Their origins stay bound to no key
    at the third store."""
    other = Workspace.create(tmp_path / "sekretariat-två", "secretariat")
    with closing(other):
        other_key = create_identity(other, "Sekretariat Två")
        for n, workspace in enumerate(about):
            key = create_identity(workspace, f"Sekretariat {n + 3}")
            trust_list.add(other.store, key.public_key, key.name, "secretariat", None, None)
            sent = export_pack(workspace, f.chair.conference_id, tmp_path / f"till-två-{n}.rbz").path
            _imported(other, sent)
        trust_list.add(f.third.store, other_key.public_key, "Sekretariat Två", "secretariat", None, None)
        monkeypatch.setattr(team_origins, "WRITES", True)
        pack = export_pack(other, f.chair.conference_id, tmp_path / "från-två.rbz").path
        monkeypatch.setattr(team_origins, "WRITES", False)
        named = read_bundle(pack.read_bytes()).secretariat_origins
        assert set(named) == {other.store.origin, *(w.store.origin for w in about)}
    _imported(f.third, pack)
    assert not {w.store.origin for w in about} & set(_bound(f))


@pytest.mark.parametrize(
    "route", ["former-evident-parent", "former-seen-claim", "older-bundle", "home-origin"]
)
def test_a_chair_cannot_vouch_for_a_secretariats_state_its_team_named(
    route: str, backend: str, tmp_path, request, monkeypatch
) -> None:
    """The routes of test_a_secretariats_unbound_origin.py once the store holds the secretariat's word:
    naming its origin refuses the bundle; an older export is imported and vouches for nothing of it."""
    with forged_relay(backend, tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        _bound_to_a_co_chair(f)
        _named_by_another_secretariat(f, tmp_path, monkeypatch, f.kansli)
        assert _open(f.third.store, f.record_id) == f.open_conflict  # the pack changed nothing of it
        claimed = {**f.sent, "seen": [f.theirs_stamp]}
        path = _signed_by_route(f, route, kansli_origin, claimed)
        [receipt] = import_files(f.third, [path])
        if route == "older-bundle":
            assert receipt.status == "imported", receipt.reason
        else:
            assert (receipt.status, receipt.check) == ("refused", "origin"), receipt.reason
            assert receipt.why is not None and receipt.why.code == "origin-secretariat-named"
            assert kansli_origin in receipt.reason
            assert "rundabord export --oldest-format" in receipt.reason  # what the chair can do
            assert receipt.why.params["key"] == _key_id(f.third, kansli_origin)  # whose pack to ask about
        held = f.third.store.require(NOTE_TEXT.type_name, f.record_id)
        assert held[NOTE_TEXT.field] == f.open_conflict[0][1]
        assert _open(f.third.store, f.record_id) == f.open_conflict


def test_a_chair_naming_a_named_origin_as_home_does_not_cut_the_secretariat_off(
    backend: str, tmp_path, request, monkeypatch
) -> None:
    """Her bundle naming the secretariat's origin as its own is refused, so the origin stays unbound and
    the secretariat's own next pack is imported and binds it to the secretariat's key."""
    with forged_relay(backend, tmp_path, request) as f:
        kansli_origin = f.kansli.store.origin
        _named_by_another_secretariat(f, tmp_path, monkeypatch, f.kansli)
        sent = {k: v for k, v in f.sent.items() if k != "seen"}
        [refusal] = import_files(f.third, [f.chair.signs([sent], home=kansli_origin)])
        assert (refusal.status, refusal.check) == ("refused", "origin"), refusal.reason
        assert kansli_origin not in _bound(f)
        trust_list.add(f.third.store, _public_key(f.kansli), "Kansliet", "secretariat", None, None)
        pack = export_pack(f.kansli, f.chair.conference_id, tmp_path / "kansliets-paket.rbz").path
        [receipt] = import_files(f.third, [pack])
        assert receipt.status == "imported", receipt.reason
        assert _bound(f)[kansli_origin] != f.chair.key.key_id


@pytest.mark.parametrize("route", ["older-bundle", "former-naming-the-writer"])
def test_a_chair_no_longer_vouches_for_a_named_writers_value_it_drops(
    route: str, backend: str, tmp_path, request, monkeypatch
) -> None:
    """The dropped value's writer is a secretariat bound to no key here too: once another secretariat's
    pack named both secretariats' origins, an older bundle vouches for neither as the chair's own, and a
    `former` naming the writer is refused; the conflict stays open either way."""
    with forged_relay(backend, tmp_path, request) as f:
        writer = f.colleague.store.origin
        _named_by_another_secretariat(f, tmp_path, monkeypatch, f.kansli, f.colleague)
        older = route == "older-bundle"
        path = f.chair.signs([f.forged], former=() if older else (writer,), older=older)
        [receipt] = import_files(f.third, [path])
        if older:
            assert receipt.status == "imported", receipt.reason
        else:
            assert (receipt.status, receipt.check) == ("refused", "origin"), receipt.reason
        assert _open(f.third.store, f.record_id) == f.open_conflict


def _public_key(workspace: Workspace) -> bytes:
    own = own_public_key(workspace.store)
    assert own is not None
    return own[1]


def _key_id(workspace: Workspace, origin: str) -> str:
    """The key of the pack that named the origin here (ask its secretariat, says the refusal)."""
    row = workspace.store.conn.execute(
        "SELECT key_id FROM secretariat_origins WHERE origin = ?", (origin,)
    ).fetchone()
    return row[0]

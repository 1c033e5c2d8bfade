"""The key list's service (app/bundles/key_list.py): one row a key with all its grants and its imported
bundles; this workspace's own key listed first and never renamed or revoked through it; a revocation
needs its reason, keeps it, and `trust remove --reason` says it in `trust list`."""

from __future__ import annotations

import pytest

from app.bundles import key_list, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.errors import Said
from app.workspace import Workspace


@pytest.fixture
def office(tmp_path):
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(workspace, "Kansliet")
    conference_id = ensure_demo(workspace.store)
    laptop = Workspace.create(tmp_path / "laptop")
    create_identity(laptop, "Karin Sjöström")
    key = require_identity(laptop).public_key
    laptop.close()
    trust.add(workspace.store, key, "Karin Sjöström", "chair", conference_id, 7)
    trust.add(workspace.store, key, "Karin Sjöström", "chair", conference_id, 8)
    yield workspace, conference_id, require_identity(workspace).key_id
    workspace.close()


def test_one_row_a_key_the_own_key_first(office):
    workspace, conference_id, own = office
    first, karin = key_list.keys(workspace.store)
    assert first.own and first.key_id == own and first.grants == (trust.Grant(trust.SECRETARIAT),)
    assert karin.name == "Karin Sjöström" and not karin.own and karin.bundles == 0
    assert karin.grants == (trust.Grant("chair", conference_id, 7), trust.Grant("chair", conference_id, 8))
    assert karin.fingerprint.replace(" ", "").startswith(karin.key_id)


def test_the_own_key_is_refused_and_a_revocation_keeps_its_reason(office, capsys):
    workspace, _conference_id, own = office
    store = workspace.store
    with pytest.raises(Said) as renamed:
        key_list.rename(store, own, "Någon annan")
    assert renamed.value.why.code == "own-key-rename"
    with pytest.raises(Said) as revoked:
        key_list.revoke(store, own[:8], "för att")
    assert revoked.value.why.code == "own-key-revoke"
    karin = key_list.keys(store)[1].key_id
    with pytest.raises(Said) as bare:
        key_list.revoke(store, karin, "   ")
    assert bare.value.why.code == "revoke-needs-reason"
    assert [r.key_id for r in key_list.keys(store)] == [own, karin]  # nothing revoked so far

    from app.cli import main

    workspace.close()
    argv = ["--workspace", str(workspace.dir)]
    assert main([*argv, "trust", "remove", karin[:10], "--reason", "laptop stolen"]) == 0
    assert main([*argv, "trust", "list"]) == 0
    listed = capsys.readouterr().out
    assert listed.count(": laptop stolen)") == 2  # both of its grants, each with the reason
    again = Workspace(workspace.dir)
    assert [r.key_id for r in key_list.keys(again.store)] == [own]
    again.close()

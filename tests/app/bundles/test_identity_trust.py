"""Identities (key files, passphrases, key cards) and the trust list."""

from __future__ import annotations

import base64
import json
import stat

import pytest

from app.bundles import trust
from app.bundles.format import key_id_for
from app.bundles.identity import (
    NoIdentity,
    PassphraseNeeded,
    create_identity,
    export_keycard,
    find_identity,
    load_signing_key,
    read_keycard,
    require_identity,
)
from app.errors import NotFound, UserError
from app.workspace import Workspace

# A real public key (of a key pair made once for this module): trusting checks it is a usable point.
_SOME_KEY = base64.b64decode("IWWgdusrYcIEQinTPk0NaQUKFF154ZAEmS0jo9bcqyo=")


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "ws")
    yield ws
    ws.close()


def test_create_writes_a_private_key_only_its_owner_can_read(workspace) -> None:
    identity = create_identity(workspace, "  Anna Berg ")
    assert identity.name == "Anna Berg"
    key_file = workspace.keys_dir / "identity.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in key_file.read_bytes() and b"ENCRYPTED" not in key_file.read_bytes()
    assert not list(workspace.keys_dir.glob("*.part"))
    assert find_identity(workspace) == identity
    assert len(identity.key_id) == 16 and identity.key_id == key_id_for(identity.public_key)
    key = load_signing_key(workspace)
    assert key.sign(b"x")


def test_a_second_identity_is_refused(workspace) -> None:
    create_identity(workspace, "Anna")
    with pytest.raises(UserError, match="already has an identity"):
        create_identity(workspace, "Bertil")


def test_an_empty_name_is_refused(workspace) -> None:
    with pytest.raises(UserError, match="needs a name"):
        create_identity(workspace, "   ")
    assert find_identity(workspace) is None


def test_passphrase_protected_key(workspace) -> None:
    identity = create_identity(workspace, "Kansliet", passphrase="hemligt lösenord")
    assert identity.encrypted
    assert b"ENCRYPTED" in (workspace.keys_dir / "identity.key").read_bytes()
    with pytest.raises(PassphraseNeeded, match="--passphrase-file"):
        load_signing_key(workspace)
    with pytest.raises(PassphraseNeeded, match="wrong passphrase"):
        load_signing_key(workspace, "fel")
    assert load_signing_key(workspace, "hemligt lösenord")


def test_no_identity_names_the_command_to_make_one(workspace) -> None:
    with pytest.raises(NoIdentity, match="rundabord identity create --name NAME"):
        require_identity(workspace)


def test_keycard_round_trip_and_tampering(workspace, tmp_path) -> None:
    identity = create_identity(workspace, "Anna Berg")
    card = tmp_path / "anna.keycard"
    export_keycard(workspace, card)
    assert read_keycard(card) == identity.__class__(identity.name, identity.public_key)
    data = json.loads(card.read_text())
    data["public_key"] = base64.b64encode(b"\x01" * 32).decode()
    card.write_text(json.dumps(data))
    with pytest.raises(UserError, match="altered"):
        read_keycard(card)
    card.write_text("not json")
    with pytest.raises(UserError, match="not a Rundabord key card"):
        read_keycard(card)
    data["version"] = 7
    card.write_text(json.dumps(data))
    with pytest.raises(UserError, match="newer Rundabord"):
        read_keycard(card)


def test_trust_grants_and_revocation(store) -> None:
    key = _SOME_KEY
    assert not trust.status(store, key).known
    entry = trust.add(store, key, "Anna", "chair", "c1", 3)
    assert trust.add(store, key, "Anna", "chair", "c1", 3) == entry  # the same grant twice: one row
    trust.add(store, key, "Anna", "chair", "c2", 1)
    status = trust.status(store, key)
    assert status.known and not status.is_secretariat
    assert {(g.conference_id, g.table_number) for g in status.grants} == {("c1", 3), ("c2", 1)}
    assert status.grants[0].covers("c1", 3) and not status.grants[0].covers("c1", 4)
    revoked = trust.remove(store, entry.key_id[:8])
    assert len(revoked) == 2
    status = trust.status(store, key)
    assert status.revoked and not status.known and status.describe() == "revoked key"
    trust.add(store, key, "Anna", "chair", "c1", 3)  # trusted again on purpose
    assert trust.status(store, key).known


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("chair", None, None), "--conference ID and --table N"),
        (("secretariat", "c1", None), "leave out --conference"),
        (("boss", None, None), "unknown role"),
        (("chair", "c1", 0), "start at 1"),
    ],
)
def test_trust_add_refuses_a_muddled_grant(store, args, words) -> None:
    with pytest.raises(UserError, match=words):
        trust.add(store, _SOME_KEY, "Anna", *args)


def test_remove_an_unknown_key(store) -> None:
    with pytest.raises(NotFound):
        trust.remove(store, "0123456789abcdef")


def test_a_secretariat_workspace_trusts_its_own_key(workspace) -> None:
    identity = create_identity(workspace, "Kansliet")
    assert not trust.status(workspace.store, identity.public_key).known  # a chair workspace: no
    workspace.role = "secretariat"
    status = trust.status(workspace.store, identity.public_key)
    assert status.is_secretariat and status.describe() == "secretariat"


@pytest.mark.parametrize("typed", ["%%%%%%%%", "________", "68de%%%%"])
def test_remove_takes_a_key_id_not_a_pattern(world, chair, typed) -> None:
    # The pinned secretariat key must not be revoked by characters that SQL's LIKE reads as wildcards.
    from app.bundles.trust import pin_for, remove

    with pytest.raises(UserError, match="hex"):
        remove(chair.store, typed)
    assert pin_for(chair.store, world.conference_id) is not None


@pytest.mark.parametrize(
    "weak",
    [
        bytes(32),  # order 4
        bytes([1]) + bytes(31),  # the identity
        bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),  # order 8
        bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # order 2
        bytes.fromhex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # 1, non-canonical
    ],
)
def test_a_weak_or_small_order_key_is_never_trusted(store, weak) -> None:
    with pytest.raises(UserError, match="weak Ed25519"):
        trust.add(store, weak, "Mallory", "secretariat")
    assert not trust.status(store, weak).known

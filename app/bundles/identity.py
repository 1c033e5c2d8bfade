"""This workspace's signing identity: an Ed25519 key pair on this laptop, and public key cards.

The private key lives in `workspace.keys_dir/identity.key` (PKCS#8 PEM, mode 0600, optionally
encrypted with a passphrase); the public half and the signer's name in `identity.json` beside it and in
the store's meta table, so that trust decisions need only the store. A key card is the public half a
chair sends ahead to the secretariat: canonical JSON with format "rundabord-keycard".
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bundles import strictjson
from app.bundles.canonical import canonical_bytes
from app.bundles.files import write_whole
from app.bundles.format import fingerprint_for, key_id_for
from app.bundles.own_origin import bind_own_origin
from app.errors import UserError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.store import Store
    from app.workspace import Workspace

KEY_FILE = "identity.key"
INFO_FILE = "identity.json"
KEYCARD_FORMAT = "rundabord-keycard"
MAX_KEYCARD_BYTES = 64 * 1024
CREATE_HINT = "rundabord identity create --name NAME"
FORMER_ORIGINS_KEY = "identity.former_origins"


class NoIdentity(UserError):
    """The workspace has no signing key yet."""


class PassphraseNeeded(UserError):
    """The key is passphrase-protected and no (or a wrong) passphrase was given."""


@dataclass(frozen=True)
class Identity:
    name: str
    public_key: bytes  # raw 32 bytes
    encrypted: bool = False

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _passphrase_bytes(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None:
        return None
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    return data or None


def create_identity(workspace: Workspace, name: str, passphrase: str | bytes | None = None) -> Identity:
    """Make this workspace's key pair; refuses to replace an existing one (bundles signed with it
    would no longer match anything the secretariat trusts; a copied laptop renews: app/bundles/renewal.py)."""
    name = name.strip()
    if not name:
        raise UserError("an identity needs a name, e.g. the chair's own name")
    existing = find_identity(workspace)
    if existing is not None:
        raise UserError(f"this workspace already has an identity: {existing.name} (key id {existing.key_id})")
    identity = write_new_key(workspace, name, passphrase)
    adopt_identity(workspace.store, identity, new_origin=_signed_before(workspace.store))
    return identity


def _signed_before(store: Store) -> bool:
    """Whether bundles left this workspace under another key (its keys folder was lost, or replaced):
    wherever they went, its origin is bound to that key, so the new key needs a new origin. Not for
    a secretariat's workspace: its conferences are known as its own by its origin (app/roles.py)."""
    from app.roles import administered

    signed = store.conn.execute("SELECT 1 FROM bundle_exports LIMIT 1").fetchone() is not None
    return signed and not administered(store)


def adopt_identity(store: Store, identity: Identity, *, new_origin: bool) -> None:
    """Make `identity` the workspace's; with `new_origin`, its edits from now on are a history of their
    own, under a new origin (the old one stays bound to the key that signed its bundles, and is kept
    as one of this workspace's former origins: app/bundles/succession.py)."""
    origin = secrets.token_hex(8) if new_origin else store.origin
    with store.transaction():
        if new_origin:
            store.meta_set(FORMER_ORIGINS_KEY, json.dumps(sorted({*former_origins(store), store.origin})))
        store.meta_set("origin", origin)
        remember_identity(store, identity)
    store.origin = origin


def former_origins(store: Store) -> list[str]:
    """The origins this workspace wrote under before it renewed or re-created its identity."""
    try:
        found = json.loads(store.meta_get(FORMER_ORIGINS_KEY) or "[]")
    except ValueError:
        return []
    return [o for o in found if isinstance(o, str)] if isinstance(found, list) else []


def write_new_key(workspace: Workspace, name: str, passphrase: str | bytes | None = None) -> Identity:
    """A fresh key pair in the keys folder (over any there: the caller decides that may happen)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    secret = _passphrase_bytes(passphrase)
    private = Ed25519PrivateKey.generate()
    encryption: Any = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    )
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    identity = Identity(name, public, encrypted=bool(secret))
    info = {
        "name": name,
        "key_id": identity.key_id,
        "public_key": identity.public_key_b64,
        "encrypted": identity.encrypted,
        "created": _now(),
    }
    write_whole(workspace.keys_dir / KEY_FILE, pem, mode=0o600)
    write_whole(workspace.keys_dir / INFO_FILE, json.dumps(info, indent=2).encode("utf-8") + b"\n")
    return identity


def remember_identity(store: Store, identity: Identity) -> None:
    with store.transaction():
        store.meta_set(
            "bundles.identity", json.dumps({"name": identity.name, "public_key": identity.public_key_b64})
        )
        if store.dialect == "postgresql":  # other secretaries' view of who writes as this origin
            bind_own_origin(store, identity.name, identity.public_key_b64)


def own_public_key(store: Store) -> tuple[str, bytes] | None:
    """(name, raw public key) of the workspace's identity, read from the store alone."""
    raw = store.meta_get("bundles.identity")
    if not raw:
        return None
    info = json.loads(raw)
    return info["name"], base64.b64decode(info["public_key"])


def find_identity(workspace: Workspace) -> Identity | None:
    path = workspace.keys_dir / INFO_FILE
    if not path.exists():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        identity = Identity(info["name"], base64.b64decode(info["public_key"]), bool(info.get("encrypted")))
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise UserError(f"{path} is damaged ({exc}); restore it from a backup") from None
    own = own_public_key(workspace.store)
    if own is None or own[1] != identity.public_key:  # a keys folder copied in by hand, or a renewal cut
        remember_identity(workspace.store, identity)  # short: the files sign, so the store follows them
    return identity


def require_identity(workspace: Workspace) -> Identity:
    identity = find_identity(workspace)
    if identity is None:
        raise NoIdentity(f"this workspace has no signing identity yet; make one with: {CREATE_HINT}")
    return identity


BOM = "\ufeff".encode("utf-8")


def _open_pem(pem: bytes, secret: bytes | None):
    """The private key in `pem`. A key sealed before passphrase files lost their byte order mark
    was sealed with U+FEFF in front (Notepad's UTF-8): on a wrong passphrase, that is tried once."""
    from cryptography.hazmat.primitives import serialization

    try:
        return serialization.load_pem_private_key(pem, password=secret)
    except ValueError:
        if not secret or secret.startswith(BOM):
            raise
        return serialization.load_pem_private_key(pem, password=BOM + secret)


def load_signing_key(workspace: Workspace, passphrase: str | bytes | None = None) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity = require_identity(workspace)
    path = workspace.keys_dir / KEY_FILE
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read the private key {path}: {exc.strerror}") from None
    secret = _passphrase_bytes(passphrase)
    if secret is not None and b"ENCRYPTED" not in pem:
        secret = None  # a passphrase the key does not need (e.g. set in the environment for another)
    try:
        key = _open_pem(pem, secret)
    except TypeError:
        raise PassphraseNeeded(
            "the signing key is protected by a passphrase; give it with --passphrase-file "
            "or the RUNDABORD_PASSPHRASE environment variable"
        ) from None
    except ValueError:
        if secret is not None:
            raise PassphraseNeeded("wrong passphrase for the signing key") from None
        raise UserError(f"the private key {path} is damaged") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"{path} does not hold an Ed25519 key")
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if public != identity.public_key:
        raise UserError(f"{path} does not match {INFO_FILE}; the keys folder was mixed up")
    return key


# -- key cards ------------------------------------------------------------------------------------


def keycard_bytes(identity: Identity) -> bytes:
    card = {
        "format": KEYCARD_FORMAT,
        "version": 1,
        "name": identity.name,
        "key_id": identity.key_id,
        "public_key": identity.public_key_b64,
    }
    return canonical_bytes(card) + b"\n"


def export_keycard(workspace: Workspace, path: Path) -> Identity:
    identity = require_identity(workspace)
    write_whole(path, keycard_bytes(identity))
    return identity


def decode_public_key(text: str) -> bytes:
    """Raw 32 bytes from base64 text, or a UserError saying what is wrong."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise UserError("the public key is not valid base64") from None
    if len(raw) != 32:
        raise UserError(f"an Ed25519 public key is 32 bytes; this one is {len(raw)}")
    return raw


def read_keycard(path: Path) -> Identity:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEYCARD_BYTES + 1)
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_KEYCARD_BYTES:
        raise UserError(f"{path}: too large to be a key card")
    try:
        text = data.decode("utf-8-sig")  # a card saved again by a Windows editor begins with a BOM
    except UnicodeDecodeError:
        raise UserError(f"{path}: not a Rundabord key card (not UTF-8 text)") from None
    try:
        card = strictjson.loads(text)
    except ValueError as exc:
        raise UserError(f"{path}: not a Rundabord key card ({exc})") from None
    if not isinstance(card, dict) or card.get("format") != KEYCARD_FORMAT:
        raise UserError(f"{path}: not a Rundabord key card")
    if card.get("version") != 1:
        raise UserError(f"{path}: key card made by a newer Rundabord (version {card.get('version')})")
    name, key_id, public = card.get("name"), card.get("key_id"), card.get("public_key")
    if not all(isinstance(v, str) for v in (name, key_id, public)) or not name.strip():
        raise UserError(f"{path}: key card lacks a name, key id or public key")
    raw = decode_public_key(public)
    if key_id_for(raw) != key_id:
        raise UserError(f"{path}: the key id does not match the public key; the card was altered")
    return Identity(name.strip(), raw)

"""A bundle whose manifest names a version of the format after every one this Rundabord reads.

It is refused as such before anything else of it is read: a newer Rundabord may write what this one's
checks do not know (another member, a larger one, another signature), and "update Rundabord" is what the
reader can act on, not "damaged or put together by hand". But the version is read from the manifest
before its signature is checked, and a file made by hand can name any version. So the refusal says only
what this Rundabord can confirm:

- the manifest's signature verifies as this Rundabord signs (format.py: Ed25519 over the PAE of the
  manifest's exact bytes, by the key the manifest names, not a weak one): the version is that key's own
  word, and the refusal says the bundle was made by a newer Rundabord (check `version`);
- otherwise (no signature member, one that does not verify, or one made some newer way this Rundabord
  cannot tell from a forgery): the refusal says the file *says* so, unconfirmed (check
  `version-unchecked`): update Rundabord, and if the newer one refuses it too, ask for a new copy.

Neither says the signer is trusted (import decides that, and a bundle this Rundabord cannot read never
gets there). Either way the file is refused and nothing is written.
"""

from __future__ import annotations

from typing import Any

from app.bundles import strictjson
from app.bundles.format import FORMAT, KINDS, VERSIONS, BundleError, refused
from app.bundles.signature import decode_signature, public_key_of, verify_signature

_UNREAD = object()


def refuse_newer(raw_manifest: bytes, raw_signature: bytes | None, manifest: Any = _UNREAD) -> None:
    """Refuse a bundle whose manifest (its bytes, and `manifest` when already parsed) names a newer
    version of this format; `raw_signature` is the signature member's bytes, or None when it cannot be
    read. Anything else passes, to be checked as every bundle is."""
    if manifest is _UNREAD:
        manifest = _quiet_json(raw_manifest)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return
    version = manifest.get("version")
    if type(version) is not int or version <= max(VERSIONS):
        return
    if raw_signature is not None and _signed_as_we_sign(manifest, raw_manifest, raw_signature):
        # What it is, when it says a kind this Rundabord knows: the reader's remedy depends on it (a
        # table export can be made again in the oldest format; a pack only by updating the reader)
        kind = manifest.get("kind")
        raise refused("version", "format-newer", version=version, **({"kind": kind} if kind in KINDS else {}))
    raise refused("version-unchecked", "format-newer-unchecked", version=version)


def _quiet_json(raw: bytes) -> Any:
    try:
        return strictjson.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):  # strictjson.InvalidText is a ValueError
        return None


def _signed_as_we_sign(manifest: dict[str, Any], raw_manifest: bytes, raw_signature: bytes) -> bool:
    """Whether the signature member verifies the manifest's bytes as this Rundabord's bundles are signed,
    by the key the manifest names (signature.py, as the reader checks it; the reader refuses each
    failure with its own reason, here any of them only means the version is unconfirmed)."""
    try:
        verify_signature(public_key_of(manifest), decode_signature(raw_signature), raw_manifest)
    except BundleError:
        return False
    return True

"""How a bundle's manifest is signed, checked: one definition for the reader and the newer-format check.

The signature member holds base64 of a 64-byte Ed25519 signature over the PAE of the manifest's exact
bytes (format.py, pae.py), by the 32-byte key the manifest names, which must not be a weak one (keys.py).
Each failure is refused with its own reason; newer_format.py asks the same questions and only wants to
know whether every answer was yes.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from app.bundles.format import refused
from app.bundles.keys import weak_key_problem
from app.bundles.manifest_fields import bad_field
from app.bundles.pae import manifest_pae


def decode_signature(raw: bytes) -> bytes:
    """The signature member's bytes as the signature they encode."""
    try:
        signature = base64.b64decode(raw.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise refused("signature", "signature-not-base64") from None
    if len(signature) != 64:
        raise refused("signature", "signature-length")
    return signature


def public_key_of(manifest: dict[str, Any]) -> bytes:
    """The signer's public key as the manifest names it (read before anything else of it is trusted)."""
    signer = manifest.get("signer")
    encoded = signer.get("public_key") if isinstance(signer, dict) else None
    if not isinstance(encoded, str):
        raise bad_field("public_key")
    try:
        public_key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise bad_field("public_key") from None
    if len(public_key) != 32:
        raise bad_field("public_key")
    weak = weak_key_problem(public_key)
    if weak:
        raise refused("weak-key", "weak-key", weak=weak.as_json())
    return public_key


def verify_signature(public_key: bytes, signature: bytes, manifest_bytes: bytes) -> None:
    """Refuse unless the signature is the key's over the manifest's exact bytes."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_pae(manifest_bytes))
    except (InvalidSignature, ValueError):
        raise refused("signature", "signature-mismatch") from None

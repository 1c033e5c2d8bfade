"""DSSE pre-authentication encoding: what the Ed25519 signature of a bundle covers.

PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN in ASCII decimal bytes.
Binding the payload type stops a signature over a manifest being replayed as one over anything else.
"""

from __future__ import annotations

from app.bundles.format import MANIFEST_TYPE


def pae(payload_type: str, body: bytes) -> bytes:
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(body), body)


def manifest_pae(manifest: bytes) -> bytes:
    return pae(MANIFEST_TYPE, manifest)

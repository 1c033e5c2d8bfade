"""Weak Ed25519 public keys are refused, when trusting a key and when verifying a bundle.

A small-order key (the identity, points of order 2, 4 or 8), a key off the curve, in a non-canonical
encoding, or with a small-order component verifies signatures it should not (with a small-order key,
one signature can verify for many messages): nobody holds its secret in the usual sense, so nobody
should be trusted for it. `cryptography` checks none of this; libsodium's point check (through PyNaCl,
imported only when a key is checked) tests the encoding, the curve and the prime-order subgroup.
"""

from __future__ import annotations

from functools import lru_cache

from app.messages import Message, message


@lru_cache(maxsize=256)
def weak_key_problem(public_key: bytes) -> Message | None:
    """Why `public_key` is no usable Ed25519 public key, or None."""
    if len(public_key) != 32:
        return message("key-length")
    from nacl.bindings import crypto_core_ed25519_is_valid_point

    if not crypto_core_ed25519_is_valid_point(public_key):
        return message("key-weak")
    return None

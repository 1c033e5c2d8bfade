"""Which conferences on this laptop came in packs signed by a given key.

A chair opening next year's pack is asked to compare its fingerprint again (each conference pins its own
secretariat's key). When the key is the one an earlier pack here was signed with, she can be told so,
and need not find last year's paper: that key was compared and accepted on this computer before.
"""

from __future__ import annotations

from app import conferences
from app.model import Conference
from app.store import Store


def conferences_signed_by(store: Store, key_id: str, *, other_than: str | None = None) -> list[Conference]:
    """The conferences whose pack, opened here, pinned `key_id` (oldest first), except `other_than`."""
    pinned = {
        row[0]
        for row in store.conn.execute("SELECT conference_id FROM bundle_pins WHERE key_id = ?", (key_id,))
    }
    pinned.discard(other_than)
    return sorted(
        (c for c in conferences.conferences(store) if c.id in pinned), key=lambda c: (c.date, c.title)
    )


def pack_signers(store: Store) -> dict[str, str]:
    """Conference id -> the name its pack's signer gave, for the conferences opened here from a pack."""
    return {
        row[0]: row[1] for row in store.conn.execute("SELECT conference_id, signer_name FROM bundle_pins")
    }

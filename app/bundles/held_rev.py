"""The rev of one key's place in quarantine, which `quarantine accept|reject --expect-rev` name back.

`quarantine list` prints it per key: a digest of the bundles held from the key and of what the trust list
says of it. Another secretary accepting or rejecting the key, trusting it otherwise, or another bundle of
it arriving changes it, and a decision made on the list as it was is then refused, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app import edits
from app.bundles.quarantine import key_rev
from app.store import Store

T = TypeVar("T")
ASPECT = "quarantine-key"


@edits.aspect(ASPECT)
def _rev_now(store: Store, key_id: str) -> tuple[Any, str]:
    return key_rev(store, key_id), ""  # the trust list does not say whose workspace changed it


def decide_as_seen(store: Store, keys: list[str], expected: dict[str, str], work: Callable[[], T]) -> T:
    """`work()` (an accept or a reject) in one transaction holding the `keys` decided about, unless one
    named in `expected` (key id -> the rev the secretary read) is at another rev now:
    then nothing is written and `edits.ChangedMeanwhile` names it. A colleague deciding the same key
    at the same moment waits, then finds it changed."""
    seen = [edits.Seen(key_id, ASPECT, rev.strip().lower()) for key_id, rev in expected.items()]
    return edits.save_as_seen(store, seen, work, lock=keys)[0]


def what_became(store: Store, key_id: str) -> tuple[str, int, list[str]]:
    """What became of a key: "rejected", "accepted" (nothing of it held), "trusted" (bundles still held)
    or "changed" (more held); with how many of its bundles are held and the roles it is trusted as."""
    held = store.conn.execute(
        "SELECT COUNT(*) FROM bundle_quarantine WHERE key_id = ?", (key_id,)
    ).fetchone()[0]
    roles = sorted(
        {
            row[0]
            for row in store.conn.execute(
                "SELECT role FROM bundle_trust WHERE key_id = ? AND revoked_at IS NULL", (key_id,)
            )
        }
    )
    rejected = store.conn.execute(
        "SELECT 1 FROM bundle_trust WHERE key_id = ? AND role = 'rejected'", (key_id,)
    ).fetchone()
    if not held and rejected and not roles:
        return "rejected", held, roles
    if not held:
        return "accepted", held, roles
    return ("trusted" if roles else "changed"), held, roles


def what_changed(store: Store, key_id: str) -> str:
    """What became of a key since its rev was read, as a refusal says it ("was accepted since")."""
    became, held, roles = what_became(store, key_id)
    if became == "rejected":
        return "was rejected"
    if became == "accepted":
        return "was accepted (nothing of it is held now)"
    if became == "trusted":
        return f"was trusted (as {', '.join(roles)}; {held} of its bundles still held)"
    return f"changed (now {held} held, rev {key_rev(store, key_id)})"

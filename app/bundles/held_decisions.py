"""Accepting or rejecting a key held in quarantine as the secretary saw it (app/bundles/held_rev.py): the
window's Collect goes through here as `quarantine accept|reject --expect-rev` does through held_rev, so a
colleague's decision on the same key meanwhile is refused, nothing written, rather than silently redone.

Apart from held_rev, which the inbox's scan reads revs from: this imports the importer, which reads the
inbox.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.bundles.held_rev import decide_as_seen

if TYPE_CHECKING:
    from app.workspace import Workspace


def accept_as_seen(
    workspace: Workspace,
    grants: list[tuple[str, Any]],
    revs: dict[str, str],
    names: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Any]:
    """Trust each key as its grant (None: what its bundles ask for) and import what quarantine holds of
    it, all or nothing: refused with ChangedMeanwhile, nothing written, when a key in `revs` is not at
    the rev the secretary saw (a colleague decided it meanwhile). Returns the receipts."""
    from app.bundles import admission

    def work() -> list[Any]:
        receipts: list[Any] = []
        for done, (key_id, grant) in enumerate(grants):
            if progress is not None:
                progress(done, len(grants))
            receipts += admission.accept(workspace, key_id, grant, name=(names or {}).get(key_id))
        return receipts

    return decide_as_seen(workspace.store, [key_id for key_id, _ in grants], revs, work)


def reject_as_seen(workspace: Workspace, key_id: str, rev: str) -> list[Any]:
    """Reject the key and drop what quarantine holds of it, unless it is no longer at `rev` ("" checks
    nothing): then ChangedMeanwhile, nothing written. Returns what was dropped."""
    from app.bundles import quarantine

    expected = {key_id: rev} if rev else {}
    return decide_as_seen(workspace.store, [key_id], expected, lambda: quarantine.reject(workspace, key_id))

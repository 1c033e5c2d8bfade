"""Which part this workspace plays in each conference.

Roles belong to conferences, not to machines: the workspace that created a conference (so its key signs
the conference's pack) is that conference's secretariat; a workspace that opened the conference from a
pack chairs a table of it. `Workspace.role` is only the person's answer to "chairing a table or running
the secretariat?", which decides the window that opens and what a workspace with no conference yet
fetches.
"""

from __future__ import annotations

from app.store import Store

SECRETARIAT = "secretariat"
CHAIR = "chair"


def administered(store: Store) -> set[str]:
    """The conferences this workspace created. A conference's process is set when it is created and
    never edited, so that field's stamp names the creating workspace's origin for good."""
    from app.dialect import stamp_origin

    rows = store.conn.execute(
        f"SELECT id FROM conferences WHERE {stamp_origin(store, 'process_id')} = ?", (store.origin,)
    )
    return {row[0] for row in rows}


def conference_role(store: Store, conference_id: str) -> str:
    return SECRETARIAT if conference_id in administered(store) else CHAIR

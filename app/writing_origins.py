"""The origins whose edits are made in a store: this workspace's, and on PostgreSQL every secretary's
(each keeps a clock row in `meta`). What such an edit had seen is recorded exactly when it is written
(the lineage trigger), so no record arriving under its head adds to that (app/merge/bulk.py), and a
dump claims from that lineage what the edit had seen (app/knowledge.py: `shown_seen`). Kept apart from
app/knowledge.py, which reads no database."""

from __future__ import annotations

from typing import Any


def writing_origins(conn: Any, origin: str) -> frozenset[str]:
    """The origins whose edits are made in the store on `conn`, whose own origin is `origin`."""
    rows = conn.execute("SELECT key FROM meta WHERE key LIKE 'clock:%'").fetchall()
    return frozenset([origin, *(str(row[0]).removeprefix("clock:") for row in rows)])

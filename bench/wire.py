"""Wire records for benchmarks that sign their own bundles (the shape `app/records.py` defines)."""

from __future__ import annotations

import uuid
from typing import Any


def new_note(clock: Any, origin: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A note written once at `origin`: every field and the tombstone stamped with one tick of `clock`."""
    from app.hlc import ZERO

    rev = str(clock.tick())
    stamp = [rev, origin]
    return {
        "id": str(uuid.uuid4()),
        "type": "note",
        "origin": origin,
        "rev": rev,
        "base_rev": ZERO,
        "deleted": False,
        "fields": fields,
        "stamps": {name: stamp for name in [*fields, "deleted"]},
    }

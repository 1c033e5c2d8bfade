"""Wire records for benchmarks that sign their own bundles (the shape `app/records.py` defines)."""

from __future__ import annotations

from typing import Any


def new_note(clock: Any, origin: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A note written once at `origin`: every field and the tombstone stamped with one tick of `clock`."""
    from app.hlc import ZERO
    from app.typed_ids import time_ordered_id  # as a chair's store makes a note's id

    rev = str(clock.tick())
    stamp = [rev, origin]
    return {
        "id": time_ordered_id(rev),
        "type": "note",
        "origin": origin,
        "rev": rev,
        "base_rev": ZERO,
        "deleted": False,
        "fields": fields,
        "stamps": {name: stamp for name in [*fields, "deleted"]},
    }

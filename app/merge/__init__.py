"""Merging records from other workspaces into this store: the same result whatever the order.

Three rooms, each with one job:

- `registers`: the pure rules. Every field is a last-writer-wins register; a tombstone loses to a later
  edit. No database.
- `frontier`: which losing values stay open as conflicts for a secretary (those no later writer had
  seen), and the `conflicts` rows derived from them.
- `forks`: one origin with two histories (a copied laptop profile), seen in its signer's chain of
  exports, and the order of its edits that follows.
- `bulk`: `merge_records`, which streams wire records through both in batches inside the caller's
  transaction and writes them with executemany.
"""

from app.merge.bulk import MergeCounts, merge_records
from app.merge.forks import Carrier
from app.merge.frontier import open_losers, refresh_conflicts, reviewed_versions
from app.merge.registers import column_value, conflict_id, merge_states, same_state, value_key

__all__ = [
    "Carrier",
    "MergeCounts",
    "column_value",
    "conflict_id",
    "merge_records",
    "merge_states",
    "open_losers",
    "refresh_conflicts",
    "reviewed_versions",
    "same_state",
    "value_key",
]

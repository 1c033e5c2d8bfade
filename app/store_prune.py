"""What a secretariat store that grows for years may shed without deciding anything differently
(`rundabord store prune`).

Two things grow with every table export imported: the digests of the lines merged
(app/bundles/digests.py) and the fork evidence (app/merge/forks.py: each export's list of its lines'
digests in `merge_carriers.lines`, each line once in `merge_lines`, on the row that also remembers its
digest). A chair exports the whole table each time, so every export lists every note of the table
again.

- **Digests of superseded lines are removed.** A digest only lets an import read a line it merged before
  without its checks. A line whose record has since been carried in a newer state (a later line of the
  same record) is pruned: should that old line come again, it is checked in full and merged again,
  which changes nothing already merged (merging is idempotent), so only that import is slower.
- **An export's list of lines is kept as what changed since the export before it** in its signer's
  chain (`+added-removed`, when shorter than the whole list); read back, it is the very same list
  (`line_lists.LineLists`). Nothing of the evidence is lost.
- **No export's evidence is removed**, not even of keys that never forked: a copied profile's export may
  arrive years later, and then whether the copy had seen an edit is read from the exports of its own
  chain that carried the edit (`RecordForks.precedes`); had those exports' lines been dropped, a
  sequential edit would show as a conflict that the unpruned store does not open.

- **Withdrawn conflict decisions that a later live decision supersedes are removed**
  (app/conflict_copies.py: `prune_withdrawn`, which settling a conflict also runs for its record): such a
  tombstone reopens nothing, and the decision after it names every version it named.

The import ledger and trust are untouched, so re-exports, forks and rollbacks are judged as before.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import Any

from app.conflict_copies import prune_withdrawn
from app.merge import line_lists
from app.store import Store

_CHUNK = 500


@dataclass
class Pruned:
    digests: int = 0  # digests of superseded lines removed
    exports: int = 0  # exports whose line lists were written as their change since the one before
    characters: int = 0  # characters of line lists saved
    withdrawn: int = 0  # withdrawn conflict decisions superseded by a later one, removed


def prune(store: Store) -> Pruned:
    """Prune the store (one transaction); returns what was removed or rewritten."""
    done = Pruned()
    with store.transaction():
        done.digests = _prune_digests(store)
        done.exports, done.characters = _delta_line_lists(store)
        withdrawn = store.conn.execute(  # one decision alone is superseded by none
            "SELECT record_id FROM conflict_resolutions GROUP BY record_id HAVING count(*) > 1"
            " ORDER BY record_id"
        ).fetchall()
        done.withdrawn = sum(prune_withdrawn(store, row[0]) for row in withdrawn)
    return done


def _rev_of(text: str) -> str | None:
    """The state's rev a kept line holds: a compact line's fourth item, or the record's "rev"."""
    try:
        value: Any = json.loads(text)
        rev = value[3] if isinstance(value, list) else value.get("rev")
    except (ValueError, TypeError, IndexError, AttributeError):
        return None
    return rev if isinstance(rev, str) else None


def _prune_digests(store: Store) -> int:
    """Remove the digests of lines older than another line of the same record this store merged. A
    digest whose line is not kept as evidence says nothing of its state and stays."""
    rows = store.conn.execute(
        "SELECT record_id, digest, record FROM merge_lines"
        " WHERE record_id IS NOT NULL AND record != '' ORDER BY record_id"
    )
    doomed: list[str] = []
    for _record_id, group in itertools.groupby(rows, key=lambda row: row[0]):
        revs = [(row[1], _rev_of(row[2])) for row in group]
        known = [rev for _digest, rev in revs if rev is not None]
        if len(known) < 2:
            continue
        newest = max(known)
        doomed.extend(digest for digest, rev in revs if rev is not None and rev < newest)
    for start in range(0, len(doomed), _CHUNK):
        chunk = doomed[start : start + _CHUNK]
        store.conn.execute(  # the line stays as evidence; only its digest is forgotten
            "UPDATE merge_lines SET record_id = NULL, type = NULL, table_number = NULL, conference_id = NULL"
            f" WHERE digest IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    return len(doomed)


def _delta_line_lists(store: Store) -> tuple[int, int]:
    """Write each export's whole line list as its change since its signer's export before it."""
    rewritten = saved = 0
    keys = [row[0] for row in store.conn.execute("SELECT DISTINCT key_id FROM merge_carriers")]
    for key_id in keys:
        chain = {
            row[0]: (row[1], row[2], row[3] or "")
            for row in store.conn.execute(
                "SELECT manifest_sha256, sequence, previous, lines FROM merge_carriers"
                " WHERE key_id = ? AND (records IS NULL OR records = '') ORDER BY sequence",
                (key_id,),
            )
        }
        full = line_lists.LineLists(store)
        changes = []
        for export, (sequence, previous, lines) in chain.items():
            parent = chain.get(previous or "")
            if not lines or lines.startswith(line_lists.DELTA) or parent is None or parent[0] != sequence - 1:
                continue
            delta = line_lists.delta_of(full.digests(previous), full.digests(export))
            if len(delta) < len(lines):
                changes.append((delta, export))
                saved += len(lines) - len(delta)
        for delta, export in changes:  # after every list was read whole: a delta names its parent's
            store.conn.execute(
                "UPDATE merge_carriers SET lines = ? WHERE manifest_sha256 = ?", (delta, export)
            )
        rewritten += len(changes)
    return rewritten, saved

"""Each record line an import merged, kept once in `merge_lines`, keyed by its digest: the line itself
as fork evidence (forks.py: what a table export carried) and, on the same row, what the digest stands
for when an import may skip the line next time (app/bundles/digests.py). Both used to be kept in two
tables of the same keys; one row means one insert and one index entry per line.

A row's `record` is '' when only its digest is remembered (a bundle that is not a table export keeps
no evidence); `record_id`, `type` and `table_number` are NULL when the line may not be skipped (not a
table's note or sheet, or its digest was forgotten by a prune or a repair).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from app.merge.registers import Wire, compact_json
from app.store import Store

_CHUNK = 2000  # digests per look-up: an export in one or a few statements
# What a remembered digest stands for: record id, type, table number, conference.
Known = tuple[str, str, int, str]


def keep_lines(
    store: Store,
    records: list[Wire],
    digests: Sequence[str] = (),
    texts: Sequence[bytes] = (),
    remembered: dict[str, Known] | None = None,
    seen: dict[str, bool] | None = None,
) -> list[str]:
    """Keep the lines of an export's records that this store does not hold yet, each with its digest
    to remember (`remembered`), in one statement; the records' line digests, in order. `digests` and
    `texts` are the lines' as the reader kept them (forks.Carrier); records handed over without them
    are named by the digest of their canonical JSON. `seen`: every line of `digests` the store held when
    the reader looked them all up (digest -> whether the line itself is kept), not looked up again."""
    remembered = remembered or {}
    # Lines the reader kept whole need no records (an import leaves known lines unread: codec.py).
    by_line = len(digests) == len(records) or (bool(digests) and len(texts) == len(digests))
    lines = list(digests) if by_line else []
    canonical: dict[str, str] = {}
    if not by_line:
        for record in records:
            text = compact_json(record)
            lines.append(hashlib.sha256(b"rundabord-evidence\0" + text.encode("utf-8")).hexdigest()[:32])
            canonical[lines[-1]] = text
    known = remembered if by_line else {}
    # A line another import added since the look-up is inserted again to no effect (ON CONFLICT).
    held = {d: seen[d] for d in lines if d in seen} if seen is not None and by_line else _held(store, lines)
    own = texts if by_line and len(texts) == len(lines) else ()

    def text(i: int) -> str:
        return own[i].decode("utf-8") if own else canonical.get(lines[i]) or compact_json(records[i])

    new, unkept = [], []
    for i, digest in enumerate(lines):
        was = held.get(digest)
        if was is None:
            new.append((digest, text(i), *known.get(digest, (None, None, None, None))))
        elif not was:  # held by its digest alone (from a bundle that keeps no evidence)
            unkept.append((text(i), digest))
    store.conn.executemany(
        "INSERT INTO merge_lines (digest, record, record_id, type, table_number, conference_id)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
        new,
    )
    if unkept:
        store.conn.executemany("UPDATE merge_lines SET record = ? WHERE digest = ?", unkept)
    # A line held before (its digest forgotten by a prune, or kept without it) is remembered again.
    remember_digests(store, {d: k for d, k in remembered.items() if not by_line or d in held})
    return lines


def _held(store: Store, digests: list[str]) -> dict[str, bool]:
    """Which lines this store holds a row of: digest -> whether the line itself is kept there."""
    found: dict[str, bool] = {}
    for start in range(0, len(digests), _CHUNK):
        chunk = digests[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            (row[0], bool(row[1]))
            for row in store.conn.execute(
                f"SELECT digest, record != '' FROM merge_lines WHERE digest IN ({marks})", chunk
            )
        )
    return found


def remember_digests(store: Store, known: dict[str, Known]) -> None:
    """Remember line digests an import may skip on their lines' rows, making a row with no line kept
    ('') where there is none."""
    if known:
        store.conn.executemany(
            "INSERT INTO merge_lines (digest, record, record_id, type, table_number, conference_id)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO UPDATE SET record_id = excluded.record_id,"
            " type = excluded.type, table_number = excluded.table_number,"
            " conference_id = excluded.conference_id",
            [(digest, "", *what) for digest, what in known.items()],
        )

"""What the database file and its companions say before SQLite opens them: cheap checks for every open.

Two kinds of damage leave SQLite opening the file as if nothing happened:
- **a deleted write-ahead log.** Committed transactions live in `<database>-wal` until a checkpoint
  copies them into the database. When the log is deleted (a cleaning tool, a copy of the file alone)
  after a crash left it un-checkpointed, SQLite opens the older database and starts a new log: the saved
  work is silently gone. The shared-memory index `<database>-shm` outlives it and still says how many
  committed frames the log held and how many were copied back (SQLite's wal-index header and
  checkpoint info), so a lost log is recognised before anything overwrites that evidence.
- **a file cut short** (a copy interrupted, a full disk during a move): the database header says how
  many pages it has; a shorter file lost its tail.
Both are read from a few bytes, whatever the store's size. The whole-file check (`PRAGMA quick_check`)
runs once a day, before the daily backup (app/backup.py), so a damaged store never becomes a backup.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

_HEADER = b"SQLite format 3\x00"
_WAL_INDEX_VERSION = 3007000
_INDEX_HEADER_BYTES = 48  # one copy of the wal-index header; two copies, then the checkpoint info


def unsaved_frames_of_lost_log(database: Path) -> int:
    """How many committed frames the write-ahead log held beyond the last checkpoint when it is gone
    and its index remains; 0 when nothing was lost (or there is no evidence either way)."""
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    if wal.exists() or not shm.is_file():
        return 0
    try:
        with open(shm, "rb") as handle:
            index = handle.read(2 * _INDEX_HEADER_BYTES + 4)
    except OSError:
        return 0
    if len(index) < 2 * _INDEX_HEADER_BYTES + 4:
        return 0
    first, second = index[:_INDEX_HEADER_BYTES], index[_INDEX_HEADER_BYTES : 2 * _INDEX_HEADER_BYTES]
    # The index is in the machine's own byte order; both copies agree once a writer finished.
    order = "<" if sys.byteorder == "little" else ">"
    version, _unused, _change, is_init = struct.unpack_from(f"{order}IIIB", first)
    if first != second or version != _WAL_INDEX_VERSION or not is_init:
        return 0
    (max_frame,) = struct.unpack_from(f"{order}I", first, 16)
    (backfilled,) = struct.unpack_from(f"{order}I", index, 2 * _INDEX_HEADER_BYTES)
    return max(0, max_frame - backfilled)


def cut_short(database: Path) -> tuple[int, int] | None:
    """(bytes the header promises, bytes there are) when the file is shorter than its header says.

    Only while no write-ahead log is pending: a checkpoint cut off by a crash may have written page 1
    before the pages that lengthen the file, and the log still holds them."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    try:
        with open(database, "rb") as handle:
            header = handle.read(100)
        size = database.stat().st_size
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(_HEADER):
        return None  # SQLite itself says "not a database"
    (page_size,) = struct.unpack_from(">H", header, 16)
    page_size = 65536 if page_size == 1 else page_size
    change, pages = struct.unpack_from(">II", header, 24)
    (valid_for,) = struct.unpack_from(">I", header, 92)
    if valid_for != change or pages == 0:
        return None  # an old writer left the page count unset: nothing to compare
    promised = pages * page_size
    return (promised, size) if size < promised else None

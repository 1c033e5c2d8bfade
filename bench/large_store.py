"""A secretariat store that has grown for years, built once and kept on disk between bench runs.

`large_store()` returns the folder of a secretariat workspace holding CONFERENCES conferences (10
processes of 20 each, 40 tables) of NOTES_PER_CONFERENCE notes each: 200 x 5,000 = 1,000,000 notes by
default, `RUNDABORD_BENCH_LARGE=CONFERENCES,NOTES` to scale it. `small_store()` holds only the measured
conference (one in the middle of the store's history, not the newest) with the very same note texts, for
"cost grows with the work, not the store". `measured_conference(folder)` names that conference.

The cached folders are never written by a bench: measure on `working_copy(folder, somewhere)` when the
action writes (an import). The cache lives in `RUNDABORD_BENCH_CACHE` (default ~/.cache/rundabord-bench),
keyed by scale and generator version; a store made before a migration is migrated when asked for (a
worktree lacking one of its migrations gets a store of its own). A file lock lets several processes ask
at once: one builds, the others wait for it.

Building is fast because the notes go in with the store's own bulk path (`Store.create_many`) while the
full-text index and the note indexes are set aside, and are built once at the end (as SQLite does best).
Then every table's import is written as it would have left the store (bench/large_store_imported.py):
the line digests and lines of its export in `merge_lines`, its chain, ledger and trust rows.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

TABLES = 40
CONFERENCES_PER_PROCESS = 20
# Bump when the generated content changes. 2: what each table's import leaves; 3: the full-text index
# merged as a store in use keeps it.
VERSION = 3
_INFO = "bench-large-store.json"


def scale() -> tuple[int, int]:
    """(conferences, notes per conference) from RUNDABORD_BENCH_LARGE, else 200 x 5,000."""
    raw = os.environ.get("RUNDABORD_BENCH_LARGE", "200,5000")
    conference_count, notes_per_conference = (int(part) for part in raw.split(","))
    return conference_count, notes_per_conference


def cache_dir() -> Path:
    return Path(os.environ.get("RUNDABORD_BENCH_CACHE") or Path.home() / ".cache" / "rundabord-bench")


def large_store(conferences: int | None = None, notes_per_conference: int | None = None) -> Path:
    """The cached large secretariat workspace (built on first use: a few minutes for a million notes)."""
    count, per = _chosen(conferences, notes_per_conference)
    return _cached("large", count, per, lambda folder: _build(folder, range(count), per, count // 2))


def small_store(conferences: int | None = None, notes_per_conference: int | None = None) -> Path:
    """The cached workspace holding only the large store's measured conference, with the same notes."""
    count, per = _chosen(conferences, notes_per_conference)
    measured = count // 2
    return _cached("small", count, per, lambda folder: _build(folder, [measured], per, measured))


def measured_conference(folder: Path | str) -> str:
    """The id of the conference the bench measures in a store made here."""
    return json.loads((Path(folder) / _INFO).read_text(encoding="utf-8"))["measured_conference"]


def working_copy(folder: Path | str, destination: Path | str) -> Path:
    """A copy of a cached workspace that a bench may write to. Its backups count as just taken, as in a
    store made today: a bench measures the work, not the day's whole-file check and backup (they run
    once a day beside the work) nor the hourly backup before an import (README, Performance)."""
    destination = Path(destination)
    shutil.copytree(folder, destination, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    for kept in (destination / "backups").glob("*"):
        os.utime(kept)
    return destination


def _chosen(conferences: int | None, notes_per_conference: int | None) -> tuple[int, int]:
    default_count, default_per = scale()
    return conferences or default_count, notes_per_conference or default_per


def _cached(kind: str, count: int, per: int, build) -> Path:
    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    folder = root / f"{kind}-{count}x{per}-v{VERSION}"
    with open(root / f"{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process building or migrating it: wait for it
        if not (folder / _INFO).is_file():
            _build_into(folder, kind, count, per, build)
        if _newer_than_this_code(folder):  # made by a worktree with migrations this one lacks
            folder = root / f"{folder.name}-{_schema_key()}"
            if not (folder / _INFO).is_file():
                _build_into(folder, kind, count, per, build)
        else:
            from app.workspace import Workspace

            Workspace(folder).close()  # runs the migrations it lacks (cheap next to building it)
    return folder


def _build_into(folder: Path, kind: str, count: int, per: int, build) -> None:
    partial = folder.parent / f"{folder.name}.building"
    shutil.rmtree(partial, ignore_errors=True)
    started = time.perf_counter()
    print(f"building {kind} store {count} x {per:,} notes in {folder} ...", file=sys.stderr, flush=True)
    build(partial)
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def _schema_key() -> str:
    from app.schema import known_names

    return hashlib.sha256("\n".join(known_names()).encode()).hexdigest()[:10]


def _newer_than_this_code(folder: Path) -> bool:
    from app.schema import known_names
    from app.workspace import DB_NAME

    with sqlite3.connect(folder / DB_NAME) as conn:
        applied = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    return bool(applied - set(known_names()))


def add_conference(store, number: int, notes_per_conference: int) -> str:
    """Conference `number` (its process is number // 20), with its notes; returns its id."""
    from app import conferences
    from app.demo import demo_description
    from bench.corpus import texts

    description = demo_description()
    description.process["name"] = f"Utvecklingsprocess {number // CONFERENCES_PER_PROCESS + 1}"
    description.conference["title"] = f"Rundabordssamtal {number + 1}"
    conference_id = conferences.create_conference(store, description)
    questions = [q.id for q in conferences.questions(store, conference_id)]
    process_id = conferences.conference(store, conference_id).process_id
    themes = [t.id for t in conferences.themes(store, process_id)]
    store.create_many(
        "note",
        [
            {
                "conference_id": conference_id,
                "table_number": 1 + i % TABLES,
                "question_id": questions[i % len(questions)],
                "kind": "proposal" if i % 10 == 0 else "note",
                "text": text,
                "themes": [themes[i % len(themes)]],
                "votes": i % 7,
                "position": i // TABLES,
                "person_id": None,
            }
            for i, text in enumerate(texts(notes_per_conference, seed=number))
        ],
    )
    return conference_id


def _build(folder: Path, numbers, notes_per_conference: int, measured: int) -> None:
    from app import search_index
    from app.workspace import Workspace
    from bench.large_store_imported import as_imported

    workspace = Workspace.create(folder, "secretariat")
    store = workspace.store
    conn = store.conn
    # Set aside what a bulk load maintains row by row; put back with the schema's own statements.
    deferred = [
        (kind, name, sql)
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'notes' AND sql IS NOT NULL"
            " AND (type = 'index' OR name = 'notes_fts_ai')"
        )
    ]
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    for kind, name, _sql in deferred:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    numbers = list(numbers)
    chosen, started, made = "", time.perf_counter(), []
    for done, number in enumerate(numbers, 1):
        conference_id = add_conference(store, number, notes_per_conference)
        made.append(conference_id)
        if number == measured:
            chosen = conference_id
        if done % 10 == 0 or done == len(numbers):
            rate = done * notes_per_conference / (time.perf_counter() - started)
            print(f"  {done}/{len(numbers)} conferences ({rate:,.0f} notes/s)", file=sys.stderr, flush=True)
    print("  indexing ...", file=sys.stderr, flush=True)
    with store.transaction():
        for _kind, _name, sql in deferred:
            conn.execute(sql)
        conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
    # After the notes' indexes are back: each table's records are read by its place, as an export does.
    started = time.perf_counter()
    for done, conference_id in enumerate(made, 1):
        as_imported(store, conference_id, TABLES)
        if done % 10 == 0 or done == len(made):
            rate = done / (time.perf_counter() - started)
            print(f"  {done}/{len(made)} conferences as imported ({rate:.1f}/s)", file=sys.stderr, flush=True)
    # The full-text index as a store in use keeps it: its writers merge what they wrote until no level
    # holds two segments (app/search_index.py). The rebuild leaves each of FTS5's flushes a segment of
    # its own (dozens on a million notes), which a search opens one by one: no store in use is so.
    started = time.perf_counter()
    merged = search_index.merge(store, pause_s=0)
    print(
        f"  full-text index merged: {merged.segments_before} -> {merged.segments_after} segments"
        f" in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    info = {
        "measured_conference": chosen,
        "conferences": len(numbers),
        "notes_per_conference": notes_per_conference,
    }
    (folder / _INFO).write_text(json.dumps(info), encoding="utf-8")


if __name__ == "__main__":  # python -m bench.large_store: build (or find) both stores and print where
    print(large_store())
    print(small_store())

"""What checking and repairing a store means on a PostgreSQL server.

On SQLite the workspace owns the file: the quick check reads its pages and repair restores a backup
of it. On a server the files, their checksums and their backups are the server's and IT's (pg_dump,
pg_amcheck; the README's IT section); a secretary can neither read pages nor restore a dump. What
Rundabord can check is what it derives from the records itself, and that it can rebuild:

- indexes: every index of the store is valid and ready, the full-text index (`notes_search`) above all.
  A failed or interrupted index build leaves one invalid: the server then stops using it (search
  reads every note) or, for a key's index, stops enforcing it. Rebuilt with REINDEX.
- record digests (app/bundles/digests.py, on their lines' rows in `merge_lines`): every digest names a
  record of its type that the store holds. A digest without its record would let a line skip the
  checks of a record never merged here; such digests are forgotten (the next import of the line checks
  it in full and remembers it again); the line stays as fork evidence.

`at_open` is the quick check run when a workspace opens (catalog reads only, milliseconds): a store
with an invalid index refuses writes until `rundabord repair`. `problems` is the whole check (it reads
every digest); `rebuild` mends what `problems` found. Repair then brings back the bundles the
workspace holds (app/repair.py), which is also what a secretary does after IT restored an older dump.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.pg.schema import SEARCH_INDEXES
from app.records import RECORD_TYPES
from app.store import Store


@dataclass(frozen=True)
class Problem:
    what: str  # "index" or "digests"
    name: str  # the index, or the record type
    count: int = 0

    def sentence(self) -> str:
        if self.what == "index":
            return f"the index {self.name} is not valid on the server ({_index_role(self.name)})"
        return f"{self.count} record digests of type {self.name} name a record this store does not hold"


def _index_role(name: str) -> str:
    return "full-text search reads every note without it" if name in SEARCH_INDEXES else "a rebuilt lookup"


def invalid_indexes(store: Store) -> list[str]:
    """This store's indexes the server marks invalid or not ready, by name."""
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) ORDER BY c.relname"
        )
    ]


def missing_search_indexes(store: Store) -> list[str]:
    """The full-text indexes (the words as written, their Swedish stems) the store lacks, by name."""
    return [
        name
        for name in SEARCH_INDEXES
        if store.conn.execute("SELECT to_regclass(?)", (name,)).fetchone()[0] is None
    ]


def at_open(store: Store) -> str | None:
    """The quick check when a workspace opens: why writes must wait for `rundabord repair`, or None."""
    broken = invalid_indexes(store) + missing_search_indexes(store)
    if not broken:
        return None
    return (
        f"the store on the server has an index that is not valid ({', '.join(broken)}); nothing was"
        " written. Run `rundabord repair` to rebuild it"
    )


def _orphan_digests(store: Store) -> list[Problem]:
    found = []
    for name, rt in RECORD_TYPES.items():
        count = store.conn.execute(
            f"SELECT count(*) FROM merge_lines d WHERE d.type = ?"
            f" AND NOT EXISTS (SELECT 1 FROM {rt.table} r WHERE r.id = d.record_id)",
            (name,),
        ).fetchone()[0]
        if count:
            found.append(Problem("digests", name, count))
    unknown = store.conn.execute(
        "SELECT count(*) FROM merge_lines WHERE NOT (type = ANY(?))", (list(RECORD_TYPES),)
    ).fetchone()[0]
    if unknown:
        found.append(Problem("digests", "unknown", unknown))
    return found


def problems(store: Store) -> list[Problem]:
    """Everything the check finds wrong with the derived data (reads every digest)."""
    found = [Problem("index", name) for name in invalid_indexes(store)]
    found += [Problem("index", name) for name in missing_search_indexes(store)]
    return found + _orphan_digests(store)


def rebuild(store: Store, found: list[Problem]) -> list[str]:
    """Mend what `problems` found, in one transaction; what was done, one sentence each."""
    done = []
    with store.transaction():
        for problem in found:
            if problem.what == "index" and problem.name in missing_search_indexes(store):
                store.conn.raw.execute(SEARCH_INDEXES[problem.name])  # type: ignore[attr-defined]
                done.append(f"made the full-text index {problem.name} again")
            elif problem.what == "index":
                store.conn.execute(f'REINDEX INDEX "{problem.name}"')
                done.append(f"rebuilt the index {problem.name}")
            elif problem.name in RECORD_TYPES:
                rt = RECORD_TYPES[problem.name]
                store.conn.execute(
                    f"UPDATE merge_lines d SET {_FORGET} WHERE d.type = ?"
                    f" AND NOT EXISTS (SELECT 1 FROM {rt.table} r WHERE r.id = d.record_id)",
                    (problem.name,),
                )
                done.append(
                    f"forgot {problem.count} record digests of {problem.name} records it does not hold"
                )
            else:
                store.conn.execute(
                    f"UPDATE merge_lines SET {_FORGET} WHERE NOT (type = ANY(?))", (list(RECORD_TYPES),)
                )
                done.append(f"forgot {problem.count} record digests of unknown record types")
        store.conn.execute("DELETE FROM merge_lines WHERE record = '' AND record_id IS NULL")  # nothing left
    return done


# A digest is forgotten on its line's row; the line, kept as fork evidence, stays.
_FORGET = "record_id = NULL, type = NULL, table_number = NULL, conference_id = NULL"

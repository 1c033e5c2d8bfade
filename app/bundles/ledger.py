"""What this workspace signed and what it imported, and the sign-off line of a table's minutes.

Both ledgers are tables of the store (migration m020_bundles_ledgers): `bundle_exports` (one row per
bundle this workspace signed) and `bundle_imports` (one row per imported bundle: the re-import ledger,
the receipt, and the per-signer sequence state, keyed by the manifest's SHA-256).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.bundles.format import KIND_TABLE
from app.dialect import json_list_holds
from app.messages import Message, dumps, english, loads
from app.store import Store


@dataclass(frozen=True)
class Signoff:
    """Who signed a table's results (the minutes' "justering" line): the latest table export this
    workspace signed, or the latest verified table export it imported, covering that table."""

    signer_name: str
    key_id: str
    signed_at: datetime  # when the bundle was signed (its manifest's created time), UTC
    bundle_id: str
    imported: bool  # True: signed elsewhere and imported here; False: signed in this workspace


def utc_now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def signoff(store: Store, conference_id: str, table_number: int) -> Signoff | None:
    """The latest signature over this table's results, or None if nobody has signed them yet."""
    found: list[tuple[str, Signoff]] = []
    for table, imported in (("bundle_exports", False), ("bundle_imports", True)):
        row = store.conn.execute(
            f"SELECT signer_name, key_id, created_utc, created_hlc, bundle_id FROM {table}"
            f" WHERE kind = ? AND conference_id = ? AND {json_list_holds(store, f'{table}.tables')}"
            " ORDER BY created_hlc DESC, created_utc DESC LIMIT 1",
            (KIND_TABLE, conference_id, table_number),
        ).fetchone()
        if row is not None:
            found.append(
                (
                    row["created_hlc"],
                    Signoff(
                        row["signer_name"],
                        row["key_id"],
                        parse_utc(row["created_utc"]),
                        row["bundle_id"],
                        imported,
                    ),
                )
            )
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


def signoffs(store: Store, conference_id: str) -> dict[int, Signoff]:
    """Every signed table's latest signature, as signoff() answers table by table, from one read of
    each ledger: the conference minutes ask for all forty tables at once."""
    latest: list[dict[int, tuple[tuple[str, str], Signoff]]] = []
    for table, imported in (("bundle_exports", False), ("bundle_imports", True)):
        found: dict[int, tuple[tuple[str, str], Signoff]] = {}
        rows = store.conn.execute(
            f"SELECT signer_name, key_id, created_utc, created_hlc, bundle_id, tables FROM {table}"
            " WHERE kind = ? AND conference_id = ?",
            (KIND_TABLE, conference_id),
        ).fetchall()
        for row in rows:
            order = (row["created_hlc"], row["created_utc"])
            sign = None
            for number in json.loads(row["tables"]):
                known = found.get(int(number))
                if known is None or order > known[0]:
                    if sign is None:
                        sign = Signoff(
                            row["signer_name"],
                            row["key_id"],
                            parse_utc(row["created_utc"]),
                            row["bundle_id"],
                            imported,
                        )
                    found[int(number)] = (order, sign)
        latest.append(found)
    exported, imported_here = latest
    result = {number: sign for number, (_order, sign) in exported.items()}
    for number, (order, sign) in imported_here.items():
        mine = exported.get(number)
        if mine is None or order[0] > mine[0][0]:  # a tie in the clock goes to this workspace's own
            result[number] = sign
    return result


@dataclass(frozen=True)
class ExportEntry:
    manifest_sha256: str
    bundle_id: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]
    signer_name: str
    key_id: str
    sequence: int
    created_utc: str
    created_hlc: str
    path: str


def record_export(store: Store, entry: ExportEntry) -> None:
    """Called inside the export's transaction."""
    store.db["bundle_exports"].insert(
        {
            **entry.__dict__,
            "tables": json.dumps(list(entry.tables)),
        }
    )


def exports(store: Store, conference_id: str | None = None) -> list[ExportEntry]:
    where, params = ("conference_id = ?", (conference_id,)) if conference_id else ("1", ())
    rows = store.conn.execute(f"SELECT * FROM bundle_exports WHERE {where} ORDER BY created_hlc", params)
    return [
        ExportEntry(**{**dict(row), "tables": tuple(json.loads(row["tables"]))})  # type: ignore[arg-type]
        for row in rows
    ]


def last_export_of_key(store: Store, key_id: str) -> tuple[int, str] | None:
    """(sequence, manifest sha256) of the last bundle this workspace signed with the key."""
    row = store.conn.execute(
        "SELECT sequence, manifest_sha256 FROM bundle_exports WHERE key_id = ?"
        " ORDER BY sequence DESC LIMIT 1",
        (key_id,),
    ).fetchone()
    return (row[0], row[1]) if row else None


@dataclass(frozen=True)
class ImportEntry:
    """One imported bundle as the ledger holds it; `rundabord imports` lists these."""

    manifest_sha256: str
    bundle_id: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]
    signer_name: str
    key_id: str
    trusted_as: tuple[Message, ...]  # what the signer was trusted for when it was imported
    sequence: int
    previous: str | None
    created_utc: str
    created_hlc: str
    imported_at: str
    source_path: str
    counts: dict[str, int] = field(default_factory=dict)
    flags: tuple[Message, ...] = ()  # the importer's remarks

    def as_json(self) -> dict[str, Any]:
        """English sentences for people (`flags`, `trusted_as`), codes for programs (`remarks`, `trust`)."""
        return {
            **self.__dict__,
            "tables": list(self.tables),
            "trusted_as": english(self.trusted_as),
            "trust": [m.as_json() for m in self.trusted_as],
            "flags": [m.english() for m in self.flags],
            "remarks": [m.as_json() for m in self.flags],
        }


def record_import(store: Store, entry: ImportEntry) -> None:
    """Called inside the import's transaction. Plain SQL, not sqlite-utils: an import process would
    otherwise load sqlite-utils (with numpy, where installed) for this one row per bundle, a few
    hundred milliseconds of a hundred re-imported bundles' CPU."""
    row = {
        **entry.__dict__,
        "tables": json.dumps(list(entry.tables)),
        "counts": json.dumps(entry.counts, sort_keys=True),
        "trusted_as": dumps(entry.trusted_as),
        "flags": dumps(entry.flags),
    }
    store.conn.execute(
        f"INSERT INTO bundle_imports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def _import_entry(row: Any) -> ImportEntry:
    values = dict(row)
    values["tables"] = tuple(json.loads(values["tables"]))
    values["counts"] = json.loads(values["counts"])
    values["flags"] = loads(values["flags"])
    values["trusted_as"] = loads(values["trusted_as"])
    return ImportEntry(**values)


def imported(store: Store, manifest_sha256: str) -> ImportEntry | None:
    row = store.conn.execute(
        "SELECT * FROM bundle_imports WHERE manifest_sha256 = ?", (manifest_sha256,)
    ).fetchone()
    return _import_entry(row) if row else None


def imports(store: Store, conference_id: str | None = None) -> list[ImportEntry]:
    where, params = ("conference_id = ?", (conference_id,)) if conference_id else ("1", ())
    rows = store.conn.execute(
        f"SELECT * FROM bundle_imports WHERE {where} ORDER BY imported_at, rowid", params
    )
    return [_import_entry(row) for row in rows]


def sequences_of_key(store: Store, key_id: str) -> dict[int, list[str]]:
    """{sequence: [manifest sha256, ...]} of every bundle imported from the key."""
    result: dict[int, list[str]] = {}
    for seq, sha in store.conn.execute(
        "SELECT sequence, manifest_sha256 FROM bundle_imports WHERE key_id = ?", (key_id,)
    ):
        result.setdefault(seq, []).append(sha)
    return result


def chain_of_key(store: Store, key_id: str) -> list[tuple[int, str, str | None, str]]:
    """(sequence, manifest sha256, previous, created stamp) of every bundle imported from the key."""
    return [
        (row[0], row[1], row[2], row[3])
        for row in store.conn.execute(
            "SELECT sequence, manifest_sha256, previous, created_hlc FROM bundle_imports WHERE key_id = ?",
            (key_id,),
        )
    ]


def last_export_path(store: Store) -> Path | None:
    """Where this workspace's latest bundle was written."""
    row = store.conn.execute("SELECT path FROM bundle_exports ORDER BY rowid DESC LIMIT 1").fetchone()
    return Path(row[0]) if row else None

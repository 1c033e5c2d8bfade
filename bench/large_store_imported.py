"""What a secretariat store keeps of the table exports it imported, written for a generated conference.

A store filled by real imports holds, for every table's signed export it merged: every line of it in
`merge_lines` (the line itself as fork evidence, under its line digest, with what the digest stands
for when the line is a note: app/merge/lines.py), the export's place in its signer's chain in
`merge_carriers`, its row in the imports ledger, the chair's trusted key and the chair's laptop tied
to that key (`origin_signers`). The large store's generator makes its notes with the bulk path, not
by importing a million notes' bundles; this writes what one import of each table's whole export
would have left, through the code an import itself uses for the lines and the chain (forks.remember),
with the real line digests of that export's compact lines under a chair key of its own.

The digests lead with their signer's and conference's 4 characters (app/bundles/codec.py), so the
large store's digest index holds 8,000 such runs, as a region's store after 200 conferences would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid

from app.bundles.codec import COMPACT, SKIPPABLE, digest_context, encode_records, line_digests
from app.bundles.export import table_records
from app.bundles.format import KIND_TABLE, key_id_for
from app.bundles.ledger import ImportEntry, record_import
from app.merge.forks import Carrier, remember
from app.messages import message
from app.store import Store

IMPORTED_AT = "2026-03-12T12:00:00Z"


def as_imported(store: Store, conference_id: str, tables: int) -> int:
    """Write what importing each of the conference's `tables` exports once leaves; the lines kept."""
    kept = 0
    with store.transaction():
        for table in range(1, tables + 1):
            kept += _table_imported(store, conference_id, table)
    return kept


def _table_imported(store: Store, conference_id: str, table: int) -> int:
    # A chair's public key (any 32 bytes that are not a weak key will do: nothing is verified here).
    public = hashlib.sha256(f"bench chair\0{conference_id}\0{table}".encode()).digest()
    key_id = key_id_for(public)
    records = list(table_records(store, conference_id, table))
    lines = encode_records(records, COMPACT)[:-1].split(b"\n")  # what the chair's export carries
    digests = line_digests(digest_context(COMPACT, key_id, conference_id), lines)
    known = {
        digest: (record["id"], record["type"], table, conference_id)
        for digest, record in zip(digests, records, strict=True)
        if record["type"] in SKIPPABLE
    }
    manifest_sha256 = hashlib.sha256(b"bench manifest\0" + key_id.encode()).hexdigest()
    bundle_id, origin, signer = str(uuid.uuid4()), uuid.uuid4().hex[:16], f"Ordförande bord {table}"
    created_hlc = str(store.clock.tick())
    carrier = Carrier(
        manifest_sha256=manifest_sha256,
        key_id=key_id,
        sequence=1,
        previous=None,
        created_hlc=created_hlc,
        created_utc=IMPORTED_AT,
        bundle_id=bundle_id,
        signer_name=signer,
        origin=origin,
        conference_id=conference_id,
        tables=(table,),
        lines=tuple(digests),
        texts=tuple(lines),
        known=known,
    )
    remember(store, carrier, [])
    record_import(
        store,
        ImportEntry(
            manifest_sha256=manifest_sha256,
            bundle_id=bundle_id,
            kind=KIND_TABLE,
            conference_id=conference_id,
            tables=(table,),
            signer_name=signer,
            key_id=key_id,
            trusted_as=(message("grant-chair", table=table, conference=conference_id),),
            sequence=1,
            previous=None,
            created_utc=IMPORTED_AT,
            created_hlc=created_hlc,
            imported_at=IMPORTED_AT,
            source_path=f"/inkorg/{bundle_id}.rbz",
            counts={"new": len(records), "updated": 0, "unchanged": 0, "conflicts": 0, "superseded": 0},
        ),
    )
    store.conn.execute(
        "INSERT INTO bundle_trust (key_id, public_key, name, role, conference_id, table_number, added_at,"
        " revoked_at, source) VALUES (?, ?, ?, 'chair', ?, ?, ?, NULL, 'manual')",
        (key_id, base64.b64encode(public).decode("ascii"), signer, conference_id, table, IMPORTED_AT),
    )
    store.conn.execute(
        "INSERT INTO origin_signers (origin, key_id, signer_name, bundle_id, seen_at) VALUES (?, ?, ?, ?, ?)",
        (origin, key_id, signer, bundle_id, IMPORTED_AT),
    )
    return len(lines)


def shape(store: Store) -> dict[str, object]:
    """What the store's `merge_lines` looks like: rows, rows remembering a note, distinct 4-character
    places, the digests' length, and lines kept whole (for a test to set a real import beside)."""
    rows, notes, places, lengths, whole = store.conn.execute(
        "SELECT count(*), count(record_id), count(DISTINCT substr(digest, 1, 4)),"
        " json_group_array(DISTINCT length(digest)), sum(record != '') FROM merge_lines"
    ).fetchone()
    return {"rows": rows, "notes": notes, "places": places, "lengths": json.loads(lengths), "whole": whole}

"""Who wrote a table's notes, for the justering: every signer who contributed and how many notes each.

A note's writer is known by its origin (the workspace that created it: the stamp of its conference,
which no edit changes). An origin is tied to the keys of the table exports that brought notes of it
(`remember`, called inside the import; see `_writers`); this workspace's own origin is its identity. A note
whose text was last written by an origin that is not a chair of its table (the secretariat) is a
correction: the chair's justering does not cover it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.bundles.format import KIND_TABLE
from app.bundles.ledger import utc_now_text
from app.dialect import stamp_origin
from app.roles import administered
from app.store import Store

if TYPE_CHECKING:
    from app.bundles.reader import Bundle


@dataclass(frozen=True)
class Contributor:
    name: str  # the name the secretariat trusted the key by (else the bundle's, or this workspace's own)
    notes: int
    key_id: str = ""  # two laptops of one chair may carry one name: the key tells them apart


def remember(store: Store, bundle: Bundle) -> None:
    """Tie every workspace that wrote the notes of a table export (created or edited them) to its
    signer (inside the import)."""
    if bundle.kind != KIND_TABLE:
        return
    # A known line's origins were tied to this very key before (Bundle.unseen).
    origins = {str(origin) for origin in bundle.stamp_origins("note", heads=False)}
    store.conn.executemany(
        "INSERT OR IGNORE INTO origin_signers (origin, key_id, signer_name, bundle_id, seen_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(o, bundle.key_id, bundle.signer_name, bundle.bundle_id, utc_now_text()) for o in sorted(origins)],
    )


def _writers(store: Store) -> dict[str, tuple[str, str]]:
    """Origin -> (key id, name) of the key whose laptop it is; this workspace -> its own identity.

    A copied laptop profile's bundles also carry the notes of the laptop it was copied from, so an
    origin brought by one key only is that key's; one brought by several goes to a key that has no
    origin of its own yet (the original laptop), else to the first key that brought it. The answer
    depends on the set of bundles seen, not on the order they came in.
    """
    from app.bundles.identity import own_public_key
    from app.bundles.inbox import trusted_names

    names = trusted_names(store)
    carried: dict[str, list[tuple[str, str]]] = {}
    for origin, key_id, signer_name in store.conn.execute(
        "SELECT origin, key_id, signer_name FROM origin_signers ORDER BY key_id"
    ):
        carried.setdefault(origin, []).append((key_id, names.get(key_id, signer_name)))
    found = {origin: keys[0] for origin, keys in carried.items() if len(keys) == 1}
    owners = {key_id for key_id, _name in found.values()}
    for origin, keys in sorted(carried.items()):
        if origin not in found:
            found[origin] = next((k for k in keys if k[0] not in owners), keys[0])
            owners.add(found[origin][0])
    own = own_public_key(store)
    if own is not None:
        from app.bundles.format import key_id_for

        found[store.origin] = (key_id_for(own[1]), own[0])
    return found


def _writer_alone(store: Store, origin: str) -> tuple[str, str] | None:
    """(key id, name) that `_writers` gives an origin, read for it alone (`_writers_of`)."""
    return _writers_of(store, {origin}).get(origin)


def _writers_of(store: Store, origins: set[str]) -> dict[str, tuple[str, str]]:
    """What `_writers` gives these origins, read for them alone when each was brought by one key (a
    laptop and its chair's key: the usual case), so that a table's or one edit's writers are not found
    by reading every signer and trusted key of a store that has imported for years. If any was brought
    by several keys (a copied laptop profile), they are decided among all, as `_writers` does."""
    from app.bundles.format import key_id_for
    from app.bundles.identity import own_public_key
    from app.bundles.inbox import trusted_names

    wanted = sorted(origins)
    carried: dict[str, list[tuple[str, str]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for origin, key_id, signer_name in store.conn.execute(
            "SELECT origin, key_id, signer_name FROM origin_signers"
            f" WHERE origin IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            carried.setdefault(origin, []).append((key_id, signer_name))
    if any(len(keys) > 1 for keys in carried.values()):
        return {o: w for o, w in _writers(store).items() if o in origins}
    names = trusted_names(store, [keys[0][0] for keys in carried.values()])
    found = {o: (keys[0][0], names.get(keys[0][0], keys[0][1])) for o, keys in carried.items()}
    own = own_public_key(store) if store.origin in origins else None
    if own is not None:
        found[store.origin] = (key_id_for(own[1]), own[0])
    return found


def _table_notes(store: Store, conference_id: str, table_number: int) -> list[tuple[str, str, str]]:
    """(note id, creating origin, origin of its text) of the table's live notes."""
    return [
        (row[0], row[1] or "", row[2] or "")
        for row in store.conn.execute(
            f"SELECT id, {stamp_origin(store, 'conference_id')}, {stamp_origin(store, 'text')}"
            " FROM notes WHERE conference_id = ? AND table_number = ? AND deleted = 0",
            (conference_id, table_number),
        )
    ]


def table_contributors(store: Store, conference_id: str, table_number: int) -> list[Contributor]:
    """Every signer whose workspace wrote notes of the table, with how many; most notes first."""
    notes = _table_notes(store, conference_id, table_number)
    writers = _writers_of(store, {created_by for _id, created_by, _text_by in notes})
    counts: Counter[tuple[str, str]] = Counter()  # per key, never per name: two keys may share one
    for _id, created_by, _text_by in notes:
        if created_by in writers:
            key_id, name = writers[created_by]
            counts[(name, key_id)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [Contributor(name, n, key_id) for (name, key_id), n in ranked]


def corrected_notes(store: Store, conference_id: str, table_number: int) -> set[str]:
    """Notes of the table whose text was last written by a workspace other than a chair of that table."""
    from app.bundles import trust

    notes = _table_notes(store, conference_id, table_number)
    writers = _writers_of(store, {text_by for _id, _created_by, text_by in notes if text_by})
    rows = store.conn.execute(  # the table's chairs' grants only, not the whole trust list
        "SELECT * FROM bundle_trust WHERE role = ? AND conference_id = ? AND table_number = ?",
        (trust.CHAIR, conference_id, table_number),
    ).fetchall()
    chair_keys = {e.key_id for e in (trust.TrustEntry(**dict(row)) for row in rows) if e.active}
    chair_origins = {o for o, (key_id, _name) in writers.items() if key_id in chair_keys}
    if conference_id not in administered(store):  # a chair's laptop: its own edits are the chair's
        chair_origins.add(store.origin)
    corrected = set()
    for note_id, created_by, text_by in notes:
        if text_by and text_by != created_by and text_by not in chair_origins:
            corrected.add(note_id)
    return corrected


@dataclass(frozen=True)
class Writer:
    """Who made an edit stamped with an origin: the key's trusted name and the bundle that brought it,
    or this workspace itself (`here`)."""

    name: str
    bundle_id: str = ""
    here: bool = False


def writer_of(store: Store, origin: str, rev: str | None = None) -> Writer | None:
    """The writer of edits stamped `origin`, when this store knows it (None: a workspace never seen).
    Given the edit's `rev`, the bundle is the writer's first table export signed after that edit (an
    export carries its table as it stands, so that one brought it); else the one that first showed
    the writer here."""
    if origin == store.origin:
        return Writer("", here=True)
    found = _writer_alone(store, origin)
    if found is None:
        return None
    row = None
    if rev is not None:
        row = store.conn.execute(
            "SELECT bundle_id FROM bundle_imports WHERE key_id = ? AND kind = ? AND created_hlc >= ?"
            " ORDER BY created_hlc LIMIT 1",
            (found[0], KIND_TABLE, rev),
        ).fetchone()
    if row is None:
        row = store.conn.execute(
            "SELECT bundle_id FROM origin_signers WHERE origin = ? AND key_id = ?", (origin, found[0])
        ).fetchone()
    return Writer(found[1], row[0] if row else "")

"""Quarantine: valid bundles from keys this workspace does not know, held until someone decides.

A held bundle is a copy of the file in `workspace.dir / "quarantine"` and a row in `bundle_quarantine`.
Accepting trusts the key (with a role) and imports the held bundles through the ordinary import path,
every check again; rejecting marks the key rejected (its bundles are refused from now on) and deletes
the held copies. On a store others share (PostgreSQL) the row also carries the bundle itself (m580): the
copy lies in the folder of the secretary who received it, and a colleague accepting it writes her own
copy from the row first.
"""

from __future__ import annotations

import base64
import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.bundles import trust
from app.bundles.clashes import proposed_grant, returning_chair
from app.bundles.files import write_whole
from app.bundles.format import SUFFIX, fingerprint_for, refused
from app.bundles.ledger import utc_now_text
from app.errors import NotFound, UserError
from app.store import Store

if TYPE_CHECKING:
    from app.bundles.reader import Bundle
    from app.workspace import Workspace


@dataclass(frozen=True)
class Held:
    manifest_sha256: str
    bundle_id: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]
    signer_name: str
    key_id: str
    public_key: str
    created_utc: str
    received_at: str
    file: str
    source_path: str

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(base64.b64decode(self.public_key))

    def as_json(self) -> dict:
        return {**self.__dict__, "tables": list(self.tables), "fingerprint": self.fingerprint}


# Anyone who can drop files on the share can make bundles from keys of their own: the quarantine holds a
# bounded number per unknown key and in all, so it cannot fill the secretariat's disk.
MAX_HELD_PER_KEY = 50
MAX_HELD_BYTES = 512 * 1024 * 1024


def hold(workspace: Workspace, bundle: Bundle, data: bytes, source: str) -> bool:
    """Keep a copy; False if it was already held. Raises BundleError("quarantine") when full."""
    store = workspace.store
    if store.conn.execute(
        "SELECT 1 FROM bundle_quarantine WHERE manifest_sha256 = ?", (bundle.manifest_sha256,)
    ).fetchone():
        return False
    _check_room(store, bundle.key_id, len(data))
    path = _folder(store) / f"{bundle.manifest_sha256}{SUFFIX}"
    write_whole(path, data)
    try:
        _insert_held(store, bundle, path, source, data)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()  # no row, no copy: the next import tries again
        raise
    return True


def _check_room(store: Store, key_id: str, size: int) -> None:
    (per_key,) = store.conn.execute(
        "SELECT COUNT(*) FROM bundle_quarantine WHERE key_id = ?", (key_id,)
    ).fetchone()
    if per_key >= MAX_HELD_PER_KEY:
        raise refused("quarantine", "quarantine-key-full", count=per_key, key=key_id)
    folder = _folder(store)
    held_bytes = sum(p.stat().st_size for p in folder.glob(f"*{SUFFIX}")) if folder.is_dir() else 0
    if held_bytes + size > MAX_HELD_BYTES:
        raise refused("quarantine", "quarantine-full", mib=held_bytes // 2**20)


def _folder(store: Store) -> Path:
    """The workspace's quarantine folder, found from this process's view of the store: rows name only
    the file, so a workspace opened by a relative path, or moved, still finds its held copies."""
    return Path(store.path).absolute().parent / "quarantine"


def _held_file(store: Store, recorded: str) -> str:
    # Rows written before only the name counted hold a path, perhaps relative to another folder.
    return str(_folder(store) / Path(recorded).name)


def _insert_held(store: Store, bundle: Bundle, path: Path, source: str, data: bytes) -> None:
    # Only a shared store carries the bytes: a SQLite workspace's folder is the only one reading its rows.
    shared = base64.b64encode(data).decode("ascii") if store.dialect != "sqlite" else None
    with store.transaction():
        store.db["bundle_quarantine"].insert(
            {
                "manifest_sha256": bundle.manifest_sha256,
                "bundle_id": bundle.bundle_id,
                "kind": bundle.kind,
                "conference_id": bundle.conference_id,
                "tables": json.dumps(list(bundle.tables)),
                "signer_name": bundle.signer_name,
                "key_id": bundle.key_id,
                "public_key": base64.b64encode(bundle.public_key).decode("ascii"),
                "created_utc": bundle.created_utc,
                "received_at": utc_now_text(),
                "file": str(path),
                "source_path": source,
                "data": shared,
            }
        )


def release(store: Store, manifest_sha256: str) -> str | None:
    """Drop the row of a held bundle (inside the import transaction); returns its file to delete."""
    row = store.conn.execute(
        "SELECT file FROM bundle_quarantine WHERE manifest_sha256 = ?", (manifest_sha256,)
    ).fetchone()
    if row is None:
        return None
    store.conn.execute("DELETE FROM bundle_quarantine WHERE manifest_sha256 = ?", (manifest_sha256,))
    return _held_file(store, row[0])


def keep_in_inbox(workspace: Workspace, held_file: str, bundle_id: str) -> None:
    """Move an imported bundle's quarantine copy into the workspace's inbox/, where `repair` imports
    again what was fetched (sync dropped its own copy when it held the bundle). A copy already there
    is enough; the quarantine's is then deleted."""
    inbox = workspace.dir / "inbox"
    target = inbox / f"{bundle_id}{SUFFIX}"
    with contextlib.suppress(OSError):
        if target.exists() or not bundle_id:
            Path(held_file).unlink()
            return
        inbox.mkdir(exist_ok=True)
        Path(held_file).replace(target)


_COLUMNS = (
    "manifest_sha256, bundle_id, kind, conference_id, tables, signer_name, key_id, public_key, created_utc,"
    " received_at, file, source_path"
)


def held(store: Store) -> list[Held]:
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM bundle_quarantine ORDER BY received_at, rowid"
    ).fetchall()
    found = [
        Held(
            **{
                **dict(row),
                "tables": tuple(json.loads(row["tables"])),
                "file": _held_file(store, row["file"]),
            }
        )
        for row in rows
    ]
    _copy_from_store(store, [h for h in found if not Path(h.file).exists()])
    _forget_decided_copies(store, {Path(h.file).name for h in found})
    return found


STALE_AFTER_S = 600  # a copy is written just before its row: younger ones may be on their way in


def _forget_decided_copies(store: Store, held_names: set[str]) -> None:
    """Delete this secretary's copies of bundles a colleague on the shared store accepted or rejected
    (their rows are gone): they would count against the quarantine's room for ever."""
    if store.dialect == "sqlite":  # one folder: accepting and rejecting here move or delete the copy
        return
    folder = _folder(store)
    if not folder.is_dir():
        return
    now = time.time()
    for path in folder.glob(f"*{SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.name not in held_names and now - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()


def _copy_from_store(store: Store, missing: list[Held]) -> None:
    """Write this secretary's own copy of bundles a colleague on the shared store received (m580)."""
    for h in missing:
        row = store.conn.execute(
            "SELECT data FROM bundle_quarantine WHERE manifest_sha256 = ?", (h.manifest_sha256,)
        ).fetchone()
        if row is not None and row[0]:
            with contextlib.suppress(
                OSError, UserError
            ):  # unreadable then, as a lost copy is: import refuses it
                write_whole(Path(h.file), base64.b64decode(row[0]))


def select(store: Store, selector: str) -> list[Held]:
    """Held bundles of one key, chosen by key id, bundle id or manifest hash (8+ leading characters)."""
    wanted = selector.strip().lower().replace(" ", "")
    if len(wanted) < 8:
        raise UserError("give at least 8 characters of a key id or bundle id")
    matches = [
        h
        for h in held(store)
        if h.key_id.startswith(wanted)
        or h.bundle_id.startswith(wanted)
        or h.manifest_sha256.startswith(wanted)
    ]
    if not matches:
        raise NotFound(f"nothing in quarantine matches {selector}")
    if len({h.key_id for h in matches}) > 1:
        raise UserError(f"{selector} matches bundles of several keys; give more characters")
    key_id = matches[0].key_id
    return [h for h in held(store) if h.key_id == key_id]


def chair_grant(bundles: list[Held], conference_id: str | None, table_number: int | None) -> trust.Grant:
    """A chair's grant with what was not given taken from the held bundles, when they all ask for one
    and the same table (the secretariat names the role; the bundle already says which table)."""
    asked = proposed_grant(bundles)
    if conference_id is not None and table_number is not None:
        return trust.Grant(trust.CHAIR, conference_id, table_number)
    fits = (
        asked is not None
        and asked.role == trust.CHAIR
        and conference_id in (None, asked.conference_id)
        and table_number in (None, asked.table_number)
    )
    if not fits:
        if asked is None or asked.role != trust.CHAIR:
            raise UserError(
                "the held bundles do not all ask for one table; give --conference ID and --table N"
            )
        conference = str(asked.conference_id)[:8]
        raise UserError(
            f"the held bundles ask for table {asked.table_number} (conference {conference});"
            " to trust the key for another table give both --conference ID and --table N"
        )
    return asked


def granted_on_accept(store: Store, bundles: list[Held], grant: trust.Grant | None) -> trust.Grant | None:
    """What accepting adds to the trust list: `grant` when given; else, for a key not trusted here yet,
    the role the bundles ask for; for a returning chair at a new conference, the table asked for
    (returning_chair); None for any other key already trusted (it keeps exactly its grants)."""
    first = bundles[0]
    current = trust.status(store, base64.b64decode(first.public_key))
    if grant is None and current.revoked:
        raise UserError(
            f"the key {first.key_id} ({first.signer_name}) was revoked here; to trust it again, "
            "give the role (--role, with --conference and --table for a chair)"
        )
    if grant is None and current.known:
        grant = returning_chair(store, bundles)  # the remedy for a chair back at a new conference
    elif grant is None:
        grant = proposed_grant(bundles)
        if grant is None:
            raise UserError(
                "these bundles cover several tables or kinds; give the role to trust the key with"
            )
    return grant


def reject(workspace: Workspace, selector: str) -> list[Held]:
    """Refuse the key from now on and delete its held bundles."""
    store = workspace.store
    bundles = select(store, selector)
    first = bundles[0]
    with store.transaction():
        trust.reject(store, base64.b64decode(first.public_key), first.signer_name)
        store.conn.execute("DELETE FROM bundle_quarantine WHERE key_id = ?", (first.key_id,))
    for h in bundles:
        with contextlib.suppress(OSError):
            Path(h.file).unlink()
    return bundles


def key_rev(store: Store, key_id: str) -> str:
    """The rev of the key's place in quarantine (app/bundles/held_rev.py says what it is for): here, where
    the inbox's scan can read it with what is held, without importing the edits machinery."""
    from app.revs import rev_digest

    held = sorted(
        row[0]
        for row in store.conn.execute(
            "SELECT manifest_sha256 FROM bundle_quarantine WHERE key_id = ?", (key_id,)
        )
    )
    trusted = sorted(
        (
            [row["role"], row["conference_id"], row["table_number"], row["revoked_at"] is None, row["name"]]
            for row in store.conn.execute("SELECT * FROM bundle_trust WHERE key_id = ?", (key_id,))
        ),
        key=json.dumps,
    )
    return rev_digest([key_id, held, trusted])

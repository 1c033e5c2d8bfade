"""The outbox: signed bundles waiting in `workspace.outbox_dir`, and which of them reached which target.

Export writes a bundle there whole (`<bundle id>.rbz`); sync sends it. A bundle is *sent* to a target once
that target holds a file with its exact bytes; the record of that lives in the `sync_sent` table, keyed
by the file's SHA-256, so a re-exported table (new bytes) is pending again.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.bundles.format import KINDS, MANIFEST, MAX_MANIFEST_BYTES, SUFFIX
from app.messages import Message, message
from app.store import Store
from app.sync.targets import safe_id

PENDING = "pending"
SENT = "sent"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class OutboxEntry:
    path: Path
    size: int
    sha256: str
    bundle_id: str
    conference_id: str
    kind: str
    tables: tuple[int, ...]
    created: str
    problem: str = ""  # set when the file cannot be sent (not a bundle we can route), in English
    why: Message | None = None  # the problem as data, for the windows

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class OutboxStatus:
    entry: OutboxEntry
    state: str  # PENDING, SENT or UNREADABLE
    sent_to: tuple[tuple[str, str], ...]  # (target, sent_at) of every target it reached


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_routing(path: Path) -> dict:
    """The manifest fields sync needs to route a bundle. Only routing: the receiver verifies everything."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(MANIFEST)
        if info.file_size > MAX_MANIFEST_BYTES:
            raise ValueError("manifest too large")
        manifest = json.loads(archive.read(info).decode("utf-8"))
    if not isinstance(manifest, dict):
        raise ValueError("manifest is not an object")
    return manifest


# (path, size, mtime) -> entry: the status bar re-reads the outbox often; unchanged files are not re-hashed.
_described: dict[tuple[str, int, int], OutboxEntry] = {}


def describe(path: Path) -> OutboxEntry:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _described:
        if len(_described) > 4096:
            _described.clear()
        _described[key] = _describe(path, stat.st_size)
    return _described[key]


def _describe(path: Path, size: int) -> OutboxEntry:
    sha = file_sha256(path)
    try:
        manifest = read_routing(path)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        why = message("outbox-unreadable", file=path.name, error=str(exc))
        return OutboxEntry(path, size, sha, "", "", "", (), "", why.english(), why)
    bundle_id, conference_id, kind = (manifest.get(k) for k in ("bundle_id", "conference", "kind"))
    tables = manifest.get("tables") if isinstance(manifest.get("tables"), list) else []
    created = manifest.get("created")
    created_text = created.get("utc", "") if isinstance(created, dict) else str(created or "")
    why = None
    if not (safe_id(bundle_id) and safe_id(conference_id) and kind in KINDS):
        why = message("outbox-unroutable", file=path.name)
    return OutboxEntry(
        path,
        size,
        sha,
        bundle_id if safe_id(bundle_id) else "",
        conference_id if safe_id(conference_id) else "",
        kind if kind in KINDS else "",
        tuple(t for t in tables if isinstance(t, int)),
        created_text,
        why.english() if why else "",
        why,
    )


def entries(outbox_dir: Path) -> list[OutboxEntry]:
    """Every bundle in the outbox, oldest first; half-written temporary files are not bundles yet."""
    if not outbox_dir.is_dir():
        return []
    paths = [
        p
        for p in outbox_dir.iterdir()
        if p.is_file() and p.name.endswith(SUFFIX) and not p.name.startswith(".")
    ]
    found = [describe(p) for p in sorted(paths, key=lambda p: (p.stat().st_mtime_ns, p.name))]
    return found


def sent_to(store: Store, sha256: str) -> list[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT target, sent_at FROM sync_sent WHERE sha256 = ? ORDER BY sent_at", (sha256,)
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def status(store: Store, outbox_dir: Path, target: str | None) -> list[OutboxStatus]:
    """Each outbox bundle with its state: pending for `target`, or, with no target, for every target."""
    result = []
    for entry in entries(outbox_dir):
        reached = tuple(sent_to(store, entry.sha256))
        if entry.problem:
            state = UNREADABLE
        elif target is None:
            state = SENT if reached else PENDING
        else:
            state = SENT if any(t == target for t, _ in reached) else PENDING
        result.append(OutboxStatus(entry, state, reached))
    return result


def mark_sent(store: Store, entry: OutboxEntry, target: str) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO sync_sent(sha256, target, file, bundle_id, conference_id, sent_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (entry.sha256, target, entry.name, entry.bundle_id, entry.conference_id, now_utc()),
        )

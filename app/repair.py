"""`rundabord repair`: check the workspace database; if it is damaged or lost, restore the newest whole
automatic backup and bring it up to date from the bundles the workspace holds.

The damaged file is never deleted: it is moved aside (`workspace.sqlite3.damaged-<time>`) for anyone who
wants to look at it. After the restore, the bundles in `inbox/` (what sync fetched) are imported again
through the ordinary import path (what the backup already had is a no-op), and this workspace's own
exports in `outbox/` are merged back with their ledger rows, so no sequence number is signed twice.

A store on a PostgreSQL server has no file here to check or restore (the server's and IT's: pg_dump).
There repair checks and rebuilds what Rundabord derives from the records (app/pg/check.py), then
brings the workspace's bundles back the same way: after IT restored an older dump, each secretary's
repair puts back what her inbox and outbox hold.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app import backup, repair_hold, store_file
from app.errors import UserError
from app.messages import plural
from app.workspace import DB_NAME, Workspace, on_postgresql


@dataclass
class RepairReport:
    whole: bool  # the database passed the integrity check: nothing was changed
    restored_from: Path | None = None
    moved_aside: Path | None = None
    reimported: int = 0  # inbox bundles imported again
    own_exports: int = 0  # own outbox bundles merged back
    lost_log_pages: int = 0  # committed pages the deleted write-ahead log took with it
    problems: list[str] = field(default_factory=list)
    on_server: bool = False  # the store is on a PostgreSQL server
    rebuilt: list[str] = field(default_factory=list)  # derived data made again (on a server)

    def lines(self) -> list[str]:
        if self.on_server:
            return self._server_lines()
        if self.whole:
            return ["the workspace database is whole (integrity check passed); nothing to repair"]
        out = []
        if self.lost_log_pages:
            out.append(
                f"the write-ahead log was deleted with {self.lost_log_pages} saved pages not yet in the"
                " database; what was not also exported or imported as a bundle is lost"
            )
        out.append(f"restored the backup {self.restored_from}")
        if self.moved_aside:
            out.append(f"the damaged database was moved aside to {self.moved_aside}")
        out.append(
            f"imported {plural(self.reimported, 'bundle')} from the inbox again,"
            f" merged back {plural(self.own_exports, 'own export')}"
        )
        out += [f"problem: {p}" for p in self.problems]
        return out

    def _server_lines(self) -> list[str]:
        out = [
            "the store is on a PostgreSQL server: its files and backups are the server's (pg_dump, see the"
            " README's section for IT); checked what Rundabord derives from the records"
        ]
        out += self.rebuilt or [
            "indexes and record digests are consistent with the records; nothing to rebuild"
        ]
        out.append(
            f"imported {plural(self.reimported, 'bundle')} from the inbox again,"
            f" merged back {plural(self.own_exports, 'own export')}"
        )
        return out + [f"problem: {p}" for p in self.problems]


def integrity_problem(path: Path) -> str | None:
    """Why SQLite finds the database at `path` damaged, or None when it is whole (a backup that cannot
    be read now, for a reason that is not damage, is no whole backup either)."""
    if not path.is_file() or path.stat().st_size == 0:
        return "missing or empty"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc) if backup.is_damage(exc) else f"cannot be read: {exc}"
    return None if rows == [("ok",)] else str(rows[0][0])


def repair(directory: Path) -> RepairReport:
    directory = Path(directory)
    if on_postgresql(directory):
        return _repair_on_server(directory)
    database = directory / DB_NAME
    lost_log = store_file.unsaved_frames_of_lost_log(database)
    with repair_hold.held(database) as hold:  # nobody opens it from here until it is moved aside
        if not lost_log and hold.problem is None:
            backup.clear_damage(directory)  # the full integrity check overrules an earlier quick check
            return RepairReport(whole=True)
        if lost_log:  # the file itself is whole but older than what was saved: the newer of it and a backup
            report = RepairReport(whole=False, lost_log_pages=lost_log)
            candidates = [b for b in backup.backups(directory) if integrity_problem(b) is None]
            hold.before_move()
            report.moved_aside = _move_aside(database)
        else:
            source = next((b for b in backup.backups(directory) if integrity_problem(b) is None), None)
            if source is None:
                raise UserError(
                    f"{database} is damaged and {backup.folder_of(directory)} holds no whole backup; keep"
                    " the folder as it is and ask for help (the bundles in outbox/ and inbox/ hold what was"
                    " signed)"
                )
            report = RepairReport(whole=False, restored_from=source)
            staged = _stage(source, database)  # the long copy, while the file is still held
            hold.before_move()
            report.moved_aside = _move_aside(database)
    if lost_log:
        return _after_lost_log(directory, database, report, candidates)
    os.replace(staged, database)
    backup.clear_damage(directory)
    return _bring_bundles_back(directory, report)


def _repair_on_server(directory: Path) -> RepairReport:
    from app.pg import check

    report = RepairReport(whole=True, on_server=True)
    workspace = Workspace(directory)
    workspace.store.refuse_writes = None  # what the quick check at open refused is what this rebuilds
    try:
        report.rebuilt = check.rebuild(workspace.store, check.problems(workspace.store))
    finally:
        workspace.close()
    return _bring_bundles_back(directory, report)


def _after_lost_log(
    directory: Path, database: Path, report: RepairReport, candidates: list[Path]
) -> RepairReport:
    """Start again from whichever is newer, the database as the last checkpoint left it (moved aside)
    or the newest whole backup, then bring back every bundle this workspace signed or fetched since."""
    newest = max(candidates, key=_clock_of, default=None)
    if newest is not None and _clock_of(newest) > _clock_of(report.moved_aside):
        report.restored_from = newest
    else:
        report.restored_from = report.moved_aside
    _restore(report.restored_from, database)
    return _bring_bundles_back(directory, report)


def _bring_bundles_back(directory: Path, report: RepairReport) -> RepairReport:
    """Into the restored store: every bundle fetched into the inbox, then this workspace's own exports."""
    workspace = Workspace(directory)
    try:
        _reimport_inbox(workspace, report)
        _merge_own_exports(workspace, report)
    finally:
        workspace.close()
    return report


def _clock_of(path: Path | None) -> str:
    """The workspace clock a database file had reached: the later of two copies holds more."""
    if path is None:
        return ""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def _move_aside(database: Path) -> Path | None:
    if not database.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    os.replace(database, aside)
    for suffix in ("-wal", "-shm"):  # a stale log must never be replayed into the restored file
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def _stage(source: Path, database: Path) -> Path:
    """A whole, synced copy of `source` beside the database, to be renamed into its place."""
    partial = database.with_name(f".{database.name}.restoring")
    with contextlib.suppress(OSError):
        partial.unlink()
    shutil.copyfile(source, partial)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    return partial


def _restore(source: Path, database: Path) -> None:
    os.replace(_stage(source, database), database)


def _reimport_inbox(workspace: Workspace, report: RepairReport) -> None:
    from app.bundles.importer import IMPORTED, REFUSED, import_files

    inbox = workspace.dir / "inbox"
    paths = sorted(inbox.glob("*.rbz")) if inbox.is_dir() else []
    for receipt in import_files(workspace, paths):
        if receipt.status == IMPORTED:
            report.reimported += 1
        elif receipt.status == REFUSED:
            report.problems.append(f"{receipt.path}: {receipt.reason}")


def _merge_own_exports(workspace: Workspace, report: RepairReport) -> None:
    """Own bundles signed after the backup: their records back, and their ledger rows, so the next
    export continues the sequence instead of signing a number again."""
    from app.bundles.export import finish_exports
    from app.bundles.format import BundleError
    from app.bundles.identity import find_identity
    from app.bundles.ledger import ExportEntry, exports, record_export
    from app.bundles.reader import read_bundle_file
    from app.merge import merge_records

    identity = find_identity(workspace)
    if identity is None:
        return
    finish_exports(workspace)
    store = workspace.store
    known = {e.manifest_sha256 for e in exports(store)}
    for path in sorted(workspace.outbox_dir.glob("*.rbz")):
        try:
            bundle, _data = read_bundle_file(path)
        except BundleError as exc:
            report.problems.append(f"{path}: {exc}")
            continue
        if bundle.key_id != identity.key_id or bundle.manifest_sha256 in known:
            continue
        with store.transaction():
            merge_records(store, bundle.records)
            record_export(
                store,
                ExportEntry(
                    manifest_sha256=bundle.manifest_sha256,
                    bundle_id=bundle.bundle_id,
                    kind=bundle.kind,
                    conference_id=bundle.conference_id,
                    tables=bundle.tables,
                    signer_name=identity.name,
                    key_id=bundle.key_id,
                    sequence=bundle.sequence,
                    created_utc=bundle.created_utc,
                    created_hlc=bundle.created_hlc,
                    path=str(path),
                ),
            )
        report.own_exports += 1

"""Sync figures: push and pull 40 signed table bundles over a loopback WebDAV server (wsgidav, basic auth).

Forty chairs each sign their table (60 notes) into the outbox; one outbox holding all forty is pushed
(PUT to a temporary name, size check, MOVE), then the secretariat pulls them: download, verify, merge.
A second sync of each side shows what an idle re-sync costs.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from app import conferences, notes
from app.bundles import export, identity, importer, trust
from app.conferences import parse_conference
from app.sync import engine, settings
from app.workspace import Workspace
from bench.webdav_loopback import LoopbackWebDav

TABLES = 40
NOTES_PER_TABLE = 60


def _conference(store) -> str:
    description = parse_conference(
        {
            "process": {"name": "Benchprocessen", "themes": ["Unga", "Jämställdhet"]},
            "conference": {"title": "Bänkkonferensen", "date": "2026-11-25"},
            "questions": [{"text": f"Fråga {n}"} for n in (1, 2, 3)],
            "tables": [{"number": n, "chair": f"Ordförande {n}"} for n in range(1, TABLES + 1)],
        }
    )
    return conferences.create_conference(store, description)


def _keyring_in_memory() -> None:
    """This benchmark must not touch (or need) the user's keyring: passwords live in a dict for its run."""
    import keyring
    import keyring.backend

    class InMemory(keyring.backend.KeyringBackend):
        priority = 1
        passwords: dict[tuple[str, str], str] = {}  # noqa: RUF012  (one run, one dict)

        def get_password(self, service: str, username: str) -> str | None:
            return self.passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.passwords.pop((service, username), None)

    keyring.set_keyring(InMemory())


def _sync(workspace: Workspace, url: str) -> tuple[float, engine.SyncReport]:
    target = settings.open_target(workspace.store, url)
    started = time.perf_counter()
    try:
        report = engine.run_sync(workspace, target)
    finally:
        target.close()
    return time.perf_counter() - started, report


def main() -> None:
    _keyring_in_memory()
    root = Path(tempfile.mkdtemp(prefix="rundabord-bench-sync-"))
    try:
        secretariat = Workspace.create(root / "kansli", "secretariat")
        identity.create_identity(secretariat, "Kansliet")
        conference_id = _conference(secretariat.store)
        pack = export.export_pack(secretariat, conference_id, root / "pack.rbz").path
        courier = Workspace.create(root / "courier")  # one outbox holding every table's bundle
        started = time.perf_counter()
        for number in range(1, TABLES + 1):
            chair = Workspace.create(root / f"chair{number}")
            me = identity.create_identity(chair, f"Ordförande {number}")
            trust.add(secretariat.store, me.public_key, me.name, "chair", conference_id, number)
            importer.import_files(chair, [pack])
            with chair.store.transaction():
                for i in range(NOTES_PER_TABLE):
                    notes.add_note(
                        chair.store, conference_id, number, 1 + i % 3, f"Bord {number}, anteckning {i}: " * 3
                    )
            result = export.export_table(chair, conference_id, number)
            shutil.copy2(result.path, courier.outbox_dir / result.path.name)
            chair.close()
        prepared = time.perf_counter() - started
        total_bytes = sum(p.stat().st_size for p in courier.outbox_dir.glob("*.rbz"))
        print(f"   prepared {TABLES} signed table bundles ({NOTES_PER_TABLE} notes each, "
              f"{total_bytes / 1024:.0f} KiB in all) in {prepared:.1f} s")  # fmt: skip

        with LoopbackWebDav(root / "share") as server:
            for workspace in (courier, secretariat):
                settings.configure(workspace.store, server.url, user=server.user, password=server.password)
            seconds, report = _sync(courier, server.url)
            print(f"   push {len(report.pushed)} bundles:           {seconds:6.2f} s  "
                  f"({seconds / TABLES * 1000:.0f} ms a bundle)")  # fmt: skip
            seconds, report = _sync(courier, server.url)
            print(f"   re-sync, nothing to push:    {seconds:6.2f} s")
            seconds, report = _sync(secretariat, server.url)
            imported = [p for p in report.pulled if p.outcome == engine.IMPORTED]
            print(f"   pull and import {len(imported)} bundles: {seconds:6.2f} s  "
                  f"({seconds / TABLES * 1000:.0f} ms a bundle: download, verify, merge)")  # fmt: skip
            seconds, report = _sync(secretariat, server.url)
            print(f"   re-sync, nothing new:        {seconds:6.2f} s")
            count = len(notes.list_notes(secretariat.store, conference_id))
            print(f"   central store holds {count} notes of {TABLES * NOTES_PER_TABLE}")
        courier.close()
        secretariat.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

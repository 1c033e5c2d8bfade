"""Two secretaries on one PostgreSQL store sync one WebDAV folder at the same moment, each from her own
workspace folder (so each her own sync lock, app/sync/busy.py): Anna's download waits on the server
(tests/app/sync/hostile_dav.py holds it until the test lets it go) while Britt syncs in full. Both
complete, each table export is merged once, and what the store remembers of the folder is one row a file.
Nothing waits on a clock."""

from __future__ import annotations

import threading

from app.sync import engine
from app.sync.webdav import WebDavTarget
from app.workspace import Workspace
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav


def _sync(workspace: Workspace, url: str) -> engine.SyncReport:
    target = WebDavTarget(url, workspace.store.origin, user=USER, password=PASSWORD)
    try:
        return engine.run_sync(workspace, target)
    finally:
        target.close()


def test_two_secretaries_of_one_store_sync_at_once(world, pg_dsn, tmp_path) -> None:
    anna = world.secretariat(tmp_path / "anna", pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    outcome: dict[str, object] = {}
    with HostileDav() as server:
        server.folders.add(world.conference_id)
        exports = world.round1[:2]
        for path in exports:
            server.files[f"{world.conference_id}/{path.name}"] = path.read_bytes()
        server.misbehave("GET", "pause")  # Anna's first download waits for the test

        def annas_window() -> None:
            try:
                outcome["anna"] = _sync(anna, server.url)
            except BaseException as exc:  # handed to the test below
                outcome["error"] = exc
                server.held.set()

        thread = threading.Thread(target=annas_window)
        thread.start()
        try:
            assert server.held.wait(120), outcome
            britts = _sync(britt, server.url)
        finally:
            server.release()
            thread.join(120)
    try:
        assert not thread.is_alive() and "error" not in outcome, outcome
        assert sorted(p.outcome for p in britts.pulled) == ["imported", "imported"]
        annas = outcome["anna"]
        assert sorted(p.outcome for p in annas.pulled) == ["already", "already"]  # merged once
        assert not annas.problems and not britts.problems
        rows = anna.store.conn.execute("SELECT count(*) FROM sync_seen WHERE target = ?", (server.url,))
        assert rows.fetchone()[0] == len(exports)
        assert sorted(p.name for p in (tmp_path / "britt" / "inbox").iterdir()) == sorted(
            p.name for p in exports
        )
        assert not list(tmp_path.rglob("*.part"))
    finally:
        anna.close()
        britt.close()

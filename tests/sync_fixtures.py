"""Sync fixtures: a keyring in memory, a real WebDAV server on 127.0.0.1, workspaces and outbox files.

One module, imported by the conftests of the sync tests (core and GUI) and of the PostgreSQL tests."""

from __future__ import annotations

import io
import json
import shutil
import uuid
import zipfile
from pathlib import Path

import pytest

from app.workspace import Workspace
from bench import webdav_loopback as loopback


def sync_once(workspace: Workspace):
    """One sync of `workspace` with the target its settings name, as the Sync button runs it."""
    from app.sync import engine, settings

    target = settings.open_target(workspace.store)
    try:
        return engine.run_sync(workspace, target)
    finally:
        target.close()


class MemoryKeyring:
    """A keyring backend that lives and dies with the test: the user's real keyring is never touched."""

    def __new__(cls):
        import keyring.backend

        class _Backend(keyring.backend.KeyringBackend):
            priority = 1

            def __init__(self) -> None:
                super().__init__()
                self.passwords: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.passwords.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.passwords[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                from keyring.errors import PasswordDeleteError

                if self.passwords.pop((service, username), None) is None:
                    raise PasswordDeleteError("no such password")

        return _Backend()


@pytest.fixture(autouse=True)
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def loopback_module():
    return loopback


@pytest.fixture(scope="module")
def _dav_server(tmp_path_factory: pytest.TempPathFactory):
    server = loopback.LoopbackWebDav(tmp_path_factory.mktemp("dav-share")).start()
    yield server
    server.close()


@pytest.fixture
def dav(_dav_server):
    """The running loopback WebDAV server, its share emptied and its faults cleared for this test."""
    server = _dav_server
    server.faults.__init__()
    if server._server is None:  # a previous test stopped it
        server.start()
    for child in server.root.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    yield server
    server.faults.unstall.set()  # a request a test left stalled lets go
    server.faults.__init__()
    if server._server is None:
        server.start()


@pytest.fixture
def dav_configured(dav, chair: Workspace):
    """The chair workspace configured for the loopback server, password in the (test) keyring."""
    from app.sync import settings

    settings.configure(chair.store, dav.url, user=loopback.USER, password=loopback.PASSWORD)
    return dav


@pytest.fixture
def chair(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "chair")
    yield workspace
    workspace.close()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    path = tmp_path / "share"
    path.mkdir()
    return path


def _plain_bundle(
    folder: Path,
    *,
    conference: str = "c0nference-1",
    kind: str = "table-export",
    table: int = 1,
    padding: int = 0,
) -> Path:
    """A file shaped like a bundle (a zip with a manifest) for transport tests; never imported."""
    bundle_id = str(uuid.uuid4())
    manifest = {"bundle_id": bundle_id, "conference": conference, "kind": kind, "tables": [table]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("records.jsonl", "x" * padding)  # stored: padding makes the file that big
    path = folder / f"{bundle_id}.rbz"
    path.write_bytes(buffer.getvalue())
    return path


def _remote_files(root: Path) -> list[str]:
    """Every file under a share, as relative paths, temporary ones included."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def plain_bundle():
    return _plain_bundle


@pytest.fixture
def remote_files():
    return _remote_files

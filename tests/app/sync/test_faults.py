"""Every fault leaves the outbox pending and retryable, nothing half-written at a final name, one line."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.sync import engine, errors, outbox, settings
from app.sync.errors import SyncError
from app.sync.folder import FolderTarget
from app.sync.webdav import WebDavTarget
from tests.small_disk import mounted_tmpfs


def _pending(workspace, target_text):
    return [
        s.entry.name
        for s in outbox.status(workspace.store, workspace.outbox_dir, target_text)
        if s.state == "pending"
    ]


def _final_names(root: Path) -> list[str]:
    """Files a reader would take: final names only (temporary ones start with a dot)."""
    return sorted(p.name for p in root.rglob("*.rbz") if p.is_file() and not p.name.startswith("."))


def _fails(workspace, target) -> SyncError:
    with pytest.raises(SyncError) as caught:
        engine.run_sync(workspace, target)
    message = str(caught.value)
    assert "\n" not in message and message.strip() == message and len(message) < 300
    return caught.value


def _assert_intact_then_retry(workspace, target, bundle: Path, root: Path) -> None:
    assert bundle.read_bytes()  # the outbox copy is still there
    assert _pending(workspace, target.description) == [bundle.name]
    assert bundle.name not in _final_names(root)
    assert workspace.store.meta_get(settings.LAST_ERROR_KEY)
    report = engine.run_sync(workspace, target)  # the fault is gone: the retry delivers
    assert [e.name for e in report.pushed] == [bundle.name]
    assert _pending(workspace, target.description) == []
    assert (root / "conf-a" / bundle.name).read_bytes() == bundle.read_bytes()
    leftovers = [p.name for p in root.rglob("*") if p.is_file() and p.name.startswith(".")]
    assert leftovers == []  # the retry reused and moved the temporary name


# -- WebDAV: a WSGI layer answers the error codes -------------------------------------------------------

CASES = [
    (401, (), errors.AUTH, "user name or password"),
    (403, ("PUT",), errors.FORBIDDEN, "403"),
    (404, ("PUT",), errors.MISSING, "does not exist"),
    (409, ("MKCOL",), errors.MISSING, "parent folder"),
    (423, ("MOVE",), errors.LOCKED, "locked"),
    (507, ("PUT",), errors.FULL, "full"),
    (500, ("MOVE",), errors.SERVER, "500"),
]


@pytest.mark.parametrize(("status", "methods", "kind", "words"), CASES, ids=[str(c[0]) for c in CASES])
def test_webdav_error_answers(chair, dav_configured, plain_bundle, status, methods, kind, words):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a")
    dav_configured.faults.status, dav_configured.faults.methods = status, methods
    target = settings.open_target(chair.store)
    error = _fails(chair, target)
    assert error.kind == kind and words in str(error)
    assert error.retryable == (kind != errors.AUTH)
    dav_configured.faults.status = None
    _assert_intact_then_retry(chair, target, bundle, dav_configured.root)
    target.close()


def test_webdav_timeout(chair, dav_configured, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a")
    # The PUT stalls far beyond the client's 2 s: the timeout is certain, and the requests before it have
    # time to be answered on a loaded machine (with 0.3 s, a slow listing timed out instead)
    dav_configured.faults.stall_seconds, dav_configured.faults.methods = 120.0, ("PUT",)
    target = settings.open_target(chair.store, timeout=(5, 2))
    try:
        error = _fails(chair, target)
    finally:
        dav_configured.faults.stall_seconds = 0
        dav_configured.faults.unstall.set()
    assert error.kind == errors.TIMEOUT and "in time" in str(error)
    assert dav_configured.wait_idle(60)  # the stalled PUT may still write its temporary file: let it
    target.close()
    target = settings.open_target(chair.store)  # the retry as the laptop makes it, with its usual patience
    _assert_intact_then_retry(chair, target, bundle, dav_configured.root)
    target.close()


def test_webdav_server_down(chair, dav_configured, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a")
    dav_configured.stop()
    target = settings.open_target(chair.store, timeout=(2, 2))
    error = _fails(chair, target)
    assert error.kind == errors.UNREACHABLE and "cannot reach the server" in str(error)
    dav_configured.start()
    _assert_intact_then_retry(chair, target, bundle, dav_configured.root)
    target.close()


def test_webdav_server_stopped_mid_upload(chair, dav_configured, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a", padding=2_000_000)
    dav_configured.faults.stop_during_put = True
    target = settings.open_target(chair.store, timeout=(2, 5))
    error = _fails(chair, target)
    assert error.kind in (errors.UNREACHABLE, errors.SERVER)
    assert dav_configured._server is None  # the server really went away under the upload
    half = [p for p in (dav_configured.root / "conf-a").iterdir()]
    assert all(p.name.startswith(".") for p in half)  # at most a temporary file, never a final name
    dav_configured.faults.stop_during_put = False
    dav_configured.start()
    _assert_intact_then_retry(chair, target, bundle, dav_configured.root)
    target.close()


def test_webdav_read_only_share(chair, tmp_path, plain_bundle, loopback_module):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a")
    root = tmp_path / "ro-share"
    (root / "conf-a").mkdir(parents=True)
    with loopback_module.LoopbackWebDav(root, readonly=True) as server:
        target = WebDavTarget(server.url, "t", user=server.user, password=server.password)
        error = _fails(chair, target)
        target.close()
    assert error.kind == errors.FORBIDDEN
    assert _pending(chair, target.description) == [bundle.name] and _final_names(root) == []


# -- a folder target: read-only, full, gone --------------------------------------------------------------


def test_folder_read_only(chair, tmp_path, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a")
    root = tmp_path / "readonly"
    if os.name == "posix" and os.geteuid() != 0:
        root.mkdir()
        root.chmod(0o555)
        context = contextlib.nullcontext(root)
    else:  # root ignores permission bits: a read-only filesystem is the honest test
        context = mounted_tmpfs(root, "ro,size=1m")
    with context:
        target = FolderTarget(root, chair.store.origin)
        error = _fails(chair, target)
        assert error.kind == errors.READONLY and "read-only" in str(error)
        assert _pending(chair, str(root)) == [bundle.name] and _final_names(root) == []
    root.chmod(0o755)


def test_folder_disk_full_for_real(chair, tmp_path, plain_bundle):
    small = plain_bundle(chair.outbox_dir, conference="conf-a", padding=10_000)
    big = plain_bundle(chair.outbox_dir, conference="conf-a", padding=400_000)
    with mounted_tmpfs(tmp_path / "tiny", "size=256k") as root:
        target = FolderTarget(root, chair.store.origin)
        error = _fails(chair, target)
        assert error.kind == errors.FULL and "full" in str(error)
        assert _pending(chair, str(root)) == [big.name] or _pending(chair, str(root)) == sorted(
            [small.name, big.name]
        )
        assert big.name not in _final_names(root)
        assert [p.name for p in root.rglob(".*")] == []  # the half-written temporary file was removed


class _FullDisk(FolderTarget):
    """A folder whose disk fills up after the first 64 KiB of a file: ENOSPC at the filesystem boundary."""

    def open_for_writing(self, path: Path):
        real = super().open_for_writing(path)

        class Writer:
            written = 0

            def write(self, data: bytes) -> int:
                if self.written + len(data) > 65536:
                    real.write(data[: 65536 - self.written])
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
                self.written += len(data)
                return real.write(data)

            def __getattr__(self, name):
                return getattr(real, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                real.close()

        return Writer()


def test_folder_disk_full_injected(chair, share, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a", padding=3_000_000)
    target = _FullDisk(share, chair.store.origin)
    error = _fails(chair, target)
    assert error.kind == errors.FULL and "full" in str(error)
    assert _pending(chair, str(share)) == [bundle.name] and _final_names(share) == []
    assert [p.name for p in share.rglob(".*")] == []
    _assert_intact_then_retry(chair, FolderTarget(share, chair.store.origin), bundle, share)


def test_folder_gone(chair, tmp_path, plain_bundle):
    bundle = plain_bundle(chair.outbox_dir)
    target = FolderTarget(tmp_path / "stick-removed", chair.store.origin)
    error = _fails(chair, target)
    assert error.kind == errors.MISSING
    assert _pending(chair, target.description) == [bundle.name]


def test_the_cli_says_it_in_one_line_and_exits_2(chair, dav_configured, plain_bundle, capsys):
    plain_bundle(chair.outbox_dir)
    dav_configured.faults.status = 507
    assert cli_main(["--workspace", str(chair.dir), "sync"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "full (507" in err and err.startswith("rundabord: error: ")
    assert len(_pending(chair, dav_configured.url)) == 1


def test_webdav_connection_drops_mid_upload(chair, dav, plain_bundle, loopback_module):
    """The network goes away in the middle of the request body: the client sees the connection break."""
    bundle = plain_bundle(chair.outbox_dir, conference="conf-a", padding=2_000_000)
    proxy = loopback_module.CuttingProxy(dav.port, cut_after=200_000)
    try:
        target = WebDavTarget(proxy.url(), "t", user=dav.user, password=dav.password, timeout=(2, 5))
        error = _fails(chair, target)
        assert error.kind == errors.UNREACHABLE and proxy.cuts >= 1
        assert _pending(chair, target.description) == [bundle.name]
        assert bundle.name not in _final_names(dav.root)
        proxy.cut_after = None  # the network is back
        _assert_intact_then_retry(chair, target, bundle, dav.root)
        target.close()
    finally:
        proxy.close()

"""WebDAV is bounded: a real misbehaving server on 127.0.0.1 (started here) cannot grow our memory
without end or hold a sync forever, whether it trickles its headers or its body or never stops."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sync import errors, webdav
from app.sync.errors import SyncError
from app.sync.targets import RemoteFile
from app.sync.webdav import WebDavTarget

MULTISTATUS = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">'
ENTRY = b"<d:response><d:href>/dav/x/</d:href></d:response>" * 200


class _Misbehaving(socketserver.BaseRequestHandler):
    mode = "endless"

    def handle(self) -> None:
        self.request.settimeout(10)
        try:
            self.request.recv(65536)
            if self.server.mode == "endless":  # a listing that never ends
                self.request.sendall(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n\r\n")
                self.request.sendall(MULTISTATUS)
                while not self.server.stopping.is_set():
                    self.request.sendall(ENTRY)
            elif self.server.mode == "trickle-headers":  # one byte at a time, never a whole answer
                for byte in b"HTTP/1.1 207 Multi-Status\r\nX-Slow: " + b"a" * 10_000:
                    if self.server.stopping.wait(0.2):
                        return
                    self.request.sendall(bytes([byte]))
            elif self.server.mode == "trickle-body":  # headers at once, then a byte now and then
                self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n")
                while not self.server.stopping.wait(0.2):
                    self.request.sendall(b"P")
        except OSError:
            pass


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Misbehaving)
        self.mode = "endless"
        self.stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/dav/"


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.stopping.set()
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def _target(server: _Server, deadline: float = 2.0) -> WebDavTarget:
    return WebDavTarget(server.url, "t", timeout=(2, 1.0), deadline=deadline)


def test_an_endless_listing_is_cut_at_the_cap(server, monkeypatch) -> None:
    monkeypatch.setattr(webdav, "MAX_LISTING_BYTES", 2 * 1024 * 1024)
    target = _target(server)
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        target.folders()
    assert caught.value.kind in (errors.SERVER, errors.TIMEOUT)
    assert time.monotonic() - started < 60  # cut, not endless (loose: the CI machine may be loaded)
    target.close()


@pytest.mark.parametrize("mode", ["trickle-headers", "trickle-body"])
def test_a_trickling_server_meets_the_deadline(server, mode, tmp_path: Path) -> None:
    server.mode = mode
    # A byte every 0.2 s never lets the 1 s read timeout fire: only the overall deadline can cut it, and
    # half a second of it proves the deadline as well as two.
    target = _target(server, deadline=0.5)
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        if mode == "trickle-headers":
            target.folders()
        else:
            target.download(RemoteFile("c", "b.rbz", 10, "v"), tmp_path / "b.rbz")
    elapsed = time.monotonic() - started
    assert caught.value.kind == errors.TIMEOUT, caught.value
    # Cut by the deadline: the server trickles for over half an hour. The bound is loose (the deadline
    # plus a read timeout is 1.5 s on a quiet machine) so that a loaded CI machine does not fail it.
    assert elapsed < 60, elapsed
    assert not (tmp_path / "b.rbz").exists() and not (tmp_path / "b.rbz.part").exists()
    target.close()


def test_the_server_really_trickles(server) -> None:
    """The fixture misbehaves as claimed: a raw client gets one byte at a time."""
    server.mode = "trickle-headers"
    with socket.create_connection(server.server_address, timeout=5) as raw:
        raw.sendall(b"PROPFIND /dav/ HTTP/1.1\r\nHost: x\r\n\r\n")
        assert len(raw.recv(100)) == 1

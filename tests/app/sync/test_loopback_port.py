"""The loopback WebDAV server holds its port from creation to close: test workers running side by side
once took one another's port between "pick a free port" and the server's bind, and a test then failed
with "address in use" or talked to another worker's server."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import pytest

from bench.webdav_loopback import LoopbackWebDav


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return False
    return True


def _bind_elsewhere(port: int) -> None:
    """A socket of another worker binding the port: a probe for a free port, or a connection's own end."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))


def _taken(port: int) -> bool:
    try:
        _bind_elsewhere(port)
    except OSError as error:
        assert error.errno == errno.EADDRINUSE, error
        return True
    return False


def test_port_is_held_before_start_between_restarts_and_given_back_on_close(tmp_path: Path) -> None:
    server = LoopbackWebDav(tmp_path / "share")
    try:
        port = server.port
        assert f":{port}/" in server.url
        assert _taken(port) and not _answers(port)  # known and refused before the start, as a server down
        server.start()
        assert _taken(port) and _answers(port)
        server.stop()
        assert _taken(port) and not _answers(port)  # nobody else may take it while the server is down
        server.start()  # the URL a test configured still reaches it
        assert _answers(port)
    finally:
        server.close()
    assert not _taken(port)
    with pytest.raises(RuntimeError):
        server.start()

"""The loopback WebDAV server holds its port from creation to close: test workers running side by side
once took one another's port between "pick a free port" and the server's bind, and a test then failed
with "address in use" or talked to another worker's server."""

from __future__ import annotations

import base64
import errno
import http.client
import socket
import time
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


def _put(server: LoopbackWebDav, size: int) -> None:
    """An upload of `size` bytes; the connection may break under it (that is the point)."""
    credentials = base64.b64encode(f"{server.user}:{server.password}".encode()).decode()
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request(
            "PUT", "/dav/big.bin", body=b"x" * size, headers={"Authorization": f"Basic {credentials}"}
        )
        connection.getresponse().read()
    except (OSError, http.client.HTTPException):
        pass
    finally:
        connection.close()


def test_a_start_right_after_a_stop_from_inside_a_request_waits_for_the_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cheroot says it is stopped before it closes its listening socket; a slow machine made that moment
    long, and a test restarting the server then met "address already in use"."""
    from cheroot import connections

    real_stop = connections.ConnectionManager.stop

    def slow_stop(self) -> None:
        time.sleep(0.5)  # the stopping thread, put aside by a loaded machine
        real_stop(self)

    monkeypatch.setattr(connections.ConnectionManager, "stop", slow_stop)
    server = LoopbackWebDav(tmp_path / "share").start()
    try:
        server.faults.stop_during_put = True
        _put(server, 200_000)
        assert server._server is None  # stopped from inside the upload
        server.faults.stop_during_put = False
        server.start()  # at once, as test_webdav_server_stopped_mid_upload does
        assert _answers(server.port)
    finally:
        server.close()

"""A real WebDAV server (wsgidav under cheroot) on 127.0.0.1, for the sync tests and the sync benchmark.

Basic auth, a free port, a folder on disk as the share. `faults` lets a test put a WSGI layer in front
that answers an error status, stalls, or stops the whole server in the middle of an upload.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

USER = "kansli"
PASSWORD = "hemligt-lösen"

WsgiApp = Callable[[dict, Callable], Iterable[bytes]]


@dataclass
class Faults:
    """What the layer in front of wsgidav does; change the fields while the server runs."""

    status: int | None = None  # answer every matching request with this status
    methods: tuple[str, ...] = ()  # which methods `status` and `stall_seconds` apply to; empty: all
    stall_seconds: float = 0.0  # sleep before answering (a timeout, seen from the client)
    stop_during_put: bool = False  # read part of an upload, then stop the server under it
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path) of every request seen
    in_flight: int = 0  # requests the server is still working on (a stalled one outlives the client's wait)
    # Ends every stall at once: a test stalls far longer than its client waits (so the timeout is certain
    # however loaded the machine), then lets the stalled requests go
    unstall: threading.Event = field(default_factory=threading.Event)

    def applies(self, method: str) -> bool:
        return not self.methods or method in self.methods


_REASONS = {
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    423: "Locked",
    500: "Internal Server Error",
    507: "Insufficient Storage",
}


class _FaultLayer:
    def __init__(self, app: WsgiApp, faults: Faults, server: LoopbackWebDav) -> None:
        self.app, self.faults, self.server = app, faults, server

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        with self.server.lock:
            self.faults.in_flight += 1
        try:
            return list(self._answer(environ, start_response))
        finally:
            with self.server.lock:
                self.faults.in_flight -= 1

    def _answer(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        self.faults.requests.append((method, environ.get("PATH_INFO", "")))
        if self.faults.stall_seconds and self.faults.applies(method):
            self.faults.unstall.wait(self.faults.stall_seconds)
        if self.faults.stop_during_put and method == "PUT":
            # Let wsgidav start writing the file, then pull the server away before the body is complete.
            environ["wsgi.input"] = _DyingInput(environ["wsgi.input"], self.server)
        elif self.faults.status and self.faults.applies(method):
            status = self.faults.status
            headers = [("Content-Type", "text/plain"), ("Content-Length", "0")]
            if status == 401:
                headers.append(("WWW-Authenticate", 'Basic realm="loopback"'))
            start_response(f"{status} {_REASONS.get(status, 'Error')}", headers)
            return [b""]
        return self.app(environ, start_response)


class _DyingInput:
    """A request body that passes one chunk through, then stops the server under the upload.

    It then reports the end of the body rather than raising: wsgidav (4.4) leaks its open file when a
    read raises, which the suite's warnings-as-errors would blame on the next test. The effect is the
    same: the server keeps a truncated file, stops listening, and the client's upload breaks off.
    """

    def __init__(self, wrapped: Any, server: LoopbackWebDav) -> None:
        self.wrapped, self.server, self.passed = wrapped, server, 0

    def read(self, size: int = -1) -> bytes:
        if self.passed:
            self.server.stop_soon()
            return b""
        data = self.wrapped.read(min(size, 4096) if size and size > 0 else 4096)
        self.passed += len(data)
        return data

    def readline(self, *args: Any) -> bytes:
        return self.read(4096)


def reserve_port(port: int = 0) -> socket.socket:
    """A socket bound to 127.0.0.1:`port` (0: one the kernel picks) that never listens, held while a server
    comes and goes on that port. Asking for a free port and binding it later lost a race now and then: a
    test worker's probe or server, or a connection's own end, took the port in between. The kernel hands a
    bound port to no other bind(0) and no outgoing connection; the server binds it too, both sockets
    allowing it with SO_REUSEADDR (Linux lets them share while only one listens). Connecting to it while
    no server listens is refused, as to a server that is down."""
    reserved = socket.socket()
    reserved.bind(("127.0.0.1", port))
    reserved.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # after bind: 0 picks an unshared port
    return reserved


class LoopbackWebDav:
    """`start()` serves `root` at http://127.0.0.1:PORT/dav/ until `stop()`; restartable on the same port,
    which stays reserved from creation until `close()` (the URL is known, and refused, before the start)."""

    def __init__(self, root: Path, *, port: int | None = None, readonly: bool = False) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._reserved: socket.socket | None = reserve_port(port or 0)
        self.port: int = self._reserved.getsockname()[1]
        self.readonly = readonly
        self.faults = Faults()
        self.user, self.password = USER, PASSWORD
        self.lock = threading.Lock()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._stopping: threading.Thread | None = None  # a stop begun from inside a request

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav/"

    def _app(self) -> WsgiApp:
        from wsgidav.fs_dav_provider import FilesystemProvider
        from wsgidav.wsgidav_app import WsgiDAVApp

        config = {
            "provider_mapping": {"/dav": FilesystemProvider(str(self.root), readonly=self.readonly)},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "verbose": 0,
            "logging": {"enable": False},
            "lock_storage": True,
            "property_manager": True,
            "dir_browser": {"enable": False},
        }
        logging.getLogger("wsgidav").setLevel(logging.ERROR)
        return _FaultLayer(WsgiDAVApp(config), self.faults, self)

    def start(self) -> LoopbackWebDav:
        from cheroot import wsgi

        if self._reserved is None:
            raise RuntimeError("the loopback server was closed; its port is given back")
        self._stopped()
        self._server = wsgi.Server(("127.0.0.1", self.port), self._app(), numthreads=4)
        # cheroot's serving loop looks for a stop between selects of this many seconds (0.5 by default),
        # and stop() waits for it: a test stopping the server waited up to half a second each time.
        self._server.expiration_interval = 0.05
        self._server.prepare()  # binds now, so the port is listening when start() returns
        self._thread = threading.Thread(target=self._server.serve, name="loopback-webdav", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped()
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def close(self) -> None:
        """Stop, and give the port back: the server cannot start again."""
        self.stop()
        if self._reserved is not None:
            self._reserved.close()
            self._reserved = None

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until no request is being answered (a stalled one finishes after its client gave up)."""
        deadline = time.monotonic() + timeout
        while self.faults.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        return not self.faults.in_flight

    def stop_soon(self) -> None:
        """Stop from inside a request: cheroot waits for its workers, so the stop runs on its own thread."""
        server, self._server = self._server, None
        if server is not None:
            self._stopping = threading.Thread(target=server.stop, name="loopback-webdav-stop", daemon=True)
            self._stopping.start()
            deadline = time.monotonic() + 5
            while server.ready and time.monotonic() < deadline:
                time.sleep(0.01)

    def _stopped(self) -> None:
        """Wait for a stop begun by `stop_soon` to end: cheroot says it is no longer ready before it closes
        its listening socket, and a start in between found the port still taken."""
        if self._stopping is not None:
            self._stopping.join(timeout=30)
            self._stopping = None

    def __enter__(self) -> LoopbackWebDav:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class CuttingProxy:
    """A TCP relay in front of a server that breaks a connection once `cut_after` bytes went up to the server
    (the network going away in the middle of an upload) or `cut_download_after` bytes came down (in the
    middle of a download). None relays faithfully."""

    def __init__(
        self, upstream_port: int, cut_after: int | None = None, *, cut_download_after: int | None = None
    ) -> None:
        self.upstream_port = upstream_port
        self.cut_after = cut_after
        self.cut_download_after = cut_download_after
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open: set[socket.socket] = set()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="cutting-proxy", daemon=True)
        self._thread.start()

    def url(self, path: str = "/dav/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._open.update((client, upstream))
            threading.Thread(target=self._relay, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._relay, args=(upstream, client, False), daemon=True).start()

    def _relay(self, source: socket.socket, sink: socket.socket, upward: bool) -> None:
        sent = 0
        try:
            while data := source.recv(65536):
                limit = self.cut_after if upward else self.cut_download_after
                if limit is not None and sent + len(data) > limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for sock in (source, sink):  # shutdown wakes the relay thread still blocked on the other socket
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()
        for sock in list(self._open):
            with contextlib.suppress(OSError):
                sock.close()

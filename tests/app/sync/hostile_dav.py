"""A small WebDAV server of the sync tests' own, on 127.0.0.1, that misbehaves when told to.

It keeps its share in memory (`files`: "folder/name" -> bytes) and speaks just what the client uses
(PROPFIND, MKCOL, PUT, MOVE, GET, DELETE, Basic auth). `misbehave(method, how)` makes the next requests
of that method fail one way: an error status, a reset connection, a cut body, a web page instead of a
listing, no answer at all until the test calls `release()` ("hold"), or an answer only then ("pause",
once). Nothing here waits on a clock: a held
request waits on an Event, which the test sets.
"""

from __future__ import annotations

import base64
import hashlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, unquote, urlsplit

USER, PASSWORD = "sekretariat", "rätt-lösen"
PAGE = b"<!DOCTYPE html><html><head><title>Log in</title></head><body><form>...</form></body></html>"
XHTML = b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Welcome</p></body></html>'


class HostileDav(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files: dict[str, bytes] = {}
        self.folders: set[str] = set()
        self.lock = threading.Lock()
        self.faults: dict[str, str | int] = {}  # method -> status code, or a way to misbehave
        self.extra_entries: list[bytes] = []  # raw hrefs added to every folder listing (hostile names)
        self.before_get: Callable[[str], None] | None = None  # runs when a GET arrives (a change meanwhile)
        # How listings spell a path ("/dav/conf/x.rbz", decoded) before encoding it: an honest server's
        # other spelling (a proxy's prefix, another case, accents decomposed)
        self.spell_href: Callable[[str], str] = lambda path: path
        self.held = threading.Event()  # set once a request is being held
        self._release = threading.Event()
        self.seen: list[tuple[str, str]] = []
        self._thread = threading.Thread(target=self.serve_forever, name="hostile-dav", daemon=True)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up (as it should, after a fault) is no news; stderr is the CLI's

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/dav/"

    def misbehave(self, method: str, how: str | int) -> None:
        self.faults[method] = how

    def behave(self) -> None:
        self.faults.clear()
        self.extra_entries.clear()
        self.before_get = None
        self.release()

    def release(self) -> None:
        """Let every held request go: a paused one is answered, a held one is closed unanswered."""
        self._release.set()

    def start(self) -> HostileDav:
        self._thread.start()
        return self

    def close(self) -> None:
        self.release()
        self.shutdown()
        self.server_close()
        self._thread.join(10)

    def __enter__(self) -> HostileDav:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def hostile_dav() -> Iterator[HostileDav]:
    with HostileDav() as server:
        yield server


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (RST), as a crashed server or a dropped route looks to the client."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Handler(BaseHTTPRequestHandler):
    server: HostileDav
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _path(self) -> str:
        """The share-relative path: "conf" or "conf/name.rbz" ("" is the share itself)."""
        return unquote(urlsplit(self.path).path).removeprefix("/dav").strip("/")

    def _answer(self, status: int, body: bytes = b"", content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _dispatch(self) -> None:
        server = self.server
        server.seen.append((self.command, self._path()))
        how = server.faults.get(self.command)
        if how == "hold":  # accepted, read, and never answered while the test holds it
            server.held.set()
            server._release.wait()
            self.close_connection = True
            return
        if how == "pause":  # this one request waits for the test, then is answered as usual
            del server.faults[self.command]
            server.held.set()
            server._release.wait()
            how = None
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self._body()
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="hostile"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if isinstance(how, int):
            self._body()
            self._answer(how, b"no")
            return
        if how == "reset" and self.command == "PUT":  # half the upload arrives, then the line drops
            self.rfile.read(int(self.headers.get("Content-Length") or 0) // 2)
            self.close_connection = True
            _reset(self.connection)
            return
        getattr(self, f"_do_{self.command.lower()}")(how)

    do_GET = do_PUT = do_MKCOL = do_MOVE = do_DELETE = do_PROPFIND = _dispatch

    def _do_propfind(self, how: object) -> None:
        self._body()
        if how == "html":  # a login page or a captive portal: 200 and a web page
            self._answer(200, PAGE, "text/html")
            return
        if how == "xhtml":  # well-formed XML, but no listing, and a 207 besides
            self._answer(207, XHTML, "application/xml")
            return
        path = self._path()
        with self.server.lock:
            if path in self.server.files:
                entries = [(path, self.server.files[path])]
            elif path == "" or path in self.server.folders:
                entries = [(path, None)]
                if self.headers.get("Depth") != "0":
                    prefix = f"{path}/" if path else ""
                    entries += [
                        (f, None)
                        for f in sorted(self.server.folders)
                        if f.startswith(prefix) and "/" not in f[len(prefix) :]
                    ]
                    entries += [
                        (f, data)
                        for f, data in sorted(self.server.files.items())
                        if f.startswith(prefix) and "/" not in f[len(prefix) :]
                    ]
            else:
                self._answer(404)
                return
        parts = [b'<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:">']
        for name, data in entries:
            href = quote(self.server.spell_href("/dav/" + name)) + ("/" if data is None and name else "")
            parts.append(_response(href.encode(), data))
        if path and self.headers.get("Depth") != "0":
            parts += [_response(href, b"x") for href in self.server.extra_entries]
        parts.append(b"</d:multistatus>")
        self._answer(207, b"".join(parts), "application/xml; charset=utf-8")

    def _do_mkcol(self, how: object) -> None:
        path = self._path()
        with self.server.lock:
            if path in self.server.folders:
                self._answer(405)
                return
            self.server.folders.add(path)
        self._answer(201)

    def _do_put(self, how: object) -> None:
        data = self._body()
        path = self._path()
        with self.server.lock:
            if path.rpartition("/")[0] not in self.server.folders:
                self._answer(409)
                return
            self.server.files[path] = data
        self._answer(201)

    def _do_move(self, how: object) -> None:
        self._body()
        source = self._path()
        destination = unquote(urlsplit(self.headers["Destination"]).path).removeprefix("/dav").strip("/")
        with self.server.lock:
            if source not in self.server.files:
                self._answer(404)
                return
            self.server.files[destination] = self.server.files.pop(source)
        self._answer(201)

    def _do_delete(self, how: object) -> None:
        with self.server.lock:
            found = self.server.files.pop(self._path(), None)
        self._answer(204 if found is not None else 404)

    def _do_get(self, how: object) -> None:
        path = self._path()
        if self.server.before_get is not None:
            self.server.before_get(path)
        with self.server.lock:
            data = self.server.files.get(path)
        if data is None:
            self._answer(404)
            return
        if how in ("reset", "truncate", "stall-body"):  # the whole length promised, half of it sent
            self.send_response(200)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            if how == "reset":
                _reset(self.connection)
            if how == "stall-body":  # and the rest never comes while the test holds it
                self.server.held.set()
                self.server._release.wait()
            return
        self._answer(200, data, "application/zip")


def _response(href: bytes, data: bytes | None) -> bytes:
    kind = b"<d:collection/>" if data is None else b""
    size = b"" if data is None else b"<d:getcontentlength>%d</d:getcontentlength>" % len(data)
    etag = (
        b""
        if data is None
        else b'<d:getetag>"%s"</d:getetag>' % hashlib.sha256(data).hexdigest()[:16].encode()
    )
    return (
        b"<d:response><d:href>"
        + href
        + b"</d:href><d:propstat><d:prop><d:resourcetype>"
        + kind
        + b"</d:resourcetype>"
        + size
        + etag
        + b"</d:prop><d:status>HTTP/1.1 200 OK</d:status>"
        b"</d:propstat></d:response>"
    )

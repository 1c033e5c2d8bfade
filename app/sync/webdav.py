"""A WebDAV share as sync target (Nextcloud, SharePoint, any RFC 4918 server), spoken through `requests`.

Only five methods are needed: PROPFIND to list, MKCOL for a conference folder, PUT to a temporary name,
MOVE onto the final name (atomic on the server), GET to pull.

A server is not trusted to end what it starts: every answer's body is read with a cap (a listing may not
grow without end), and every request has an overall deadline besides the per-read timeout, so a server
that trickles a byte every few seconds cannot hold a sync forever. The request runs on a helper thread
up to the answer's headers (requests has no overall deadline of its own); the body is read here in
small pieces, the deadline checked between them. `requests` is the best-kept HTTP client
for Python and is already installed; the WebDAV client libraries on PyPI add little over it.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit
from xml.etree import ElementTree

from app import __version__
from app.bundles.format import MAX_FILE_BYTES
from app.cancel import Cancelled, CancelToken, is_cancelled
from app.sync import errors
from app.sync.errors import SyncError, too_large
from app.sync.folder import CHUNK
from app.sync.targets import (
    Progress,
    RemoteFile,
    is_bundle_file_name,
    is_own_temp_name,
    safe_id,
    temp_file_name,
)

DAV = "{DAV:}"
CONNECT_SECONDS = 10.0
READ_SECONDS = 60.0
DEADLINE_SECONDS = 120.0  # one request, whole; a transfer gets more for its size (see _deadline)
SLOWEST_BYTES_PER_SECOND = 32 * 1024  # a bundle moving slower than this is not moving
MAX_LISTING_BYTES = 16 * 1024 * 1024  # a PROPFIND answer for a thousand bundles is about 1 MiB
MAX_REPLY_BYTES = 64 * 1024  # the body of any other answer we read
_PIECE = 16 * 1024
_CANCEL_LOOK_SECONDS = 0.1  # how often a wait for the server's answer looks at the cancel token
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
    b"<d:resourcetype/><d:getcontentlength/><d:getetag/><d:getlastmodified/></d:prop></d:propfind>"
)

_STATUS_KINDS = {
    401: (errors.AUTH, "the server refused the user name or password (401)"),
    403: (errors.FORBIDDEN, "the server does not let this account write there (403 Forbidden)"),
    404: (errors.MISSING, "the folder does not exist on the server (404 Not Found)"),
    409: (errors.MISSING, "the server says a parent folder is missing (409 Conflict)"),
    423: (errors.LOCKED, "the file is locked on the server by someone else (423 Locked)"),
    507: (errors.FULL, "the server is full (507 Insufficient Storage)"),
}


_NOT_DAV = (
    "the address answers with a web page, not a WebDAV folder listing; check the address (for Nextcloud "
    "it ends in /remote.php/dav/files/USER/ and a folder)"
)


class NotAListing(ValueError):
    """An answer that parsed as XML but is no WebDAV multistatus."""


def without_credentials(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets, or its last group reads as the port
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


class WebDavTarget:
    def __init__(
        self,
        url: str,
        tag: str,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: tuple[float, float] = (CONNECT_SECONDS, READ_SECONDS),
        deadline: float = DEADLINE_SECONDS,
        cancel: CancelToken | None = None,
    ) -> None:
        """`cancel`: the window's Cancel (or its closing) ends a wait for a silent server at once."""
        import requests  # here, not at module top: only a sync needs it

        self._requests = requests
        self.base = without_credentials(url).rstrip("/") + "/"
        self.tag = tag
        self.timeout = timeout
        self.deadline = deadline
        self.cancel = cancel
        self.session = requests.Session()
        self.session.headers["User-Agent"] = f"Rundabord/{__version__}"
        self.session.headers["Accept-Encoding"] = "identity"  # a compressed body could expand past a cap
        if user:
            # UTF-8, as RFC 7617 asks and Nextcloud expects; requests would send str as Latin-1.
            self.session.auth = (user.encode("utf-8"), (password or "").encode("utf-8"))

    @property
    def description(self) -> str:
        return self.base

    def _url(self, *segments: str) -> str:
        return self.base + "/".join(quote(s, safe="") for s in segments)

    def _deadline(self, size: int = 0) -> float:
        return time.monotonic() + self.deadline + size / SLOWEST_BYTES_PER_SECOND

    def _timed_out(self, doing: str) -> SyncError:
        return SyncError(errors.TIMEOUT, f"{self.base}: the server took too long while {doing}")

    def _broke(self, exc: BaseException, doing: str) -> SyncError:
        """A body that stopped coming: the server fell silent (a timeout), or the connection broke."""
        if _timed_out_underneath(exc):
            return SyncError(errors.TIMEOUT, f"{self.base}: the server stopped sending while {doing}")
        return SyncError(
            errors.UNREACHABLE, f"{self.base}: the connection broke while {doing} ({_root_cause(exc)})"
        )

    def _request_by(self, deadline: float, doing: str, method: str, url: str, **kwargs: Any) -> Any:
        """session.request on a helper thread, given up on at the deadline (its socket times out or
        the server closes it later; the daemon thread never outlives the process)."""
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["response"] = self.session.request(
                    method, url, timeout=self.timeout, allow_redirects=False, stream=True, **kwargs
                )
            except BaseException as exc:  # handed to the caller's thread below
                outcome["error"] = exc

        worker = threading.Thread(target=run, name=f"webdav {method}", daemon=True)
        worker.start()
        while worker.is_alive():
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._timed_out(doing)
            worker.join(left if self.cancel is None else min(left, _CANCEL_LOOK_SECONDS))
            if is_cancelled(self.cancel):  # the socket is left to its timeout, on the daemon thread
                raise Cancelled()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["response"]

    def _read_body(self, response: Any, cap: int, deadline: float, doing: str) -> bytes:
        """The whole body, or SyncError once it passes `cap` bytes or the deadline."""
        pieces: list[bytes] = []
        size = 0
        from urllib3.exceptions import HTTPError  # requests' own transport

        with response:
            try:
                while piece := response.raw.read1(_PIECE):
                    size += len(piece)
                    if size > cap:
                        raise SyncError(
                            errors.SERVER,
                            f"{self.base}: the server's answer is larger than {cap} bytes while {doing}",
                        )
                    if time.monotonic() > deadline:
                        raise self._timed_out(doing)
                    pieces.append(piece)
            except (HTTPError, OSError) as exc:
                raise self._broke(exc, doing) from None
        return b"".join(pieces)

    def _call(
        self, method: str, url: str, doing: str, ok: tuple[int, ...], *, size: int = 0, **kwargs: Any
    ) -> Any:
        """The answer (headers read, body not yet) to one request, or SyncError; `size` is the bytes the
        request moves, for its deadline. The caller reads or closes the body."""
        requests = self._requests
        deadline = self._deadline(size)
        try:
            response = self._request_by(deadline, doing, method, url, **kwargs)
            response.deadline = deadline
        except requests.Timeout:
            raise SyncError(
                errors.TIMEOUT, f"{self.base}: the server did not answer in time while {doing}"
            ) from None
        except (requests.ConnectionError, ConnectionError) as exc:
            raise SyncError(
                errors.UNREACHABLE, f"{self.base}: cannot reach the server while {doing} ({_root_cause(exc)})"
            ) from None
        except requests.RequestException as exc:
            raise SyncError(errors.UNREACHABLE, f"{self.base}: {exc} while {doing}") from None
        if response.status_code in ok:
            if method not in ("GET", "PROPFIND"):  # nothing of their body is needed
                response.close()
            return response
        response.close()
        if method == "PROPFIND" and response.status_code == 200:  # a web page: most often a wrong address
            raise SyncError(errors.MISSING, f"{self.base}: {_NOT_DAV} while {doing}")
        if method == "GET" and response.status_code == 404:  # listed a moment ago: removed since
            raise SyncError(
                errors.MISSING, f"{self.base}: the server has no such file (404 Not Found) while {doing}"
            )
        if 300 <= response.status_code < 400:
            moved_to = response.headers.get("Location", "another address")
            raise SyncError(
                errors.MISSING,
                f"{self.base}: the server sends us to {moved_to}; use that address as the target",
            )
        kind, text = _STATUS_KINDS.get(
            response.status_code,
            (errors.SERVER, f"the server answered {response.status_code} {response.reason or ''}".rstrip()),
        )
        raise SyncError(kind, f"{self.base}: {text} while {doing}")

    def _propfind(self, url: str, doing: str, *, depth: str = "1") -> list[tuple[str, bool, int, str]]:
        """(name, is a folder, size, version) of what `url` holds; depth "0": of `url` itself, named ""."""
        response = self._call(
            "PROPFIND",
            url,
            doing,
            (207,),
            data=_PROPFIND_BODY,
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )
        content = self._read_body(response, MAX_LISTING_BYTES, response.deadline, doing)
        try:
            return parse_multistatus(content, urlsplit(url).path, include_self=depth == "0")
        except ElementTree.ParseError:
            raise SyncError(errors.SERVER, f"{self.base}: the server's listing is not valid XML") from None
        except NotAListing:  # a login page or a portal's welcome that happens to be XHTML
            raise SyncError(errors.MISSING, f"{self.base}: {_NOT_DAV} while {doing}") from None

    def folders(self) -> list[str]:
        entries = self._propfind(self.base, "listing the sync folder")
        return sorted(name for name, is_folder, _, _ in entries if is_folder and safe_id(name))

    def files(self, folder: str) -> list[RemoteFile]:
        try:
            entries = self._propfind(self._url(folder) + "/", f"listing {folder}")
        except SyncError as exc:
            if exc.kind == errors.MISSING:
                return []
            raise
        return sorted(
            (
                RemoteFile(folder, name, size, version)
                for name, is_folder, size, version in entries
                if not is_folder and is_bundle_file_name(name)
            ),
            key=lambda f: f.name,
        )

    def _ensure_folder(self, folder: str) -> None:
        # 405: it exists already. 409 means the share root itself is missing: reported as such.
        self._call("MKCOL", self._url(folder) + "/", f"creating the folder {folder}", (201, 405))

    def upload(self, local: Path, folder: str, name: str, progress: Progress | None = None) -> None:
        self._ensure_folder(folder)
        temp_url = self._url(folder, temp_file_name(name, self.tag))
        try:
            with open(local, "rb") as source:
                size = os.fstat(source.fileno()).st_size
                body = _ProgressReader(source, size, progress)
                self._call(
                    "PUT",
                    temp_url,
                    f"uploading {name}",
                    (200, 201, 204),
                    size=size,
                    data=body,
                    headers={"Content-Type": "application/zip"},
                )
            # A server or proxy that dies mid-body may still answer 201 for what it got: check the
            # size before the file takes its final name.
            arrived = [entry[2] for entry in self._propfind(temp_url, f"checking {name}", depth="0")]
            if arrived != [size]:
                got = arrived[0] if arrived else 0
                raise SyncError(
                    errors.UNREACHABLE,
                    f"{self.base}: the upload of {name} arrived incomplete ({got} of {size} bytes); "
                    "it will be sent again",
                )
            self._call(
                "MOVE",
                temp_url,
                f"moving {name} into place",
                (201, 204),
                headers={"Destination": self._url(folder, name), "Overwrite": "T"},
            )
        except OSError as exc:
            self._forget(temp_url)
            raise SyncError(errors.LOCAL, f"{local}: cannot read: {exc.strerror}") from None
        except SyncError:
            self._forget(temp_url)
            raise

    def sweep(self, folder: str) -> None:
        try:
            entries = self._propfind(self._url(folder) + "/", f"listing {folder}")
        except SyncError:
            return  # only tidying: the next sync tries again
        for name, is_folder, _size, _version in entries:
            if not is_folder and is_own_temp_name(name, self.tag):
                self._forget(self._url(folder, name))

    def _forget(self, temp_url: str) -> None:
        """Remove a half-sent temporary file if the server still answers; harmless if it does not."""
        with contextlib.suppress(self._requests.RequestException):
            self.session.delete(temp_url, timeout=(2, 5)).close()

    def download(self, remote: RemoteFile, destination: Path, progress: Progress | None = None) -> None:
        partial = destination.with_name(destination.name + ".part")
        from urllib3.exceptions import HTTPError  # read1 raises requests' transport errors unwrapped

        doing = f"downloading {remote.name}"
        response = self._call(
            "GET", self._url(remote.folder, remote.name), doing, (200,), size=min(remote.size, MAX_FILE_BYTES)
        )
        try:
            done = 0
            with response, open(partial, "wb") as out:
                while chunk := response.raw.read1(CHUNK):
                    done += len(chunk)
                    if done > MAX_FILE_BYTES:  # the listed size is the server's word, not a limit
                        raise too_large(remote.name)
                    if time.monotonic() > response.deadline:
                        raise self._timed_out(doing)
                    out.write(chunk)
                    if progress:
                        progress(done)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, destination)
        except SyncError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise
        except (self._requests.RequestException, HTTPError) as exc:  # first: these are OSErrors too
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise self._broke(exc, doing) from None
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise SyncError(errors.LOCAL, f"{destination}: cannot write here: {exc.strerror}") from None

    def close(self) -> None:
        self.session.close()


def parse_multistatus(
    content: bytes, own_path: str, *, include_self: bool = False
) -> list[tuple[str, bool, int, str]]:
    """(name, is a folder, size, version) for each resource of a PROPFIND answer.

    Hrefs may be paths or whole URLs, percent-encoded; only properties under a 200 propstat count (servers
    list the properties they lack under a 404 propstat). The listed folder itself is left out, unless
    `include_self`, when it is named "".
    """
    own = unquote(own_path).rstrip("/")
    root = ElementTree.fromstring(content)
    if root.tag != f"{DAV}multistatus":
        raise NotAListing(root.tag)
    entries = []
    for item in root.iter(f"{DAV}response"):
        raw = urlsplit((item.findtext(f"{DAV}href") or "").strip()).path.rstrip("/")
        if raw and not raw.startswith("/"):  # relative to the folder listed (RFC 4918 allows it)
            raw = own_path.rstrip("/") + "/" + raw
        path = unquote(raw)
        itself = _is_itself(raw, own)
        if itself and not include_self:
            continue
        if not itself and not _in_folder(raw, own):
            continue  # "..", an encoded "/" or another folder's file: not a name in this folder
        props: dict[str, ElementTree.Element] = {}
        for propstat in item.iter(f"{DAV}propstat"):
            status = propstat.findtext(f"{DAV}status") or ""
            if not status.strip() or " 200 " in f"{status} ":  # no status at all: take it as found
                for prop in propstat.iter(f"{DAV}prop"):
                    props.update({child.tag: child for child in prop})
        kind = props.get(f"{DAV}resourcetype")
        is_folder = kind is not None and kind.find(f"{DAV}collection") is not None
        try:
            size = int((props[f"{DAV}getcontentlength"].text or "0").strip())
        except (KeyError, ValueError):
            size = 0
        version = next(
            (
                (props[tag].text or "").strip()
                for tag in (f"{DAV}getetag", f"{DAV}getlastmodified")
                if tag in props
            ),
            "",
        )
        entries.append(("" if itself else path.rsplit("/", 1)[-1], is_folder, size, f"{version}-{size}"))
    return entries


def _steps(raw_path: str) -> list[str] | None:
    """A listed href's steps (decoded), or None if one is "." or "..", or hides a "/", "\\" or NUL."""
    steps = [unquote(step) for step in raw_path.split("/")]
    if any(s in (".", "..") or "/" in s or "\\" in s or "\0" in s for s in steps):
        return None
    return steps


def _same(one: str, other: str) -> bool:
    """Two spellings of one name: a server may give it back in another case (SharePoint, Windows) or
    with its accents decomposed (a share kept on a Mac) from what the user typed."""
    return unicodedata.normalize("NFC", one).casefold() == unicodedata.normalize("NFC", other).casefold()


def _is_itself(raw_path: str, own: str) -> bool:
    """Whether a listed href is the folder (or file) asked about: its own path, or the same last two
    steps under another prefix or spelling (a proxy, another case, decomposed accents)."""
    if unquote(raw_path) == own:
        return True
    steps, wanted = _steps(raw_path), own.split("/")
    return steps is not None and len(steps) >= 2 and all(map(_same, steps[-2:], wanted[-2:]))


def _in_folder(raw_path: str, own: str) -> bool:
    """Whether a listed href (still percent-encoded) names a plain entry of the listed folder: no "." or
    ".." step, no "/" or "\\" encoded into its name, its parent named as the folder listed (by the last
    step only: a proxy may put the server's paths under another prefix; by `_same`)."""
    steps = _steps(raw_path)
    if steps is None or len(steps) < 2:
        return False
    return _same(steps[-2], own.rsplit("/", 1)[-1])


class _ProgressReader:
    """A file for requests to stream from, telling how far the upload got. Its length makes requests send
    a Content-Length rather than chunked encoding, which not every WebDAV server accepts."""

    def __init__(self, source: Any, size: int, progress: Progress | None) -> None:
        self.source, self.size, self.progress, self.done = source, size, progress, 0

    def __len__(self) -> int:
        return self.size

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(CHUNK if size is None or size < 0 else size)
        self.done += len(data)
        if self.progress and data:
            self.progress(self.done)
        return data

    def __iter__(self):
        while data := self.read(CHUNK):
            yield data


def _timed_out_underneath(exc: BaseException | None) -> bool:
    from urllib3.exceptions import TimeoutError as TransportTimeout

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, TimeoutError | TransportTimeout):  # socket.timeout is TimeoutError
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _root_cause(exc: BaseException) -> str:
    while exc.__context__ is not None and exc.__context__ is not exc:
        exc = exc.__context__
    return type(exc).__name__ if not str(exc) else str(exc).splitlines()[0][:120]

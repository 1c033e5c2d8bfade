"""Writing files whole: a temp file beside the target, fsync, rename, fsync of the folder.

A reader (sync, a USB stick, the secretariat's inbox) therefore sees either no file or all of it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.errors import UserError


def write_whole(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _refusal(exc, path) from None
    try:
        with os.fdopen(handle, "wb") as out:
            if hasattr(os, "fchmod"):  # POSIX; on Windows the user's profile folder guards the file
                os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _refusal(exc, path) from None
    fsync_folder(folder)


def _refusal(exc: OSError, path: Path) -> UserError:
    """What the disk refused, said as a message (a key card or template onto a write-protected stick)."""
    from app.disk_errors import write_refusal  # only when a write failed: it reads the store's modules

    return write_refusal(exc, path)


def fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some filesystems (and Windows) do not open folders; the rename stands anyway
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)

"""Writing files whole: a temp file beside the target, fsync, rename, fsync of the folder.

A reader (sync, a USB stick, the secretariat's inbox) therefore sees either no file or all of it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.errors import UserError


def refuse_unless_a_file(path: Path) -> None:
    """A written file takes the place of what bears its name by a rename: never of a device or a pipe
    (`-o /dev/stdout`, `-o /dev/full`), whose name the rename would take from the system for a file."""
    if path.exists() and not path.is_file() and not path.is_dir():
        from app.errors import Said
        from app.messages import message

        raise Said(message("document-not-a-file", path=str(path)))


def write_whole(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """`data` as the whole of `path` (its folder made if missing); what the disk refused becomes a
    refusal that says so."""
    path = Path(path)
    refuse_unless_a_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_whole(path, lambda out: out.write(data), mode=mode)
    except OSError as exc:
        raise write_refusal(exc, path) from None


def replace_whole(path: Path, fill: Callable[[BinaryIO], object], *, mode: int = 0o644) -> None:
    """Have `fill(out)` write a temp file beside `path` in an existing folder, then sync it and rename it
    over `path`: a disk that fills up or goes away mid-way leaves no half file under the name, and an
    earlier file of that name as it was. Raises OSError as the disk said it."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if hasattr(os, "fchmod"):  # POSIX; on Windows the user's profile folder guards the file
                os.fchmod(out.fileno(), mode)
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def write_refusal(exc: OSError, path: Path | str) -> UserError:
    """What the disk refused, said as a message (a key card, a template or a document onto a
    write-protected stick): app.disk_errors' words, loaded only once a write failed."""
    from app.disk_errors import write_refusal as said

    return said(exc, path)


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

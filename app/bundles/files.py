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


def refuse_unless_a_file(path: Path) -> Path:
    """The file a written file takes the place of: `path`, or where its symbolic links lead (a link into
    a synced folder is written through, and stays a link). Never a device or a pipe (`-o /dev/full`),
    nor anything reached through /proc (`-o /dev/stdout` leads there, to whatever the shell set up):
    the rename would take the name from the system, or a redirect, for a file."""
    from app.errors import Said
    from app.messages import message

    target = Path(os.path.abspath(path))
    for _hop in range(40):  # as the system's own limit on a chain of links
        target = Path(os.path.realpath(target.parent)) / target.name
        if target.parts[:2] == (target.anchor, "proc"):
            raise Said(message("document-not-a-file", path=str(path)))
        if not target.is_symlink():
            break
        target = target.parent / os.readlink(target)
    if target.exists() and not target.is_file() and not target.is_dir():
        raise Said(message("document-not-a-file", path=str(path)))
    return target


def write_whole(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """`data` as the whole of `path` (its folder made if missing); what the disk refused becomes a
    refusal that says so. `mode`: the file's permissions (a private file's 0o600); by default the
    replaced file's, else rw-r--r--."""
    path = Path(path)
    target = refuse_unless_a_file(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_whole(target, lambda out: out.write(data), mode=mode)
    except OSError as exc:
        raise write_refusal(exc, path) from None


def replace_whole(path: Path, fill: Callable[[BinaryIO], object], *, mode: int | None = None) -> None:
    """Have `fill(out)` write a temp file beside `path` in an existing folder, then sync it and rename it
    over `path`: a disk that fills up or goes away mid-way leaves no half file under the name, and an
    earlier file of that name as it was. A symbolic link is written through (the file it names is
    replaced); the replaced file's mode and group are kept, unless `mode` is given. A file with other
    hard links is written over in place once the temp file is whole, so every name sees the new
    content. Raises OSError as the disk said it."""
    path = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    try:
        earlier = os.stat(path)
    except OSError:
        earlier = None
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            _like_the_earlier(out.fileno(), earlier, mode)
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        if earlier is not None and earlier.st_nlink > 1:
            _write_over_in_place(temp, path)
            os.unlink(temp)
            return
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def _like_the_earlier(fd: int, earlier: os.stat_result | None, mode: int | None) -> None:
    if not hasattr(os, "fchmod"):  # POSIX; on Windows the user's profile folder guards the file
        return
    if mode is None:
        mode = earlier.st_mode & 0o7777 if earlier is not None else 0o644
    if earlier is not None and hasattr(os, "fchown"):
        with contextlib.suppress(OSError):  # a group she is not in: the file is hers, in her own group
            os.fchown(fd, -1, earlier.st_gid)
    os.fchmod(fd, mode)  # after the group: changing it may clear the set-group-id bit


def _write_over_in_place(temp: str, path: Path) -> None:
    """The whole temp file's bytes over `path`'s own, then cut to their length. Unlike the rename, a
    disk that fails mid-way leaves `path` part old and part new: the price of keeping its other names."""
    with open(temp, "rb") as source, open(path, "r+b") as out:
        while chunk := source.read(1 << 20):
            out.write(chunk)
        out.truncate()
        out.flush()
        os.fsync(out.fileno())


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

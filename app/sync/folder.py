"""A folder as sync target: a network share, a USB stick, or a folder a cloud-sync engine watches."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.bundles.format import MAX_FILE_BYTES
from app.sync import errors
from app.sync.errors import SyncError, too_large
from app.sync.targets import (
    Progress,
    RemoteFile,
    is_bundle_file_name,
    is_own_temp_name,
    safe_id,
    temp_file_name,
)

CHUNK = 1 << 20


def _fail(exc: OSError, doing: str, where: Path) -> SyncError:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return SyncError(errors.FULL, f"{where}: the disk is full while {doing}")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SyncError(errors.READONLY, f"{where}: not allowed to write here (read-only?) while {doing}")
    if code in (errno.ENOENT, errno.ENOTDIR):
        return SyncError(errors.MISSING, f"{where}: the folder is gone (stick removed?) while {doing}")
    return SyncError(errors.UNREACHABLE, f"{where}: {exc.strerror or exc} while {doing}")


def copy_file(source, destination, progress: Progress | None, *, limit: int | None = None) -> None:
    """Copy one open file to another in chunks, reporting the bytes done; flushed to the disk at the end.
    More than `limit` bytes raises `too_large`: a remote file may be larger than it was listed."""
    done = 0
    while chunk := source.read(CHUNK):
        done += len(chunk)
        if limit is not None and done > limit:
            raise too_large(Path(getattr(source, "name", "the file")).name)
        destination.write(chunk)
        if progress:
            progress(done)
    destination.flush()
    os.fsync(destination.fileno())


class FolderTarget:
    def __init__(self, root: Path | str, tag: str) -> None:
        self.root = Path(root)
        self.tag = tag  # tells this workspace's temporary files apart from another's

    @property
    def description(self) -> str:
        return str(self.root)

    def _check_root(self) -> None:
        # Never create the root: an unmounted share or a missing stick would become a local folder.
        if not self.root.is_dir():
            raise SyncError(
                errors.MISSING,
                f"{self.root}: the sync folder is not there (is the share mounted or the stick plugged in?)",
            )

    def folders(self) -> list[str]:
        self._check_root()
        try:
            return sorted(p.name for p in self.root.iterdir() if p.is_dir() and safe_id(p.name))
        except OSError as exc:
            raise _fail(exc, "listing the folder", self.root) from None

    def files(self, folder: str) -> list[RemoteFile]:
        self._check_root()
        directory = self.root / folder
        found = []
        try:
            entries = list(os.scandir(directory)) if directory.is_dir() else []
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and is_bundle_file_name(entry.name):
                    stat = entry.stat(follow_symlinks=False)
                    found.append(
                        RemoteFile(folder, entry.name, stat.st_size, f"{stat.st_mtime_ns}-{stat.st_size}")
                    )
        except OSError as exc:
            raise _fail(exc, "listing the folder", directory) from None
        return sorted(found, key=lambda f: f.name)

    def upload(self, local: Path, folder: str, name: str, progress: Progress | None = None) -> None:
        self._check_root()
        directory = self.root / folder
        temp = directory / temp_file_name(name, self.tag)
        try:
            directory.mkdir(exist_ok=True)
            with open(local, "rb") as source, self.open_for_writing(temp) as destination:
                copy_file(source, destination, progress)
            os.replace(temp, directory / name)
            self._sync_directory(directory)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            if exc.filename is not None and Path(exc.filename) == Path(local):
                raise SyncError(errors.LOCAL, f"{local}: cannot read: {exc.strerror}") from None
            raise _fail(exc, f"writing {name}", directory) from None

    def sweep(self, folder: str) -> None:
        directory = self.root / folder
        with contextlib.suppress(OSError):
            for entry in os.scandir(directory):
                if entry.is_file(follow_symlinks=False) and is_own_temp_name(entry.name, self.tag):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)

    def open_for_writing(self, path: Path):
        """The one place this target opens a file for writing (where tests inject a full disk)."""
        return open(path, "wb")

    @staticmethod
    def _sync_directory(directory: Path) -> None:
        # Make the rename itself durable; not every platform or filesystem lets a folder be fsynced.
        try:
            fd = os.open(directory, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def download(self, remote: RemoteFile, destination: Path, progress: Progress | None = None) -> None:
        source_path = self.root / remote.folder / remote.name
        partial = destination.with_name(destination.name + ".part")
        try:
            with open(source_path, "rb") as source, open(partial, "wb") as out:
                copy_file(source, out, progress, limit=MAX_FILE_BYTES)
            os.replace(partial, destination)
        except SyncError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            if exc.filename and Path(exc.filename) in (partial, destination):
                raise SyncError(errors.LOCAL, f"{destination}: cannot write here: {exc.strerror}") from None
            raise _fail(exc, f"reading {remote.name}", source_path.parent) from None

    def close(self) -> None:
        pass


__all__ = ["FolderTarget", "copy_file"]

"""What every sync target offers the engine, and the rules of the remote layout they share.

Remote layout: one folder per conference (named by its id), one file per bundle named `<bundle id>.rbz`.
A file is written under a hidden temporary name in the same folder and then moved onto its final name,
so a reader (the secretariat, a cloud-sync engine) never sees half a bundle at a final name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

BUNDLE_SUFFIX = ".rbz"
# Conference and bundle ids become remote path segments, so only plain id characters pass.
_SAFE_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$")

Progress = Callable[[int], None]  # bytes moved so far for the current file


def safe_id(value: object) -> bool:
    return isinstance(value, str) and bool(_SAFE_ID.match(value))


def bundle_file_name(bundle_id: str) -> str:
    return bundle_id + BUNDLE_SUFFIX


def is_bundle_file_name(name: str) -> bool:
    """A final bundle name as we write them: an id and `.rbz`; temporary and foreign files are not."""
    return name.endswith(BUNDLE_SUFFIX) and safe_id(name[: -len(BUNDLE_SUFFIX)])


def temp_file_name(name: str, tag: str) -> str:
    """The hidden name an upload travels under; one per bundle and workspace, so a retry reuses it."""
    return f".{name}.{tag}.part"


def is_own_temp_name(name: str, tag: str) -> bool:
    """A temporary name this workspace (`tag`) uploads under; another workspace's are left alone."""
    return (
        name.startswith(".")
        and name.endswith(f".{tag}.part")
        and is_bundle_file_name(name[1 : -len(f".{tag}.part")])
    )


@dataclass(frozen=True)
class RemoteFile:
    folder: str  # the conference id
    name: str  # `<bundle id>.rbz`
    size: int
    version: str  # changes whenever the file's content may have changed (ETag, or mtime and size)

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.name}"


class Target(Protocol):
    """A place bundles travel through. Every method raises `SyncError` for anything that goes wrong."""

    @property
    def description(self) -> str:
        """Where this is, for people: a folder path or a URL (never with a password in it)."""
        ...

    def folders(self) -> list[str]:
        """The conference folders at the target's root; fails if the root itself cannot be reached."""
        ...

    def files(self, folder: str) -> list[RemoteFile]:
        """The bundle files of one conference folder; none if the folder does not exist yet."""
        ...

    def upload(self, local: Path, folder: str, name: str, progress: Progress | None = None) -> None:
        """Put `local` at `folder/name` through a temporary name, creating the folder if needed."""
        ...

    def download(self, remote: RemoteFile, destination: Path, progress: Progress | None = None) -> None:
        """Copy a remote file to `destination`, which appears only once it is complete."""
        ...

    def sweep(self, folder: str) -> None:
        """Remove this workspace's temporary files from `folder` (left by an interrupted upload)."""
        ...

    def close(self) -> None: ...

"""A real small filesystem mounted for one test: a full, read-only or vanishing USB stick or folder, and
filling it up."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def mounted_tmpfs(path: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted at `path` with mount `options` (e.g. "size=64k", "ro"); skips where this machine
    does not allow mounting (it needs root). Unmounted lazily after, so a file a test left open is no
    obstacle."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fill(folder: Path, leave: int, name: str = "annat.bin") -> None:
    """Fill the small filesystem at `folder` to the last byte with a file called `name`, then give back
    about `leave` bytes."""
    filler = folder / name
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(handle, b"\0" * 4096)
    finally:
        os.close(handle)
    os.truncate(filler, max(0, filler.stat().st_size - leave))

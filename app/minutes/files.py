"""How finished documents land on disk: whole or not at all, readable like any saved file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.bundles.files import refuse_unless_a_file, write_refusal
from app.errors import Said
from app.messages import message


def write_atomically(path: Path | str, write: Callable[[str], None]) -> None:
    """Have `write(temp_path)` fill a temp file beside `path`, then rename it over `path`.

    A failure or a cancel (any exception from `write`) leaves an earlier file of that name as it was
    and no temp file behind; a file system error becomes a refusal (Said) that names the file and says
    what the disk refused, so a window can tell a write-protected stick from a full one.
    """
    target = Path(path)
    if target.is_dir():
        raise Said(message("document-is-folder", path=str(target)))
    refuse_unless_a_file(target)
    if not target.parent.is_dir():
        raise Said(message("document-no-folder", folder=str(target.parent)))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise write_refusal(exc, target) from None
    os.close(fd)
    try:
        write(temp)
        make_readable_like(temp, target)
        os.replace(temp, target)
    except OSError as exc:
        raise write_refusal(exc, target) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def make_readable_like(temp: str | Path, target: Path) -> None:
    """Give a finished temp file the mode the document should have: the replaced file's, else rw-r--r--.

    mkstemp makes files only their owner may read, but minutes and open data are made to be handed on
    (a shared drive, a web server), so they get the mode an ordinary saved file has.
    """
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    os.chmod(temp, mode)

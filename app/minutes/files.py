"""How finished documents land on disk."""

from __future__ import annotations

import os
from pathlib import Path


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

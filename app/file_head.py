"""The first bytes of a file a user names (a sheet, an image, a passphrase file): at most `limit` bytes
are read, so a far too large file chosen by mistake is never read whole, and a missing or unreadable
file is refused in one line."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserError


def read_head(path: Path | str, limit: int, cannot_read: str = "cannot read") -> bytes:
    """At most `limit` bytes of the file at `path`; `cannot_read` begins the refusal when the disk or
    the permissions will not give them."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: {cannot_read}: {exc.strerror or exc}") from None

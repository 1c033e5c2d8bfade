"""A passphrase or password given in a file ('-': standard input): its first line, read the same way
for every command that takes one. A byte order mark (Notepad's UTF-8) is no part of it, a file that is
not text or far too long is refused in one line, and a pipe (`--password-file <(pass show x)`) works."""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import UserError
from app.file_head import read_head

MAX_BYTES = 64 * 1024  # a passphrase is a line; more is a file chosen by mistake, never read whole


def first_line(path: Path | str, what: str) -> str:
    """The first line of the file at `path` (`what`: "passphrase" or "password", for the refusals)."""
    if str(path) == "-":
        try:
            raw = getattr(sys.stdin, "buffer", None)  # (a text stream without bytes beneath: its text)
            data = raw.read(MAX_BYTES + 1) if raw is not None else sys.stdin.read(MAX_BYTES + 1).encode()
        except OSError as exc:
            raise UserError(f"{path}: cannot read the {what} file: {exc.strerror or exc}") from None
    else:
        data = read_head(path, MAX_BYTES + 1, f"cannot read the {what} file")
    if len(data) > MAX_BYTES:
        raise UserError(f"{path}: larger than {MAX_BYTES // 1024} KiB; not a {what} file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path}: the {what} file is not UTF-8 text") from None
    lines = text.splitlines()
    if not text.strip() or not lines[0]:
        raise UserError(f"{path}: the {what} file is empty" + (" on its first line" if text.strip() else ""))
    return lines[0]

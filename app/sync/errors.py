"""What can go wrong between this laptop and the sync target, named so that each face can say it plainly."""

from __future__ import annotations

from app.errors import UserError

# Kinds of failure. The GUI keys its translated messages and its retry policy on these.
AUTH = "auth"  # 401: wrong user name or password
FORBIDDEN = "forbidden"  # 403: the account may not write there, or the share is read-only
FULL = "full"  # 507, ENOSPC: no room left on the target
MISSING = "missing"  # 404, 409: the target folder does not exist (or its parent does not)
LOCKED = "locked"  # 423: someone holds a lock on the file
TIMEOUT = "timeout"  # the server did not answer in time
UNREACHABLE = "unreachable"  # no connection, or it broke during the transfer
READONLY = "readonly"  # a folder target we may not write to
SERVER = "server"  # any other answer the server should not have given
LOCAL = "local"  # this laptop could not read or write its own files
BUSY = "busy"  # another sync of this workspace (another window or command) is running
TOO_LARGE = "too-large"  # a remote file grew past any bundle's size while it was fetched: not fetched

RETRYABLE = frozenset({FULL, MISSING, LOCKED, TIMEOUT, UNREACHABLE, SERVER, LOCAL, READONLY, FORBIDDEN, BUSY})


class SyncError(UserError):
    """A sync step failed; `kind` is one of the constants above, the message is one line for a person."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        """Wrong credentials are not retried on their own: guessing again could lock the account."""
        return self.kind in RETRYABLE


def too_large(name: str) -> SyncError:
    """A remote file that cannot be a bundle: it holds more bytes than any bundle may."""
    from app.bundles.format import MAX_FILE_BYTES  # here: the chair's window imports this module at start

    cap = MAX_FILE_BYTES // 2**20
    return SyncError(TOO_LARGE, f"{name} is larger than any bundle ({cap} MiB); not fetched")

"""One way to stop long work: a cancel token the UI sets and the core checks between steps.

Import, sync and the inbox scan take a `CancelToken` and look at it only between whole steps (a bundle,
a file), so cancelling never leaves half a bundle in the store. The windows' operation runner
(ui/operations.py) gives its work one.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside work that noticed its cancel token; not an error, nothing is reported."""


class CancelToken:
    """Cooperative cancel, safe to set from one thread and read from another."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def is_cancelled(token: CancelToken | None) -> bool:
    return token is not None and token.cancelled

"""Errors a user can act on. The CLI prints them as one line and exits 2; the GUI shows a dialog."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.messages import Message


# What a store write or a file write may raise besides a UserError (app/disk_errors.py says which problem
# it was). Here rather than there: the windows catch these on every edit, and need not load the
# classification for it.
STORAGE_FAILURES: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)


class UserError(Exception):
    """Something the user asked for cannot be done; the message says what and, where it can, why."""


class Said(UserError):
    """A refusal whose reason is data: `why` is a registered message (app/messages.py). str() is its
    English, for the CLI; the windows say it in the user's language from the same code."""

    def __init__(self, why: Message) -> None:
        super().__init__(why.english())
        self.why = why


class NotFound(UserError):
    pass


class WorkspaceTooNew(UserError):
    pass


class NoWorkspace(UserError):
    """The folder holds no workspace; creating one is an explicit step (`rundabord init`)."""


class StoreBusy(UserError):
    """Another task (a sync, an import) holds the workspace's write lock longer than we wait."""


class CannotConnect(UserError):
    """The shared database did not let this workspace in: a wrong address or password, or no server."""

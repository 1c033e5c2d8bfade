"""Errors a user can act on. The CLI prints them as one line and exits 2; the GUI shows a dialog."""


class UserError(Exception):
    """Something the user asked for cannot be done; the message says what and, where it can, why."""


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

"""Sync: the outbox goes out, and new bundles come in, whenever the central folder is reachable.

    target = settings.open_target(workspace.store)          # the configured folder or WebDAV share
    report = engine.run_sync(workspace, target)              # push pending, pull new; SyncError if not
    outbox.status(workspace.store, workspace.outbox_dir, target.description)

Modules: `targets` (the layout and the Target protocol), `folder` and `webdav` (the two targets),
`outbox` (what is pending and what was sent where), `settings` (target, account, keyring), `engine`.
"""

from app.sync.errors import SyncError

__all__ = ["SyncError"]

"""The table minutes' work off the UI thread, for ui/minutes_actions.py: the PDF, and with the photos of
the table's paper, read through the worker's own connection to the workspace, as an appendix."""

from __future__ import annotations

from pathlib import Path

from app.workspace import Workspace


def table_minutes_job(
    store, conference_id: str, number: int, path: Path, language: str, report, photos_from: Path | None = None
) -> int:
    """Table minutes, made in a worker thread with `store` (its own); with `photos_from` (a workspace
    folder) the table's photos as an appendix. Returns the pages written."""
    from app.minutes.table import build_table_minutes

    photos = ()
    if photos_from is not None:
        from app.minutes.table import photo_pages

        workspace = Workspace(photos_from)  # this worker thread's own connection
        try:
            photos = photo_pages(workspace, conference_id, number)
        finally:
            workspace.close()
    return build_table_minutes(store, conference_id, number, path, language, report, photos=photos)

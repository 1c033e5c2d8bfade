"""Ctrl+P in the chair's window: the table minutes made in the workspace's minutes folder, then Qt's print
dialog at once (its printers include "Print to file"). No save dialog first and no question after: a
chair at a lunch table wants paper. Saving a PDF elsewhere is its own menu item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import conferences, handoff
from app.workspace import Workspace
from ui.minutes_actions import MinutesActions
from ui.operations import CancelToken, Operation, Progress


def print_table_minutes(
    parent: QWidget,
    workspace: Workspace,
    minutes: MinutesActions,
    table: Callable[[], tuple[str, int] | None],
) -> Operation | None:
    chosen = table()
    if chosen is None:
        return None
    conference_id, number = chosen
    conference = conferences.conference(workspace.store, conference_id)
    folder = workspace.dir / "minutes"
    name = handoff.copy_name(conference.title, conference.date, number).removesuffix(".rbz") + ".pdf"
    path, directory, language = folder / name, workspace.dir, workspace.language

    def work(progress: Progress, cancel: CancelToken) -> Path:
        from app.minutes.table import build_table_minutes

        folder.mkdir(exist_ok=True)
        own = Workspace(directory)  # this worker thread's own connection
        try:
            build_table_minutes(own.store, conference_id, number, path, language, lambda d, t: progress(d, t))
        finally:
            own.close()
        return path

    def done(made: Path) -> None:
        minutes.last_document = made
        minutes.print_action.setEnabled(True)
        minutes.print_document(made)

    title = QCoreApplication.translate("ChairPrint", "Making the table minutes")
    return Operation(parent, work, title=title, on_success=done).run()

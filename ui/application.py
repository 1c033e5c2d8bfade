"""Starting the GUI: the QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app import conferences
from app.workspace import Workspace, default_dir


def run_gui(workspace_dir: Path | None, qt_args: list[str]) -> int:
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Rundabord")
    app.setOrganizationName("Rundabord")
    workspace = Workspace(workspace_dir or default_dir())
    window = QMainWindow()
    titles = [c.title for c in conferences.conferences(workspace.store)]
    window.setCentralWidget(QLabel("\n".join(titles) or "—"))
    window.setWindowTitle("Rundabord")
    window.show()
    return app.exec()

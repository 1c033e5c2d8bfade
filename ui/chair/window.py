"""The chair's main window (being built; see issue 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from app import conferences
from app.workspace import Workspace


class ChairWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        titles = [c.title for c in conferences.conferences(workspace.store)]
        self.setCentralWidget(QLabel("\n".join(titles) or "—"))
        self.setWindowTitle(self.tr("Rundabord"))

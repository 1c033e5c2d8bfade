"""Run in a fresh process on a configured offscreen screen (see test_screen_fit.py): open the secretariat's
window in Swedish as on a first start, with the demo conference, and show each tab; print where the window
lies against the screen and save a screenshot of every tab.

    python -m tests.ui.secretariat.screen_fit WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui import application
    from ui.secretariat.window import SecretariatWindow

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)
    app.setOrganizationName(application.ORGANISATION)
    app.setApplicationName(application.APPLICATION)
    QSettings().setValue("language", "sv")
    application.configure(app)
    workspace = Workspace.create(workspace_dir, "secretariat")
    ensure_demo(workspace.store)

    window = SecretariatWindow(workspace)
    if window.sync_status is not None:
        window.sync_status.automatic = False
    first = window.size()
    window.show()
    screen = window.screen().availableGeometry()
    tabs = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        hint = window.minimumSizeHint()
        tabs.append({"tab": window.tabs.tabText(index), "minimum": [hint.width(), hint.height()]})
        window.grab().save(f"{shot_prefix}-{index}.png")
    frame = window.frameGeometry()
    report = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "first_size": [first.width(), first.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "tabs": tabs,
    }
    print("SCREEN_FIT " + json.dumps(report, ensure_ascii=False))
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Run in a fresh process on a configured offscreen screen (see test_screens.py): open the chair's window
in Swedish as on a first start, maximised on that screen, with a 300-note question; print what lies where
and save a screenshot.

    python -m tests.ui.chair.screen_fit WORKSPACE_DIR SETTINGS_DIR SHOT.png
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QToolButton, QWidget

from ..laptop_screens import print_report, swedish_application


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def main(workspace_dir: str, settings_dir: str, shot: str) -> int:
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.chair.window import ChairWindow

    from .real_hands import fill_question

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir)  # a fresh folder per run
    conference_id = ensure_demo(workspace.store)
    fill_question(workspace, conference_id, 3, 1, 300)

    window = ChairWindow(workspace)
    first_size = window.size()
    window.sync_status.automatic = False
    window.open_table(conference_id, 3)
    window.showMaximized()
    screen = window.screen().availableGeometry()
    window.setGeometry(screen)  # offscreen has no window manager to maximise for it
    for _ in range(5):
        app.processEvents()
    parts = {
        "save indicator": window.saved_indicator,
        "new-note field": window.entry,
        "notes list": window.notes_view,
        "timer": window.timer,
        **{
            f"button {b.text()!r}": b
            for b in window.tag_bar.findChildren(QToolButton)
            if b.isVisibleTo(window)
        },
    }
    report = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "first_size": [first_size.width(), first_size.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "frame": [
            window.frameGeometry().x(),
            window.frameGeometry().y(),
            window.frameGeometry().width(),
            window.frameGeometry().height(),
        ],
        "parts": {
            name: {
                "rect": (lambda r: [r.x(), r.y(), r.width(), r.height()])(_global_rect(w)),
                "visible": w.isVisible(),
            }
            for name, w in parts.items()
        },
        "theme_buttons": len(window.chair_actions.theme_actions),
    }
    window.grab().save(shot)
    window.show_shortcuts()  # F1: a long list, which must stay inside the screen too
    for _ in range(5):
        app.processEvents()
    report["shortcuts"] = (lambda r: [r.x(), r.y(), r.width(), r.height()])(window.shortcut_dialog.geometry())
    window.shortcut_dialog.close()
    print_report(report)
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

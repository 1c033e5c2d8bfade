"""Run in a fresh process on a configured offscreen screen at a scale (see test_saved_label.py): the chair's
window maximised with a 300-note question, in LANGUAGE; "Saved" shown at times of every width; print, per
time, how many layout requests reached the window and whether the label shows its whole text.

    python -m tests.ui.chair.saved_label_scaled WORKSPACE_DIR SETTINGS_DIR LANGUAGE
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report, swedish_application

TIMES = ((0, 0, 0), (11, 11, 11), (8, 48, 58), (20, 44, 44), (23, 59, 59), (22, 22, 22))


def main(workspace_dir: str, settings_dir: str, language: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QTime

    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui import i18n
    from ui.chair.window import ChairWindow

    from .real_hands import fill_question

    app = swedish_application(settings_dir)
    QSettings().setValue("language", language)
    i18n.install(language, app)
    workspace = Workspace.create(workspace_dir)
    conference_id = ensure_demo(workspace.store)
    fill_question(workspace, conference_id, 3, 1, 300)
    window = ChairWindow(workspace)
    window.sync_status.automatic = False
    window.open_table(conference_id, 3)
    window.showMaximized()
    window.setGeometry(window.screen().availableGeometry())  # offscreen has no window manager
    for _ in range(5):
        app.processEvents()

    class Requests(QObject):
        seen = 0

        def eventFilter(self, watched, event) -> bool:
            if watched is window and event.type() == QEvent.Type.LayoutRequest:
                Requests.seen += 1
            return False

    label = window.saved_indicator
    requests = Requests()
    app.installEventFilter(requests)
    shown = {}
    for hours, minutes, seconds in TIMES:
        Requests.seen = 0
        label.mark_saved(QTime(hours, minutes, seconds))
        app.processEvents()
        room = label.contentsRect().width() - 2 * max(label.indent(), 0) - 2 * label.margin()
        inside = window.rect().contains(QRect(label.mapTo(window, QPoint(0, 0)), label.size()))
        fits = label.fontMetrics().horizontalAdvance(label.text()) <= room
        shown[label.text()] = {"layouts": Requests.seen, "whole": fits and inside and label.isVisible()}
    print_report({"ratio": label.devicePixelRatioF(), "language": i18n.chosen_language(), "shown": shown})
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Run in a fresh process on a configured offscreen screen at a scale (see test_export_question_width.py):
the chair's window in Swedish on table 3 of the demo with notes under each question, Ctrl+E's question
("Signera och exportera") opened; print how wide its text is laid out, against the font and the screen.

    python -m tests.ui.chair.export_question_scaled WORKSPACE_DIR SETTINGS_DIR SHOT
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report, swedish_application


def main(workspace_dir: str, settings_dir: str, shot: str) -> int:
    from PySide6.QtWidgets import QLabel, QMessageBox

    from app import notes
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui import msgbox
    from ui.chair.window import ChairWindow

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir)
    conference_id = ensure_demo(workspace.store)
    create_identity(workspace, "Fatima Hassan")
    for question in (1, 2, 3):
        notes.add_note(workspace.store, conference_id, 3, question, "Bussen går för sällan på kvällen")
    window = ChairWindow(workspace)
    window.sync_status.automatic = False
    window.resize(1366, 768)
    window.show()
    window.open_table(conference_id, 3)
    app.processEvents()
    window.export_flow.run()
    for _ in range(5):
        app.processEvents()
    [box] = [b for b in msgbox.open_boxes() if b.windowTitle() == "Signera och exportera"]
    label = box.findChild(QLabel, "qt_msgbox_label")
    metrics = label.fontMetrics()
    lines = label.text().split("\n")
    if shot:
        box.grab().save(shot)
    print_report(
        {
            "ratio": box.devicePixelRatioF(),
            "label_width": label.width(),
            "box": [box.width(), box.height()],
            "screen": list(box.screen().availableGeometry().getRect()),
            "average_char": metrics.averageCharWidth(),
            "longest_line": max(metrics.horizontalAdvance(line) for line in lines),
            "question_lines": [line for line in lines if line.startswith("Fråga")],
            "yes": box.button(QMessageBox.StandardButton.Yes) is not None,
        }
    )
    box.close()
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

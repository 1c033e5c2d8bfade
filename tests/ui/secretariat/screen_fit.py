"""Run in a fresh process on a configured offscreen screen (see test_screen_fit.py): open the secretariat's
window in Swedish as on a first start, with the demo conference, and show each tab; print where the window
lies against the screen and save a screenshot of every tab.

    python -m tests.ui.secretariat.screen_fit WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report, swedish_application


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.secretariat.window import SecretariatWindow

    app = swedish_application(settings_dir)
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
    print_report(report)
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

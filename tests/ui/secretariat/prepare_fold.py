"""Run in a fresh process on a configured offscreen screen (see test_prepare_fold.py): open the
secretariat's window in Swedish as on a first start, with the demo conference and the secretariat's key,
on the Prepare tab; print what of the key panel is drawn in the tab's view before any scrolling, and
save a screenshot.

    python -m tests.ui.secretariat.prepare_fold WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report, swedish_application


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.bundles.identity import create_identity
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.secretariat.window import SecretariatWindow

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir, "secretariat")
    ensure_demo(workspace.store)
    create_identity(workspace, "Region Exempellän, kansliet")
    window = SecretariatWindow(workspace)
    if window.sync_status is not None:
        window.sync_status.automatic = False
    window.show()
    window.tabs.setCurrentWidget(window.prepare_view)
    for _ in range(10):
        app.processEvents()
    panel = window.prepare_view.key_panel
    scroll = window.prepare_view.findChild(QScrollArea)
    viewport = scroll.viewport()

    def drawn(widget) -> bool:
        """Wholly inside the tab's view, and what the pointer finds at its middle."""
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        inside = viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)
        found = QApplication.widgetAt(widget.mapToGlobal(widget.rect().center()))
        return inside and found is widget

    window.grab().save(f"{shot_prefix}-prepare.png")
    print_report(
        {
            "fingerprint": panel.fingerprint_label.text(),
            "fingerprint_drawn": drawn(panel.fingerprint_label),
            "print_drawn": drawn(panel.print_button),
            "scrolled": scroll.verticalScrollBar().value(),
        }
    )
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

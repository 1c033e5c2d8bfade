"""Run in a fresh process on a configured offscreen screen (see test_dialogs_fit.py): open the proposals
board in Swedish on the demo conference with a proposal chosen, then its history, its "raised again"
dialog and the similar proposals; print where each dialog lies against the screen and save a screenshot.

    python -m tests.ui.proposals.dialogs_fit WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report, swedish_application


def _rect(widget) -> list[int]:
    frame = widget.frameGeometry()
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from app import notes
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.proposals.board import ProposalsBoard

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir)
    conference_id = ensure_demo(workspace.store)
    notes.add_note(workspace.store, conference_id, 4, 1, "Busskort för alla under 20 år", kind="proposal")
    board = ProposalsBoard(workspace)
    board.setGeometry(board.screen().availableGeometry())
    board.show()
    board.choose_conference(conference_id)
    column = board.columns["new"]
    column.view.setCurrentIndex(column.proxy.index(0, 0))
    app.processEvents()
    screen = board.screen().availableGeometry()
    report: dict = {"screen": [screen.x(), screen.y(), screen.width(), screen.height()], "dialogs": {}}
    for name, open_it in (
        ("history", board.show_history),
        ("raised again", board.link_selected),
        ("similar", board.show_similar),
    ):
        dialog = open_it()
        for _ in range(5):
            app.processEvents()
        size = dialog.size()
        report["dialogs"][name] = {"size": [size.width(), size.height()], "frame": _rect(dialog)}
        dialog.grab().save(f"{shot_prefix}-{name.replace(' ', '-')}.png")
        dialog.reject()
        app.processEvents()
    print_report(report)
    board.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

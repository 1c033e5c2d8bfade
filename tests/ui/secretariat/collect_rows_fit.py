"""Run in a fresh process on a configured offscreen screen (see test_collect_rows_fit.py): the secretariat's
window in Swedish as on a first start, ten tables' signed bundles in a watched folder; a bundle chosen by a
mouse click on its row; then the watched folders opened by a click and folded by Space. Prints what was
measured and saves the Collect tab as PNGs.

    python -m tests.ui.secretariat.collect_rows_fit WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..laptop_screens import print_report, swedish_application

CHAIR_COLUMN, REASON_COLUMN = 1, 6

TABLES = range(1, 11)


def ten_bundles(workspace, conference_id: str, laptop_dir: Path, folder: Path) -> None:
    """One chair's laptop exports each of ten tables, a note in each, into `folder`."""
    from app import notes
    from app.bundles import export_table
    from app.bundles.identity import create_identity
    from app.merge import merge_records
    from app.workspace import Workspace

    laptop = Workspace.create(laptop_dir)
    with laptop.store.transaction():
        pack = ("process", "theme", "conference", "question", "table")
        merge_records(laptop.store, [r for t in pack for r in workspace.store.dump(t)])
    create_identity(laptop, "Karin Sjöström-Lindqvist")
    folder.mkdir(parents=True)
    for table in TABLES:
        notes.add_note(laptop.store, conference_id, table, 1, f"Cykelparkering vid stationen, bord {table}")
        export_table(laptop, conference_id, table, folder / f"bord-{table}.rbz")
    laptop.close()


def fully_shown_rows(view) -> int:
    """Rows whose whole height lies inside the list's viewport."""
    inside = view.viewport().rect()
    return sum(
        1
        for row in range(view.model().rowCount())
        if inside.contains(view.visualRect(view.model().index(row, 0)), False)
        and view.visualRect(view.model().index(row, 0)).height() > 0
    )


def drawn(view, index) -> str:
    """A cell's text as its delegate draws it (shortened to two lines, or whole)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    shown_text = getattr(delegate, "shown_text", None)  # a plain delegate draws the whole text
    return shown_text(option) if shown_text is not None else option.text


def heard(view, index) -> str:
    """What a screen reader is given for the cell (its accessible name)."""
    from PySide6.QtGui import QAccessible

    table = QAccessible.queryAccessibleInterface(view)
    children = (table.child(i) for i in range(table.childCount()))
    cells = [child for child in children if child.role() == QAccessible.Role.Cell]
    return cells[index.row() * view.model().columnCount() + index.column()].text(QAccessible.Text.Name)


def sideways_bar(view):
    """A watch on a list's horizontal scroll bar while the list grows: its `look()` after each round of
    the event loop notes the bar if shown then, and a paint of the bar is noted as it happens, between
    rounds; `seen` lists both."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__(view)
            self.bar, self.seen, self.rounds = view.horizontalScrollBar(), [], 0
            self.bar.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen.append(f"painted in round {self.rounds + 1} ({view.model().rowCount()} rows)")
            return False

        def look(self) -> None:
            self.rounds += 1
            if self.bar.isVisible():
                self.seen.append(f"shown after round {self.rounds}")

    return Watch()


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.secretariat.window import SecretariatWindow

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir, "secretariat")
    conference_id = ensure_demo(workspace.store)
    stick = Path(workspace_dir).parent / "usb-sticka"
    ten_bundles(workspace, conference_id, Path(workspace_dir).parent / "laptop", stick)

    window = SecretariatWindow(workspace)
    if window.sync_status is not None:
        window.sync_status.automatic = False
    window.show()
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    bar = sideways_bar(collect.view)
    collect.add_paths([str(stick)])  # a watched folder, as a secretary sets one up
    deadline = time.monotonic() + 90
    # Every scan over: a later one makes the list anew, and an index held across it points at freed rows
    while (len(collect.inbox.entries) < len(TABLES) or collect.scanning) and time.monotonic() < deadline:
        app.processEvents()
        bar.look()
        time.sleep(0.02)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    settle()
    bar.look()
    view = collect.view
    row = view.model().index(3, 0)
    view.scrollTo(row)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    settle()
    collect.grab().save(f"{shot_prefix}-chosen.png")
    folders = collect.folders
    row = view.model().index(3, 0)  # taken again: what was clicked is asked of the list as it is now
    chair, reason = (view.model().index(3, column) for column in (CHAIR_COLUMN, REASON_COLUMN))
    report = {
        "rows": view.model().rowCount(),
        "clicked": collect._entry_at(row).name,
        "chosen": collect.selected_entry().name if collect.selected_entry() else "",
        "details": collect.details.text(),
        "shown": fully_shown_rows(view),
        "sideways": view.horizontalScrollBar().isVisible(),
        "sideways_while_growing": bar.seen,
        "summary": folders.toggle.text(),
        "summary_name": folders.toggle.accessibleName(),
        "open_at_first": folders.body.isVisible(),
        "chair_text": chair.data(),
        "chair_drawn": drawn(view, chair),
        "chair_tip": chair.data(Qt.ItemDataRole.ToolTipRole),
        "chair_heard": heard(view, chair),
        "reason_text": reason.data(),
        "reason_drawn": drawn(view, reason),
        "reason_tip": reason.data(Qt.ItemDataRole.ToolTipRole),
    }
    QTest.mouseClick(folders.toggle, Qt.MouseButton.LeftButton)
    settle()
    report["open_by_click"] = folders.body.isVisible() and folders.view.isVisible()
    collect.grab().save(f"{shot_prefix}-folders-open.png")
    folders.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(folders.toggle, Qt.Key.Key_Space)
    settle()
    report["folded_by_space"] = not folders.body.isVisible()
    report["shown_after"] = fully_shown_rows(view)
    print_report(report)
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

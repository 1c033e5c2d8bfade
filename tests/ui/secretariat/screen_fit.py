"""Run in a fresh process on a configured offscreen screen (see test_screen_fit.py): open the secretariat's
window in Swedish as on a first start, with the demo conference and a few open conflicts (a chair's laptop
and the secretariat edited the same notes), and show each tab, Review's conflicts too, with the first
conflict chosen; print where the window lies against the screen and save a screenshot of every tab.

    python -m tests.ui.secretariat.screen_fit WORKSPACE_DIR SETTINGS_DIR SHOT_PREFIX
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..laptop_screens import print_report, swedish_application

CHAIR_TEXT = (
    "Vi vill att kommunen öppnar skolornas lokaler för föreningar på kvällar och helger, så att unga"
    " har någonstans att vara efter skoltid; deltagarna betonade att det måste vara gratis."
)
DAMAGED = "bord-12-karin-sjostrom-lindqvist-andra-exporten-efter-lunchen-kopia.rbz"
SECRETARIAT_TEXT = (
    "Skolornas lokaler bör stå öppna för ungdomsföreningar på kvällar och helger (sekretariatets"
    " sammanfattning efter samtal med ordföranden)."
)


def with_conflicts(workspace, conference_id: str, laptop_dir: Path) -> None:
    """Table 3's chair and the secretariat both change one note's text and a proposal's kind."""
    from app import notes
    from app.bundles import export_table, trust
    from app.bundles.identity import create_identity, require_identity
    from app.merge import merge_records
    from app.workspace import Workspace

    store = workspace.store
    laptop = Workspace.create(laptop_dir)
    with laptop.store.transaction():
        pack = ("process", "theme", "conference", "question", "table")
        merge_records(laptop.store, [r for t in pack for r in store.dump(t)])
    text = notes.add_note(laptop.store, conference_id, 3, 1, "Öppna skolornas lokaler på kvällarna")
    proposal = notes.add_note(laptop.store, conference_id, 3, 2, "Språkcafé på biblioteket", kind="proposal")
    with store.transaction():
        merge_records(store, list(laptop.store.dump("note")))
    notes.edit_note(store, text, text=SECRETARIAT_TEXT)
    notes.edit_note(laptop.store, text, text=CHAIR_TEXT)
    notes.edit_note(store, proposal, kind="action")
    notes.edit_note(laptop.store, proposal, kind="guiding-word")
    with store.transaction():
        merge_records(store, list(laptop.store.dump("note")))
    # and sends a table export nobody trusted yet: Collect shows it, its details several lines long
    create_identity(laptop, "Karin Sjöström-Lindqvist")
    export_table(laptop, conference_id, 3, workspace.dir / "inbox" / "bord-3.rbz")
    # her export again after a late note ("export nr 2"), and a file too damaged to name anyone but
    # itself, by a long name: the list must fit the screen's width with all three
    notes.add_note(laptop.store, conference_id, 3, 1, "Sent tillägg: cykelparkering vid stationen")
    export_table(laptop, conference_id, 3, workspace.dir / "inbox" / "bord-3-igen.rbz")
    laptop.close()
    (workspace.dir / "inbox" / DAMAGED).write_bytes(b"PK\x03\x04 halvt kopierad")
    # The list of trusted keys has rows: the office's own key and a chair trusted from her key card
    create_identity(workspace, "Region Exempellän, kansliet")
    anna = Workspace.create(laptop_dir.parent / "anna")
    create_identity(anna, "Anna Lindqvist-Bergström")
    card = require_identity(anna).public_key
    anna.close()
    trust.add(store, card, "Anna Lindqvist-Bergström", "chair", conference_id, 2)


def _chair_cells(view) -> list[list[str]]:
    """Each chair cell's [text, as drawn, tooltip]: a claimed name may be drawn shortened to two lines."""
    from PySide6.QtCore import Qt

    from .collect_rows_fit import CHAIR_COLUMN, drawn

    cells = (view.model().index(row, CHAIR_COLUMN) for row in range(view.model().rowCount()))
    return [[cell.data(), drawn(view, cell), cell.data(Qt.ItemDataRole.ToolTipRole) or ""] for cell in cells]


def _cut_cells(view, columns: tuple[int, ...]) -> list[str]:
    """The cells of `columns` whose text needs more lines or width than the cell gives (a file name
    shortened in the middle is meant to be, and is left out)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(view.model().rowCount()):
        for column in columns:
            if view.isColumnHidden(column):  # the conference's, while every bundle is for one conference
                continue
            index = view.model().index(row, column)
            text = str(index.data() or "")
            cell = view.visualRect(index)
            needed = metrics.boundingRect(
                QRect(0, 0, cell.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            if (needed.width() > cell.width() - 2 * margin or needed.height() > cell.height()) and (
                DAMAGED not in text
            ):
                cut.append(text)
    return cut


def main(workspace_dir: str, settings_dir: str, shot_prefix: str) -> int:
    from PySide6.QtWidgets import QLabel

    from app.demo import ensure_demo
    from app.workspace import Workspace
    from ui.secretariat.window import SecretariatWindow

    app = swedish_application(settings_dir)
    workspace = Workspace.create(workspace_dir, "secretariat")
    conference_id = ensure_demo(workspace.store)
    with_conflicts(workspace, conference_id, Path(workspace_dir).parent / "laptop")

    window = SecretariatWindow(workspace)
    if window.sync_status is not None:
        window.sync_status.automatic = False
    first = window.size()
    window.show()
    screen = window.screen().availableGeometry()
    tabs = []

    collect = window.collect_view

    def settle() -> None:
        """Let Collect's scan (its first starts when its tab shows) and the fitting of its columns that
        follows end. Measured in between, on a loaded machine, its list scrolled sideways: the rows had
        grown and brought a vertical scroll bar, and the columns, fitted before, waited for the next turn
        of the event loop to fit the narrower width."""
        deadline, quiet = time.monotonic() + 60, 0
        while quiet < 5 and time.monotonic() < deadline:  # the layouts the scan's end set off, too
            app.processEvents()
            busy = collect.scanning or collect.column_fit.refit_due
            quiet = 0 if busy else quiet + 1
            if busy:
                time.sleep(0.02)

    def measure(name: str, shot: str) -> None:
        window.resize(window.minimumSizeHint().expandedTo(window.size()))
        settle()
        hint = window.minimumSizeHint()
        # A wrapped label given fewer lines than its text needs: its last lines are cut off or drawn
        # over what is below (a grid row gives a label the height of one line, whatever it wraps to)
        cut = [
            label.text()
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())
        ]
        # Collect's list scrolling sideways at 150 % hid the verdict and what to do off the right edge
        collect = window.collect_view
        sideways = collect.isVisible() and collect.view.horizontalScrollBar().isVisible()
        tab = {"tab": name, "minimum": [hint.width(), hint.height()], "cut_labels": cut, "sideways": sideways}
        tabs.append(tab)
        window.grab().save(f"{shot_prefix}-{shot}.png")

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        measure(window.tabs.tabText(index), str(index))
    window.tabs.setCurrentWidget(collect)
    deadline = time.monotonic() + 60
    while (len(collect.inbox.entries) < 3 or collect.scanning) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    collect.select_entry(lambda e: e.name == "bord-3.rbz")
    measure("Samla in: ett valt paket", "collect-chosen")
    keys = collect.show_keys()  # the list of trusted keys, reached from Collect
    for _ in range(5):
        app.processEvents()
    keys.grab().save(f"{shot_prefix}-keys.png")
    keys_size = [keys.width(), keys.height(), keys.minimumSizeHint().width(), keys.minimumSizeHint().height()]
    keys.close()
    from ui.minutes_privacy import PrivacyReviewDialog  # the review before publishing, its list long

    privacy = PrivacyReviewDialog(window, workspace.store, conference_id)
    privacy.show()
    for _ in range(5):
        app.processEvents()
    privacy.grab().save(f"{shot_prefix}-privacy.png")
    privacy_size = [privacy.width(), privacy.height()]
    privacy.close()
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    measure("Granska: " + window.review_view.inner_tabs.tabText(1), "conflicts")
    conflicts = panel.conflicts()
    panel.select_conflict(next(c for c in conflicts if c.field == "text"))
    measure("Granska: en konflikt om en text", "conflict-text")
    panel.select_conflict(next(c for c in conflicts if c.field == "kind"))
    measure("Granska: en konflikt om ett slag", "conflict-kind")
    frame = window.frameGeometry()
    report = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "first_size": [first.width(), first.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "conflicts": len(conflicts),
        "collect_details": collect.details.text(),
        "collect_rows": collect.model.rowCount(),
        "keys": keys_size,
        "privacy": privacy_size,
        "collect_cut": _cut_cells(collect.view, (2, 3, 5, 6)),
        "collect_chairs": _chair_cells(collect.view),
        "tabs": tabs,
    }
    print_report(report)
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

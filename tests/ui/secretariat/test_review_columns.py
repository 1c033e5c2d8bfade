"""Review's columns give the note's text the room, at 150 % on a 1366×768 laptop (a 911×512 window) and
at 1280×720, and keep the widths she drags herself, in Swedish.

At 150 % the Text column had 293 of the list's 839 pixels: less than the themes (200, fixed) and the
"Sammanslaget till" column (160, fixed, and empty until proposals are merged) together.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from app import conferences, notes, prepare
from tests.ui.secretariat.conftest import open_in_swedish
from ui.secretariat.notes_model import COL_MERGED, COL_TEXT, COL_THEMES
from ui.secretariat.review_columns import TEXT_LEAST, TEXT_SHARE, WIDTH_KEYS

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP_150 = (911, 512)  # 1366×768 at 150 %, less the window's frame
LONG_THEME = "Kollektivtrafik på landsbygden"


def _fill(workspace, conference_id) -> list[str]:
    """Notes a newcomer reviews: long texts, two themes on some, three proposals (returned)."""
    store = workspace.store
    process_id = conferences.conference(store, conference_id).process_id
    transport = prepare.add_theme(store, process_id, LONG_THEME)
    young = next(t.id for t in conferences.themes(store, process_id) if t.name == "Unga")
    text = "Arbetsmarknadsutbildningsinsatserna för nyanlända behöver samordnas bättre mellan kommunerna"
    for table in range(1, 9):
        notes.add_note(store, conference_id, table, 1, f"{text} (bord {table})", themes=[transport, young])
        notes.add_note(store, conference_id, table, 2, "Fler kvällsbussar till Åsarna", themes=[transport])
    return [
        notes.add_note(store, conference_id, table, 3, f"Ungdomsråd i varje by ({table})", kind="proposal")
        for table in (1, 2, 3)
    ]


def _review(qtbot, qapp, workspace, conference_id, size):
    window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=size)
    bar = window.tabs.tabBar()
    granska = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == "Granska")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(granska).center())
    review = window.review_view
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() >= 16, timeout=20000)
    return window, review


def _room(review) -> int:
    header = review.view.horizontalHeader()
    shared = (COL_TEXT, COL_THEMES, COL_MERGED)
    small = [c for c in range(header.count()) if c not in shared and not header.isSectionHidden(c)]
    return review.view.viewport().width() - sum(header.sectionSize(c) for c in small)


def _fitted(review, share: float) -> bool:
    """Text has at least `share` of the room, and the columns end within the list (no sideways bar)."""
    header = review.view.horizontalHeader()
    return (
        header.sectionSize(COL_TEXT) >= share * _room(review) - 1
        and header.length() <= review.view.viewport().width()
    )


def _merge_by_mouse(qtbot, review, note_ids: list[str], proposals: int) -> None:
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == proposals)
    for note_id, modifier in zip(note_ids, [Qt.KeyboardModifier.NoModifier] + [CTRL] * 9, strict=False):
        rect = review.view.visualRect(review.model.index(review.model.row_of(note_id), COL_TEXT))
        qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=20000)
    dialog = QApplication.activeModalWidget()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    review.kind_combo.setCurrentIndex(0)  # Alla


def _drag_edge(header, column: int, by: int) -> None:
    """Drag the right edge of `column`'s heading `by` pixels with the left button, as her mouse does."""
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    target = header.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [
        (QEvent.Type.MouseMove, x, none, none),
        (QEvent.Type.MouseButtonPress, x, left, left),
        (QEvent.Type.MouseMove, x + by // 2, none, left),
        (QEvent.Type.MouseMove, x + by, none, left),
        (QEvent.Type.MouseButtonRelease, x + by, left, none),
    ]
    for kind, at, button, buttons in steps:
        point = QPointF(at, y)
        event = QMouseEvent(
            kind, point, target.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(target, event)


def test_the_text_gets_the_room_at_150_percent_and_merged_into_shows_once_there_is_a_merge(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    proposals = _fill(demo_workspace, demo_conference_id)
    window, review = _review(qtbot, qapp, demo_workspace, demo_conference_id, LAPTOP_150)
    header = review.view.horizontalHeader()
    qtbot.waitUntil(lambda: _fitted(review, TEXT_SHARE))
    # No proposal is merged yet: no empty "Sammanslaget till" column
    assert header.isSectionHidden(COL_MERGED)
    assert header.sectionSize(COL_TEXT) > 2 * header.sectionSize(COL_THEMES)

    _merge_by_mouse(qtbot, review, proposals[:2], len(proposals))
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_MERGED) and review.model.rowCount() >= 19)
    assert header.model().headerData(COL_MERGED, Qt.Orientation.Horizontal) == "Sammanslaget till"
    qtbot.waitUntil(lambda: _fitted(review, TEXT_SHARE))
    text = header.sectionSize(COL_TEXT)
    assert text > header.sectionSize(COL_MERGED) + header.sectionSize(COL_THEMES), text
    assert header.sectionSize(COL_MERGED) >= header.sectionSizeFromContents(COL_MERGED).width()
    both = [review.model.index(r, COL_THEMES) for r in range(review.model.rowCount())]
    both = [i for i in both if "," in i.data()]
    assert both and all(i.data(Qt.ItemDataRole.ToolTipRole) == i.data() for i in both)  # said whole

    # At 1280×720 the longest theme name is shown whole, and the text still has the most
    window.resize(1264, 680)
    metrics = review.view.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(COL_THEMES) > metrics.horizontalAdvance(LONG_THEME))
    assert _fitted(review, TEXT_SHARE)


def test_her_own_widths_are_kept_and_give_way_to_the_text_on_a_smaller_window(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    _fill(demo_workspace, demo_conference_id)
    window, review = _review(qtbot, qapp, demo_workspace, demo_conference_id, (1264, 680))
    header = review.view.horizontalHeader()
    qtbot.waitUntil(lambda: _fitted(review, TEXT_SHARE))
    fitted = header.sectionSize(COL_THEMES)

    _drag_edge(header, COL_THEMES, 90)  # she wants to read the themes whole
    assert header.sectionSize(COL_THEMES) == fitted + 90
    assert QSettings().value(WIDTH_KEYS[COL_THEMES], 0, type=int) == fitted + 90
    _drag_edge(header, COL_THEMES, 2000)  # ... far too far: the text keeps its least share
    chosen = QSettings().value(WIDTH_KEYS[COL_THEMES], 0, type=int)
    assert fitted + 90 < chosen < fitted + 2000
    qtbot.waitUntil(lambda: _fitted(review, TEXT_LEAST))
    window.close()

    # The next day, on the laptop at 150 %: her width gives way so the text keeps its share ...
    window, review = _review(qtbot, qapp, demo_workspace, demo_conference_id, LAPTOP_150)
    header = review.view.horizontalHeader()
    qtbot.waitUntil(lambda: _fitted(review, TEXT_LEAST) and header.sectionSize(COL_THEMES) < chosen - 200)
    # ... and comes back on the wider window, as wide as the text's share lets it be
    window.resize(1264, 680)

    def hers() -> bool:
        return header.sectionSize(COL_THEMES) == min(chosen, int(_room(review) * (1 - TEXT_LEAST)))

    qtbot.waitUntil(lambda: hers() and _fitted(review, TEXT_LEAST))
    assert QSettings().value(WIDTH_KEYS[COL_THEMES], 0, type=int) == chosen  # kept for the wide screen

    # A double-click on the edge forgets her width: the fitted one again
    x = header.sectionViewportPosition(COL_THEMES) + header.sectionSize(COL_THEMES) - 1
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: header.sectionSize(COL_THEMES) == fitted)
    assert QSettings().value(WIDTH_KEYS[COL_THEMES], 0, type=int) == 0
    assert _fitted(review, TEXT_SHARE)

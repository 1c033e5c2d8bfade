"""A tag keystroke (Ctrl+1), in Swedish at 1366x768 with real keys, changes how its button looks and
lays out nothing: no layout of the window is asked for, so the wrapped labels above and the 1,000-note
list are not measured again. A button still grows when its label does (the shortcut shown again on a
wider window), and a table opened again draws only its own theme buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.chair.tag_bar import TagButton

from .conftest import press, type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


class _LayoutRequests(QObject):
    """Counts the layout requests that reach `window` or any widget in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window, self.seen = window, []

    def eventFilter(self, watched, event) -> bool:
        ours = isinstance(watched, QWidget) and (watched is self.window or self.window.isAncestorOf(watched))
        if ours and event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(type(watched).__name__)
        return False


def _theme_button(chair, number: int) -> TagButton:
    action = chair.tag_bar.theme_actions[number]
    return next(
        b for b in chair.tag_bar.findChildren(TagButton) if b.defaultAction() is action and b.isVisible()
    )


def test_a_tag_keystroke_changes_its_button_and_lays_out_nothing(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    type_text(qtbot, chair.entry, "Fler bänkar vid ån, säger Åsa")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved")  # the Enter's own work all done
    button = _theme_button(chair, 0)
    size = button.size()
    requests = _LayoutRequests(chair)
    qapp.installEventFilter(requests)
    try:
        for checked in (True, False, True):
            qtbot.wait(30)  # what the last step's "Sparat" still asked for (its time's width) done
            requests.seen.clear()
            press(chair, Qt.Key.Key_1, CTRL)
            QApplication.processEvents()
            assert button.isChecked() is checked
            assert button.text().startswith("✓") is checked
            assert "Ctrl+1" in button.text()  # the shortcut is shown, checked or not
            assert requests.seen == []
            chair.saved_indicator.state = ""
            qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved")  # "Sparat" said again
    finally:
        qapp.removeEventFilter(requests)
    assert button.size() == size
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the mouse on the button does the same
    assert not button.isChecked() and not button.text().startswith("✓")
    assert button.size() == size
    # The button is drawn with its whole label: as wide as the checked look needs.
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    assert chair.notes_model.note(chair.notes_model.rowCount() - 1).themes == ()  # the note itself
    chair.close()


def test_a_button_grows_again_when_the_window_has_room_for_its_shortcut(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    button = _theme_button(chair, 0)
    wide = button.width()
    assert "Ctrl+1" in button.text()
    chair.resize(500, 768)  # too narrow for the theme row with its shortcuts: the names alone
    qtbot.waitUntil(lambda: "Ctrl+1" not in button.text())
    qtbot.waitUntil(lambda: button.width() < wide)
    assert button.width() >= button.fontMetrics().horizontalAdvance("✓ " + button.text())
    chair.resize(1366, 768)
    qtbot.waitUntil(lambda: "Ctrl+1" in button.text())
    qtbot.waitUntil(lambda: button.width() == wide)
    chair.close()


def test_a_table_opened_again_draws_only_its_own_theme_buttons(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    old = [
        b for b in chair.tag_bar.findChildren(TagButton) if b.defaultAction() in chair.tag_bar.theme_actions
    ]
    assert old and all(b.isVisible() for b in old)
    chair.open_table(demo_conference_id, 4)  # the themes' buttons are made again
    # The old ones are deleted when the event loop next runs; until then they must not be drawn (under
    # the new buttons in their places).
    assert all(not b.isVisible() for b in old)
    QApplication.processEvents()
    shown = [b for b in chair.tag_bar.findChildren(TagButton) if b.isVisible()]
    themes = [b for b in shown if b.defaultAction() in chair.tag_bar.theme_actions]
    assert len(themes) == len(chair.tag_bar.theme_actions)
    assert len(shown) == len({id(b.defaultAction()) for b in shown})  # none drawn twice
    chair.close()

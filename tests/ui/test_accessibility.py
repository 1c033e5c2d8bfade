"""Every control a screen reader lands on in the two main windows has a name, and Tab reaches it.

The walk covers each view of the secretariat's window (every tab) and each page of the chair's window
(the table picker, note capture, review). A control counts as named by its accessible name, a label
whose buddy it is, or, for a button, its visible text; an icon-only button needs an accessible name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.demo import ensure_demo
from app.workspace import Workspace

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def _interactive(top: QWidget) -> list[QWidget]:
    found = []
    for w in top.findChildren(QWidget):
        if (
            not isinstance(w, INTERACTIVE)
            or not w.isVisibleTo(top)
            or w.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            continue
        if isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):  # the line edit inside a combo or spin box
            continue
        found.append(w)
    return found


def _buddies(top: QWidget) -> set[int]:
    return {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}


def _name(w: QWidget, buddies: set[int]) -> str:
    if w.accessibleName().strip():
        return w.accessibleName()
    if id(w) in buddies:
        return "(label)"
    if isinstance(w, (QAbstractButton, QTabBar)):
        text = w.text() if isinstance(w, QAbstractButton) else w.tabText(w.currentIndex())
        return text.replace("&", "").strip()
    return ""


def _unnamed(top: QWidget, where: str) -> list[str]:
    buddies = _buddies(top.window())
    return [
        f"{where}: {type(w).__name__} {w.objectName() or ''} in {type(w.parent()).__name__}"
        for w in _interactive(top)
        if not _name(w, buddies)
    ]


def _is_tab_widget_bar(w: QWidget) -> bool:
    from PySide6.QtWidgets import QTabWidget

    return isinstance(w, QTabBar) and isinstance(w.parent(), QTabWidget)


def _tab_reaches(window: QWidget, top: QWidget) -> list[str]:
    """Press Tab through the window; return the enabled controls of `top` it never reached."""
    # A tab widget's own tab bar is left out: Ctrl+Tab and Ctrl+PageDown switch its pages from inside.
    wanted = [
        w
        for w in _interactive(top)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _is_tab_widget_bar(w)
    ]
    seen: set[int] = set()
    if QApplication.focusWidget() is None or not top.isAncestorOf(QApplication.focusWidget()):
        wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(400):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(id(focused))
            if isinstance(focused.parent(), (QComboBox, QAbstractSpinBox)):
                seen.add(id(focused.parent()))
        window.focusNextChild()
        if all(id(w) in seen for w in wanted):
            break
    return [f"{type(w).__name__} {_name(w, _buddies(window))!r}" for w in wanted if id(w) not in seen]


@pytest.fixture(scope="module")
def secretariat_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("a11y-secretariat")
    workspace = Workspace.create(folder)
    workspace.role = "secretariat"
    ensure_demo(workspace.store)
    workspace.close()
    return folder


def test_every_view_of_the_secretariat_window_is_named_and_reachable(qtbot, secretariat_dir, sync_ops):
    from ui.secretariat.window import SecretariatWindow

    workspace = Workspace(secretariat_dir)
    try:
        window = SecretariatWindow(workspace)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        closer = window.close
        problems, unreached, checked = [], [], 0
        for index in range(window.tabs.count()):
            window.show_tab(index)  # as Ctrl+1..7 does: the focus lands where the view puts it
            view = window.tabs.widget(index)
            title = window.tabs.tabText(index)
            checked += len(_interactive(view))
            problems += _unnamed(view, title)
            unreached += [f"{title}: {w}" for w in _tab_reaches(window, view)]
        problems += _unnamed(window.menuWidget(), "menu bar") if window.menuWidget() else []
        for bar in window.findChildren(QWidget, "conference_toolbar"):
            problems += _unnamed(bar, "toolbar")
        assert checked > 60  # the walk really saw the views
        # Where a button's name is not enough (what does trusting a key do?), a screen reader reads more.
        from PySide6.QtGui import QAccessible

        collect = window.collect_view
        for button in (
            collect.trust_button,
            collect.bulk_button,
            collect.secretariat_button,
            collect.reject_button,
        ):
            description = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Description)
            assert len(description) > len(button.text()), button.text()
        assert not problems, "controls without an accessible name:\n" + "\n".join(problems)
        assert not unreached, "controls Tab never reaches:\n" + "\n".join(unreached)
    finally:
        closer()
        workspace.close()


def test_every_page_of_the_chair_window_is_named_and_reachable(qtbot, demo_workspace, demo_conference_id):
    from ui.chair.window import ChairWindow

    window = ChairWindow(demo_workspace)
    window.sync_status.automatic = False
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.picker.reload(demo_conference_id)
    window.picker.select_table(3)
    problems = _unnamed(window, "picker")
    unreached = [f"picker: {w}" for w in _tab_reaches(window, window.picker)]
    window.picker.buttons.button(window.picker.buttons.StandardButton.Open).click()
    assert window.session is not None
    capture = window.pages.currentWidget()
    problems += _unnamed(window, "capture")
    unreached += [f"capture: {w}" for w in _tab_reaches(window, capture)]
    window.show_review()
    review = window.pages.currentWidget()
    assert review is not capture
    problems += _unnamed(window, "review")
    unreached += [f"review: {w}" for w in _tab_reaches(window, review)]
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)
    assert not unreached, "controls Tab never reaches:\n" + "\n".join(unreached)
    window.close()


def test_the_keyboard_focus_is_visible(qtbot, secretariat_dir, sync_ops):
    """A focused control looks different from an unfocused one (a frame or highlight), in each kind of
    control the secretary tabs through: a button, a text field, a combo box, a table."""
    from PySide6.QtWidgets import QPushButton, QTableView

    from ui.secretariat.window import SecretariatWindow

    workspace = Workspace(secretariat_dir)
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    try:
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.show_tab(0)
        prepare = window.prepare_view
        controls = [
            next(b for b in prepare.findChildren(QPushButton) if b.isVisible() and b.isEnabled()),
            next(e for e in prepare.findChildren(QLineEdit) if e.isVisible() and not e.text()),
            window.conference_combo,
            next(v for v in prepare.findChildren(QTableView) if v.isVisible() and v.model().rowCount()),
        ]
        for control in controls:
            if isinstance(control, QTableView):
                control.setCurrentIndex(control.model().index(0, 0))
            control.clearFocus()
            window.tabs.setFocus()
            QApplication.processEvents()
            plain = control.grab().toImage()
            control.setFocus(Qt.FocusReason.TabFocusReason)
            # What a real Tab press sets on the window: styles draw focus frames for keyboard users only.
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            QApplication.processEvents()
            assert control.hasFocus(), type(control).__name__
            focused = control.grab().toImage()
            assert plain != focused, f"{type(control).__name__} {_name(control, set())!r} shows no focus"
    finally:
        window.close()
        workspace.close()

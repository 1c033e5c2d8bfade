"""Every message box of the application comes from here.

Boxes are window-modal but non-blocking (`open()`, never `exec()`), and delete themselves when closed,
so a box left open never freezes a worker's callbacks or leaks. Answers arrive through callbacks.
Tests patch these functions (e.g. `mocker.patch("ui.msgbox.error", autospec=True)`) instead of
clicking real dialogs; a test that wants the real box can find it with `open_boxes()`.

    from ui import msgbox
    msgbox.information(self, self.tr("Saved"), text)
    error_box(self, self.tr("Cannot export"), exc)  # ui.bundle_messages: a refusal in the user's words
    msgbox.question(self, self.tr("Delete note?"), text, on_answer=lambda yes: ...)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    Icon = QMessageBox.Icon
    Button = QMessageBox.StandardButton

# QMessageBox is imported when a box is first shown, not by the many windows' modules that import this
# one: PySide makes a Qt class's enums (QMessageBox has seven) when the class is first imported, and a
# window's start shows no box. `msgbox.Icon` and `msgbox.Button` still name its enums.


def __getattr__(name: str) -> Any:
    if name in ("Icon", "Button"):
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.Icon if name == "Icon" else QMessageBox.StandardButton
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def msgbox(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: Icon | None = None,
    buttons: Button | None = None,
    default: Button | None = None,
    details: str | None = None,
    on_finished: Callable[[Button], None] | None = None,
    plain_text: bool = True,
    readable: bool = False,
) -> QMessageBox:
    """Show a message box without blocking (an information box with OK unless `icon` and `buttons` say
    otherwise); `on_finished` receives the button that closed it. `readable`: a text of several long lines
    (a list of questions) is laid out at a readable width, not at the narrow one Qt picks on a small or
    scaled screen."""
    from PySide6.QtWidgets import QMessageBox

    Icon, Button = QMessageBox.Icon, QMessageBox.StandardButton
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    box.setIcon(Icon.Information if icon is None else icon)
    box.setWindowTitle(title)
    # Notes and file names may hold "<" or "&": never let them be read as markup.
    box.setTextFormat(Qt.TextFormat.PlainText if plain_text else Qt.TextFormat.AutoText)
    box.setText(text)
    if readable:
        _widen(box, parent, text)
    box.setStandardButtons(Button.Ok if buttons is None else buttons)
    if default is not None:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if on_finished is not None:
        box.finished.connect(lambda result: on_finished(Button(result)))
    box.open()
    return box


def _widen(box: QMessageBox, parent: QWidget | None, text: str) -> None:
    """Let the text be as wide as its longest line, up to about 90 characters and what the screen has room
    for. Qt lays a box's text out at most half the screen wide and 500 px (at 150 % on a 1366-px laptop,
    455 px with the icon and margins), so a list of long lines wraps into a narrow column. Within Qt's own
    hard limit (the screen's width up to 1024 px, else 480 px less), which would wrap inside words."""
    from PySide6.QtWidgets import QLabel

    label = box.findChild(QLabel, "qt_msgbox_label")
    screen = (parent or box).screen()
    if label is None or screen is None:
        return
    metrics = label.fontMetrics()
    longest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    room = screen.availableGeometry().width()
    hard_limit = room if room <= 1024 else min(room - 480, 1000)
    cap = min(int(room * 0.65), hard_limit - 160)  # the icon, the margins
    label.setMinimumWidth(max(0, min(longest, 90 * metrics.averageCharWidth(), cap)))


def information(parent: QWidget | None, title: str, text: str, **kwargs) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return msgbox(parent, title, text, icon=QMessageBox.Icon.Information, **kwargs)


def warning(parent: QWidget | None, title: str, text: str, **kwargs) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return msgbox(parent, title, text, icon=QMessageBox.Icon.Warning, **kwargs)


# Set by ui/error_log.py once the log file is open: the line saying where it is.
error_details: Callable[[], str] | None = None


def error(parent: QWidget | None, title: str, text: str, **kwargs) -> QMessageBox:
    """An error; its details say where the log file is (ui/error_log.py), unless the caller gives others."""
    if not kwargs.get("details") and error_details is not None:
        kwargs["details"] = error_details() or None
    from PySide6.QtWidgets import QMessageBox

    return msgbox(parent, title, text, icon=QMessageBox.Icon.Critical, **kwargs)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    on_answer: Callable[[bool], None],
    default_yes: bool = False,
    **kwargs,
) -> QMessageBox:
    """Ask yes or no; `on_answer(True)` when the user chose Yes, `on_answer(False)` otherwise."""
    from PySide6.QtWidgets import QMessageBox

    Icon, Button = QMessageBox.Icon, QMessageBox.StandardButton
    return msgbox(
        parent,
        title,
        text,
        icon=Icon.Question,
        buttons=Button.Yes | Button.No,
        default=Button.Yes if default_yes else Button.No,
        on_finished=lambda button: on_answer(button == Button.Yes),
        **kwargs,
    )


def open_boxes() -> list[QMessageBox]:
    """The message boxes currently shown (for tests that look at the real thing)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.collector import top_level_widgets

    return [w for w in top_level_widgets() if isinstance(w, QMessageBox) and w.isVisible()]

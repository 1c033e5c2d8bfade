"""The buttons above the new-note field: the kinds and the votes, then one button per theme.

Each button shows its action (checked when the selected note has that kind or theme) and the action's
shortcut, so the chair learns the keys by looking. The actions belong to the window; this bar only
shows them, and makes one action per theme of the process (Ctrl+1..9).

Signals:
    theme_toggled(theme_id)   a theme's button or shortcut was used
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.model import Theme
from ui.chair.flow_layout import FlowLayout, flow_policy


def escape_mnemonic(text: str) -> str:
    """A name shown on a button or menu: "&" is a letter here, not a shortcut mark."""
    return text.replace("&", "&&")


def plain_text(action_text: str) -> str:
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# Checked reads at a glance and not by colour alone: dark fill, white text, a thick border, and a check
# mark in the text (see TagBar._button). #1d4f91 on white-ish buttons is over 7:1. (Not bold: the button
# is sized for its unchecked text, and bold text would be cut off.)
BUTTON_STYLE = (
    "QToolButton { padding: 2px 6px; }"
    "QToolButton:checked { background: #1d4f91; color: #ffffff;"
    " border: 2px solid #0b2545; border-radius: 3px; }"
)
CHECK_MARK = "✓ "


class TagButton(QToolButton):
    """A button as large unchecked as checked. The checked look (check mark, thicker border) is larger;
    were the button to grow and shrink with it, every tag keystroke would lay out the bar again and
    resize, relayout and repaint the whole notes list above it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._checked_size = QSize()

    def fit_checked_text(self, text: str, twin: _CheckedTwin) -> None:
        """Reserve room for `text` shown checked, as `twin` measures it."""
        self._checked_size = twin.size_for(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._checked_size)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._checked_size)


class _CheckedTwin(QToolButton):
    """A checked button with the bar's style and font, never shown: it measures what the checked look
    needs. One per bar (making and polishing one costs a millisecond); it has no parent, so it is not
    among the bar's buttons."""

    def __init__(self, font) -> None:
        super().__init__()
        self.setFont(font)
        self.setStyleSheet(BUTTON_STYLE)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCheckable(True)
        self.setChecked(True)
        self.ensurePolished()

    def size_for(self, text: str) -> QSize:
        self.setText(text)
        return self.sizeHint()


class TagBar(QWidget):
    theme_toggled = Signal(str)

    def __init__(
        self, kind_actions: list[QAction], vote_down: QAction, vote_up: QAction, parent=None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Kind, themes and votes of the selected note"))
        self.setStyleSheet(BUTTON_STYLE)
        self.theme_actions: list[QAction] = []
        self._twin: _CheckedTwin | None = None
        # Rows that wrap: on a narrow screen the buttons take two lines instead of widening the window.
        self._kind_row = FlowLayout()
        self._theme_row = FlowLayout()
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.addLayout(self._kind_row, 1)
        # Made in reading order (the kinds, then the votes to their right, then the themes below), since
        # Tab follows the order buttons were made in.
        for action in kind_actions:
            self._kind_row.addWidget(self._button(action))
        votes = QHBoxLayout()
        self.votes_label = QLabel()
        self.votes_label.setAccessibleName(self.tr("Votes of the selected note"))
        votes.addWidget(self._button(vote_down, self.tr("− vote")))
        votes.addWidget(self.votes_label)
        votes.addWidget(self._button(vote_up, self.tr("+ vote")))
        kinds.addLayout(votes)
        kinds.setAlignment(votes, Qt.AlignmentFlag.AlignTop)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(kinds)
        rows.addLayout(self._theme_row)
        flow_policy(self)

    def set_themes(self, themes: tuple[Theme, ...], shortcut_owner: QWidget) -> list[QAction]:
        """One checkable action and button per theme; shortcuts live on `shortcut_owner` (the window)."""
        while self._theme_row.count():
            item = self._theme_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for action in self.theme_actions:
            shortcut_owner.removeAction(action)
            action.deleteLater()
        self.theme_actions = []
        for number, theme in enumerate(themes, 1):
            action = QAction(self, text=escape_mnemonic(theme.name))
            action.setCheckable(True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(
                self.tr("Tag or untag the selected note with the theme %1").replace("%1", theme.name)
            )
            action.triggered.connect(lambda checked=False, t=theme.id: self.theme_toggled.emit(t))
            shortcut_owner.addAction(action)
            self.theme_actions.append(action)
            self._theme_row.addWidget(self._button(action))
        return self.theme_actions

    def show_votes(self, votes: int | None) -> None:
        text = str(votes) if votes is not None else "–"
        template = self.tr("Votes: %1")
        # Room for two digits whatever the count: a label that widens relays the whole bar out.
        widest = self.votes_label.fontMetrics().horizontalAdvance(template.replace("%1", "88"))
        self.votes_label.setMinimumWidth(widest)
        self.votes_label.setText(template.replace("%1", text))
        self.votes_label.setAccessibleDescription(self.votes_label.text())

    def _button(self, action: QAction, text: str | None = None) -> QToolButton:
        button = TagButton(self)
        button.setDefaultAction(action)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = plain_text(action.text())
        button.setToolTip(f"{action.toolTip()} ({keys})" if keys else action.toolTip())
        button.setAccessibleName(plain)
        button.setAccessibleDescription(button.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # A tool button shows its action's icon text: put the shortcut there, not in menus.
        if text is not None:
            action.setIconText(text)
        elif keys:
            label = f"{escape_mnemonic(plain)}  {keys}"
            action.setIconText(label)
            if action.isCheckable():
                if self._twin is None:
                    self._twin = _CheckedTwin(self.font())
                button.fit_checked_text(f"{CHECK_MARK}{label}", self._twin)
            action.toggled.connect(
                lambda on, a=action, t=label: a.setIconText(f"{CHECK_MARK}{t}" if on else t)
            )
        return button

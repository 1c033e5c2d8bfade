"""The buttons above the new-note field: the kinds and the votes, then one button per theme.

Each button shows its action (checked when the selected note has that kind or theme) and the action's
shortcut, so the chair learns the keys by looking. A row whose buttons would not fit on one line with
their shortcuts shows the names alone (the shortcut stays in the tooltip and F1): on a small screen or at
150 % scaling the wrapped rows took the notes list's room, down to two or three notes. The actions
belong to the window; this bar only shows them, and makes one action per theme of the process (Ctrl+1..9).

Signals:
    theme_toggled(theme_id)   a theme's button or shortcut was used
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.model import Theme
from ui.chair.flow_layout import FlowLayout, flow_policy
from ui.numbers import count_text


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
    resize, relayout and repaint the whole notes list above it.

    Its size is also fixed (minimum = maximum = that size), and set again only when the size itself
    changes: a tool button tells its layout its geometry may have changed on every change of its action
    (checked, label, icon), and Qt passes that on, layout after layout, up to the window, whose every
    wrapped label is measured again; a widget of fixed size stops it there. A tag keystroke thus lays
    out nothing (2.5 of the 4 ms it cost the window's thread were that layout)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._checked_size = QSize()

    def fit_checked_text(self, text: str, twin: _CheckedTwin) -> None:
        """Reserve room for `text` shown checked, as `twin` measures it."""
        self._checked_size = twin.size_for(text)
        self._fix_size()

    def _fix_size(self) -> None:
        size = self.sizeHint()
        if self.minimumSize() != size or self.maximumSize() != size:
            self.setFixedSize(size)  # tells the layout, as a changed size must

    def actionEvent(self, event) -> None:
        super().actionEvent(event)  # the action's label may be another (shortcut shown or not)
        self._fix_size()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)  # a font or a style sizes the text anew
        self._fix_size()

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
        self._sizes: dict[str, QSize] = {}  # the bar asks again for the same texts on every resize

    def size_for(self, text: str) -> QSize:
        if text not in self._sizes:
            self.setText(text)
            self._sizes[text] = self.sizeHint()
        return QSize(self._sizes[text])


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
        # Per action with a shortcut: its label with the shortcut and without; its button; its row's mode.
        self._labels: dict[QAction, tuple[str, str]] = {}
        self._buttons: dict[QAction, TagButton] = {}
        self._short: dict[QAction, bool] = {}
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
        votes = self._votes = QHBoxLayout()
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
                # Hidden at once: deleted only when the event loop next runs, it would be drawn (under the
                # new button in its place) with every repaint of the bar until then.
                item.widget().hide()
                item.widget().deleteLater()
        for action in self.theme_actions:
            shortcut_owner.removeAction(action)
            for made in (self._labels, self._buttons, self._short):
                made.pop(action, None)
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
        self._fit_rows()
        return self.theme_actions

    def show_votes(self, votes: int | None) -> None:
        text = count_text(votes) if votes is not None else "–"
        template = self.tr("Votes: %1")
        # Room for two digits whatever the count: a label that widens relays the whole bar out.
        widest = self.votes_label.fontMetrics().horizontalAdvance(template.replace("%1", "88"))
        self.votes_label.setMinimumWidth(widest)
        self.votes_label.setText(template.replace("%1", text))
        self.votes_label.setAccessibleDescription(self.votes_label.text())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row shows the shortcuts when all its buttons fit on one line with them, else names alone.
        Decided from the width alone (never from the current labels), so it cannot flip back and forth."""
        if self.width() <= 0:
            return
        kinds = [a for a in self._labels if a not in self.theme_actions]
        room = self.width() - self._votes.sizeHint().width() - self._kind_row.gap()
        self._set_short(kinds, self._row_width(kinds, self._kind_row) > room)
        themes = [a for a in self.theme_actions if a in self._labels]
        self._set_short(themes, self._row_width(themes, self._theme_row) > self.width())

    def _row_width(self, actions: list[QAction], row: FlowLayout) -> int:
        twin = self._checked_twin()
        widths = [twin.size_for(f"{CHECK_MARK}{self._labels[a][0]}").width() for a in actions]
        return sum(widths) + row.gap() * max(len(widths) - 1, 0)

    def _set_short(self, actions: list[QAction], short: bool) -> None:
        for action in actions:
            if self._short.get(action) != short:
                self._short[action] = short
                label = self._labels[action][1 if short else 0]
                if action.isCheckable():
                    self._buttons[action].fit_checked_text(f"{CHECK_MARK}{label}", self._checked_twin())
                self._show_label(action)

    def _show_label(self, action: QAction) -> None:
        label = self._labels[action][1 if self._short.get(action) else 0]
        action.setIconText(f"{CHECK_MARK}{label}" if action.isChecked() else label)

    def _checked_twin(self) -> _CheckedTwin:
        if self._twin is None:
            self._twin = _CheckedTwin(self.font())
        return self._twin

    def _button(self, action: QAction, text: str | None = None) -> QToolButton:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = plain_text(action.text())
        # On the action, not the button: a tool button takes its action's tooltip again whenever the action
        # changes (its label on checking, or shown without the shortcut), which dropped the key from it.
        if keys:
            action.setToolTip(f"{action.toolTip()} ({keys})")
        # A tool button shows its action's icon text: put the shortcut there, not in menus.
        label = f"{escape_mnemonic(plain)}  {keys}" if text is None and keys else text
        if label is not None:
            action.setIconText(label)
        # The action's labels are set before the button takes it, and the button's style before that: each
        # change of a button's action measures and fixes its size again (TagButton), once is enough.
        button = TagButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setDefaultAction(action)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(plain)
        button.setAccessibleDescription(button.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if text is None and keys:
            self._labels[action] = (label, escape_mnemonic(plain))
            self._buttons[action] = button
            self._short[action] = False
            if action.isCheckable():
                button.fit_checked_text(f"{CHECK_MARK}{label}", self._checked_twin())
            action.toggled.connect(lambda _on, a=action: self._show_label(a))
        return button

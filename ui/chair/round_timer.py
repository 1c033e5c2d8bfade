"""The round's countdown: visible, unobtrusive, adjustable, with a gentle signal when time is up.

It counts from a monotonic clock, not by adding up ticks, so a busy moment never makes a round longer.
Time over shows in its own colours with the words "time is up" (never the selection's colour, never by
colour alone), with an optional short sound. `state()` / `restore()` carry a round across a restart.

Signals:
    expired()          the countdown reached zero (once per run)
    running_changed()  started, paused or reset
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

MINUTE_MS = 60_000
# Dark red with white text: 6.6:1, readable in light and dark themes, unlike the palette's selection.
OVER_STYLE = "QLabel { background: #a4161a; color: #ffffff; border-radius: 4px; padding: 0 6px; }"


class RoundTimer(QWidget):
    expired = Signal()
    running_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._length_ms = 20 * MINUTE_MS
        self._spent_ms = 0  # spent before the current run
        self._clock = QElapsedTimer()
        self._expired_once = False
        self.sound = True  # a short system sound when time is up (the chair can turn it off)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._on_ticker_timeout)

        self.display = QLabel()
        self.display.setObjectName("roundTimerDisplay")
        self.display.setAccessibleName(self.tr("Time left in this round"))
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.display.setFont(font)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wide enough for "−00:00" plus the padding of the time-is-up look, so nothing is cut off.
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("−00:00") + 20)
        self.over_label = QLabel(self.tr("Time is up"))
        self.over_label.setObjectName("roundTimerOver")
        self.over_label.hide()  # its look (a style sheet) is given when time is first up, not at start
        self.start_button = self._button(self.tr("Start"), self.tr("Start or pause the round's countdown"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = self._button(
            self.tr("Reset"), self.tr("Set the countdown back to the round's length")
        )
        self.reset_button.clicked.connect(self.reset)
        self.less_button = self._button(self.tr("−1 min"), self.tr("One minute less"))
        self.less_button.clicked.connect(lambda: self.adjust(-1))
        self.more_button = self._button(self.tr("+1 min"), self.tr("One minute more"))
        self.more_button.clicked.connect(lambda: self.adjust(+1))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.over_label)
        layout.addWidget(self.display)
        for button in (self.start_button, self.less_button, self.more_button, self.reset_button):
            layout.addWidget(button)
        # Tab in the order they stand (they were made in another order for their wiring).
        QWidget.setTabOrder(self.start_button, self.less_button)
        QWidget.setTabOrder(self.less_button, self.more_button)
        QWidget.setTabOrder(self.more_button, self.reset_button)
        self._show()

    def _button(self, text: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(description)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- state --------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._clock.isValid()

    def remaining_ms(self) -> int:
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        return self._length_ms - spent

    @property
    def untouched(self) -> bool:
        """Never started since the last reset: a new question may give it its own length."""
        return not self.running and self._spent_ms == 0

    def state(self) -> dict[str, Any]:
        """What a restart needs to carry the round on (wall-clock time, as the laptop may sleep)."""
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        return {"length_ms": self._length_ms, "spent_ms": spent, "running": self.running, "at": time.time()}

    def restore(self, state: dict[str, Any]) -> None:
        try:
            length, spent = int(state["length_ms"]), int(state["spent_ms"])
            running, at = bool(state["running"]), float(state["at"])
        except (KeyError, TypeError, ValueError):
            return
        self.reset()
        self._length_ms = max(MINUTE_MS, length)
        self._spent_ms = max(0, spent) + (max(0, int((time.time() - at) * 1000)) if running else 0)
        self._expired_once = self.remaining_ms() <= 0
        if running:
            self.start()
        self._show()

    def set_length(self, minutes: int) -> None:
        """A new round of `minutes` (a question's length): stopped, full time."""
        self._length_ms = max(1, minutes) * MINUTE_MS
        self.reset()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        if self.running:
            return
        self._clock.start()
        self._ticker.start()
        self._show()
        self.running_changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._spent_ms += self._clock.elapsed()
        self._clock.invalidate()
        self._ticker.stop()
        self._show()
        self.running_changed.emit()

    def reset(self) -> None:
        self._clock.invalidate()
        self._ticker.stop()
        self._spent_ms = 0
        self._expired_once = False
        self._show()
        self.running_changed.emit()

    def adjust(self, minutes: int) -> None:
        """Lengthen or shorten the round (never below one minute in all)."""
        self._length_ms = max(MINUTE_MS, self._length_ms + minutes * MINUTE_MS)
        if self.remaining_ms() > 0:
            self._expired_once = False
        self._show()

    # -- display ------------------------------------------------------------------------------------

    def _on_ticker_timeout(self) -> None:
        self._show()
        if self.remaining_ms() <= 0 and not self._expired_once:
            self._expired_once = True
            if self.sound:
                QApplication.beep()  # one short system sound; the colours and words carry the rest
            self.expired.emit()

    def text(self) -> str:
        remaining = self.remaining_ms()
        sign = "−" if remaining < 0 else ""
        seconds = (abs(remaining) + 999) // 1000 if remaining > 0 else abs(remaining) // 1000
        return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"

    def _show(self) -> None:
        self.display.setText(self.text())
        over = self.remaining_ms() <= 0
        self.display.setStyleSheet(OVER_STYLE if over else "")
        if over and not self.over_label.styleSheet():
            self.over_label.setStyleSheet(OVER_STYLE)
        self.over_label.setVisible(over)
        self.start_button.setText(self.tr("Pause") if self.running else self.tr("Start"))
        self.start_button.setAccessibleName(self.start_button.text())
        state = self.tr("time is up") if over else (self.tr("running") if self.running else self.tr("paused"))
        self.display.setAccessibleDescription(f"{self.text()}, {state}")

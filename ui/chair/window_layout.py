"""What the chair's window remembers between starts: its size and docks, the splitter, the table and its
draft, and each table's round clock (so a restart mid-round resumes the clock where it was).

A mixin of `ChairWindow`, which provides the attributes named below.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QSplitter

    from ui.chair.round_timer import RoundTimer
    from ui.chair.session import TableSession
    from ui.chair.table_place import TablePlace


class ChairLayout:
    settings: QSettings
    splitter: QSplitter
    place: TablePlace
    timer: RoundTimer
    session: TableSession | None

    def restore_layout(self) -> None:
        settings = self.settings
        geometry = settings.value("chair/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("chair/window_state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("chair/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def restore_round(self, conference_id: str, table_number: int) -> None:
        """The round clock as it was left at this table; a clock saved at another table is not taken."""
        saved_round = self.settings.value(self.place.settings_key() + "_timer", "")
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            state = json.loads(saved_round) if saved_round else {}
            if state.get("table") == [conference_id, table_number]:
                self.timer.restore(state)

    def save_layout(self) -> None:
        settings = self.settings
        settings.setValue("chair/geometry", self.saveGeometry())
        settings.setValue("chair/window_state", self.saveState())
        settings.setValue("chair/splitter", self.splitter.saveState())
        self.place.remember_table()
        self.place.save_draft()
        if self.session is not None:
            table = [self.session.conference.id, self.session.table.number]
            settings.setValue(
                self.place.settings_key() + "_timer", json.dumps({**self.timer.state(), "table": table})
            )
        settings.sync()

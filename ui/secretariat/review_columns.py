"""The Review list's columns: the note's text gets the room.

At 150 % on a 1366×768 laptop the Text column had 293 of the list's 839 pixels, less than the themes
(200, fixed) and "Merged into" (160, fixed, and empty until a proposal is merged) took together: the
notes wrapped onto two lines and a third line was cut. Now
- the small columns (table, question, kind, votes) fit their contents, as before;
- "Merged into" is hidden while no proposal of the conference is merged (a column with nothing in it),
  and is otherwise as wide as its widest text, at most `MERGED_MOST` characters;
- the themes are as wide as the conference's longest theme name, at most `THEMES_MOST` characters
  (a cell with more is shortened with "…", and its tooltip names them all);
- the text takes the rest, and at least `TEXT_SHARE` of what the small columns leave: the themes and
  "Merged into" give way (down to their headings) when it would get less;
- a width she drags herself is kept (QSettings) across sessions, window sizes and screens, as long as
  the text keeps `TEXT_LEAST` of the room: a width chosen on a wide screen gives way on a laptop and
  comes back on the wide screen. A double-click on the column's right edge forgets her width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from ui.secretariat.notes_model import COL_MERGED, COL_TEXT, COL_THEMES, NotesModel

TEXT_SHARE = 0.6  # of the room the small columns leave, at least, with the fitted widths
TEXT_LEAST = 0.4  # ... at least, with widths she chose herself
THEMES_MOST = 36  # average characters
MERGED_MOST = 24
WIDTH_KEYS = {COL_THEMES: "review/themes_width", COL_MERGED: "review/merged_width"}


class ReviewColumns(QObject):
    """Keeps the widths of `view`'s columns (rows from `model`) as the module says: on every resize of the
    view, every new result of its query, and every change of a small column's width."""

    def __init__(self, view: QTableView, model: NotesModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self._fitting = False
        self._due = QTimer(self)  # a small column's width changed: fitted once that is settled
        self._due.setSingleShot(True)
        self._due.setInterval(0)
        self._due.timeout.connect(self.refit)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in WIDTH_KEYS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_resized)
        # After the view's own handler (it fits the column to its widest cell): the fitted width instead
        header.sectionHandleDoubleClicked.connect(self._forget)
        model.query_done.connect(self.refit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    @staticmethod
    def chosen(column: int) -> int:
        """The width she gave `column` by dragging its edge; 0 when she has not."""
        return max(0, QSettings().value(WIDTH_KEYS[column], 0, type=int))

    def refit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        width = view.viewport().width()
        if self._fitting or width <= 0 or view.model() is None:
            return
        self._fitting = True
        try:
            header.setSectionHidden(COL_MERGED, not self.model.merged_texts())
            columns = [c for c in WIDTH_KEYS if not header.isSectionHidden(c)]
            for column, size in self._widths(columns, self._room()).items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _room(self) -> int:
        """The view's width less the small columns': what the text, the themes and "Merged into" share."""
        header = self.view.horizontalHeader()
        small = [
            c
            for c in range(header.count())
            if c != COL_TEXT and c not in WIDTH_KEYS and not header.isSectionHidden(c)
        ]
        return self.view.viewport().width() - sum(header.sectionSize(c) for c in small)

    def _widths(self, columns: list[int], room: int) -> dict[int, int]:
        header = self.view.horizontalHeader()
        chosen = {c: self.chosen(c) for c in columns}
        wanted = {c: chosen[c] or self._natural(c) for c in columns}
        # Below its heading only if she made it so herself
        floors = {c: min(wanted[c], header.sectionSizeFromContents(c).width()) for c in columns}
        share = TEXT_LEAST if any(chosen.values()) else TEXT_SHARE
        most = int(room * (1 - share))
        excess = sum(wanted.values()) - most
        if excess <= 0:
            return wanted
        give = {c: wanted[c] - floors[c] for c in columns}  # what each can give way
        total = sum(give.values())
        if total <= excess:
            return floors
        widths = {c: wanted[c] - excess * give[c] // total for c in columns}
        over = sum(widths.values()) - most  # rounding: the text gets the last pixel
        for c in columns:
            cut = min(over, widths[c] - floors[c])
            widths[c] -= max(cut, 0)
            over -= max(cut, 0)
        return widths

    def _natural(self, column: int) -> int:
        """The fitted width: the longest theme name, or the widest merged proposal, within its most."""
        view = self.view
        metrics = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        padding = margin + metrics.averageCharWidth()
        if column == COL_THEMES:
            texts, most = list(self.model.theme_names().values()), THEMES_MOST
        else:
            texts, most = self.model.merged_texts(), MERGED_MOST
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + padding
        heading = view.horizontalHeader().sectionSizeFromContents(column).width()
        return max(heading, min(widest, most * metrics.averageCharWidth()))

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if column not in WIDTH_KEYS:
            if column != COL_TEXT:
                self._due.start()  # a small column grew or shrank (the rows changed): less room
            return
        if new <= 0:
            return
        # Her drag: kept, but never so wide that the text gets less than its least share
        others = sum(
            self.view.horizontalHeader().sectionSize(c)
            for c in WIDTH_KEYS
            if c != column and not self.view.horizontalHeader().isSectionHidden(c)
        )
        most = max(1, int(self._room() * (1 - TEXT_LEAST)) - others)
        if new > most:
            self._fitting = True
            try:
                self.view.horizontalHeader().resizeSection(column, most)
            finally:
                self._fitting = False
            new = most
        QSettings().setValue(WIDTH_KEYS[column], new)

    def _forget(self, column: int) -> None:
        if column in WIDTH_KEYS:
            QSettings().remove(WIDTH_KEYS[column])
            self.refit()

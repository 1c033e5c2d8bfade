"""The review screen: everything the table said, per question, with its proposals ranked by votes, and the
two ways to close the table: print its minutes, sign and export its results.

Signals:
    back_requested()      return to capturing (Escape, or the Back button)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app import notes
from app.workspace import Workspace
from ui.chair.session import TableSession
from ui.numbers import count_text


class ReviewPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Everything the table said"))
        self.browser.setOpenLinks(False)
        # A word longer than the page is wide (a pasted link) breaks rather than scrolls the page sideways.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status.setAccessibleName(self.tr("Last export"))
        self.back_button = QPushButton(text=self.tr("&Back to notes"))
        self.back_button.clicked.connect(self.back_requested)
        self.print_button = QPushButton(text=self.tr("&Print table minutes…"))
        self.export_button = QPushButton(text=self.tr("&Sign and export…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.export_status)
        layout.addLayout(buttons)
        back = QAction(self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.back_requested)
        self.addAction(back)

    def show_table(self, workspace: Workspace, session: TableSession) -> None:
        self.title.setText(
            self.tr("Review: %1, %2")
            .replace("%1", session.conference.title)
            .replace("%2", self._table_name(session))
        )
        self.browser.setHtml(self.render_html(workspace, session))

    def _table_name(self, session: TableSession) -> str:
        return session.table.name or self.tr("Table %1").replace("%1", str(session.table.number))

    def kind_label(self, kind: str) -> str:
        return {
            "note": self.tr("Note"),
            "proposal": self.tr("Proposal"),
            "guiding-word": self.tr("Guiding word"),
            "action": self.tr("To do"),
        }.get(kind, kind)

    def render_html(self, workspace: Workspace, session: TableSession) -> str:
        import html  # here, not at the window's start: Review is seldom the first page

        esc = html.escape
        table = session.table
        all_notes = notes.list_notes(workspace.store, session.conference.id, table_number=table.number)
        parts = [
            f"<p>{esc(session.conference.date)} · {esc(session.conference.venue)}<br>",
            esc(self.tr("Chair: %1").replace("%1", table.chair_name or "–")) + "<br>",
            esc(
                self.tr("Participants: %1").replace(
                    "%1", count_text(table.participants) if table.participants else "–"
                )
            ),
        ]
        if table.bands:
            from ui.chair.table_facts import band_labels

            labels = band_labels()
            bands = ", ".join(f"{labels.get(k, k)}: {count_text(v)}" for k, v in table.bands.items())
            parts.append("<br>" + esc(bands))
        parts.append("</p>")
        for question in session.questions:
            mine = [n for n in all_notes if n.question_id == question.id]
            parts.append(f"<h3>{question.position}. {esc(question.text)}</h3>")
            if not mine:
                no_notes = self.tr("No notes.")
                parts.append(f"<p><i>{esc(no_notes)}</i></p>")
                continue
            parts.append("<ol>")
            for note in sorted(mine, key=lambda n: (n.position, n.id)):
                themes = ", ".join(session.theme_name(t) for t in note.themes)
                extra = f" <i>({esc(themes)})</i>" if themes else ""
                kind = "" if note.kind == "note" else f"<b>{esc(self.kind_label(note.kind))}:</b> "
                text = esc(note.text).replace("\n", "<br>")  # a note's own lines stay lines
                parts.append(f"<li>{kind}{text}{extra}</li>")
            parts.append("</ol>")
            proposals = sorted(
                (n for n in mine if n.kind == "proposal"), key=lambda n: (-n.votes, n.position)
            )
            if proposals:
                heading = self.tr("Proposals by votes")
                parts.append(f"<p><b>{esc(heading)}</b></p><ul>")
                for note in proposals:
                    votes = esc(self.tr("Votes: %1").replace("%1", count_text(note.votes)))
                    text = esc(note.text).replace("\n", "<br>")
                    parts.append(f"<li>{text} — {votes}</li>")
                parts.append("</ul>")
        return "\n".join(parts)

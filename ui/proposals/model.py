"""Proposals as a Qt list model, and the delegate that paints each one as a card.

One model holds the proposals the board's filters let through; each status column shows it through a
`StatusFilter` proxy. Cards can be dragged: the mime data carries the proposal ids.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.proposals import Proposal
from ui import long_words
from ui.numbers import count_text
from ui.proposals.texts import status_name

MIME_TYPE = "application/x-rundabord-proposal-ids"
ProposalRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
OverdueRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#b3261e")  # a dark red: 6:1 on white, also seen by the colour-blind as dark


class ProposalsModel(QAbstractListModel):
    """The proposals shown, most votes first; `theme_names` and `conference_titles` label the cards."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []
        self.theme_names: dict[str, str] = {}
        self.conference_titles: dict[str, str] = {}
        self.show_conference = False
        self.links: dict[str, list[tuple[str, Proposal]]] = {}  # raised before / again, per proposal id
        self.today = dt.date.today()

    def set_proposals(
        self,
        proposals: Sequence[Proposal],
        theme_names: dict[str, str],
        conference_titles: dict[str, str],
        links: dict[str, list[tuple[str, Proposal]]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self.links = links or {}
        self.today = dt.date.today()
        self.theme_names = theme_names
        self.conference_titles = conference_titles
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        return self._rows[row]

    def row_of(self, proposal_id: str) -> int:
        for row, p in enumerate(self._rows):
            if p.id == proposal_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def detail(self, p: Proposal) -> str:
        tables = ", ".join(str(t) for t in p.tables)
        parts = [
            self.tr("1 vote") if p.votes == 1 else self.tr("%1 votes").replace("%1", str(p.votes)),
            self.tr("table %1").replace("%1", tables)
            if len(p.tables) == 1
            else self.tr("tables %1").replace("%1", tables),
        ]
        if p.is_group:
            parts.append(self.tr("merged from %1").replace("%1", count_text(len(p.originals))))
        themes = [self.theme_names[t] for t in p.themes if t in self.theme_names]
        if themes:
            parts.append(" · ".join(themes))
        if self.show_conference:
            parts.append(self.conference_titles.get(p.conference_id, ""))
        parts += self.link_texts(p)
        if self.overdue(p):
            parts.insert(0, self.tr("⚠ Review overdue since %1").replace("%1", p.latest.review_date))
        return "  |  ".join(parts)

    def overdue(self, p: Proposal) -> bool:
        return p.latest is not None and p.latest.overdue(self.today)

    def link_texts(self, p: Proposal) -> list[str]:
        """ "Raised before at …" and "raised again at …" for a proposal linked across conferences."""
        texts = []
        for side in ("earlier", "later"):
            linked = [o for s, o in self.links.get(p.id, []) if s == side]
            if not linked:
                continue
            titles = ", ".join(dict.fromkeys(self.conference_titles.get(o.conference_id, "") for o in linked))
            words = self.tr("Raised before at %1") if side == "earlier" else self.tr("Raised again at %1")
            texts.append(words.replace("%1", titles))
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.text
        if role == DetailRole:
            return self.detail(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.text, self.detail(p), status_name(p.status)]
            if p.latest and p.latest.decision:
                lines.append(p.latest.decision)
            if p.is_group:
                lines += [f"• {n.text}" for n in p.originals]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{p.text}. {self.detail(p)}. {status_name(p.status)}"
        if role == ProposalRole:
            return p
        if role == StatusRole:
            return p.status
        if role == OverdueRole:
            return self.overdue(p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._rows[i.row()].id for i in indexes if i.isValid()]
        mime.setData(MIME_TYPE, json.dumps(ids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def ids_from_mime(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)]


class StatusFilter(QSortFilterProxyModel):
    """The cards of one status column."""

    def __init__(self, status: str, parent=None) -> None:
        super().__init__(parent)
        self.status = status

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(StatusRole) == self.status


class CardDelegate(QStyledItemDelegate):
    """A card: the proposal's words, wrapped, and a smaller line with votes, tables, merge and themes."""

    MARGIN = 8

    def _rects(self, option: QStyleOptionViewItem, text: str, detail: str) -> tuple[QRect, QRect, QRect]:
        card = option.rect.adjusted(3, 3, -3, -3)
        inner = card.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        width = max(inner.width(), 40)
        small_font = QFont(option.font)  # a copy: option.font is the option's own font, not a value
        small_font.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        # A compound wider than the card is broken inside, not clipped at the card's edge.
        main_rect = QRect(
            inner.left(), inner.top(), inner.width(), long_words.height(text, option.font, width)
        )
        sub_height = long_words.height(detail, small_font, width)
        sub_rect = QRect(inner.left(), main_rect.bottom() + 4, inner.width(), sub_height)
        return card, main_rect, sub_rect

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        view = self.parent()
        width = view.viewport().width() if view is not None and view.viewport().width() > 50 else 220
        option.rect = QRect(0, 0, width, 0)
        _, main, sub = self._rects(option, index.data() or "", index.data(DetailRole) or "")
        return QSize(width, main.height() + sub.height() + 2 * self.MARGIN + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, detail = index.data() or "", index.data(DetailRole) or ""
        card, main, sub = self._rects(opt, text, detail)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        overdue = bool(index.data(OverdueRole))
        # An overdue review gets a warning-coloured frame, besides the words in the detail line.
        painter.setPen(QPen(OVERDUE_COLOR, 2) if overdue else palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 5, 5)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.setFont(opt.font)
        long_words.draw(painter, main, text)
        small = QFont(opt.font)
        small.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.85))
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        long_words.draw(painter, sub, detail)
        if opt.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-1, -1, 1, 1), 6, 6)
        painter.restore()

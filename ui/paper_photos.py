"""Photos and scans of a table's paper, shown and added in both windows (app/attachments.py).

The secretariat picks the table; a chair sees its own. Thumbnails in a list, the chosen one larger
beside it with its caption; "Add photo…" checks the image (PNG or JPEG that decodes, within the cap)
before it is kept, and says why in plain words when it is not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import attachments, conferences
from app.errors import UserError
from app.sheets.service import typist
from app.workspace import Workspace
from ui import msgbox
from ui.bundle_messages import technical
from ui.empty_state import EmptyState
from ui.screen_room import fit_to_screen

_ID = Qt.ItemDataRole.UserRole + 1


class PhotosDialog(QDialog):
    def __init__(
        self, workspace: Workspace, conference_id: str, table: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.conference_id = conference_id
        self.setWindowTitle(self.tr("Photos of the tables' paper"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 900, 560)
        self._images: dict[str, QImage] = {}

        form = QFormLayout()
        self.table_combo = QComboBox(self)
        numbers = [t.number for t in conferences.tables(workspace.store, conference_id)]
        for number in numbers if table is None else [table]:
            self.table_combo.addItem(self.tr("Table %1").replace("%1", str(number)), number)
        self.table_combo.setEnabled(table is None)
        self.table_combo.currentIndexChanged.connect(self.reload)
        form.addRow(self.tr("&Table:"), self.table_combo)

        self.model = QStandardItemModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setViewMode(QListView.ViewMode.IconMode)
        self.list_view.setIconSize(QSize(120, 90))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setAccessibleName(self.tr("Photos of the table's paper"))
        self.list_view.setMinimumWidth(300)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self._empty = EmptyState(self.list_view, lambda: self.tr("No photos of this table's paper yet."))

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setAccessibleName(self.tr("The chosen photo"))
        self.caption_label = QLabel(self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)

        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(self.tr("e.g. The tablecloth after round two"))
        self.add_button = QPushButton(self.tr("&Add photo…"), self)
        self.add_button.clicked.connect(self.add_photo)
        adding = QFormLayout()
        adding.addRow(self.tr("&Caption of the next photo:"), self.caption_edit)

        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.caption_label)
        middle = QHBoxLayout()
        middle.addWidget(self.list_view, 1)
        middle.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addLayout(adding)
        layout.addWidget(buttons)
        self.reload()

    def table(self) -> int | None:
        return self.table_combo.currentData()

    def ask_image_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add photo"), "", self.tr("Photos and scans (*.jpg *.jpeg *.png)")
        )
        return Path(name) if name else None

    def reload(self) -> None:
        self.model.clear()
        self._images.clear()
        table = self.table()
        if table is None:
            return
        for found in attachments.attachments_of(self.workspace.store, self.conference_id, table):
            item = QStandardItem(found.caption or found.file_name)
            item.setData(found.id, _ID)
            item.setEditable(False)
            about = (
                self.tr("%1, %2 × %3 pixels, added by %4 on %5")
                .replace("%1", found.file_name)
                .replace("%2", str(found.width))
                .replace("%3", str(found.height))
                .replace("%4", found.added_by or "–")
                .replace("%5", found.added_at[:16].replace("T", " "))
            )
            item.setToolTip(about)
            try:
                image = QImage.fromData(attachments.image_bytes(self.workspace, found))
            except UserError as exc:  # the file is missing or was changed on disk: say so, show no image
                item.setText(f"{item.text()} ({exc})")
            else:
                self._images[found.id] = image
                item.setIcon(
                    QIcon(QPixmap.fromImage(image.scaled(120, 90, Qt.AspectRatioMode.KeepAspectRatio)))
                )
            item.setData(found.caption or found.file_name, Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.preview.clear()
            self.caption_label.clear()
        self._empty.update()

    def _on_current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        image = self._images.get(current.data(_ID))
        if image is None:
            self.preview.clear()
        else:
            scaled = image.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(QPixmap.fromImage(scaled))
        self.caption_label.setText(current.data(Qt.ItemDataRole.ToolTipRole) or "")
        self.preview.setAccessibleDescription(current.data(Qt.ItemDataRole.DisplayRole) or "")

    def add_photo(self, path: Path | None = None) -> None:
        table = self.table()
        path = path or self.ask_image_path()
        if path is None or table is None:
            return
        try:
            attachments.attach(
                self.workspace,
                self.conference_id,
                table,
                path,
                caption=self.caption_edit.text(),
                by=typist(self.workspace),
            )
        except UserError as exc:
            msgbox.warning(
                self,
                self.tr("The photo was not added"),
                self.tr("Only photos and scans as PNG or JPEG, up to 8 MB, can be attached.")
                + "\n\n"
                + technical(str(exc)),
            )
            return
        self.caption_edit.clear()
        self.reload()
        self.list_view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))

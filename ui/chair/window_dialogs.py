"""The chair's window's side doors: search across all notes, the settings (and the window built again
when the language changed) and the list of keyboard shortcuts.

A mixin of `ChairWindow`, so the window keeps its one public face (`open_search`, `settings_dialog`, …)
while the pages, the editing and the place stay in the window's own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from app import notes
from app.errors import UserError
from ui import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from app.workspace import Workspace
    from ui.chair.actions import ChairActions
    from ui.chair.session import TableSession
    from ui.chair.table_place import TablePlace
    from ui.sync_status import SyncStatus

# Windows built again after a change of language: no parent holds them, so they live here until destroyed.
_open_windows: set[QMainWindow] = set()


class ChairDialogs:
    """Mixed into the chair's window (a QMainWindow), which provides the attributes named below."""

    workspace: Workspace
    place: TablePlace
    chair_actions: ChairActions
    sync_status: SyncStatus
    filter_edit: QLineEdit
    session: TableSession | None
    # and the window's own open_table, show_capture and save_layout (not declared here: a stub in a
    # mixin would shadow the real method further along the window's bases)

    def open_search(self) -> None:
        from ui.chair.search_dialog import SearchDialog

        dialog = SearchDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.note_chosen.connect(self.show_note)
        dialog.open()
        self.search_dialog = dialog

    def show_note(self, note_id: str) -> None:
        """Jump to a note: its table, its question, selected."""
        try:
            note = notes.note(self.workspace.store, note_id)
        except UserError as exc:
            from ui.bundle_messages import error_box

            error_box(self, QCoreApplication.translate("ChairWindow", "Search notes"), exc)
            return
        if self.session is None or (self.session.conference.id, self.session.table.number) != (
            note.conference_id,
            note.table_number,
        ):
            self.open_table(note.conference_id, note.table_number, note.question_id)
        self.show_capture()
        self.filter_edit.clear()
        self.place.show_question(note.question_id)
        self.place.select_note(note_id)

    def open_settings(self, for_signing: bool = False) -> None:
        """`for_signing`: opened by Sign and export for want of a key; OK makes it and signing goes on."""
        from ui.chair.settings_dialog import SettingsDialog, identity_of

        chair_name = self.session.table.chair_name if self.session is not None else ""
        dialog = SettingsDialog(self.workspace, self, suggested_name=chair_name, for_signing=for_signing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sync_settings_requested.connect(self._on_sync_settings_requested)
        dialog.accepted.connect(self._on_settings_accepted)
        if for_signing:
            dialog.accepted.connect(lambda: identity_of(self.workspace) is not None and self._sign_later())
        dialog.open()
        self.settings_dialog = dialog

    def _sign_later(self) -> None:
        """Sign and export again once the settings have closed: in the window that shows then (a
        language changed in them has rebuilt it, `reopen`, queued first)."""
        QTimer.singleShot(0, lambda: (getattr(self, "replaced_by", None) or self).sign_and_export())

    def _on_settings_accepted(self) -> None:
        language = i18n.chosen_language()
        if language != i18n.installed_language():
            i18n.install(language)
            QTimer.singleShot(0, self.reopen)  # after the dialog has finished closing

    def reopen(self) -> QMainWindow:
        """The same window built again (a new language shows in every text): same workspace, table,
        question, size and layout. Returns the new window; this one closes."""
        self.save_layout()
        replacement = type(self)(self.workspace)
        _open_windows.add(replacement)
        replacement.destroyed.connect(lambda *_: _open_windows.discard(replacement))
        replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        replacement.show()
        self.replaced_by = replacement
        self.close()
        return replacement

    def _on_sync_settings_requested(self) -> None:
        self.sync_status.open_settings()

    def show_shortcuts(self) -> None:
        from ui.chair.shortcut_help import ShortcutHelpDialog

        dialog = ShortcutHelpDialog(self.chair_actions.shortcut_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcut_dialog = dialog

"""The secretariat's "Skapa nyckel…" suggests the organisation Prepare shows, as the chair's settings
suggest her table's chair name: the key's name is what every chair sees when she opens the pack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.bundles.identity import find_identity
from ui.collector import top_level_widgets
from ui.secretariat.key_panel import CreateKeyDialog

from ..chair.conftest import type_text
from .conftest import open_in_swedish


def _open_create_dialog(qtbot, window) -> CreateKeyDialog:
    panel = window.prepare_view.key_panel
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)  # "Skapa nyckel…"
    qtbot.waitUntil(lambda: any(isinstance(w, CreateKeyDialog) for w in top_level_widgets()))
    [dialog] = [w for w in top_level_widgets() if isinstance(w, CreateKeyDialog) and w.isVisible()]
    return dialog


def test_the_key_dialog_suggests_the_organisation_and_ok_takes_it(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    assert window.prepare_view.organisation_edit.text() == "Region Exempellän"
    dialog = _open_create_dialog(qtbot, window)
    assert dialog.name_edit.text() == "Region Exempellän, sekretariatet"
    assert dialog.name_edit.selectedText() == dialog.name_edit.text()  # typing replaces it
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.prepare_view.key_panel.identity() is not None, timeout=3000)
    assert find_identity(demo_workspace).name == "Region Exempellän, sekretariatet"
    window.close()


def test_what_she_types_replaces_the_suggestion(qtbot, qapp, demo_workspace, demo_conference_id):
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    dialog = _open_create_dialog(qtbot, window)
    type_text(qtbot, dialog.name_edit, "Regionkansliet i Östersund")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.prepare_view.key_panel.identity() is not None, timeout=3000)
    assert find_identity(demo_workspace).name == "Regionkansliet i Östersund"
    window.close()

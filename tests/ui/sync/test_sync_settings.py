"""The sync settings dialog: target and account saved, the password to the keyring, bad input refused."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.sync import settings
from ui.sync_settings import SyncSettingsDialog
from ui.sync_status import SyncStatus


def _ok(dialog: SyncSettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_webdav_target_and_password_to_the_keyring(qtbot, demo_workspace, memory_keyring, boxes, tmp_path):
    dialog = SyncSettingsDialog(demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.user_edit.isEnabled()  # no account for a folder (or nothing yet)
    dialog.target_edit.setText("https://moln.example.se/remote.php/dav/files/kansli/rundabord")
    assert dialog.user_edit.isEnabled() and dialog.password_edit.isEnabled()
    dialog.user_edit.setText("kansli")
    dialog.password_edit.setText("Vårt hemliga lösen")
    shots = Path(os.environ.get("RUNDABORD_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(shots / "sync-settings-dialog.png"))
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    boxes.warning.assert_not_called()
    store = demo_workspace.store
    assert (
        settings.configured_target(store) == "https://moln.example.se/remote.php/dav/files/kansli/rundabord/"
    )
    assert settings.configured_user(store) == "kansli"
    assert list(memory_keyring.passwords.values()) == ["Vårt hemliga lösen"]
    assert dialog.password_edit.text() == ""


def test_a_missing_folder_is_refused_in_swedish_and_the_dialog_stays(
    qtbot, qapp, demo_workspace, boxes, tmp_path
):
    from ui import i18n

    i18n.install("sv", qapp)
    dialog = SyncSettingsDialog(demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    stick = tmp_path / "USB-minne" / "rundabord"
    dialog.target_edit.setText(str(stick))  # the stick is not plugged in
    _ok(dialog)
    boxes.warning.assert_called_once()
    assert boxes.warning.call_args.args[1:] == (
        "Synkmålet kan inte användas",
        f"Mappen {stick} finns inte. Sätt i USB-minnet eller anslut den delade mappen först.",
    )
    assert dialog.isVisible() and settings.configured_target(demo_workspace.store) is None
    boxes.warning.reset_mock()
    dialog.target_edit.setText("https://kansli:hemligt@moln.example.se/dav/rundabord")
    _ok(dialog)
    assert boxes.warning.call_args.args[2] == (
        "Skriv inte lösenordet i adressen: skriv det i fältet Lösenord, så sparas det i systemets nyckelring."
    )
    assert settings.configured_target(demo_workspace.store) is None


def test_changing_the_settings_clears_the_error_and_syncs(
    qtbot, demo_workspace, share, plain_bundle, sync_ops, boxes
):
    plain_bundle(demo_workspace.outbox_dir)
    holder = QWidget()
    qtbot.addWidget(holder)
    status = SyncStatus(demo_workspace, holder, automatic=True, soon_seconds=3600, idle_seconds=3600)
    status.last_error_kind = "auth"
    status.open_settings()
    dialog = status._settings_dialog
    dialog.target_edit.setText(str(share))
    _ok(dialog)
    assert status.last_error_kind == "" and settings.configured_target(demo_workspace.store) == str(share)
    qtbot.waitUntil(lambda: status.pending == 0, timeout=5000)  # it synced straight away
    status.stop()

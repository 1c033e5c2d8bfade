"""The secretariat's list of trusted keys, in Swedish, by mouse and keyboard, with really signed bundles:
Ctrl+K (and Collect's "Nycklar…") opens it; each key is listed by the name the secretariat gave it, what
it may write (the conference by title and date), its fingerprint in groups, since when and how many of
its bundles came in; a key with no bundle in Collect is renamed, one is revoked after a confirmation
that asks why (kept, and said by `trust list`); this workspace's own key is greyed with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bundles import import_files, key_list, trust
from app.bundles.identity import create_identity, require_identity
from app.workspace import Workspace
from tests.app.merge.test_copied_profile import TABLE, Day
from tests.app.merge.test_lost_key_edits import _run
from tests.ui.chair.conftest import type_text
from ui.secretariat.keys_dialog import BUNDLES, FINGERPRINT, NAME, ROLE, KeysDialog, RevokeKeyDialog
from ui.secretariat.rename_key_dialog import RenameKeyDialog

from .conftest import open_in_swedish

CONFERENCE = "Rundabordssamtal våren 2026 (2026-03-12)"


@pytest.fixture
def day(tmp_path):
    made = Day(tmp_path)
    yield made
    made.office.close()
    made.laptop.close()


def _anna(day: Day) -> str:
    """A chair trusted from her key card for table 2, who has sent nothing yet."""
    laptop = Workspace.create(day.tmp / "anna")
    create_identity(laptop, "Anna Berg")
    key = require_identity(laptop).public_key
    laptop.close()
    return trust.add(day.office.store, key, "Anna Berg", "chair", day.conference_id, 2).key_id


def _click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, NAME)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _row(dialog: KeysDialog, name: str) -> int:
    return next(r for r, row in enumerate(dialog.model.rows) if row.name == name)


def _open_by_keyboard(qtbot, window) -> KeysDialog:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(KeysDialog) is not None)
    dialog = window.findChild(KeysDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Betrodda nycklar"
    return dialog


def test_keys_are_listed_renamed_and_revoked_in_swedish(qtbot, qapp, day, capsys):
    karin = require_identity(day.laptop).key_id
    day.note(day.laptop, "Fler bussar")
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported"
    anna = _anna(day)
    window = open_in_swedish(qtbot, qapp, day.office, day.conference_id, (1280, 720))
    window.tabs.setCurrentWidget(window.collect_view)
    assert window.keys_action.text() == "Betrodda &nycklar…"
    dialog = _open_by_keyboard(qtbot, window)
    model, view = dialog.model, dialog.view
    assert view.accessibleName() == "Betrodda nycklar"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Namn", "Får skriva som", "Fingeravtryck", "Betrodd sedan", "Paket"
    ]  # fmt: skip
    names = [row.name for row in model.rows]
    assert names == ["Kansliet", "Anna Berg", "Karin Sjöström"]  # the own key first, then by name
    karin_row = _row(dialog, "Karin Sjöström")
    assert model.index(karin_row, ROLE).data() == f"ordförande för bord {TABLE} i {CONFERENCE}"
    assert (
        model.index(karin_row, BUNDLES).data() == 1
        and model.index(_row(dialog, "Anna Berg"), BUNDLES).data() == 0
    )
    fingerprint = model.rows[karin_row].fingerprint
    assert fingerprint.startswith(karin[:4] + " ") and len(fingerprint.split()) == 8
    shown = model.index(karin_row, FINGERPRINT).data()
    assert shown.splitlines() == [" ".join(fingerprint.split()[:4]), " ".join(fingerprint.split()[4:])]
    assert model.index(karin_row, FINGERPRINT).data(Qt.ItemDataRole.AccessibleTextRole) == fingerprint

    # The own key: greyed, with why
    _click_row(qtbot, view, 0)
    assert model.index(0, ROLE).data() == "sekretariatet (arbetsytans egen nyckel)"
    assert not dialog.rename_button.isEnabled() and not dialog.revoke_button.isEnabled()
    assert dialog.why_label.isVisible() and dialog.why_label.text().startswith(
        "Arbetsytans egen nyckel signerar allt som skickas härifrån."
    )
    dialog.grab().save(str(day.tmp / "nycklar.png"))

    assert dialog.revoke_button.toolTip() == dialog.why_label.text()  # said where the mouse points too

    # Anna's key has no bundle in Collect: renamed here
    _click_row(qtbot, view, _row(dialog, "Anna Berg"))
    assert not dialog.why_label.isVisible() and dialog.rename_button.text() == "Byt &namn…"
    assert (
        dialog.revoke_button.toolTip() == "Avvisa från och med nu alla paket som den valda nyckeln signerar"
    )
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    rename = dialog.findChild(RenameKeyDialog)
    qtbot.waitExposed(rename)
    qtbot.mouseClick(rename.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(rename.name_edit, Qt.Key.Key_End)
    type_text(qtbot, rename.name_edit, " (Östersund)")
    qtbot.mouseClick(rename.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Anna Berg (Östersund)" in [row.name for row in model.rows])
    assert {e.key_id: e.name for e in trust.entries(day.office.store)}[anna] == "Anna Berg (Östersund)"
    assert dialog.chosen() is not None and dialog.chosen().key_id == anna  # still chosen after the reload

    # Karin's laptop was stolen: revoked, with why
    _click_row(qtbot, view, _row(dialog, "Karin Sjöström"))
    assert dialog.revoke_button.text() == "Å&terkalla…"
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    confirm = dialog.findChild(RevokeKeyDialog)
    qtbot.waitExposed(confirm)
    assert confirm.windowTitle() == "Återkalla nyckeln?"
    assert not confirm.ok_button.isEnabled()  # not without a reason
    assert confirm.reason_edit.accessibleName() == "Varför nyckeln återkallas"
    confirm.grab().save(str(day.tmp / "återkalla.png"))
    qtbot.mouseClick(confirm.reason_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, confirm.reason_edit, "Datorn stulen på tåget")
    assert confirm.ok_button.isEnabled()
    qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Karin Sjöström" not in [row.name for row in model.rows])
    [revoked] = [e for e in trust.entries(day.office.store) if e.key_id == karin]
    assert not revoked.active and key_list.revoked_reason(day.office.store, karin) == "Datorn stulen på tåget"

    # The revoked key, shown on request: greyed, with when and why, and nothing to do with it
    assert dialog.revoked_box.text() == "&Visa även återkallade nycklar"
    qtbot.mouseClick(dialog.revoked_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Karin Sjöström" in [row.name for row in model.rows])
    karin_row = _row(dialog, "Karin Sjöström")
    role_lines = model.index(karin_row, ROLE).data().splitlines()
    assert role_lines[0] == f"var: ordförande för bord {TABLE} i {CONFERENCE}"
    assert role_lines[1].startswith("återkallad ") and role_lines[1].endswith(": Datorn stulen på tåget")
    _click_row(qtbot, view, karin_row)
    assert not dialog.rename_button.isEnabled() and not dialog.revoke_button.isEnabled()
    assert dialog.why_label.text().startswith("Nyckeln är återkallad:")
    dialog.grab().save(str(day.tmp / "nycklar-återkallade.png"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    window.close()

    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "trust", "list") == 0
    assert ": Datorn stulen på tåget)" in capsys.readouterr().out
    day.office = Workspace(day.tmp / "kansli")


def test_collects_keys_button_opens_the_list(qtbot, qapp, day):
    window = open_in_swedish(qtbot, qapp, day.office, day.conference_id, (1280, 720))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    assert collect.keys_button.text() == "Nyc&klar…"
    qtbot.mouseClick(collect.keys_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: collect.findChild(KeysDialog) is not None)
    dialog = collect.findChild(KeysDialog)
    assert [row.name for row in dialog.model.rows] == ["Kansliet", "Karin Sjöström"]
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    window.close()

"""Settings › Shared database, in Swedish at 1366x768, against a real PostgreSQL server that asks for a
password: Britt's own secretariat workspace joins the team's store, a wrong password first; then goes
back to a store on her laptop. Every step is a mouse click on what is drawn."""

from __future__ import annotations

import urllib.parse

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app import demo, notes
from app.bundles.identity import create_identity
from app.store_copy import MOVED_NAME
from app.workspace import DB_NAME, Workspace
from tests import sync_fixtures
from tests.app.pg.test_cli_store import _database_for_secretaries
from tests.ui.chair.conftest import type_text
from ui import i18n, msgbox, role_choice
from ui.collector import top_level_widgets
from ui.secretariat.window import SecretariatWindow

memory_keyring = sync_fixtures.memory_keyring  # autouse: no real keyring is touched

PASSWORD = "Sekretariatet 2026 – åäö!"


@pytest.fixture
def team(pg_cluster, tmp_path):
    database = _database_for_secretaries(pg_cluster, PASSWORD)
    address = f"postgresql://secretary@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    quoted = urllib.parse.quote(PASSWORD, safe="")
    anna = Workspace.create(
        tmp_path / "anna", "secretariat", database=address.replace("secretary@", f"secretary:{quoted}@")
    )
    conference_id = demo.ensure_demo(anna.store)
    notes.add_note(anna.store, conference_id, 7, 1, "Anna: cykelväg Åre–Järpen, snart!!")
    anna.close()
    return address, conference_id


@pytest.fixture
def window(qtbot, qapp, tmp_path, sync_ops):
    assert any(name.endswith("common_sv.qm") for name in i18n.install("sv", qapp))
    britt = Workspace.create(tmp_path / "britt", "secretariat")
    create_identity(britt, "Britt Ek")
    from ui import application  # noqa: F401 - names the window maker a switch reopens with

    w = SecretariatWindow(britt)  # not qtbot's: a switch deletes it as it closes
    w.resize(1366, 768)
    w.show()
    yield w
    for opened in [w, *role_choice._replacements]:
        if shiboken6.isValid(opened):
            opened.close()
            opened.workspace.close()
    role_choice._replacements.clear()
    britt.close()
    i18n.install("en", qapp)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _choose(qtbot, radio) -> None:
    """Click the round button of a choice (the widget spans the row; its words and button are on the left)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _open_from_the_menu(qtbot, window):
    """Arkiv › Delad databas…, clicked."""
    bar = window.menuBar()
    file_menu = bar.actions()[0]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu).center())
    menu = file_menu.menu()
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Delad databas…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=1000)
    return _dialog(window)


def _dialog(window):
    from ui.secretariat.store_dialog import StoreDialog

    found = [d for d in window.findChildren(StoreDialog) if d.isVisible()]
    return found[0] if found else None


def _the_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=3000)
    return msgbox.open_boxes()[0]


def _secretariat_windows() -> list[SecretariatWindow]:
    return [w for w in top_level_widgets() if isinstance(w, SecretariatWindow) and w.isVisible()]


def test_britt_joins_the_team_store_after_a_wrong_password_then_goes_back(
    qtbot, window, team, memory_keyring, tmp_path
) -> None:
    address, conference_id = team
    folder = tmp_path / "britt"
    dialog = _open_from_the_menu(qtbot, window)
    assert dialog.where.text() == "Den här arbetsytan har sin lagring på den här datorn."
    _click(qtbot, dialog.address_edit)
    qtbot.keyClicks(dialog.address_edit, address)
    _click(qtbot, dialog.password_edit)
    type_text(qtbot, dialog.password_edit, "fel lösen")
    memory_keyring.passwords.clear()
    _click(qtbot, dialog.switch_button)

    box = _the_box(qtbot)
    assert box.windowTitle() == "Kan inte ansluta till databasen"
    assert "ingenting har ändrats" in box.text()
    qtbot.wait(50)
    _click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert (folder / DB_NAME).is_file() and not (folder / "postgresql.json").exists()
    assert memory_keyring.passwords == {}
    assert window.isVisible() and window.workspace.store.dialect == "sqlite"

    dialog.password_edit.clear()
    _click(qtbot, dialog.password_edit)
    type_text(qtbot, dialog.password_edit, PASSWORD)
    assert dialog.join_choice.isChecked()
    _click(qtbot, dialog.switch_button)

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    [joined] = _secretariat_windows()
    assert joined.workspace.store.dialect == "postgresql"
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    written = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert PASSWORD.encode() not in written
    assert (folder / MOVED_NAME).is_file()
    joined.resize(1366, 768)
    joined.choose_conference(conference_id)
    joined.tabs.setCurrentWidget(joined.review_view)
    qtbot.waitUntil(
        lambda: not joined.review_view.model.loading and joined.review_view.model.rowCount() == 1,
        timeout=3000,
    )
    assert joined.review_view.model.note_at(0).text == "Anna: cykelväg Åre–Järpen, snart!!"

    back = _open_from_the_menu(qtbot, joined)
    assert back.where.text().startswith("Den här arbetsytan använder sekretariatets delade databas:")
    assert PASSWORD not in back.where.text()
    qtbot.wait(50)
    _click(qtbot, back.switch_button)
    qtbot.waitUntil(lambda: not joined.isVisible(), timeout=5000)
    [local] = _secretariat_windows()
    assert local.workspace.store.dialect == "sqlite" and (folder / DB_NAME).is_file()
    assert [n.text for n in notes.list_notes(local.workspace.store, conference_id)] == [
        "Anna: cykelväg Åre–Järpen, snart!!"
    ]


def test_britt_moves_her_own_store_into_an_empty_database(qtbot, window, pg_dsn, tmp_path) -> None:
    conference_id = demo.ensure_demo(window.workspace.store)
    notes.add_note(window.workspace.store, conference_id, 2, 1, "Britt: läxhjälp i Sorsele – på fredagar?")
    dialog = _open_from_the_menu(qtbot, window)
    _click(qtbot, dialog.address_edit)
    qtbot.keyClicks(dialog.address_edit, pg_dsn)
    _choose(qtbot, dialog.move_choice)
    assert dialog.move_choice.isChecked()
    _click(qtbot, dialog.switch_button)

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    [moved] = _secretariat_windows()
    assert moved.workspace.store.dialect == "postgresql"
    assert [n.text for n in notes.list_notes(moved.workspace.store, conference_id)] == [
        "Britt: läxhjälp i Sorsele – på fredagar?"
    ]
    assert (tmp_path / "britt" / MOVED_NAME).is_file()


def test_moving_into_a_database_that_holds_a_store_is_refused_and_changes_nothing(
    qtbot, window, team, tmp_path
) -> None:
    address, _conference_id = team
    dialog = _open_from_the_menu(qtbot, window)
    _click(qtbot, dialog.address_edit)
    qtbot.keyClicks(dialog.address_edit, address)
    _click(qtbot, dialog.password_edit)
    type_text(qtbot, dialog.password_edit, PASSWORD)
    _choose(qtbot, dialog.move_choice)
    _click(qtbot, dialog.switch_button)
    box = _the_box(qtbot)
    assert box.windowTitle() == "Kan inte byta databas"
    _click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert window.isVisible() and window.workspace.store.dialect == "sqlite"
    assert (tmp_path / "britt" / DB_NAME).is_file() and not (tmp_path / "britt" / MOVED_NAME).exists()

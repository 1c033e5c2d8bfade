"""The secretariat's window on a store shared on PostgreSQL: another secretary's changes show within a
second, and saving a note she changed meanwhile keeps her text as a conflict (never overwritten)."""

from __future__ import annotations

import pytest

from app import conferences, conflicts, demo, notes
from app.workspace import Workspace
from tests import sync_fixtures
from ui.collector import top_level_widgets
from ui.secretariat.notes_model import COL_TEXT
from ui.secretariat.window import SecretariatWindow


@pytest.fixture
def two_secretaries(pg_dsn, tmp_path):
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    conference_id = demo.ensure_demo(anna.store)
    notes.add_note(anna.store, conference_id, 1, 1, "Fler bussturer på landsbygden")
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    yield anna, britt, conference_id
    britt.close()
    anna.close()


@pytest.fixture
def review(qtbot, two_secretaries, sync_ops):
    anna, _britt, conference_id = two_secretaries
    window = SecretariatWindow(anna)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.choose_conference(conference_id)
    window.tabs.setCurrentWidget(window.review_view)
    yield window.review_view
    window.close()


@pytest.fixture
def swedish_review(qapp, request):
    """The review tab as a Swedish secretary sees it (the language chosen before the window opens)."""
    from ui import i18n

    assert any(name.endswith("common_sv.qm") for name in i18n.install("sv", qapp))
    try:
        yield request.getfixturevalue("review")
    finally:
        i18n.install("en", qapp)


def _texts(view) -> list[str]:
    return [view.model.note_at(r).text for r in range(view.model.rowCount())]


def test_another_secretarys_note_shows_within_a_second(qtbot, review, two_secretaries):
    _anna, britt, conference_id = two_secretaries
    qtbot.waitUntil(lambda: _texts(review) == ["Fler bussturer på landsbygden"], timeout=3000)
    notes.add_note(britt.store, conference_id, 2, 1, "Britt: en mötesplats för unga i Åsele")
    qtbot.waitUntil(lambda: "Britt: en mötesplats för unga i Åsele" in _texts(review), timeout=1000)


def test_saving_a_note_she_changed_meanwhile_keeps_hers_as_a_conflict(qtbot, review, two_secretaries, boxes):
    anna, britt, conference_id = two_secretaries
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 1, timeout=3000)
    shown = review.model.note_at(0)
    notes.edit_note(britt.store, shown.id, text="Britts rättelse: bussturer även helger")
    # Anna's window still shows the text as it was when she started to type.
    review.model.on_text_edited(shown, "Annas rättelse: bussturer på kvällar")
    qtbot.waitUntil(lambda: boxes.information.called, timeout=2000)
    assert notes.note(anna.store, shown.id).text == "Annas rättelse: bussturer på kvällar"
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert conflict.theirs == "Britts rättelse: bussturer även helger"
    index = review.model.index(0, COL_TEXT)
    assert index.isValid()
    assert conferences.conference(anna.store, conference_id).title


memory_keyring = sync_fixtures.memory_keyring  # autouse: no test here touches a real keyring


def test_the_first_start_connects_a_secretary_to_the_shared_database(
    qtbot, qapp, pg_dsn, tmp_path, memory_keyring, sync_ops
):
    from PySide6.QtCore import Qt

    from ui import application, i18n
    from ui.role_choice import RoleDialog

    i18n.install("sv", qapp)
    folder = tmp_path / "carin"
    application.ask_role_then_start(qapp, folder)
    [dialog] = [w for w in top_level_widgets() if isinstance(w, RoleDialog) and w.isVisible()]
    assert dialog.shared_button.text() == "Vi är flera i sekretariatet och delar en databas"
    assert not dialog.shared_form.isVisible()
    qtbot.mouseClick(dialog.shared_button, Qt.MouseButton.LeftButton)
    assert dialog.shared_form.isVisible() and dialog.focusWidget() is dialog.address_edit
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "role.png"))
    qtbot.keyClicks(dialog.address_edit, pg_dsn)
    qtbot.keyClicks(dialog.password_edit, "V")
    dialog.password_edit.insert("årt lösen")  # QTest types ASCII only
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(w, SecretariatWindow) and w.isVisible() for w in top_level_widgets())
    )
    window = next(w for w in top_level_widgets() if isinstance(w, SecretariatWindow) and w.isVisible())
    assert list(memory_keyring.passwords.values()) == ["Vårt lösen"]
    assert "Vårt lösen" not in (folder / "postgresql.json").read_text()
    assert window.context.store.dialect == "postgresql"
    window.close()
    window.context.workspace.close()


def test_a_tag_over_britts_retagging_keeps_hers_beside_and_undo_keeps_her_tag(
    qtbot, swedish_review, two_secretaries, boxes
):
    from PySide6.QtCore import Qt

    anna, britt, conference_id = two_secretaries
    review = swedish_review
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 1, timeout=3000)
    view = review.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(review.model.index(0, COL_TEXT)).center(),
    )
    shown = review.model.note_at(0)
    process_id = conferences.conference(anna.store, conference_id).process_id
    first, second = conferences.themes(anna.store, process_id)[:2]
    menu = review.theme_menu()  # Ctrl+T: the menu shows the note's tags as they were
    menu.popup(view.viewport().mapToGlobal(view.visualRect(review.model.index(0, COL_TEXT)).bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    notes.edit_note(britt.store, shown.id, themes=[second.id])  # Britt re-tags it meanwhile
    action = next(a for a in menu.actions() if first.name in a.text())
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    qtbot.waitUntil(lambda: boxes.information.called, timeout=2000)
    assert set(notes.note(anna.store, shown.id).themes) == {first.id, second.id}
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert conflict.field == "themes" and list(conflict.theirs) == [second.id]
    qtbot.waitUntil(lambda: review.inner_tabs.tabText(1).replace("&", "") == "Konflikter (1)", timeout=2000)

    review.window().undo_action.trigger()  # her tag off again; Britt's stays
    assert list(notes.note(britt.store, shown.id).themes) == [second.id]


def _right_click(qtbot, view, index):
    """A right click on the row, as the system delivers it: the press, then the context menu event."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=1000)
    return QApplication.activePopupWidget()


def _click_item(qtbot, menu, text: str):
    from PySide6.QtCore import Qt

    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    return action


def test_kind_and_votes_over_britts_change_keep_hers_beside(qtbot, swedish_review, two_secretaries, boxes):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

    anna, britt, conference_id = two_secretaries
    review = swedish_review
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 1, timeout=3000)
    shown = review.model.note_at(0)
    menu = _right_click(qtbot, review.view, review.model.index(0, COL_TEXT))
    notes.edit_note(britt.store, shown.id, kind="action")  # Britt, while Anna's menu is open
    kinds = _click_item(qtbot, menu, "Typ").menu()  # the submenu opens
    qtbot.waitUntil(kinds.isVisible, timeout=1000)
    _click_item(qtbot, kinds, "Förslag")
    qtbot.waitUntil(lambda: boxes.information.called, timeout=2000)
    assert notes.note(anna.store, shown.id).kind == "proposal"
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("kind", "proposal", "action")
    conflicts.resolve(britt.store, conflict.id, "theirs")  # they settle it on Britt's laptop

    qtbot.waitUntil(lambda: review.model.note_at(0).kind == "action", timeout=2000)
    shown = review.model.note_at(0)
    menu = _right_click(qtbot, review.view, review.model.index(0, COL_TEXT))
    _click_item(qtbot, menu, "Röster…")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=1000)
    dialog = QApplication.activeModalWidget()
    notes.edit_note(britt.store, shown.id, votes=5)  # Britt counts again meanwhile
    dialog.setIntValue(4)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.note(anna.store, shown.id).votes == 4, timeout=2000)
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("votes", 4, 5)
    review.window().undo_action.trigger()  # her count off again: Britt's 5 was there meanwhile
    assert notes.note(anna.store, shown.id).votes == 5


def test_a_wrong_password_at_the_first_start_asks_again_and_keeps_nothing(
    qtbot, qapp, pg_cluster, tmp_path, memory_keyring, sync_ops, monkeypatch
):
    """Carin mistypes her password on the first start: she is told in Swedish, the dialog comes back
    with the address she typed, nothing is made or kept; the right password then opens her window."""
    import urllib.parse

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.app.pg.test_cli_store import _database_for_secretaries
    from ui import application, i18n, msgbox
    from ui.role_choice import RoleDialog

    password = "Vårt lösen, 2026!"
    database = _database_for_secretaries(pg_cluster, password)
    address = f"postgresql://secretary@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    ended: list[str] = []
    monkeypatch.setattr(qapp, "exit", lambda code=0: ended.append(f"exit {code}"))
    monkeypatch.setattr(qapp, "quit", lambda: ended.append("quit"))
    i18n.install("sv", qapp)

    def the_dialog() -> RoleDialog:
        shown = [w for w in top_level_widgets() if isinstance(w, RoleDialog) and w.isVisible()]
        assert len(shown) == 1
        return shown[0]

    folder = tmp_path / "carin"
    application.ask_role_then_start(qapp, folder)
    dialog = the_dialog()
    qtbot.mouseClick(dialog.shared_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.address_edit, address)
    qtbot.keyClicks(dialog.password_edit, "fel")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=5000)
    [box] = msgbox.open_boxes()
    assert box.windowTitle() == "Kan inte ansluta till databasen"
    assert "lösenord" in box.text() and "ingenting har ändrats" in box.text().lower()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=5000)
    assert ended == []  # the application is still there, asking again
    again = the_dialog()
    assert again.shared_form.isVisible() and again.address_edit.text() == address
    assert again.password_edit.text() == "" and again.focusWidget() is again.password_edit
    assert memory_keyring.passwords == {} and not (folder / "postgresql.json").exists()

    qtbot.keyClicks(again.password_edit, "V")
    again.password_edit.insert(password[1:])  # QTest types ASCII only
    qtbot.mouseClick(again.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(w, SecretariatWindow) and w.isVisible() for w in top_level_widgets())
    )
    window = next(w for w in top_level_widgets() if isinstance(w, SecretariatWindow) and w.isVisible())
    try:
        assert list(memory_keyring.passwords.values()) == [password]
        written = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
        for form in (password, urllib.parse.quote(password, safe=""), urllib.parse.quote_plus(password)):
            assert form.encode() not in written
        assert window.context.store.dialect == "postgresql"
    finally:
        window.close()
        window.context.workspace.close()
        i18n.install("en", qapp)

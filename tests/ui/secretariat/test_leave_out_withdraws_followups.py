"""A note left out by a right click in the review (Swedish, 1366×768) while table 3's chairs' follow-up
holding it waits in the outbox: the follow-up is taken out before sync sends it, and the secretary is
told so; a table's follow-up already sent is named instead (app/proposals/followup_outbox.py)."""

from __future__ import annotations

from app import notes
from app.bundles.identity import create_identity
from app.privacy import left_out
from app.proposals.exchange import export_followup
from app.sync.outbox import entries, mark_sent
from tests.ui.secretariat.conftest import open_review_by_keys
from tests.ui.secretariat.test_review_leave_out import _click_item, _right_click_menu
from ui import msgbox

REMARK = "Hon sa privat att hon mår dåligt, ta inte med det här"


def _leave_out_by_mouse(qtbot, qapp, workspace, conference_id: str, note_id: str):
    rows = len(notes.list_notes(workspace.store, conference_id))
    window = open_review_by_keys(qtbot, qapp, workspace, conference_id, rows)
    assert (window.width(), window.height()) == (1366, 768)
    view, model = window.review_view.view, window.review_view.model
    _click_item(
        qtbot, _right_click_menu(qtbot, view, model.row_of(note_id)), "Utelämna ur det som publiceras"
    )
    qtbot.waitUntil(lambda: left_out.is_left_out(workspace.store, note_id), timeout=2000)
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=2000)
    [box] = msgbox.open_boxes()
    return box


def test_a_waiting_follow_up_holding_the_note_is_taken_out(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
) -> None:
    store = demo_workspace.store
    create_identity(demo_workspace, "Regionens kansli")
    remark = notes.add_note(store, demo_conference_id, 3, 1, REMARK)
    waiting = export_followup(demo_workspace, demo_conference_id, table=3)
    other = export_followup(demo_workspace, demo_conference_id, table=4)
    box = _leave_out_by_mouse(qtbot, qapp, demo_workspace, demo_conference_id, remark)
    assert box.windowTitle() == "Uppföljningar till bordsordförandena"
    said = box.text()
    assert said.startswith("En uppföljning till bordsordföranden som väntade i utkorgen innehöll den"), said
    # what to do next, by the menu entry she will find
    assert "Exportera uppföljningen igen (Arkiv › Exportera uppföljning…)" in said, said
    assert {e.bundle_id for e in entries(demo_workspace.outbox_dir)} == {other.bundle_id}
    assert not waiting.path.exists()


def test_a_sent_follow_up_holding_the_note_is_named(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
) -> None:
    store = demo_workspace.store
    create_identity(demo_workspace, "Regionens kansli")
    remark = notes.add_note(store, demo_conference_id, 3, 1, REMARK)
    sent = export_followup(demo_workspace, demo_conference_id, table=3)
    [entry] = entries(demo_workspace.outbox_dir)
    mark_sent(store, entry, "/mnt/delad")
    box = _leave_out_by_mouse(qtbot, qapp, demo_workspace, demo_conference_id, remark)
    said = box.text()
    assert said.startswith("Uppföljningen till bord 3 har redan skickats till /mnt/delad och"), said
    assert "Tar du bort filen där når den inte de datorer som ännu inte har hämtat den" in said, said
    assert sent.path.name not in said and box.detailedText() == sent.path.name  # the long id: in details
    assert sent.path.exists()


def test_undoing_include_again_withdraws_a_follow_up_signed_meanwhile(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
) -> None:
    """Ctrl+Z on "Include again" leaves the note out again: a follow-up signed while it was included
    holds it, and is taken out as after any leave-out."""
    from PySide6.QtCore import Qt

    from tests.ui.secretariat.conftest import open_review_by_keys

    store = demo_workspace.store
    create_identity(demo_workspace, "Regionens kansli")
    remark = notes.add_note(store, demo_conference_id, 3, 1, REMARK)
    left_out.leave_out(store, remark)
    rows = len(notes.list_notes(store, demo_conference_id))
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows)
    view, model = window.review_view.view, window.review_view.model
    _click_item(
        qtbot, _right_click_menu(qtbot, view, model.row_of(remark)), "Ta med i det som publiceras igen"
    )
    qtbot.waitUntil(lambda: not left_out.is_left_out(store, remark), timeout=2000)
    signed = export_followup(demo_workspace, demo_conference_id, table=3)  # holds the note now
    assert not msgbox.open_boxes()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ångra
    qtbot.waitUntil(lambda: left_out.is_left_out(store, remark), timeout=2000)
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=2000)
    [box] = msgbox.open_boxes()
    assert "väntade i utkorgen" in box.text(), box.text()
    assert not signed.path.exists() and not list(entries(demo_workspace.outbox_dir))
    window.close()


def test_the_personal_data_reviews_leave_out_button_withdraws(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
) -> None:
    """The minutes' personal-data review leaves a note out by an omit decision, not the right click:
    its "Leave the note out" button takes the waiting follow-up out too, and says so."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from app import conferences
    from ui import i18n
    from ui.minutes_privacy import PrivacyReviewDialog

    i18n.install("sv", qapp)
    store, cid = demo_workspace.store, demo_conference_id
    create_identity(demo_workspace, "Regionens kansli")
    chair = conferences.tables(store, cid)[0].chair_name
    note_id = notes.add_note(store, cid, 3, 1, f"{chair} sa att hen mår dåligt")
    waiting = export_followup(demo_workspace, cid, table=3)
    window = QMainWindow()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    dialog = PrivacyReviewDialog(window, store, cid, workspace=demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    [row] = [r for r, h in enumerate(dialog.model.hits) if h.source.source_id == note_id]
    dialog.view.scrollTo(dialog.model.index(row, 0))
    qtbot.mouseClick(
        dialog.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.view.visualRect(dialog.model.index(row, 0)).center(),
    )
    assert dialog.selected_hits()[0].source.source_id == note_id
    assert "Utelämna" in dialog.omit_button.text().replace("&", "")
    qtbot.mouseClick(dialog.omit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: left_out.is_left_out(store, note_id) or bool(msgbox.open_boxes()), timeout=2000)
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=2000)
    [box] = msgbox.open_boxes()
    assert box.windowTitle() == "Uppföljningar till bordsordförandena"
    assert "väntade i utkorgen" in box.text(), box.text()
    assert not waiting.path.exists()

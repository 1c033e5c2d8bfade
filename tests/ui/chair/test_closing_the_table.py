"""Closing the table for real: review, print the table minutes (a PDF read back), sign and export (a bundle
verified by the bundles code), and the sync status beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app import notes
from app.bundles import verify_file
from app.bundles.identity import create_identity

from .conftest import press


def add_notes(window, *texts: str) -> list[str]:
    return [window.add_note(t) for t in texts]


def confirm(boxes) -> None:
    """Answer Yes to "Sign and export?" (the box that shows what will be signed)."""
    boxes.question.call_args.kwargs["on_answer"](True)


def test_review_shows_every_question_the_proposals_by_votes_and_escapes_markup(qtbot, window):
    add_notes(window, "Mötesplatser <i>för</i> unga & gamla", "Busskort")
    window.editing.set_kind("proposal")
    window.editing.vote(+1)
    press(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    window.add_note("Pengar")
    press(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.review
    text = window.review.browser.toPlainText()
    for expected in (
        "1. Vad kan du",
        "Mötesplatser <i>för</i> unga & gamla",
        "2. Vad behövs",
        "Pengar",
        "3. Vad är",
    ):
        assert expected in text
    assert "Proposals by votes" in text and "Busskort — Votes: 1" in text
    assert text.index("Busskort") > text.index("Mötesplatser")
    press(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 1


def test_print_table_minutes_opens_the_print_dialog_at_once(qtbot, window, boxes, tmp_path, sync_ops):
    add_notes(window, "Fler mötesplatser för unga på landsbygden", "Kollektivtrafik efter skoltid")
    minutes = window.chair_actions.minutes
    minutes.ask_save_path = lambda *args: pytest.fail("printing must not ask where to save first")
    printers = []
    minutes.ask_printer = lambda printer: printers.append(printer) or False  # the chair cancels
    window.show_review()
    qtbot.mouseClick(window.review.print_button, Qt.MouseButton.LeftButton)
    assert len(printers) == 1 and not boxes.question.called  # the print dialog, and no question after
    (target,) = (window.workspace.dir / "minutes").glob("*.pdf")
    assert target.name == "Bord-03-Rundabordssamtal-varen-2026-03-12.pdf"
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Fler mötesplatser för unga på landsbygden" in text
    assert "Kollektivtrafik efter skoltid" in text
    assert "Fatima Hassan" in text


def test_sign_and_export_leaves_a_verified_bundle_in_the_outbox_and_says_where(
    qtbot, window, boxes, sync_ops
):
    create_identity(window.workspace, "Fatima Hassan")
    add_notes(window, "Ett ungdomsråd")
    window.show_review()
    window.review.export_button.click()
    confirm(boxes)
    (bundle,) = list(window.workspace.outbox_dir.glob("*.rbz"))
    verdict = verify_file(bundle, window.store)
    assert verdict.ok, verdict.reason
    assert (
        verdict.kind == "table-export" and verdict.tables == (3,) and verdict.signer_name == "Fatima Hassan"
    )
    assert window.export_flow.last_export == bundle
    said = window.review.export_status.text()  # the file, when and by whom; not the outbox's folder
    assert bundle.name in said and "Fatima Hassan" in said and str(bundle.parent) not in said
    ((args, _),) = boxes.information.call_args_list
    # Where in words (the laptop's outbox), not its folder and id; "Show in folder" opens it
    assert "this laptop's outbox" in args[2] and str(bundle.parent) not in args[2]
    assert window.sync_status.pending >= 1  # the status bar knows there is something to send


def test_sign_without_a_key_leads_to_the_identity_settings(qtbot, window, boxes, sync_ops):
    window.sign_and_export()
    boxes.information.assert_called_once()  # it explains first ...
    assert not hasattr(window, "settings_dialog")
    boxes.information.call_args.kwargs["on_finished"](None)  # ... then, once read, the settings open
    dialog = window.settings_dialog
    assert dialog.isVisible() and dialog.create_button.isVisible()
    dialog.identity_name.setText("Fatima Hassan")
    dialog.passphrase.setText("hemlig fras")
    dialog.passphrase_again.setText("hemlig fras")
    dialog.create_button.click()
    assert dialog.identity_name.isReadOnly() and len(dialog.fingerprint.text()) > 20
    dialog.accept()
    window.sign_and_export()  # the key is encrypted now: the passphrase is asked for
    confirm(boxes)
    window.export_flow.passphrase_dialog.setTextValue("hemlig fras")
    window.export_flow.passphrase_dialog.accept()
    assert len(list(window.workspace.outbox_dir.glob("*.rbz"))) == 1


def test_passphrases_that_differ_are_refused(qtbot, window, boxes):
    window.open_settings()
    dialog = window.settings_dialog
    dialog.identity_name.setText("Fatima")
    dialog.passphrase.setText("ett")
    dialog.passphrase_again.setText("två")
    assert dialog.create_identity() is False
    boxes.warning.assert_called_once()
    assert not (window.workspace.keys_dir / "identity.key").exists()


def test_sync_status_is_in_the_status_bar_and_its_settings_open_from_ours(qtbot, window):
    from ui.sync_settings import SyncSettingsDialog
    from ui.sync_status import SyncStatusWidget

    assert window.statusBar().findChild(SyncStatusWidget) is not None
    assert window.sync_status.sync_now_action in window.chair_actions.conference_menu.actions()
    window.open_settings()
    window.settings_dialog.sync_button.click()
    assert any(
        isinstance(w, SyncSettingsDialog) and w.isVisible() for w in window.findChildren(SyncSettingsDialog)
    )


def test_notes_written_before_export_are_all_in_the_bundle(qtbot, window, boxes, sync_ops, tmp_path):
    import zipfile

    create_identity(window.workspace, "Fatima Hassan")
    ids = add_notes(window, "ett", "två", "tre")
    notes_before = {
        n.id for n in notes.list_notes(window.store, window.session.conference.id, table_number=3)
    }
    assert set(ids) == notes_before
    window.sign_and_export()
    confirm(boxes)
    (bundle,) = list(Path(window.workspace.outbox_dir).glob("*.rbz"))
    with zipfile.ZipFile(bundle) as z:
        records = z.read("records.jsonl").decode("utf-8")
    assert all(note_id in records for note_id in ids)


def test_save_key_card_for_the_secretariat(qtbot, window, boxes, tmp_path):
    from app.bundles.identity import read_keycard

    identity = create_identity(window.workspace, "Fatima Hassan")
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.keycard_button.isVisible() and not dialog.create_button.isVisible()
    assert dialog.fingerprint.text() == identity.fingerprint
    card = tmp_path / "fatima.keycard"
    dialog.ask_keycard_path = lambda: card
    dialog.keycard_button.click()
    assert read_keycard(card).public_key == identity.public_key
    ((args, _),) = boxes.information.call_args_list
    assert identity.fingerprint in args[2]


def test_ctrl_m_offers_the_other_questions(qtbot, window):
    window.add_note("fel fråga")
    press(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    menu = window.editing.move_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.keyClick(menu, Qt.Key.Key_3)  # the question's number is its mnemonic
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)
    s = window.session
    assert [
        n.text
        for n in notes.list_notes(
            window.store, s.conference.id, table_number=3, question_id=s.questions[2].id
        )
    ] == ["fel fråga"]


def test_sync_now_sends_the_exported_bundle_to_a_folder_target(qtbot, window, boxes, sync_ops, tmp_path):
    from app.sync import settings

    target = tmp_path / "delad mapp"
    target.mkdir()
    settings.configure(window.store, str(target))
    create_identity(window.workspace, "Fatima Hassan")
    window.add_note("Ett ungdomsråd")
    window.sign_and_export()
    confirm(boxes)
    press(window, Qt.Key.Key_F9)  # Sync now, from the chair's window
    sent = list(target.rglob("*.rbz"))
    assert len(sent) == 1
    assert verify_file(sent[0], window.store).ok
    assert window.sync_status.pending == 0

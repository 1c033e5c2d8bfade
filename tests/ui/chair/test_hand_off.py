"""A hand-off a chair can do alone. "Sign and export" first says what it will sign and asks;
afterwards it offers "Save a copy…" under a readable name and "Show in folder"; notes changed after the
export say so and offer to export again; quitting with unexported changes asks first. In Swedish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bundles.identity import create_identity
from app.bundles.verify import verify_file

from .conftest import type_text
from .real_hands import fill_question, in_swedish, open_table


def test_export_says_what_it_signs_then_offers_a_copy_and_the_folder(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    fill_question(demo_workspace, demo_conference_id, 3, 1, 120)
    fill_question(demo_workspace, demo_conference_id, 3, 2, 7)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    qtbot.keyClick(chair.entry, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    title, held = boxes.question.call_args.args[1:3]
    text = held.replace("\u00a0", " ")  # numbers are held to their words (no-break spaces)
    assert title == "Signera och exportera"
    assert "Bord 3" in text and "Rundabordssamtal våren 2026" in text
    assert "Fråga 1 (Vad kan du och din verksamhet göra inom de utpekade områdena?): 120 anteckningar" in text
    assert "Fråga 2 (Vad behövs för att göra det?): 7 anteckningar" in text
    assert "Fråga 3 (Vad är det första steget, och vem tar det?): 0 anteckningar" in text
    assert "Deltagare: 9" in text
    assert not list(demo_workspace.outbox_dir.glob("*.rbz"))  # nothing signed before the answer
    boxes.question.call_args.kwargs["on_answer"](True)
    (bundle,) = demo_workspace.outbox_dir.glob("*.rbz")
    assert verify_file(bundle, demo_workspace.store).ok

    box = boxes.information.return_value
    offered = [c.args[0] for c in box.addButton.call_args_list]
    assert offered == ["Spara en &kopia…", "Visa i &mappen"]
    usb = tmp_path / "USB-MINNE"
    usb.mkdir()
    asked = []
    chair.export_flow.ask_copy_path = lambda name: asked.append(name) or str(usb / name)
    copy = chair.export_flow.save_copy()
    assert asked == ["Bord-03-Rundabordssamtal-varen-2026-03-12.rbz"]
    assert copy == usb / asked[0] and copy.read_bytes() == bundle.read_bytes()
    opened = []
    chair.export_flow.open_url = opened.append
    chair.export_flow.show_in_folder()
    assert [Path(url.toLocalFile()) for url in opened] == [bundle.parent]
    chair.close()


def test_changes_after_the_export_are_said_and_quitting_asks_first(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.add_note("Före exporten")
    chair.sign_and_export()
    boxes.question.call_args.kwargs["on_answer"](True)
    again = chair.export_flow.export_again_button
    assert not again.isVisible()
    type_text(qtbot, chair.entry, "Efter exporten")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert again.isVisible() and again.text() == "Ändrat sedan exporten – e&xportera igen…"
    chair.show_review()
    assert chair.review.export_status.text().startswith("Ändrat sedan exporten")

    boxes.question.reset_mock()
    qtbot.keyClick(chair.review.browser, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert chair.isVisible()  # not closed: asked first
    title, text = boxes.question.call_args.args[1:3]
    assert title == "Avsluta utan att exportera?" and "ändringar sedan den senaste exporten" in text
    boxes.question.call_args.kwargs["on_answer"](False)
    assert chair.isVisible()
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)  # export again, by mouse
    boxes.question.call_args.kwargs["on_answer"](True)
    assert len(list(demo_workspace.outbox_dir.glob("*.rbz"))) == 2
    assert not again.isVisible()
    boxes.question.reset_mock()
    qtbot.keyClick(chair.review.browser, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not boxes.question.called and not chair.isVisible()  # all exported: quits at once

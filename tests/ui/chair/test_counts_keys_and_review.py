"""Small things a tester saw in the chair's window, in Swedish: counts grouped as Swedish writes them
("1 000 anteckningar"), one row per action in the F1 list, and a proposal's own lines on the review page."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.bundles.identity import create_identity

from .real_hands import in_swedish, open_table

NBSP = "\u00a0"


def _shoot(widget, name: str, tmp_path: Path) -> None:
    """The widget as drawn, to look at by eye (the assertions below are what the test checks): into
    $RUNDABORD_SHOTS when set, else the test's own folder (not a /tmp shared by every run and worker)."""
    widget.grab().save(str(Path(os.environ.get("RUNDABORD_SHOTS") or tmp_path) / f"{name}.png"))


def test_the_export_question_writes_a_thousand_notes_as_swedish_does(
    qtbot, qapp, demo_workspace, demo_conference_id, boxes
):
    in_swedish(qapp)
    store = demo_workspace.store
    with store.transaction():
        for i in range(1000):
            notes.add_note(store, demo_conference_id, 3, 1, f"Anteckning {i}")
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.show_review()
    qtbot.mouseClick(chair.review.export_button, Qt.MouseButton.LeftButton)
    text = boxes.question.call_args.args[2]
    # Grouped as Swedish writes it, and held to its words (a wrap never splits "1 000 anteckningar")
    assert (
        f"1{NBSP}000{NBSP}anteckningar" in text
        and f"Signera de här{NBSP}1{NBSP}000{NBSP}anteckningarna" in text
    )
    assert "1000" not in text
    chair.close()


def test_the_shortcut_list_names_delete_note_once_with_both_its_keys(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.show_shortcuts()
    dialog = chair.shortcut_dialog
    model = dialog.model
    rows = [(model.item(r, 0).text(), model.item(r, 1).text()) for r in range(model.rowCount())]
    deletes = [keys for what, keys in rows if what == "Ta bort anteckning"]
    assert deletes == ["Delete eller Ctrl+Skift+Backsteg"]  # the key as it is printed
    assert len({what for what, _keys in rows}) == len(rows)  # no action twice
    redo = dict(rows)["Gör om"]
    assert " eller " in redo and "," not in redo  # one action's own keys read the same way
    _shoot(dialog, "chairbits-shortcuts", tmp_path)
    dialog.close()
    chair.close()


def test_the_review_keeps_a_proposals_lines_and_breaks_a_very_long_word(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    store = demo_workspace.store
    long_word = "https://www.region.se/" + "ungdomsradetsbudget" * 12
    for text in ("Egen budget för ungdomsrådet\nbeslutas av rådet självt", long_word):
        notes.add_note(store, demo_conference_id, 3, 1, text, kind="proposal")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, size=(1280, 720))
    chair.show_review()
    QApplication.processEvents()
    browser = chair.review.browser
    shown = browser.toPlainText()
    ranked = shown[shown.index("Förslag efter antal röster") :]
    assert "Egen budget för ungdomsrådet\nbeslutas av rådet självt — Röster: 0" in ranked
    assert chair.width() <= 1280  # the page did not push the window wider than the screen
    assert browser.horizontalScrollBar().maximum() == 0  # the long word breaks; nothing runs off the side
    _shoot(chair, "chairbits-review", tmp_path)
    chair.close()

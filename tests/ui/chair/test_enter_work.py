"""What one Enter on a 1,000-note question asks for, in Swedish with real keys: the new note's tags are
shown once (not once per selection signal), and the table's export state is read only when an edit can
change what it says: never before the first export, once after it, to show "Ändrat sedan exporten"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import handoff
from app.bundles.export import export_table
from app.bundles.identity import create_identity

from .conftest import press, type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


def _enter(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)


def test_an_enter_shows_the_new_notes_tags_once_and_reads_no_export_state_before_an_export(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id, monkeypatch
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    reads, shown = [], []
    status = handoff.export_status
    monkeypatch.setattr(handoff, "export_status", lambda *a: reads.append(a) or status(*a))
    show_tags = chair.chair_actions.show_note_tags
    monkeypatch.setattr(
        chair.chair_actions,
        "show_note_tags",
        lambda note, themes: shown.append(note) or show_tags(note, themes),
    )
    theme = chair.chair_actions.theme_actions[0]

    _enter(qtbot, chair, "Fler bänkar vid ån")
    press(chair, Qt.Key.Key_1, CTRL)  # theme 1 on the new note: checked
    assert theme.isChecked()
    shown.clear()
    _enter(qtbot, chair, "Längre öppettider på biblioteket")
    assert [n.text for n in shown] == ["Längre öppettider på biblioteket"]  # once, for the new note
    assert not theme.isChecked()  # its own tags, not the previous note's
    assert chair.notes_model.note(chair.notes_model.rowCount() - 1).text == shown[0].text
    _enter(qtbot, chair, "Ännu en anteckning")
    assert reads == []  # never exported: an edit cannot change "Inte exporterat än."

    chair.show_review()  # the review page reads it when shown
    assert chair.review.export_status.text() == "Inte exporterat än."
    assert len(reads) == 1
    chair.show_capture()

    export_table(demo_workspace, demo_conference_id, 3)  # exported elsewhere (the command line)
    chair.show_review()
    assert chair.review.export_status.text().startswith("Exporterat ")
    chair.show_capture()
    reads.clear()
    _enter(qtbot, chair, "Efter exporten")
    assert len(reads) == 1  # the first edit after an export: "changed" now, and said at once
    again = chair.export_flow.export_again_button
    assert again.isVisible() and again.text() == "Ändrat sedan exporten – e&xportera igen…"
    _enter(qtbot, chair, "Och en till")
    assert len(reads) == 1  # "changed" stays so until the next export
    chair.close()

"""Review's conflicts in Swedish at 1280×720, by mouse: no own text is offered where none makes sense
(a note's kind is one of a few set values: the box says why, and one of the two versions settles it); an
own text that cannot be kept is refused in Swedish, and nothing is settled; and a version that a decision
kept and a reopening put back shows when its author wrote it, not when the secretary decided."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app import conferences, conflicts, notes
from app.bundles import export_table, import_files
from app.hlc import wall_clock_ms
from app.workspace import Workspace
from ui import msgbox

from .conflict_scene import EDITED_TABLES, merged_with_conflicts
from .conftest import open_in_swedish

KIND_TABLE = 9
NOT_WORDS = "Det här väljs bland fasta värden och skrivs inte med egna ord: behåll en av de två versionerna."


def with_a_kind_conflict(secretariat, afternoon, tmp_path) -> str:
    """The day's conflicts, and table 9's proposal made "what needs to be done" by the secretariat and a
    guiding word by its chair meanwhile; the note's id."""
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    store = secretariat.store
    laptop_dir = tmp_path / f"laptop-{KIND_TABLE}"
    laptops = afternoon.secretariat_template.parent / "laptops"
    shutil.copytree(laptops / f"t{KIND_TABLE}", laptop_dir, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    laptop = Workspace(laptop_dir)
    [proposal] = [
        n
        for n in notes.list_notes(store, afternoon.conference_id)
        if n.table_number == KIND_TABLE and n.kind == "proposal"
    ]
    notes.edit_note(store, proposal.id, kind="action")
    notes.edit_note(laptop.store, proposal.id, kind="guiding-word")
    path = export_table(laptop, afternoon.conference_id, KIND_TABLE, tmp_path / "bord-9-igen.rbz").path
    laptop.close()
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == "imported" and receipt.counts.get("conflicts"), receipt
    return proposal.id


def _click_line(qtbot, panel, row: int, column: int = 5) -> None:
    index = panel.model.index(row, column)
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )


def _answer(qtbot, button) -> str:
    [box] = msgbox.open_boxes()
    said = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    return said


def _open(qtbot, qapp, secretariat, afternoon):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    window.show_conflicts()
    return window, window.review_view.conflicts_panel


def test_a_kind_offers_no_own_text_says_why_and_one_version_settles_it(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    note_id = with_a_kind_conflict(secretariat, afternoon, tmp_path)
    chair = {t.number: t.chair_name for t in conferences.tables(secretariat.store, afternoon.conference_id)}
    window, panel = _open(qtbot, qapp, secretariat, afternoon)
    [kind] = [c for c in panel.conflicts() if c.field == "kind"]
    _click_line(qtbot, panel, panel.row_of(kind) + 1)
    assert panel.current() == kind
    row = panel.row_of(kind)
    assert panel.model.index(row, 1).data() == "typ"
    versions = {panel.model.index(r, 5).data() for r in (row, row + 1)}
    assert versions == {"Att göra", "Ledord"}  # the kind as the chair names it
    # The own-text box is there, greyed, saying why; its button too
    assert panel.union_edit.isVisible() and not panel.union_edit.isEnabled()
    assert not panel.keep_union_button.isEnabled() and not panel.union_label.isEnabled()
    assert panel.union_edit.toPlainText() == "" and panel.union_edit.placeholderText() == NOT_WORDS
    assert panel.keep_union_button.toolTip() == NOT_WORDS
    qtbot.wait(50)  # the layout's turn, for the picture
    window.grab().save(str(tmp_path / "konflikt-typ.png"))
    # Keeping the chair's guiding word settles it
    [button] = [
        b
        for b in (panel.keep_ours_button, panel.keep_theirs_button)
        if b.text() == f"Behåll versionen från {chair[KIND_TABLE]}"
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _answer(qtbot, QMessageBox.StandardButton.Yes)
    assert secretariat.store.get("note", note_id)["kind"] == "guiding-word"
    assert kind.id not in {c.id for c in panel.conflicts()}


def test_an_own_text_that_cannot_be_kept_is_refused_in_swedish_and_nothing_is_settled(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    _window, panel = _open(qtbot, qapp, secretariat, afternoon)
    [text] = [c for c in panel.conflicts() if c.field == "text" and c.table_number == EDITED_TABLES[0]]
    _click_line(qtbot, panel, panel.row_of(text))
    assert panel.union_edit.isEnabled() and panel.union_edit.placeholderText() == ""
    open_before = [c.id for c in panel.conflicts()]
    edit = panel.union_edit

    def keep_own_text() -> str:
        qtbot.mouseClick(panel.keep_union_button, Qt.MouseButton.LeftButton)
        asked = _answer(qtbot, QMessageBox.StandardButton.Yes)
        assert asked.startswith("Båda versionerna läggs åt sidan")
        [box] = msgbox.open_boxes()
        assert box.windowTitle() == "Konflikten kunde inte lösas"
        said = box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return said

    # Emptied by hand: select all, delete
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.toPlainText() == ""
    assert keep_own_text() == "Den redigerade texten är tom: skriv den text som ska gälla."
    # A whole document pasted in: longer than any note
    QGuiApplication.clipboard().setText("Lång text. " * 10_000)
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(edit.toPlainText()) > 100_000
    said = keep_own_text()
    assert said == (
        "Den redigerade texten kan inte sparas: fältet text är längre än 100\u00a0000 tecken. Behåll en av"
        " de två versionerna."
    )
    assert [c.id for c in panel.conflicts()] == open_before
    assert conflicts.settled(secretariat.store, afternoon.conference_id) == []


def test_a_reopened_version_shows_when_its_author_wrote_it_not_when_it_was_decided(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops, monkeypatch
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    window, panel = _open(qtbot, qapp, secretariat, afternoon)
    [text] = [c for c in panel.conflicts() if c.field == "text" and c.table_number == EDITED_TABLES[0]]
    row = panel.row_of(text) + 1  # the version not in use: keeping it writes it anew, stamped now
    who, written = (panel.model.index(row, c).data() for c in (2, 3))
    _click_line(qtbot, panel, row)
    # The secretary decides three hours after the texts were written
    store = secretariat.store
    later = lambda: wall_clock_ms() + 3 * 3_600_000  # noqa: E731
    monkeypatch.setattr(store, "_now", later)
    monkeypatch.setattr(store.clock, "_now", later)
    [button] = [
        b
        for b in (panel.keep_ours_button, panel.keep_theirs_button)
        if b.text().lower().endswith(who.lower())  # a chair's name is capitalised in both, a role only here
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _answer(qtbot, QMessageBox.StandardButton.Yes)
    assert text.id not in {c.id for c in panel.conflicts()}
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    [again] = [c for c in panel.conflicts() if c.field == "text" and c.table_number == EDITED_TABLES[0]]
    first = panel.row_of(again)
    lines = {panel.model.index(r, 2).data().removesuffix(" – gäller nu"): r for r in (first, first + 1)}
    assert panel.model.index(first, 2).data() == f"{who} – gäller nu"  # the kept version is in use
    assert panel.model.index(lines[who], 3).data() == written  # when it was written, not decided
    decided = conflicts.edited_at(again.ours_stamp[0])
    assert decided is not None and decided.strftime("%H:%M") not in written
    _click_line(qtbot, panel, first)
    assert panel.ours_label.text().startswith(f"{who}, ändrat {written}")
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "konflikt-öppnad-igen.png"))


def test_settled_lists_what_the_decision_kept_though_the_note_was_edited_since(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    from ui.secretariat.settled_dialog import SettledDialog

    merged_with_conflicts(secretariat, afternoon, tmp_path)
    _window, panel = _open(qtbot, qapp, secretariat, afternoon)
    [text] = [c for c in panel.conflicts() if c.field == "text" and c.table_number == EDITED_TABLES[0]]
    row = panel.row_of(text) + 1  # the version set aside so far
    who, kept = panel.model.index(row, 2).data(), text.theirs
    _click_line(qtbot, panel, row)
    [button] = [
        b
        for b in (panel.keep_ours_button, panel.keep_theirs_button)
        if b.text().lower().endswith(who.lower())
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _answer(qtbot, QMessageBox.StandardButton.Yes)
    notes.edit_note(secretariat.store, text.record_id, text="Bord 5: lokalerna öppnas på kvällarna.")
    panel.context.changed()
    qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(SettledDialog)
    [[field, shown]] = [
        [dialog.model.index(r, c).data() for c in (1, 2)] for r in range(dialog.model.rowCount())
    ]
    assert (
        field == "text" and shown == panel.words.preview(kept, "text") and shown.startswith("Bord 5: vi kan")
    )
    dialog.close()

"""A process's organisation and a theme's name edited at once by two secretariats: Review's conflict
list shows both under the conference, named as the process's and the theme's, and settling one by mouse
records the conference being viewed, so the decision travels in its follow-up. Driven in Swedish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import conferences, demo, prepare
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.workspace import Workspace
from tests.clocks import edits_after
from ui import msgbox

from .conftest import open_in_swedish


def _send(source: Workspace, target: Workspace) -> None:
    with target.store.transaction():
        merge_records(target.store, [r for name in RECORD_TYPES for r in source.store.dump(name)])


def test_a_process_and_a_theme_in_conflict_are_listed_and_settled_by_mouse(qtbot, qapp, tmp_path, sync_ops):
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    conference_id = demo.ensure_demo(kansli.store)
    process_id = conferences.conference(kansli.store, conference_id).process_id
    theme_id = conferences.themes(kansli.store, process_id)[0].id
    _send(kansli, colleague)
    prepare.edit_process(kansli.store, process_id, organisation="Region Norr")
    prepare.rename_theme(kansli.store, theme_id, "Kollektivtrafik")
    # the colleague's values are the later ones: the records hold them
    edits_after(colleague.store, kansli.store)
    prepare.edit_process(colleague.store, process_id, organisation="Region Nord")
    prepare.rename_theme(colleague.store, theme_id, "Bussar och tåg")
    _send(colleague, kansli)
    colleague.close()

    window = open_in_swedish(qtbot, qapp, kansli, conference_id)
    try:
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        assert panel.summary.text() == "2 öppna konflikter"
        model = panel.model
        lines = [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(4)]
        fields = [line[1] for line in lines]
        assert sorted(f for f in fields if f) == ["process: organisation", "tema: namn"]
        row = fields.index("process: organisation")
        assert {lines[row][5], lines[row + 1][5]} == {"Region Nord", "Region Norr"}

        [process_conflict] = [c for c in panel.conflicts() if c.record_type == "process"]
        index = model.index(panel.row_of(process_conflict), 1)
        qtbot.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
        )
        assert panel.current().id == process_conflict.id
        qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
        [box] = msgbox.open_boxes()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: panel.summary.text() == "En öppen konflikt")
        assert kansli.store.require("process", process_id)["organisation"] == "Region Norr"
        [resolution] = kansli.store.select("conflict_resolution", "record_id = ?", (process_id,))
        assert resolution["conference_id"] == conference_id  # travels in this conference's follow-up
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        kansli.close()


def test_settled_by_mouse_under_one_conference_it_is_settled_and_reopened_under_the_other(
    qtbot, qapp, tmp_path, sync_ops
):
    """Two conferences of one process: the process's conflict settled by mouse under the spring one is
    written for both (each follow-up carries it), listed once among the autumn one's settled conflicts,
    and reopened from there, open again under both."""
    import dataclasses

    from ui.secretariat.settled_dialog import SettledDialog

    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    conference_id = demo.ensure_demo(kansli.store)
    description = demo.demo_description()
    autumn = dataclasses.replace(description, conference={**description.conference, "title": "Hösten"})
    other_id = conferences.create_conference(kansli.store, autumn)
    process_id = conferences.conference(kansli.store, conference_id).process_id
    _send(kansli, colleague)
    prepare.edit_process(kansli.store, process_id, organisation="Region Norr")
    edits_after(colleague.store, kansli.store)
    prepare.edit_process(colleague.store, process_id, organisation="Region Nord")
    _send(colleague, kansli)
    colleague.close()

    window = open_in_swedish(qtbot, qapp, kansli, conference_id)
    try:
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        [conflict] = [c for c in panel.conflicts() if c.record_type == "process"]
        index = panel.model.index(panel.row_of(conflict), 1)
        qtbot.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
        )
        qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
        [box] = msgbox.open_boxes()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not [c for c in panel.conflicts() if c.record_type == "process"])
        copies = kansli.store.select("conflict_resolution", "record_id = ?", (process_id,))
        assert sorted(r["conference_id"] for r in copies) == sorted([conference_id, other_id])

        window.choose_conference(other_id)
        window.show_conflicts()
        assert not [c for c in panel.conflicts() if c.record_type == "process"]
        qtbot.waitUntil(panel.settled_button.isEnabled)
        qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
        dialog = panel.findChild(SettledDialog)
        model = dialog.model
        rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
        assert rows == [["", "process: organisation", "Region Norr"]]  # once, named as the process's
        qtbot.mouseClick(
            dialog.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.view.visualRect(model.index(0, 1)).center(),
        )
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
        assert model.rowCount() == 0
        assert [c.record_type for c in panel.conflicts()] == ["process"]
        assert not kansli.store.select("conflict_resolution", "record_id = ?", (process_id,))
        window.choose_conference(conference_id)
        window.show_conflicts()
        qtbot.waitUntil(lambda: [c.record_type for c in panel.conflicts()] == ["process"])
        dialog.close()
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        kansli.close()

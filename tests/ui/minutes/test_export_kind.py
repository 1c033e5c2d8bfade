"""Export open data through the real file dialog, in Swedish: the kind chosen in the dialog decides
the file's kind. Choosing JSON and typing a name without ".json" wrote a CSV named "data"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from ui.minutes_actions import SETTINGS_FOLDER

from .minutes_menu import on_a_window


@pytest.fixture
def actions(qtbot, qapp, demo_workspace, demo_conference_id, tmp_path):
    from ui import i18n

    i18n.install("sv", qapp)
    QSettings().setValue(SETTINGS_FOLDER, str(tmp_path))  # the dialog opens in the test's folder
    made = on_a_window(qtbot, demo_workspace, demo_conference_id, 1366, 768)
    yield made
    QSettings().remove(SETTINGS_FOLDER)


def _answer_the_file_dialog(qtbot, kind: str, name: str, seen: list[str]) -> None:
    """When the file dialog is up: pick `kind` in its file-type list by mouse, type `name`, Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        seen.extend(types.itemText(i) for i in range(types.count()))
        qtbot.mouseClick(types, Qt.MouseButton.LeftButton)  # the list opens
        popup = types.view()
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release sooner is the opening click's
        row = next(i for i in range(types.count()) if kind in types.itemText(i))
        index = types.model().index(row, 0)
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center())
        seen.append(f"chosen: {types.currentText()}")
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()
        qtbot.keyClicks(edit, name)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(("kind", "written"), [("JSON", "data.json"), ("CSV", "data.csv")])
def test_the_kind_chosen_in_the_dialog_decides_the_files_kind(
    qtbot, actions, boxes, sync_ops, tmp_path: Path, kind: str, written: str
):
    seen: list[str] = []
    _answer_the_file_dialog(qtbot, kind, "data", seen)
    actions.export_data_action.trigger()
    if actions.privacy_dialog is not None and actions.privacy_dialog.isVisible():  # findings: remove all
        qtbot.mouseClick(actions.privacy_dialog.remove_rest_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(actions.privacy_dialog.publish_button, Qt.MouseButton.LeftButton)
    chosen = "JSON (*.json)" if kind == "JSON" else "CSV för Excel (*.csv)"
    assert seen == ["CSV för Excel (*.csv)", "JSON (*.json)", f"chosen: {chosen}"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [written]
    content = (tmp_path / written).read_bytes()
    if kind == "JSON":
        assert json.loads(content.decode("utf-8"))["notes"] is not None
    else:
        assert content.startswith(b"\xef\xbb\xbf")  # the CSV for Excel
    assert boxes.information.call_count == 1


def test_a_suffix_typed_of_a_kind_offered_stands_and_any_other_name_gets_the_chosen_one():
    from ui.save_kind import with_chosen_suffix

    offered = "CSV för Excel (*.csv);;JSON (*.json)"
    assert with_chosen_suffix(Path("/d/data.CSV"), "JSON (*.json)", offered) == Path("/d/data.CSV")
    assert with_chosen_suffix(Path("/d/rapport.2026"), "JSON (*.json)", offered) == Path(
        "/d/rapport.2026.json"
    )
    assert with_chosen_suffix(Path("/d/data"), "", offered) == Path("/d/data")  # no kind said: as typed

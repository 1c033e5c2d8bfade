"""'Spara mall' opened its file dialog in the process's current directory when the Documents folder did not
exist (a new account, a machine set up in English with 'Dokument'...): the chair had to find her way from
wherever the program was started. It opens in the folder she last saved a template in, else Documents,
else her home folder; a remembered folder that is gone (a USB stick pulled out) is passed over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from .conftest import type_text
from .real_hands import in_swedish, open_table


def _save_template_by_hand(qtbot, chair, file_name: str | None) -> str:
    """Choose 'Spara en mall…', read where the dialog opened, type a name and press Enter (or cancel)."""
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen["folder"] = dialog.directory().absolutePath()
        seen["title"] = dialog.windowTitle()
        if file_name is None:
            dialog.reject()
            return
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        folder, name = file_name.rsplit("/", 1)
        dialog.setDirectory(folder)  # she goes to the stick in the dialog's folder list
        name_field.selectAll()
        type_text(qtbot, name_field, name)
        qtbot.keyClick(name_field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    chair.chair_actions.paper.template_action.trigger()
    assert seen["title"] == "Spara mall"
    return seen["folder"]


def test_save_template_opens_in_the_last_folder_else_documents_else_home(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, monkeypatch, boxes
):
    home = tmp_path / "hem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    started_in = tmp_path / "programmet"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)

    assert _save_template_by_hand(qtbot, chair, None) == str(home)  # no Documents folder: home, not cwd
    (home / "Documents").mkdir()
    assert _save_template_by_hand(qtbot, chair, None) == str(home / "Documents")

    stick = tmp_path / "usb-minne"
    stick.mkdir()
    assert _save_template_by_hand(qtbot, chair, str(stick / "mall-bord-3-åäö")) == str(home / "Documents")
    assert (stick / "mall-bord-3-åäö.xlsx").is_file()
    assert _save_template_by_hand(qtbot, chair, None) == str(stick)  # where she saved it last

    for saved in stick.iterdir():
        saved.unlink()
    stick.rmdir()  # the stick is pulled out
    assert _save_template_by_hand(qtbot, chair, None) == str(home / "Documents")
    assert not Path(started_in).joinpath("Documents").exists()
    chair.close()

"""The first start asks the person's role and makes the workspace; Settings changes the role later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow, QMessageBox

from app.workspace import Workspace, exists
from ui import application, i18n
from ui.collector import top_level_widgets
from ui.role_choice import RoleDialog


def _shown_windows() -> list[QMainWindow]:
    return [w for w in top_level_widgets() if isinstance(w, QMainWindow) and w.isVisible()]


def _dialog() -> RoleDialog:
    [dialog] = [w for w in top_level_widgets() if isinstance(w, RoleDialog) and w.isVisible()]
    return dialog


@pytest.fixture(autouse=True)
def closes_windows():
    yield
    for window in [*_shown_windows(), *top_level_widgets()]:
        if isinstance(window, (QMainWindow, RoleDialog)) and window.isVisible():
            window.close()
            window.deleteLater()


def test_the_first_start_asks_in_swedish_and_makes_a_secretariat_workspace(
    qtbot, qapp, tmp_path, closes_windows, sync_ops
):
    from ui.secretariat.window import SecretariatWindow

    i18n.install("sv", qapp)
    folder = tmp_path / "kansliet"
    application.ask_role_then_start(qapp, folder)
    dialog = _dialog()
    assert dialog.windowTitle() == "Välkommen till Rundabord"
    assert not exists(folder), "nothing is made before the person answers"
    assert str(folder) in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.secretariat_button.text() == "Jag arbetar i sekretariatet"
    qtbot.mouseClick(dialog.secretariat_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, SecretariatWindow) for w in _shown_windows()))
    workspace = Workspace(folder)
    assert workspace.role == "secretariat"
    workspace.close()


def test_cancel_at_the_first_start_makes_nothing(qtbot, qapp, tmp_path, monkeypatch):
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    folder = tmp_path / "fel-mapp"
    application.ask_role_then_start(qapp, folder)
    dialog = _dialog()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert quits == [True] and not folder.exists()


def test_the_chair_changes_to_the_secretariat_in_settings(qtbot, qapp, demo_workspace, closes_windows):
    from ui.chair.settings_dialog import SettingsDialog
    from ui.chair.window import ChairWindow
    from ui.secretariat.window import SecretariatWindow

    i18n.install("sv", qapp)
    chair = ChairWindow(demo_workspace)
    chair.show()
    settings = SettingsDialog(demo_workspace, chair)
    settings.show()
    assert settings.role_button.text() == "Byt r&oll…"
    qtbot.mouseClick(settings.role_button, Qt.MouseButton.LeftButton)
    dialog = _dialog()
    assert dialog.windowTitle() == "Din roll" and dialog.chair_button.isChecked()
    qtbot.mouseClick(dialog.secretariat_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, SecretariatWindow) for w in _shown_windows()))
    assert demo_workspace.role == "secretariat"
    assert not any(isinstance(w, ChairWindow) for w in _shown_windows())


def test_the_secretariat_changes_back_to_chair_from_the_file_menu(
    qtbot, qapp, demo_workspace, closes_windows, sync_ops
):
    from ui.chair.window import ChairWindow
    from ui.secretariat.window import SecretariatWindow

    demo_workspace.role = "secretariat"
    window = SecretariatWindow(demo_workspace)
    window.show()
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if "ole" in a.text()]
    action.trigger()
    dialog = _dialog()
    assert dialog.secretariat_button.isChecked()
    qtbot.mouseClick(dialog.chair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ChairWindow) for w in _shown_windows()))
    assert demo_workspace.role == "chair"


def test_a_folder_no_workspace_can_be_made_in_is_refused_before_asking(qapp, tmp_path, monkeypatch, capsys):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    blocker = tmp_path / "en fil"
    blocker.write_text("inte en mapp")
    assert application.run_gui(blocker / "arbetsyta", []) == 2
    assert shown and "cannot create workspace folder" in shown[0]
    assert not [w for w in top_level_widgets() if isinstance(w, RoleDialog) and w.isVisible()]
    assert "rundabord: error: cannot create workspace folder" in capsys.readouterr().err


def test_windows_a_role_switch_opened_are_deleted_once_replaced_or_closed(
    qtbot, qapp, demo_workspace, closes_windows, sync_ops
):
    """Chair → secretariat → chair, then the last window closed: each window a switch opened is deleted
    when it is replaced or closed, and the module that kept it from being collected lets it go."""
    from ui import role_choice
    from ui.chair.window import ChairWindow
    from ui.secretariat.window import SecretariatWindow

    def switch(window: QMainWindow, button_of, kind: type) -> QMainWindow:
        dialog = role_choice.change_role(window, demo_workspace)
        qtbot.mouseClick(button_of(dialog), Qt.MouseButton.LeftButton)
        [opened] = [w for w in _shown_windows() if isinstance(w, kind)]
        return opened

    chair = ChairWindow(demo_workspace)
    chair.show()
    secretariat = switch(chair, lambda d: d.secretariat_button, SecretariatWindow)
    gone = []
    secretariat.destroyed.connect(lambda *_: gone.append("secretariat"))
    replacement = switch(secretariat, lambda d: d.chair_button, ChairWindow)
    replacement.destroyed.connect(lambda *_: gone.append("chair"))
    qtbot.waitUntil(lambda: gone == ["secretariat"], timeout=5000)
    assert list(role_choice._replacements) == [replacement], "the window shown is held, the replaced one not"

    replacement.close()  # Arkiv › Avsluta, once she has answered the question about unsent notes
    qtbot.waitUntil(lambda: gone == ["secretariat", "chair"], timeout=5000)
    assert not role_choice._replacements

"""ui.msgbox, ui.i18n and ui.application: message boxes, language choice, the window by role."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import application, i18n, msgbox


def test_message_box_is_non_blocking_deleted_on_close_and_plain_text(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[bool] = []
    box = msgbox.question(parent, "Delete?", "Delete <b>this</b> & that?", on_answer=answers.append)
    assert box.isVisible()  # open() returned at once: nothing blocked
    assert box.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box in msgbox.open_boxes()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert answers == [True]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(box)


def test_error_box_icon_and_answer_no(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = msgbox.error(parent, "Cannot export", "The disk is full.")
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.accessibleName() == "Cannot export"
    box.close()
    answers: list[bool] = []
    box = msgbox.question(parent, "Sure?", "Really?", on_answer=answers.append)
    box.button(QMessageBox.StandardButton.No).click()
    assert answers == [False]


def test_language_follows_the_setting_else_the_system(monkeypatch):
    settings = QSettings()
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    assert i18n.chosen_language(settings) == "sv"
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.chosen_language(settings) == "en"
    i18n.set_language_preference("sv", settings)
    assert i18n.chosen_language(QSettings()) == "sv"
    i18n.set_language_preference(None, settings)
    assert i18n.chosen_language(QSettings()) == "en"


def test_swedish_installs_qt_and_our_translations(qapp):
    loaded = i18n.install("sv", qapp)
    assert "qtbase" in loaded
    assert any(name.endswith("common_sv.qm") for name in loaded)
    assert QCoreApplication.translate("Operation", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own buttons
    i18n.install("en", qapp)
    assert QCoreApplication.translate("Operation", "Cancel") == "Cancel"


def test_swedish_standard_buttons_say_ok_as_swedish_writes_it(qtbot, qapp, demo_workspace):
    """Qt's own Swedish says "Ok"; a message box's and the chair's Settings' OK buttons say "OK", and
    the click on what says it is the answer."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from ui.chair.settings_dialog import SettingsDialog

    i18n.install("sv", qapp)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.show()
        pressed = []
        box = msgbox.information(parent, "Exporterat", "Paketet är sparat.", on_finished=pressed.append)
        ok = box.button(QMessageBox.StandardButton.Ok)
        assert ok.text() == "OK"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
        assert pressed == [QMessageBox.StandardButton.Ok]

        settings = SettingsDialog(demo_workspace, parent)
        settings.show()
        buttons = settings.findChild(QDialogButtonBox)
        ok, cancel = (
            buttons.button(b)
            for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        )
        assert (ok.text(), cancel.text()) == ("OK", "Avbryt")  # the rest of qtbase_sv still says it
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
        assert settings.result() == QDialog.DialogCode.Accepted
    finally:
        i18n.install("en", qapp)


def test_configure_reads_the_language_preference(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    QSettings().setValue("language", "sv")
    assert application.configure(qapp) == "sv"
    assert i18n.installed_language() == "sv"
    assert qapp.applicationName() == "Rundabord"


def test_window_by_role(qtbot, demo_workspace):
    from ui.chair.window import ChairWindow

    window = application.main_window_for(demo_workspace)
    qtbot.addWidget(window)
    assert isinstance(window, ChairWindow)
    demo_workspace.role = "secretariat"
    window = application.main_window_for(demo_workspace)
    qtbot.addWidget(window)
    try:
        from ui.secretariat.window import SecretariatWindow
    except ModuleNotFoundError:
        assert isinstance(window, ChairWindow)  # falls back until the secretariat's window exists
    else:
        assert isinstance(window, SecretariatWindow)


def test_a_workspace_that_cannot_open_is_a_message_and_exit_2(qapp, tmp_path, monkeypatch, capsys):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,  # ui.application imports it only for such a box
        "exec",
        lambda box: shown.append(f"{box.text()}\n{box.informativeText()}") or 0,
    )
    not_a_folder = tmp_path / "fil"
    not_a_folder.write_text("jag är en fil", encoding="utf-8")
    assert application.run_gui(not_a_folder, []) == 2
    assert shown and "cannot create workspace folder" in shown[0]
    assert "rundabord: error: cannot create workspace folder" in capsys.readouterr().err

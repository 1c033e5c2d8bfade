"""The personal-data review dialog, driven with the mouse in Swedish: the public report and open data
go through it, every finding is decided in place, and only then is anything written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from app import conferences, notes
from app.privacy.review import review
from ui.minutes_actions import populate_secretariat_menu

from .minutes_menu import on_a_window


@pytest.fixture
def swedish(qapp):
    from ui import i18n

    i18n.install("sv", qapp)


@pytest.fixture
def setting(qtbot, demo_workspace, demo_conference_id, swedish):
    store = demo_workspace.store
    chair = conferences.tables(store, demo_conference_id)[0].chair_name
    first_name = chair.split()[0]
    texts = [
        f"{chair}s bord vill ha fler mötesplatser för unga.",
        "Ring föreningen på 070-123 45 67 om lokalen.",
        f"{first_name} föreslog läxhjälp på biblioteket.",
        "Budgeten är 25 000 kr och mötet 2026-05-12.",  # clean: never asked about
    ]
    for text in texts:
        notes.add_note(store, demo_conference_id, 3, 1, text, themes=["Unga"])
    actions = on_a_window(qtbot, demo_workspace, demo_conference_id, 1366, 768)
    return actions, chair, first_name


def _click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 2)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_public_report_waits_for_every_decision(qtbot, setting, boxes, sync_ops, tmp_path, demo_workspace):
    actions, chair, first_name = setting
    saved: list[Path] = []
    actions.ask_save_path = lambda title, default, filters: saved.append(tmp_path / "p.pdf") or saved[-1]
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Personuppgifter före publicering"
    assert "3 fynd" in dialog.intro.text() and "3 ej beslutade" in dialog.intro.text()
    model, view = dialog.model, dialog.view
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "Namn på en person",
        "Telefonnummer",
        "Namn på en person",
    ]
    assert model.data(model.index(1, 1)) == "Bord 3, fråga 1"
    assert "«070-123 45 67»" in model.data(model.index(1, 2))
    assert not dialog.publish_button.isEnabled() and not saved  # nothing written yet

    _click_row(qtbot, view, 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(0, 3)) == "Tas bort"
    assert dialog.selected_hits()[0].kind == "phone"  # on to the next undecided finding
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)  # the association's public number
    dialog.ask_rewrite = lambda hit: "En deltagare"
    _click_row(qtbot, view, 2)
    qtbot.mouseClick(dialog.rewrite_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(2, 3)) == "Skrivs om: En deltagare"
    assert "0 ej beslutade" in dialog.intro.text() and dialog.publish_button.isEnabled()
    dialog.grab().save(str(tmp_path / "privacy-dialog.png"))

    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "[personuppgift\u00a0borttagen] bord vill ha fler mötesplatser" in html  # kept on one line
    assert "070-123 45 67" in html and "En deltagare föreslog läxhjälp" in html
    assert chair not in html and f"{first_name} " not in html
    assert all(h.decided for h in review(demo_workspace.store, actions._conference()))


def test_cancel_writes_nothing_and_open_data_goes_through_the_review(
    qtbot, setting, boxes, sync_ops, tmp_path
):
    actions, _chair, _first = setting
    saved: list[Path] = []
    actions.ask_save_path = lambda title, default, filters: saved.append(tmp_path / "d.json") or saved[-1]
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not saved and not list(tmp_path.glob("*.pdf"))

    actions.export_data_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.remove_rest_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    content = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert "Ring föreningen på [personuppgift borttagen] om lokalen." in [n["text"] for n in content["notes"]]


def test_a_refused_rewrite_says_why_and_decides_nothing(qtbot, setting, boxes, demo_workspace):
    actions, _chair, _first = setting
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    dialog.ask_rewrite = lambda hit: "ring 08-123 456 78"
    _click_row(qtbot, dialog.view, 1)
    qtbot.mouseClick(dialog.rewrite_button, Qt.MouseButton.LeftButton)
    boxes.error.assert_called_once()
    assert boxes.error.call_args.args[1:] == (  # in Swedish, not the core's English
        "Inte sparat",
        "Det du skrev i stället innehåller fortfarande en personuppgift: ”08-123 456 78”. Skriv om utan den.",
    )
    assert not any(h.decided for h in dialog.model.hits)


def test_a_pasted_multi_line_note_keeps_its_spaces_around_the_finding(
    qtbot, demo_workspace, demo_conference_id, swedish, boxes
):
    """A chair pasted lines from an e-mail. Put on one line, its context lost the space beside the
    finding: "kontakta«Erik Berg»" and "Berg,«erik.berg@kommun.se»" read as if the text were glued."""
    pasted = "Förslag från mejlet:\nrad 1: fler bussar\nrad 2: kontakta Erik Nord, erik.nord@kommun.se, tack"
    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, pasted)
    window = QMainWindow()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    model = dialog.model
    [row] = [r for r in range(model.rowCount()) if model.hits[r].kind == "email"]
    _click_row(qtbot, dialog.view, row)
    context = model.data(model.index(row, 2))
    assert "rad 2: kontakta Erik Nord, «erik.nord@kommun.se», tack" in context, context
    dialog.reject()


def test_a_private_remark_is_left_out_whole_by_mouse(
    qtbot, setting, boxes, sync_ops, tmp_path, demo_workspace
):
    """Removing the name of "… sa privat att hon mår dåligt" would still publish the remark: the
    secretary leaves the note out, and its phone number goes with it."""
    actions, chair, _first = setting
    store = demo_workspace.store
    conference_id = actions._conference()
    notes.add_note(store, conference_id, 3, 1, f"{chair} sa privat att hon mår dåligt, tel 070-111 22 33")
    actions.ask_save_path = lambda title, default, filters: tmp_path / "p.pdf"
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    model, view = dialog.model, dialog.view
    [name_row, phone_row] = [r for r, h in enumerate(model.hits) if "mår dåligt" in h.source.text]
    assert dialog.omit_button.text() == "&Utelämna anteckningen"
    _click_row(qtbot, view, name_row)
    qtbot.mouseClick(dialog.omit_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(name_row, 3)) == "Anteckningen utelämnas"
    assert model.data(model.index(phone_row, 3)) == "Anteckningen utelämnas"  # decided with it

    qtbot.mouseClick(dialog.remove_rest_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "mötesplatser för unga" in html and "mår dåligt" not in html and "070-111" not in html


def test_a_note_left_out_whose_finding_a_chair_edited_away_is_shown_and_published_again_by_mouse(
    qtbot, setting, boxes, demo_workspace
):
    """The finding the note was left out on is gone after a chair's edit: the window still lists the
    note, as a whole, left out; Behåll publishes it again, and the row says so."""
    from app.privacy.publish import Publication

    actions, chair, _first = setting
    store = demo_workspace.store
    conference_id = actions._conference()
    remark = notes.add_note(store, conference_id, 3, 1, f"{chair} mår dåligt, ta inte med det här")
    [named] = [h for h in review(store, conference_id) if h.source.source_id == remark]
    from app.privacy.review import decide

    decide(store, conference_id, named, "omit")
    notes.edit_note(store, remark, text="Fler bussar till sjukhuset på helgerna")
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    model, view = dialog.model, dialog.view
    [row] = [r for r, h in enumerate(model.hits) if h.source.source_id == remark]
    assert model.data(model.index(row, 0)) == "Hela texten"
    assert model.data(model.index(row, 3)) == "Anteckningen utelämnas"
    _click_row(qtbot, view, row)
    assert not dialog.remove_button.isEnabled() and not dialog.rewrite_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    [row] = [r for r, h in enumerate(model.hits) if h.source.source_id == remark]
    assert model.data(model.index(row, 3)) == "Behålls"
    assert not Publication(store, conference_id, "[borttaget]", redact_undecided=True).held_back(remark)
    dialog.reject()

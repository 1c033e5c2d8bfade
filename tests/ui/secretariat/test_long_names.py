"""A region's real names are long: "Rundabordssamtal om framtidens välfärdsförsörjning i
glesbygdskommunerna – vår 2027" under a process named for its whole strategy. The secretariat's window
still fits a 1280×720 laptop on every tab, and its fields show where the names begin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import conferences, notes
from app.workspace import Workspace

from .conftest import open_in_swedish

PROCESS = "Regional utvecklingsstrategi för Västra Götalands landsbygds- och skärgårdskommuner 2027–2035"
ORGANISATION = "Region Västra Götaland, Avdelningen för regional utveckling & kompetensförsörjning"
THEME = "Kompetensförsörjning & livslångt lärande i hela länet"
TITLE = "Rundabordssamtal om framtidens välfärdsförsörjning i glesbygdskommunerna – vår 2027"


@pytest.fixture
def region(tmp_path):
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    description = {
        "process": {"name": PROCESS, "organisation": ORGANISATION, "themes": [THEME, "Unga"]},
        "conference": {"title": TITLE, "date": "2027-04-20", "venue": "Kulturhuset Blå Stället, Angered"},
        "questions": [{"text": "Vad krävs för att unga vuxna ska vilja bo kvar?"}],
        "tables": [{"number": 1, "chair": "Anna-Karin Öhrström-Lindqvist"}],
    }
    cid = conferences.create_conference(workspace.store, conferences.parse_conference(description))
    notes.add_note(
        workspace.store, cid, 1, 1, "Ett kompetenscentrum för gröna jobb", kind="proposal", themes=[THEME]
    )
    yield workspace, cid
    workspace.close()


def test_every_tab_fits_1280_pixels_with_a_long_conference_title(qtbot, qapp, region):
    workspace, cid = region
    window = open_in_swedish(qtbot, qapp, workspace, cid, size=(1280, 720))
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda i=index: window.tabs.currentIndex() == i)
        qapp.processEvents()
        needed = window.minimumSizeHint().width()
        assert needed <= 1280, f"{window.tabs.tabText(index)} needs {needed} pixels"
        assert window.width() <= 1280, f"{window.tabs.tabText(index)} widened the window to {window.width()}"


def test_the_prepare_fields_show_where_a_long_name_begins(qtbot, qapp, region):
    workspace, cid = region
    window = open_in_swedish(qtbot, qapp, workspace, cid, size=(1280, 720))
    view = window.prepare_view
    for edit, text in (
        (view.process_edit, PROCESS),
        (view.organisation_edit, ORGANISATION),
        (view.title_edit, TITLE),
    ):
        assert edit.text() == text
        # The text is drawn from its first letter: the cursor (which the field scrolls to) at the start.
        assert edit.cursorPosition() == 0, f"{text[:20]}… shown from letter {edit.cursorPosition()}"
        assert edit.toolTip() == text


def test_the_council_says_why_its_list_is_empty_when_proposals_wait_on_the_board(qtbot, qapp, region):
    workspace, cid = region
    notes.add_note(workspace.store, cid, 1, 1, "Läxhjälp på biblioteket", kind="proposal")
    window = open_in_swedish(qtbot, qapp, workspace, cid, size=(1280, 720))
    bar = window.tabs.tabBar()
    council = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Tillväxtrådet")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(council).center())
    view = window.tabs.currentWidget().view()
    qtbot.waitUntil(lambda: view.title.text() == "Förslag: 0")
    empty = view.table.findChild(QLabel, "empty_state")
    assert empty is not None and empty.isVisible()
    assert empty.text() == (
        "Rådet har inga förslag att besluta om ännu. 2 nya förslag väntar under fliken Förslag:"
        " sätt dem på kortlistan där, eller välj Status: Alla statusar."
    )

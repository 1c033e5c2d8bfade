"""The chair's open screen with a region's real names: an eighty-character conference title, a table
named "Bord 12 – Näringslivets representanter från norra länsdelen" and a chair with a double name. On
a 1280×720 laptop in Swedish every line reads whole (it ran off under a sideways scroll bar) and the
table's number is said once ("Bord 12 – Bord 12 – …")."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from app import conferences
from app.workspace import Workspace
from ui import application, i18n

from .conftest import open_window

TITLE = "Rundabordssamtal om framtidens välfärdsförsörjning i glesbygdskommunerna – vår 2027"
TABLE = "Bord 12 – Näringslivets representanter från norra länsdelen"
CHAIR = "Muhammad Al-Rashidi Johansson"


def test_the_open_screen_reads_whole_on_a_laptop(qtbot, qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    QSettings().setValue("language", "sv")
    assert application.configure(qapp) == "sv"
    workspace = Workspace.create(tmp_path / "bord12")
    description = {
        "process": {"name": "Hållbar välfärd", "organisation": "Region Västlän", "themes": ["Unga"]},
        "conference": {"title": TITLE, "date": "2027-04-20", "venue": "Kulturhuset Blå Stället, Angered"},
        "questions": [{"text": "Vad behövs?"}],
        "tables": [
            {"number": 1, "chair": "Anna-Karin Öhrström-Lindqvist"},
            {"number": 12, "name": TABLE, "chair": CHAIR},
        ],
    }
    cid = conferences.create_conference(workspace.store, conferences.parse_conference(description))
    chair = open_window(qtbot, workspace)
    chair.resize(1100, 680)  # its first size on a 1280×720 laptop
    chair.show_picker()
    picker = chair.picker
    picker.reload(cid)
    qapp.processEvents()
    labels = [picker.table_model.item(r).text() for r in range(picker.table_model.rowCount())]
    assert labels == ["Bord 1 (Anna-Karin Öhrström-Lindqvist)", f"{TABLE} ({CHAIR})"]
    for view in (picker.conference_view, picker.table_view):
        assert not view.horizontalScrollBar().isVisible(), view.accessibleName()
        for row in range(view.model().rowCount()):
            shown = view.visualRect(view.model().index(row, 0))
            assert shown.right() <= view.viewport().width(), (view.accessibleName(), row, shown)
    # The chair picks her table with the mouse on what is drawn.
    row = view.visualRect(picker.table_model.index(1, 0))
    qtbot.mouseClick(picker.table_view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert picker.selected_table() == 12
    chair.close()
    workspace.close()

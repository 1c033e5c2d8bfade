"""A table whose participants were never counted says "–" as the minutes do, not "0": the chair about to
sign would read "Deltagare: 0" as a count, and the minutes print no count at all."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import conferences
from app.workspace import Workspace
from ui import application, i18n

from .conftest import open_window


def test_uncounted_participants_read_as_a_dash(qtbot, qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    QSettings().setValue("language", "sv")
    assert application.configure(qapp) == "sv"
    workspace = Workspace.create(tmp_path / "bord1")
    description = {
        "process": {"name": "Tillväxtprogrammet", "organisation": "Region Exempellän", "themes": ["Unga"]},
        "conference": {"title": "Rundabordssamtal i Ånge", "date": "2027-04-20", "venue": "Medborgarhuset"},
        "questions": [{"text": "Vad behövs?"}],
        "tables": [{"number": 1, "chair": "Åsa Öberg"}],
    }
    cid = conferences.create_conference(workspace.store, conferences.parse_conference(description))
    assert conferences.table(workspace.store, cid, 1).participants == 0  # never given
    chair = open_window(qtbot, workspace)
    chair.open_table(cid, 1)
    assert chair.header_details.text().endswith("Deltagare: –")
    from app import handoff

    preview = handoff.export_preview(workspace.store, cid, 1)
    assert "\nDeltagare: –\n" in chair.export_flow.describe_preview(preview)
    chair.show_review()
    assert "Deltagare: –" in chair.review.browser.toPlainText()
    chair.close()
    workspace.close()

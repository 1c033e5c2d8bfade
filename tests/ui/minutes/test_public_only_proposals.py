"""A question the tables answered only with proposals, in the public report made in Swedish from the
secretariat's menu and read back page by page: it said "Inga anteckningar." under the question, as if
the tables had said nothing to it, while its forty proposals stood further on."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMainWindow, QMenu

from app import conferences, notes
from ui.minutes_actions import populate_secretariat_menu


def test_a_question_answered_only_with_proposals_says_where_they_are(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path: Path, sync_ops, boxes
):
    from ui import i18n

    i18n.install("sv", qapp)
    store = demo_workspace.store
    first, second, third = conferences.questions(store, demo_conference_id)
    notes.add_note(store, demo_conference_id, 3, first.position, "Vi kan öppna våra lokaler på kvällarna")
    notes.add_note(store, demo_conference_id, 3, third.position, "Starta en mentorsbank", kind="proposal")
    notes.add_note(store, demo_conference_id, 4, third.position, "Läxhjälp på biblioteket", kind="proposal")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.open_in_viewer = False
    pdf = tmp_path / "aterkoppling.pdf"
    actions.ask_save_path = lambda title, default, filters: pdf
    actions.public_report_action.trigger()
    assert pdf.exists()
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]
    said = " ".join(pages)
    after_second = said.split(f"Fråga 2. {second.text}")[1].split(f"Fråga 3. {third.text}")
    assert after_second[0].strip().startswith("Inga anteckningar."), after_second[0][:80]  # truly none
    assert (
        after_second[1].strip().startswith("Bara förslag: de står under ”Förslagen och vad som har hänt med")
    ), after_second[1][:120]
    assert "Starta en mentorsbank" in said and "Läxhjälp på biblioteket" in said
    html = pdf.with_suffix(".html").read_text(encoding="utf-8")
    assert "Bara förslag" in html

"""Where the chair's texts wrap at 150 % (a 1366x768 laptop gives the window 895x472): between parts and
never inside "Bord 3" or "0 anteckningar"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import msgbox

from .real_hands import click_menu_entry, in_swedish, open_table

AT_150 = (895, 472)


def test_the_header_wraps_between_its_parts_without_a_dot_at_a_line_end(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """The details under the title wrapped as one long line: "… Bordsordförande: Fatima Hassan ·" over
    "Deltagare: 9". They wrap between parts, each part whole, no "·" ending or starting a line."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=AT_150)
    QApplication.processEvents()
    label = chair.header_details
    parts = ["2026-03-12", "Folkets hus, Exempelstad", "Bordsordförande: Fatima Hassan", "Deltagare: 9"]
    assert label.one_line() == "  ·  ".join(parts)
    lines = label.text().split("\n")  # what the label draws
    assert len(lines) == 2, lines  # too long for one line at 150 %
    for line in lines:
        assert not line.strip().endswith("·") and not line.strip().startswith("·"), lines
    assert sorted(p for line in lines for p in line.split("  ·  ")) == sorted(parts)
    height = label.fontMetrics().height()
    assert label.contentsRect().height() >= 2 * height  # both lines drawn, none cut off
    below = chair.questions_view.mapTo(chair, chair.questions_view.rect().topLeft()).y()
    assert label.mapTo(chair, label.rect().bottomLeft()).y() < below
    chair.close()


def test_the_sign_and_export_box_keeps_numbers_with_their_words(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """ "Bord 3" and "0 anteckningar" broke across lines in the box before signing. Chosen from the menu by
    mouse on the 150 % window: the box holds each number to its word with a no-break space."""
    from app.bundles.identity import create_identity

    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=AT_150)
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.chair_actions.export_action)
    asked = [b for b in msgbox.open_boxes() if "signera och exportera" in b.text()]
    assert asked, [b.text() for b in msgbox.open_boxes()]
    text = asked[0].text()
    assert "Bord\u00a03," in text
    assert "Fråga\u00a02" in text and "0\u00a0anteckningar" in text
    assert "Bord 3" not in text and "0 anteckningar" not in text
    asked[0].reject()
    chair.close()


def test_the_exported_box_says_where_in_words_not_as_an_outbox_path(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    """After "Ja" the box read "… och sparat i:" over "/home/…/outbox/e700518d-4346-….rbz": a folder and
    an id that say nothing to a chair. It says the laptop's outbox, in words; "Visa i mappen" shows it."""
    from app.bundles.identity import create_identity

    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=AT_150)
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.chair_actions.export_action)
    [asked] = [b for b in msgbox.open_boxes() if "signera och exportera" in b.text()]
    qtbot.mouseClick(asked.button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.windowTitle() == "Signerat och exporterat" for b in msgbox.open_boxes()))
    [done] = [b for b in msgbox.open_boxes() if b.windowTitle() == "Signerat och exporterat"]
    text = done.text()
    assert text.startswith("Signerat av Fatima Hassan (nyckel ")
    assert "sparat i utkorgen på den här datorn" in text
    assert "outbox" not in text and ".rbz" not in text and str(demo_workspace.dir) not in text
    assert {b.text() for b in done.buttons()} >= {"Spara en &kopia…", "Visa i &mappen"}
    done.close()
    chair.close()

"""At 150 % on a 1366x768 laptop the proposals board's and the council's "Visa förslag från" cut the
conference they showed to "Rundabordssamtal våren 202(": the secretary could not read which one it was."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from app import notes

from .conftest import open_in_swedish
from .test_first_look_hands import LAPTOP_AT_150, _click_tab, _new_secretariat


def _room_and_need(combo) -> tuple[int, int]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width(), combo.fontMetrics().horizontalAdvance(combo.currentText())


def _tab(window, title: str) -> int:
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    return titles.index(title)


def test_show_proposals_from_says_its_whole_conference_at_150_percent(qtbot, qapp, tmp_path):
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    for table in range(1, 13):  # the board's summary ("12 förslag · 0 röster") takes its room in the row
        notes.add_note(workspace.store, conference_id, table, 1, f"Förslag, bord {table}", kind="proposal")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=LAPTOP_AT_150)
        for title in ("Förslag", "Tillväxtrådet"):
            _click_tab(qtbot, window, _tab(window, title))
            qapp.processEvents()
            combo = window.tabs.currentWidget().findChild(type(window.proposals_view.scope_combo))
            assert combo is not None and combo.isVisible()
            assert "Rundabordssamtal våren 2026" in combo.currentText()
            room, need = _room_and_need(combo)
            assert need <= room, f"{title}: {combo.currentText()!r} needs {need} px, has {room}"
            assert combo.shown_text() == combo.currentText()
            # Narrower than its text (a longer title, a bigger font): it ends in "…" and says the rest.
            combo.setMaximumWidth(160)
            qapp.processEvents()
            assert combo.shown_text().endswith("…")
            assert combo.toolTip() == combo.accessibleDescription() == combo.currentText().strip()
            combo.grab()  # drawn with the shortened text, without complaint
        assert window.minimumSizeHint().width() <= LAPTOP_AT_150[0]
    finally:
        window.close()
        workspace.close()

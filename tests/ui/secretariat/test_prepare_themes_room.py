"""The themes of the process get room on the Prepare tab of a 1280×720 laptop once the secretariat has
its key, in Swedish: the key panel's two lines of hint under the fingerprint took it, and the themes
list showed two rows. The hint now stands beside the fingerprint, and the fingerprint and its print
button stay in view."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from app import conferences, prepare
from app.bundles.identity import create_identity
from tests.ui.secretariat.conftest import open_in_swedish


def _wholly_in(widget, area) -> bool:
    top_left = widget.mapTo(area, widget.rect().topLeft())
    bottom_right = widget.mapTo(area, widget.rect().bottomRight())
    return area.rect().contains(top_left) and area.rect().contains(bottom_right)


def _prepare_with_key(qtbot, qapp, workspace, conference_id, size):
    workspace.role = "secretariat"
    process_id = conferences.conference(workspace.store, conference_id).process_id
    prepare.add_theme(workspace.store, process_id, "Kollektivtrafik på landsbygden")  # five themes
    create_identity(workspace, "Östra Värmlands kommunalförbund, sekretariatet")
    window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=size)
    qtbot.waitExposed(window)
    view = window.prepare_view
    qtbot.waitUntil(lambda: view.key_panel.fingerprint_label.isVisible())
    return view


def test_the_themes_list_shows_three_rows_at_1280x720_with_the_key_in_view(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    view = _prepare_with_key(qtbot, qapp, demo_workspace, demo_conference_id, (1264, 680))
    themes, panel = view.themes_view, view.key_panel
    assert view.themes_model.rowCount() >= 5
    rows = themes.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: themes.viewport().height() >= 3 * rows)
    # The hint beside the fingerprint, all of it in view without scrolling, with the print button
    hint, fingerprint = panel.hint_label, panel.fingerprint_label
    assert (
        hint.mapTo(panel, hint.rect().topLeft()).x()
        > fingerprint.mapTo(panel, fingerprint.rect().topRight()).x()
    )
    page = view.findChild(QScrollArea)
    assert page.verticalScrollBar().value() == 0
    for widget in (fingerprint, hint, panel.print_button):
        assert _wholly_in(widget, page.viewport()), widget.accessibleName() or widget.text()
    assert fingerprint.text().count("\n") == 1  # still two lines of four groups, to read aloud

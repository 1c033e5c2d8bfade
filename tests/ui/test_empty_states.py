"""An empty list says what belongs there and how to get it, in Swedish too; the text goes when rows come."""

from __future__ import annotations

from app.demo import ensure_demo
from app.workspace import Workspace
from ui import i18n


def test_secretariat_views_explain_their_empty_lists_in_swedish(qtbot, qapp, tmp_path, sync_ops):
    from ui.secretariat.window import SecretariatWindow

    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "sekretariat")
    workspace.role = "secretariat"
    ensure_demo(workspace.store)
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    try:
        window.show()
        window.collect_view.scan()
        collect = window.collect_view.empty_state
        assert collect.is_shown() and collect.label.text().startswith("Inga paket än.")
        assert window.collect_view.view.accessibleDescription() == collect.label.text()
        assert window.merge_view.empty_state.label.text().startswith(
            "Inget har slagits samman sedan fönstret öppnades."
        )
        review = window.review_view
        assert review.empty_state.label.text().startswith("Inga anteckningar än.")
        review.search_edit.setText("mentorsbank")
        review.apply_filter()
        assert review.empty_state.label.text() == "Ingen anteckning matchar sökningen och filtren."
        panel = review.conflicts_panel
        if panel is not None:
            assert panel.empty_state.label.text().startswith("Inga öppna konflikter")
    finally:
        window.close()
        workspace.close()


def test_the_chair_sees_what_to_do_on_an_empty_list(qtbot, qapp, tmp_path, sync_ops):
    from ui.chair.window import ChairWindow

    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "laptop")
    try:
        window = ChairWindow(workspace)
        window.sync_status.automatic = False
        qtbot.addWidget(window)
        window.show()
        picker = window.picker.conference_empty
        assert picker.is_shown() and "Öppna fil" in picker.label.text()  # a fresh laptop: no conference yet

        conference_id = ensure_demo(workspace.store)
        window.picker.reload(conference_id)
        assert not picker.is_shown()
        window.picker.select_table(3)
        window.picker.buttons.button(window.picker.buttons.StandardButton.Open).click()
        empty = window.capture.notes_empty
        assert empty.is_shown() and empty.label.text().startswith("Inga anteckningar till frågan än.")
        assert window.add_note("Fler mötesplatser för unga") is not None
        assert not empty.is_shown()
        window.capture.filter_edit.setText("finns inte")
        qtbot.waitUntil(lambda: window.notes_model.rowCount() == 0)
        assert empty.is_shown() and empty.label.text() == "Ingen anteckning matchar filtret."
        window.close()
    finally:
        workspace.close()


def test_a_first_start_without_a_conference_says_where_to_begin(qtbot, qapp, tmp_path, sync_ops):
    from PySide6.QtCore import Qt

    from ui.secretariat.window import SecretariatWindow

    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "kansli", role="secretariat")
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    try:
        window.resize(1280, 720)
        window.show()
        tab_bar = window.tabs.tabBar()
        reported = window.tabs.indexOf(window.overview_view)
        qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(reported).center())
        assert window.tabs.currentWidget() is window.overview_view
        assert window.overview_view.summary.text() == (
            "Ingen konferens ännu: skapa en under Förbered, eller läs in en TOML-beskrivning."
        )
        merge = window.tabs.indexOf(window.merge_view)
        qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(merge).center())
        assert not window.merge_view.progress.isTextVisible()  # idle: no "0 av 100"
    finally:
        window.close()
        workspace.close()

"""A secretary's first look at a new workspace, in Swedish on a 1366x768 laptop: every tab she clicks says
what belongs there before the tables' bundles have come."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app import conferences, notes
from app.workspace import Workspace

from .conftest import open_in_swedish

TOML = Path(__file__).resolve().parents[3] / "resources" / "demo" / "konferens.toml"


def _new_secretariat(folder: Path) -> tuple[Workspace, str]:
    workspace = Workspace.create(folder)
    workspace.role = "secretariat"
    conference_id = conferences.create_conference(workspace.store, conferences.read_conference_file(TOML))
    return workspace, conference_id


def _click_tab(qtbot, window, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def _board_index(window) -> int:
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    return titles.index("Förslag")


def test_an_empty_proposals_board_says_where_proposals_come_from(qtbot, qapp, tmp_path):
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id)
        _click_tab(qtbot, window, _board_index(window))
        board = window.proposals_view
        first = board.columns["new"]
        empty = first.empty_state
        qtbot.waitUntil(empty.is_shown)
        said = empty.label.text()
        assert said.startswith("Inga förslag än."), said
        assert first.view.accessibleDescription() == said
        label = empty.label
        assert label.isVisible()
        assert label.heightForWidth(label.width()) <= label.height(), "the explanation is cut off"
        assert label.geometry().right() <= first.view.viewport().width()
        for status, column in board.columns.items():  # one explanation, not six
            if status != "new":
                assert not column.empty_state.is_shown()

        notes.add_note(workspace.store, conference_id, 4, 1, "Läxhjälp på biblioteket", kind="proposal")
        board.reload()
        assert first.view.model().rowCount() == 1
        assert not empty.is_shown()
        # Every column empty but a theme filter on: the board says it is the filter, not missing data.
        board.theme_combo.setCurrentIndex(board.theme_combo.findText("Jämställdhet"))
        assert first.view.model().rowCount() == 0
        assert empty.is_shown()
        assert empty.label.text() == "Inget förslag har det här temat. Välj Tema: Alla teman för att se alla."
    finally:
        window.close()
        workspace.close()


LAPTOP_AT_150 = (895, 472)  # what a 1366x768 screen at 150 % leaves a maximised window, in logical pixels


def _shows_whole_text(label) -> bool:
    room = label.contentsRect().width()
    if label.wordWrap():
        return label.heightForWidth(room) <= label.contentsRect().height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= room


def test_the_board_names_every_column_whole_at_150_percent(qtbot, qapp, tmp_path):
    """ "Valt av tillväxtrådet (0)" was cut to "Valt av tillväxtrådet (": the count was lost."""
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=LAPTOP_AT_150)
        _click_tab(qtbot, window, _board_index(window))
        board = window.proposals_view
        qapp.processEvents()
        headers = {status: column.header for status, column in board.columns.items()}
        assert headers["selected"].text() == "Valt av tillväxtrådet (0)"
        cut = [label.text() for label in headers.values() if not _shows_whole_text(label)]
        assert not cut, f"column names cut off: {cut}"
        tops = {
            column.view.mapTo(board, column.view.rect().topLeft()).y() for column in board.columns.values()
        }
        assert len(tops) == 1, "the columns' lists start at one height"
    finally:
        window.close()
        workspace.close()


def test_a_new_question_has_room_to_be_typed_at_150_percent(qtbot, qapp, tmp_path):
    """The new-question field was squeezed to "Ny fr…" beside four buttons; she types a long question in
    it and adds it with the mouse."""
    from tests.ui.chair.conftest import type_text

    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=LAPTOP_AT_150)
        _click_tab(qtbot, window, 0)
        prepare = window.prepare_view
        qapp.processEvents()
        field = prepare.new_question_edit
        metrics = field.fontMetrics()
        assert field.width() >= metrics.horizontalAdvance("Hur når vi unga på landsbygden?"), field.width()
        for button in (prepare.add_question_button, prepare.delete_question_button):
            assert button.width() >= button.sizeHint().width()
        question = "Hur når vi unga på landsbygden som inte går på föreningsmöten?"
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        type_text(qtbot, field, question)
        qtbot.mouseClick(prepare.add_question_button, Qt.MouseButton.LeftButton)
        assert [q.text for q in conferences.questions(workspace.store, conference_id)][-1] == question
    finally:
        window.close()
        workspace.close()


def test_settling_the_last_conflict_leaves_no_names_behind(qtbot, qapp, afternoon, secretariat, boxes):
    """Table 7's two laptops wrote one note differently. She keeps the second laptop's version by mouse:
    the list then says there are no open conflicts, yet the greyed buttons below still read "Behåll
    versionen från Karin Sjöström" and "… (dator 2)" as if a conflict were still shown."""
    from app.bundles import import_files

    stick = afternoon.stick
    receipts = import_files(secretariat, [stick / "bord-7.rbz", afternoon.laptop_b])
    assert [r.status for r in receipts] == ["imported", "imported"]
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    try:
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        assert len(panel.conflicts()) == 1
        assert "Karin Sjöström" in panel.keep_theirs_button.text()
        qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
        boxes.question.call_args.kwargs["on_answer"](True)
        assert panel.conflicts() == []
        assert panel.empty_state.is_shown()
        # settled, not "never collided": the empty list says where the settled one is
        assert panel.empty_state.label.text() == (
            "Inga öppna konflikter: alla konflikter hittills är avgjorda (”Avgjorda…” visar dem)."
        )
        shown = [panel.keep_ours_button.text(), panel.keep_theirs_button.text(), panel.where_label.text()]
        assert not any("Karin" in text for text in shown), shown
        assert panel.keep_ours_button.text().replace("&", "") == "Behåll vänster"
        assert not panel.keep_ours_button.isEnabled() and not panel.keep_theirs_button.isEnabled()
        for edit in (panel.ours_edit, panel.theirs_edit):
            assert "Karin" not in edit.accessibleName()
    finally:
        window.close()


def test_a_bundle_arriving_in_a_watched_folder_does_not_take_her_keyboard(
    qtbot, qapp, afternoon, secretariat, tmp_path, monkeypatch
):
    """She searches in Review while a chair's bundle is copied into the folder Collect watches. The
    rescan put a "Kontrollerar paketen" progress window over Review, and it took the keyboard: her next
    keys went to its Cancel button. Collect now checks quietly while it is not the tab she looks at."""
    import shutil

    from ui import operations

    made: list[str] = []
    real_make = operations.Operation._make_dialog

    def recording(self):
        made.append(self.title)
        return real_make(self)

    monkeypatch.setattr(operations.Operation, "_make_dialog", recording)
    watched = tmp_path / "usb"
    watched.mkdir()
    shutil.copy2(afternoon.stick / "bord-1.rbz", watched / "bord-1.rbz")
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    try:
        collect = window.collect_view
        _click_tab(qtbot, window, window.tabs.indexOf(collect))
        collect.add_paths([str(watched)])  # what dropping the USB stick's folder on Collect does
        qtbot.waitUntil(lambda: len(collect.inbox.entries) == 1 and not collect.scanning)
        # A slow first scan on Collect shows its progress window, and offscreen Qt (no window manager)
        # gives the keyboard back to no window when it closes: the window is hers again, as on a desktop.
        with qtbot.waitActive(window):
            window.activateWindow()
        made.clear()
        _click_tab(qtbot, window, window.tabs.indexOf(window.review_view))
        search = window.review_view.search_edit
        qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
        from tests.ui.chair.conftest import type_text

        type_text(qtbot, search, "mötes")
        shutil.copy2(afternoon.stick / "bord-2.rbz", watched / "bord-2.rbz")
        qtbot.waitUntil(lambda: len(collect.inbox.entries) == 2 and not collect.scanning, timeout=20_000)
        assert made == [], f"a progress window opened over Review: {made}"
        assert qapp.focusWidget() is search
        type_text(qtbot, search, "platser")
        assert search.text() == "mötesplatser"
        # On Collect itself, her own "Leta efter paket" still shows its progress.
        _click_tab(qtbot, window, window.tabs.indexOf(collect))
        qtbot.mouseClick(collect.scan_button, Qt.MouseButton.LeftButton)
        assert made == ["Kontrollerar paketen"]
        qtbot.waitUntil(lambda: not collect.scanning)
    finally:
        window.close()


def test_reviews_search_field_says_its_whole_hint_at_150_percent(qtbot, qapp, tmp_path):
    """Beside the four filters the search field read "Sök i anteckningarna (…": the Ctrl+F it teaches
    was cut off."""
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id, size=LAPTOP_AT_150)
        _click_tab(qtbot, window, window.tabs.indexOf(window.review_view))
        qapp.processEvents()
        search = window.review_view.search_edit
        assert search.placeholderText() == "Sök i anteckningarna (Ctrl+F)"
        assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText()) + 16
        assert window.width() <= LAPTOP_AT_150[0]  # room made inside the window, not by widening it
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert qapp.focusWidget() is search
    finally:
        window.close()
        workspace.close()


def test_review_names_a_to_do_note_as_the_chair_does(qtbot, qapp, tmp_path):
    """The chair tags a note "Att göra" (its button, its minutes); Review's Typ column and filter called
    the same kind "Vad behöver göras", so the secretary looking for the chairs' "att göra" found no
    such word."""
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    notes.add_note(workspace.store, conference_id, 5, 2, "Kartlägg lediga lokaler i Åsele", kind="action")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id)
        review = window.review_view
        _click_tab(qtbot, window, window.tabs.indexOf(review))
        model = review.view.model()
        qtbot.waitUntil(lambda: not review.model.loading and model.rowCount() == 1)  # read off the UI thread
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        [row] = range(model.rowCount())
        assert model.index(row, headers.index("Typ")).data() == "Att göra"
        kinds = [review.kind_combo.itemText(i) for i in range(review.kind_combo.count())]
        assert "Att göra" in kinds and "Vad behöver göras" not in kinds
    finally:
        window.close()
        workspace.close()


def _tab_index(window, title: str) -> int:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())].index(title)


def test_a_new_workspace_shows_no_made_up_values_and_says_to_make_a_conference(qtbot, qapp, tmp_path):
    """With no conference yet, Prepare's greyed round length read "1 min", a length nobody chose, and the
    council's "Visa förslag från" was an empty box, as if its list had failed to load. Once a conference
    is made, both show it."""
    workspace = Workspace.create(tmp_path / "kansli")
    workspace.role = "secretariat"
    try:
        window = open_in_swedish(qtbot, qapp, workspace)
        _click_tab(qtbot, window, _tab_index(window, "Förbered"))
        prepare = window.prepare_view
        assert prepare.empty_label.isVisible()
        assert not prepare.minutes_spin.isEnabled()
        assert prepare.minutes_spin.text() == "inte bestämt"

        _click_tab(qtbot, window, _tab_index(window, "Tillväxtrådet"))
        council = window.council_view
        combo = council.scope_combo
        qtbot.waitUntil(council.empty_state.is_shown)
        assert not combo.isEnabled() and combo.scope() is None
        qtbot.waitUntil(lambda: council.width() > 1000)  # laid out in the window
        assert combo.shown_text() == "Ingen konferens ännu: skapa en på fliken Förbered"
        assert combo.toolTip() == combo.shown_text()
        said = council.empty_state.label.text()
        assert said.startswith("Ingen konferens ännu. Skapa en på fliken Förbered, med ”Ny konferens…”"), said

        conference_id = conferences.create_conference(workspace.store, conferences.read_conference_file(TOML))
        window.choose_conference(conference_id)
        _click_tab(qtbot, window, _tab_index(window, "Förbered"))
        length = conferences.conference(workspace.store, conference_id).round_minutes
        assert prepare.minutes_spin.isEnabled() and prepare.minutes_spin.text() == f"{length} min"
        _click_tab(qtbot, window, _tab_index(window, "Tillväxtrådet"))
        assert combo.isEnabled() and combo.scope() is not None
        assert combo.currentText().strip() and combo.shown_text() != combo.placeholderText()
        assert not council.empty_state.label.text().startswith("Ingen konferens")
    finally:
        window.close()
        workspace.close()

"""Review: filters, full-text search, lazy loading, typo and theme edits with undo, merging proposals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import conferences, notes
from ui.secretariat import notes_model
from ui.secretariat.notes_model import COL_MERGED, COL_TEXT, COL_THEMES
from ui.secretariat.window import SecretariatWindow


@pytest.fixture
def filled(demo_workspace, demo_conference_id):
    """Notes at tables 1-3: two per question, one proposal per table, the themes spread."""
    store = demo_workspace.store
    themes = ["Unga", "Jämställdhet"]
    for table in (1, 2, 3):
        for question in (1, 2, 3):
            notes.add_note(
                store, demo_conference_id, table, question, f"Bord {table} fråga {question}: mötesplatser"
            )
            notes.add_note(
                store,
                demo_conference_id,
                table,
                question,
                f"Bord {table}: läxhjälp <&> språkcafé",
                themes=[themes[table % 2]],
            )
        notes.add_note(
            store,
            demo_conference_id,
            table,
            3,
            f"Starta en mentorsbank (bord {table})",
            kind="proposal",
            votes=table,
        )
    return demo_workspace, demo_conference_id


@pytest.fixture
def review(qtbot, filled, sync_ops):
    workspace, conference_id = filled
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.choose_conference(conference_id)
    window.tabs.setCurrentWidget(window.review_view)
    return window.review_view


def _texts(view) -> list[str]:
    return [view.model.note_at(r).text for r in range(view.model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, review):
    qtmodeltester.check(review.model)
    review.search_edit.setText("mentorsbank")
    review.apply_filter()
    qtmodeltester.check(review.model)


def test_filters_and_search(review, filled):
    store = filled[0].store
    assert review.model.total() == 21
    review.table_combo.setCurrentIndex(review.table_combo.findData(2))
    assert review.model.total() == 7
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    assert _texts(review) == ["Starta en mentorsbank (bord 2)"]
    review.kind_combo.setCurrentIndex(0)
    review.table_combo.setCurrentIndex(0)
    question = conferences.questions(store, filled[1])[1]
    review.question_combo.setCurrentIndex(review.question_combo.findData(question.id))
    assert review.model.total() == 6
    review.question_combo.setCurrentIndex(0)
    unga = next(
        t
        for t in conferences.themes(store, conferences.conference(store, filled[1]).process_id)
        if t.name == "Unga"
    )
    review.theme_combo.setCurrentIndex(review.theme_combo.findData(unga.id))
    assert review.model.total() == 3 and all("språkcafé" in t for t in _texts(review))
    review.theme_combo.setCurrentIndex(0)
    review.search_edit.setText("språkcaf")  # a prefix, with å
    review.apply_filter()
    assert review.model.total() == 9
    review.search_edit.setText('"AND NEAR(')  # FTS syntax typed by a person is just words
    review.apply_filter()
    assert review.model.total() == 0
    assert review.count_label.text() == "0 notes"


def test_lazy_loading_fetches_a_page_at_a_time(review, filled, monkeypatch):
    monkeypatch.setattr(notes_model, "PAGE", 5)
    review.apply_filter()
    assert review.model.rowCount() == 5 and review.model.canFetchMore()
    review.model.fetchMore()
    assert review.model.rowCount() == 10
    note_id = notes.list_notes(filled[0].store, filled[1], table_number=3)[-1].id
    assert review.select_note(note_id)
    assert review.model.rowCount() == 21 and not review.model.canFetchMore()


def test_edit_a_typo_in_place_with_undo(qtbot, review, filled):
    store = filled[0].store
    review.view.setFocus()
    review.view.setCurrentIndex(review.model.index(0, 0))  # the table number's cell: F2 still edits the text
    qtbot.keyClick(review.view, Qt.Key.Key_F2)
    editor = review.view.focusWidget()
    editor.setPlainText("Bord 1 fråga 1: fler mötesplatser\nför unga")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note_id = review.model.note_at(0).id
    qtbot.waitUntil(lambda: notes.note(store, note_id).text.endswith("för unga"))
    assert review.model.index(0, COL_TEXT).data() == "Bord 1 fråga 1: fler mötesplatser ⏎ för unga"
    window = review.window()
    window.undo_action.trigger()
    assert notes.note(store, note_id).text == "Bord 1 fråga 1: mötesplatser"
    window.redo_action.trigger()
    assert notes.note(store, note_id).text.endswith("för unga")


def test_theme_tags_on_several_notes_are_one_undo_step(review, filled):
    store = filled[0].store
    process_id = conferences.conference(store, filled[1]).process_id
    stolthet = next(t for t in conferences.themes(store, process_id) if t.name.startswith("Självbild"))
    review.view.selectRow(0)
    review.view.selectionModel().select(
        review.model.index(1, 0),
        review.view.selectionModel().SelectionFlag.Select | review.view.selectionModel().SelectionFlag.Rows,
    )
    chosen = review.selected_notes()
    assert len(chosen) == 2
    menu = review.theme_menu()
    action = next(a for a in menu.actions() if stolthet.name in a.text())
    assert not action.isChecked()
    action.trigger()
    assert all(stolthet.id in notes.note(store, n.id).themes for n in chosen)
    assert "Självbild" in review.model.index(0, COL_THEMES).data()
    assert len(review.selected_notes()) == 2  # the selection survives the reload
    review.window().undo_action.trigger()
    assert all(stolthet.id not in notes.note(store, n.id).themes for n in chosen)
    review.set_theme(stolthet.id, True, chosen)
    review.set_theme(stolthet.id, False, chosen)
    assert all(stolthet.id not in notes.note(store, n.id).themes for n in chosen)


def test_merge_duplicate_proposals_keeps_the_originals(review, filled):
    store = filled[0].store
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    assert review.model.rowCount() == 3
    review.view.selectAll()
    assert review.merge_button.isEnabled()
    ids = [n.id for n in review.selected_notes()]
    group = review.merge_proposals(ids, "Starta en mentorsbank för unga")
    assert group is not None

    def links(group_id: str) -> list[dict]:
        return store.select("proposal_link", "group_id = ?", (group_id,))

    links_now = links(group)
    assert sorted(link["table_number"] for link in links_now) == [1, 2, 3]
    assert sum(link["votes"] for link in links_now) == 6
    assert review.model.rowCount() == 3  # every original is still there
    assert {review.model.index(r, COL_MERGED).data() for r in range(3)} == {"Starta en mentorsbank för unga"}
    review.window().undo_action.trigger()
    assert links(group) == []
    assert {review.model.index(r, COL_MERGED).data() for r in range(3)} == {""}
    review.window().redo_action.trigger()
    assert len(links(group)) == 3


def test_merging_one_proposal_is_refused(review, boxes):
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    review.view.selectRow(0)
    assert not review.merge_button.isEnabled()
    assert review.merge_proposals([review.model.note_at(0).id], "x") is None
    assert "at least two" in boxes.error.call_args.args[2]


def test_a_table_in_the_overview_opens_its_notes(qtbot, review):
    window = review.window()
    overview = window.overview_view
    window.tabs.setCurrentWidget(overview)
    review.search_edit.setText("mentorsbank")
    review.apply_filter()
    row = next(r for r in range(overview.proxy.rowCount()) if overview.proxy.index(r, 0).data() == 2)
    overview.view.activated.emit(overview.proxy.index(row, 1))
    assert window.tabs.currentWidget() is review
    assert review.table_combo.currentData() == 2 and review.search_edit.text() == ""
    assert review.model.total() == 7

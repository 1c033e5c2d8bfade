"""The secretary's afternoon, played through the real window on real bundle files (see conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import conferences, notes
from app.bundles import import_files
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.trust_dialog import TrustKeyDialog
from ui.secretariat.window import SecretariatWindow

from .conftest import (
    CONFLICT_NOTE,
    EDIT_A,
    EDIT_B,
    TABLES,
    TAMPERED_TABLE,
    TWICE_TABLE,
    TWO_LAPTOPS_TABLE,
    UNKNOWN_TABLE,
)


@pytest.fixture
def window(qtbot, secretariat, afternoon, sync_ops):
    w = SecretariatWindow(secretariat)
    qtbot.addWidget(w)
    w.show()
    w.choose_conference(afternoon.conference_id)
    return w


def _entries(window) -> dict[str, inbox_mod.InboxEntry]:
    return {Path(e.path).parent.name + "/" + e.name: e for e in window.collect_view.inbox.entries}


@pytest.mark.slow  # among the four slowest of the suite; still runs in make test
def test_the_afternoon(qtbot, qtmodeltester, window, afternoon, secretariat, tmp_path, boxes):
    collect, merge, overview = window.collect_view, window.merge_view, window.overview_view
    assert overview.reported_count() == (0, TABLES)

    # The stick and the e-mail folder are dropped on the window: every bundle is verified.
    collect.add_paths([str(afternoon.stick), str(afternoon.second_folder)])
    entries = _entries(window)
    assert len(entries) == TABLES + 2  # a damaged copy, a second laptop; table 12's second copy is the same
    tampered = entries[f"stick/bord-{TAMPERED_TABLE}-kopia.rbz"]
    assert tampered.state == inbox_mod.INVALID and "damaged" in tampered.reason
    assert entries[f"stick/bord-{UNKNOWN_TABLE}.rbz"].state == inbox_mod.UNKNOWN_KEY
    assert f"e-post/bord-{TWICE_TABLE}.rbz" not in entries  # one bundle, listed once, its copy noted
    twice = entries[f"stick/bord-{TWICE_TABLE}.rbz"]
    assert twice.state == inbox_mod.READY
    assert [Path(c).parent.name for c in twice.copies] == ["e-post"]
    assert entries[f"stick/bord-{TWO_LAPTOPS_TABLE}-laptop-2.rbz"].state == inbox_mod.READY
    ready = collect.inbox.ready()
    assert len(ready) == TABLES  # tables 1-39, table 7 twice
    first = next(e for e in ready if e.tables == (1,))
    assert first.signer_name == "Anna Lindqvist" and first.count("note") == 3
    # The verdicts as the secretary reads them in the table.
    headers = [
        collect.model.headerData(c, Qt.Orientation.Horizontal) for c in range(collect.model.columnCount())
    ]
    assert headers == ["Table", "Chair", "Conference", "Signed at", "Notes", "Verdict", "What to do"]
    verdicts = {
        collect.model.row_at(r).name: collect.model.index(r, 5).data()
        for r in range(collect.model.rowCount())
    }
    assert verdicts[f"bord-{TAMPERED_TABLE}-kopia.rbz"] == "Invalid"
    assert verdicts[f"bord-{UNKNOWN_TABLE}.rbz"] == "Valid, unknown key"
    row = next(r for r in range(collect.model.rowCount()) if collect.model.row_at(r).tables == (1,))
    assert [collect.model.index(row, c).data() for c in (0, 1, 2, 4)] == [
        "1", "Anna Lindqvist", "Rundabordssamtal våren 2026 (2026-03-12)", 3
    ]  # fmt: skip
    assert collect.merge_button.isEnabled()

    # Merge, with its progress bar.
    collect.merge_button.click()
    assert window.tabs.currentWidget() is merge
    seen: list[tuple[int, int]] = []
    merge.progress.valueChanged.connect(lambda v: seen.append((v, merge.progress.maximum())))
    operation = merge.merge()
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.is_running)
    assert seen[-1] == (TABLES, TABLES) and len(seen) >= TABLES
    assert len(merge.receipts) == TABLES
    assert all(r.status == "imported" for r in merge.receipts)
    assert sum(r.counts["conflicts"] for r in merge.receipts) >= 1
    assert merge.model.rowCount() == TABLES
    for model in (
        collect.model,
        collect.proxy,
        merge.model,
        merge.proxy,
        window.review_view.conflicts_panel.model,
    ):
        qtmodeltester.check(model)
    assert "conflict" in merge.result_label.text()
    assert merge.conflicts_button.isVisibleTo(merge)
    assert overview.reported_count() == (TABLES - 1, TABLES)
    assert "39 of 40" in overview.summary.text()
    seven = next(r for r in overview.model.rows() if r.number == TWO_LAPTOPS_TABLE)
    assert set(seven.signers) == {"Karin Sjöström", "Karin Sjöström (laptop 2)"}
    assert (seven.notes, seven.proposals) == (3, 1)  # notes apart from proposals

    # After the merge the inbox says what happened to each file; nothing ready is left.
    entries = _entries(window)
    assert entries[f"stick/bord-{TWICE_TABLE}.rbz"].state == inbox_mod.IMPORTED
    assert not collect.inbox.ready()

    # The unknown key: compare its fingerprint in the dialog, then trust it as table 40's chair.
    window.tabs.setCurrentWidget(collect)
    assert collect.select_entry(lambda e: e.tables == (UNKNOWN_TABLE,) and e.state == inbox_mod.UNKNOWN_KEY)
    assert collect.trust_button.isEnabled()
    collect.trust_button.click()
    dialog = collect.findChild(TrustKeyDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # not before the fingerprint was compared
    assert f"chair of table {UNKNOWN_TABLE} of Rundabordssamtal våren 2026 (2026-03-12)" in dialog.what.text()
    dialog.compared.setChecked(True)
    ok.click()
    assert _entries(window)[f"stick/bord-{UNKNOWN_TABLE}.rbz"].state == inbox_mod.READY
    operation = merge.merge()
    qtbot.waitUntil(lambda: not operation.is_running)
    assert [r.status for r in merge.receipts] == ["imported"]
    assert overview.reported_count() == (TABLES, TABLES)
    assert overview.summary.text().startswith("40 of 40")

    # A conflict: table 7's two laptops edited the same note. Settle it with an edited union.
    review = window.review_view
    panel = review.conflicts_panel
    window.show_conflicts()
    assert window.tabs.currentWidget() is review and review.inner_tabs.currentWidget() is panel
    assert panel.model.rowCount() >= 1
    conflict = next(c for c in panel.conflicts() if c.field == "text")
    assert {conflict.ours, conflict.theirs} == {EDIT_A, EDIT_B}
    panel.select_conflict(conflict)
    assert {panel.ours_edit.toPlainText(), panel.theirs_edit.toPlainText()} == {EDIT_A, EDIT_B}
    assert EDIT_A in panel.union_edit.toPlainText() and EDIT_B in panel.union_edit.toPlainText()
    union = "Fler mötesplatser för unga, i centrum och på landsbygden"
    # Each side is named by who wrote it (the names the keys were trusted by), not "the other version".
    sides = {panel.ours_label.text().split(",")[0], panel.theirs_label.text().split(",")[0]}
    assert sides == {"Karin Sjöström", "Karin Sjöström (laptop 2)"}
    assert panel.keep_ours_button.text().startswith("Keep the version of Karin Sjöström")
    # Choosing asks first; saying no changes nothing.
    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert boxes.question.call_args.args[1].startswith("Keep the version of Karin Sjöström")
    boxes.question.call_args.kwargs["on_answer"](False)
    assert any(c.id == conflict.id for c in panel.conflicts())
    assert not panel.reopen_button.isEnabled()
    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    boxes.question.call_args.kwargs["on_answer"](True)
    assert not any(c.record_id == conflict.record_id and c.field == "text" for c in panel.conflicts())
    # ...and the choice can be undone: the same two versions are open again.
    assert panel.reopen_button.isEnabled()
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    reopened = next(c for c in panel.conflicts() if c.record_id == conflict.record_id and c.field == "text")
    assert {reopened.ours, reopened.theirs} == {EDIT_A, EDIT_B}
    panel.select_conflict(reopened)
    panel.union_edit.setPlainText(union)
    qtbot.mouseClick(panel.keep_union_button, Qt.MouseButton.LeftButton)
    boxes.question.call_args.kwargs["on_answer"](True)
    assert all(c.record_id != conflict.record_id or c.field != "text" for c in panel.conflicts())
    assert notes.note(secretariat.store, conflict.record_id).text == union
    assert CONFLICT_NOTE not in {n.text for n in notes.list_notes(secretariat.store, afternoon.conference_id)}

    # Review sees every table's notes; the conference minutes come out of the Print menu.
    review.apply_filter()
    assert review.model.total() == TABLES * 3 + 1
    minutes = window.minutes_actions
    assert minutes.conference_minutes_action in window.print_menu.actions()
    pdf = tmp_path / "protokoll.pdf"
    minutes.open_in_viewer = False
    minutes.ask_save_path = lambda title, default, filters: pdf
    written: list[str] = []
    minutes.document_written.connect(written.append)
    minutes.conference_minutes_action.trigger()
    qtbot.waitUntil(lambda: bool(written))
    assert written == [str(pdf)]
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert union in text
    assert f"Bord {UNKNOWN_TABLE}: starta en mentorsbank" in text
    assert EDIT_A not in text and EDIT_B not in text
    assert not boxes.error.called and not boxes.warning.called


def test_quarantine_then_trust_imports_the_held_bundle(qtbot, window, afternoon, secretariat):
    """A sync or CLI import put the unknown key's bundle in quarantine: Collect lists it and imports it
    once the key is trusted."""
    receipt = import_files(secretariat, [afternoon.unknown])[0]
    assert receipt.status == "quarantined"
    collect = window.collect_view
    collect.scan()
    held = [e for e in collect.inbox.entries if e.state == inbox_mod.HELD]
    assert len(held) == 1 and held[0].tables == (UNKNOWN_TABLE,)
    assert collect.select_entry(lambda e: e.state == inbox_mod.HELD)
    assert collect.trust_button.isEnabled()
    collect.trust_button.click()
    dialog = collect.findChild(TrustKeyDialog)
    dialog.compared.setChecked(True)
    dialog.ok_button.click()
    assert not [e for e in collect.inbox.entries if e.state == inbox_mod.HELD]
    counts = notes.count_by_question(secretariat.store, afternoon.conference_id, UNKNOWN_TABLE)
    assert sum(counts.values()) == 3
    assert window.overview_view.reported_count() == (1, TABLES)


def test_reject_key_refuses_its_bundles(qtbot, window, afternoon, secretariat, monkeypatch):
    collect = window.collect_view
    collect.add_paths([str(afternoon.unknown)])
    assert collect.select_entry(lambda e: e.state == inbox_mod.UNKNOWN_KEY)
    answers = []
    monkeypatch.setattr(
        "ui.msgbox.question",
        lambda parent, title, text, on_answer, **kw: answers.append(text) or on_answer(True),
    )
    collect.reject_button.click()
    assert answers and "refused from now on" in answers[0]
    (entry,) = collect.inbox.entries
    assert entry.state == inbox_mod.WILL_REFUSE and "revoked or rejected" in entry.reason
    assert not collect.inbox.ready()


def test_cancel_stops_between_bundles(qtbot, window, afternoon, secretariat):
    """Cancelling during the merge stops before the next bundle; what was merged stays, whole."""
    merge, collect = window.merge_view, window.collect_view
    collect.add_paths([str(afternoon.stick)])
    merge.progress.valueChanged.connect(lambda v: v == 5 and merge.cancel())
    operation = merge.merge()
    qtbot.waitUntil(lambda: not operation.is_running)
    assert len(merge.receipts) == 5
    assert "stopped before the last" in merge.result_label.text()
    assert window.overview_view.reported_count()[0] == 5
    assert len(conferences.tables(secretariat.store, afternoon.conference_id)) == TABLES


def test_real_threads_and_closing_during_a_merge(qtbot, secretariat, afternoon):
    """Without synchronous operations: verifying and merging run in worker threads while the window
    stays responsive; closing the window mid-merge stops after the current bundle, and nothing breaks."""
    window = SecretariatWindow(secretariat)
    qtbot.addWidget(window)
    window.show()
    window.choose_conference(afternoon.conference_id)
    collect, merge = window.collect_view, window.merge_view
    collect.add_paths([str(afternoon.stick)])
    qtbot.waitUntil(lambda: len(collect.inbox.entries) == TABLES + 2, timeout=20_000)
    operation = merge.merge()
    assert operation is not None and operation.is_running
    assert merge.cancel_button.isEnabled() and not merge.merge_button.isEnabled()
    window.close()
    assert not operation.is_running
    imported = secretariat.store.conn.execute("SELECT COUNT(*) FROM bundle_imports").fetchone()[0]
    assert 0 <= imported <= TABLES
    assert imported == len(merge.receipts)  # each bundle whole or not at all


def test_a_bundle_copied_into_a_watched_folder_shows_up(qtbot, window, afternoon, tmp_path):
    import shutil

    collect = window.collect_view
    stick = tmp_path / "usb"
    stick.mkdir()
    collect.add_paths([str(stick)])
    assert collect.inbox.entries == []
    assert str(stick) in collect.inbox.watched_folders()
    shutil.copy2(afternoon.stick / "bord-5.rbz", stick / "bord-5.rbz")
    qtbot.waitUntil(lambda: len(collect.inbox.entries) == 1, timeout=10_000)
    assert collect.inbox.entries[0].state == inbox_mod.READY
    window.tabs.setCurrentWidget(collect)
    # As she does: open the folded folders box, click the folder, then "Stop watching"
    qtbot.mouseClick(collect.folders.toggle, Qt.MouseButton.LeftButton)
    view = collect.folders_view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center()
    )
    assert collect.remove_folder_button.isVisible()
    qtbot.mouseClick(collect.remove_folder_button, Qt.MouseButton.LeftButton)
    assert collect.inbox.watched_folders() == [] and collect.inbox.entries == []

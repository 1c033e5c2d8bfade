"""Collect in real hands: several chairs trusted at once (each fingerprint ticked), the secretariat's own
pack never "ready to merge", and the Merge tab silent while idle. In Swedish, by mouse."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from app.workspace import DB_NAME
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.trust_dialog import BulkTrustDialog

from .conftest import UNKNOWN_TABLE, open_in_swedish


@pytest.fixture
def window(qtbot, qapp, secretariat_dir, afternoon, sync_ops):
    from app.workspace import Workspace

    with sqlite3.connect(secretariat_dir / DB_NAME) as conn:  # tables 1 and 2 sent no key card ahead
        conn.execute("DELETE FROM bundle_trust WHERE role = 'chair' AND table_number IN (1, 2)")
    conn.close()
    workspace = Workspace(secretariat_dir)
    w = open_in_swedish(qtbot, qapp, workspace, afternoon.conference_id)
    yield w
    workspace.close()


def _click_row(qtbot, view, proxy, model, predicate, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = next(r for r in range(model.rowCount()) if predicate(model.row_at(r)))
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def collect_the_stick(qtbot, window, afternoon, more_than: int):
    """Collect at 1366x768 with the afternoon's stick of bundles added and verified."""
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    window.resize(1366, 768)
    collect.add_paths([str(afternoon.stick)])
    qtbot.waitUntil(lambda: not collect.scanning and collect.model.rowCount() > more_than)
    return collect


def test_several_chairs_are_trusted_at_once_after_each_fingerprint(qtbot, window, afternoon, tmp_path):
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths([str(afternoon.stick)])
    waiting = [e for e in collect.inbox.entries if e.state == inbox_mod.UNKNOWN_KEY]
    assert sorted(e.tables for e in waiting) == [(1,), (2,), (UNKNOWN_TABLE,)]
    view, proxy, model = collect.view, collect.proxy, collect.model
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (1,) and e.state == inbox_mod.UNKNOWN_KEY)
    ctrl = Qt.KeyboardModifier.ControlModifier
    _click_row(
        qtbot, view, proxy, model, lambda e: e.tables == (2,) and e.state == inbox_mod.UNKNOWN_KEY, ctrl
    )
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (UNKNOWN_TABLE,), ctrl)
    assert collect.bulk_button.isEnabled() and collect.bulk_button.text() == "Lita på &flera ordförande…"
    qtbot.mouseClick(collect.bulk_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(BulkTrustDialog)
    assert dialog is not None and len(dialog.boxes) == 3
    assert dialog.ok_button.text() == "&Lita på 3 nycklar"
    for box in dialog.boxes[:2]:
        dialog.scroll.ensureWidgetVisible(box)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()  # not before every fingerprint was compared
    dialog.scroll.ensureWidgetVisible(dialog.boxes[2])
    qtbot.mouseClick(dialog.boxes[2], Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    states = {e.tables: e.state for e in collect.inbox.entries if e.tables in {(1,), (2,), (UNKNOWN_TABLE,)}}
    assert states == {(1,): inbox_mod.READY, (2,): inbox_mod.READY, (UNKNOWN_TABLE,): inbox_mod.READY}


def test_the_own_pack_is_not_ready_and_merge_is_silent_when_idle(qtbot, window, afternoon):
    collect, merge = window.collect_view, window.merge_view
    pack = afternoon.secretariat_template.parent / "pack.rbz"
    collect.add_paths([str(pack)])
    [own] = collect.inbox.entries
    assert own.state == inbox_mod.OWN and not collect.inbox.ready()
    assert collect.words.state_labels[own.state] == "Skickat härifrån"
    window.tabs.setCurrentWidget(merge)
    assert not merge.progress.isTextVisible() and not merge.merge_button.isEnabled()


def test_bulk_accept_from_quarantine_marks_claims_and_trusts_each_key_by_the_name_given(
    qtbot, window, afternoon, tmp_path
):
    """Three held bundles from keys nobody trusted yet: the dialog says each name is only claimed, and
    the name the secretary types is the one the trust list, Collect and Merge print afterwards."""
    from PySide6.QtWidgets import QLabel

    from app import conferences
    from app.bundles import import_files, trust
    from tests.ui.chair.conftest import type_text

    workspace = window.context.workspace
    paths = [afternoon.stick / f"bord-{n}.rbz" for n in (1, 2, UNKNOWN_TABLE)]
    assert [r.status for r in import_files(workspace, paths)] == ["quarantined"] * 3
    chairs = {t.number: t.chair_name for t in conferences.tables(workspace.store, afternoon.conference_id)}
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.scan()
    view, proxy, model = collect.view, collect.proxy, collect.model
    ctrl = Qt.KeyboardModifier.ControlModifier
    for n, modifier in ((1, Qt.KeyboardModifier.NoModifier), (2, ctrl), (UNKNOWN_TABLE, ctrl)):
        _click_row(
            qtbot, view, proxy, model, lambda e, n=n: e.tables == (n,) and e.state == inbox_mod.HELD, modifier
        )
    qtbot.mouseClick(collect.bulk_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(BulkTrustDialog)
    said = [label.text() for label in dialog.findChildren(QLabel)]
    conference = "Rundabordssamtal våren 2026 (2026-03-12)"
    for n in (1, 2, UNKNOWN_TABLE):
        claim = f"Bord {n}: uppger sig vara ”{chairs[n]}” (ej verifierat)"
        assert claim in said, (claim, said)
    assert f"Alla gäller {conference}." in said  # one conference: said once, above the keys
    heard = {label.accessibleName() for label in dialog.findChildren(QLabel)}
    assert {f"Fingeravtryck för bord {n}" for n in (1, 2, UNKNOWN_TABLE)} <= heard  # each its own name
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert not any(text.endswith(f": {chairs[1]}") for text in said)  # never as a plain name
    assert dialog.boxes[0].accessibleName().startswith("Fingeravtrycket för uppger sig vara ”")
    assert len(dialog.name_edits) == 3
    edit = next(e for e in dialog.name_edits.values() if e.text() == chairs[UNKNOWN_TABLE])
    dialog.scroll.ensureWidgetVisible(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    type_text(qtbot, edit, "Åsa Öberg, bord 40")
    for box in dialog.boxes:
        dialog.scroll.ensureWidgetVisible(box)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    edit.clear()
    assert not dialog.ok_button.isEnabled()  # every key needs a name
    type_text(qtbot, edit, "Åsa Öberg, bord 40")
    dialog.grab().save(str(tmp_path / "flera-nycklar.png"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    names = {e.table_number: e.name for e in trust.entries(workspace.store) if e.role == "chair"}
    assert (names[1], names[2], names[UNKNOWN_TABLE]) == (chairs[1], chairs[2], "Åsa Öberg, bord 40")
    chair_column = {e.tables: collect.words.chair(e) for e in collect.inbox.entries if e.kind}
    assert chair_column[(UNKNOWN_TABLE,)] == "Åsa Öberg, bord 40"


def test_bulk_trust_waits_for_a_name_of_its_own_where_a_claim_is_a_trusted_chairs_name(
    qtbot, window, afternoon, tmp_path
):
    """A second laptop that claims to be table 7's trusted chair, held beside table 1's bundle: bulk
    trust waits until the second laptop's key has a name the lists can tell apart."""
    from app import notes
    from app.bundles import export_table, import_files, trust
    from tests.ui.chair.conftest import type_text

    from .conftest import TWO_LAPTOPS_TABLE, _chair

    workspace = window.context.workspace
    pack = afternoon.secretariat_template.parent / "pack.rbz"
    laptop = _chair(tmp_path / "dator3", pack, "Karin Sjöström")
    notes.add_note(laptop.store, afternoon.conference_id, TWO_LAPTOPS_TABLE, 1, "Från tredje datorn")
    third = export_table(laptop, afternoon.conference_id, TWO_LAPTOPS_TABLE, tmp_path / "dator3.rbz").path
    laptop.close()
    receipts = import_files(workspace, [afternoon.stick / "bord-1.rbz", third])
    assert [r.status for r in receipts] == ["quarantined"] * 2
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.scan()
    view, proxy, model = collect.view, collect.proxy, collect.model
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (1,) and e.state == inbox_mod.HELD)
    _click_row(
        qtbot,
        view,
        proxy,
        model,
        lambda e: e.name == "dator3.rbz" and e.state == inbox_mod.HELD,
        Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.mouseClick(collect.bulk_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(BulkTrustDialog)
    for box in dialog.boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    [taken] = [label for label in dialog.taken_labels.values() if label.isVisible()]
    assert taken.text().startswith("En annan nyckel är redan godkänd som Karin Sjöström:")
    assert not dialog.ok_button.isEnabled()
    edit = next(e for e in dialog.name_edits.values() if e.text() == "Karin Sjöström")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(qtbot, edit, " (dator 3)")
    assert dialog.ok_button.isEnabled() and not taken.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = {e.name for e in trust.entries(workspace.store) if e.table_number == TWO_LAPTOPS_TABLE}
    assert "Karin Sjöström (dator 3)" in names


def test_one_key_decisions_are_greyed_with_a_reason_when_several_keys_are_chosen(qtbot, window, afternoon):
    """Trust as chair, trust as the secretariat and reject decide on one key. With two chairs' bundles
    chosen they acted on the current row's key alone, unseen among the highlighted rows: now they are
    greyed and say why, and "Lita på flera ordförande…" is the one that acts on every chosen bundle."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from app.bundles import trust

    collect = collect_the_stick(qtbot, window, afternoon, 3)
    view, proxy, model = collect.view, collect.proxy, collect.model
    one_key = (collect.trust_button, collect.secretariat_button, collect.reject_button)

    def waiting(n):
        return lambda e: e.tables == (n,) and e.state == inbox_mod.UNKNOWN_KEY

    _click_row(qtbot, view, proxy, model, waiting(1))
    assert all(button.isEnabled() for button in one_key)
    tips = [button.toolTip() for button in one_key]
    _click_row(qtbot, view, proxy, model, waiting(2), Qt.KeyboardModifier.ControlModifier)
    assert len({e.key_id for e in collect.selected_entries()}) == 2
    assert collect.bulk_button.isEnabled()
    assert not any(button.isEnabled() for button in one_key)
    reason = "De valda paketen är signerade med olika nycklar: "
    assert [button.toolTip() for button in one_key] == [
        reason + "använd ”Lita på flera ordförande…” eller välj ett paket",
        reason + "välj ett paket för att lita på dess nyckel som sekretariat",
        reason + "välj ett paket för att avvisa dess nyckel",
    ]
    trusted = trust.entries(window.context.store)
    for button in one_key:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert not window.findChildren(QMessageBox)
    assert trust.entries(window.context.store) == trusted

    _click_row(qtbot, view, proxy, model, waiting(2))  # one bundle: its key, with the tooltips back
    assert all(button.isEnabled() for button in one_key)
    assert [button.toolTip() for button in one_key] == tips


def test_a_ctrl_click_that_unchooses_the_current_row_leaves_the_other_chosen_to_decide_on(
    qtbot, window, afternoon
):
    """She chose table 1's bundle, Ctrl+clicked table 2's, then Ctrl+clicked it again to leave it out.
    Table 1 stayed highlighted, but the current row was the one left out, and every button that decides
    on one key was greyed: nothing said why. They act on the bundle still chosen."""
    from ui.secretariat.trust_dialog import TrustKeyDialog

    collect = collect_the_stick(qtbot, window, afternoon, 3)
    view, proxy, model = collect.view, collect.proxy, collect.model
    ctrl = Qt.KeyboardModifier.ControlModifier

    def waiting(n):
        return lambda e: e.tables == (n,) and e.state == inbox_mod.UNKNOWN_KEY

    _click_row(qtbot, view, proxy, model, waiting(1))
    _click_row(qtbot, view, proxy, model, waiting(2), ctrl)
    _click_row(qtbot, view, proxy, model, waiting(2), ctrl)  # left out again
    assert [e.tables for e in collect.selected_entries()] == [(1,)]
    assert collect.trust_button.isEnabled() and collect.reject_button.isEnabled()
    assert collect.details.text().startswith("Bord 1 ")  # what it acts on is shown below the list
    qtbot.mouseClick(collect.trust_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(TrustKeyDialog)
    assert dialog is not None and dialog.isVisible()
    table_1 = next(e for e in collect.inbox.entries if waiting(1)(e))
    assert dialog.name() == table_1.signer_name
    dialog.reject()

"""Two secretaries decide the same held key from Collect at once. Karin Sjöström's laptop sent table 4's
export before anyone trusted her key, so it waits in quarantine; Anna and Britt both see it in their
lists. Britt opens the decision (trust as chair, or reject) on the list as it was; Anna accepts it in her
window meanwhile. Britt's decision is refused with nothing written, she is told in Swedish what her
colleague did, and her list is refreshed: the table's notes are imported once, the key stays trusted.

In real hands: two windows in Swedish, mouse clicks on what is drawn; PostgreSQL (each her own workspace
on one database) and SQLite (one workspace folder opened in two windows).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity
from app.workspace import Workspace
from tests.two_secretaries import two_secretaries
from tests.ui.changed_meanwhile import EVENTUALLY, the_box
from ui import msgbox
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.trust_dialog import TrustKeyDialog

from .conftest import open_in_swedish

TABLE = 4
NOTE = "Fler bussar på kvällarna"


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    """Anna's and Britt's windows on Collect, each listing Karin's held bundle; and Karin's key id."""
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    pack = export_pack(pair.anna, pair.conference_id, tmp_path / "pack.rbz").path
    laptop = Workspace.create(tmp_path / "laptop")
    import_files(laptop, [pack])
    create_identity(laptop, "Karin Sjöström")
    notes.add_note(laptop.store, pair.conference_id, TABLE, 1, NOTE)
    bundle = export_table(laptop, pair.conference_id, TABLE, tmp_path / "bord4.rbz").path
    laptop.close()
    [receipt] = import_files(pair.anna, [bundle])
    assert receipt.status == "quarantined"
    windows = [open_in_swedish(qtbot, qapp, w, pair.conference_id) for w in (pair.anna, pair.britt)]
    for window in windows:
        window.tabs.setCurrentWidget(window.collect_view)
        window.collect_view.scan()
    try:
        yield pair, *windows
    finally:
        from ui import i18n

        for window in windows:
            window.close()
        i18n.install("en", qapp)
        pair.close()


def _held_row(qtbot, window):
    """Click Karin's held bundle in the window's list; returns its entry."""
    collect = window.collect_view
    model, proxy, view = collect.model, collect.proxy, collect.view
    qtbot.waitUntil(
        lambda: any(model.row_at(r).state == inbox_mod.HELD for r in range(model.rowCount())),
        timeout=EVENTUALLY,
    )
    row = next(r for r in range(model.rowCount()) if model.row_at(r).state == inbox_mod.HELD)
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    entry = model.row_at(row)
    assert collect.selected_entry() == entry and entry.held_rev
    return entry


def _open_trust(qtbot, window) -> TrustKeyDialog:
    collect = window.collect_view
    _held_row(qtbot, window)
    assert collect.trust_button.text() == "Lita på som &ordförande…"
    qtbot.mouseClick(collect.trust_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(TrustKeyDialog)
    assert dialog is not None and dialog.isVisible()
    for box in (dialog.compared, dialog.checked_warning):
        if box.isVisible():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    return dialog


def _open_reject(qtbot, window) -> QMessageBox:
    collect = window.collect_view
    _held_row(qtbot, window)
    assert collect.reject_button.text() == "A&visa nyckel…"
    qtbot.mouseClick(collect.reject_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot)
    assert box.windowTitle() == "Avvisa nyckeln?"
    return box


def _told() -> list[QMessageBox]:
    return [b for b in msgbox.open_boxes() if b.windowTitle() == "Beslutat under tiden"]


def _imported_once(store) -> bool:
    return [n["text"] for n in store.select("note") if n["text"] == NOTE] == [NOTE]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("britt_does", ["accept", "reject"])
def test_a_key_a_colleague_accepted_meanwhile_is_not_decided_again_and_she_is_told(
    qtbot, office, britt_does, tmp_path
):
    pair, anna_window, britt_window = office
    key_id = _held_row(qtbot, britt_window).key_id
    britts = _open_trust(qtbot, britt_window) if britt_does == "accept" else _open_reject(qtbot, britt_window)

    annas = _open_trust(qtbot, anna_window)  # Anna accepts first, in her window
    qtbot.mouseClick(annas.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _imported_once(pair.anna.store), timeout=EVENTUALLY)
    assert not _told()  # Anna's decision went through

    if britt_does == "accept":
        qtbot.mouseClick(britts.ok_button, Qt.MouseButton.LeftButton)
    else:
        yes = britts.button(QMessageBox.StandardButton.Yes)
        assert yes.text().replace("&", "") == "Ja"
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_told()) == 1, timeout=EVENTUALLY)
    [told] = _told()
    told.grab().save(str(tmp_path / f"beslutat-under-tiden-{britt_does}.png"))
    assert told.text() == (
        "En kollega godkände nyckeln under tiden, efter att listan lästes: dess paket importeras en gång,"
        " av kollegan. Ingenting sparades här; listan visar nu nyckeln som den är."
    )
    qtbot.mouseClick(told.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)

    store = pair.britt.store
    assert _imported_once(store)
    roles = {e.role for e in trust.entries(store, include_revoked=False) if e.key_id == key_id}
    assert roles == {"chair"}  # trusted as Anna decided, never rejected from a list that was stale
    qtbot.waitUntil(  # Britt's list shows the key as it is now: nothing of it waits
        lambda: not [e for e in britt_window.collect_view.inbox.entries if e.state == inbox_mod.HELD],
        timeout=EVENTUALLY,
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_key_a_colleague_rejected_meanwhile_is_not_accepted_and_she_is_told(qtbot, office):
    pair, anna_window, britt_window = office
    key_id = _held_row(qtbot, britt_window).key_id
    britts = _open_trust(qtbot, britt_window)

    annas = _open_reject(qtbot, anna_window)  # Anna rejects first, in her window
    qtbot.mouseClick(annas.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)

    qtbot.mouseClick(britts.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_told()) == 1, timeout=EVENTUALLY)
    [told] = _told()
    assert told.text() == (
        "En kollega avvisade nyckeln under tiden, efter att listan lästes. Ingenting sparades här; listan"
        " visar nu nyckeln som den är."
    )
    qtbot.mouseClick(told.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)
    store = pair.britt.store
    assert not [n for n in store.select("note") if n["text"] == NOTE]  # nothing of the key imported
    assert not [e for e in trust.entries(store, include_revoked=False) if e.key_id == key_id]

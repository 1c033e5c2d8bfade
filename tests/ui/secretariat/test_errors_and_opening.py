"""Refused bundles and core errors read in the secretary's language, down to exactly what is wrong;
a bundle double-clicked in the file manager lands in Collect's inbox, verified and selected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.errors import UserError
from ui import bundle_messages, i18n
from ui.bundle_opener import BundleOpener
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.window import SecretariatWindow

from .conftest import TAMPERED_TABLE, open_in_swedish


@pytest.fixture
def swedish_window(qtbot, qapp, secretariat, afternoon, sync_ops):
    return open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, size=None)


def _cell(view, entry_name: str, column: str, role=Qt.ItemDataRole.DisplayRole):
    model = view.model
    keys = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row, entry in enumerate(model.rows()):
        if entry.name == entry_name:
            return model.data(model.index(row, keys.index(column)), role)
    raise AssertionError(f"{entry_name} is not listed")


def test_refused_and_incomplete_bundles_are_explained_in_swedish(swedish_window, afternoon, tmp_path):
    # A copy cut off half-way (a sync that did not finish) and a copy with one byte changed.
    half = tmp_path / "halv.rbz"
    data = (afternoon.stick / "bord-5.rbz").read_bytes()
    half.write_bytes(data[: len(data) // 2])
    collect = swedish_window.collect_view
    collect.add_paths([str(half), str(afternoon.tampered)])

    states = {e.name: e for e in collect.inbox.entries}
    assert states["halv.rbz"].state == inbox_mod.INCOMPLETE and states["halv.rbz"].check == "incomplete"
    assert states[afternoon.tampered.name].state == inbox_mod.INVALID
    # A file that names nobody is shown by its file name, where the chair's name would be.
    assert _cell(collect, afternoon.tampered.name, "Ordförande") == f"filen {afternoon.tampered.name}"

    assert _cell(collect, "halv.rbz", "Att göra") == (
        "Filen är ofullständig – troligen inte färdigkopierad. Hämta den igen."
    )
    damaged = _cell(collect, afternoon.tampered.name, "Att göra")
    assert "skadad" in damaged or "ändrats" in damaged, damaged
    assert "damaged" not in damaged and "altered" not in damaged  # no English in the cell
    # Exactly what is wrong is one hover away, in Swedish too (from the refusal's code and parameters).
    tooltip = _cell(collect, afternoon.tampered.name, "Att göra", Qt.ItemDataRole.ToolTipRole)
    why = states[afternoon.tampered.name].why  # where the changed byte fell decides which check caught it
    assert why is not None and why.code != "text" and why.english() == states[afternoon.tampered.name].reason
    assert tooltip == f"Närmare bestämt: {bundle_messages.say(why)}", tooltip
    assert not [w for w in ("damaged", "altered", "member", "does not") if w in tooltip], tooltip

    # The details line under the table says both, for the selected bundle.
    assert collect.select_entry(lambda e: e.name == "halv.rbz")
    assert "Hämta den igen." in collect.details.text()
    assert "Närmare bestämt: filen tar slut för tidigt" in collect.details.text(), collect.details.text()


def test_a_refused_merge_is_explained_in_swedish(swedish_window, afternoon, tmp_path):
    """A file that verified but is replaced by a damaged one before Merge: the Merge report says why."""
    copy = tmp_path / f"bord-{TAMPERED_TABLE}.rbz"
    shutil.copy2(afternoon.stick / copy.name, copy)
    swedish_window.collect_view.add_paths([str(copy)])
    assert [e.state for e in swedish_window.collect_view.inbox.entries] == [inbox_mod.READY]
    shutil.copy2(afternoon.tampered, copy)  # swapped on the stick after it was checked
    merge = swedish_window.merge_view
    operation = merge.merge()
    assert not operation.is_running
    (receipt,) = merge.receipts
    assert receipt.status == "refused" and receipt.check
    remark = merge._remark(receipt)
    assert ("Be avsändaren om en ny kopia" in remark or "skadad" in remark) and "damaged" not in remark, (
        remark
    )
    detail = merge._remark_detail(receipt)  # exactly why, in Swedish as well
    assert receipt.why is not None and detail.startswith("Närmare bestämt: ") and "damaged" not in detail


def test_a_core_refusal_gets_a_swedish_headline(swedish_window, boxes):
    from ui.bundle_messages import error_box

    error_box(swedish_window, "Det går inte att spara", UserError("table 99 does not exist"))
    (_parent, title, text), _ = boxes.error.call_args
    assert title == "Det går inte att spara"
    assert text.startswith("Rundabord kunde inte göra detta, och ingenting har ändrats.")
    assert text.endswith("Teknisk uppgift: table 99 does not exist")


def test_a_double_clicked_table_export_lands_in_collect_and_is_selected(
    qtbot, qapp, secretariat, afternoon, sync_ops
):
    window = SecretariatWindow(secretariat)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.prepare_view)
    bundle = afternoon.stick / "bord-9.rbz"
    # The path the file manager takes: the launcher hands the file to BundleOpener, which calls open_bundle.
    BundleOpener(qapp, window, bundle)
    qtbot.waitUntil(lambda: window.collect_view.selected_entry() is not None)
    assert window.tabs.currentWidget() is window.collect_view
    entry = window.collect_view.selected_entry()
    assert Path(entry.path) == bundle and entry.state == inbox_mod.READY and entry.tables == (9,)
    assert str(bundle) in window.collect_view.inbox.added_files  # still listed after a restart
    assert "bord-9.rbz" in window.collect_view.details.text()
    # Merge takes it from there.
    window.merge_view.merge()
    assert [r.status for r in window.merge_view.receipts] == ["imported"]


def test_opening_a_bundle_that_vanished_says_so(qtbot, secretariat, sync_ops, boxes, tmp_path):
    window = SecretariatWindow(secretariat)
    qtbot.addWidget(window)
    window.open_bundle(tmp_path / "borta.rbz")
    boxes.error.assert_called_once()
    assert boxes.error.call_args.args[1] == "Cannot open borta.rbz"
    assert window.collect_view.inbox.added_files == []


def test_a_new_conference_without_a_title_is_refused_in_swedish(qtbot, qapp, secretariat):
    from app import conferences
    from ui.secretariat.new_conference import NewConferenceDialog

    i18n.install("sv", qapp)
    before = len(conferences.conferences(secretariat.store))
    dialog = NewConferenceDialog(secretariat)
    qtbot.addWidget(dialog)
    dialog.process_combo.setCurrentText("Länets tillväxtprogram")
    dialog.title_edit.setText("   ")
    assert dialog.create() is None
    assert dialog.problem.text() == "Ge konferensen en rubrik."
    assert len(conferences.conferences(secretariat.store)) == before


def test_a_key_trusted_for_another_table_reads_its_own_table_and_the_refusal_in_swedish(
    swedish_window, afternoon
):
    from app.bundles import trust
    from app.bundles.reader import read_bundle_file

    bundle, _data = read_bundle_file(afternoon.unknown)  # table 40's export, its key not trusted yet
    trust.add(
        swedish_window.workspace.store,
        bundle.public_key,
        bundle.signer_name,
        "chair",
        afternoon.conference_id,
        39,
    )
    collect = swedish_window.collect_view
    collect.add_paths([str(afternoon.unknown)])
    (entry,) = collect.inbox.entries
    assert entry.state == inbox_mod.WILL_REFUSE and entry.check == "role"
    assert collect.select_entry(lambda e: e.name == entry.name)
    # the grant names its conference: a key trusted for table 39 last year is not table 39's chair now
    grant = "(godkänd som: bordsordförande för bord 39 i Rundabordssamtal våren 2026 (2026-03-12))"
    assert grant in collect.details.text()
    assert _cell(collect, entry.name, "Att göra").startswith(
        "Den som signerat är betrodd här, men inte för det"
    )


def test_an_unknown_keys_name_reads_as_its_claim_in_swedish(swedish_window, afternoon, secretariat):
    """Anyone can write any name into a manifest: for a key nobody trusted, it is a claim, not a name."""
    from app.bundles import import_files
    from app.bundles.reader import read_bundle_file

    bundle, _data = read_bundle_file(afternoon.unknown)
    claimed = bundle.signer_name
    assert import_files(secretariat, [afternoon.unknown])[0].status == "quarantined"
    collect = swedish_window.collect_view
    collect.scan()
    (entry,) = [e for e in collect.inbox.entries if e.state == inbox_mod.HELD]
    assert _cell(collect, entry.name, "Ordförande") == f"uppger sig vara ”{claimed}” (ej verifierat)"
    assert collect.select_entry(lambda e: e.state == inbox_mod.HELD)
    details = collect.details.text()
    assert f"Signerat av en okänd nyckel som uppger sig vara ”{claimed}” (ej verifierat)" in details
    assert f"Signerat av {claimed}" not in details

"""A trusted key renamed from Collect, in Swedish, by mouse: the second laptop of a table gets the name
the secretary chooses, a name another key already has is refused before OK, and the new name is what
Collect shows for its bundle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bundles import trust
from ui.secretariat.rename_key_dialog import RenameKeyDialog

from .conftest import TWO_LAPTOPS_TABLE, open_in_swedish
from .test_collect_trust import _click_row, collect_the_stick


@pytest.fixture
def window(qtbot, qapp, secretariat_dir, afternoon, sync_ops):
    from app.workspace import Workspace

    workspace = Workspace(secretariat_dir)
    w = open_in_swedish(qtbot, qapp, workspace, afternoon.conference_id)
    yield w
    workspace.close()


def _open_dialog(qtbot, collect) -> RenameKeyDialog:
    _click_row(
        qtbot,
        collect.view,
        collect.proxy,
        collect.model,
        lambda e: e.tables == (TWO_LAPTOPS_TABLE,) and e.trusted_name.endswith("(laptop 2)"),
    )
    assert collect.rename_button.isEnabled() and collect.rename_button.text() == "Byt &namn…"
    qtbot.mouseClick(collect.rename_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(RenameKeyDialog)
    assert dialog is not None and dialog.windowTitle() == "Byt namn på nyckeln"
    return dialog


def _retype(qtbot, edit, text: str) -> None:
    from tests.ui.chair.conftest import type_text

    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_second_laptop_is_renamed_from_collect(qtbot, window, afternoon):
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    window.resize(1366, 768)
    collect.add_paths([str(afternoon.stick)])
    dialog = _open_dialog(qtbot, collect)
    laptop_2 = dialog.name()
    chair = laptop_2.removesuffix(" (laptop 2)")
    key_id = next(e.key_id for e in trust.entries(collect.context.store) if e.name == laptop_2)

    _retype(qtbot, dialog.name_edit, chair.upper())  # reads as the first laptop's name
    assert not dialog.ok_button.isEnabled() and dialog.taken_label.isVisible()
    assert f"En annan nyckel är redan godkänd som {chair}" in dialog.taken_label.text()
    _retype(qtbot, dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled() and not dialog.taken_label.isVisible()

    _retype(qtbot, dialog.name_edit, f"{chair} (dator 2, Östersund)")
    assert dialog.ok_button.isEnabled() and not dialog.taken_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: collect.findChild(RenameKeyDialog) is None or not dialog.isVisible())
    names = {e.key_id: e.name for e in trust.entries(collect.context.store)}
    assert names[key_id] == f"{chair} (dator 2, Östersund)"
    qtbot.waitUntil(
        lambda: any(e.trusted_name == f"{chair} (dator 2, Östersund)" for e in collect.inbox.entries)
    )
    shown = [collect.model.row_at(r) for r in range(collect.model.rowCount())]
    assert not any(e.trusted_name == laptop_2 for e in shown)


def test_rename_is_off_for_a_key_nobody_trusted(qtbot, window, afternoon):
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths([str(afternoon.stick)])
    assert not collect.rename_button.isEnabled()  # nothing selected
    _click_row(qtbot, collect.view, collect.proxy, collect.model, lambda e: not e.trusted_as)
    assert not collect.rename_button.isEnabled()


def test_rename_is_off_for_the_secretariats_own_key(qtbot, window, afternoon):
    """Its own pack's signer is this workspace's identity, not a name the trust list gave a key."""
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths([str(afternoon.secretariat_template.parent / "pack.rbz")])
    _click_row(qtbot, collect.view, collect.proxy, collect.model, lambda e: e.kind == "conference-pack")
    assert collect.selected_entry() is not None and collect.selected_entry().trusted_as
    assert not collect.rename_button.isEnabled()


def test_rename_names_one_key_even_with_many_bundles_chosen(qtbot, window, afternoon):
    """Bundles of several chairs chosen at once (to trust them together) leave nothing to rename: the
    button named only the current row's key, which the secretary could not tell from the others."""
    collect = collect_the_stick(qtbot, window, afternoon, 40)
    view, proxy, model = collect.view, collect.proxy, collect.model
    ctrl = Qt.KeyboardModifier.ControlModifier
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (1,) and e.trusted_as)
    assert collect.rename_button.isEnabled()
    said = collect.rename_button.toolTip()
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (2,) and e.trusted_as, ctrl)
    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (5,) and e.trusted_as, ctrl)
    assert len({e.key_id for e in collect.selected_entries()}) == 3
    assert not collect.rename_button.isEnabled()
    assert collect.rename_button.toolTip() == (
        "De valda paketen är signerade med olika nycklar: välj ett paket för att byta namn på dess nyckel"
    )
    qtbot.mouseClick(collect.rename_button, Qt.MouseButton.LeftButton)
    assert collect.findChild(RenameKeyDialog) is None

    _click_row(qtbot, view, proxy, model, lambda e: e.tables == (2,) and e.trusted_as)  # this one alone
    assert len(collect.selected_entries()) == 1
    assert collect.rename_button.isEnabled() and collect.rename_button.toolTip() == said
    qtbot.mouseClick(collect.rename_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(RenameKeyDialog)
    chair_2 = next(e.trusted_name for e in collect.inbox.entries if e.tables == (2,) and e.trusted_as)
    assert dialog is not None and dialog.name() == chair_2
    dialog.reject()

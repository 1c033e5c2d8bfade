"""A secretary on a new workspace without the conference (a colleague's laptop, a new installation) puts
the chairs' stick in, in Swedish at 1366x768. What Collect tells her to do must lead somewhere: trusting
forty keys first only ended in forty refusals that blamed trust ("betrodd här, men inte för det som
paketet innehåller")."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.bundles import inbox as inbox_mod
from app.workspace import Workspace
from ui.operations import running_operations

from .conftest import open_in_swedish

MISSING = "Den här arbetsytan har inte paketets konferens än"


def _click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())


def _click_entry(qtbot, collect, predicate) -> None:
    """Click the row of the entry as it is drawn (scrolled to first)."""
    [row] = [r for r, e in enumerate(collect.model.rows()) if predicate(e)]
    # A column drawn now (the conference's is hidden while every bundle is for one conference)
    column = next(c for c in range(collect.model.columnCount()) if not collect.view.isColumnHidden(c))
    index = collect.proxy.mapFromSource(collect.model.index(row, column))
    collect.view.scrollTo(index)
    QApplication.processEvents()
    qtbot.mouseClick(
        collect.view.viewport(), Qt.MouseButton.LeftButton, pos=collect.view.visualRect(index).center()
    )


def _what_to_do(collect, predicate) -> str:
    [row] = [r for r, e in enumerate(collect.model.rows()) if predicate(e)]
    return collect.model.index(row, 6).data()


def _idle(collect) -> bool:
    return not collect.scanning and not any(op.is_running for op in running_operations())


def _trust_by_mouse(qtbot, collect, button) -> str:
    """Trust the chosen bundle's key by mouse; what the dialog warned of the conference missing."""
    from ui.secretariat.trust_dialog import TrustKeyDialog

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = lambda: [d for d in collect.findChildren(TrustKeyDialog) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 1)
    [dialog] = shown()
    warned = dialog.missing.text() if dialog.missing is not None else ""
    for box in (dialog.compared, dialog.checked_warning, dialog.our_secretariat):
        if box.isVisible():
            tick = QPoint(box.height() // 2, box.height() // 2)  # on the box drawn left of the words
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return warned


def test_a_new_workspace_is_told_to_bring_the_conference_first_and_that_leads_somewhere(
    qtbot, qapp, afternoon, tmp_path
):
    workspace = Workspace.create(tmp_path / "ny-dator", "secretariat")
    try:
        window = open_in_swedish(qtbot, qapp, workspace)
        collect = window.collect_view
        _click_tab(qtbot, window, collect)
        collect.add_paths([str(afternoon.stick)])
        qtbot.waitUntil(lambda: len(collect.inbox.entries) > 40 and _idle(collect))
        table_1 = lambda e: e.tables == (1,) and e.kind == "table-export"  # noqa: E731
        advice = _what_to_do(collect, table_1)
        assert advice.startswith(MISSING), advice  # not "jämför fingeravtrycket, godkänn …"
        # She trusts Anna's key all the same: the refusal says what is missing, not that trust failed
        _click_entry(qtbot, collect, table_1)
        assert _trust_by_mouse(qtbot, collect, collect.trust_button).startswith(MISSING)  # said there too
        qtbot.waitUntil(lambda: _idle(collect) and _what_to_do(collect, table_1).startswith(MISSING))
        [anna] = [e for e in collect.model.rows() if table_1(e)]
        assert anna.state == inbox_mod.WILL_REFUSE and "betrodd här" not in _what_to_do(collect, table_1)

        # She does what it says: the pack the chairs got, the secretariat's key, merged
        collect.add_paths([str(afternoon.stick.parent / "pack.rbz")])
        qtbot.waitUntil(
            lambda: _idle(collect) and any(e.kind == "conference-pack" for e in collect.model.rows())
        )
        _click_entry(qtbot, collect, lambda e: e.kind == "conference-pack")
        _trust_by_mouse(qtbot, collect, collect.secretariat_button)
        merge = window.merge_view
        qtbot.waitUntil(lambda: _idle(collect) and bool(collect.inbox.ready()))
        _click_tab(qtbot, window, merge)
        qtbot.waitUntil(merge.merge_button.isEnabled)
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _idle(collect) and not any(op.is_running for op in running_operations()))
        _click_tab(qtbot, window, collect)
        # the conference is here now: Anna's bundle, trusted before, is ready to merge
        qtbot.waitUntil(
            lambda: (
                _idle(collect) and [e.state for e in collect.model.rows() if table_1(e)] == [inbox_mod.READY]
            )
        )
        # and the other chairs' bundles ask for their keys again
        table_2 = lambda e: e.tables == (2,) and e.kind == "table-export"  # noqa: E731
        assert _what_to_do(collect, table_2).startswith("jämför fingeravtrycket"), _what_to_do(
            collect, table_2
        )
        window.close()
    finally:
        workspace.close()

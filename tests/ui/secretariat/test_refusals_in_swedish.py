"""Real hostile bundles of every kind, in the secretary's hands with the Swedish translation loaded:
Collect says in Swedish what is wrong with each one it can read, Merge with each one refused against
what the store holds, down to exactly why (the refusal's code and parameters said in Swedish), and no
English reaches the window. The same files give the codes in the CLI: tests/app/bundles/test_refusal_codes.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bundles.importer import IMPORTED, import_data
from tests.app.bundles.conftest import _build
from tests.app.bundles.hostile_set import hostile_bundles
from ui.secretariat import inbox as inbox_mod

from .conftest import open_in_swedish

ENGLISH = ("the bundle", "member", "record", "damaged", "signature does", "refused", "trusted only")


@pytest.fixture(scope="module")
def bundle_world(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("bundle-world"))


@pytest.fixture
def setting(qtbot, qapp, bundle_world, tmp_path, sync_ops):
    """The secretariat's window, in Swedish at 1366×768, on a workspace that merged Anna's table 3; the
    hostile files lie on a stick."""
    workspace = bundle_world.copy("secretariat", tmp_path / "sekretariatet")
    assert import_data(workspace, bundle_world.table_bundle, "bord-3.rbz").status == IMPORTED
    cases = hostile_bundles(bundle_world, workspace)
    stick = tmp_path / "sticka"
    stick.mkdir()
    for case in cases:
        (stick / case.name).write_bytes(case.data)
    window = open_in_swedish(qtbot, qapp, workspace, bundle_world.conference_id)
    yield window, cases, stick
    window.close()
    workspace.close()


def _click_entry(qtbot, collect, name: str) -> None:
    model, proxy, view = collect.model, collect.proxy, collect.view
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _no_english(text: str) -> None:
    assert not [word for word in ENGLISH if word in text], text


def test_every_kind_of_refusal_reads_in_swedish_in_collect_and_merge(qtbot, setting, tmp_path):
    window, cases, stick = setting
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths([str(stick)])
    entries = {e.name: e for e in collect.inbox.entries}
    in_collect = [c for c in cases if entries[c.name].state in (inbox_mod.INVALID, inbox_mod.WILL_REFUSE)]
    # Collect says every refusal before the merge: the file's own bytes, and what the store's records
    # refuse (verify runs the import's own checks).
    assert {c.name for c in cases} == {c.name for c in in_collect}
    for case in in_collect:
        entry = entries[case.name]
        assert (entry.check, entry.why.code) == (case.check, case.code), case.name
        _click_entry(qtbot, collect, case.name)
        details = collect.details.text()
        assert "Närmare bestämt: " in details and case.swedish in details, (case.name, details)
        _no_english(details.replace(str(stick), "").replace(case.name, ""))
    qtbot.waitUntil(lambda: not collect.scanning)  # the tab's first look over: the list made anew no more
    _click_entry(qtbot, collect, "bord-4-av-anna.rbz")
    qtbot.waitUntil(lambda: "Närmare bestämt" in collect.details.text())
    qtbot.wait(50)  # the details line lays itself out again
    collect.grab().save(str(tmp_path / "samla-in.png"))

    merge = window.merge_view
    window.tabs.setCurrentWidget(merge)
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    receipts = {r.path.rsplit("/", 1)[-1]: r for r in merge.receipts}
    to_merge = [c for c in cases if c not in in_collect]
    assert {c.name for c in to_merge} <= set(receipts)
    for case in to_merge:
        receipt = receipts[case.name]
        assert (receipt.status, receipt.check, receipt.why.code) == ("refused", case.check, case.code)
        remark, detail = merge._remark(receipt), merge._remark_detail(receipt)
        assert detail.startswith("Närmare bestämt: ") and case.swedish in detail, (case.name, detail)
        _no_english(remark + detail)
    merge.grab().save(str(tmp_path / "sammanfoga.png"))

"""The Merge tab's report after a sync counts what is left to review: a process's conflict is listed under
every conference of the process, but is one conflict to settle, so it counts once however many of the
synced conferences list it. Swedish, by mouse (the sync button)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from app import conferences, conflicts, demo, prepare
from app.bundles import trust as trust_list
from app.bundles.identity import create_identity
from app.merge import merge_records
from app.proposals.exchange import SECRETARIAT, export_followup
from app.records import RECORD_TYPES
from app.workspace import Workspace
from tests.clocks import edits_after

from .conftest import open_in_swedish


def test_a_process_conflict_in_two_synced_conferences_is_one_to_review(qtbot, qapp, tmp_path, sync_ops):
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    colleague_key = create_identity(colleague, "Britt Ek")
    create_identity(kansli, "Kansliet Åsele")
    trust_list.add(kansli.store, colleague_key.public_key, "Britt Ek", "secretariat")
    spring = demo.ensure_demo(kansli.store)
    description = demo.demo_description()
    autumn = conferences.create_conference(
        kansli.store,
        dataclasses.replace(description, conference={**description.conference, "title": "Hösten"}),
    )
    process_id = conferences.conference(kansli.store, spring).process_id
    with colleague.store.transaction():
        merge_records(colleague.store, [r for name in RECORD_TYPES for r in kansli.store.dump(name)])
    # At once: both edit the process's organisation (shared by both conferences) and each venue, so
    # that each conference's follow-up opens a conflict whichever is merged first
    prepare.edit_process(kansli.store, process_id, organisation="Region Norr")
    for conference_id in (spring, autumn):
        prepare.edit_conference(kansli.store, conference_id, venue="Folkets hus")
    edits_after(colleague.store, kansli.store)
    prepare.edit_process(colleague.store, process_id, organisation="Region Nord")
    for conference_id in (spring, autumn):
        prepare.edit_conference(colleague.store, conference_id, venue="Stadshuset")
    inbox = kansli.dir / "inbox"  # where the Collect tab looks, as sync or a USB stick leaves files
    inbox.mkdir(exist_ok=True)
    for name, conference_id in (("vår", spring), ("höst", autumn)):
        export_followup(colleague, conference_id, inbox / f"uppföljning-{name}.rbz", recipient=SECRETARIAT)
    colleague.close()

    window = open_in_swedish(qtbot, qapp, kansli, spring, (1366, 768))
    try:
        merge, collect = window.merge_view, window.collect_view
        window.tabs.setCurrentWidget(collect)  # Collect reads the inbox
        qtbot.waitUntil(collect.merge_button.isEnabled)
        qtbot.mouseClick(collect.merge_button, Qt.MouseButton.LeftButton)  # "Gå till Sammanslå"
        assert window.tabs.currentWidget() is merge
        qtbot.waitUntil(merge.merge_button.isEnabled)
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: merge.model.rowCount() == 2)
        # Listed under each conference: the process's under both, each venue under its own
        assert len(conflicts.open_conflicts(kansli.store, spring)) == 2
        assert len(conflicts.open_conflicts(kansli.store, autumn)) == 2
        text = merge.result_label.text()
        assert text.endswith("3 konflikter att granska"), text  # not 4
        assert merge.conflicts_button.isVisible()
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        kansli.close()

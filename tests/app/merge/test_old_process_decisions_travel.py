"""A decision on a process's or a theme's field stored before decisions were copied per conference (one
record naming no conference, or only the one it was taken under) travels like a new one: the next
follow-up of each conference of the process carries a copy naming that conference, a chair of the other
conference takes it, the settled lists still show it once with the time it was taken, a second export
copies nothing more, and reopening it withdraws every copy. On SQLite and PostgreSQL."""

from __future__ import annotations

import json

from app import conflicts
from app.bundles import import_files
from app.conflict_copies import place_shared
from app.merge import refresh_conflicts
from app.proposals.exchange import export_followup, followup_records
from tests.app.merge.test_process_conflicts_listed import _conflicted, _listed
from tests.app.merge.test_process_decisions_travel import chair_of_table_1


def _decided_the_old_way(store, record_type: str, record_id: str, choice: str, named: str) -> str:
    """What `conflict resolve` wrote before decisions were copied: one record, naming `named` ("" when
    taken from the whole store's list), after writing the kept value when keeping theirs."""
    [conflict] = [c for c in conflicts.open_conflicts(store) if c.record_id == record_id]
    versions = [
        {"rev": conflict.theirs_stamp[0], "origin": conflict.theirs_stamp[1], "value": conflict.theirs},
        {"rev": conflict.ours_stamp[0], "origin": conflict.ours_stamp[1], "value": conflict.ours},
    ]
    with store.transaction():
        if choice == "theirs":
            store.write(record_type, record_id, {conflict.field: conflict.theirs})
        record = store.require(record_type, record_id)
        resolution = store.write(
            "conflict_resolution",
            None,
            {
                "conference_id": named,
                "record_type": record_type,
                "record_id": record_id,
                "field": conflict.field,
                "choice": choice,
                "kept": record["stamps"][conflict.field],
                "reviewed": [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in versions],
            },
        )
        refresh_conflicts(store, record_type, record_id)
        if choice == "theirs":
            store.meta_set("conflict-kept:" + resolution, json.dumps(conflict.theirs, ensure_ascii=False))
    return resolution


def _carried(store, conference_id: str, record_id: str) -> list[dict]:
    return [
        r
        for r in followup_records(store, conference_id)
        if r["type"] == "conflict_resolution" and r["fields"]["record_id"] == record_id and not r["deleted"]
    ]


def test_a_decision_stored_the_old_way_travels_to_every_conference_of_the_process(
    backend: str, tmp_path, request
) -> None:
    kansli, colleague, conference_id, other_id, process_id, theme_id, _follow_up = _conflicted(
        request, backend, tmp_path
    )
    chair = None
    store = kansli.store
    try:
        old_process = _decided_the_old_way(store, "process", process_id, "theirs", "")
        old_theme = _decided_the_old_way(store, "theme", theme_id, "ours", conference_id)
        decided = {s.record_id: s.decided_rev for s in conflicts.settled(store)}
        assert _listed(store, conference_id) == [] == _listed(store, other_id)
        # Before: the process's decision rides in no follow-up, the theme's in its own conference's only.
        assert _carried(store, conference_id, process_id) == [] == _carried(store, other_id, process_id)
        assert _carried(store, other_id, theme_id) == []

        # The other conference's chair takes its follow-up: both decisions are on the laptop.
        chair = chair_of_table_1(kansli, other_id, tmp_path)
        bundle = export_followup(kansli, other_id, tmp_path / "hösten-uppföljning.rbz", table=1)
        [receipt] = import_files(chair, [bundle.path])
        assert receipt.status == "imported", receipt.reason
        on_laptop = chair.store.select("conflict_resolution")
        assert sorted((r["record_id"], r["conference_id"]) for r in on_laptop) == sorted(
            [(process_id, other_id), (theme_id, other_id)]
        )
        assert chair.store.require("process", process_id)["organisation"] == "Region Norr"
        for each in (conference_id, other_id):
            for record_id in (process_id, theme_id):
                [carried] = _carried(store, each, record_id)
                assert carried["fields"]["conference_id"] == each

        # Listed once, as taken when it was, with what it kept; a second export copies nothing more.
        for each in (conference_id, other_id, None):
            shown = {s.record_id: s for s in conflicts.settled(store, each)}
            assert sorted(shown) == sorted([process_id, theme_id]), each
            assert {k: s.decided_rev for k, s in shown.items()} == decided
            assert shown[process_id].kept == "Region Norr" and shown[process_id].kept_known
        held = len(store.select("conflict_resolution"))
        export_followup(kansli, conference_id, tmp_path / "våren-uppföljning.rbz", table=1)
        assert len(store.select("conflict_resolution")) == held == 5  # 2 old, 3 copies
        assert place_shared(store) == 0

        # Reopened from the other conference's list, the old record and its copies are withdrawn alike.
        [shown] = [s for s in conflicts.settled(store, other_id) if s.record_id == process_id]
        assert shown.id != old_process
        conflicts.reopen(store, shown.id)
        assert store.get("conflict_resolution", old_process) is None
        assert _carried(store, conference_id, process_id) == [] == _carried(store, other_id, process_id)
        assert [c[0] for c in _listed(store, other_id)] == ["process"]
        assert store.get("conflict_resolution", old_theme) is not None
    finally:
        if chair is not None:
            chair.close()
        colleague.close()
        kansli.close()

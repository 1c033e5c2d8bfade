"""Each round of keeping theirs, reopening and deciding again adds one version to the next decision's
reviewed list: the copy of theirs that round wrote. That is needed, not a leak: the round's withdrawal
is pruned once the next decision covers it, so the next decision is all that tells a store holding that
copy (it took that round's follow-up and none after) that the later write had seen it; a bundle's record
does not say what its edit saw. Each such store then shows what the deciding store shows. The deciding
store on either backend, the receiving stores on SQLite."""

from __future__ import annotations

import json

from app import conflicts
from app.merge import merge_records, value_key
from app.proposals.exchange import followup_records
from app.workspace import Workspace
from tests.edited_on_both import edited_on_both

ROUNDS = 3


def test_keeping_theirs_again_reviews_each_written_copy_and_every_store_agrees(pair, tmp_path) -> None:
    anna = pair.anna.store
    note_id, chairs = edited_on_both(anna, pair.conference_id, tmp_path / "ordförande")

    sent, sizes, written = [], [], []
    for _round in range(ROUNDS):
        [conflict] = [c for c in conflicts.open_conflicts(anna) if c.record_id == note_id]
        decided = conflicts.resolve(anna, conflict.id, "theirs")
        resolution = anna.require("conflict_resolution", decided)
        sizes.append(len(resolution["reviewed"]))
        reviewed = {(v["rev"], v["origin"]) for v in map(json.loads, resolution["reviewed"])}
        assert set(written) <= reviewed  # every copy an earlier round wrote
        written.append(tuple(resolution["kept"]))
        sent.append(list(followup_records(anna, pair.conference_id)))
        conflicts.reopen(anna, decided)
    [conflict] = [c for c in conflicts.open_conflicts(anna) if c.record_id == note_id]
    conflicts.resolve(anna, conflict.id, "ours")
    final = list(followup_records(anna, pair.conference_id))
    assert sizes == list(range(2, 2 + ROUNDS))  # one more a round: the copy the round before wrote
    assert (
        anna.conn.execute(
            "SELECT count(*) FROM conflict_resolutions WHERE record_id = ?", (note_id,)
        ).fetchone()[0]
        <= 2
    )

    def shown(store) -> tuple[str, list[bytes]]:
        open_now = [value_key(c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == note_id]
        return store.require("note", note_id)["text"], sorted(open_now)

    for number, held in enumerate(sent):  # took that round's follow-up, then only the last one
        colleague = Workspace.create(tmp_path / f"kollega-{number}", "secretariat")
        try:
            for records in (chairs, held, final):
                with colleague.store.transaction():
                    merge_records(colleague.store, records)
            assert shown(colleague.store) == shown(anna), number
        finally:
            colleague.close()

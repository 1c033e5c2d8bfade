"""A decision that reached a colleague's store live in an older follow-up, while its withdrawal never
came (the sender pruned the tombstone once a later decision covered it), is not left live there: it is
removed as the later decision arrives, as on the store that took it. Before, it was only hidden from the
settled list, and once the later decision was reopened it came back as settled beside the very values it
said were settled. A store that took both before this holds them until `store prune` removes the stale
one. The deciding store on either backend; the colleague's store on SQLite."""

from __future__ import annotations

import json

import pytest

from app import conflict_copies, conflicts
from app.merge import merge_records, value_key
from app.proposals.exchange import followup_records
from app.workspace import Workspace
from tests.edited_on_both import edited_on_both
from tests.two_secretaries import run_cli


def _shown(store, note_id: str) -> tuple[str, list, list]:
    """The note's text, its open values, and the settled decisions listed for it: what a secretary sees."""
    return (
        store.require("note", note_id)["text"],
        sorted(value_key(c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == note_id),
        [(r.choice, r.kept) for r in conflicts.settled(store) if r.record_id == note_id],
    )


@pytest.mark.parametrize("first,second", [("ours", "ours"), ("theirs", "theirs"), ("ours", "theirs")])
def test_a_decision_withdrawn_where_it_was_taken_does_not_come_back_as_settled(
    pair, tmp_path, capsys, monkeypatch, first: str, second: str
) -> None:
    anna = pair.anna.store
    note_id, chairs = edited_on_both(anna, pair.conference_id, tmp_path / "ordförande")

    def settle(choice: str) -> tuple[str, list[dict]]:
        [conflict] = [c for c in conflicts.open_conflicts(anna) if c.record_id == note_id]
        decided = conflicts.resolve(anna, conflict.id, choice)
        return decided, list(followup_records(anna, pair.conference_id))

    stale, older = settle(first)  # reaches the colleague
    conflicts.reopen(anna, stale)  # this follow-up does not
    later, newer = settle(second)  # the withdrawal, covered now, is pruned before this one is sent
    assert anna.get("conflict_resolution", stale, include_deleted=True) is None

    def colleague_of(name: str, pruning: bool) -> Workspace:
        colleague = Workspace.create(tmp_path / name, "secretariat")
        if not pruning:  # as this version's merge before it removed a covered decision
            monkeypatch.setattr(conflict_copies, "prune_withdrawn", lambda _store, _record_id: 0)
        for records in (chairs, older, newer):
            with colleague.store.transaction():
                merge_records(colleague.store, records)
        monkeypatch.undo()
        return colleague

    now = colleague_of("kollega", pruning=True)
    before = colleague_of("kollega-förut", pruning=False)
    try:
        assert _shown(now.store, note_id) == _shown(anna, note_id) == _shown(before.store, note_id)
        # Keeping ours twice over the same versions is one decision taken again: it stays, listed once,
        # until that decision is withdrawn. Any other is removed, as where it was taken.
        again = (first, second) == ("ours", "ours")
        assert (now.store.get("conflict_resolution", stale) is None) is not again
        assert before.store.get("conflict_resolution", stale) is not None  # live, hidden only
        # A store that took both before this: `store prune` removes the stale one, showing the same.
        code, out, err = run_cli(capsys, before, "store", "prune", "--json")
        assert code == 0, err
        assert json.loads(out)["withdrawn"] == (0 if again else 1)
        assert (before.store.get("conflict_resolution", stale) is None) is not again
        assert _shown(before.store, note_id) == _shown(anna, note_id)

        conflicts.reopen(anna, later)  # the later decision is reopened where it was taken
        withdrawn = list(followup_records(anna, pair.conference_id))
        for colleague in (now, before):
            with colleague.store.transaction():
                merge_records(colleague.store, withdrawn)
        reopened = _shown(anna, note_id)
        assert reopened[1] and reopened[2] == []  # open again, nothing settled
        assert _shown(now.store, note_id) == reopened  # before: the stale decision listed as settled
        assert _shown(before.store, note_id) == reopened
        for colleague in (now, before):
            assert colleague.store.get("conflict_resolution", stale, include_deleted=True) is None
    finally:
        now.close()
        before.close()

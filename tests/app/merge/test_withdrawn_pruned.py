"""A secretary who settles a conflict, reopens it and settles it again, over and over, must not leave one
withdrawn resolution (a tombstone) per round for ever: a tombstone that a later live decision supersedes
(it reviewed every version the tombstone reviewed, and the one it wrote) reopens nothing and is removed.
What the store's follow-ups carried along the way still merges, in any order, into what the store holds:
the same text, the same values open. On both backends, whichever secretary reopens; the other store and
the chair's laptop on SQLite."""

from __future__ import annotations

import json
import random

from app import conflicts
from app.merge import merge_records, value_key
from app.proposals.exchange import followup_records
from app.workspace import Workspace
from tests.edited_on_both import edited_on_both
from tests.two_secretaries import run_cli

ROUNDS = 12


def _resolutions(store, note_id: str) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM conflict_resolutions WHERE record_id = ?", (note_id,)
    ).fetchone()[0]


def _withdrawn(store, note_id: str) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM conflict_resolutions WHERE record_id = ? AND deleted <> 0", (note_id,)
    ).fetchone()[0]


def _open(store, note_id: str) -> set[tuple[str, bytes]]:
    return {(c.field, value_key(c.theirs)) for c in conflicts.open_conflicts(store) if c.record_id == note_id}


def _state(store, note_id: str) -> tuple[str, set[tuple[str, bytes]]]:
    return store.require("note", note_id)["text"], _open(store, note_id)


def _merged(tmp_path, name: str, sent: list[list[dict]]) -> Workspace:
    colleague = Workspace.create(tmp_path / name, "secretariat")
    for records in sent:
        with colleague.store.transaction():
            merge_records(colleague.store, records)
    return colleague


def test_settling_and_reopening_over_and_over_stays_bounded_and_merges_in_any_order(
    pair, tmp_path, capsys
) -> None:
    anna, britt = pair.anna.store, pair.britt.store
    note_id, chairs = edited_on_both(anna, pair.conference_id, tmp_path / "ordförande")
    sent = [chairs]  # what reached the other store: the chair's export, then every follow-up

    def follow_up() -> None:
        sent.append(list(followup_records(anna, pair.conference_id)))

    counts = []
    for round_ in range(ROUNDS):
        [first] = [c for c in conflicts.open_conflicts(anna, pair.conference_id) if c.record_id == note_id]
        decided = conflicts.resolve(anna, first.id, ("ours", "theirs")[round_ % 2])
        follow_up()
        conflicts.reopen(britt if round_ % 3 else anna, decided)  # either secretary
        follow_up()
        counts.append(_resolutions(anna, note_id))
    assert max(counts) <= 2, counts  # before: one more per round (12 after 12 rounds)
    reopened = _state(anna, note_id)
    assert reopened[1]  # open again after the last reopening
    until_reopened = list(sent)

    [first] = [c for c in conflicts.open_conflicts(anna, pair.conference_id) if c.record_id == note_id]
    conflicts.resolve(anna, first.id, "ours")
    follow_up()
    settled = _state(anna, note_id)
    assert not settled[1] and _resolutions(anna, note_id) <= 2

    # What was sent merges into the same state in any order: as sent, backwards, and shuffled
    orders = [list(range(len(until_reopened))), list(reversed(range(len(until_reopened))))]
    orders += [random.Random(seed).sample(range(len(until_reopened)), len(until_reopened)) for seed in (1, 2)]
    for number, order in enumerate(orders):
        colleague = _merged(tmp_path, f"reopened-{number}", [until_reopened[i] for i in order])
        try:
            assert _state(colleague.store, note_id) == reopened, order
        finally:
            colleague.close()
        everything = [*order, len(sent) - 1] if number % 2 else [len(sent) - 1, *order]
        colleague = _merged(tmp_path, f"settled-{number}", [sent[i] for i in everything])
        try:
            assert _state(colleague.store, note_id) == settled, everything
            # One decision settled, as on the store that took it: an older follow-up's decision that
            # was withdrawn since (its tombstone pruned before it was sent) is not listed as settled
            listed = [r for r in conflicts.settled(colleague.store) if r.record_id == note_id]
            assert [(r.choice, r.kept) for r in listed] == [("ours", settled[0])], everything
            if number == 0:
                # A store that only received them removes what a later decision covers as it merges
                # (before, it kept every tombstone until `store prune`): as few rows as the sender
                assert _resolutions(colleague.store, note_id) <= 2
                assert _withdrawn(colleague.store, note_id) <= 1
                code, out, err = run_cli(capsys, colleague, "store", "prune", "--json")
                assert code == 0, err
                assert json.loads(out)["withdrawn"] == 0
                assert _state(colleague.store, note_id) == settled
        finally:
            colleague.close()

"""A stateful run of a secretary's decisions: settle, reopen, settle again, edit in review, while two
chairs keep editing and bundles travel both ways.

After every reopening the field shows again every value the decision had reviewed, and what it kept
(her own text, though the field was edited since), beside what was shown just before, each value once,
and `reopen` counted what it opened; after every decision nothing of that field is open. A second
secretariat store fed the secretariat's follow-up bundles holds exactly what a fresh store on the
backend under test fed the same bundles holds, conflicts included.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings, target
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app import conflicts, notes
from app.merge import merge_records, value_key

from .conftest import NOTE_FIELDS

EPOCH_MS = 1_790_000_000_000
NOTE = {**NOTE_FIELDS, "text": "Fler bussar"}
TYPES = ("note", "conflict_resolution")


def shown(store: Any, note_id: str, field: str) -> list[bytes]:
    """The values a secretary sees of one field: the one it holds and each open one, as sorted keys."""
    held = store.get("note", note_id, include_deleted=True)[field]
    open_values = [
        value_key(c.theirs)
        for c in conflicts.open_conflicts(store)
        if (c.record_id, c.field) == (note_id, field)
    ]
    return sorted([value_key(held), *open_values])


def back_on_the_table(settled: conflicts.Settled) -> set[bytes]:
    """What reopening a decision shows: every value it reviewed, and what it kept (her own text)."""
    kept = {value_key(settled.kept)} if settled.kept_known else set()
    return {value_key(v) for v in settled.reviewed} | kept


class Decisions(RuleBasedStateMachine):
    kit: Any = None  # the merge tests' helpers (conftest `central_kit`), set by the test

    def __init__(self) -> None:
        super().__init__()
        self.time = EPOCH_MS
        self.stores: list[Any] = []
        self.bundles: list[list[dict[str, Any]]] = []  # what reached the second secretariat store
        self.most = 0

    @initialize(skew=st.integers(-3, 3))
    def open_stores(self, skew: int) -> None:
        self.chairs = [self._store("1" * 16, 0), self._store("2" * 16, skew)]
        self.central = self.kit.central_store("c" * 16, lambda: self.time)
        self.stores.append(self.central)
        self.second = self._store("d" * 16, 0)  # another secretariat store, fed by bundles only
        self.note_id = self.chairs[0].write("note", None, NOTE)
        for store in (self.chairs[1], self.central, self.second):
            self._send(self.chairs[0], store)

    def _store(self, origin: str, skew: int) -> Any:
        store = self.kit.memory_store(origin, lambda: self.time + skew)
        self.stores.append(store)
        return store

    def teardown(self) -> None:
        target(float(self.most), label="values open")
        for store in self.stores:
            self.kit.discard(store)

    def _send(self, source: Any, target_store: Any) -> None:
        records = [r for t in TYPES for r in source.dump(t)]
        with target_store.transaction():
            merge_records(target_store, records)
        if target_store is self.second:
            self.bundles.append(records)

    def _open(self) -> list[conflicts.Conflict]:
        return [c for c in conflicts.open_conflicts(self.central) if c.record_id == self.note_id]

    @rule(chair=st.integers(0, 1), text=st.sampled_from(["ja", "nej"]), votes=st.none() | st.integers(0, 2))
    def chair_edits_and_sends(self, chair: int, text: str, votes: int | None) -> None:
        self.time += 1
        change = {"text": f"{text} ({chair}, {self.time})"} if votes is None else {"votes": votes}
        self.chairs[chair].write("note", self.note_id, change)
        self._send(self.chairs[chair], self.central)
        self._send(self.chairs[chair], self.second)

    @rule(chair=st.integers(0, 1))
    def chair_gets_the_secretariats_bundle(self, chair: int) -> None:
        self._send(self.central, self.chairs[chair])

    @rule(text=st.sampled_from(["justerad", "rättad"]))
    def secretary_edits_in_review(self, text: str) -> None:
        self.time += 1
        notes.edit_note(self.central, self.note_id, text=f"{text} ({self.time})")

    @precondition(lambda self: bool(self._open()))
    @rule(data=st.data())
    def secretary_decides(self, data: st.DataObject) -> None:
        self.time += 1
        found = self._open()
        conflict = data.draw(st.sampled_from(found))
        choices = ["ours", "theirs", "text"] if conflict.field == "text" else ["ours", "theirs"]
        choice = data.draw(st.sampled_from(choices))
        conflicts.resolve(
            self.central, conflict.id, choice, f"egen ({self.time})" if choice == "text" else None
        )
        assert not [c for c in self._open() if c.field == conflict.field]

    @precondition(lambda self: bool(conflicts.settled(self.central)))
    @rule(data=st.data())
    def secretary_reopens(self, data: st.DataObject) -> None:
        settled = data.draw(st.sampled_from(conflicts.settled(self.central)))
        before = shown(self.central, self.note_id, settled.field)
        opened = conflicts.reopen(self.central, settled.id)
        after = shown(self.central, self.note_id, settled.field)
        assert len(set(after)) == len(after), "a value shown twice"
        assert set(after) >= set(before) | back_on_the_table(settled)
        assert opened == len(after) - len(before)

    @rule()
    def secretariat_sends_its_bundle(self) -> None:
        self._send(self.central, self.second)

    @invariant()
    def nothing_open_is_hidden_and_each_value_once(self) -> None:
        for store in (self.central, self.second):
            for field in ("text", "votes"):
                rows = store.conn.execute(
                    "SELECT value FROM conflicts WHERE record_id = ? AND field = ?", (self.note_id, field)
                ).fetchall()
                values = shown(store, self.note_id, field)
                self.most = max(self.most, len(rows))
                if field == "text":  # (two chairs may well count the same votes at once)
                    assert len(rows) == len(values) - 1 and len(set(values)) == len(values)

    @invariant()
    def the_second_store_depends_only_on_the_bundles(self) -> None:
        """A fresh secretariat store on the backend under test, fed the same bundles, agrees with it."""
        fresh = self.kit.central_store("f" * 16)
        try:
            for records in self.bundles:
                with fresh.transaction():
                    merge_records(fresh, records)
            dump = self.kit.canonical_dump(fresh)
            expected = self.kit.canonical_dump(self.second)
            assert dump["conflicts"] == expected["conflicts"]
            assert dump["note"] == expected["note"]
        finally:
            self.kit.discard(fresh)


@pytest.mark.slow
def test_decisions_can_be_undone_and_taken_again_in_any_order(central_kit) -> None:
    Decisions.kit = central_kit
    Decisions.TestCase.settings = settings(
        max_examples=50 if central_kit.backend == "sqlite" else 5,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    Decisions.TestCase().runTest()


@pytest.mark.parametrize("choice", ["text", "theirs"])
def test_reopening_a_decision_a_newer_conflict_followed(central_kit, choice: str) -> None:
    """What the state machine found: the secretariat corrects, a chair's text conflicts, the secretary
    decides (her own text, or the chair's), the chair, not having seen it, writes again, the secretary
    corrects again, then reopens the first decision. Her correction closed the newer conflict only at
    the next import (so reopening, which weighs the field again, hid the own text still shown), and
    reopening counted a value shown before under the decision's copy as opened again. Now her edit
    closes what it supersedes at once, reopening puts her own text back beside what it reviewed, here
    and on the store its follow-up bundle reaches, and counts only values newly shown."""
    Decisions.kit = central_kit
    machine = Decisions()
    try:
        machine.open_stores(skew=0)
        machine.secretary_edits_in_review(text="justerad")
        machine.chair_edits_and_sends(chair=0, text="ja", votes=None)
        machine.time += 1
        [conflict] = machine._open()
        own_text = f"egen ({machine.time})"
        conflicts.resolve(machine.central, conflict.id, choice, own_text if choice == "text" else None)
        machine.chair_edits_and_sends(chair=0, text="ja", votes=None)
        machine.secretary_edits_in_review(text="justerad")
        [settled] = conflicts.settled(machine.central)
        before = shown(machine.central, machine.note_id, settled.field)
        opened = conflicts.reopen(machine.central, settled.id)
        after = shown(machine.central, machine.note_id, settled.field)
        assert len(before) == 1, "her correction closes the newer conflict it superseded"
        assert set(after) == set(before) | back_on_the_table(settled)
        assert len(set(after)) == len(after)
        assert opened == len(after) - len(before) == len(back_on_the_table(settled))
        if choice == "text":
            assert value_key(own_text) in after
        machine.secretariat_sends_its_bundle()
        assert set(shown(machine.second, machine.note_id, "text")) >= back_on_the_table(settled)
        machine.nothing_open_is_hidden_and_each_value_once()
        machine.the_second_store_depends_only_on_the_bundles()
    finally:
        for store in machine.stores:  # (the machine's teardown reports a target to Hypothesis)
            central_kit.discard(store)

"""A stateful run: after every step, the secretariat's store depends only on which bundles it has seen.

Two laptops edit, delete and restore notes and pass bundles to each other; the secretariat imports
bundles one at a time as they come. After each step a fresh store fed the same bundles at once (in
another order) must hold exactly what the secretariat's store holds, conflicts included, and importing
everything again must change nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings, target
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.merge import merge_records

from .conftest import NOTE_FIELDS

EPOCH_MS = 1_790_000_000_000


class Secretariat(RuleBasedStateMachine):
    kit: Any = None  # the merge tests' helpers (conftest `kit`), set by the test

    def __init__(self) -> None:
        super().__init__()
        self.time = EPOCH_MS
        self.stores: list[Any] = []
        self.bundles: list[list[dict[str, Any]]] = []
        self.seen: list[int] = []  # indexes of bundles the secretariat imported, in order
        self.most_conflicts = 0

    def _central(self, origin: str) -> Any:
        """The secretariat's store, on the backend under test (the laptops stay on SQLite)."""
        store = self.kit.central_store(origin, lambda: self.time)
        self.stores.append(store)
        return store

    def _store(self, origin: str, skew: int = 0) -> Any:
        store = self.kit.memory_store(origin, lambda: self.time + skew)
        self.stores.append(store)
        return store

    @initialize(skew=st.integers(-5_000, 5_000))
    def open_stores(self, skew: int) -> None:
        self.laptops = [self._store("1" * 16), self._store("2" * 16, skew)]
        self.central = self._central("c" * 16)
        self.note_ids = [self.laptops[0].write("note", None, {**NOTE_FIELDS, "text": "Fler bussar"})]
        self._export(0)
        self._import(self.laptops[1], self.bundles[0])

    def teardown(self) -> None:
        target(float(self.most_conflicts), label="open conflicts")  # steer towards runs that have some
        for store in self.stores:
            self.kit.discard(store)

    def _export(self, laptop: int) -> None:
        self.bundles.append(list(self.laptops[laptop].dump("note")))

    @staticmethod
    def _import(store: Any, records: list[dict[str, Any]]) -> None:
        with store.transaction():
            merge_records(store, records)

    @rule(laptop=st.integers(0, 1), note=st.integers(0, 2), text=st.sampled_from(["ja", "nej", "kanske"]))
    def edit_text(self, laptop: int, note: int, text: str) -> None:
        self.time += 1
        note_id = self.note_ids[note % len(self.note_ids)]
        if self.laptops[laptop].get("note", note_id, include_deleted=True) is not None:
            self.laptops[laptop].write("note", note_id, {"text": f"{text} ({laptop}, {self.time})"})

    @rule(laptop=st.integers(0, 1), text=st.sampled_from(["ja", "nej"]))
    def edit_the_first_note_and_send(self, laptop: int, text: str) -> None:
        """What makes conflicts: both laptops keep working on the note they share, and sync."""
        self.edit_text(laptop, 0, text)
        self.export(laptop, to_secretariat=True)

    @rule(laptop=st.integers(0, 1), note=st.integers(0, 2), votes=st.integers(0, 3))
    def vote(self, laptop: int, note: int, votes: int) -> None:
        self.time += 1
        note_id = self.note_ids[note % len(self.note_ids)]
        if self.laptops[laptop].get("note", note_id, include_deleted=True) is not None:
            self.laptops[laptop].write("note", note_id, {"votes": votes})

    @rule(laptop=st.integers(0, 1), note=st.integers(0, 2), deleted=st.booleans())
    def delete_or_restore(self, laptop: int, note: int, deleted: bool) -> None:
        self.time += 1
        note_id = self.note_ids[note % len(self.note_ids)]
        if self.laptops[laptop].get("note", note_id, include_deleted=True) is not None:
            self.laptops[laptop].write("note", note_id, {"deleted": deleted})

    @rule(laptop=st.integers(0, 1))
    def add_note(self, laptop: int) -> None:
        self.time += 1
        self.note_ids.append(self.laptops[laptop].write("note", None, {**NOTE_FIELDS, "text": "Ny idé"}))

    @rule(laptop=st.integers(0, 1), to_secretariat=st.booleans())
    def export(self, laptop: int, to_secretariat: bool) -> None:
        self._export(laptop)
        if to_secretariat:  # sent at once, as most chairs do
            self._import(self.central, self.bundles[-1])
            self.seen.append(len(self.bundles) - 1)

    @rule(laptop=st.integers(0, 1), data=st.data())
    def pass_bundle_to_laptop(self, laptop: int, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.bundles) - 1))
        self._import(self.laptops[laptop], self.bundles[index])

    @precondition(lambda self: len(self.bundles) > 0)
    @rule(data=st.data())
    def secretariat_imports(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.bundles) - 1))
        self._import(self.central, self.bundles[index])
        self.seen.append(index)

    @invariant()
    def same_as_fresh_stores_fed_the_same_bundles(self) -> None:
        expected = self.kit.canonical_dump(self.central)
        seen = sorted(set(self.seen))
        for order in (seen, seen[::-1]):
            fresh = self.kit.central_store("f" * 16)
            try:
                for index in order:
                    self._import(fresh, self.bundles[index])
                assert self.kit.canonical_dump(fresh) == expected
            finally:
                self.kit.discard(fresh)
        self._import(self.central, [r for i in seen for r in self.bundles[i]])
        assert self.kit.canonical_dump(self.central) == expected

    @invariant()
    def count_conflicts(self) -> None:
        count = self.central.conn.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0]
        self.most_conflicts = max(self.most_conflicts, count)


@pytest.mark.slow  # among the four slowest of the suite; still runs in make test
def test_secretariat_store_depends_only_on_the_bundles_seen(central_kit) -> None:
    Secretariat.kit = central_kit
    Secretariat.TestCase.settings = settings(
        max_examples=40 if central_kit.backend == "sqlite" else 6,  # a server round trip a statement
        stateful_step_count=15,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    Secretariat.TestCase().runTest()

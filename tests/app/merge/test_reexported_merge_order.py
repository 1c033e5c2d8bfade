"""A secretariat's re-export of a merged note: a second secretariat store holds the same conflicts
whatever order the bundles arrive in.

The secretariat edits a note twice (only the second state travels), a chair's vote on it arrives and is
merged, and the secretariat exports again. The merged row travels under the secretariat's head (its
second edit), whose base is its first, unshipped edit; the chair's vote happens to be stamped in that
same millisecond, so the re-export shows its head as started from the chair's state (app/knowledge.py,
`evident_parent`). A store that merged the vote into the first export itself holds the re-export's exact
row already, and one that received the re-export first holds a row with the same head as the first
export: in both, every record that arrived must count as evidence of what its head saw, or the
secretariat's first text is opened as a conflict in one order and not in the other.
"""

from __future__ import annotations

import itertools

import pytest

from app.merge import merge_records

from .conftest import NOTE_FIELDS

NOTE = {**NOTE_FIELDS, "text": "Fler bussar"}


def feed(store, bundles) -> None:
    for records in bundles:
        with store.transaction():
            merge_records(store, records)


@pytest.fixture
def bundles(make_store):
    """created, the secretariat's first export, the vote, the secretariat's re-export (in that order)."""
    time = [1_790_000_000_000]
    chair = make_store("1" * 16, lambda: time[0])
    voter = make_store("2" * 16, lambda: time[0] - 2)  # its clock two milliseconds behind
    central = make_store("c" * 16, lambda: time[0])
    note_id = chair.write("note", None, NOTE)
    created = list(chair.dump("note"))
    feed(voter, [created])
    feed(central, [created])
    for text in ("Fler bussar (rättad)", "Fler bussar (justerad)"):
        time[0] += 1
        central.write("note", note_id, {"text": text})
    first_export = list(central.dump("note"))
    time[0] += 1
    voter.write("note", note_id, {"votes": 1})
    vote = list(voter.dump("note"))
    assert vote[0]["rev"] == first_export[0]["base_rev"]  # the coincidence of the millisecond
    feed(central, [vote])
    reexport = list(central.dump("note"))
    assert (reexport[0]["rev"], reexport[0]["origin"]) == (first_export[0]["rev"], first_export[0]["origin"])
    return [created, first_export, vote, reexport]


def test_a_reexported_merge_opens_the_same_conflicts_in_either_order(central_kit, bundles):
    oldest_first = central_kit.central_store("d" * 16)
    newest_first = central_kit.central_store("e" * 16)
    try:
        feed(oldest_first, bundles)
        feed(newest_first, bundles[::-1])
        conflicts = central_kit.canonical_dump(oldest_first)["conflicts"]
        assert central_kit.canonical_dump(newest_first)["conflicts"] == conflicts
        # The re-export shows the secretariat's head as having seen the chair's first text (through the
        # vote), and the secretariat had in fact seen it: nothing is open.
        assert conflicts == []
    finally:
        central_kit.discard(oldest_first)
        central_kit.discard(newest_first)


def test_every_order_and_grouping_of_the_reexport_ends_alike(central_kit, bundles):
    """Among the orders: the re-export before the first export (two records under one head, the stored
    one kept as it arrived), and all four bundles merged in one call (the vote merged into the first
    export inside the batch, then the re-export found equal to that row)."""
    expected = None
    for order in [*itertools.permutations(bundles), [[r for b in bundles for r in b]]]:
        store = central_kit.central_store("d" * 16)
        try:
            feed(store, order)
            dump = central_kit.canonical_dump(store)
        finally:
            central_kit.discard(store)
        expected = expected or dump
        assert dump == expected
    assert expected is not None and expected["conflicts"] == []


def unseen_text_history(make_store, central_store=None):
    """The chair writes a second text, which the voter sees and the secretariat does not; the voter's
    vote shares its millisecond with the secretariat's first, unshipped edit. Returns the secretariat's
    store (made by `central_store`, else a SQLite one) and the bundles: created, second text, first
    export, vote, re-export."""
    t = {"chair": 1_790_000_000_000, "voter": 1_790_000_000_000, "central": 1_790_000_000_000}
    chair = make_store("1" * 16, lambda: t["chair"])
    voter = make_store("2" * 16, lambda: t["voter"])
    central = (central_store or make_store)("c" * 16, lambda: t["central"])
    note_id = chair.write("note", None, NOTE)
    created = list(chair.dump("note"))
    feed(voter, [created])
    feed(central, [created])
    t["chair"] += 1
    chair.write("note", note_id, {"text": "Fler bussar på lördagar"})
    second = list(chair.dump("note"))
    feed(voter, [second])
    t["central"] += 1  # after the chair's second text, which it has not received
    for text in ("Fler bussar (rättad)", "Fler bussar (justerad)"):
        t["central"] += 1
        central.write("note", note_id, {"text": text})
    first_export = list(central.dump("note"))
    t["voter"] += 2
    voter.write("note", note_id, {"votes": 1})
    vote = list(voter.dump("note"))
    assert vote[0]["rev"] == first_export[0]["base_rev"]
    feed(central, [vote])
    return central, [created, second, first_export, vote, list(central.dump("note"))]


def open_values(kit, store) -> list[str]:
    return [conflict[4] for conflict in kit.canonical_dump(store)["conflicts"]]


def test_the_secretariats_own_reexport_merged_back_keeps_what_it_holds_open(make_store, central_kit):
    """What the secretariat's edit had seen is recorded exactly where it was made: its re-export coming
    back (a repair merges the workspace's own exports again), or a laptop's row under its head, adds
    nothing to it, and the chair's text the secretariat never saw stays open."""
    central, bundles = unseen_text_history(make_store, central_kit.central_store)
    try:
        secretariat_reexport_and_relay_come_back(make_store, central_kit, central, bundles)
    finally:
        central_kit.discard(central)


def secretariat_reexport_and_relay_come_back(make_store, kit, central, bundles) -> None:
    assert open_values(kit, central) == ['"Fler bussar på lördagar"']
    feed(central, bundles)
    assert open_values(kit, central) == ['"Fler bussar på lördagar"']
    # A laptop's row under the secretariat's head, with a theme another laptop set meanwhile: merged,
    # not equal, and it shows the same stamp at the head's base rev.
    themer = make_store("3" * 16, lambda: 1_790_000_000_001)
    feed(themer, bundles[:1])
    themer.write("note", bundles[0][0]["id"], {"themes": ["kollektivtrafik"]})
    relay = make_store("4" * 16, lambda: 1_790_000_000_000)
    feed(relay, [bundles[-1], list(themer.dump("note"))])
    relayed = list(relay.dump("note"))
    assert (relayed[0]["rev"], relayed[0]["origin"]) == (bundles[-1][0]["rev"], bundles[-1][0]["origin"])
    feed(central, [relayed, list(themer.dump("note"))])
    assert central.get("note", bundles[0][0]["id"])["themes"] == ["kollektivtrafik"]
    assert open_values(kit, central) == ['"Fler bussar på lördagar"']


def test_a_text_the_secretariat_never_saw_stays_open_on_a_store_its_reexport_reaches(make_store, central_kit):
    """In `unseen_text_history`, the secretariat's own store holds the chair's second text open beside its
    own. Its re-export carries the vote merged in after its head was written, stamped in the millisecond
    of the head's base: read there, the vote would be the state the secretariat's edit started from, and
    so the chair's text it had seen. The re-export shows instead the base its store knows the head
    started from, and a store that merges the same bundles, in any order, holds the text open too."""
    central, bundles = unseen_text_history(make_store, central_kit.central_store)
    try:
        held_open = open_values(central_kit, central)
        assert held_open == ['"Fler bussar på lördagar"']
        reexport = bundles[-1][0]
        assert reexport["base_rev"] != bundles[2][0]["base_rev"]  # not the vote's millisecond
        orders = list(itertools.permutations(bundles))
        if central_kit.backend == "postgresql":  # a server round trip a statement: a few orders
            orders = [orders[0], orders[-1], [bundles[4], *bundles[:4]]]
        for order in orders:
            store = central_kit.central_store("d" * 16)
            try:
                feed(store, order)
                assert open_values(central_kit, store) == held_open, order
            finally:
                central_kit.discard(store)
    finally:
        central_kit.discard(central)

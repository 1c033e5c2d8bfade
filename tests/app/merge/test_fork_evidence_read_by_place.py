"""After a signer's chain has split, the fork evidence is read from the exports that can bear on it: the
forked key's own, the others at its tables, and their chains. A store that keeps every conference's
exports does not read the others' (what a copied profile costs follows its tables, not the store), and
the evidence is the one the whole list of exports gives. On both store backends."""

from __future__ import annotations

from app import conflict_authors, conflicts
from app.bundles import inbox
from app.merge import forks
from app.merge.bulk import merge_records
from app.merge.forks import Carrier, load_evidence

from .test_fork_evidence_storage import _COPY, _CREATED, _ORIGINAL, _rev

_O = "0000000000000001"


def _export(name: str, key: str, sequence: int, previous: str | None, at: str, conference: str) -> Carrier:
    return Carrier(name, key, sequence, previous, at, origin=_O, conference_id=conference, tables=(7,))


def _elsewhere(records: list[dict], conference: str) -> list[dict]:
    """The same notes as another conference's (other ids), as another chair exported them."""
    return [
        {
            **r,
            "id": f"{conference}-{r['id'][len(conference) + 1 :]}",
            "fields": {**r["fields"], "conference_id": conference},
        }
        for r in records
    ]


def _merge(store, carrier: Carrier, records: list[dict]) -> None:
    with store.transaction():
        merge_records(store, records, carrier)


def test_the_evidence_of_a_split_chain_reads_its_own_tables_exports_not_the_stores(central_kit, monkeypatch):
    store = central_kit.central_store("c000000000000000")
    try:
        # Another chair's table 7 at conference "conf" (same place), in a chain of two exports.
        _merge(store, _export("N0:1", "key1", 1, None, _rev(1), "conf"), _CREATED)
        _merge(store, _export("N0:2", "key1", 2, "N0:1", _rev(2), "conf"), _CREATED)
        for other in ("annan", "tredje"):  # tables of other conferences, their chairs' chains unsplit
            for n in (1, 2):
                previous = f"{other}:{n - 1}" if n > 1 else None
                _merge(
                    store,
                    _export(f"{other}:{n}", f"key-{other}", n, previous, _rev(n), other),
                    _elsewhere(_CREATED, other),
                )
        # The copied profile: key0 signs number 2 twice.
        _merge(store, _export("L0:1", "key0", 1, None, _rev(3), "conf"), _CREATED)
        _merge(store, _export("L0:2", "key0", 2, "L0:1", _rev(8), "conf"), _ORIGINAL)
        _merge(store, _export("L1:2", "key0", 2, "L0:1", _rev(4), "conf"), _COPY)

        read: list[Carrier] = []
        reading = forks._carriers

        def counted(*args, **kwargs) -> list[Carrier]:
            found = reading(*args, **kwargs)
            read.extend(found)
            return found

        monkeypatch.setattr(forks, "_carriers", counted)
        evidence = load_evidence(store)
        assert evidence is not None and evidence.forked == {"key0"}
        # Nothing of the other conferences' exports read.
        assert {c.conference_id for c in read} == {"conf"}
        # The evidence is what the whole list of exports gives: the forked key's and its table's others,
        # each with its chain.
        assert set(evidence.carriers) == {"L0:1", "L0:2", "L1:2", "N0:1", "N0:2"}
        assert evidence.ancestors == {
            "L0:1": {"L0:1"},
            "L0:2": {"L0:2", "L0:1"},
            "L1:2": {"L1:2", "L0:1"},
            "N0:1": {"N0:1"},
            "N0:2": {"N0:2", "N0:1"},
        }
        carried = {export for export, _record in evidence.versions[_CREATED[0]["id"]][1]}
        assert carried == {"L0:1", "L0:2", "L1:2", "N0:1", "N0:2"}

        # Naming the sides of the copy's conflict: the same reads, and the names of the forked key alone.
        read.clear()
        asked: list[object] = []
        naming = inbox.trusted_names

        def names(store, key_ids=None):
            asked.append(None if key_ids is None else set(key_ids))
            return naming(store, key_ids)

        monkeypatch.setattr(inbox, "trusted_names", names)
        found = conflicts.open_conflicts(store)
        assert {(c.field, c.ours, c.theirs) for c in found} == {("text", "nej", "Bättre bussar")}
        described = conflict_authors.sides(store, found)
        assert all(side.copied_profile for side in described.values()) and len(described) == 2
        assert {c.conference_id for c in read} == {"conf"} and asked == [{"key0"}]
    finally:
        central_kit.discard(store)

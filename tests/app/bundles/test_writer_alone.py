"""Naming one edit's writer (an open conflict's side, the minutes' disputed facts, an edit's history)
reads that origin's signer and that key's names alone, not every signer and trusted key of a store that
has imported thousands of tables' exports; the name is the one the whole list gives, and an origin that
several keys brought (a copied laptop profile) is still decided among all."""

from __future__ import annotations

import pytest

from app.bundles import contributors, trust
from app.bundles.contributors import writer_of
from app.bundles.inbox import trusted_names

# origin -> the keys that brought it; key -> its trust entries' names, oldest first ("" for a pin only)
ORIGINS = {
    "a1": ["ka"],  # trusted twice: the later name counts
    "b2": ["kb"],  # only pinned
    "c3": ["kc"],  # neither: the name the bundle was signed with
    "d4": ["kd", "ke"],  # a copied profile: brought by two keys
    "e5": ["ke"],  # the copy's own laptop
}
TRUSTED = {"ka": ["Anna B", "Anna Berg"], "kd": ["Dan Ek"], "ke": ["Eva Lund"]}


def _signers(store) -> None:
    with store.transaction():
        for number, (key_id, names) in enumerate(TRUSTED.items()):
            for turn, name in enumerate(names):
                store.conn.execute(
                    "INSERT INTO bundle_trust (key_id, public_key, name, role, conference_id, table_number,"
                    " added_at, revoked_at, source) VALUES (?, 'x', ?, 'chair', 'c', ?, ?, NULL, 'manual')",
                    (key_id, name, number + 1, f"2026-03-0{turn + 1}T10:00:00Z"),
                )
        store.conn.execute(
            "INSERT INTO bundle_pins (conference_id, key_id, public_key, signer_name, pinned_at)"
            " VALUES ('c', 'kb', 'x', 'Bo Pinnad', '2026-03-01T10:00:00Z')"
        )
        for origin, keys in ORIGINS.items():
            for key_id in keys:
                store.conn.execute(
                    "INSERT INTO origin_signers (origin, key_id, signer_name, bundle_id, seen_at)"
                    " VALUES (?, ?, ?, ?, '2026-03-01T10:00:00Z')",
                    (origin, key_id, f"signed by {key_id}", f"bundle-{origin}-{key_id}"),
                )


def test_a_writer_is_named_as_the_whole_list_names_it(store) -> None:
    _signers(store)
    whole = contributors._writers(store)
    names = trusted_names(store)
    for origin in ORIGINS:
        key_id, name = whole[origin]
        writer = writer_of(store, origin)
        assert writer is not None and writer.name == name, origin
        assert writer.bundle_id == f"bundle-{origin}-{key_id}"
    assert [writer_of(store, o).name for o in ("a1", "b2", "c3")] == [
        "Anna Berg",
        "Bo Pinnad",
        "signed by kc",
    ]
    assert names["ka"] == "Anna Berg"
    assert writer_of(store, "unknown") is None
    assert writer_of(store, store.origin).here


def test_an_origin_one_key_brought_is_named_without_reading_every_key(store, monkeypatch) -> None:
    _signers(store)

    def whole_list(*_args, **_kwargs):
        raise AssertionError("read every signer and trusted key")

    monkeypatch.setattr(trust, "entries", whole_list)
    monkeypatch.setattr(contributors, "_writers", whole_list)
    assert writer_of(store, "a1").name == "Anna Berg"
    assert writer_of(store, "e5").name == "Eva Lund"
    with pytest.raises(AssertionError, match="every signer"):
        writer_of(store, "d4")  # a copied profile's origin is decided among all


def test_a_tables_writers_are_found_without_reading_every_key(
    world, secretariat, tmp_path, monkeypatch
) -> None:
    """Anna's export of her table imported; the secretariat corrects one of her notes. Who wrote the
    table's notes and which were corrected come out the same when the whole trust list and signer map
    cannot be read, as they do from them."""
    from app import notes
    from app.bundles import import_files
    from app.bundles.contributors import corrected_notes, table_contributors

    path = tmp_path / "table.rbz"
    path.write_bytes(world.table_bundle)
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == "imported", receipt
    store, conference, table = secretariat.store, world.conference_id, world.table
    annas = notes.list_notes(store, conference, table_number=table)
    notes.edit_note(store, annas[0].id, text="Rättat av kansliet")
    expected = (table_contributors(store, conference, table), corrected_notes(store, conference, table))
    assert [c.name for c in expected[0]] == ["Anna Berg"] and expected[1] == {annas[0].id}

    def whole_list(*_args, **_kwargs):
        raise AssertionError("read every signer and trusted key")

    monkeypatch.setattr(trust, "entries", whole_list)
    monkeypatch.setattr(contributors, "_writers", whole_list)
    assert (
        table_contributors(store, conference, table),
        corrected_notes(store, conference, table),
    ) == expected

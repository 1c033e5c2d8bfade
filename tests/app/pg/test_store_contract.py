"""The store's contract, on both backends: writing, stamping, reading, transactions, migrations."""

from __future__ import annotations

import pytest

from app import schema
from app.errors import NotFound


def test_write_get_select_and_dump_agree(backend_store) -> None:
    store = backend_store
    process = store.write("process", None, {"name": "Regional utveckling", "organisation": "Region Ö"})
    theme = store.write("theme", None, {"process_id": process, "name": "Unga", "position": 1})
    store.write("theme", theme, {"name": "Unga vuxna"})
    got = store.get("theme", theme)
    assert got["name"] == "Unga vuxna" and got["position"] == 1
    assert got["stamps"]["name"][0] > got["stamps"]["position"][0]
    assert got["base_rev"] != "0" * len(got["base_rev"]) or got["base_rev"]
    assert [t["id"] for t in store.select("theme", "process_id = ?", (process,))] == [theme]
    store.delete("theme", theme)
    assert store.get("theme", theme) is None
    assert store.get("theme", theme, include_deleted=True)["deleted"] is True
    assert store.select("theme") == []
    [wire] = list(store.dump("theme"))
    assert wire["deleted"] is True and wire["fields"]["name"] == "Unga vuxna"
    with pytest.raises(NotFound):
        store.write("theme", "no-such-id", {"name": "x"})


def test_a_failed_transaction_writes_nothing_and_a_failed_savepoint_only_its_part(backend_store) -> None:
    store = backend_store
    with pytest.raises(RuntimeError), store.transaction():
        store.write("process", None, {"name": "borta"})
        raise RuntimeError("stop")
    assert store.select("process") == []
    with store.transaction():
        kept = store.write("process", None, {"name": "kvar"})
        with pytest.raises(RuntimeError), store.transaction():
            store.write("process", None, {"name": "ångrad"})
            raise RuntimeError("undo the inner part")
    assert [p["id"] for p in store.select("process")] == [kept]


def test_stamps_only_grow_and_the_clock_survives_reopening(backend_store) -> None:
    store = backend_store
    ids = store.create_many("process", [{"name": f"p{i}"} for i in range(5)])
    revs = [store.get("process", i)["rev"] for i in ids]
    assert revs == sorted(revs) and len(set(revs)) == 5
    assert store.schema_version() == len(schema.known_names())


def test_list_fields_round_trip_with_swedish_text(backend_store) -> None:
    store = backend_store
    note = store.write(
        "note",
        None,
        {
            "conference_id": "c",
            "table_number": 1,
            "text": "Åtta öar – 100 % ägs av Ängelholm",
            "themes": ["Ö", "ä"],
        },
    )
    got = store.get("note", note)
    assert got["themes"] == ["Ö", "ä"] and got["text"] == "Åtta öar – 100 % ägs av Ängelholm"
    assert store.select("note", "text LIKE ?", ("%100 %%",))[0]["id"] == note


def test_a_failed_commit_is_rolled_back_and_the_connection_stays_usable(backend_store) -> None:
    # A deferred foreign key is checked at COMMIT: the one way to make COMMIT itself fail on demand.
    store = backend_store
    raw = store.conn if backend_store.dialect == "sqlite" else store.conn.raw
    if backend_store.dialect == "sqlite":
        raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    raw.execute(
        "CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    before = store.clock.last
    with pytest.raises(Exception, match=r"(?i)foreign key") as caught, store.transaction():
        store.write("process", None, {"name": "föräldralös", "organisation": ""})
        raw.execute("INSERT INTO child VALUES (42)")
    assert "no transaction" not in str(caught.value)
    assert not store.conn.in_transaction
    assert store.select("process") == []
    assert store.clock.last == before, "the stamps of the rolled-back transaction are forgotten"
    kept = store.write("process", None, {"name": "nästa", "organisation": ""})
    assert store.get("process", kept)["name"] == "nästa"


def test_a_write_held_up_by_another_secretary_says_busy_and_the_connection_stays_usable(pg_dsn) -> None:
    import psycopg

    from app.errors import StoreBusy
    from app.pg.store import PgStore

    store = PgStore(pg_dsn, origin="b1b2c3d4e5f60718", busy_timeout=0.2)
    other = psycopg.connect(pg_dsn, autocommit=True)  # another secretary, in the middle of her own save
    try:
        other.execute("BEGIN")
        other.execute("INSERT INTO meta (key, value) VALUES ('språk', 'en')")
        with pytest.raises(StoreBusy, match="try again"):
            store.meta_set("språk", "sv")
        assert not store.conn.in_transaction
        other.execute("COMMIT")
        store.meta_set("språk", "sv")
        assert store.meta_get("språk") == "sv"
    finally:
        other.close()
        store.close()

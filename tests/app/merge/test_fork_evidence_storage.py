"""How the fork evidence is kept: each record line once, however many exports carried it; nothing of it
read while no signer's chain has split; and evidence kept the earlier way (each export's records whole)
still read, and its forks still found, so a store from before decides as it did."""

from __future__ import annotations

import base64
import json
import zlib

from app.merge.bulk import merge_records
from app.merge.forks import Carrier, load_evidence
from app.merge.registers import compact_json

from .conftest import discard, memory_store

_O = "0000000000000001"
_NOTE = "d95bafc8-f2a4-427b-9cf4-bb99f4bea973"
_OTHER = "1c3f0a55-3d4e-4b57-a0f2-6e0f3b9d1e22"


def _rev(n: int) -> str:
    return f"001790000001990-{n:06d}"


def _state(note_id: str, rev: str, base: str, text: str, text_at: str) -> dict:
    """A note as an export carried it: created at _rev(0), its text written at `text_at`."""
    fields = {"conference_id": "conf", "table_number": 7, "question_id": "q1", "kind": "note", "text": text}
    fields.update(themes=[], votes=0, position=1, person_id=None)
    stamps = {name: [_rev(0), _O] for name in [*fields, "deleted"]}
    stamps["text"] = [text_at, _O]
    return {"id": note_id, "type": "note", "origin": _O, "rev": rev, "base_rev": base, "deleted": False,
            "fields": fields, "stamps": stamps}  # fmt: skip


def _export(name: str, sequence: int, previous: str | None, at: str) -> Carrier:
    return Carrier(name, "key0", sequence, previous, at, origin=_O, conference_id="conf", tables=(7,))


_ZERO = "000000000000000-000000"
_CREATED = [
    _state(_NOTE, _rev(0), _ZERO, "ja", _rev(0)),
    _state(_OTHER, _rev(0), _ZERO, "Fler bussar", _rev(0)),
]
_ORIGINAL = [_state(_NOTE, _rev(7), _rev(0), "nej", _rev(7)), _CREATED[1]]
_COPY = [_state(_NOTE, _rev(3), _rev(0), "Bättre bussar", _rev(3)), _CREATED[1]]


def _merge(store, carrier: Carrier, records: list[dict]) -> None:
    with store.transaction():
        merge_records(store, records, carrier)


def test_each_record_line_is_kept_once_and_an_unsplit_chain_reads_no_evidence():
    store = memory_store("c000000000000000")
    _merge(store, _export("L0:1", 1, None, _rev(1)), _CREATED)
    _merge(store, _export("L0:2", 2, "L0:1", _rev(2)), _CREATED)  # the whole table again, unchanged
    _merge(store, _export("L0:3", 3, "L0:2", _rev(8)), _ORIGINAL)  # one note edited
    assert store.conn.execute("SELECT count(*) FROM merge_lines").fetchone()[0] == 3
    assert store.conn.execute("SELECT count(*) FROM merge_carriers").fetchone()[0] == 3

    asked: list[str] = []
    store.conn.set_trace_callback(asked.append)
    try:
        assert load_evidence(store) is None
    finally:
        store.conn.set_trace_callback(None)
    # one look at the exports noted as splitting a chain (an index), none at every export or record
    assert asked and all("forked" in sql for sql in asked if "merge_carriers" in sql)
    assert not any("merge_lines" in sql or "records" in sql for sql in asked)
    discard(store)


def test_a_copy_splitting_the_chain_is_found_and_its_records_read_back_as_carried():
    store = memory_store("c000000000000000")
    _merge(store, _export("L0:1", 1, None, _rev(1)), _CREATED)
    _merge(store, _export("L0:2", 2, "L0:1", _rev(8)), _ORIGINAL)
    _merge(store, _export("L1:2", 2, "L0:1", _rev(4)), _COPY)  # the copy signs number 2 as well
    evidence = load_evidence(store)
    assert evidence is not None and evidence.forked == {"key0"}
    carried = {export: record for export, record in evidence.versions[_NOTE][1]}
    assert carried == {"L0:1": _CREATED[0], "L0:2": _ORIGINAL[0], "L1:2": _COPY[0]}
    texts = {json.loads(v) for (v,) in store.conn.execute("SELECT value FROM conflicts WHERE field = 'text'")}
    assert texts == {"nej", "Bättre bussar"} - {store.get("note", _NOTE)["text"]}
    discard(store)


def _as_kept_before(store) -> None:
    """Rewrite the evidence as it was kept before records were kept by line: each export's records
    whole (zlib, base64) and nothing noted about its chain."""
    lines = dict(store.conn.execute("SELECT digest, record FROM merge_lines"))
    for export, digests in store.conn.execute("SELECT manifest_sha256, lines FROM merge_carriers").fetchall():
        texts = [lines[digests[i : i + 32]] for i in range(0, len(digests), 32)]
        packed = base64.b64encode(zlib.compress("\n".join(texts).encode("utf-8"), 6)).decode("ascii")
        store.conn.execute(
            "UPDATE merge_carriers SET records = ?, lines = NULL, forked = NULL WHERE manifest_sha256 = ?",
            (packed, export),
        )
    store.conn.execute("DELETE FROM merge_lines")


def test_evidence_kept_the_earlier_way_is_read_alike_and_a_later_split_is_still_found():
    store = memory_store("c000000000000000")
    _merge(store, _export("L0:1", 1, None, _rev(1)), _CREATED)
    _merge(store, _export("L0:2", 2, "L0:1", _rev(8)), _ORIGINAL)
    with store.transaction():
        _as_kept_before(store)
    assert load_evidence(store) is None
    assert compact_json(_CREATED[0]) not in {
        r for (r,) in store.conn.execute("SELECT record FROM merge_lines")
    }

    _merge(store, _export("L1:2", 2, "L0:1", _rev(4)), _COPY)  # arrives after the store was upgraded
    evidence = load_evidence(store)
    assert evidence is not None and evidence.forked == {"key0"}
    carried = {export: record for export, record in evidence.versions[_NOTE][1]}
    assert carried == {"L0:1": _CREATED[0], "L0:2": _ORIGINAL[0], "L1:2": _COPY[0]}
    assert store.conn.execute("SELECT count(*) FROM merge_carriers WHERE forked IS NULL").fetchone()[0] == 0
    texts = {json.loads(v) for (v,) in store.conn.execute("SELECT value FROM conflicts WHERE field = 'text'")}
    assert texts == {"nej", "Bättre bussar"} - {store.get("note", _NOTE)["text"]}
    discard(store)


def _as_lines(carrier: Carrier, records: list[dict], encoding: str) -> tuple[Carrier, list[bytes]]:
    """The export as the reader hands it over: each record's line bytes and the line's digest."""
    from dataclasses import replace

    from app.bundles.codec import encode_records, line_digest

    lines = encode_records(records, encoding).splitlines()
    digests = tuple(line_digest(f"ctx\0{encoding}\0".encode(), line) for line in lines)
    return replace(carrier, lines=digests, texts=tuple(lines)), lines


def test_a_record_is_kept_as_the_line_its_export_carried_and_read_back_as_that_record():
    store = memory_store("c000000000000000")
    first, first_lines = _as_lines(_export("L0:1", 1, None, _rev(1)), _CREATED, "compact")
    _merge(store, first, _CREATED)
    kept = {r for (r,) in store.conn.execute("SELECT record FROM merge_lines")}
    assert kept == {line.decode("utf-8") for line in first_lines}  # the bytes, not the record re-encoded
    _merge(store, _as_lines(_export("L0:2", 2, "L0:1", _rev(8)), _ORIGINAL, "jsonl")[0], _ORIGINAL)
    _merge(store, _export("L1:2", 2, "L0:1", _rev(4)), _COPY)  # no lines: kept as canonical JSON
    evidence = load_evidence(store)
    assert evidence is not None and evidence.forked == {"key0"}
    carried = {export: record for export, record in evidence.versions[_NOTE][1]}
    assert carried == {"L0:1": _CREATED[0], "L0:2": _ORIGINAL[0], "L1:2": _COPY[0]}
    texts = {json.loads(v) for (v,) in store.conn.execute("SELECT value FROM conflicts WHERE field = 'text'")}
    assert texts == {"nej", "Bättre bussar"} - {store.get("note", _NOTE)["text"]}
    discard(store)

"""Merging many signed table exports into the secretariat's store, against a raw sqlite3 upsert.

Default: 1,000 bundles of 1,000 notes (1,000,000 notes) from 40 chairs' keys, imported through
`app.bundles.import_files` (every signature verified, every record merged by app.merge). Printed:
- notes/s of that import, and of the floor measured in the same run: one `executemany` upsert of the
  same rows in one transaction into the store's notes table with its indexes and FTS5 index, nothing else;
  their ratio;
- re-importing the same files (the ledger knows them) and importing every record again in freshly
  signed bundles (all unchanged: the merge path proper), each as a speed-up over the first import;
- peak memory of each phase (each runs in its own process, so the peaks are its own);
- the size of a note record on the wire: the v1 "jsonl" form against format 2's "compact" one (what a
  chair writes to a secretariat on this version, and what the bundles here carry).

`RUNDABORD_BENCH_MERGE=BUNDLES,NOTES` scales it down, e.g. `100,1000` for a quick look.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

CHAIRS = 40


def _scale() -> tuple[int, int]:
    raw = os.environ.get("RUNDABORD_BENCH_MERGE", "1000,1000")
    bundles, notes = (int(part) for part in raw.split(","))
    return bundles, notes


def _peak_mb() -> float:
    """This process's own peak resident memory. Linux's ru_maxrss survives exec, so a child started
    from a big parent would report the parent's peak; VmHWM belongs to the new address space alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


# -- making the bundles ---------------------------------------------------------------------------


def _make(folder: Path, bundle_count: int, notes_per_bundle: int) -> dict[str, Any]:
    """The secretariat's workspace (demo conference, 40 chairs trusted) and two sets of signed bundles:
    `first` with new notes, `again` with the very same records re-signed (new bundle ids)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app import conferences, demo
    from app.bundles import trust
    from app.bundles.codec import decode_records
    from app.bundles.format import KIND_TABLE, sha256_hex
    from app.bundles.records_compact import COMPACT
    from app.bundles.writer import assemble, build_manifest, records_bytes
    from app.hlc import HybridClock
    from app.workspace import Workspace
    from bench.wire import new_note

    central = Workspace.create(folder / "kansli", "secretariat")
    conference_id = demo.ensure_demo(central.store)
    questions = [q.id for q in conferences.questions(central.store, conference_id)]
    keys = [Ed25519PrivateKey.generate() for _ in range(CHAIRS)]
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    publics = [k.public_key().public_bytes(*raw) for k in keys]
    for table, public in enumerate(publics, 1):
        trust.add(central.store, public, f"Ordförande bord {table}", "chair", conference_id, table)
    central.close()
    clocks = [HybridClock() for _ in range(CHAIRS)]
    origins = [uuid.uuid4().hex[:16] for _ in range(CHAIRS)]
    chain: dict[int, tuple[int, str | None]] = {}

    def sign(chair: int, records: list[dict[str, Any]], name: str) -> Path:
        sequence, previous = chain.get(chair, (0, None))
        data = records_bytes(records, COMPACT)
        manifest = build_manifest(
            records_encoding=COMPACT,
            kind=KIND_TABLE,
            signer_name=f"Ordförande bord {chair + 1}",
            public_key=publics[chair],
            conference_id=conference_id,
            tables=(chair + 1,),
            records=records,
            records_data=data,
            sequence=sequence + 1,
            previous=previous,
            created_utc="2026-03-12T12:00:00Z",
            created_hlc=str(clocks[chair].tick()),
        )
        bundle, manifest_data = assemble(keys[chair], manifest, data)
        chain[chair] = (sequence + 1, sha256_hex(manifest_data))
        path = folder / name
        path.write_bytes(bundle)
        return path

    first, again = [], []
    sizes: dict[str, float] = {}
    for index in range(bundle_count):
        chair = index % CHAIRS
        records = []
        for position in range(notes_per_bundle):
            fields = {
                "conference_id": conference_id,
                "table_number": chair + 1,
                "question_id": questions[position % len(questions)],
                "kind": "proposal" if position % 10 == 0 else "note",
                "text": f"Bord {chair + 1}: förslag {index}-{position} om fler bussar och bättre skolvägar",
                "themes": [],
                "votes": position % 5,
                "position": position + 1,
                "person_id": None,
            }
            records.append(new_note(clocks[chair], origins[chair], fields))
        first.append(str(sign(chair, records, f"first-{index:04d}.rbz")))
        if not sizes:
            sizes = {e: len(records_bytes(records, e)) / len(records) for e in ("jsonl", COMPACT)}
        again.append(records_bytes(records, COMPACT))  # a million records as dicts would not fit
        if (index + 1) % max(1, bundle_count // 10) == 0:
            print(f"   ... made {index + 1}/{bundle_count} bundles", file=sys.stderr, flush=True)
    again_paths = [
        str(sign(i % CHAIRS, decode_records(data, COMPACT).records, f"again-{i:04d}.rbz"))
        for i, data in enumerate(again)
    ]
    return {"workspace": str(folder / "kansli"), "first": first, "again": again_paths, "sizes": sizes}


# -- the phases, each in its own process ----------------------------------------------------------


def _phase_import(workspace: str, paths: list[str]) -> dict[str, Any]:
    from app.bundles import import_files, importer
    from app.workspace import Workspace

    merging = [0.0]  # the share of app.merge, apart from reading and verifying the bundles
    merge_records = importer.merge_records

    def timed_merge(store: Any, records: Any, *more: Any) -> Any:
        started = time.perf_counter()
        try:
            return merge_records(store, records, *more)
        finally:
            merging[0] += time.perf_counter() - started

    importer.merge_records = timed_merge
    ws = Workspace(workspace)
    started, cpu = time.perf_counter(), time.process_time()
    receipts = import_files(ws, paths, progress=_progress("imported", started))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    ws.close()
    totals: dict[str, int] = {}
    for receipt in receipts:
        for name, count in receipt.counts.items():
            totals[name] = totals.get(name, 0) + count
    statuses = sorted({r.status for r in receipts})
    refused = [r for r in receipts if r.status == "refused"]
    if refused:  # a figure of refusals would flatter the import
        raise RuntimeError(f"{len(refused)} bundles refused, e.g. {refused[0].reason}")
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "merge_seconds": merging[0],
        "counts": totals,
        "statuses": statuses,
        "peak_mb": _peak_mb(),
    }


def _progress(what: str, started: float):
    """Prints to stderr (shown as the bench runs) every tenth of the way: done, rate, peak memory."""

    def show(done: int, total: int) -> None:
        if done % max(1, total // 10) == 0 or done == total:
            seconds = time.perf_counter() - started
            print(
                f"   ... {what} {done}/{total} bundles in {seconds:.0f} s, peak {_peak_mb():.0f} MB",
                file=sys.stderr,
                flush=True,
            )

    return show


def _phase_raw_upsert(folder: str, paths: list[str]) -> dict[str, Any]:
    """The floor: the same rows upserted by one `executemany` per bundle inside ONE transaction, into a
    notes table with the store's own columns and indexes and its FTS5 index of the text, and nothing
    else (no lineage triggers, no stamps compared). Nothing can store them, queryable, for less.
    Parsing the bundles is not timed."""
    import zipfile

    from app.bundles.codec import decode_records
    from app.records import record_type
    from app.store import Store, encode_field

    rt = record_type("note")
    store = Store(Path(folder) / "raw.sqlite3")
    for (trigger,) in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'notes'"
        " AND name NOT LIKE 'notes_fts_%'"
    ).fetchall():
        store.conn.execute(f"DROP TRIGGER {trigger}")
    columns = ["id", "origin", "rev", "base_rev", "deleted", "stamps", *rt.fields]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    sql = (
        f"INSERT INTO notes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        f" ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    seconds = cpu = 0.0
    store.conn.execute("BEGIN IMMEDIATE")
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            encoding = json.loads(archive.read("manifest.json")).get("records_encoding", "jsonl")
            records = decode_records(archive.read("records.jsonl"), encoding).records
        rows = []
        for r in records:
            rows.append(
                (
                    r["id"],
                    r["origin"],
                    r["rev"],
                    r["base_rev"],
                    int(r["deleted"]),
                    json.dumps(r["stamps"], separators=(",", ":")),
                    *(encode_field(kind, r["fields"][name]) for name, kind in rt.fields.items()),
                )
            )
        started, started_cpu = time.perf_counter(), time.process_time()
        store.conn.executemany(sql, rows)
        seconds += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
    started, started_cpu = time.perf_counter(), time.process_time()
    store.conn.execute("COMMIT")
    seconds += time.perf_counter() - started
    cpu += time.process_time() - started_cpu
    store.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": _peak_mb()}


def _in_child(phase: str, *args: Any) -> dict[str, Any]:
    spec = json.dumps([phase, *args])
    done = subprocess.run(  # its progress (stderr) shows as it goes
        [sys.executable, "-m", "bench.bench_merge"],
        input=spec,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench phase {phase} failed (its error is printed above)")
    return json.loads(done.stdout)


def main() -> None:
    bundle_count, notes_per_bundle = _scale()
    total = bundle_count * notes_per_bundle
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        made = _in_child("make", str(folder), bundle_count, notes_per_bundle)
        size = sum(Path(p).stat().st_size for p in made["first"]) / 1e6
        print(
            f"made {bundle_count} signed bundles x {notes_per_bundle} notes ({size:.0f} MB)"
            f" in {time.perf_counter() - started:.1f} s"
        )
        raw = _in_child("raw", str(folder), made["first"])
        first = _in_child("import", made["workspace"], made["first"])
        same_files = _in_child("import", made["workspace"], made["first"])
        resigned = _in_child("import", made["workspace"], made["again"])

    def rate(seconds: float) -> str:
        return f"{total / seconds:,.0f} notes/s"

    sizes = made["sizes"]
    print(
        f"wire: a note record {sizes['jsonl']:.0f} bytes as v1 jsonl, {sizes['compact']:.0f} bytes compact"
        f" (v2): ratio {sizes['compact'] / sizes['jsonl']:.2f} (aim <= 0.33)"
    )
    print(
        f"floor: one-transaction upsert:     {raw['seconds']:7.1f} s  {rate(raw['seconds'])}"
        f" (CPU {raw['cpu_seconds']:.1f} s)"
    )
    print(
        f"import (verify + merge):           {first['seconds']:7.1f} s  {rate(first['seconds'])}"
        f"  ratio to the floor {raw['seconds'] / first['seconds']:.2f} (aim >= 0.3);"
        f" CPU {first['cpu_seconds']:.1f} s: {raw['cpu_seconds'] / first['cpu_seconds']:.2f}"
    )
    print(
        f"   of which app.merge.merge_records {first['merge_seconds']:.1f} s"
        f" ({rate(first['merge_seconds'])},"
        f" ratio to the floor {raw['seconds'] / first['merge_seconds']:.2f});"
        " the rest reads, checks and verifies the bundles"
    )
    print(f"   counts {first['counts']}  {first['statuses']}")
    print(
        f"re-import of the same files:       {same_files['seconds']:7.1f} s"
        f"  {first['seconds'] / same_files['seconds']:,.0f}x faster ({same_files['statuses']})"
    )
    print(
        f"re-import, re-signed, unchanged:   {resigned['seconds']:7.1f} s"
        f"  {first['seconds'] / resigned['seconds']:.1f}x faster than the first import (aim >= 5);"
        f" CPU {first['cpu_seconds']:.1f} s against {resigned['cpu_seconds']:.1f} s:"
        f" {first['cpu_seconds'] / resigned['cpu_seconds']:.1f}x"
    )
    print(
        f"   of which app.merge.merge_records {resigned['merge_seconds']:.1f} s,"
        f" {first['merge_seconds'] / resigned['merge_seconds']:.1f}x faster than merging them new"
    )
    print(f"   counts {resigned['counts']}")
    print(
        f"peak memory: import {first['peak_mb']:.0f} MB, unchanged re-import {resigned['peak_mb']:.0f} MB,"
        f" floor {raw['peak_mb']:.0f} MB (each its own process; aim: import < 500 MB)"
    )
    _targets(total, sizes, raw, first, resigned)


def _targets(total: int, sizes: dict, raw: dict, first: dict, resigned: dict) -> None:
    from bench.summary import target

    wire = sizes["compact"] / sizes["jsonl"]
    target(
        3,
        "note record, compact v2",
        f"{sizes['compact']:.0f} B",
        f"v1 {sizes['jsonl']:.0f} B",
        wire,
        "<= 0.33",
        wire <= 1 / 3,
    )
    target(
        1,
        f"floor: one-transaction upsert of {total:,} notes",
        f"{total / raw['seconds']:,.0f} notes/s ({raw['seconds']:.1f} s wall, {raw['cpu_seconds']:.1f} s CPU;"
        " the import's ratio below is to this)",
    )
    ratio = raw["seconds"] / first["seconds"]
    target(
        2,
        "import (verify + merge), wall",
        f"{first['seconds']:.1f} s",
        f"floor {raw['seconds']:.1f} s",
        ratio,
        ">= 0.3",
        ratio >= 0.3,
    )
    ratio = raw["cpu_seconds"] / first["cpu_seconds"]
    target(
        2,
        "import (verify + merge), CPU",
        f"{first['cpu_seconds']:.1f} s",
        f"floor {raw['cpu_seconds']:.1f} s",
        ratio,
        ">= 0.3",
        ratio >= 0.3,
    )
    for measure, key in (("wall", "seconds"), ("CPU", "cpu_seconds")):
        ratio = first[key] / resigned[key]
        target(
            2,
            f"re-import re-signed, unchanged, {measure}",
            f"{resigned[key]:.1f} s",
            f"first import {first[key]:.1f} s",
            ratio,
            ">= 5x faster",
            ratio >= 5,
        )
    target(
        9,
        f"peak memory, {total:,}-note merge",
        f"{first['peak_mb']:.0f} MB",
        "",
        None,
        "< 500 MB",
        first["peak_mb"] < 500,
    )


def _child() -> None:
    phase, *args = json.loads(sys.stdin.read())
    if phase == "make":
        result = _make(Path(args[0]), int(args[1]), int(args[2]))
    elif phase == "raw":
        result = _phase_raw_upsert(*args)
    else:
        result = _phase_import(*args)
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    _child()

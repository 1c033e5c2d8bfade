"""A secretariat store that grows for years: cost must follow the work, not the store.

A store of 1,000,000 notes over 200 conferences (10 processes of 20 conferences, 40 tables each) is set
against a store that holds only the conference measured, with the very same notes. On both, the same
actions on that one conference: opening the secretariat's window on it, its Review tab (every match of
the filter, then the first page), `status`, its conference minutes, and importing one table's signed
bundle; search and Review's text filter over a query set, both stores in one process (`_side_by_side`).
Printed: both figures and their ratio (aim: each within 1.5x), the peak memory of the window on the
large store (aim: under 300 MB).
The stores come from bench/large_store.py (built once, cached on disk); `RUNDABORD_BENCH_LARGE=
CONFERENCES,NOTES_PER_CONFERENCE` scales them down, e.g. `20,2000` for a quick look.
The measured conference is one in the middle of the store's history, not the newest.
Fair to both sides: the copies are synced to disk before anything is timed; the reads (window, Review,
status) are taken in `RUNDABORD_BENCH_ROUNDS` turns of the two sides (median of the rounds), the
last round then times the minutes and the import; last, Review and search run once more on each side
with its store file out of the page cache (as after a restart), with the KB read from the disk.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


ROUNDS = int(os.environ.get("RUNDABORD_BENCH_ROUNDS", "3"))  # the reads in this many turns of the two sides
SEARCH_ROUNDS = int(os.environ.get("RUNDABORD_BENCH_SEARCH_ROUNDS", "15"))
QUERIES = ("unga", "kommunen skolan", "kultur", "ku", "mötesplatser", "kommunen", "för", "biblioteket")
FILTERS = ("kommunen", "mötesplatser", "kommunen skolan", "unga")  # Review's text filter
_CPU: dict[str, float] = {}  # label -> median CPU ms of this process, beside the wall figures
_DISK: dict[str, float] = {}  # label -> KB read from the disk (not the page cache), for the cold rows


def _disk_read_bytes() -> int:
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("read_bytes:"))


def _cold(figures: dict[str, float], label: str, db_file: Path, works) -> None:
    """Each callable once with the store file out of the page cache, as after a restart of the computer:
    median wall and CPU milliseconds and KB read from the disk. Both sides are dropped alike."""
    walls, cpus, disk = [], [], []
    for work in works:
        descriptor = os.open(db_file, os.O_RDONLY)
        try:
            os.fsync(descriptor)  # dirty pages cannot be dropped
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
        read_before = _disk_read_bytes()
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - started_cpu) * 1000)
        disk.append((_disk_read_bytes() - read_before) / 1024)
    figures[label], _CPU[label], _DISK[label] = (
        statistics.median(walls),
        statistics.median(cpus),
        statistics.median(disk),
    )


def _timed(figures: dict[str, float], label: str, works, runs: int = 5) -> None:
    """Median wall and CPU milliseconds of `runs` rounds of every callable in `works` (the median over
    them). CPU time does not count other programs' work on a shared machine (nor waits for the disk)."""
    walls, cpus = [], []
    for work in works:
        wall, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            work()
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        walls.append(statistics.median(wall))
        cpus.append(statistics.median(cpu))
    figures[label], _CPU[label] = statistics.median(walls), statistics.median(cpus)


def _table_bundle(folder: Path, conference_id: str, questions: list[str], table: int) -> tuple[str, bytes]:
    """One chair's signed export of 125 new notes for `table`: the bundle file and the chair's public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.bundles.format import KIND_TABLE
    from app.bundles.records_compact import COMPACT
    from app.bundles.writer import assemble, build_manifest, records_bytes
    from app.hlc import HybridClock
    from bench.wire import new_note

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    clock, origin = HybridClock(), uuid.uuid4().hex[:16]
    records = []
    for position in range(125):
        fields = {
            "conference_id": conference_id,
            "table_number": table,
            "question_id": questions[position % len(questions)],
            "kind": "note",
            "text": f"Sent inkommen anteckning {position} om kollektivtrafik och mötesplatser",
            "themes": [],
            "votes": 0,
            "position": 10_000 + position,
            "person_id": None,
        }
        records.append(new_note(clock, origin, fields))
    data = records_bytes(records, COMPACT)  # what a chair writes to a secretariat on this version
    manifest = build_manifest(
        records_encoding=COMPACT,
        kind=KIND_TABLE,
        signer_name=f"Ordförande bord {table}",
        public_key=public,
        conference_id=conference_id,
        tables=(table,),
        records=records,
        records_data=data,
        sequence=1,
        previous=None,
        created_utc="2026-03-12T12:00:00Z",
        created_hlc=str(clock.tick()),
    )
    bundle, _ = assemble(key, manifest, data)
    path = folder / f"bord-{table}.rbz"
    path.write_bytes(bundle)
    return str(path), public


# -- measuring one store ---------------------------------------------------------------------------


def _measure(
    workspace_path: str, conference_id: str, bundle: str, public_hex: str, full: bool = True
) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app import search
    from app.bundles import import_files, trust
    from app.minutes.conference import build_conference_minutes
    from app.review import NoteFilter, notes_at, ordered_rowids
    from app.roster import roster
    from app.workspace import Workspace
    from ui.operations import wait_for_all
    from ui.secretariat.window import SecretariatWindow

    app = QApplication.instance() or QApplication([])
    workspace = Workspace(workspace_path)
    store = workspace.store
    figures: dict[str, float] = {}

    def open_window() -> None:
        window = SecretariatWindow(workspace)
        window.show()
        window.choose_conference(conference_id)
        app.processEvents()
        wait_for_all()
        app.processEvents()
        if window.sync_status:
            window.sync_status.stop()
        window.close()
        window.deleteLater()
        app.processEvents()

    _timed(figures, "open the secretariat window on it", [open_window], 3)
    review = [lambda: notes_at(store, ordered_rowids(store, conference_id, NoteFilter())[:100])]
    searches = [lambda q=q: search.search(store, q, conference_id=conference_id, limit=20) for q in QUERIES]
    _timed(figures, "Review tab: all notes, first page", review)
    _timed(figures, "status (who has reported)", [lambda: roster(store, conference_id)])
    if not full:  # an earlier round: the reads alone, before anything is written
        workspace.close()
        return {"wall": figures, "cpu": _CPU, "disk": _DISK}
    with tempfile.TemporaryDirectory() as out:
        minutes = Path(out) / "minutes.pdf"
        _timed(
            figures,
            "conference minutes",
            [lambda: build_conference_minutes(store, conference_id, minutes, "sv")],
            1,
        )
    trust.add(store, bytes.fromhex(public_hex), "Ordförande bord 7", "chair", conference_id, 7)
    receipts = []
    _timed(
        figures,
        "import one table's bundle (125 notes)",
        [lambda: receipts.extend(import_files(workspace, [bundle]))],
        1,
    )
    if any(r.status != "imported" for r in receipts):
        raise RuntimeError(f"the table's bundle was not imported: {receipts}")
    # Last, as dropping the file from the page cache would make every later figure cold too.
    _cold(figures, "Review tab, cold (file not in the cache)", Path(store.path), review)
    _cold(figures, "search, cold (median of 5 queries)", Path(store.path), searches)
    workspace.close()
    return {"wall": figures, "cpu": _CPU, "disk": _DISK}


def _side_by_side(small: tuple[str, str], large: tuple[str, str]) -> dict[str, Any]:
    """Search and Review's text filter on both stores in one process, query by query in turns of the two
    sides (which goes first alternates), after a warm-up: a change of the machine's load falls on both
    alike. Each query's median over SEARCH_ROUNDS, summed over the query set, wall and CPU.

    Why not one child per side, as the other reads: on a shared machine the wall time of a few
    milliseconds is mostly waiting for a core (CPU time was 5-10 ms where wall was 30-60 ms at a load of
    19 on 2 cores), and that wait changes between two processes run seconds apart; the first query of a
    process also pays for its connection's page cache and compiled patterns."""
    from app import search
    from app.review import NoteFilter, matching_rowids
    from app.workspace import Workspace

    sides = {
        name: (Workspace(path), conference)
        for name, (path, conference) in (("small", small), ("large", large))
    }
    works: dict[str, Any] = {}
    for name, (workspace, conference) in sides.items():
        store = workspace.store
        for query in QUERIES:
            works[("search", query, name)] = lambda s=store, q=query, c=conference: search.search(
                s, q, conference_id=c, limit=20
            )
        for text in FILTERS:
            # As the window asks, on a worker thread's connection of its own (nothing kept between calls).
            works[("filter", text, name)] = lambda p=store.path, t=text, c=conference: matching_rowids(
                p, c, NoteFilter(text=t)
            )
    for work in works.values():  # warm-up: the connection's page cache, compiled patterns
        work()
        work()
    load_before = os.getloadavg()[0]
    wall: dict[tuple, list[float]] = {key: [] for key in works}
    cpu: dict[tuple, list[float]] = {key: [] for key in works}
    pairs = sorted({key[:2] for key in works})
    for turn in range(SEARCH_ROUNDS):
        for pair in pairs:
            for name in ("small", "large") if turn % 2 else ("large", "small"):
                started, started_cpu = time.perf_counter(), time.process_time()
                works[(*pair, name)]()
                wall[(*pair, name)].append((time.perf_counter() - started) * 1000)
                cpu[(*pair, name)].append((time.process_time() - started_cpu) * 1000)
    for workspace, _ in sides.values():
        workspace.close()
    figures = {
        f"{kind}|{name}|{measure}": sum(statistics.median(table[(kind, q, name)]) for q in chosen)
        for kind, chosen in (("search", QUERIES), ("filter", FILTERS))
        for name in ("small", "large")
        for measure, table in (("wall", wall), ("cpu", cpu))
    }
    per_query = {
        f"{kind}|{q}": [statistics.median(cpu[(kind, q, name)]) for name in ("small", "large")]
        for kind, q in pairs
    }
    return {"sums": figures, "per_query_cpu": per_query, "load": [load_before, os.getloadavg()[0]]}


def _print_side_by_side(found: dict[str, Any], when: str) -> None:
    sums = found["sums"]
    load = found["load"]
    print(
        f"search and Review's text filter, {when}; both stores in one process, {SEARCH_ROUNDS} turns"
        f" (load average {load[0]:.1f} -> {load[1]:.1f} on {os.cpu_count()} cores):"
    )
    for kind, label, count in (
        ("search", "search, top 20", len(QUERIES)),
        ("filter", "Review's text filter", len(FILTERS)),
    ):
        for measure in ("wall", "cpu"):
            small_ms, large_ms = sums[f"{kind}|small|{measure}"], sums[f"{kind}|large|{measure}"]
            name = f"{label} ({count} queries, summed)" if measure == "wall" else ""
            print(
                f"{name:40} {small_ms:12.1f} ms {large_ms:9.1f} ms {large_ms / max(small_ms, 0.01):6.2f}"
                f"  {'wall' if measure == 'wall' else 'CPU'}"
            )
    worst = max(found["per_query_cpu"].items(), key=lambda item: item[1][1] / max(item[1][0], 0.01))
    (kind, query), (small_ms, large_ms) = worst[0].split("|"), worst[1]
    label = f"  highest ratio: {kind} {query!r}"
    print(f"{label:40} {small_ms:12.2f} ms {large_ms:9.2f} ms {large_ms / max(small_ms, 0.01):6.2f}  CPU")


def _window_memory(workspace_path: str, conference_id: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.workspace import Workspace
    from ui.operations import wait_for_all
    from ui.secretariat.window import SecretariatWindow

    app = QApplication.instance() or QApplication([])
    window = SecretariatWindow(Workspace(workspace_path))
    window.show()
    window.choose_conference(conference_id)
    app.processEvents()
    wait_for_all()
    app.processEvents()
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
    if window.sync_status:
        window.sync_status.stop()
    return {"peak_mb": peak}


def _in_child(phase: str, *args: Any) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_large_store"],
        input=json.dumps([phase, *args]),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench phase {phase} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    from app import conferences
    from app.workspace import Workspace
    from bench.large_store import large_store, measured_conference, scale, small_store, working_copy

    conference_count, notes_per_conference = scale()
    cached_large, cached_small = large_store(), small_store()
    print(
        f"large store: {conference_count} conferences x {notes_per_conference:,} notes"
        f" (cached: {cached_large})"
    )
    with tempfile.TemporaryDirectory(prefix="bench-large-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        small, large = (
            working_copy(cached_small, folder / "small"),
            working_copy(cached_large, folder / "large"),
        )
        os.sync()  # the large copy's 1.5 GB writeback must not run during the measurements that follow
        print(f"copied both stores to write on in {time.perf_counter() - started:.0f} s", flush=True)
        small_id, large_id = measured_conference(small), measured_conference(large)
        bundles = {}
        for name, path, conference_id in (("small", small, small_id), ("large", large, large_id)):
            workspace = Workspace(path)
            questions = [q.id for q in conferences.questions(workspace.store, conference_id)]
            workspace.close()
            (folder / f"{name}-bundle").mkdir()
            bundles[name] = _table_bundle(folder / f"{name}-bundle", conference_id, questions, 7)
        sides = {"small": (str(small), small_id), "large": (str(large), large_id)}
        pair = (str(small), small_id), (str(large), large_id)
        as_built = _in_child("side-by-side", *pair)
        rounds: dict[str, list[dict[str, Any]]] = {"small": [], "large": []}
        for full in [False] * (ROUNDS - 1) + [True]:  # the sides in turns: a change of load falls on both
            for name, (path, conference_id) in sides.items():
                bundle, public = bundles[name]
                rounds[name].append(_in_child("measure", path, conference_id, bundle, public.hex(), full))
        on_small, on_large = _median_of_rounds(rounds["small"]), _median_of_rounds(rounds["large"])
        memory = _in_child("memory", str(large), large_id)
        # After the import the table's 125 notes lie after every other conference's on the large store:
        # the conference is two runs of rowids there, as when a table reports late.
        after_import = _in_child("side-by-side", *pair)
    print(f"{'':40} {'one conference':>15} {'large store':>12} {'ratio':>6}  (aim <= 1.5)")
    for label, small_ms in on_small["wall"].items():
        large_ms, small_cpu, large_cpu = (
            on_large["wall"][label],
            on_small["cpu"][label],
            on_large["cpu"][label],
        )
        print(f"{label:40} {small_ms:12.1f} ms {large_ms:9.1f} ms {large_ms / small_ms:6.2f}  wall")
        print(
            f"{'':40} {small_cpu:12.1f} ms {large_cpu:9.1f} ms {large_cpu / max(small_cpu, 0.01):6.2f}  CPU"
        )
        if label in on_small["disk"]:
            small_kb, large_kb = on_small["disk"][label], on_large["disk"][label]
            ratio = large_kb / max(small_kb, 1)
            print(f"{'':40} {small_kb:12.0f} KB {large_kb:9.0f} KB {ratio:6.2f}  from disk")
    _print_side_by_side(as_built, "the stores as built")
    _print_side_by_side(after_import, "after the import: one table's notes at the large store's end")
    print(f"secretariat window on the large store: peak memory {memory['peak_mb']:.0f} MB (aim < 300 MB)")


def _median_of_rounds(rounds: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Each figure's median over the rounds that measured it (the last round alone writes)."""
    return {
        kind: {
            label: statistics.median(r[kind][label] for r in rounds if label in r[kind])
            for label in rounds[-1][kind]
        }
        for kind in ("wall", "cpu", "disk")
    }


def _child() -> None:
    phase, *args = json.loads(sys.stdin.read())
    phases = {"measure": _measure, "memory": _window_memory, "side-by-side": _side_by_side}
    result = phases[phase](*args)
    sys.stdout.write("\n" + json.dumps(result))


if __name__ == "__main__":
    _child()

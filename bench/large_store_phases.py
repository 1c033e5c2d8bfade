"""The measuring phases of bench_large_store, each run in a child process of its own.

- `window`: a fresh process opens the secretariat's window on one store and its conference, as a
  secretary's start does; it prints when the window was shown, its CPU time, peak memory and the bytes
  it read from the disk. The parent starts these processes for the two stores in turns.
- `reads`: both stores open in one process; the window opened again, the Review tab's query and first
  page as the window shows it, `status`'s work and the conference minutes, each taken on the two
  sides in alternating turns (which side goes first alternates too).
- `cold-reads`: Review and search with the store file dropped from the page cache (as after a restart).
- `imports`: both stores open in one process; one table's signed bundle imported into each in turns,
  a different table (and chair's key) every turn; warm, or cold (the file dropped before each).
- `side-by-side`: search and Review's text filter, query by query in turns.

Every figure is kept per turn (wall and CPU milliseconds), so the parent takes medians and ratios.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SIDES = ("small", "large")
QUERIES = ("unga", "kommunen skolan", "kultur", "ku", "mötesplatser", "kommunen", "för", "biblioteket")
FILTERS = ("kommunen", "mötesplatser", "kommunen skolan", "unga")  # Review's text filter


def disk_read_kb() -> float:
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("read_bytes:")) / 1024


def peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))


def drop_from_cache(db_file: Path | str) -> None:
    """The file out of the operating system's page cache, as after a restart (dirty pages are written
    first: they cannot be dropped)."""
    descriptor = os.open(db_file, os.O_RDONLY)
    try:
        os.fsync(descriptor)
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def _order(turn: int) -> tuple[str, str]:
    return SIDES if turn % 2 else SIDES[::-1]


class Turns:
    """Wall and CPU milliseconds of each (label, side), one entry a turn."""

    def __init__(self) -> None:
        self.wall: dict[str, dict[str, list[float]]] = {}
        self.cpu: dict[str, dict[str, list[float]]] = {}
        self.disk: dict[str, dict[str, list[float]]] = {}

    def time(self, label: str, side: str, work, cold_file: str | None = None) -> None:
        if cold_file:
            drop_from_cache(cold_file)
        read_before = disk_read_kb()
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000
        self.wall.setdefault(label, {}).setdefault(side, []).append(wall)
        self.cpu.setdefault(label, {}).setdefault(side, []).append(cpu)
        self.disk.setdefault(label, {}).setdefault(side, []).append(disk_read_kb() - read_before)

    def result(self) -> dict[str, Any]:
        return {"wall": self.wall, "cpu": self.cpu, "disk": self.disk}


# -- one window in a fresh process -------------------------------------------------------------------


def window(workspace_path: str, conference_id: str) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.workspace import Workspace
    from ui.operations import wait_for_all
    from ui.secretariat.window import SecretariatWindow

    app = QApplication([])
    workspace = Workspace(workspace_path)
    shown = _open_window(app, workspace, conference_id, wait_for_all, SecretariatWindow)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        "shown": shown,
        "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
        "peak_mb": peak_mb(),
        "disk_kb": disk_read_kb(),
    }
    workspace.close()
    return result


def _open_window(app, workspace, conference_id: str, wait_for_all, window_class) -> float:
    """The window shown on the conference with its first queries done (Review's among them); the time
    it was. Closed again after."""
    window = window_class(workspace)
    window.show()
    window.choose_conference(conference_id)
    app.processEvents()
    wait_for_all()
    app.processEvents()
    shown = time.time()
    if window.sync_status:
        window.sync_status.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    return shown


def _review_page(store, conference_id: str) -> None:
    """What the Review tab reads to show a conference: the matches' order on a worker's own connection,
    then the first page of notes and the merged proposals' texts."""
    from app.review import NoteFilter, matching_rowids, merged_proposal_texts, notes_at
    from ui.secretariat.notes_model import PAGE

    rowids = matching_rowids(store.path, conference_id, NoteFilter())
    merged_proposal_texts(store, conference_id)
    notes_at(store, rowids[:PAGE])


# -- the reads, both stores in one process ------------------------------------------------------------


def reads(stores: dict[str, list[str]], rounds: int, minutes_rounds: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.minutes.conference import build_conference_minutes
    from app.roster import roster
    from app.workspace import Workspace
    from ui.operations import wait_for_all
    from ui.secretariat.window import SecretariatWindow

    app = QApplication.instance() or QApplication([])
    open_ = {side: (Workspace(path), conference) for side, (path, conference) in stores.items()}
    turns = Turns()
    out = tempfile.mkdtemp(prefix="bench-minutes-")

    works = {}
    for side, (workspace, conference) in open_.items():
        store = workspace.store
        works[side] = {
            "open the window again (in process)": lambda w=workspace, c=conference: _open_window(
                app, w, c, wait_for_all, SecretariatWindow
            ),
            "Review tab: query and first page": lambda s=store, c=conference: _review_page(s, c),
            "status's work (who has reported)": lambda s=store, c=conference: roster(s, c),
        }
    for side in SIDES:  # warm-up, not counted: the connections' caches, compiled patterns, Qt's first paint
        for work in works[side].values():
            work()
    for turn in range(rounds):
        for label in works["small"]:
            for side in _order(turn):
                turns.time(label, side, works[side][label])
    for turn in range(minutes_rounds):
        for side in _order(turn):
            workspace, conference = open_[side]
            target = Path(out) / f"{side}-{turn}.pdf"
            turns.time(
                "conference minutes",
                side,
                lambda s=workspace.store, c=conference, t=target: build_conference_minutes(s, c, t, "sv"),
            )
    for workspace, _ in open_.values():
        workspace.close()
    return turns.result()


def cold_reads(stores: dict[str, list[str]], rounds: int) -> dict[str, Any]:
    """Review and search as after a restart: the store file dropped from the page cache and a new
    connection (SQLite's own page cache and search's remembered rowid runs empty) before each. Run
    after every warm measurement: what follows a drop is cold too."""
    from app import search
    from app.workspace import DB_NAME, open_store

    paths = {side: (str(Path(folder) / DB_NAME), conference) for side, (folder, conference) in stores.items()}
    for path, conference in paths.values():  # not counted: the modules imported at a first call
        store = open_store(path)
        _review_page(store, conference)
        search.search(store, QUERIES[0], conference_id=conference, limit=20)
        store.close()
    works = {
        "Review tab, cold (store file not in the page cache)": lambda s, c, _q: _review_page(s, c),
        "search, cold (a query a turn)": lambda s, c, q: search.search(s, q, conference_id=c, limit=20),
    }
    turns = Turns()
    for turn in range(rounds):
        for label, work in works.items():
            for side in _order(turn):
                path, conference = paths[side]
                store = open_store(path)  # the connection's opening is not timed
                query = QUERIES[turn % len(QUERIES)]
                turns.time(
                    label, side, lambda w=work, s=store, c=conference, q=query: w(s, c, q), cold_file=path
                )
                store.close()
    return turns.result()


# -- imports, both stores in one process --------------------------------------------------------------


def imports(stores: dict[str, list[str]], bundles: dict[str, list[list[Any]]], cold: bool) -> dict[str, Any]:
    """bundles: side -> [bundle path, chair's public key hex, table number] a turn, the first one a
    warm-up not counted (the modules a first import loads). Cold: the store file dropped from the page
    cache before each counted import."""
    from app.bundles import import_files, trust
    from app.workspace import Workspace

    open_ = {side: (Workspace(path), conference) for side, (path, conference) in stores.items()}
    for side, (workspace, conference) in open_.items():
        for _path, public_hex, table in bundles[side]:
            trust.add(
                workspace.store,
                bytes.fromhex(public_hex),
                f"Ordförande bord {table}",
                "chair",
                conference,
                table,
            )
    for side, (workspace, _) in open_.items():
        import_files(workspace, [bundles[side][0][0]])
    turns = Turns()
    for turn in range(len(bundles["small"]) - 1):
        for side in _order(turn):
            workspace, _ = open_[side]
            path = bundles[side][turn + 1][0]
            receipts: list = []
            turns.time(
                "import one table's bundle (125 notes)" + (", cold" if cold else ""),
                side,
                lambda w=workspace, p=path, r=receipts: r.extend(import_files(w, [p])),
                cold_file=workspace.store.path if cold else None,
            )
            if any(r.status != "imported" for r in receipts):
                raise RuntimeError(f"the table's bundle was not imported: {receipts}")
    for workspace, _ in open_.values():
        workspace.close()
    return turns.result()


# -- search and Review's filter, query by query ------------------------------------------------------


def side_by_side(stores: dict[str, list[str]], rounds: int) -> dict[str, Any]:
    """Search and Review's text filter on both stores, query by query in turns of the two sides, after a
    warm-up. On a shared machine the wall time of a few milliseconds is mostly waiting for a core, and
    that wait changes between two processes run seconds apart: hence one process, in turns."""
    from app import search
    from app.review import NoteFilter, matching_rowids
    from app.workspace import Workspace

    open_ = {side: (Workspace(path), conference) for side, (path, conference) in stores.items()}
    works: dict[tuple[str, str, str], Any] = {}
    for side, (workspace, conference) in open_.items():
        store = workspace.store
        for query in QUERIES:
            works[("search", query, side)] = lambda s=store, q=query, c=conference: search.search(
                s, q, conference_id=c, limit=20
            )
        for text in FILTERS:
            # As the window asks, on a worker thread's connection of its own (nothing kept between calls).
            works[("filter", text, side)] = lambda p=store.path, t=text, c=conference: matching_rowids(
                p, c, NoteFilter(text=t)
            )
    for work in works.values():  # warm-up: the connection's page cache, compiled patterns
        work()
        work()
    load_before = os.getloadavg()[0]
    turns = Turns()
    pairs = sorted({key[:2] for key in works})
    for turn in range(rounds):
        for kind, query in pairs:
            for side in _order(turn):
                turns.time(f"{kind}|{query}", side, works[(kind, query, side)])
    for workspace, _ in open_.values():
        workspace.close()
    sums = {
        f"{kind}|{side}|{measure}": sum(statistics.median(table[f"{kind}|{q}"][side]) for q in chosen)
        for kind, chosen in (("search", QUERIES), ("filter", FILTERS))
        for side in SIDES
        for measure, table in (("wall", turns.wall), ("cpu", turns.cpu))
    }
    per_query = {
        f"{kind}|{q}": [statistics.median(turns.cpu[f"{kind}|{q}"][side]) for side in SIDES]
        for kind, q in pairs
    }
    return {"sums": sums, "per_query_cpu": per_query, "load": [load_before, os.getloadavg()[0]]}


def main() -> None:
    phase, *args = json.loads(sys.stdin.read())
    phases = {
        "window": window,
        "reads": reads,
        "cold-reads": cold_reads,
        "imports": imports,
        "side-by-side": side_by_side,
    }
    result = phases[phase](*args)
    sys.stdout.write("\n" + json.dumps(result))


if __name__ == "__main__":
    main()

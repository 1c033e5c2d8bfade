"""Merging signed table exports into a secretariat's store on PostgreSQL, against a raw psycopg COPY/upsert,
and three secretaries importing at once against one.

Default: 1,000 bundles of 1,000 notes from 40 chairs' keys (the bundles `bench_merge` makes), into a
throwaway PostgreSQL server on 127.0.0.1 (bench/pg_throwaway.py; fsync off, as in the tests). Printed:
- one importer: `app.bundles.import_files` (every signature verified, every record merged by app.merge,
  the records locked while merged) in notes/s;
- the floor, measured in the same run: the same rows COPYed into a temporary table and upserted into the
  store's notes table (its indexes, its full-text index) in one transaction, nothing else; the ratio;
- three importers (three processes, three secretaries' workspaces and origins on the same store), each
  given a third of the bundles, started together: wall time against one importer.

`RUNDABORD_BENCH_PG=BUNDLES,NOTES` scales it down, e.g. `100,1000`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def _scale() -> tuple[int, int]:
    bundles, notes = (int(part) for part in os.environ.get("RUNDABORD_BENCH_PG", "1000,1000").split(","))
    return bundles, notes


def _database(cluster: Any, name: str, template: str | None = None) -> str:
    import psycopg

    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return cluster.dsn(name)


def _secretariat_on(workspace: str, dsn: str, folder: Path, name: str) -> str:
    """A copy of the secretariat's workspace folder, its store moved into `dsn` (`store copy`)."""
    import shutil

    from app.store_copy import copy_workspace_store
    from app.workspace import Workspace

    target = folder / name
    shutil.copytree(workspace, target)
    copy_workspace_store(Workspace(target), dsn)
    return str(target)


def _progress(label: str, total: int) -> Any:
    """A progress line on stderr about every tenth of the way (a full run takes many minutes)."""
    started = time.perf_counter()
    step = max(1, total // 10)

    def report(done: int, _total: int = total) -> None:
        if done % step == 0 or done == total:
            print(
                f"  {label}: {done}/{total} bundles, {time.perf_counter() - started:.0f} s", file=sys.stderr
            )

    return report


def _phase_import(workspace: str, paths: list[str], start_at: float = 0.0, label: str = "") -> dict[str, Any]:
    from app.bundles import import_files
    from app.workspace import Workspace

    ws = Workspace(workspace)
    time.sleep(max(0.0, start_at - time.time()))
    server = ws.store.conn.raw.info.backend_pid
    cpu = _cpu_seconds(server) + time.process_time()
    started = time.perf_counter()
    receipts = import_files(ws, paths, progress=_progress(label or "import", len(paths)))
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds(server) + time.process_time() - cpu
    ws.close()
    statuses = sorted({r.status for r in receipts})
    return {"seconds": seconds, "cpu": cpu, "statuses": statuses, "ended": time.time()}


def _cpu_seconds(pid: int) -> float:
    """CPU time a process (the server's backend for a connection) has used, from /proc (0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _phase_raw(dsn: str, paths: list[str]) -> dict[str, Any]:
    """The floor: the same rows COPYed into a temporary table and upserted into the notes table (the store's
    columns, indexes and full-text index; its triggers dropped) in one transaction. Parsing is not timed."""
    import zipfile

    import psycopg

    from app.bundles.records_compact import decode_line
    from app.records import record_type
    from app.store import encode_field

    rt = record_type("note")
    columns = ["id", "origin", "rev", "base_rev", "deleted", "stamps", *rt.fields]
    listed = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns[1:])
    seconds = 0.0
    with psycopg.connect(dsn) as conn:
        server = conn.info.backend_pid
        conn.execute("DROP TRIGGER notes_lineage ON notes")
        conn.execute("DROP TRIGGER notes_notify ON notes")
        conn.commit()
        conn.execute(f"CREATE TEMPORARY TABLE incoming AS SELECT {listed} FROM notes WITH NO DATA")
        report = _progress("floor", len(paths))
        cpu = 0.0
        for index, path in enumerate(paths):
            with zipfile.ZipFile(path) as archive:
                lines = archive.read("records.jsonl").splitlines()
            rows = []
            for line in lines:
                r = decode_line(line.decode()) if line.startswith(b"[") else json.loads(line)
                fields = (encode_field(kind, r["fields"][name]) for name, kind in rt.fields.items())
                stamps = json.dumps(r["stamps"], separators=(",", ":"))
                rows.append(
                    (r["id"], r["origin"], r["rev"], r["base_rev"], int(r["deleted"]), stamps, *fields)
                )
            started = time.perf_counter()
            before = _cpu_seconds(server) + time.process_time()
            with conn.cursor().copy(f"COPY incoming ({listed}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.execute(
                f"INSERT INTO notes ({listed}) SELECT {listed} FROM incoming"
                f" ON CONFLICT (id) DO UPDATE SET {updates}"
            )
            conn.execute("TRUNCATE incoming")
            seconds += time.perf_counter() - started
            report(index + 1)
            cpu += _cpu_seconds(server) + time.process_time() - before
        started = time.perf_counter()
        conn.commit()
        seconds += time.perf_counter() - started
    return {"seconds": seconds, "cpu": cpu}


def _in_child(phase: str, *args: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.bench_pg", json.dumps([phase, *args])],
        stdout=subprocess.PIPE,
        text=True,
    )  # its progress and any error go to this process's stderr


def _result(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = process.communicate()
    if process.returncode != 0:
        raise RuntimeError("bench phase failed (its error is printed above)")
    return json.loads(out)


def main() -> None:
    from bench.bench_merge import _in_child as merge_child
    from bench.pg_throwaway import Cluster

    bundle_count, notes_per_bundle = _scale()
    total = bundle_count * notes_per_bundle
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, {_load()}")
    with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp, Cluster() as cluster:
        folder = Path(tmp)
        started = time.perf_counter()
        made = merge_child("make", str(folder), bundle_count, notes_per_bundle)
        print(
            f"made {bundle_count} signed bundles x {notes_per_bundle} notes"
            f" in {time.perf_counter() - started:.1f} s; PostgreSQL on 127.0.0.1:{cluster.port}"
        )
        template = "before_import"
        _secretariat_on(
            made["workspace"], _database(cluster, template), folder, "template"
        )  # the conference and trust, moved
        one = _secretariat_on_copy(cluster, made, folder, "one", template)
        raw_dsn = _database(cluster, "raw", template)
        raw = _result(_in_child("raw", raw_dsn, made["first"]))
        single = _result(_in_child("import", one, made["first"], 0.0, "one importer"))

        three = _secretariat_on_copy(cluster, made, folder, "three", template)
        workspaces = [three, *_more_secretaries(folder, cluster.dsn("three"), 2)]
        start_at = time.time() + 2.0
        shares = [made["first"][k::3] for k in range(3)]
        children = [
            _in_child("import", ws, share, start_at, f"importer {k + 1} of 3")
            for k, (ws, share) in enumerate(zip(workspaces, shares, strict=True))
        ]
        results = [_result(child) for child in children]
        wall = max(r["ended"] for r in results) - start_at

    print(f"after the run: {_load()}")

    def rate(seconds: float) -> str:
        return f"{total / seconds:,.0f} notes/s"

    print(f"floor: COPY + upsert, one transaction: {raw['seconds']:7.1f} s  {rate(raw['seconds'])}")
    print(
        f"one importer (verify + merge):        {single['seconds']:7.1f} s  {rate(single['seconds'])}"
        f"  ratio to the floor {raw['seconds'] / single['seconds']:.2f} (aim >= 0.5)  {single['statuses']}"
    )
    print(
        f"CPU time (this process + its server backend), load-independent: floor {raw['cpu']:.1f} s,"
        f" one importer {single['cpu']:.1f} s, ratio {raw['cpu'] / single['cpu']:.2f};"
        f" three importers {sum(r['cpu'] for r in results):.1f} s in all"
    )
    print(
        f"three importers at once:              {wall:7.1f} s  {rate(wall)}"
        f"  {single['seconds'] / wall:.2f}x one importer (aim > 1)"
        f"  {sorted({s for r in results for s in r['statuses']})}"
    )


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} (1, 5, 15 min)"


def _secretariat_on_copy(cluster: Any, made: dict[str, Any], folder: Path, name: str, template: str) -> str:
    """The secretariat, its store in a fresh copy of the `template` database."""
    import shutil

    from app.pg import settings

    dsn = _database(cluster, name, template)
    target = folder / name
    shutil.copytree(folder / "template", target)
    moved = settings.read(target)
    settings.write(target, dsn, origin=moved.origin)
    return str(target)


def _more_secretaries(folder: Path, dsn: str, count: int) -> list[str]:
    from app.workspace import Workspace

    made = []
    for index in range(count):
        workspace = Workspace.create(folder / f"secretary{index}", "secretariat", database=dsn)
        workspace.close()
        made.append(str(workspace.dir))
    return made


if __name__ == "__main__":
    phase, *arguments = json.loads(sys.argv[1])
    handler = {"import": _phase_import, "raw": _phase_raw}[phase]
    print(json.dumps(handler(*arguments)))

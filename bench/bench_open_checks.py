"""What the store's safety checks cost on a large store: every open, the daily check and backups.

Works on a copy of the cached secretariat store of 1,000,000 notes (bench/large_store.py: 200
conferences of 5,000 notes, built on first use) and prints, each the median of a few runs:
- opening the store bare (SQLite, migrations looked at), and opening the workspace as every command and
  window does (bare open + the checks of a few bytes: a lost log, a file cut short, a damage mark);
- the whole-file check (`PRAGMA quick_check`) and one backup (SQLite's backup API): once a day, on a
  thread beside the work (the first open of a day returns without waiting for them), and the backup
  before an import (at most hourly), which the import waits for;
- the first open of a day: how long until the workspace is open, and until the day's backup is whole.
`RUNDABORD_BENCH_OPEN=CONFERENCES,NOTES_PER_CONFERENCE` scales it, e.g. `20,5000` for a quick look.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.timing import median_ms


def _median_ms(work, runs: int = 3) -> float:
    return median_ms(work, runs)


def main() -> None:
    from app import backup
    from app.store import Store
    from app.workspace import DB_NAME, Workspace
    from bench.large_store import large_store, working_copy

    raw = os.environ.get("RUNDABORD_BENCH_OPEN", "200,5000")
    conference_count, per_conference = (int(part) for part in raw.split(","))
    with tempfile.TemporaryDirectory(prefix="rundabord-open-") as temp:
        started = time.perf_counter()
        folder = working_copy(large_store(conference_count, per_conference), Path(temp) / "kansli")
        os.sync()  # the copy's writeback must not run during the measurements
        built_s = time.perf_counter() - started
        database = folder / DB_NAME
        size_mb = database.stat().st_size / 1e6
        notes = conference_count * per_conference
        print(f"store: {notes:,} notes, {size_mb:,.0f} MB (cached store copied in {built_s:,.0f} s)")

        bare = _median_ms(lambda: Store(database).close())
        workspace_open = _median_ms(lambda: Workspace(folder).close())  # today's daily backup exists
        store = Store(database)
        try:
            check = _median_ms(lambda: store.conn.execute("PRAGMA quick_check").fetchall(), runs=1)
            taken: list[Path] = []
            copy = _median_ms(lambda: taken.append(backup.take(store, folder, backup.BEFORE_IMPORT)), runs=1)
        finally:
            store.close()
        for old in backup.backups(folder):
            os.utime(old, (0, 0))  # yesterday's: the next open is the first of a day
        started = time.perf_counter()
        workspace = Workspace(folder)
        first_open = (time.perf_counter() - started) * 1000
        workspace.close()  # waits until the day's check and backup are done
        first_done = (time.perf_counter() - started) * 1000
        extra = workspace_open - bare
        copied_mb = taken[0].stat().st_size / 1e6
        print(f"open, bare store:                         {bare:9.1f} ms")
        print(f"open, workspace (checks of a few bytes):  {workspace_open:9.1f} ms  ({extra:+.1f} ms)")
        print(f"whole-file check (daily, beside the work):{check:9.1f} ms")
        print(f"one backup (daily; before an import):     {copy:9.1f} ms  ({copied_mb:,.0f} MB)")
        print(f"first open of a day: open in              {first_open:9.1f} ms")
        print(f"first open of a day: backup whole after   {first_done:9.1f} ms")


if __name__ == "__main__":
    main()

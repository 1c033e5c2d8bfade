"""The personal-data review of one conference (app.privacy.review.review): every published text read
for personal data, names nobody knows guessed, decisions joined.

On the 40-table messy conference (app/minutes/messy.py: 1,000 notes, chairs' names, phone numbers) and
the 40-table sample conference of 4,000 notes (app/minutes/sample.py), it prints the review's CPU time
(time.process_time, so the machine's load counts less) as the minimum and median of several runs, and
the detector's share of it. No target: a figure to compare before and after a change to app/privacy.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def _cpu_s(work, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.process_time()
        work()
        timings.append(time.process_time() - started)
    return timings


def main() -> None:
    from app.minutes.messy import create_messy_conference
    from app.minutes.sample import create_sample_conference
    from app.privacy.review import detector_for, review, sources
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="rundabord-privacy-") as temp:
        workspace = Workspace.create(Path(temp) / "central", "secretariat")
        store = workspace.store
        conferences = [
            ("messy, 40 tables, 1,000 notes", create_messy_conference(store, tables=40, notes=1000)),
            ("sample, 40 tables, 4,000 notes", create_sample_conference(store, tables=40, notes=4000)),
        ]
        print("personal-data review, CPU seconds (min / median of 7):")
        for label, cid in conferences:
            review(store, cid)  # the first run reads the facts lists and builds the patterns
            whole = _cpu_s(lambda cid=cid: review(store, cid), 7)
            detector, texts = detector_for(store, cid), [s.text for s in sources(store, cid)]
            found = _cpu_s(lambda d=detector, t=texts: [d.find(x) for x in t], 7)
            print(
                f"  {label}: review {min(whole):.3f} / {statistics.median(whole):.3f} s,"
                f" of which finding {min(found):.3f} s in {len(texts)} texts"
            )
        workspace.close()

"""Another secretary's change on Anna's proposals board: how long until her window shows it.

Two secretaries on one throwaway PostgreSQL store (bench/pg_throwaway.py), each with her own workspace.
Anna's secretariat window (offscreen, 1366x768) shows the proposals board; Britt, on her own connection,
moves a card to another status, then changes another card's votes, in turn. Each change is timed from
Britt's commit until the card on Anna's board shows it (the event loop running as in the window).
The promise: within a second. `python -m bench live`; RUNDABORD_BENCH_LIVE=N changes (default 40).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROPOSALS = (
    ("Busskort för alla under 20 – även sommarlovet!!", 4),
    ("Läxhjälp på biblioteket i Åsele, två kvällar i veckan", 2),
    ('Ett ungdomsråd med "riktig" budget', 1),
)
GIVE_UP_S = 10.0  # a change not shown by then is counted as missed


def _load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def _shown(board, note_id: str) -> tuple[str, int] | None:
    from ui.proposals.model import ProposalRole

    row = board.model.row_of(note_id)
    if row < 0:
        return None
    proposal = board.model.index(row, 0).data(ProposalRole)
    return proposal.status, proposal.votes


def main() -> None:
    import psycopg
    from PySide6.QtWidgets import QApplication

    from app import demo, notes, proposals
    from app.bundles.identity import create_identity
    from app.workspace import Workspace
    from bench.pg_throwaway import Cluster
    from ui.secretariat.window import SecretariatWindow

    changes = int(os.environ.get("RUNDABORD_BENCH_LIVE", "40"))
    app = QApplication.instance() or QApplication([])
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, {_load()}")
    with tempfile.TemporaryDirectory(prefix="bench-live-") as tmp, Cluster() as cluster:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE kansliet")
        dsn = cluster.dsn("kansliet")
        anna = Workspace.create(Path(tmp) / "anna", "secretariat", database=dsn)
        create_identity(anna, "Anna Lind")
        conference_id = demo.ensure_demo(anna.store)
        ids = [
            notes.add_note(anna.store, conference_id, table, 2, text, kind="proposal", votes=votes)
            for table, (text, votes) in enumerate(PROPOSALS, start=1)
        ]
        britt = Workspace.create(Path(tmp) / "britt", "secretariat", database=dsn)
        create_identity(britt, "Britt Ek")
        window = SecretariatWindow(anna)
        window.resize(1366, 768)
        window.show()
        window.choose_conference(conference_id)
        window.tabs.setCurrentWidget(window.proposals_page)
        board = window.proposals_view
        while board.model.rowCount() < len(ids):
            app.processEvents()

        delays: list[float] = []
        missed = 0
        statuses = ("shortlisted", "selected", "in-progress", "done")
        for turn in range(changes):
            note_id = ids[turn % len(ids)]
            before = _shown(board, note_id)
            if turn % 2:
                notes.edit_note(britt.store, note_id, votes=before[1] + 1)
                wanted = (before[0], before[1] + 1)
            else:
                status = next(s for s in statuses if s != before[0])
                proposals.set_status(britt.store, note_id, status, decided_by="Britt")
                wanted = (status, before[1])
            committed = time.perf_counter()
            while _shown(board, note_id) != wanted:
                app.processEvents()
                time.sleep(0.002)
                if time.perf_counter() - committed > GIVE_UP_S:
                    missed += 1
                    break
            else:
                delays.append(time.perf_counter() - committed)
        window.close()
        app.processEvents()
        britt.close()
        anna.close()
    ms = sorted(d * 1000 for d in delays)
    within = sum(1 for d in ms if d <= 1000)
    print(
        f"Another secretary's change on the board ({changes} changes, statuses and votes):"
        f" median {statistics.median(ms):.0f} ms, p90 {ms[int(len(ms) * 0.9) - 1]:.0f} ms,"
        f" slowest {ms[-1]:.0f} ms; {within} of {changes} within 1 s, {missed} missed ({_load()})"
    )

"""What the secretariat's window does on the UI thread, on a big merged store: the 50 ms budget.

A 40-table conference with 100,000 notes (2,500 per table; a large process after several merges):
opening the window, Review's queries (they run in a worker thread) and what the UI thread does with their
result (the first page, the next page while scrolling, the result after an edit), and the
Who-has-reported overview. Long work
(verifying, merging, PDFs) runs in worker threads and is measured by the bundles and minutes benches.
Figures are medians of several runs; nothing here passes or fails.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.timing import median_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOTES = 100_000
RUNS = 5


def _median_ms(work, runs: int = RUNS) -> float:
    return median_ms(work, runs)


def _seed(folder: Path) -> tuple[Path, str]:
    from app import conferences
    from app.demo import ensure_demo
    from app.workspace import Workspace
    from bench.corpus import texts

    workspace = Workspace.create(folder, "secretariat")
    store = workspace.store
    conference_id = ensure_demo(store)
    questions = [q.id for q in conferences.questions(store, conference_id)]
    themes = [
        t.id for t in conferences.themes(store, conferences.conference(store, conference_id).process_id)
    ]
    words = texts(NOTES)
    items = [
        {
            "conference_id": conference_id,
            "table_number": 1 + i % 40,
            "question_id": questions[i % len(questions)],
            "kind": "proposal" if i % 10 == 0 else "note",
            "text": words[i],
            "themes": [themes[i % len(themes)]],
            "votes": i % 7,
            "position": i // 120,
            "person_id": None,
        }
        for i in range(NOTES)
    ]
    store.create_many("note", items)
    workspace.close()
    return folder, conference_id


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from app.workspace import Workspace
    from bench.corpus import ordinary_words

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        folder, conference_id = _seed(Path(tmp) / "ws")
        print(f"seeded {NOTES:,} notes in 40 tables: {time.perf_counter() - started:.1f} s")
        workspace = Workspace(folder)

        def bare() -> None:
            window = QMainWindow()
            window.setCentralWidget(QTableView())
            window.show()
            app.processEvents()
            window.close()
            window.deleteLater()

        def secretariat() -> None:
            from ui.secretariat.window import SecretariatWindow

            window = SecretariatWindow(workspace)
            window.show()
            app.processEvents()
            if window.sync_status:
                window.sync_status.stop()
            window.close()
            window.deleteLater()

        def open_window() -> None:
            from ui.operations import wait_for_all

            secretariat()
            wait_for_all()  # the Review query runs in a worker; not UI-thread time, but finish it

        print(f"open a bare QMainWindow with a table:               {_median_ms(bare):8.1f} ms")
        print(f"open the secretariat's window (all views):          {_median_ms(open_window, 3):8.1f} ms")

        from app.review import NoteFilter, ordered_rowids
        from ui.operations import synchronous_operations
        from ui.secretariat.window import SecretariatWindow

        store = workspace.store
        process_id = store.select("conference", "id = ?", (conference_id,))[0]["process_id"]
        theme = store.select("theme", "process_id = ?", (process_id,))[0]["id"]
        word = ordinary_words(1)[0]
        filters = {
            f"all {NOTES:,} notes": NoteFilter(),
            "one table": NoteFilter(table_number=17),
            "all proposals": NoteFilter(kind="proposal"),
            "one theme": NoteFilter(theme_id=theme),
            f"search an ordinary word ({word})": NoteFilter(text=word),
            "search a very common word (unga)": NoteFilter(text="unga"),
        }
        print("Review, the query in its worker thread (ordered rowids of every match):")
        results = {}
        for label, chosen in filters.items():

            def query(label: str = label, chosen: NoteFilter = chosen) -> None:
                results[label] = ordered_rowids(store, conference_id, chosen)

            ms = _median_ms(query)
            print(f"   {label:48} {ms:8.1f} ms  ({len(results[label]):,} matches)")

        with synchronous_operations():
            window = SecretariatWindow(workspace)
            window.show()
            window.choose_conference(conference_id)
        model = window.review_view.model
        print("Review, on the UI thread:")
        for label in (f"all {NOTES:,} notes", "search a very common word (unga)"):
            ms = _median_ms(lambda label=label: model._on_rowids(model._generation, results[label], 0))
            print(f"   show the first page of: {label:31} {ms:8.1f} ms")
        model._on_rowids(model._generation, results[f"all {NOTES:,} notes"], 0)
        print(
            f"   load the next page while scrolling:                   {_median_ms(model.fetchMore):8.1f} ms"
        )
        ms = _median_ms(lambda: model._on_rowids(model._generation, results[f"all {NOTES:,} notes"], 400))
        print(f"   show the result after an edit (400 rows loaded):      {ms:8.1f} ms")
        ms = _median_ms(window.overview_view.refresh)
        print(f"Who has reported, refresh:                               {ms:8.1f} ms")
        if window.sync_status:
            window.sync_status.stop()
        window.close()
        workspace.close()


if __name__ == "__main__":
    main()

"""ui.collector: once the window shows, Python's cyclic garbage is freed on the UI thread only, whichever
thread allocates: the WAL keeper, the daily check and the WebDAV request threads run outside the pool."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from ui import collector
from ui.operations import CancelToken, Operation, Progress


@pytest.fixture
def ui_collects() -> Iterator[None]:
    """The app's state after its first frame (ui/application.py), for this test only."""
    was_on = gc.isenabled()
    gc.collect()  # counts from zero: nothing made before the test is collected during it by chance
    collector.collect_on_ui_thread_only()
    try:
        yield
    finally:
        collector.give_back()
        if not was_on:
            gc.disable()


def _window_garbage(freed_on: list[int], count: int = 50) -> None:
    """What a closed window leaves: objects holding Qt objects, kept alive only by reference cycles."""

    class Drawing:
        def __init__(self) -> None:
            self.itself = self
            self.pixmap = QPixmap(8, 8)

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    for _ in range(count):
        Drawing()


def test_a_thread_outside_the_pool_never_frees_the_uis_garbage(qtbot, ui_collects) -> None:
    ui_thread = threading.get_ident()
    freed_on: list[int] = []
    _window_garbage(freed_on)

    def keeper() -> None:  # allocates outside the pool, as the WAL keeper does after each note
        len([[i] for i in range(200_000)])  # many containers: an automatic collection would start here

    thread = threading.Thread(target=keeper)
    thread.start()
    thread.join(120)
    assert freed_on == []  # nothing freed by the keeper's allocations
    kept = [[i] for i in range(2_000)]  # the window's own work: a collection falls due on the UI thread
    qtbot.waitUntil(lambda: len(freed_on) == 50)  # and its timer makes it
    assert len(kept) == 2_000
    assert set(freed_on) == {ui_thread}


def test_work_running_when_the_window_shows_leaves_collection_with_the_ui_thread(qtbot, ui_collects) -> None:
    """Work started during the start (the automatic collector off then) and ending after the first frame
    must not turn the automatic collector on when it ends, nor stop the UI thread's collections."""
    collector.give_back()
    gc.disable()  # ui/launcher.py's start
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> bool:
        return release.wait(120)

    op = Operation(parent, work, title="Opening")
    with qtbot.waitSignal(op.finished):
        op.run()
        collector.collect_on_ui_thread_only()  # the first frame, while the work still runs
        release.set()
    assert collector.collects_on_ui_thread_only()
    assert not gc.isenabled()


def test_the_ui_threads_collections_keep_pythons_rule_against_full_passes_over_a_large_heap(
    ui_collects,
) -> None:
    """A full pass walks every object (tens of ms on a large store's window): like the automatic collector,
    the UI thread makes one only once a quarter of what the last one kept has been added since."""
    kept = [[i] for i in range(300_000)]  # a large store's rows, living as long as the window
    full_before = gc.get_stats()[2]["collections"]
    for _ in range(700):  # a busy afternoon, one collection due on each of the timer's turns
        batch = [[i] for i in range(1_000)]
        collector.collect_due()
        del batch
    full = gc.get_stats()[2]["collections"] - full_before
    assert 1 <= full <= 2, full  # the first takes the large heap in; one on each 11th gen1 pass would be 6
    assert len(kept) == 300_000

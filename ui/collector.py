"""Python's cyclic garbage is collected on the UI thread only.

The automatic collector runs in whichever thread allocates when a count passes its threshold. A window
leaves garbage holding Qt objects (wrappers of pixmaps, fonts, widgets a closed window left, all of it at
once after the chair window's `gc.unfreeze()`), and freeing those on another thread while the UI thread
runs Qt crashed a process: a pool worker did it during a long import. The app's other threads (the WAL
keeper woken after every note, the daily check, the WebDAV request threads, which may outlive the work
that started them) allocate less, but each allocation of theirs can be the one that starts a collection.

So the app turns the automatic collector off at its first frame for good (`collect_on_ui_thread_only`),
and the UI thread makes, every 200 ms, the collection the collector would have made by then. Where that
was not done (tests, scripts), work in the pool still pauses the collector while it runs (`pause` and
`resume`, from ui/operations.py).
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

COLLECT_EVERY_MS = 200

_timer: QTimer | None = None
_for_good = False
_pool_work = 0  # pieces of work running in the pool
_was_on = False  # whether the automatic collector was on when the first of them started


def collect_on_ui_thread_only() -> None:
    """From now on no thread but this one, the UI thread, collects (called once the window shows)."""
    global _for_good
    _for_good = True
    gc.disable()
    _ticker().start()


def collects_on_ui_thread_only() -> bool:
    return _for_good and not gc.isenabled() and _ticker().isActive()


def pause() -> None:
    """Work starts in the pool: the UI thread collects until it ends (a no-op once that holds for good)."""
    global _pool_work, _was_on
    if _pool_work == 0:
        _was_on = gc.isenabled()
        gc.disable()
        if _was_on:
            _ticker().start()
    _pool_work += 1


def resume() -> None:
    global _pool_work
    _pool_work -= 1
    if _pool_work == 0 and _was_on and not _for_good:
        _ticker().stop()
        gc.enable()


def give_back() -> None:
    """The automatic collector on again (a test that called `collect_on_ui_thread_only` ends)."""
    global _for_good, _was_on
    _for_good = False
    if _pool_work:
        _was_on = True  # the last work to end turns it on
    else:
        _ticker().stop()
        gc.enable()


def top_level_widgets() -> list[QWidget]:
    """`QApplication.topLevelWidgets()`, listed while no collection can start. Qt copies its pointers
    first; then Python makes the list, and a wrapper for each widget it has not seen yet (a combo box's
    popup). A collection started by one of those allocations may free a window that only reference cycles
    held, whose pointer is still to be wrapped: a segfault. (The app's own collections run from a timer.)"""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return QApplication.topLevelWidgets()
    finally:
        if was_on:
            gc.enable()


def _ticker() -> QTimer:
    """The UI thread's timer (made on first use, on the UI thread; it goes with the application)."""
    global _timer
    if _timer is None or not shiboken6.isValid(_timer):
        _timer = QTimer(QCoreApplication.instance())
        _timer.setInterval(COLLECT_EVERY_MS)
        _timer.timeout.connect(collect_due)
    return _timer


# Python's own rule against full passes over a large heap of long-lived objects: a full collection only
# once the objects moved into the oldest generation since the last one are a quarter of what it held.
_long_lived_total = 0
_long_lived_pending = 0


def collect_due() -> None:
    """The collection the automatic collector would have made by now, on this (the UI) thread: the oldest
    generation whose count passed its threshold, a full one under Python's rule above."""
    global _long_lived_total, _long_lived_pending
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[2] > thresholds[2] and _long_lived_pending >= _long_lived_total // 4:
        gc.collect(2)
        _long_lived_total, _long_lived_pending = len(gc.get_objects(2)), 0
    elif counts[1] > thresholds[1]:
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        _long_lived_pending += max(0, young - gc.collect(1))  # what survived moved to the oldest
    elif counts[0] > thresholds[0]:
        gc.collect(0)

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


def _ticker() -> QTimer:
    """The UI thread's timer (made on first use, on the UI thread; it goes with the application)."""
    global _timer
    if _timer is None or not shiboken6.isValid(_timer):
        _timer = QTimer(QCoreApplication.instance())
        _timer.setInterval(COLLECT_EVERY_MS)
        _timer.timeout.connect(collect_due)
    return _timer


def collect_due() -> None:
    """The oldest generation whose count passed its threshold, collected on this (the UI) thread: what the
    automatic collector would have collected by now."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return

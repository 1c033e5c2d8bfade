"""ui.operations: work off the UI thread, progress, cancel, callbacks on the UI thread, one error dialog."""

from __future__ import annotations

import threading
from unittest import mock

import pytest
import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import UserError
from app.workspace import Workspace
from ui import operations
from ui.operations import CancelToken, Operation, Progress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_in_a_worker_thread_and_result_arrives_on_the_ui_thread(qtbot, parent):
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work(progress: Progress, cancel: CancelToken) -> int:
        seen["work"] = threading.get_ident()
        return 42

    def on_success(result: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    op = Operation(parent, work, title="Counting", on_success=on_success)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert seen["result"] == 42
    assert seen["work"] != ui_thread
    assert seen["callback"] == ui_thread


def test_worker_opens_its_own_store_from_the_workspace_dir(qtbot, parent, demo_workspace):
    def work(progress: Progress, cancel: CancelToken) -> int:
        own = Workspace(demo_workspace.dir)  # sqlite objects are per thread
        try:
            return len(own.store.select("table"))
        finally:
            own.close()

    results: list[int] = []
    op = Operation(parent, work, title="Reading", on_success=results.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert results == [40]


def test_progress_reaches_the_ui_thread_in_order(qtbot, parent):
    def work(progress: Progress, cancel: CancelToken) -> None:
        for i in range(5):
            progress(i + 1, 5, f"step {i + 1}")

    op = Operation(parent, work, title="Stepping", on_success=lambda _: None)
    reported: list[tuple[int, int, str]] = []
    op.progressed.connect(lambda d, t, m: reported.append((d, t, m)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert reported == [(i, 5, f"step {i}") for i in range(1, 6)]


def test_cancel_stops_cooperative_work_and_reports_no_error(qtbot, parent, boxes):
    error = boxes.error
    started = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.005)

    succeeded = mock.Mock()
    op = Operation(parent, work, title="Forever", on_success=succeeded)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.run()
        assert started.wait(60)
        op.cancel()
    succeeded.assert_not_called()
    error.assert_not_called()


def test_user_error_is_shown_under_a_plain_headline_in_the_one_error_dialog(qtbot, parent, boxes):
    error = boxes.error

    def work(progress: Progress, cancel: CancelToken) -> None:
        raise UserError("table 7 has no notes to export")

    op = Operation(parent, work, title="Exporting")
    with qtbot.waitSignal(op.failed, timeout=5000):
        op.run()
    # The core's (English) words stay, below a headline in the user's language (see ui/bundle_messages.py).
    (widget, title, text), _ = error.call_args
    assert (widget, title) == (parent, "Exporting")
    assert text.startswith("Rundabord could not do this, and nothing was changed.")
    assert text.endswith("Technical detail: table 7 has no notes to export")


def test_unexpected_error_says_what_happened_and_what_to_do_without_a_traceback(qtbot, parent, boxes, caplog):
    error = boxes.error

    def work(progress: Progress, cancel: CancelToken) -> None:
        raise KeyError("internal detail")

    op = Operation(parent, work, title="Exporting")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    (_, title, text), _ = error.call_args
    assert title == "Exporting"
    assert "Your notes are saved" in text and "Try again" in text
    assert "internal detail" not in text and "Traceback" not in text
    assert "internal detail" in caplog.text  # the details are logged for whoever investigates


def test_on_failure_replaces_the_dialog(qtbot, parent, boxes):
    error = boxes.error
    failures: list[BaseException] = []
    op = Operation(parent, lambda p, c: 1 / 0, title="Dividing", on_failure=failures.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert isinstance(failures[0], ZeroDivisionError)
    error.assert_not_called()


def test_synchronous_runner_delivers_everything_before_run_returns(parent, sync_ops):
    events: list[str] = []

    def work(progress: Progress, cancel: CancelToken) -> str:
        events.append(f"work on {threading.current_thread() is threading.main_thread()}")
        progress(1, 1, "done")
        return "ok"

    op = Operation(parent, work, title="Now", on_success=lambda r: events.append(r))
    op.progressed.connect(lambda d, t, m: events.append(m))
    op.finished.connect(lambda: events.append("finished"))
    op.run()
    assert events == ["work on True", "done", "ok", "finished"]
    assert not op.is_running


def test_progress_dialog_shows_and_cancels(qtbot, parent):
    release = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        progress(1, 4, "first of four")
        while not cancel.cancelled and not release.is_set():
            threading.Event().wait(0.005)
        cancel.raise_if_cancelled()

    op = Operation(parent, work, title="Slow work")
    try:
        op.run()
        dialog = op._dialog
        assert dialog is not None and dialog.labelText() == "Slow work"
        qtbot.waitUntil(lambda: dialog.labelText() == "first of four", timeout=5000)
        assert dialog.maximum() == 4 and dialog.value() == 1
        (button,) = dialog.findChildren(QPushButton)
        assert button.text() == "Cancel"
        with qtbot.waitSignal(op.cancelled, timeout=5000):
            button.click()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not op.is_running, timeout=5000)


def test_running_twice_is_refused(qtbot, parent):
    release = threading.Event()
    op = Operation(parent, lambda p, c: release.wait(60), title="Once", show_progress=False)
    op.run()
    with pytest.raises(RuntimeError):
        op.run()
    release.set()
    qtbot.waitUntil(lambda: not op.is_running, timeout=5000)
    assert op not in [o for o in operations.running_operations() if o.is_running]


def test_a_window_destroyed_while_work_runs_does_not_break_the_callbacks(qtbot, boxes):
    parent = QWidget()
    release = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        release.wait(60)
        progress(1, 1, "late")
        raise UserError("too late")

    op = Operation(parent, work, title="Orphan")
    op.run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=5000)
    with qtbot.waitSignal(op.failed, timeout=5000):
        release.set()
    boxes.error.assert_called_once()
    assert boxes.error.call_args.args[:2] == (None, "Orphan") and "too late" in boxes.error.call_args.args[2]


def test_a_success_callback_is_not_run_for_a_destroyed_window(qtbot):
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    op = Operation(
        parent, lambda progress, cancel: release.wait(60), title="Orphan", on_success=called.append
    )
    op.run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=5000)
    with qtbot.waitSignal(op.succeeded, timeout=5000):
        release.set()
    assert called == []


def test_an_error_after_cancel_is_a_failure_and_is_logged(qtbot, parent, boxes, caplog):
    started, release = threading.Event(), threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        release.wait(60)
        raise OSError(28, "No space left on device")  # the cancel came, but the disk failed first

    op = Operation(parent, work, title="Importing")
    cancelled = mock.Mock()
    op.cancelled.connect(cancelled)
    with qtbot.waitSignal(op.failed, timeout=5000):
        op.run()
        assert started.wait(60)
        op.cancel()
        release.set()
    cancelled.assert_not_called()
    boxes.error.assert_called_once()
    assert any("Importing failed" in r.getMessage() and r.exc_info for r in caplog.records)


def test_a_failure_callback_is_not_run_for_a_destroyed_window_but_is_logged(qtbot, boxes, caplog):
    window = QWidget()
    started, release = threading.Event(), threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        release.wait(60)
        raise UserError("the store is busy")

    failed = mock.Mock()
    op = Operation(window, work, title="Merging", on_failure=failed)
    op.run()
    assert started.wait(60)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    failed.assert_not_called()
    boxes.error.assert_not_called()
    assert any("Merging refused: the store is busy" in r.getMessage() for r in caplog.records)


def test_the_runner_opens_and_closes_the_workers_own_workspace(qtbot, parent, demo_workspace):
    seen = {}

    def work(workspace: Workspace, progress: Progress, cancel: CancelToken) -> int:
        seen["thread"] = threading.get_ident()
        seen["workspace"] = workspace
        return len(workspace.store.select("table"))

    results: list[int] = []
    op = Operation(parent, work, title="Reading", on_success=results.append, workspace_dir=demo_workspace.dir)
    closing = mock.patch.object(Workspace, "close", autospec=True, side_effect=Workspace.close)
    with closing as close, qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert results == [40]
    assert seen["workspace"] is not demo_workspace and seen["thread"] != threading.get_ident()
    close.assert_called_once_with(seen["workspace"])


def test_what_changed_is_announced_once_the_work_ends(qtbot, parent):
    def work(progress: Progress, cancel: CancelToken) -> None:
        raise UserError("half of it was imported")

    op = Operation(parent, work, title="Importing", changes={"notes", "bundles"}, on_failure=lambda exc: None)
    with qtbot.waitSignal(operations.hub().changed, timeout=5000) as changed:
        op.run()
    assert changed.args == [frozenset({"notes", "bundles"})]


def test_the_uis_cyclic_garbage_is_never_freed_on_the_worker_thread(qtbot, parent):
    """The collector runs in whichever thread allocates: busy work would free a window's garbage (here a
    pixmap in a reference cycle) on the worker thread while the UI thread paints."""
    import gc

    from PySide6.QtGui import QPixmap

    ui_thread = threading.get_ident()
    freed_on: list[int] = []

    class Drawing:
        def __init__(self) -> None:
            self.itself = self
            self.pixmap = QPixmap(8, 8)

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    was_on = gc.isenabled()
    gc.enable()
    try:
        for _ in range(50):
            Drawing()

        def work(progress: Progress, cancel: CancelToken) -> int:
            return len([[i] for i in range(200_000)])  # many containers: the collector would start here

        op = Operation(parent, work, title="Allocating")
        with qtbot.waitSignal(op.finished, timeout=30_000):
            op.run()
        assert gc.isenabled()  # on again once the work ended
        gc.collect()
    finally:
        if not was_on:
            gc.disable()
    assert len(freed_on) == 50
    assert set(freed_on) == {ui_thread}


def test_garbage_made_while_work_runs_is_collected_on_the_ui_thread_before_it_ends(qtbot, parent):
    """Long work pauses the automatic collector; the UI thread collects meanwhile, so an import of a
    thousand bundles does not pile up cyclic garbage until it ends (and never frees it on the worker)."""
    import gc
    import time

    ui_thread = threading.get_ident()
    freed_on: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.itself = self

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    def work(progress: Progress, cancel: CancelToken) -> int:
        for _ in range(2_000):  # garbage made by the work itself, past the youngest generation's threshold
            Cycle()
        deadline = time.monotonic() + 20
        while not freed_on and time.monotonic() < deadline:
            time.sleep(0.01)  # the work goes on; the UI thread's timer collects meanwhile
        return len(freed_on)

    was_on = gc.isenabled()
    gc.enable()
    try:
        op = Operation(parent, work, title="Making garbage")
        with qtbot.waitSignal(op.succeeded, timeout=60_000) as done:
            op.run()
    finally:
        if not was_on:
            gc.disable()
    assert done.args[0] > 0  # freed while the work still ran
    assert set(freed_on) == {ui_thread}

"""Fixtures for every GUI test: private settings, a demo workspace, synchronous operations, leak checks."""

from __future__ import annotations

import functools
import shutil
import threading
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.demo import ensure_demo
from app.workspace import DB_NAME, Workspace
from ui.collector import top_level_widgets

# How long a GUI test waits for something that must happen (a signal, a condition, a window). A wait ends
# as soon as the event comes, so only a failing test pays for it; the CI runs two workers under a load of
# 20, where pytest-qt's default of 5 s (and the 3-10 s some tests chose) was sometimes too short.
PATIENCE_MS = 60_000
_UNSET = object()


def _patient(wait, has_raising: bool):
    """`wait` with its timeout raised to PATIENCE_MS when the test would fail on it. A wait that does not
    raise (raising=False: a test asking whether something happened within its time) keeps its own."""

    @functools.wraps(wait)
    def patient(*args, timeout=_UNSET, **kwargs):
        raising = kwargs.get("raising")
        if timeout is _UNSET:
            timeout = PATIENCE_MS
        elif timeout and (not has_raising or raising is not False):
            timeout = max(timeout, PATIENCE_MS)
        return wait(*args, timeout=timeout, **kwargs)

    return patient


for _name, _has_raising in (
    ("waitUntil", False),
    ("waitSignal", True),
    ("waitSignals", True),
    ("waitCallback", True),
    ("waitActive", False),
    ("waitExposed", False),
):
    setattr(QtBot, _name, _patient(getattr(QtBot, _name), _has_raising))


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path: Path):
    """QSettings in an INI file under tmp_path, so no test reads or writes the real preferences."""
    from ui import application, i18n

    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    qapp.setOrganizationName(application.ORGANISATION)
    qapp.setApplicationName(application.APPLICATION)
    i18n.install("en", qapp)
    yield folder
    i18n.install("en", qapp)  # a Swedish test must not leave Swedish behind
    from ui import error_log

    error_log.uninstall()  # a test that started the GUI leaves no log file or excepthook behind


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with the demo conference, built once; tests get copies."""
    folder = tmp_path_factory.mktemp("demo-template")
    workspace = Workspace.create(folder)
    ensure_demo(workspace.store)
    workspace.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return folder


@pytest.fixture
def demo_workspace_dir(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace folder for this test."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    shutil.copy2(_demo_template / DB_NAME, folder / DB_NAME)
    return folder


@pytest.fixture
def demo_workspace(demo_workspace_dir: Path):
    """An open Workspace holding the demo conference (closed after the test)."""
    workspace = Workspace(demo_workspace_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_conference_id(demo_workspace: Workspace) -> str:
    return ensure_demo(demo_workspace.store)


@pytest.fixture
def sync_ops():
    """Run every ui.operations.Operation synchronously, callbacks included, before run() returns."""
    from ui.operations import synchronous_operations

    with synchronous_operations():
        yield


def _pointer(widget: QWidget) -> int:
    return shiboken6.getCppPointer(widget)[0]


@pytest.fixture(autouse=True)
def _left_windows_deleted(qapp):
    """The windows a test made and left (shown or not) are deleted as it ends, after the checks of the
    other fixtures here (named so that it is set up first and torn down last). Left to the collector, a
    window held only by reference cycles went at whatever allocation of a later test started a collection,
    and when that was the list `QApplication.topLevelWidgets()` makes after copying Qt's pointers, the
    list then wrapped the freed window: a worker's segfault. Windows made before the test (by a fixture of
    a wider scope) stay; child windows go with their parent."""
    before = {_pointer(w) for w in top_level_widgets()}
    yield
    left = [w for w in top_level_widgets() if w.parentWidget() is None and _pointer(w) not in before]
    for window in left:
        if shiboken6.isValid(window):
            shiboken6.delete(window)


def _active_timers(qapp) -> set[int]:
    """Ids of running QTimers owned by the application or by any window (shown or not)."""
    owners = [qapp, *top_level_widgets()]
    return {id(t) for owner in owners for t in owner.findChildren(QTimer) if t.isActive()}


def _timer_names(qapp, ids: set[int]) -> list[str]:
    found = []
    for owner in [qapp, *top_level_widgets()]:
        for timer in owner.findChildren(QTimer):
            if id(timer) in ids:
                parent = timer.parent()
                found.append(f"{timer.objectName() or 'QTimer'} in {type(parent).__name__}")
    return found


def _ours(timer: QTimer) -> bool:
    """A timer our code made: its owner is one of our classes, not one of Qt's own widgets (a status
    bar's message timer or a progress dialog's start timer go away with their widget)."""
    parent = timer.parent()
    return parent is not None and not type(parent).__module__.startswith("PySide6")


@pytest.fixture(autouse=True)
def _no_leaked_timers(qapp):
    """Fail the test that leaves a closed window's own timer running (it would fire into a later test)."""
    before = _active_timers(qapp)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = set()
    for owner in top_level_widgets():
        if owner.isVisible() or not shiboken6.isValid(owner):
            continue  # an open window may keep its timers; a closed one must not
        leaked |= {id(t) for t in owner.findChildren(QTimer) if t.isActive() and _ours(t)}
    leaked -= before
    assert not leaked, f"closed windows left timers running: {_timer_names(qapp, leaked)}"


@pytest.fixture(autouse=True)
def _process_state_left_as_found(qapp):
    """What a test leaves to the whole process. A QMimeData made in Python left on the clipboard fails the
    test: the clipboard owns it, Qt frees it in its exit handlers after Python has gone, and its wrapper's
    destructor then crashes the process at exit (`clipboard().setText()` is safe). And a test that ran the
    app's start in this process (ui/application.py: the UI thread collects from then on) gives the
    automatic collector back, as the later tests expect it."""
    yield
    from ui import collector

    if collector.collects_on_ui_thread_only():
        collector.give_back()
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and shiboken6.createdByPython(data):
        clipboard.clear()
        pytest.fail("a QMimeData made in Python was left on the clipboard: put text with setText()")


@pytest.fixture(autouse=True)
def _no_leaked_threads(qapp):
    """Fail the test that leaves worker threads running (they would crash a later test at shutdown)."""
    before = {t.ident for t in threading.enumerate()}
    yield
    from ui.operations import running_operations

    busy = [op.title for op in running_operations() if op.is_running]
    idle = QThreadPool.globalInstance().waitForDone(PATIENCE_MS)
    leaked = [t for t in threading.enumerate() if t.ident not in before and not t.daemon and t.is_alive()]
    for thread in leaked:
        thread.join(timeout=PATIENCE_MS / 1000)
    still = [t.name for t in leaked if t.is_alive()]
    assert not busy, f"test ended with operations still running: {busy}; wait for them (qtbot.waitUntil)"
    assert idle, f"the thread pool did not finish within {PATIENCE_MS // 1000} s"
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """ui.msgbox's factory functions replaced by autospec mocks: `boxes.error.assert_called_once()`."""
    from ui import msgbox

    mocks = SimpleNamespace()
    for name in ("information", "warning", "error", "question"):
        fake = mock.create_autospec(getattr(msgbox, name))
        monkeypatch.setattr(msgbox, name, fake)
        setattr(mocks, name, fake)
    return mocks

"""A smoke test of a built application: start, show the first window, report, quit on our own.

With `RUNDABORD_EXIT_AFTER_MS=N` in the environment, `arm(app)` (called by ui/application.py as soon as the
QApplication exists) makes the GUI quit N ms after its event loop starts, or later, once the operations
started meanwhile (ui/operations.py) have finished. Just before quitting it prints
one line, `RUNDABORD_SMOKE {json}`, to stdout: the main window's class and title, the language and the
translations that loaded, a sample of the texts on screen, the bundles handed to the window, and every
problem seen. The exit status is 0 only if a main window was shown and nothing failed to load: no Qt
warning, no uncaught Python exception, the application icon, and every translation of the chosen language.
`RUNDABORD_SMOKE_GRAB=FILE.png` also saves the window as a user would see it.
tests/packaging runs the frozen binary this way, which is how we know the .qm files, icons, plugins and
our own modules made it into the bundle. Without the variable, `arm` does nothing.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QMainWindow, QWidget

from ui import bundle_opener

ENV = "RUNDABORD_EXIT_AFTER_MS"
REPORT_PREFIX = "RUNDABORD_SMOKE "
GRAB_ENV = "RUNDABORD_SMOKE_GRAB"  # a .png path: also save the window as the user would see it
MAX_TEXTS = 400
OPERATIONS_TIMEOUT_S = 30
POLL_MS = 50
# What some Qt platform plugins always say, whatever the application does.
HARMLESS = ("This plugin does not support propagateSizeHints()",)

_problems: list[str] = []


def arm(app: QApplication) -> None:
    value = os.environ.get(ENV)
    if not value:
        return
    try:
        delay = max(0, int(value))
    except ValueError:
        print(f"rundabord: error: {ENV} must be a whole number of milliseconds", file=sys.stderr)
        sys.exit(2)
    qInstallMessageHandler(_on_qt_message)
    sys.excepthook = _on_exception
    QTimer.singleShot(delay, lambda: _when_idle(app, OPERATIONS_TIMEOUT_S))


def _when_idle(app: QApplication, seconds_left: float) -> None:
    """Report once start-up work has finished: what waits for the first frame (the application's icon)
    and ui.operations (e.g. opening a double-clicked bundle). On a slow machine the window can take
    longer to build than the delay asked for, and the report would otherwise come before its first frame."""
    from ui.first_paint import first_paint_pending
    from ui.operations import running_operations

    if (first_paint_pending() or running_operations()) and seconds_left > 0:
        QTimer.singleShot(POLL_MS, lambda: _when_idle(app, seconds_left - POLL_MS / 1000))
        return
    if first_paint_pending():
        _problems.append(f"the window was not painted within {OPERATIONS_TIMEOUT_S} s")
    if running_operations():
        _problems.append(f"background work still running after {OPERATIONS_TIMEOUT_S} s")
    _finish(app)


def _on_qt_message(kind: QtMsgType, _context, message: str) -> None:
    if sys.stderr is not None:  # None in a Windows build without a console
        sys.stderr.write(message + "\n")
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and message not in HARMLESS:
        _problems.append(f"Qt: {message}")


def _on_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    _problems.append(f"{kind.__name__}: {value}")
    if sys.stderr is not None:
        traceback.print_exception(kind, value, tb)


def _finish(app: QApplication) -> None:
    try:
        _report(app)
    except Exception as exc:  # a report that fails must still end the run, and not as a success
        _on_exception(type(exc), exc, exc.__traceback__)
        print(REPORT_PREFIX + json.dumps({"ok": False, "problems": _problems}), flush=True)
        app.exit(1)


def _report(app: QApplication) -> None:
    from ui.collector import top_level_widgets

    windows = [w for w in top_level_widgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:
        _problems.append("no main window was shown")
    if windows:
        icon = app.windowIcon()
    else:  # set after a window's first frame, so never set here: load it to check the bundle holds it
        from ui.app_icon import application_icon

        icon = application_icon()
    if icon.isNull():
        _problems.append("the application icon did not load")
    if windows and os.environ.get(GRAB_ENV):
        windows[0].grab().save(os.environ[GRAB_ENV])
    language, loaded, missing = _translations(app)
    _problems.extend(f"translation not loaded: {name}" for name in missing)
    report = {
        "ok": not _problems,
        "window": type(windows[0]).__name__ if windows else None,
        "title": windows[0].windowTitle() if windows else None,
        "language": language,
        "translations": loaded,
        "texts": _texts(windows[0]) if windows else [],
        "bundles": [[str(path), how] for path, how in bundle_opener.delivered],
        "problems": _problems,
    }
    print(REPORT_PREFIX + json.dumps(report, ensure_ascii=False), flush=True)
    app.exit(0 if report["ok"] else 1)


def _translations(app: QCoreApplication) -> tuple[str, list[str], list[str]]:
    """The language in use, the translations it loaded, and the ones it should have but did not."""
    from ui import i18n  # loaded by now: the application installed the translations through it

    language = i18n.installed_language()
    if language == "en":
        return language, [], []
    loaded = i18n.install(language, app)  # installs the same set again and says what loaded
    expected = ["qtbase", *i18n.translation_files(language)]
    return (
        language,
        [os.path.basename(name) for name in loaded],
        [os.path.basename(name) for name in expected if name not in loaded],
    )


def _texts(window: QWidget) -> list[str]:
    """What a user would read: the title, labels, buttons, menus and the first rows of every view."""
    texts = [window.windowTitle()]
    texts += [a.text() for a in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        # Through the view's own index: list models keep columnCount() private in PySide6.
        root = view.rootIndex()
        for row in range(min(model.rowCount(root), 50)):
            for column in range(5):
                value = model.index(row, column, root).data()
                if isinstance(value, str):
                    texts.append(value)
    return [t for t in dict.fromkeys(texts) if t][:MAX_TEXTS]

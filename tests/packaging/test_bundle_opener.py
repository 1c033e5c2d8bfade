"""A double-clicked .rbz reaches the main window: from the command line (Linux, Windows) or as a
QFileOpenEvent (macOS Finder); a window that cannot open bundles says so instead of dropping the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMainWindow

from ui import msgbox
from ui.bundle_opener import BundleOpener, delivered
from ui.launcher import split_bundle_argument

pytestmark = pytest.mark.gui


class BundleWindow(QMainWindow):
    """The contract ui/bundle_opener.py asks of a main window: `open_bundle(path)`."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    def open_bundle(self, path: Path) -> None:
        self.opened.append(path)


@pytest.mark.parametrize(
    ("argv", "rest", "bundle"),
    [
        (["Bord 3.rbz"], [], "Bord 3.rbz"),
        (["/media/usb/EXPORT.RBZ"], [], "/media/usb/EXPORT.RBZ"),
        (["--workspace", "ws", "pack.rbz"], ["--workspace", "ws"], "pack.rbz"),
        (["--workspace=ws", "pack.rbz"], ["--workspace=ws"], "pack.rbz"),
        (["--workspace", "old.rbz"], ["--workspace", "old.rbz"], None),  # a folder that happens to end so
        (["import", "a.rbz"], ["import", "a.rbz"], None),  # a command's argument stays the command's
        (["verify", "a.rbz", "--json"], ["verify", "a.rbz", "--json"], None),
        (["notes.toml"], ["notes.toml"], None),
        ([], [], None),
    ],
)
def test_first_positional_rbz_is_taken_for_the_window(argv, rest, bundle) -> None:
    assert split_bundle_argument(argv) == (rest, Path(bundle) if bundle else None)


def test_bundle_from_the_command_line_opens_once_the_window_is_up(qapp, qtbot, tmp_path) -> None:
    window = BundleWindow()
    qtbot.addWidget(window)
    window.show()
    bundle = tmp_path / "Bord 1.rbz"
    BundleOpener(qapp, window, bundle)
    assert window.opened == []  # not from inside the constructor: the event loop must be running
    qtbot.waitUntil(lambda: window.opened == [bundle])
    assert delivered[-1] == (bundle, "window")


def test_macos_file_open_event_reaches_the_window(qapp, qtbot, tmp_path) -> None:
    window = BundleWindow()
    qtbot.addWidget(window)
    BundleOpener(qapp, window, listen=True)  # as on macOS, the one system that sends the event
    bundle = tmp_path / "konferenspaket.rbz"
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(bundle)))
    assert window.opened == [bundle]


def test_elsewhere_no_filter_sees_every_event(qapp, qtbot, tmp_path) -> None:
    """Linux and Windows never send the event (the file comes on the command line): no filter on the
    application makes every event of every widget a call into Python."""
    window = BundleWindow()
    qtbot.addWidget(window)
    BundleOpener(qapp, window, listen=False)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "konferenspaket.rbz")))
    assert window.opened == []


def test_window_without_open_bundle_explains_instead_of_dropping_the_file(qapp, qtbot, tmp_path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    BundleOpener(qapp, window, tmp_path / "Bord 2.rbz")
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()))
    (box,) = msgbox.open_boxes()
    assert box.windowTitle() == "Cannot open bundle"
    assert box.text().startswith("Bord 2.rbz was not opened")
    box.close()

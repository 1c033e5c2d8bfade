"""The application's icon for its windows (the taskbar and window switcher on X11 and Windows show it).

Read through importlib.resources like every other resource, so the frozen app finds it in its bundle.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_FILE = "rundabord.png"  # rendered from rundabord.svg by packaging/make_icons.py


def application_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(resources.files("resources").joinpath("icons", ICON_FILE).read_bytes())
    return QIcon(pixmap)

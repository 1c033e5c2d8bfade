"""The application's icon for its windows (the taskbar and window switcher on X11 and Windows show it).

Read from the resources package's folder, or through importlib.resources where that is no folder (a
zipped install), so the frozen app finds it in its bundle.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from ui.resource_files import plain_path

ICON_FILE = "rundabord.png"  # rendered from rundabord.svg by packaging/make_icons.py


def application_icon() -> QIcon:
    plain = plain_path("icons", ICON_FILE)
    if plain is not None:
        data = plain.read_bytes()
    else:
        from importlib import resources

        data = resources.files("resources").joinpath("icons", ICON_FILE).read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return QIcon(pixmap)

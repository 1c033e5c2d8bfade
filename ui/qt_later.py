"""Qt classes imported where they are first used, not with the module that uses them, and kept.

PySide makes each class with all its enums when it is first imported (QStyle alone has 600 enum members),
so classes that only drawing or measuring needs are imported with the first row drawn, not with the window;
and an import statement run on each call costs tens of microseconds through PySide's import hook, so they
are imported once and kept:

    _drawing = classes_later("QtGui.QPainter", "QtWidgets.QStyle")
    QPainter, QStyle = _drawing()   # imported at the first call; later calls return the same tuple

`font_key` keeps a font's key (a string Qt makes anew on every call) until the font asked differs."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

from PySide6.QtGui import QFont


def classes_later(*names: str) -> Callable[[], tuple]:
    """A function returning the classes named "QtModule.Class", in that order, imported at its first call."""

    @functools.cache
    def classes() -> tuple:
        found = []
        for name in names:
            module, _, cls = name.partition(".")
            found.append(getattr(importlib.import_module(f"PySide6.{module}"), cls))
        return tuple(found)

    return classes


class FontKey:
    """The key of the last font asked, asked of Qt again only when a different font is asked."""

    __slots__ = ("_font", "_key")

    def __init__(self) -> None:
        self._font: QFont | None = None
        self._key = ""

    def __call__(self, font: QFont) -> str:
        if self._font is None or font != self._font:
            self._font, self._key = QFont(font), font.key()
        return self._key

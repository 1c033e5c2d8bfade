"""Which main window a workspace gets, by its role. ui.application names the maker (`main_window_for`)
when it is imported; a window that replaces itself (a new role, another store) asks here. Passed in
rather than imported, because the windows ask and that maker imports them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from app.workspace import Workspace

_maker: list[Callable[[Workspace], QMainWindow]] = []


def set_window_maker(maker: Callable[[Workspace], QMainWindow]) -> None:
    _maker[:] = [maker]


def window_for(workspace: Workspace) -> QMainWindow:
    if not _maker:
        raise RuntimeError("no window maker: ui.application sets it before any window opens")
    return _maker[0](workspace)

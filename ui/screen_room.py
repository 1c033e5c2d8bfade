"""A dialog's first size: what it wants, never more than its screen has less a window frame (a 1366×768
laptop at 150 % has 911×512 points, and a dialog sized for 100 % ran off it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize `dialog` to `width`×`height`, or less where its screen is smaller."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9)))

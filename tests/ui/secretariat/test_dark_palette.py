"""The secretariat's window in a dark palette: every view drawn dark, and the rows tinted for attention
(refused, waiting, not reported) keep their text readable (WCAG contrast of at least 4.5:1)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from ui.secretariat.window import SecretariatWindow

DARK = (
    (QPalette.ColorRole.Window, "#2b2b2b"),
    (QPalette.ColorRole.WindowText, "#eeeeee"),
    (QPalette.ColorRole.Base, "#1e1e1e"),
    (QPalette.ColorRole.AlternateBase, "#262626"),
    (QPalette.ColorRole.Text, "#eeeeee"),
    (QPalette.ColorRole.Button, "#3a3a3a"),
    (QPalette.ColorRole.ButtonText, "#eeeeee"),
    (QPalette.ColorRole.Highlight, "#2f65ca"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.PlaceholderText, "#aaaaaa"),
)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _tinted_backgrounds(view) -> list[QColor]:
    model = view.model()
    colours = []
    for row in range(model.rowCount()):
        brush = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            colours.append(brush.color())
    return colours


def test_every_view_is_dark_and_tinted_rows_stay_readable(
    qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path
):
    original = qapp.palette()
    dark = QPalette()
    for role, colour in DARK:
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        window = SecretariatWindow(secretariat)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        window.choose_conference(afternoon.conference_id)
        window.collect_view.add_paths([str(afternoon.stick)])
        text = dark.color(QPalette.ColorRole.Text)
        for page in (window.collect_view, window.overview_view):
            window.tabs.setCurrentWidget(page)
            qapp.processEvents()
            view = page.view
            tinted = _tinted_backgrounds(view)
            assert tinted, "some rows should be tinted (a damaged copy, an unknown key, tables not reported)"
            worst = min(_contrast(text, colour) for colour in tinted)
            assert worst >= 4.5, f"{view.accessibleName()}: text on a tinted row has contrast {worst:.1f}:1"

        out = Path(os.environ.get("RUNDABORD_SCREENS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qapp.processEvents()
            path = out / f"secretariat-{index}-dark.png"
            assert window.grab().save(str(path))
            image = QImage(str(path))
            # A dark ground in the middle of the view, and light text somewhere on it.
            assert QColor(image.pixel(image.width() // 2, image.height() * 3 // 4)).lightness() < 100, path
            light = sum(
                QColor(image.pixel(x, y)).lightness() > 180
                for x in range(0, image.width(), 5)
                for y in range(0, image.height(), 5)
            )
            assert light > 50, path
        window.close()
    finally:
        qapp.setPalette(original)

"""The chair's window fits the laptops chairs have. Each size runs in a fresh process whose
offscreen screen really is that laptop's (1280×720, 1366×768, and 1366×768 at 150 % scaling, which Qt
sees as 911×512), in Swedish, with a 300-note question; the test checks the geometry and keeps the
screenshot (tests look at them, and so did we)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..laptop_screens import LAPTOPS, fits_with_frame, run_on_screen


def _run_on_screen(tmp_path: Path, size: tuple[int, int], scale: str) -> tuple[dict, Path]:
    width, height = size
    shot = tmp_path / f"chair-{width}x{height}-{scale}.png"
    return run_on_screen(tmp_path, size, scale, "tests.ui.chair.screen_fit", str(shot)), shot


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return w > 0 and h > 0 and x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


def _overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.slow
@pytest.mark.parametrize("laptop", list(LAPTOPS))
def test_the_window_fits_the_laptop_screen_in_swedish(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report, shot = _run_on_screen(tmp_path, size, scale)
    screen = report["screen"]
    expected = [round(size[0] / float(scale)), round(size[1] / float(scale))]
    assert screen[2:] == expected  # the process really saw that laptop's screen
    # The first size, and the least the window can be shrunk to (width and height), leave room for the
    # frame and title bar a window manager adds around it.
    assert fits_with_frame(report["first_size"], screen), report["first_size"]
    assert fits_with_frame(report["minimum"], screen), report["minimum"]
    assert _inside(report["frame"], screen), report["frame"]
    parts = report["parts"]
    assert {"save indicator", "new-note field"} <= set(parts)
    assert sum(name.startswith("button ") for name in parts) >= 4 + 2 + report["theme_buttons"]
    for name, part in parts.items():
        assert part["visible"], name
        assert _inside(part["rect"], screen), (name, part["rect"], screen)
    buttons = [p["rect"] for n, p in parts.items() if n.startswith("button ")]
    controls = [parts["new-note field"]["rect"], parts["save indicator"]["rect"], parts["notes list"]["rect"]]
    for i, rect in enumerate(buttons):
        assert not any(_overlap(rect, other) for other in buttons[i + 1 :] + controls), rect
    assert shot.stat().st_size > 10_000  # a real picture of the window, kept for looking at
    width, height = report["shortcuts"][2:]  # F1's list: its Close button must be within reach
    assert width <= screen[2] and height <= screen[3], report["shortcuts"]

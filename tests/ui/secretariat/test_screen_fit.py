"""The secretariat's window fits the laptops a secretary has. Each size runs in a fresh process whose
offscreen screen really is that laptop's, in Swedish, with the demo conference, open conflicts and
three bundles in Collect: the window opens inside the screen, and no tab (nor Collect with a bundle
chosen, nor Review's conflicts with a text's and a kind's conflict chosen) asks for more width or height
than the screen leaves inside a window frame, scrolls Collect's list sideways, or cuts a wrapped line of
text short (each is grabbed to a PNG)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..laptop_screens import LAPTOPS, fits_with_frame, run_on_screen


def _run_on_screen(tmp_path: Path, size: tuple[int, int], scale: str) -> dict:
    width, height = size
    shot_prefix = str(tmp_path / f"secretariat-{width}x{height}-{scale}")
    return run_on_screen(tmp_path, size, scale, "tests.ui.secretariat.screen_fit", shot_prefix)


@pytest.mark.slow
@pytest.mark.parametrize("laptop", list(LAPTOPS))
def test_the_secretariat_window_fits_the_laptop_screen_in_swedish(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report = _run_on_screen(tmp_path, size, scale)
    assert len(list(tmp_path.glob("secretariat-*.png"))) == len(report["tabs"]) + 2  # kept for looking at
    screen = report["screen"]
    x, y, width, height = screen
    assert [width, height] == [round(size[0] / float(scale)), round(size[1] / float(scale))]
    assert fits_with_frame(report["first_size"], screen), report["first_size"]
    fx, fy, fw, fh = report["frame"]
    assert fx >= x and fy >= y and fx + fw <= x + width and fy + fh <= y + height, report["frame"]
    assert report["conflicts"] == 2  # Review's conflict pages were measured with a conflict chosen
    assert report["collect_details"].count("\n") >= 2  # a bundle chosen in Collect, its lines below
    # Collect's list fits the width: nothing scrolls sideways, and no cell is cut short (a conference's
    # name and date wrap rather than being cut to look like another's; only a file name is shortened,
    # and a chair's name drawn on two lines at most, its whole text in the tooltip and the details)
    assert report["collect_rows"] == 3 and report["collect_cut"] == [], report["collect_cut"]
    for text, drawn, tip in report["collect_chairs"]:
        shortened = drawn != text
        assert not shortened or (drawn.endswith("…") and text.startswith(drawn[:-1]) and tip == text), text
    width, height, least_width, least_height = report["keys"]  # the list of trusted keys
    assert fits_with_frame([width, height], screen) and fits_with_frame([least_width, least_height], screen)
    assert fits_with_frame(report["privacy"], screen), report["privacy"]  # it was 900×480 at 150 %
    assert len(report["tabs"]) == 7 + 1 + 3
    for tab in report["tabs"]:
        # Height as well as width: at 150 % a 1366×768 laptop is 911×512, and Review's conflicts
        # once asked for 545 pixels' height
        assert fits_with_frame(tab["minimum"], screen), tab
        assert tab["cut_labels"] == [], tab
        assert not tab["sideways"], tab

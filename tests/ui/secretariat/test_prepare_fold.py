"""The secretariat's key on the Prepare tab is in view on a laptop without scrolling: the secretary reads
its fingerprint aloud to the chairs, and on a 1366x768 screen it lay below the fold, under the themes,
because the lists asked for Qt's default 192 px each. Each size runs in a fresh process on that screen,
in Swedish (at 150 % nothing but a scrolling page fits, so only the unscaled laptops are asked)."""

from __future__ import annotations

import pytest

from ..laptop_screens import LAPTOPS, run_on_screen


@pytest.mark.slow
@pytest.mark.parametrize("laptop", ["1280x720", "1366x768"])
def test_the_fingerprint_and_its_print_button_are_drawn_without_scrolling(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report = run_on_screen(tmp_path, size, scale, "tests.ui.secretariat.prepare_fold", str(tmp_path / laptop))
    assert report["fingerprint"].count("\n") == 1  # two lines of four groups: the key exists
    assert report["scrolled"] == 0
    assert report["fingerprint_drawn"], report
    assert report["print_drawn"], report

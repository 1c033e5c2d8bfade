"""The board's dialogs fit the laptops a secretary has: at 150 % on a 1366x768 laptop (911x512 points)
the history of a proposal opened 1100 points wide, its Close button off the screen's edge, and "Similar
proposals" and "raised again" 520 high, their buttons under the screen's bottom once a title bar is on
top. Each size runs in a fresh process whose offscreen screen is that laptop's, in Swedish."""

from __future__ import annotations

import pytest

from ..laptop_screens import LAPTOPS, fits_with_frame, run_on_screen


@pytest.mark.slow
@pytest.mark.parametrize("laptop", ["1366x768-150%", "1280x720"])
def test_the_boards_dialogs_fit_the_laptop_screen(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report = run_on_screen(tmp_path, size, scale, "tests.ui.proposals.dialogs_fit", str(tmp_path / "board"))
    screen = report["screen"]
    assert sorted(report["dialogs"]) == ["history", "raised again", "similar"]
    assert len(list(tmp_path.glob("board-*.png"))) == 3  # kept for looking at
    for name, dialog in report["dialogs"].items():
        assert fits_with_frame(dialog["size"], screen), (name, dialog, screen)

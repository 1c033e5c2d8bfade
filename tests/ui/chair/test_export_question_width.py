"""Ctrl+E's question ("Signera och exportera", a line per question) on a 1366x768 laptop at 100 % and
150 %: Qt laid its text out in a column about 360 px wide at 150 %, so every long question wrapped into
two or three short lines. Its text is now as wide as its longest line up to a readable measure (about
80 characters or more), and the box still fits the screen."""

from __future__ import annotations

import pytest

from ..laptop_screens import FRAME, LAPTOPS, run_on_screen


@pytest.mark.parametrize("laptop", ["1366x768", "1366x768-150%"])
def test_the_export_question_is_laid_out_at_a_readable_width(tmp_path, laptop):
    size, scale = LAPTOPS[laptop]
    report = run_on_screen(tmp_path, size, scale, "tests.ui.chair.export_question_scaled", "")
    assert report["ratio"] == float(scale) and report["yes"], report
    assert len(report["question_lines"]) == 3, report  # the demo's three questions, one line each
    readable = min(report["longest_line"], 80 * report["average_char"])
    assert report["label_width"] >= readable, report
    screen_width = report["screen"][2]
    assert report["box"][0] <= screen_width - FRAME[0], report  # the box, its frame around it, fits

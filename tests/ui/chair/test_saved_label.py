"""The label "Saved HH:MM:SS" changes once a second while the chair types: each new time repaints it alone,
never a layout of the chair's window, and the label shows its whole text, in Swedish and English on a
1366x768 screen at 150 %."""

from __future__ import annotations

import pytest

from ..laptop_screens import run_on_screen


@pytest.mark.parametrize("language, word", [("sv", "Sparat"), ("en", "Saved")])
def test_a_new_saved_time_lays_out_nothing_and_shows_whole(tmp_path, language, word):
    report = run_on_screen(tmp_path, (1366, 768), "1.5", "tests.ui.chair.saved_label_scaled", language)
    assert report["ratio"] == 1.5
    assert len(report["shown"]) == 6 and all(text.startswith(word) for text in report["shown"]), report
    assert all(shown == {"layouts": 0, "whole": True} for shown in report["shown"].values()), report

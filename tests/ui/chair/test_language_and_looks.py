"""The window in Swedish on real widgets, screenshots in both languages and a dark palette, accessibility
basics, and the real start-up path that `make run` takes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui import application

from .conftest import open_window


@pytest.fixture
def swedish(qapp, monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "en")  # the preference alone must decide
    QSettings().setValue("language", "sv")
    assert application.configure(qapp) == "sv"


def open_table(qtbot, workspace, conference_id, number=3):
    chair = open_window(qtbot, workspace)
    chair.open_table(conference_id, number)
    return chair


def test_swedish_is_loaded_and_shown_on_real_widgets(qtbot, swedish, demo_workspace, demo_conference_id):
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    menus = [a.text() for a in chair.menuBar().actions()]
    assert menus == ["&Konferens", "&Redigera", "&Taggar", "&Omgång", "&Hjälp"]
    assert chair.entry.placeholderText().startswith("Skriv vad bordet säger")
    assert chair.chair_actions.kind_actions["proposal"].text() == "&Förslag"
    assert chair.timer.start_button.text() == "Starta"
    assert "Bordsordförande: Fatima Hassan" in chair.header_details.text()
    assert chair.questions_model.data(chair.questions_model.index(0)).endswith("Anteckningar: 0")
    chair.add_note("Fler mötesplatser")
    qtbot.waitUntil(lambda: chair.saved_indicator.text().startswith("Sparat "))
    chair.show_review()
    assert chair.review.export_button.text() == "&Signera och exportera…"
    assert "Inga anteckningar." in chair.review.browser.toPlainText()
    chair.show_picker()
    assert chair.picker.file_button.text() == "Öppna &fil…"
    chair.close()


def test_every_control_a_screen_reader_lands_on_has_a_name(qtbot, demo_workspace, demo_conference_id):
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    focusable = [
        w
        for w in chair.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is chair
    ]
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in focusable
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        and type(w).__name__ not in ("QScrollBar", "QSplitterHandle", "QMenuBar")
        and not w.objectName().startswith("qt_")
    ]
    assert not nameless, nameless


def test_tab_order_runs_from_the_entry_through_the_notes_to_the_questions(
    qtbot, demo_workspace, demo_conference_id
):
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.add_note("något att stå på")
    chair.focus_entry()
    visited = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(visited[-1] or chair, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [chair.entry, chair.notes_view, chair.filter_edit, chair.questions_view]


def _grab(chair, path: Path) -> QImage:
    QApplication.processEvents()
    assert chair.grab().save(str(path))
    return QImage(str(path))


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 60)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("language", ["en", "sv"])
def test_screenshot_of_the_capture_view_is_not_blank(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, language
):
    QSettings().setValue("language", language)
    application.configure(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.resize(1100, 720)
    for text in ("Fler mötesplatser för unga på landsbygden", "Kollektivtrafik efter skoltid & på helger"):
        chair.add_note(text)
    chair.editing.set_kind("proposal")
    chair.editing.vote(+1)
    image = _grab(chair, tmp_path / f"capture_{language}.png")
    assert not image.isNull() and image.width() > 500
    assert _distinct_colours(image) > 8  # text, lists and buttons drawn, not one flat colour
    chair.close()


def test_dark_palette_keeps_text_readable(qtbot, qapp, demo_workspace, demo_conference_id, tmp_path):
    original = qapp.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#aaaaaa"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        chair = open_table(qtbot, demo_workspace, demo_conference_id)
        chair.add_note("Läsbar i mörkt läge")
        image = _grab(chair, tmp_path / "capture_dark.png")
        light_pixels = sum(
            QColor(image.pixel(x, y)).lightness() > 180
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        )
        assert light_pixels > 100  # light text on dark ground
        assert QColor(image.pixel(image.width() // 2, image.height() // 2)).lightness() < 100
        chair.close()
    finally:
        qapp.setPalette(original)


def test_text_scales_with_the_system_font(qtbot, qapp, demo_workspace, demo_conference_id):
    original = qapp.font()
    big = qapp.font()
    big.setPointSizeF(original.pointSizeF() * 1.6)
    qapp.setFont(big)
    try:
        chair = open_table(qtbot, demo_workspace, demo_conference_id)
        assert chair.entry.font().pointSizeF() == pytest.approx(big.pointSizeF())
        assert chair.entry.sizeHint().height() > chair.entry.fontMetrics().lineSpacing() * 3
        chair.close()
    finally:
        qapp.setFont(original)


# 0 ms: the report is due before the first frame (as when building the window outlasts the delay on a
# busy machine); it waits for the frame and what follows it, such as the application's icon.
@pytest.mark.parametrize("exit_after_ms", ["800", "0"])
def test_the_application_starts_on_the_demo_conference_like_make_run(tmp_path, exit_after_ms):
    """The real start-up path: the `rundabord` entry point in a fresh process, offscreen, quitting itself."""
    workspace = tmp_path / "workspace"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUNDABORD_EXIT_AFTER_MS": exit_after_ms,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "sv_SE.UTF-8",
    }
    launcher = [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]
    demo = subprocess.run(
        [*launcher, "--workspace", str(workspace), "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    run = subprocess.run(
        [*launcher, "--workspace", str(workspace)], env=env, capture_output=True, text=True, timeout=300
    )
    report_lines = [line for line in run.stdout.splitlines() if line.startswith("RUNDABORD_SMOKE ")]
    assert report_lines, run.stdout + run.stderr
    report = json.loads(report_lines[0].removeprefix("RUNDABORD_SMOKE "))
    assert report["window"] == "ChairWindow"
    assert report["language"] == "sv"  # a Swedish system gets Swedish
    assert "Rundabordssamtal våren 2026" in " ".join(report["texts"])
    assert run.returncode == 0, report

"""The entry's draft is written to the settings only when it changed: notes entered one after another
leave the entry empty each time, and writing the same empty draft again made QSettings rewrite its file
(a lock, a copy, two fsyncs) on the window's thread every second while the chair typed on."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from .conftest import type_text


def _draft(window) -> str:
    return str(QSettings().value(window.place.settings_key() + "_draft", "") or "")


def test_an_unchanged_draft_is_not_written_again(qtbot, window, monkeypatch):
    writes: list[str] = []
    original = window.settings.setValue

    def counting(key, value):
        if key.endswith("_draft"):
            writes.append(value)
        original(key, value)

    monkeypatch.setattr(window.settings, "setValue", counting)
    type_text(qtbot, window.entry, "Bänkar vid busshållplatsen")
    qtbot.waitUntil(lambda: writes == ["Bänkar vid busshållplatsen"], timeout=5000)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: writes == ["Bänkar vid busshållplatsen", ""], timeout=5000)  # emptied: written
    assert _draft(window) == ""
    for text in ("Fler papperskorgar", "Bättre belysning på kvällen"):
        window.add_note(text)  # the entry stays empty, and is emptied again
        window.place._on_entry_text_changed()  # as its text-changed signal does
        qtbot.waitUntil(lambda: not window.place._draft_timer.isActive(), timeout=5000)
    assert writes == ["Bänkar vid busshållplatsen", ""]  # the same empty draft: not written again
    type_text(qtbot, window.entry, "Nästa")
    qtbot.waitUntil(lambda: writes[-1:] == ["Nästa"], timeout=5000)  # a changed draft is written
    assert _draft(window) == "Nästa"

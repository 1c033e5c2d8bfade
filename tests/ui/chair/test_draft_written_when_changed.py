"""The entry's draft is written only when it changed: notes entered one after another leave the entry
empty each time, and writing the same empty draft again cost a file rewrite with fsyncs every second
while the chair typed on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import type_text


def test_an_unchanged_draft_is_not_written_again(qtbot, window, monkeypatch):
    keeper = window.place.drafts()
    writes: list[str] = []
    original = keeper._write

    def counting(text):
        writes.append(text)
        original(text)

    monkeypatch.setattr(keeper, "_write", counting)
    type_text(qtbot, window.entry, "Bänkar vid busshållplatsen")
    qtbot.waitUntil(lambda: writes == ["Bänkar vid busshållplatsen"] and keeper.written, timeout=5000)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: writes == ["Bänkar vid busshållplatsen", ""] and keeper.written, timeout=5000)
    assert keeper.path.read_text(encoding="utf-8") == ""  # emptied: written
    for text in ("Fler papperskorgar", "Bättre belysning på kvällen"):
        window.add_note(text)  # the entry stays empty, and is emptied again
        window.place._on_entry_text_changed()  # as its text-changed signal does
        qtbot.waitUntil(lambda: not window.place._draft_timer.isActive(), timeout=5000)
    qtbot.wait(50)
    assert writes == ["Bänkar vid busshållplatsen", ""]  # the same empty draft: not written again
    type_text(qtbot, window.entry, "Nästa")
    qtbot.waitUntil(lambda: writes[-1:] == ["Nästa"] and keeper.written, timeout=5000)  # changed: written
    assert keeper.path.read_text(encoding="utf-8") == "Nästa"

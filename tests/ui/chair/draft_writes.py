"""The chair's half-typed note as the settings hold it, and each time the window writes it there."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def draft(window) -> str:
    """The entry's draft as the settings file holds it now."""
    return str(QSettings().value(window.place.settings_key() + "_draft", "") or "")


def draft_writes(window, monkeypatch) -> list[str]:
    """A list that gains each draft the window writes to its settings from now on, in order."""
    writes: list[str] = []
    original = window.settings.setValue

    def counting(key, value):
        if key.endswith("_draft"):
            writes.append(value)
        original(key, value)

    monkeypatch.setattr(window.settings, "setValue", counting)
    return writes

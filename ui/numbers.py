"""Counts as the window's language writes them: Swedish groups thousands with a space ("1 000"),
English with a comma ("1,000"). The language's QLocale is the default once i18n loaded it."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(n: int) -> str:
    """A count shown to people, grouped by the loaded language (a plain str(n) shows "1000")."""
    return QLocale().toString(int(n))

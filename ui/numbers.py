"""Counts as the window's language writes them: Swedish groups thousands with a space ("1 000"),
English with a comma ("1,000"). The language's QLocale is the default once i18n loaded it."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

NBSP = "\u00a0"
_NUMBER_AND_WORD = re.compile(r"(?<=\d) (?=\w)|(?<=[\w:]) (?=\d)")


def count_text(n: int) -> str:
    """A count shown to people, grouped by the loaded language (a plain str(n) shows "1000")."""
    return QLocale().toString(int(n))


def numbers_held(text: str) -> str:
    """`text` with each number kept on one line with the words beside it ("Bord 3", "0 anteckningar"):
    a wrapped message box or label broke between them at 150 %."""
    return _NUMBER_AND_WORD.sub(NBSP, text)

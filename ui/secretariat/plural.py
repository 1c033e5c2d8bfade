"""Counts in sentences. English has no translation file to carry Qt's plural forms (%n), so each call site
translates a "one" and a "many" text itself and this picks one: `plural(n, tr("one note"), tr("%1 notes"))`.
"""

from __future__ import annotations

from ui.numbers import count_text


def plural(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).replace("%1", count_text(count))

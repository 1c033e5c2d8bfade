"""A stored UTC stamp as the user's local date and time, in the locale's short form."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def local_time(utc_text: str) -> str:
    """An ISO UTC stamp as the user's local date and time, short form ("" stays "", a bad stamp as it is)."""
    if not utc_text:
        return ""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return utc_text
    return local_moment(moment)


def local_moment(moment: datetime | None) -> str:
    """A moment (aware, or naive in local time) as the user's local date and time, short form; None as ""."""
    if moment is None:
        return ""
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)

"""One locale call writes every local time the windows show: a stored UTC text (Collect, the overview)
and a clock stamp's moment (the conflict list) of one instant read alike, in the Swedish short form."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app import conflicts
from ui import i18n
from ui.local_time import local_moment, local_time
from ui.secretariat.conflict_sides import stamp_time


def test_a_utc_text_and_a_stamps_moment_of_one_instant_read_alike_in_swedish(qapp) -> None:
    i18n.install("sv", qapp)
    try:
        instant = datetime(2026, 11, 25, 12, 34, 56, tzinfo=UTC)
        shown = local_time("2026-11-25T12:34:56Z")
        assert re.fullmatch(r"2026-11-2[456] \d\d:34", shown), shown  # Sweden's short form, local hour
        assert local_moment(instant) == shown
        assert local_moment(datetime.fromtimestamp(instant.timestamp())) == shown  # naive local time
        rev = f"{int(instant.timestamp() * 1000):015d}-000000"
        assert conflicts.edited_at(rev) is not None and stamp_time(rev) == shown
    finally:
        i18n.install("en", qapp)


def test_nothing_stays_nothing_and_a_bad_stamp_is_shown_as_it_is() -> None:
    assert local_time("") == "" and local_moment(None) == "" and stamp_time("inte en stämpel") == ""
    assert local_time("igår") == "igår"

"""The notice a chair's export carries when it holds more than an older secretariat reads says which
secretariat reads it by what its Rundabord can do (renew signing keys; take in paper sheets and photos), and
at most "December 2026 or later": never a development day such as "from 3 December (afternoon)", which asked
a chair to know the day her secretariat last updated. In the CLI's English and in the window, Swedish too."""

from __future__ import annotations

import re

import pytest

from app.messages import message
from ui import bundle_messages, i18n

DAYS = re.compile(r"\b\d{1,2}\.? (of )?(december|dec)\b|afternoon|evening|eftermiddag|kväll", re.IGNORECASE)

CAN_DO = {
    "export-needs-former-reader": {
        "cli": "only a secretariat whose Rundabord can renew keys reads",
        "en": "only if their Rundabord can renew signing keys",
        "sv": "bara om deras Rundabord kan förnya signeringsnycklar",
    },
    "export-needs-paper-reader": {
        "cli": "only a secretariat whose Rundabord can take in paper sheets and photos reads",
        "en": "only if their Rundabord can take in photos and paper sheets",
        "sv": "bara om deras Rundabord kan ta emot foton och pappersark",
    },
}
ARGS = {"export-needs-former-reader": {"former": "ws-4b1f"}, "export-needs-paper-reader": {}}


@pytest.mark.parametrize("code", sorted(CAN_DO))
def test_the_cli_names_what_the_secretariat_can_do(code):
    said = message(code, **ARGS[code]).english()
    assert CAN_DO[code]["cli"] in said and "December 2026 or later" in said, said
    assert not DAYS.search(said), said
    assert "update Rundabord, then import this export" in said


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("code", sorted(CAN_DO))
def test_the_window_names_what_the_secretariat_can_do(qapp, code, language):
    i18n.install(language, qapp)
    try:
        said = bundle_messages.say(message(code, **ARGS[code]))
    finally:
        i18n.install("en", qapp)
    assert CAN_DO[code][language] in said, said
    assert ("December 2026 or later" if language == "en" else "december 2026 eller senare") in said, said
    assert not DAYS.search(said), said

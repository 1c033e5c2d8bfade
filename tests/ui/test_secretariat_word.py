"""The Swedish product calls the office "sekretariatet", everywhere.

A few translations once said "kansliet" instead, so a chair read two words for one office. This reads
every Swedish text the product ships (the .ts translations, which hold the refusal table's Swedish
too, and the minutes' own Swedish words) and fails on any form of "kansli" there. A secretariat's own
key name may still say "kansliet": that is the user's data, not the product's word.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.minutes import since_last

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*_sv.ts"))
OTHER_WORD = re.compile(r"\bkansli", re.IGNORECASE)


def _swedish_of(ts_path: Path) -> list[str]:
    texts = []
    for translation in ET.parse(ts_path).getroot().iter("translation"):
        forms = translation.findall("numerusform")
        texts.extend((f.text or "") for f in forms) if forms else texts.append(translation.text or "")
    return texts


def test_the_check_sees_the_other_word():
    assert OTHER_WORD.search("skicka nyckelkortet till Kansliet.")
    assert OTHER_WORD.search("regionens kansli")
    assert not OTHER_WORD.search("skicka nyckelkortet till sekretariatet.")


@pytest.mark.parametrize("ts_path", TS_FILES, ids=[p.name for p in TS_FILES])
def test_no_swedish_translation_says_kansliet(ts_path: Path):
    texts = _swedish_of(ts_path)
    assert texts, f"{ts_path.name} has no translations"
    offending = [text for text in texts if OTHER_WORD.search(text)]
    assert not offending, f"{ts_path.name} says kansli- where the product says sekretariatet:\n" + "\n".join(
        offending
    )


def test_the_swedish_minutes_say_sekretariatet():
    texts = list(since_last.WORDS["sv"].values())
    assert any("sekretariatet" in text for text in texts)
    assert not [text for text in texts if OTHER_WORD.search(text)]

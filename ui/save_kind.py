"""The kind of file chosen in a save dialog decides the file's suffix.

A save dialog offers kinds ("CSV for Excel (*.csv);;JSON (*.json)") and returns the name as typed:
"data" with JSON chosen would otherwise be written as whatever the caller makes of a name without a
suffix.
"""

from __future__ import annotations

import re
from pathlib import Path

_PATTERN = re.compile(r"\*(\.\w+)")


def with_chosen_suffix(path: Path, chosen: str, filters: str) -> Path:
    """`path` with the suffix of the kind `chosen` ("JSON (*.json)"), unless the name typed already
    ends in one of the kinds `filters` offers (that typed choice stands)."""
    offered = [suffix.lower() for suffix in _PATTERN.findall(filters)]
    wanted = _PATTERN.findall(chosen)
    if not wanted or path.suffix.lower() in offered:
        return path
    return path.with_name(path.name + wanted[0])

"""A rev: eight hex digits of what a listing showed, which an edit made on it names back (`--expect-rev`).

Every rev the CLI prints (a record's fields, a conflict, a table's facts, a privacy finding) is this one
digest of a JSON-able value, so they read alike and a change is missed by chance one time in four billion.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def rev_digest(shown: Any) -> str:
    text = json.dumps(shown, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]

"""What a pull has already fetched from each target (`sync_seen`), read back for people and programs.

The engine (engine.py) writes a row per remote file it looked at; `detail` holds what was said about the
bundle as messages (app/messages.py: a JSON list of code and parameters). Rows written before messages
were data hold an English sentence and read back as one "text" message, shown as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.messages import Message, english, loads
from app.store import Store


@dataclass(frozen=True)
class Seen:
    target: str
    path: str
    bundle_id: str
    kind: str
    outcome: str
    said: tuple[Message, ...]
    seen_at: str

    @property
    def detail(self) -> str:
        return english(self.said)

    def as_json(self) -> dict[str, Any]:
        values = {**self.__dict__, "said": [m.as_json() for m in self.said]}
        return values | {"detail": self.detail}


def fetched(store: Store, target: str | None = None) -> list[Seen]:
    """Every remote file a pull looked at (of one target, or all), oldest first."""
    where, params = ("target = ?", (target,)) if target else ("1 = 1", ())
    rows = store.conn.execute(
        "SELECT target, path, bundle_id, kind, outcome, detail, seen_at FROM sync_seen"
        f" WHERE {where} ORDER BY seen_at, path",
        params,
    )
    return [Seen(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", loads(r[5]), r[6] or "") for r in rows]

"""Default file names for the documents, as a secretary would file them: what, which conference, when."""

from __future__ import annotations

import re
import unicodedata

from app.model import Conference

_KIND_WORDS = {
    "sv": {
        "table": "minnesanteckningar-bord-{n}",
        "conference": "minnesanteckningar",
        "themes": "temarapport",
        "public": "aterkoppling",
        "data": "oppna-data",
    },
    "en": {
        "table": "minutes-table-{n}",
        "conference": "minutes",
        "themes": "theme-report",
        "public": "feedback",
        "data": "open-data",
    },
}


def slug(text: str) -> str:
    """'Rundabordssamtal våren 2026' -> 'rundabordssamtal-varen-2026': safe on every file system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "rundabord"


def default_name(
    kind: str, conference: Conference, language: str, *, table: int = 0, ext: str = "pdf"
) -> str:
    words = _KIND_WORDS.get(language, _KIND_WORDS["sv"])[kind].format(n=table)
    parts = [conference.date[:10], slug(conference.title), words]
    return "-".join(p for p in parts if p) + f".{ext}"

"""Keeping personal data out of what is published: every name the workspace knows is removed from text.

Public documents never print chair names or people's fields; but a note can still name someone
("Anna Lindqvist föreslog..."). Names are matched whole, ignoring case, wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.store import Store


def known_names(store: Store) -> set[str]:
    """Chair names of every table and every person's name, in all conferences of the workspace."""
    names = {r["chair_name"] for r in store.select("table", include_deleted=True)}
    names |= {r["name"] for r in store.select("person", include_deleted=True)}
    return {" ".join(n.split()) for n in names if n and n.strip()}


def redactor(names: set[str], replacement: str) -> Callable[[str], str]:
    if not names:
        return lambda text: text
    # Longest first, so "Anna Lindqvist Berg" goes before "Anna Lindqvist"; spaces match any run of them.
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in name.split()) for name in sorted(names, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(replacement, text)

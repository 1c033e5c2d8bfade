"""The first characters of an id, typed on the command line as with git, matched alike on both backends.

Every id the store makes is lower-case (UUIDs, hex digests), and bundles carrying any other are refused,
so what was typed is lowered and compared as a plain range of ids: `id >= 'ab12' AND id < 'ab12\\uffff'`.
`id LIKE 'AB12%'` found it on SQLite (its LIKE ignores ASCII case) but not on PostgreSQL, read `%` and
`_` in what was typed as patterns, and a range uses the id index on both, where LIKE scans the table.
"""

from __future__ import annotations

SHORTEST = 4  # fewer characters name too many ids to be meant as one


def id_prefix(typed: str) -> tuple[str, tuple[str, str]]:
    """A condition on `id` for ids starting with `typed` (any case), and its parameters."""
    low = typed.strip().lower()
    return "id >= ? AND id < ?", (low, low + "\uffff")

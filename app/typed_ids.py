"""The ids people type on the command line, as with git, matched alike on both backends.

Every id the store makes is lower-case (UUIDs, hex digests), and bundles carrying any other are refused,
so what was typed is lowered and compared as a plain range of ids: `id >= 'ab12' AND id < 'ab12\\uffff'`.
`id LIKE 'AB12%'` found it on SQLite (its LIKE ignores ASCII case) but not on PostgreSQL, read `%` and
`_` in what was typed as patterns, and a range uses the id index on both, where LIKE scans the table.

A note's id begins with the time it was made (`time_ordered_id`): the notes one table's bundle brings
then sit side by side in the id index, so an import reads and writes a few of its pages and not one
page per note all over it (on a store of a million notes, most of a cold import's disk reads). Notes
made in the same minute share their first eight digits, so the command line shows and takes eight
digits of such an id's random end instead (`short_id`, `note_tail`); the first characters of any id
still find it, as before.
"""

from __future__ import annotations

import time

SHORTEST = 4  # fewer characters name too many ids to be meant as one
_TAIL_AT = 24  # where the last group of a UUID's text begins: 12 hex digits, all random in version 7
SHOWN = 8  # digits shown of an id, about four billion apart


def time_ordered_id(stamp: str = "") -> str:
    """A new note's id: a version 7 UUID (RFC 9562) as text. Its first 12 hex digits are the milliseconds
    of `stamp` (the note's first clock stamp, `wall-counter`; else now) and the next three the stamp's
    counter, so a store's notes sort as it made them; 62 random bits end it, drawn as a version 4 UUID's
    (then a test that fixes uuid4 fixes these ids too, as it did when they were version 4)."""
    import uuid  # here, not at start: on Linux it loads `platform` and its regular expressions

    wall, _, counter = stamp.partition("-")
    millis = int(wall) if wall else time.time_ns() // 1_000_000
    count = min(int(counter or 0), 0xFFF)
    value = (millis & (1 << 48) - 1) << 80 | 0x7 << 76 | count << 64 | 0b10 << 62
    value |= uuid.uuid4().int & (1 << 62) - 1  # a version 4 UUID's last 62 bits are all random
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_record_id(type_name: str, stamp: str) -> str:
    """A new record's id (`stamp` its first clock stamp): a note's time-ordered (a store gathers a
    million, one table's at a time), the other records' a random UUID (they are few, and their ids are
    typed by their first characters)."""
    if type_name == "note":
        return time_ordered_id(stamp)
    import uuid  # here, not at start: on Linux it loads `platform` and its regular expressions

    return str(uuid.uuid4())


def is_time_ordered(record_id: str) -> bool:
    """Whether the id is a version 7 UUID's text (its version digit 7), whose start is a time."""
    return len(record_id) == 36 and record_id[14] == "7" and record_id[8] == record_id[23] == "-"


def short_id(record_id: str) -> str:
    """What the command line shows of an id, to be typed back: eight digits of a time-ordered id's random
    end, else its first eight characters."""
    if is_time_ordered(record_id):
        return record_id[_TAIL_AT : _TAIL_AT + SHOWN]
    return record_id[:SHOWN]


def id_prefix(typed: str) -> tuple[str, tuple[str, str]]:
    """A condition on `id` for ids starting with `typed` (any case), and its parameters."""
    low = typed.strip().lower()
    return "id >= ? AND id < ?", (low, low + "\uffff")


def note_tail(typed: str) -> tuple[str, tuple[int, int, str]] | None:
    """A condition on `id` for time-ordered ids whose random end starts with `typed` (as `short_id` shows
    it), and its parameters; None when `typed` cannot be one. No index holds these ends (one would be
    written all over for every note imported, the cost `time_ordered_id` takes away), so the notes are
    read through: about 0.15 s a million notes, and only for an id typed short."""
    low = typed.strip().lower()
    if not SHORTEST <= len(low) <= 36 - _TAIL_AT or any(c not in "0123456789abcdef" for c in low):
        return None
    return (
        "length(id) = 36 AND substr(id, 15, 1) = '7' AND substr(id, ?, ?) = ?",
        (_TAIL_AT + 1, len(low), low),
    )

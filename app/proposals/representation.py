"""Who took part: participants per table and the optional aggregate age/gender bands, summed.

The participation policy asks each conference to be evaluated for how representative it was. Only
counts are kept (the chair's own tally); there are no names here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app import conferences
from app.store import Store


@dataclass(frozen=True)
class TableCount:
    number: int
    name: str
    participants: int
    bands: dict[str, int]


@dataclass(frozen=True)
class Representation:
    conference_id: str
    tables: list[TableCount]
    participants: int  # summed over tables
    bands: dict[str, int] = field(default_factory=dict)  # each band summed over the tables that reported it
    tables_with_bands: int = 0  # how many tables reported any band: the sums cover only those


def representation(store: Store, conference_id: str) -> Representation:
    conference = conferences.conference(store, conference_id)
    counts = [
        TableCount(t.number, t.name, t.participants, dict(t.bands))
        for t in conferences.tables(store, conference.id)
    ]
    bands: dict[str, int] = {}
    for table in counts:
        for band, count in table.bands.items():
            bands[band] = bands.get(band, 0) + count
    return Representation(
        conference.id,
        counts,
        sum(t.participants for t in counts),
        dict(sorted(bands.items())),
        sum(1 for t in counts if t.bands),
    )


def process_representation(store: Store, process_id: str) -> list[Representation]:
    """Each conference of a process, oldest first: how participation developed over the process."""
    return [representation(store, c.id) for c in conferences.conferences(store) if c.process_id == process_id]

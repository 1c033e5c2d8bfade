"""A generated three-conference process with proposals, for tests, benchmarks and trying the board.

`build_sample_process(store, groups)` spreads each group of paraphrased proposals (one idea in other
words) over the tables of one of three conferences, adds guiding words and actions said in several
inflections, and table participation with aggregate bands. Deterministic: same input, same content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import conferences, notes
from app.store import Store

THEMES = ("Unga", "Mångfald & integration", "Jämställdhet", "Attraktiv region")
DATES = ("2026-03-12", "2026-10-08", "2027-03-11")
TABLES = 6

# Wordings that de-duplicate to one item each (inflection, word order): what chairs really type.
GUIDING_WORDS = (
    ("Mod", "modet", "Mod!"),
    ("Tillit och samverkan", "samverkan och tillit"),
    ("Stolthet", "stoltheten"),
    ("Framtidstro",),
    ("Öppenhet", "öppenheten"),
)
ACTIONS = (
    ("Fler mötesplatser över generationsgränser", "mötesplatser över generationsgränserna"),
    ("Samordna kollektivtrafiken med skolornas tider", "Kollektivtrafiken samordnas med skolans tider"),
    ("Ta vara på nyanländas kompetens",),
)


@dataclass(frozen=True)
class SampleProcess:
    process_id: str
    conference_ids: tuple[str, ...]  # oldest first
    proposal_groups: tuple[tuple[str, ...], ...]  # note ids of each input group, in input order


def build_sample_process(
    store: Store, groups: Sequence[Sequence[str]], name: str = "Tillväxtprogram Testlän"
) -> SampleProcess:
    conference_ids = []
    for number, date in enumerate(DATES, 1):
        description = conferences.parse_conference(
            {
                "process": {"name": name, "organisation": "Region Testlän", "themes": list(THEMES)},
                "conference": {"title": f"Rundabordssamtal {number}", "date": date, "venue": "Kulturhuset"},
                "questions": [{"text": "Vad behöver göras?"}, {"text": "Vem tar första steget?"}],
                "tables": [
                    {"number": t, "chair": f"Ordförande {number}.{t}", "participants": 6 + (t * number) % 5}
                    for t in range(1, TABLES + 1)
                ],
            }
        )
        conference_id = conferences.create_conference(store, description)
        conference_ids.append(conference_id)
        for t in range(1, TABLES + 1, 2):  # every other table reports bands; the rest leave them out
            women = 2 + (t + number) % 4
            conferences.set_table_facts(
                store, conference_id, t, bands={"kvinna": women, "man": 3, "ålder 16–29": t % 3}
            )

    proposal_groups = []
    for index, texts in enumerate(groups):
        conference_id = conference_ids[index % len(conference_ids)]
        theme = THEMES[index % len(THEMES)]
        ids = []
        for member, text in enumerate(texts):
            table = 1 + (index + member) % TABLES
            ids.append(
                notes.add_note(
                    store,
                    conference_id,
                    table,
                    1 + member % 2,
                    text,
                    kind="proposal",
                    themes=[theme],
                    votes=1 + (index * 7 + member * 3) % 9,
                )
            )
        proposal_groups.append(tuple(ids))

    for c_index, conference_id in enumerate(conference_ids):
        for w_index, wordings in enumerate(GUIDING_WORDS):
            text = wordings[c_index % len(wordings)]
            table = 1 + (w_index + c_index) % TABLES
            notes.add_note(
                store, conference_id, table, 1, text, kind="guiding-word", themes=[THEMES[w_index % 2]]
            )
        for a_index, wordings in enumerate(ACTIONS):
            text = wordings[c_index % len(wordings)]
            notes.add_note(store, conference_id, 1 + a_index, 2, text, kind="action", themes=[THEMES[0]])
    process = conferences.find_process(store, name)
    assert process is not None
    return SampleProcess(process.id, tuple(conference_ids), tuple(proposal_groups))

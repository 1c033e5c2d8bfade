"""A generated conference of any size, for the minutes' benchmarks, tests and screenshots.

Realistic Swedish sentences of varied length, every note kind, themes and votes, written through the
store's bulk path. Deterministic for a given seed.
"""

from __future__ import annotations

import random

from app import conferences
from app.conferences import parse_conference
from app.store import Store

THEMES = ["Mångfald & integration", "Unga", "Jämställdhet", "Självbild & stolthet"]
_OPENINGS = [
    "Vi behöver",
    "Kommunen kan",
    "Föreningarna vill",
    "Det saknas",
    "Unga efterfrågar",
    "Företagen ser",
    "Regionen borde",
    "Skolan och näringslivet kan",
]
_MIDDLES = [
    "fler mötesplatser för unga på landsbygden",
    "bättre kollektivtrafik mellan orterna på kvällar och helger",
    "en gemensam kalender för föreningslivets aktiviteter",
    "mentorprogram där nyanlända möter yrkesverksamma",
    "praktikplatser som leder till anställning",
    "att lyfta fram goda exempel från bygden",
    "samverkan mellan kommun, region och civilsamhälle",
    "trygga och tillgängliga offentliga miljöer",
    "en bredare rekrytering till styrelser och nämnder",
    "stöd till unga som vill starta företag",
]
_ENDINGS = [
    "så att fler vill bo kvar.",
    "och det måste ske redan i år.",
    "med tydligt ansvar och uppföljning.",
    "eftersom det stärker bilden av länet.",
    "för att bryta utanförskap.",
    "utan att det kostar mycket.",
]
KINDS = ["note"] * 6 + ["proposal"] * 2 + ["guiding-word", "action"]


def sentence(rng: random.Random) -> str:
    parts = [f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)} {rng.choice(_ENDINGS)}"]
    while rng.random() < 0.35:  # some notes run to several sentences
        parts.append(f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)} {rng.choice(_ENDINGS)}")
    return " ".join(parts)


def create_sample_conference(
    store: Store,
    *,
    tables: int = 40,
    notes: int = 4000,
    title: str = "Rundabordssamtal våren 2026",
    date: str = "2026-03-12",
    process: str = "Länets tillväxtprogram 2026–2029",
    seed: int = 7,
    kinds: list[str] = KINDS,
) -> str:
    """A conference of `tables` tables and `notes` notes spread over three questions; returns its id."""
    rng = random.Random(seed)
    description = parse_conference(
        {
            "process": {"name": process, "organisation": "Region Exempellän", "themes": THEMES},
            "conference": {"title": title, "date": date, "venue": "Folkets hus, Exempelstad"},
            "questions": [
                {"text": "Vad kan du och din verksamhet göra inom de utpekade områdena?"},
                {"text": "Vad behövs för att göra det?"},
                {"text": "Vad är det första steget, och vem tar det?"},
            ],
            "tables": [
                {"number": n, "chair": f"Ordförande {n} Exempelsson", "participants": 8 + n % 3}
                for n in range(1, tables + 1)
            ],
        }
    )
    conference_id = conferences.create_conference(store, description)
    c = conferences.conference(store, conference_id)
    question_ids = [q.id for q in conferences.questions(store, conference_id)]
    theme_ids = [t.id for t in conferences.themes(store, c.process_id)]
    positions: dict[tuple[int, str], int] = {}
    items = []
    for i in range(notes):
        table = i % tables + 1
        question = question_ids[(i // tables) % len(question_ids)]
        position = positions[(table, question)] = positions.get((table, question), 0) + 1
        kind = rng.choice(kinds)
        items.append(
            {
                "conference_id": conference_id,
                "table_number": table,
                "question_id": question,
                "kind": kind,
                "text": sentence(rng),
                "themes": rng.sample(theme_ids, rng.choice((0, 1, 1, 1, 2))),
                "votes": rng.randint(0, 12) if kind == "proposal" else 0,
                "position": position,
                "person_id": None,
            }
        )
    store.create_many("note", items)
    return conference_id

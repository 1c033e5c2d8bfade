"""A conference as it really comes in: 40 tables saying the same things in their own words.

Forty tables answering the same questions repeat each other ("Fler mötesplatser för unga!", "fler
mötesplats för ungdomar"), type in haste (capitals, doubled spaces, a swapped letter, a line break),
and now and then write what must not be published (a chair's name, a phone number, an e-mail address,
a personnummer). Some tables give no participant count, some give age and gender bands. For the demo,
the screenshots, the page-count test and the benchmarks; deterministic for a given seed.
"""

from __future__ import annotations

import random

from app import conferences
from app.conferences import parse_conference
from app.minutes.sample import THEMES, sentence
from app.store import Store

CHAIRS = [
    "Anna Lindqvist", "Erik Berg", "Fatima Hassan", "Johan Öberg", "Maria Nilsson", "Lars Ekström",
    "Sara Holm", "Mikael Johansson", "Elin Forsberg", "Ahmed Yusuf", "Karin Sjöberg", "Peter Lund",
    "Lena Wikström", "Jonas Åberg", "Sofia Karlsson", "Oskar Nyström", "Ingrid Dahl", "Ali Rahimi",
    "Emma Sandberg", "Henrik Falk",
]  # fmt: skip
# What tables say, per question: (theme index, the common wording). The first are said most often.
SAID = [
    [
        (1, "Fler mötesplatser för unga"), (0, "Språkcafé på biblioteket"), (1, "Läxhjälp efter skolan"),
        (2, "Jämställda styrelser i föreningslivet"), (3, "Lyfta fram goda exempel från bygden"),
        (0, "Mentorer för nyanlända"), (1, "Sommarjobb för alla ungdomar"),
        (2, "Trygga gång- och cykelvägar"),
        (3, "Berätta om länet i sociala medier"), (0, "Öppna förskolan för nya familjer"),
        (1, "Ungdomsråd i varje kommun"), (2, "Kvinnors företagande behöver stöd"),
        (3, "Bygdens historia i skolan"), (0, "Samverkan med civilsamhället"), (1, "Praktikplatser hos oss"),
    ],
    [
        (1, "Bättre kollektivtrafik på kvällar och helger"), (0, "Lokaler som är gratis för föreningar"),
        (2, "Tid och pengar för samverkan"), (3, "En gemensam kalender för aktiviteter"),
        (1, "Fler vuxna som finns där"), (0, "Tolkstöd vid möten"), (2, "Barnomsorg på obekväm tid"),
        (3, "Bredband i hela länet"), (1, "Stöd till unga som vill starta företag"),
        (0, "Information på fler språk"), (2, "Mer kunskap om jämställdhet hos chefer"),
        (3, "Någon som håller ihop arbetet"),
    ],
    [
        (1, "Kartlägga lediga lokaler"), (0, "Bjuda in föreningarna till ett första möte"),
        (2, "Ta fram en handlingsplan"), (3, "Utse en samordnare på regionen"),
        (1, "Fråga ungdomarna själva"), (0, "Starta ett språkcafé i vår"), (2, "Följa upp med statistik"),
        (3, "Sprida resultatet från dagen"), (1, "Söka pengar från Allmänna arvsfonden"),
        (0, "Ringa runt till föreningarna"), (2, "Boka ett uppföljningsmöte i höst"),
    ],
]  # fmt: skip
PROPOSALS = [
    "Öppna fritidsgårdarna även på söndagar", "Gratis busskort för alla under 20 år",
    "Språkvänner i varje kommun", "En ungdomsmottagning i varje kommun",
    "Jämställdhetsbudgetering i alla nämnder",
    "Föreningslots på regionen", "Kvällsbuss mellan orterna", "Feriejobb för alla 16-åringar",
]  # fmt: skip
PERSONAL = [
    "{chair}s förslag om läxhjälp fick medhåll.",
    "Ring {first} på 070-123 45 67 om lokalen.",
    "Kontakt: {mail}@exempelkommun.se",
    "{first} berättade om sin egen väg in i föreningslivet.",
    "Anmälan gick via personnummer 811218-9876, det borde inte behövas.",
    "Hör av er till +46 8 123 456 78 för mer information.",
]
PROCESS, TITLE = "Länets tillväxtprogram 2026–2029", "Rundabordssamtal våren 2026"
_SWAPS = [("mötesplatser", "mötesplats"), ("unga", "ungdomar"), ("för", "för"), ("Fler", "fler")]


def messy(text: str, rng: random.Random) -> str:
    """The same thing as another table typed it."""
    if rng.random() < 0.3:
        old, new = rng.choice(_SWAPS)
        text = text.replace(old, new, 1)
    roll = rng.random()
    if roll < 0.15:
        text = text.lower()
    elif roll < 0.18:
        text = text.upper()
    text += rng.choice(["", "", ".", "!", " !", "..."])
    if rng.random() < 0.06:  # a swapped letter: a typo no folding can mend
        words = text.split()
        i = rng.randrange(len(words))
        if len(words[i]) > 4:
            w = words[i]
            words[i] = w[:2] + w[3] + w[2] + w[4:]
        text = " ".join(words)
    if rng.random() < 0.05:
        text = text.replace(" ", "  ", 1)
    if rng.random() < 0.02:
        text = text.replace(" ", "\n", 1)
    return text


def create_messy_conference(store: Store, *, tables: int = 40, notes: int = 1000, seed: int = 11) -> str:
    """A conference of `tables` tables and about `notes` notes over three questions; returns its id."""
    rng = random.Random(seed)
    table_rows = []
    for n in range(1, tables + 1):
        row = {
            "number": n,
            "chair": CHAIRS[(n - 1) % len(CHAIRS)],
            "participants": 0 if n % 9 == 0 else 6 + n % 4,
        }
        table_rows.append(row)
    description = parse_conference(
        {
            "process": {"name": PROCESS, "organisation": "Region Exempellän", "themes": THEMES},
            "conference": {"title": TITLE, "date": "2026-03-12", "venue": "Folkets hus, Exempelstad"},
            "questions": [
                {"text": "Vad kan du och din verksamhet göra inom de utpekade områdena?"},
                {"text": "Vad behövs för att göra det?"},
                {"text": "Vad är det första steget, och vem tar det?"},
            ],
            "tables": table_rows,
        }
    )  # fmt: skip
    conference_id = conferences.create_conference(store, description)
    c = conferences.conference(store, conference_id)
    question_ids = [q.id for q in conferences.questions(store, conference_id)]
    theme_ids = [t.id for t in conferences.themes(store, c.process_id)]
    for n in range(2, tables + 1, 2):  # half the tables tally age and gender, counts only
        bands = {"age:-24": n % 3, "age:25-44": 2, "age:45-64": 2, "gender:woman": 3, "gender:man": 2 + n % 2}
        conferences.set_table_facts(store, conference_id, n, participants=6 + n % 4, bands=bands)
    items, positions = [], {}
    per_table = max(1, notes // tables)
    for table in range(1, tables + 1):
        for i in range(per_table):
            q = i * len(question_ids) // per_table
            kind, votes, themes = "note", 0, []
            roll = rng.random()
            if roll < 0.62:
                weights = [1 / (rank + 1) for rank in range(len(SAID[q]))]  # a few things most tables say
                theme, text = rng.choices(SAID[q], weights)[0]
                text, themes = messy(text, rng), [theme_ids[theme]]
            elif roll < 0.77:
                kind, text, votes = "proposal", messy(rng.choice(PROPOSALS), rng), rng.randint(0, 9)
                themes = [rng.choice(theme_ids)]
            elif roll < 0.82:
                theme, text = rng.choice(SAID[q])
                kind, themes = rng.choice(["guiding-word", "action"]), [theme_ids[theme]]
            elif roll < 0.835:
                chair = CHAIRS[(table - 1) % len(CHAIRS)]
                first = chair.split()[0]
                text = rng.choice(PERSONAL).format(chair=chair, first=first, mail=first.lower())
            else:
                text = sentence(rng)
                themes = rng.sample(theme_ids, rng.choice((0, 1, 1, 2)))
            position = positions[table, q] = positions.get((table, q), 0) + 1
            items.append(
                {
                    "conference_id": conference_id,
                    "table_number": table,
                    "question_id": question_ids[q],
                    "kind": kind,
                    "text": text,
                    "themes": themes,
                    "votes": votes,
                    "position": position,
                    "person_id": None,
                }
            )
    ids = store.create_many("note", items)
    merge_like_the_secretariat(store, [(i, item) for i, item in zip(ids, items, strict=True)])
    return conference_id


def merge_like_the_secretariat(store: Store, notes: list[tuple[str, dict]]) -> None:
    """After the day the secretariat merges the tables' wordings of one proposal (app.proposals)."""
    from app.proposals.merging import merge
    from app.proposals.text import normal_key

    groups: dict[tuple[str, ...], list[str]] = {}
    for note_id, item in notes:
        if item["kind"] == "proposal":
            groups.setdefault(normal_key(item["text"]), []).append(note_id)
    wordings = {normal_key(text): text for text in PROPOSALS}  # the secretariat's own wording of each
    for key, ids in groups.items():
        if len(ids) > 1:
            merge(store, ids, text=wordings.get(key))

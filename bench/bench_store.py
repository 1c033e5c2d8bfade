"""Core store figures: autosave latency, bulk insert against raw executemany, FTS query time."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from app import notes, search
from app.demo import ensure_demo
from app.store import Store
from bench.corpus import ordinary_words, texts


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _note_rows(conference_id: str, question_ids: list[str], count: int) -> list[dict]:
    rng = random.Random(7)
    return [
        {
            "conference_id": conference_id,
            "table_number": 1 + i % 40,
            "question_id": question_ids[i % 3],
            "kind": "note",
            "text": text,
            "themes": [],
            "votes": rng.randint(0, 5),
            "position": i,
        }
        for i, text in enumerate(texts(count))
    ]


def autosave(folder: Path) -> None:
    store = Store(folder / "autosave.sqlite3")
    cid = ensure_demo(store)
    ids = [notes.add_note(store, cid, 1 + i % 40, 1 + i % 3, text) for i, text in enumerate(texts(500))]
    timings = []
    for i in range(2_000):
        started = time.perf_counter()
        notes.edit_note(store, ids[i % len(ids)], text=f"rättad text {i}")
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"autosave, one edit committed (2,000 edits): median {statistics.median(timings):.2f} ms, "
        f"p99 {_percentile(timings, 0.99):.2f} ms (aim: p99 < 10 ms)"
    )
    store.close()


def bulk(folder: Path, count: int = 200_000) -> None:
    store = Store(folder / "bulk.sqlite3")
    cid = ensure_demo(store)
    qids = [q[0] for q in store.conn.execute("SELECT id FROM questions WHERE conference_id = ?", (cid,))]
    rows = _note_rows(cid, qids, count)
    started = time.perf_counter()
    store.create_many("note", rows)
    ours = count / (time.perf_counter() - started)
    store.close()

    # The same rows, same schema (FTS triggers included), written raw: the ceiling we compare with.
    raw_store = Store(folder / "raw.sqlite3")
    raw_store.close()
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    columns = (
        "id, origin, rev, base_rev, deleted, stamps, conference_id, table_number, question_id, kind, text,"
        " themes, votes, position"
    )
    raw = [
        (
            str(uuid.uuid4()),
            "o",
            "r",
            "b",
            0,
            "{}",
            r["conference_id"],
            r["table_number"],
            r["question_id"],
            r["kind"],
            r["text"],
            "[]",
            r["votes"],
            r["position"],
        )
        for r in rows
    ]
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO notes ({columns}) VALUES ({', '.join('?' * 14)})", raw)
    conn.execute("COMMIT")
    raw_rate = count / (time.perf_counter() - started)
    conn.close()
    print(
        f"bulk insert of {count:,} notes: {ours:,.0f}/s; raw executemany {raw_rate:,.0f}/s; "
        f"ratio {ours / raw_rate:.2f} (aim: >= 0.5)"
    )


def _timed_set(
    store: Store, count: int, mixed: dict[str, str], scope: str, conference_id: str | None
) -> None:
    """Each query 20 times, its median and slowest printed; the set's median and slowest query as targets."""
    from bench.summary import target

    medians: dict[str, float] = {}
    cpu_medians: dict[str, float] = {}
    for label, query in mixed.items():
        timings, cpu = [], []
        for _ in range(20):
            started, started_cpu = time.perf_counter(), time.process_time()
            search.search(store, query, conference_id=conference_id, limit=20)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        medians[label], cpu_medians[label] = statistics.median(timings), statistics.median(cpu)
        print(
            f"FTS top-20 on {count:,} notes, {scope}, {label} {query!r}: median {medians[label]:.1f} ms"
            f" ({cpu_medians[label]:.1f} ms CPU), slowest {max(timings):.1f} ms ({max(cpu):.1f} ms CPU)"
        )
    for name, figures in (("wall", medians), ("CPU", cpu_medians)):
        worst = max(figures, key=figures.get)
        middle = statistics.median(figures.values())
        print(
            f"FTS mixed set of {len(mixed)} queries, {scope} ({name}):"
            f" median {middle:.1f} ms (aim < 20 ms),"
            f" slowest {figures[worst]:.1f} ms for {worst} (aim < 200 ms)"
        )
        target(
            8,
            f"top-20 search, {scope}, median of {len(mixed)} queries, {name}",
            f"{middle:.1f} ms",
            "",
            None,
            "< 20 ms",
            middle < 20,
        )
        target(
            8,
            f"{scope}: slowest query's median ({worst}), {name}",
            f"{figures[worst]:.1f} ms",
            "",
            None,
            "< 200 ms",
            figures[worst] < 200,
        )


def fts(folder: Path) -> None:
    """Top-20 searches of the large store (bench/large_store.py: 1,000,000 notes by default): over the
    whole store (`rundabord search` without --conference, the chair's search) and within one conference
    (the secretariat's Review), each over the same mixed set."""
    from app.workspace import DB_NAME
    from bench.large_store import large_store, scale, working_copy

    conference_count, per = scale()
    count = conference_count * per
    store = Store(working_copy(large_store(), folder / "large") / DB_NAME)
    # A mixed set as people type it: whole words, prefixes of every length, very common words, and words
    # longer than the prefix indexes' 6 characters, common or rare, whose first 6 characters are common.
    ordinary = ordinary_words(3)
    mixed = {
        "ordinary 2-word": " ".join(ordinary[:2]),
        "ordinary word": ordinary[2],
        "prefix of 6": ordinary[0][:6],
        "prefix 'kultur'": "kultur",
        "prefix of 3": "ung",
        "prefix of 2": "ku",
        "long word in 8 % of all notes": "kommunen",
        "in nearly every note": "och",
        "two very common words": "och att",
        "common + ordinary": f"unga {ordinary[1]}",
        "long, in no note, 'kultur' in many": "kulturhus",
        "long, in no note, 'biblio' in many": "biblioteket",
        "long, in no note, 'kommun' in many": "kommunens",
        "long prefix of many compounds": "förenings",
        "long prefix of 7": "ungdoms",
        "two long words": "kommunen regionen",
    }
    _timed_set(store, count, mixed, "whole store", None)
    (middle,) = store.conn.execute(
        "SELECT id FROM conferences ORDER BY rowid LIMIT 1 OFFSET ?", (conference_count // 2,)
    ).fetchone()
    _timed_set(store, count, mixed, "one conference", middle)
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        autosave(folder)
        bulk(folder)
        fts(folder)


if __name__ == "__main__":
    main()

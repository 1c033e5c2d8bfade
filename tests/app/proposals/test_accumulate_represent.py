from __future__ import annotations

from app import conferences, notes, proposals


def test_guiding_words_and_actions_accumulate_deduplicated_with_origins(sample) -> None:
    store, process = sample
    result = proposals.accumulated(store, process.process_id)
    by_theme = {t.theme_name: t for t in result}
    assert list(by_theme)[:4] == ["Unga", "Mångfald & integration", "Jämställdhet", "Attraktiv region"]
    words = {item.text: item for item in by_theme["Unga"].guiding_words}
    # "Mod", "modet" and "Mod!" were said at three conferences: one item, three origins, in time order.
    courage = words["Mod"]
    assert set(courage.variants) == {"Mod", "modet", "Mod!"}
    assert [o.conference_date for o in courage.origins] == ["2026-03-12", "2026-10-08", "2027-03-11"]
    assert len(courage.origins) == 3 and all(o.table_number >= 1 for o in courage.origins)
    trust = next(i for i in by_theme["Mångfald & integration"].guiding_words if "Tillit" in i.variants[0])
    assert set(trust.variants) == {"Tillit och samverkan", "samverkan och tillit"}
    actions = by_theme["Unga"].actions
    texts = [a.text for a in actions]
    assert len(texts) == len({proposals_key(t) for t in texts}) == 3
    assert all(len(a.origins) == 3 for a in actions[:2])


def proposals_key(text: str) -> tuple[str, ...]:
    from app.proposals.text import normal_key

    return normal_key(text)


def test_deleted_notes_and_other_processes_do_not_accumulate(sample, labelled) -> None:
    store, process = sample
    from app.proposals.sample import build_sample_process

    build_sample_process(store, labelled[:2], name="Ett annat program")
    unga = next(
        t for t in proposals.accumulated(store, process.process_id) if t.theme_name.startswith("Mångfald")
    )
    framtid = next(i for i in unga.guiding_words if i.text == "Framtidstro")
    assert len(framtid.origins) == 3  # the other process's conferences are not counted
    for origin in framtid.origins:
        for n in notes.list_notes(store, origin.conference_id, table_number=origin.table_number):
            if n.text == "Framtidstro":
                notes.delete_note(store, n.id)
    unga = next(
        t for t in proposals.accumulated(store, process.process_id) if t.theme_name.startswith("Mångfald")
    )
    assert all(i.text != "Framtidstro" for i in unga.guiding_words)


def test_representation_sums_participants_and_bands(sample) -> None:
    store, process = sample
    conference_id = process.conference_ids[0]
    rep = proposals.representation(store, conference_id)
    tables = conferences.tables(store, conference_id)
    assert [t.number for t in rep.tables] == [t.number for t in tables]
    assert rep.participants == sum(t.participants for t in tables) > 0
    assert rep.tables_with_bands == 3  # tables 1, 3, 5 reported bands
    assert rep.bands["man"] == 9
    assert rep.bands["kvinna"] == sum(t.bands.get("kvinna", 0) for t in tables)
    conferences.set_table_facts(store, conference_id, 2, participants=12, bands={"man": 5, "icke-binär": 1})
    again = proposals.representation(store, conference_id)
    assert again.bands["man"] == 14 and again.bands["icke-binär"] == 1 and again.tables_with_bands == 4
    assert again.participants == rep.participants - tables[1].participants + 12


def test_fast_reading_sees_the_same_notes_as_the_store(sample) -> None:
    """Accumulation reads bare rows for speed: they must be exactly the live records' fields."""
    from app.proposals.accumulate import ACCUMULATED_KINDS, _accumulated_notes

    store, process = sample
    confs = {c.id: c for c in conferences.conferences(store) if c.process_id == process.process_id}
    victim = store.select("note", "kind = 'action'")[0]
    notes.delete_note(store, victim["id"])
    expected = [
        (r["conference_id"], r["table_number"], r["position"], r["kind"], r["text"], r["themes"])
        for r in store.select("note", "kind IN ('guiding-word', 'action')")
        if r["conference_id"] in confs and r["kind"] in ACCUMULATED_KINDS
    ]
    assert expected and [tuple(n) for n in _accumulated_notes(store, confs)] == expected

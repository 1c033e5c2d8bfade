"""Prepare's edits checked against what the form showed (app/prepare_seen.py), on both backends: two
secretaries on one PostgreSQL store, or two windows on one SQLite workspace (tests/two_secretaries.py)."""

from __future__ import annotations

import threading

import pytest

from app import conferences, prepare, prepare_seen
from app.edits import ChangedMeanwhile
from app.workspace import open_store

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
VENUE = "Folkets hus, Exempelstad"  # the demo's


def _venue_seen(pair, value: str = VENUE):
    return prepare_seen.field_seen("conference", pair.conference_id, {"venue": value})


def test_a_field_changed_meanwhile_is_refused_and_nothing_is_written(pair):
    prepare.edit_conference(pair.britt.store, pair.conference_id, venue="Medborgarhuset")
    with pytest.raises(ChangedMeanwhile) as refused:
        prepare_seen.save_as_shown(
            pair.anna.store,
            _venue_seen(pair),
            lambda: prepare.edit_conference(pair.anna.store, pair.conference_id, venue="Stadshuset"),
        )
    [change] = refused.value.changes
    assert (change.seen.aspect, change.now) == ("conference.venue", "Medborgarhuset")
    assert (change.writer, change.here) == (("", True) if pair.shared_folder else ("Britt Ek", False))
    assert conferences.conference(pair.anna.store, pair.conference_id).venue == "Medborgarhuset"


def test_another_field_changed_meanwhile_is_no_reason_to_ask(pair):
    prepare.edit_conference(pair.britt.store, pair.conference_id, title="Vårens rundabord")
    _, after = prepare_seen.save_as_shown(
        pair.anna.store,
        _venue_seen(pair),
        lambda: prepare.edit_conference(pair.anna.store, pair.conference_id, venue="Stadshuset"),
    )
    assert [s.value for s in after] == ["Stadshuset"]  # what the undo is checked on
    conference = conferences.conference(pair.britt.store, pair.conference_id)
    assert (conference.title, conference.venue) == ("Vårens rundabord", "Stadshuset")


def test_a_deleted_question_or_a_reordered_list_is_a_change(pair):
    store = pair.anna.store
    questions = conferences.questions(store, pair.conference_id)
    shown = prepare_seen.order_seen(pair.conference_id, [q.id for q in questions])
    prepare.move_question(pair.britt.store, questions[2].id, 1)
    with pytest.raises(ChangedMeanwhile):
        prepare_seen.save_as_shown(store, [shown], lambda: prepare.move_question(store, questions[0].id, 2))
    text = prepare_seen.field_seen("question", questions[1].id, {"text": questions[1].text})
    prepare.delete_question(pair.britt.store, questions[1].id)
    with pytest.raises(ChangedMeanwhile) as refused:
        prepare_seen.save_as_shown(
            store, text, lambda: prepare.edit_question(store, questions[1].id, text="x")
        )
    assert refused.value.changes[0].now is None  # gone


def test_the_check_is_made_under_the_writes_lock(pair):
    """Britt's save is checked and written while Anna's waits; Anna's is then checked on what Britt
    wrote, not on what both read before: the second save is refused, never a silent overwrite."""
    britt_writing, britt_may_commit = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def save(who: str, location, value: str, hold: bool) -> None:
        store = open_store(location)  # each writer her own connection, as a window's worker has
        try:

            def work() -> None:
                prepare.edit_conference(store, pair.conference_id, venue=value)
                if hold:
                    britt_writing.set()
                    assert britt_may_commit.wait(30)

            prepare_seen.save_as_shown(store, _venue_seen(pair), work)
            outcome[who] = "saved"
        except ChangedMeanwhile as exc:
            outcome[who] = exc.changes[0].now
        finally:
            store.close()

    britt = threading.Thread(target=save, args=("britt", pair.britt.store.path, "Medborgarhuset", True))
    britt.start()
    assert britt_writing.wait(30)
    anna = threading.Thread(target=save, args=("anna", pair.anna.store.path, "Stadshuset", False))
    anna.start()
    anna.join(0.5)
    assert anna.is_alive()  # waiting for Britt's transaction
    britt_may_commit.set()
    britt.join(30)
    anna.join(30)
    assert outcome == {"britt": "saved", "anna": "Medborgarhuset"}
    assert conferences.conference(pair.anna.store, pair.conference_id).venue == "Medborgarhuset"

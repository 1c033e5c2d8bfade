"""Proposal edits made on what a window showed, by two secretaries on one store (PostgreSQL: two people;
SQLite: one workspace opened twice): a wording, a summary, a merge or a link saved over a change the
saver did not see writes nothing and says who changed what; saved on what is there now, it goes
through; a step's undo is checked against what its own save left."""

from __future__ import annotations

import pytest

from app import notes, proposals
from app.edits import ChangedMeanwhile
from app.workspace import Workspace
from tests.two_secretaries import autumn_conference, two_secretaries

SPRING = (
    ("Busskort för alla under 20 – även sommarlovet!!", 4),
    ("Gratis busskort för unga hela året", 3),
    ("Läxhjälp på biblioteket i Åsele, två kvällar i veckan", 2),
    ('Ett ungdomsråd med "riktig" budget', 1),
)


@pytest.fixture
def office(backend, tmp_path, request):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    ids = [
        notes.add_note(pair.anna.store, pair.conference_id, table, 2, text, kind="proposal", votes=votes)
        for table, (text, votes) in enumerate(SPRING, start=1)
    ]
    yield pair, ids
    pair.close()


def _britt(pair) -> str:
    return "" if pair.shared_folder else "Britt Ek"


def test_a_rewording_over_one_not_seen_is_refused_then_saved_on_what_is_there(office) -> None:
    pair, ids = office
    anna, britt = pair.anna.store, pair.britt.store
    group = proposals.merge(anna, ids[:2])
    card = proposals.find_proposal(anna, group)  # what Anna's board shows
    britts = proposals.shown(britt, proposals.find_proposal(britt, group), "wording")
    proposals.save_as_seen(britt, britts, lambda: proposals.rename_group(britt, group, "Busskort för unga"))

    seen = proposals.shown(anna, card, "wording")
    with pytest.raises(ChangedMeanwhile) as raised:
        proposals.save_as_seen(anna, seen, lambda: proposals.rename_group(anna, group, "Fria bussresor"))
    [change] = raised.value.changes
    assert (change.seen.aspect, change.now, change.writer) == ("wording", "Busskort för unga", _britt(pair))
    assert change.here == pair.shared_folder
    assert proposals.find_proposal(anna, group).text == "Busskort för unga"  # nothing written

    again = [s.__class__(s.key, s.aspect, change.now) for s in seen]  # she chose hers, on what is there
    _, after = proposals.save_as_seen(
        anna, again, lambda: proposals.rename_group(anna, group, "Fria bussresor")
    )
    assert proposals.find_proposal(britt, group).text == "Fria bussresor"
    # Her undo is checked against what her save left: it goes through while no one changed it since ...
    proposals.save_as_seen(anna, after, lambda: proposals.rename_group(anna, group, "Busskort för unga"))
    assert proposals.find_proposal(britt, group).text == "Busskort för unga"
    # ... and not after Britt rewords it again.
    proposals.rename_group(britt, group, "Busskort 0–19 år")
    with pytest.raises(ChangedMeanwhile):
        proposals.save_as_seen(anna, after, lambda: proposals.rename_group(anna, group, "Fria bussresor"))


def test_a_summary_over_one_not_seen_is_refused(office) -> None:
    pair, ids = office
    anna, britt = pair.anna.store, pair.britt.store
    seen = proposals.shown(anna, proposals.find_proposal(anna, ids[2]), "summary")
    assert seen[0].value == ""
    proposals.set_summary(britt, ids[2], "Biblioteket har läxhjälp på tisdagar sedan april.")
    with pytest.raises(ChangedMeanwhile) as raised:
        proposals.save_as_seen(anna, seen, lambda: proposals.set_summary(anna, ids[2], "Utreds av kommunen."))
    [change] = raised.value.changes
    assert change.now == "Biblioteket har läxhjälp på tisdagar sedan april." and change.writer == _britt(pair)
    assert proposals.summary_of(anna, ids[2]) == "Biblioteket har läxhjälp på tisdagar sedan april."


def test_a_merge_of_proposals_merged_meanwhile_is_refused(office) -> None:
    pair, ids = office
    anna, britt = pair.anna.store, pair.britt.store
    cards = [proposals.find_proposal(anna, i) for i in ids[:3]]
    britts_group = proposals.merge(britt, ids[1:3])  # Britt merged two of them her way
    seen = [s for card in cards for s in proposals.shown(anna, card, "members")]
    with pytest.raises(ChangedMeanwhile) as raised:
        proposals.save_as_seen(anna, seen, lambda: proposals.merge(anna, ids[:3]))
    changed = {c.seen.key: c for c in raised.value.changes}
    assert set(changed) == {ids[1], ids[2]}
    assert changed[ids[1]].now == (britts_group, *sorted(ids[1:3])) and changed[ids[1]].writer == _britt(pair)
    assert [p.id for p in proposals.list_proposals(anna, pair.conference_id) if p.is_group] == [britts_group]

    # Britt unmerges; Anna's undo of her own merge (made on what was there) is then refused.
    proposals.unmerge(britt, britts_group)
    fresh = [s for i in ids[:2] for s in proposals.shown(anna, proposals.find_proposal(anna, i), "members")]
    group, after = proposals.save_as_seen(anna, fresh, lambda: proposals.merge(anna, ids[:2]))
    proposals.remove_from_group(britt, group, ids[1])  # Britt takes one out again
    with pytest.raises(ChangedMeanwhile):
        proposals.save_as_seen(anna, after, lambda: proposals.unmerge(anna, group))
    assert proposals.find_proposal(anna, ids[0]).id == ids[0]  # dissolved by Britt's take-out, not Anna


def test_a_link_beside_links_changed_meanwhile_is_refused(office) -> None:
    pair, ids = office
    anna, britt = pair.anna.store, pair.britt.store
    autumn = autumn_conference(anna)
    later = notes.add_note(anna, autumn, 2, 2, "Busskort för unga, igen!", kind="proposal", votes=5)
    card = proposals.find_proposal(anna, later)
    seen = proposals.shown(anna, card, "links", "members")
    proposals.link_again(britt, later, ids[1])  # Britt linked it to the other bus proposal
    with pytest.raises(ChangedMeanwhile) as raised:
        proposals.save_as_seen(anna, seen, lambda: proposals.link_again(anna, later, ids[0]))
    [change] = raised.value.changes
    assert change.seen.aspect == "links" and change.writer == _britt(pair)
    assert [r.earlier.id for r in proposals.recurrences(anna, [card])] == [ids[1]]


def test_status_decisions_use_the_same_check(office) -> None:
    pair, ids = office
    anna, britt = pair.anna.store, pair.britt.store
    shown = {ids[3]: proposals.latest_seen(proposals.find_proposal(anna, ids[3]))}
    proposals.set_status(britt, ids[3], "shortlisted", decided_by="Britt")
    with pytest.raises(ChangedMeanwhile) as raised:
        proposals.set_statuses_as_seen(anna, shown, "not-pursued", reason="Finns redan")
    assert raised.value.changes[0].writer == _britt(pair)
    assert proposals.find_proposal(anna, ids[3]).status == "shortlisted"


def test_two_rewordings_at_the_same_moment_save_one_and_refuse_the_other(office) -> None:
    """Both made on the same wording, both saved at once: the check and the write are one locked step,
    so the second waits for the first and is refused, never written over it."""
    import threading

    pair, ids = office
    group = proposals.merge(pair.anna.store, ids[:2], text="Busskort för unga")
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def reword(folder, text: str) -> None:
        workspace = Workspace(folder)  # her own connection, in her own thread
        try:
            _reword(workspace.store, text)
        finally:
            workspace.close()

    def _reword(store, text: str) -> None:
        seen = proposals.shown(store, proposals.find_proposal(store, group), "wording")
        start.wait()

        def work() -> None:
            proposals.rename_group(store, group, text)
            threading.Event().wait(0.3)  # widen the window in which the other one checks

        try:
            proposals.save_as_seen(store, seen, work)
            outcome[text] = "saved"
        except ChangedMeanwhile:
            outcome[text] = "refused"

    threads = [
        threading.Thread(target=reword, args=(pair.anna.dir, "Annas formulering")),
        threading.Thread(target=reword, args=(pair.britt.dir, "Britts formulering")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcome.values()) == ["refused", "saved"]
    [saved] = [text for text, result in outcome.items() if result == "saved"]
    assert proposals.find_proposal(pair.anna.store, group).text == saved

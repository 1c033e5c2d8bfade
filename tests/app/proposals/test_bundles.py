"""Statuses and merges travel in a real signed bundle to a second workspace, and converge there."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import proposals
from app.bundles.identity import create_identity
from app.bundles.importer import import_files
from app.proposals.exchange import SECRETARIAT, export_followup
from app.workspace import DB_NAME, Workspace


def _central(sample_file, tmp_path: Path) -> tuple[Workspace, object]:
    """The secretariat's workspace holding the generated process, with its signing key."""
    source, process = sample_file
    (tmp_path / "central").mkdir()
    shutil.copyfile(source, tmp_path / "central" / DB_NAME)
    central = Workspace(tmp_path / "central")
    central.role = "secretariat"
    create_identity(central, "Regionens kansli")
    return central, process


def test_followup_bundle_carries_decisions_to_a_second_workspace(sample_file, tmp_path: Path) -> None:
    central, process = _central(sample_file, tmp_path)
    conference_id = process.conference_ids[0]
    a, b, c = process.proposal_groups[0][:3]
    group_id = proposals.merge(central.store, [a, b])
    proposals.set_status(
        central.store, group_id, "selected", decision="Rådet driver frågan", owner="Region Testlän"
    )
    undone = proposals.set_status(central.store, c, "shortlisted")
    proposals.retract(central.store, undone)
    proposals.set_status(central.store, c, "not-pursued", reason="Finns redan")
    first = export_followup(central, conference_id, tmp_path / "followup-1.rbz", recipient=SECRETARIAT)

    second = Workspace.create(tmp_path / "second", "secretariat")  # a colleague secretariat
    _trust(second, central)
    [receipt] = import_files(second, [first.path])
    assert receipt.status == "imported", receipt
    expected = proposals.feedback(central.store, conference_id)
    assert proposals.feedback(second.store, conference_id) == expected
    assert proposals.find_proposal(second.store, a).id == group_id
    assert [ch.status for ch in proposals.unit_history(second.store, c)[1]] == ["not-pursued"]

    # Later decisions follow in a newer bundle; importing the old one again changes nothing.
    proposals.set_status(central.store, group_id, "in-progress", review_date="2027-06-01")
    proposals.unmerge(central.store, group_id)
    second_export = export_followup(
        central, conference_id, tmp_path / "followup-2.rbz", recipient=SECRETARIAT
    )
    import_files(second, [second_export.path])
    import_files(second, [first.path])
    assert proposals.feedback(second.store, conference_id) == proposals.feedback(central.store, conference_id)
    assert proposals.find_proposal(second.store, a).id == a
    central.close()
    second.close()


def test_links_decisions_and_summaries_of_two_conferences_travel(sample_file, tmp_path: Path) -> None:
    """A two-conference process: what the secretariat did across the conferences reaches a second
    workspace through the follow-up bundles, and reads the same there."""
    central, process = _central(sample_file, tmp_path)
    store = central.store
    first_conf, second_conf = process.conference_ids[:2]
    a, b, c = process.proposal_groups[0][:3]  # conference 1
    again = process.proposal_groups[1][0]  # conference 2
    group_id = proposals.merge(store, [a, b])
    proposals.add_to_group(store, group_id, [c])
    proposals.remove_from_group(store, group_id, b)
    proposals.set_status(
        store,
        group_id,
        "selected",
        decided_on="2026-05-20",
        meeting="Tillväxtrådet 20 maj",
        owner="Region Testlän",
        review_date="2026-09-01",
    )
    proposals.set_summary(store, group_id, "Regionen har anställt en samordnare.")
    proposals.link_again(store, again, group_id)

    second = Workspace.create(tmp_path / "second", "secretariat")  # a colleague secretariat
    _trust(second, central)
    for conference_id in (first_conf, second_conf):
        exported = export_followup(
            central, conference_id, tmp_path / f"{conference_id}.rbz", recipient=SECRETARIAT
        )
        [receipt] = import_files(second, [exported.path])
        assert receipt.status == "imported", receipt

    there = second.store
    assert proposals.since_last_time(there, second_conf) == proposals.since_last_time(store, second_conf)
    assert proposals.timeline(there, again) == proposals.timeline(store, again)
    moved = proposals.find_proposal(there, c)
    assert moved.id == group_id and {n.id for n in moved.originals} == {a, c}
    assert moved.latest.meeting == "Tillväxtrådet 20 maj" and moved.latest.decided_on == "2026-05-20"
    assert proposals.summary_of(there, group_id) == "Regionen har anställt en samordnare."
    [link] = proposals.recurrences(there, [moved])
    assert link.later.id == again
    central.close()
    second.close()


def _trust(colleague: Workspace, central: Workspace) -> None:
    """A colleague secretariat trusting the exporting one (its record is for a secretariat only)."""
    from app.bundles import trust as trust_list
    from app.bundles.identity import find_identity

    trust_list.add(colleague.store, find_identity(central).public_key, "Regionens kansli", "secretariat")

from __future__ import annotations

import pytest

from app import notes, proposals
from app.errors import NotFound, UserError
from app.proposals.lifecycle import parse_status
from app.typed_ids import short_id


def test_status_walks_the_lifecycle_and_keeps_history(sample) -> None:
    store, process = sample
    note_id = process.proposal_groups[0][0]
    assert proposals.find_proposal(store, note_id).status == "new"
    steps = [
        ("shortlisted", {"decision": "Tas upp i tillväxtrådet"}),
        ("selected", {"decision": "Rådet driver frågan", "owner": "Region Testlän"}),
        (
            "in-progress",
            {
                "owner": "Lena Ek",
                "owner_kind": "person",
                "contact": "lena@example.se",
                "review_date": "2027-02-01",
            },
        ),
        ("done", {"decision": "Tre nya mötesplatser öppnade"}),
    ]
    for status, details in steps:
        proposals.set_status(store, note_id, status, decided_by="Kansliet", **details)
        assert proposals.find_proposal(store, note_id).status == status
    proposal, changes = proposals.unit_history(store, note_id)
    assert [c.status for c in changes] == ["shortlisted", "selected", "in-progress", "done"]
    assert changes[2].owner == "Lena Ek" and changes[2].owner_kind == "person"
    assert changes[2].contact == "lena@example.se" and changes[2].review_date == "2027-02-01"
    assert all(c.decided_by == "Kansliet" and c.decided_at[:4].isdigit() for c in changes)
    assert proposal.latest is not None and proposal.latest.decision == "Tre nya mötesplatser öppnade"


def test_not_pursued_needs_a_reason_and_bad_input_is_refused_cleanly(sample) -> None:
    store, process = sample
    note_id = process.proposal_groups[1][0]
    with pytest.raises(UserError, match="reason"):
        proposals.set_status(store, note_id, "not pursued")
    with pytest.raises(UserError, match="unknown status"):
        proposals.set_status(store, note_id, "forgotten")
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        proposals.set_status(store, note_id, "selected", review_date="nästa vår")
    assert proposals.unit_history(store, note_id)[1] == []  # nothing half-written
    proposals.set_status(store, note_id, "Not_Pursued", reason="Finns redan i regionens plan")
    assert proposals.find_proposal(store, note_id).status == "not-pursued"


def test_only_proposals_have_a_status(sample) -> None:
    store, process = sample
    guiding = notes.list_notes(store, process.conference_ids[0])
    word = next(n for n in guiding if n.kind == "guiding-word")
    with pytest.raises(UserError, match="not a proposal"):
        proposals.set_status(store, word.id, "shortlisted")
    with pytest.raises(NotFound):
        proposals.set_status(store, "00000000-0000-0000-0000-000000000000", "shortlisted")


def test_short_ids_work_like_git(sample) -> None:
    store, process = sample
    note_id = process.proposal_groups[2][0]
    proposals.set_status(store, short_id(note_id), "shortlisted")
    assert proposals.find_proposal(store, note_id).status == "shortlisted"


def test_retract_undoes_a_change_and_reinstate_redoes_it(sample) -> None:
    store, process = sample
    note_id = process.proposal_groups[3][0]
    proposals.set_status(store, note_id, "shortlisted")
    change = proposals.set_status(store, note_id, "selected")
    proposals.retract(store, change)
    assert proposals.find_proposal(store, note_id).status == "shortlisted"
    proposals.reinstate(store, change)
    assert proposals.find_proposal(store, note_id).status == "selected"


@pytest.mark.parametrize(
    ("typed", "code"), [("In progress", "in-progress"), ("in_progress", "in-progress"), ("DONE", "done")]
)
def test_status_names_as_people_type_them(typed: str, code: str) -> None:
    assert parse_status(typed) == code


def test_status_of_notes_follows_merges(sample) -> None:
    store, process = sample
    a, b = process.proposal_groups[0][:2]
    group = proposals.merge(store, [a, b])
    proposals.set_status(store, group, "selected", decision="Rådet driver")
    assert proposals.status_of_notes(store, [a, b]) == {a: "selected", b: "selected"}


def test_swedish_status_labels_agree_with_forslag_and_match_in_every_face() -> None:
    """'förslaget' is neuter: "Nytt", "Valt ...", "Genomfört"; the PDFs, the CLI and the GUI say the same."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from app.minutes.i18n import Strings
    from app.proposals.lifecycle import STATUS_LABELS

    sv = STATUS_LABELS["sv"]
    assert (sv["new"], sv["selected"], sv["done"]) == ("Nytt", "Valt av tillväxtrådet", "Genomfört")
    assert Strings("sv")("status_new") == sv["new"]
    ts = Path(__file__).resolve().parents[3] / "resources" / "translations" / "proposals_sv.ts"
    context = next(c for c in ET.parse(ts).getroot() if c.findtext("name") == "ProposalStatus")
    gui = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    for status, english in STATUS_LABELS["en"].items():
        assert gui[english] == sv[status]

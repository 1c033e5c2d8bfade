"""The secretariat's words to participants about a proposal: what the public report prints about it.

One proposal_summary record per proposal (note or merged proposal); editing rewrites its text, so two
secretaries' edits meet field by field like any other. Should two laptops each have started one for
the same proposal, the text written last counts, the same on every store.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.proposals.catalogue import Proposal, _select_in, find_proposal
from app.store import Store

MAX_LENGTH = 2000  # a few paragraphs; the report is read, not archived


def _latest(records: Iterable[dict]) -> dict[str, dict]:
    chosen: dict[str, dict] = {}
    for record in records:
        key = (*record["stamps"].get("text", [record["rev"], record["origin"]]), record["id"])
        known = chosen.get(record["proposal_id"])
        if known is None or key > known[0]:
            chosen[record["proposal_id"]] = (key, record)
    return {pid: record for pid, (_, record) in chosen.items()}


def set_summary(store: Store, proposal_id: str, text: str) -> tuple[str, str]:
    """Write (or clear, with "") the summary of a proposal; returns (record id, the text it had before)."""
    from app.errors import UserError

    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise UserError(f"a summary holds at most {MAX_LENGTH} characters; this one has {len(text)}")
    proposal = find_proposal(store, proposal_id)
    current = _latest(_select_in(store, "proposal_summary", "proposal_id", [proposal.id])).get(proposal.id)
    if current is None:
        record_id = store.write(
            "proposal_summary",
            None,
            {"proposal_id": proposal.id, "conference_id": proposal.conference_id, "text": text},
        )
        return record_id, ""
    store.write("proposal_summary", current["id"], {"text": text})
    return current["id"], current["text"] or ""


def restore_summary(store: Store, record_id: str, text: str) -> None:
    """Put a summary's earlier text back (undo)."""
    store.write("proposal_summary", record_id, {"text": text})


def summaries(store: Store, proposals: Iterable[Proposal]) -> dict[str, str]:
    """The summary text of each proposal that has a non-empty one, by proposal id."""
    proposals = list(proposals)
    latest = _latest(_select_in(store, "proposal_summary", "proposal_id", [p.id for p in proposals]))
    return {pid: r["text"] for pid, r in latest.items() if r["text"]}


def summary_of(store: Store, proposal_id: str) -> str:
    proposal = find_proposal(store, proposal_id)
    return summaries(store, [proposal]).get(proposal.id, "")

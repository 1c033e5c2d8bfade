"""Merged proposals: one conference's proposals that say the same thing, counted once.

A merged proposal is a proposal_group tied to each original proposal note by a proposal_link that keeps
the original's table and votes. The group grows and shrinks one link at a time: a proposal is added to
an existing group, or one member is taken out, without touching the others. Every step is an ordinary
record edit (a new link, a tombstone), so it merges and travels like any other and can be undone.

Proposals of *different* conferences are never merged: the same idea raised again at a later
conference is linked to the earlier one instead (app/proposals/recurrence.py), so each conference's
minutes keep their own count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app import conferences
from app.errors import NotFound, UserError
from app.model import Note
from app.proposals.catalogue import Proposal, expand_prefix, find_proposal
from app.store import Store
from app.typed_ids import short_id

ACROSS_CONFERENCES = (
    "only proposals of one conference can be merged; link a proposal raised again at a later conference"
    " to the earlier one instead (proposal link)"
)


def _ordered_themes(
    store: Store, process_id: str, notes: Iterable[Note], keep: Iterable[str] = ()
) -> list[str]:
    order = [t.id for t in conferences.themes(store, process_id)]
    chosen = set(keep) | {t for n in notes for t in n.themes}
    return [t for t in order if t in chosen] + sorted(chosen - set(order))


def _write_link(store: Store, group_id: str, conference_id: str, note: Note) -> str:
    return store.write(
        "proposal_link",
        None,
        {
            "note_id": note.id,
            "group_id": group_id,
            "conference_id": conference_id,
            "table_number": note.table_number,
            "votes": note.votes,
        },
    )


def draft_text(originals: Iterable[Note]) -> str:
    """The merged proposal's text to start from: every given proposal's words, most voted first, each
    as its own paragraph, so the secretary edits them into one wording without losing any of them.

    Texts that say exactly the same (whitespace aside) appear once; a proposal's own blank lines stay.
    """
    ordered = sorted(originals, key=lambda n: (-n.votes, n.table_number, n.text))
    seen: set[str] = set()
    paragraphs: list[str] = []
    for note in ordered:
        text = note.text.strip()
        key = " ".join(text.split()).casefold()
        if text and key not in seen:
            seen.add(key)
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Draft:
    """What the merge dialog starts from: `text`, the words of the chosen proposals that may be
    published, and how many chosen proposals' words it leaves out (`left_out`)."""

    text: str
    left_out: int


def _left_out(store: Store, originals: Iterable[Note]) -> set[str]:
    """The ids of `originals` a person left out of what is published (app.privacy.left_out)."""
    from app.privacy.left_out import left_out_notes

    notes = list(originals)
    out = set().union(*(left_out_notes(store, c) for c in {n.conference_id for n in notes}))
    return {n.id for n in notes} & out


def merge_draft(store: Store, originals: Iterable[Note]) -> Draft:
    """`draft_text` of the chosen proposals without those left out of what is published.

    A left-out proposal ("Lena föreslår i förtroende att hon slutar") keeps its merged proposal out of
    what is published until a person decides "keep" on it in the review, and she decides on the words
    she reads there: its words copied into the draft would go out with hers then. So they are not
    copied; the dialog says how many were left out of it (all of them: the draft is empty).
    """
    chosen = list(originals)
    out = _left_out(store, chosen)
    return Draft(draft_text(n for n in chosen if n.id not in out), len(out))


def merge(store: Store, ids: Iterable[str], *, text: str | None = None) -> str:
    """Merge proposals of one conference into one proposal; returns the merged proposal's (group's) id.

    Every original stays as it is, tied to the group by a link that records its table and its votes at
    the time; the group's text is `text`, or else the text of the original with the most votes, of
    those not left out of what is published when there are any (as `merge_draft`).
    A proposal merged already is refused: it joins its merged proposal through `add_to_group`.
    """
    proposals: list[Proposal] = []
    for given in dict.fromkeys(ids):
        proposal = find_proposal(store, given)
        if proposal.id not in {p.id for p in proposals}:
            proposals.append(proposal)
    if len(proposals) < 2:
        raise UserError("merging needs at least two different proposals")
    if len({p.conference_id for p in proposals}) > 1:
        raise UserError(ACROSS_CONFERENCES)
    for proposal in proposals:
        if proposal.is_group:
            raise UserError(
                f"{short_id(proposal.id)} is already merged; add the others to it (proposal add)"
                " or unmerge it first"
            )
    conference = conferences.conference(store, proposals[0].conference_id)
    originals = [p.originals[0] for p in proposals]
    if text is None:
        out = _left_out(store, originals)
        words = [n for n in originals if n.id not in out] or originals
        text = max(words, key=lambda n: (n.votes, -n.table_number, n.text)).text
    if not text.strip():
        raise UserError("a merged proposal needs some text")
    themes = _ordered_themes(store, conference.process_id, originals)
    with store.transaction():
        group_id = store.write(
            "proposal_group", None, {"conference_id": conference.id, "text": text.strip(), "themes": themes}
        )
        for note in originals:
            _write_link(store, group_id, conference.id, note)
    return group_id


def join_target(proposals: Iterable[Proposal]) -> str | None:
    """The merged proposal the others would join, when exactly one of `proposals` is merged already."""
    groups = [p.id for p in proposals if p.is_group]
    return groups[0] if len(groups) == 1 else None


def drop_links(store: Store, link_ids: Iterable[str]) -> None:
    """Undo `add_to_group`: the added originals are proposals of their own again."""
    with store.transaction():
        for link_id in link_ids:
            store.delete("proposal_link", link_id)


def restore_links(store: Store, link_ids: Iterable[str]) -> None:
    """Redo `add_to_group` after `drop_links`."""
    with store.transaction():
        for link_id in link_ids:
            store.restore("proposal_link", link_id)


def add_to_group(store: Store, group_id: str, ids: Iterable[str]) -> list[str]:
    """Add proposals (not merged yet, of the group's conference) to a merged proposal; returns link ids.

    The group keeps its wording and decisions; the added originals bring their votes and themes.
    """
    group = _group(store, group_id)
    additions: list[Note] = []
    for given in dict.fromkeys(ids):
        proposal = find_proposal(store, given)
        if proposal.id == group["id"]:
            continue
        if proposal.is_group:
            raise UserError(
                f"{given} is merged into {short_id(proposal.id)} already; take it out of that one first"
            )
        if proposal.conference_id != group["conference_id"]:
            raise UserError(ACROSS_CONFERENCES)
        additions.append(proposal.originals[0])
    if not additions:
        raise UserError("nothing to add: give proposals that are not in this merged proposal yet")
    conference = conferences.conference(store, group["conference_id"])
    themes = _ordered_themes(store, conference.process_id, additions, keep=group["themes"])
    with store.transaction():
        link_ids = [_write_link(store, group["id"], group["conference_id"], n) for n in additions]
        if themes != list(group["themes"]):
            store.write("proposal_group", group["id"], {"themes": themes})
    return link_ids


@dataclass(frozen=True)
class Removal:
    """What taking a member out did, so that it can be undone exactly."""

    group_id: str
    link_id: str
    dissolved: bool  # only one original was left, so the merged proposal was unmerged


def remove_from_group(store: Store, group_id: str, note_id: str) -> Removal:
    """Take one original out of a merged proposal; it is a proposal of its own again.

    The rest stay merged. Taking out the last but one leaves nothing to merge, so the group goes too.
    """
    group = _group(store, group_id)
    note_id = expand_prefix(store, note_id)
    members = store.select("proposal_link", "group_id = ?", (group["id"],))
    mine = [link for link in members if link["note_id"] == note_id]
    if not mine:
        raise NotFound(f"proposal {short_id(note_id)} is not one of the originals of {short_id(group['id'])}")
    remaining = {link["note_id"] for link in members} - {note_id}
    with store.transaction():
        for link in mine:
            store.delete("proposal_link", link["id"])
        dissolved = len(remaining) < 2
        if dissolved:
            unmerge(store, group["id"])
    return Removal(group["id"], mine[0]["id"], dissolved)


def put_back(store: Store, removal: Removal) -> None:
    """Undo `remove_from_group`: the original (and, if it went, the group) come back."""
    with store.transaction():
        if removal.dissolved:
            remerge(store, removal.group_id)
        store.restore("proposal_link", removal.link_id)


def take_out_again(store: Store, removal: Removal) -> None:
    """Redo `remove_from_group` after `put_back`."""
    with store.transaction():
        store.delete("proposal_link", removal.link_id)
        if removal.dissolved:
            unmerge(store, removal.group_id)


def _group(store: Store, group_id: str, *, include_deleted: bool = False) -> dict:
    full = expand_prefix(store, group_id) if not include_deleted else group_id
    record = store.get("proposal_group", full, include_deleted=include_deleted)
    if record is None:
        raise NotFound(f"no merged proposal with id {group_id}")
    return record


def unmerge(store: Store, group_id: str) -> list[str]:
    """Undo a merge: the group and its links become tombstones; returns the originals' note ids."""
    group = _group(store, group_id)
    links = store.select("proposal_link", "group_id = ?", (group["id"],))
    with store.transaction():
        # The group first: links tombstoned after it are the ones this unmerge took (see remerge).
        store.delete("proposal_group", group["id"])
        for link in links:
            store.delete("proposal_link", link["id"])
    return [link["note_id"] for link in links]


def remerge(store: Store, group_id: str) -> None:
    """Redo a merge that `unmerge` undid: the group and the links it had when unmerged come back.

    A member taken out before the unmerge stays out: its link was a tombstone before the group's.
    """
    group = _group(store, group_id, include_deleted=True)
    with store.transaction():
        stamp = group["stamps"].get("deleted", [group["rev"], group["origin"]])
        store.restore("proposal_group", group["id"])
        for link in store.select("proposal_link", "group_id = ?", (group["id"],), include_deleted=True):
            if link["stamps"].get("deleted", [""])[0] < stamp[0]:
                continue
            store.restore("proposal_link", link["id"])


def rename_group(store: Store, group_id: str, text: str) -> None:
    if not text.strip():
        raise UserError("a merged proposal needs some text")
    store.write("proposal_group", _group(store, group_id)["id"], {"text": text.strip()})


def links(store: Store, group_id: str) -> list[dict]:
    """A group's live links (original note, table, votes at merge time)."""
    return store.select("proposal_link", "group_id = ?", (group_id,), order_by="table_number, note_id")

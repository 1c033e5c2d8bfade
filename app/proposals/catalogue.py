"""Proposals as the secretariat follows them up: plain proposal notes, and merged groups of them.

A *proposal* here is either a note of kind "proposal" that is not merged, or a proposal_group that
merges several such notes (each tied to the group by a proposal_link that keeps its table and votes).
A group's votes are the sum of its originals' current votes, so a late correction at a table counts.

Current status of a proposal: the latest live status change (see lifecycle) among the group's own and
its originals' changes, so merging keeps what was already decided and unmerging gives each original
back its own. If concurrent merges on two machines put one note in two live groups, the link with the
greatest stamp wins on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app import conferences
from app.errors import NotFound, UserError
from app.model import Note
from app.proposals.lifecycle import StatusChange, latest_changes, record_status
from app.store import Store
from app.typed_ids import SHORTEST, id_prefix, note_tail


@dataclass(frozen=True)
class Proposal:
    id: str  # the note's id, or the group's id for a merged proposal
    is_group: bool
    conference_id: str
    text: str
    themes: tuple[str, ...]  # theme ids
    tables: tuple[int, ...]
    votes: int
    originals: tuple[Note, ...]  # the proposal notes it stands for (the note itself when not merged)
    status: str
    latest: StatusChange | None

    @property
    def unit_ids(self) -> tuple[str, ...]:
        """Every id whose status changes belong to this proposal."""
        return (self.id, *(n.id for n in self.originals if n.id != self.id))


def _link_key(link: dict) -> tuple[str, str, str]:
    rev, origin = link["stamps"].get("note_id", [link["rev"], link["origin"]])
    return (rev, origin, link["id"])


def _in(column: str, values: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    return f"{column} IN ({', '.join('?' * len(values))})", tuple(values)


def _select_in(
    store: Store,
    type_name: str,
    column: str,
    values: Iterable[str],
    extra: str = "",
    *,
    include_deleted: bool = False,
) -> list[dict]:
    """Live records (and tombstones, if asked) whose `column` is one of `values`, in chunks far below
    SQLite's parameter limit."""
    values = list(dict.fromkeys(values))
    found: list[dict] = []
    for start in range(0, len(values), 500):
        where, params = _in(column, values[start : start + 500])
        found += store.select(
            type_name, where + extra, params, order_by="id", include_deleted=include_deleted
        )
    return found


def _assemble(notes: dict[str, Note], groups: dict[str, dict], links: Iterable[dict]) -> list[Proposal]:
    """Proposals from live proposal notes, live groups and live links (see the module docstring)."""
    members: dict[str, list[Note]] = {g: [] for g in groups}
    chosen_link: dict[str, tuple] = {}
    for link in links:
        if link["group_id"] in groups and link["note_id"] in notes:
            key = _link_key(link)
            if link["note_id"] not in chosen_link or key > chosen_link[link["note_id"]][0]:
                chosen_link[link["note_id"]] = (key, link["group_id"])
    for note_id, (_, group_id) in chosen_link.items():
        members[group_id].append(notes[note_id])
    units: list[tuple[str, bool, str, str, tuple[str, ...], tuple[Note, ...]]] = []
    for note in notes.values():
        if note.id not in chosen_link:
            units.append((note.id, False, note.conference_id, note.text, note.themes, (note,)))
    for group_id, group in groups.items():
        originals = tuple(sorted(members[group_id], key=lambda n: (n.table_number, n.position, n.id)))
        if originals:  # a group whose every original was deleted is no longer a proposal
            themes = tuple(group["themes"])
            units.append((group_id, True, group["conference_id"], group["text"] or "", themes, originals))
    return units


def _with_status(store: Store, units) -> list[Proposal]:
    latest = latest_changes(store, [i for u in units for i in (u[0], *(n.id for n in u[5]))])
    result = []
    for unit_id, is_group, conference_id, text, themes, originals in units:
        candidates = [latest[i] for i in (unit_id, *(n.id for n in originals)) if i in latest]
        current = max(candidates, key=lambda c: c.order_key) if candidates else None
        result.append(
            Proposal(
                unit_id,
                is_group,
                conference_id,
                text,
                themes,
                tuple(sorted({n.table_number for n in originals})),
                sum(n.votes for n in originals),
                originals,
                current.status if current else "new",
                current,
            )
        )
    return result


def list_proposals(
    store: Store,
    conference_ids: Iterable[str] | str,
    *,
    status: str | None = None,
    theme_id: str | None = None,
    live_notes: Iterable[Note] | None = None,
) -> list[Proposal]:
    """The proposals of one or more conferences, most votes first, with their current status.
    `live_notes`: every live note of those conferences, already read (the minutes have them), so
    that the proposal notes are not read again."""
    ids = [conference_ids] if isinstance(conference_ids, str) else list(conference_ids)
    if not ids:
        return []
    if live_notes is None:
        rows = _select_in(store, "note", "conference_id", ids, " AND kind = 'proposal'")
        notes = {r["id"]: Note.from_record(r) for r in rows}
    else:
        notes = {n.id: n for n in sorted(live_notes, key=lambda n: n.id) if n.kind == "proposal"}
    groups = {r["id"]: r for r in _select_in(store, "proposal_group", "conference_id", ids)}
    units = _assemble(notes, groups, _select_in(store, "proposal_link", "conference_id", ids))
    proposals = [
        p
        for p in _with_status(store, units)
        if (status is None or p.status == status) and (theme_id is None or theme_id in p.themes)
    ]
    proposals.sort(key=lambda p: (-p.votes, p.tables, p.text, p.id))
    return proposals


def process_conference_ids(store: Store, process_id: str) -> list[str]:
    return [c.id for c in conferences.conferences(store) if c.process_id == process_id]


def expand_prefix(store: Store, text: str) -> str:
    """The full id of a proposal note or group, given it or its first characters (at least 4), as git does:
    the record typed, not the proposal it belongs to now (`find_proposal`)."""
    text = text.strip()
    if store.get("note", text) is not None or store.get("proposal_group", text) is not None:
        return text
    matches: set[str] = set()
    if len(text) >= SHORTEST:
        for type_name in ("note", "proposal_group"):
            matches |= {r["id"] for r in store.select(type_name, *id_prefix(text))}
        matches |= _notes_by_tail(store, text)
    if len(matches) == 1:
        return matches.pop()
    if len(matches) > 1:
        raise UserError(f"{text!r} matches {len(matches)} ids; give more of the id")
    raise NotFound(f"no proposal with id {text}")


def _notes_by_tail(store: Store, text: str) -> set[str]:
    """The live notes whose time-ordered id ends as the command line shows it (typed_ids.short_id)."""
    tail = note_tail(text)
    if tail is None:
        return set()
    where, params = tail  # ids only: SQLite reads them from the id index, not the notes' rows
    found = tuple(row[0] for row in store.conn.execute(f"SELECT id FROM notes WHERE {where}", params))
    if not found:
        return set()
    return {r["id"] for r in store.select("note", f"id IN ({', '.join('?' * len(found))})", found)}


def find_proposal(store: Store, proposal_or_note_id: str) -> Proposal:
    """The proposal a note id (merged or not) or a group id belongs to.

    Reads only the records around it (its links, its group's other originals and their links), so a
    status change on a conference with thousands of proposals stays quick.
    """
    record_id = expand_prefix(store, proposal_or_note_id)
    note = store.get("note", record_id)
    if note is not None and note["kind"] != "proposal":
        raise UserError(f"note {record_id} is a {note['kind']}, not a proposal")
    note_ids = {record_id} if note is not None else set()
    group_ids = {record_id} if note is None else set()
    group_ids |= {link["group_id"] for link in _select_in(store, "proposal_link", "note_id", note_ids)}
    note_ids |= {link["note_id"] for link in _select_in(store, "proposal_link", "group_id", group_ids)}
    links = _select_in(store, "proposal_link", "note_id", note_ids)  # with links to any other group
    group_ids |= {link["group_id"] for link in links}
    notes = {
        r["id"]: Note.from_record(r)
        for r in _select_in(store, "note", "id", note_ids, " AND kind = 'proposal'")
    }
    groups = {r["id"]: r for r in _select_in(store, "proposal_group", "id", group_ids)}
    for unit in _assemble(notes, groups, links):
        if unit[0] == record_id or any(n.id == record_id for n in unit[5]):
            return _with_status(store, [unit])[0]
    raise NotFound(f"no proposal with id {proposal_or_note_id}")


def set_status(store: Store, proposal_or_note_id: str, status: str, **details: str) -> str:
    """Record a status change for a proposal (a merged original's change goes to its group).

    `details`: decision, reason, owner, owner_kind, contact, review_date, decided_by. Returns the id of
    the status change record (for undo, see lifecycle.retract).
    """
    proposal = find_proposal(store, proposal_or_note_id)
    return record_status(store, proposal.id, proposal.conference_id, status, **details)


def set_statuses(store: Store, proposal_or_note_ids: list[str], status: str, **details: str) -> list[str]:
    """One decision on several proposals, all or none; the ids of the status changes, in order."""
    with store.transaction():
        return [set_status(store, pid, status, **details) for pid in proposal_or_note_ids]


def unit_history(store: Store, proposal_or_note_id: str) -> tuple[Proposal, list[StatusChange]]:
    """A proposal and every status change of it and of its originals, oldest first."""
    from app.proposals.lifecycle import history

    proposal = find_proposal(store, proposal_or_note_id)
    changes = [c for unit_id in proposal.unit_ids for c in history(store, unit_id)]
    return proposal, sorted(changes, key=lambda c: c.order_key)


def status_of_notes(store: Store, note_ids: Iterable[str]) -> dict[str, str]:
    """Current status code of each proposal note, wherever a proposal is shown (chair window, minutes).

    Notes that are not proposals, or unknown, are left out.
    """
    wanted = set(note_ids)
    if not wanted:
        return {}
    conference_ids = {
        r["conference_id"] for r in (store.get("note", i) for i in wanted) if r and r["kind"] == "proposal"
    }
    result: dict[str, str] = {}
    for proposal in list_proposals(store, sorted(conference_ids)):
        for note in proposal.originals:
            if note.id in wanted:
                result[note.id] = proposal.status
    return result

"""What a table's chair receives in her follow-up (app/proposals/exchange.py): what her laptop shows.

Her window and her table's minutes show her table's notes and, for each of its proposals, a status
label. So her follow-up carries:

- the conference pack's records and her table's notes as the secretariat holds them, without a note a
  person left out of what is published;
- a merged proposal (its text, its links) only when every original in it is a note of her table,
  none of them or it is left out, and every finding the review lists in its text is decided "keep":
  its text is then her table's own words. A merge across tables stays at the secretariat (its text is
  other tables' words), and so do its links and statuses: her laptop shows the proposal as her table
  wrote it, with the status its own records give it;
- a proposal's status records only when its current one is clean: no finding in its texts that is not
  decided "keep" (undecided, removed, rewritten or left out: the record would carry the raw words), no
  person as owner, no contact (neither is published; the chair needs neither), and a `decided_by`
  that is empty, the name the bundle is signed with, a body ("Tillväxtrådet", "Sekretariatet":
  app/privacy/person_name.py), or a person's name the review has decided "keep" in this conference
  (it defaults to the computer's login, a person). Records cannot be sent in part (every field of a
  record travels, and merges), so a record that is not clean stays, and the export says how many
  stayed and why (`held`: a person decides);
- recurrences of what it carries, and resolutions of conflicts on its notes and the pack's records
  (a resolution holds the versions it reviewed: none on a proposal's records).

Never: another table's notes, summaries (the public report's words, which the review does not list),
privacy decisions, report texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from app.store import Store

KEEP = "keep"
STATUS_TEXTS = ("decision", "reason", "owner", "contact", "meeting")
# Why a status stays at the secretariat: the fields that name a person, and findings not let through.
DECIDED_BY, OWNER, CONTACT, FINDING = "decided by", "owner", "contact", "finding"


def left_out_ids(store: Store, conference_id: str, decided: dict | None = None) -> set[str]:
    """The notes and proposals (merged ones too) a person left out of what is published (`decided`:
    the conference's privacy decisions, when the caller has read them already)."""
    from app.privacy.review import decisions, left_out_sources

    decided = decisions(store, conference_id) if decided is None else decided
    return {
        source_id for source_id, field in left_out_sources(store, conference_id, decided) if field == "text"
    }


def chairs_records(
    store: Store,
    conference_id: str,
    table_number: int,
    signer: str = "",
    held: dict[str, frozenset[str]] | None = None,
) -> Iterator[dict[str, Any]]:
    """A table's chair's follow-up in wire form (module docstring). `signer`: the name the bundle is
    signed with, a person's `decided_by` a status may carry to her without the review's "keep".
    `held`, when given, is filled with the proposals whose status stays at the secretariat and why
    (DECIDED_BY, OWNER, CONTACT, FINDING)."""
    from app.bundles.export import pack_records
    from app.privacy.review import decisions, detector_for

    decided = decisions(store, conference_id)
    out = left_out_ids(store, conference_id, decided)
    detector = detector_for(store, conference_id)

    def clean(source_id: str, texts: dict[str, str]) -> bool:
        for field, text in texts.items():
            for found in detector.find(text or ""):
                decision = decided.get((source_id, field, found.key))
                if decision is None or decision.action != KEEP:
                    return False
        return True

    carried: set[str] = set()

    def send(records) -> Iterator[dict[str, Any]]:
        for record in records:
            carried.add(record["id"])
            yield record

    yield from send(pack_records(store, conference_id))
    where = "conference_id = ? AND table_number = ?"
    table_notes = [n for n in store.dump("note", where, (conference_id, table_number)) if n["id"] not in out]
    yield from send(table_notes)
    own = {n["id"] for n in table_notes}
    all_links = store.dump("proposal_link", "conference_id = ?", (conference_id,))
    by_group: dict[str, list[dict[str, Any]]] = {}
    for link in all_links:
        by_group.setdefault(link["fields"]["group_id"], []).append(link)
    groups = {}
    for group in store.dump("proposal_group", "conference_id = ?", (conference_id,)):
        originals = {link["fields"]["note_id"] for link in by_group.get(group["id"], [])}
        if (  # an unmerged group's tombstone too, so that her laptop unmerges it
            originals
            and originals <= own
            and group["id"] not in out
            and clean(group["id"], {"text": group["fields"]["text"]})
        ):
            groups[group["id"]] = group
    yield from send(groups.values())
    yield from send(link for g in groups for link in by_group[g])
    proposals = own | set(groups)
    judge = _Deciders(store, conference_id, signer, decided, detector)
    dumped = store.dump("proposal_status", "conference_id = ?", (conference_id,))
    statuses, why = _clean_statuses(proposals, dumped, judge, clean)
    if held is not None:
        held.clear()
        held.update(why)
    yield from send(statuses)
    dumped = store.dump("proposal_recurrence", "conference_id = ?", (conference_id,))
    yield from send(r for r in dumped if r["fields"]["later_id"] in proposals)
    dumped = store.dump("conflict_resolution", "conference_id = ?", (conference_id,))
    yield from send(
        r
        for r in dumped
        if r["fields"]["record_id"] in carried and not r["fields"]["record_type"].startswith("proposal")
    )


class _Deciders:
    """Which `decided_by` may go to a chair: none, the signer, a body, or a person's name the review
    decided "keep" in this conference (every decision on it "keep", at least one)."""

    def __init__(self, store: Store, conference_id: str, signer: str, decided: dict, detector) -> None:
        from app.privacy.person_name import PersonJudge
        from app.privacy.review import places

        self._signer = " ".join(signer.split())
        self._judge = PersonJudge(places(store, conference_id))
        self._detector = detector
        self._kept: set[str] = set()
        self._not_kept: set[str] = set()
        self._said: dict[str, bool] = {}
        for (_source, _field, key), decision in decided.items():
            (self._kept if decision.action == KEEP else self._not_kept).add(_bare(key))

    def may_go(self, decided_by: str | None) -> bool:
        name = " ".join((decided_by or "").split())
        if name not in self._said:
            self._said[name] = self._may_go(name)
        return self._said[name]

    def _may_go(self, name: str) -> bool:
        if name in ("", self._signer) or not self._judge.is_person(name):
            return True
        keys = {_bare(found.key) for found in self._detector.find(name)} or {_bare(name.casefold())}
        return keys <= self._kept and not keys & self._not_kept


def _bare(key: str) -> str:
    """A name's key without a genitive ending, so "Anna Linds" in a note decides on "Anna Lind"."""
    return re.sub(r"(?:['’:]?s|['’])$", "", key)


def _clean_statuses(
    proposals: set[str], records: list[dict[str, Any]], deciders: _Deciders, clean
) -> tuple[list, dict[str, frozenset[str]]]:
    """The status records of `proposals` whose current one is clean, those of them that are clean;
    and the proposals whose current one is not, with why (DECIDED_BY, OWNER, CONTACT, FINDING)."""
    by_proposal: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        if r["fields"]["proposal_id"] in proposals:
            by_proposal.setdefault(r["fields"]["proposal_id"], []).append(r)

    def why(r: dict[str, Any]) -> frozenset[str]:
        f = r["fields"]
        reasons = set()
        if f["owner_kind"] == "person":
            reasons.add(OWNER)
        if f["contact"]:
            reasons.add(CONTACT)
        if not deciders.may_go(f["decided_by"]):
            reasons.add(DECIDED_BY)
        # A person owner's or a contact's name is said above already, not again as a finding.
        texts = {k: f[k] or "" for k in STATUS_TEXTS if k not in (OWNER, CONTACT) or k not in reasons}
        if not clean(f["proposal_id"], texts):
            reasons.add(FINDING)
        return frozenset(reasons)

    sent, held = [], {}
    for proposal_id, records_of_it in by_proposal.items():
        live = [r for r in records_of_it if not r["deleted"]]
        if not live:
            continue
        current = why(max(live, key=_order))
        if current:
            held[proposal_id] = current
        else:
            sent += [r for r in records_of_it if not why(r)]
    return sent, held


def _order(r: dict[str, Any]) -> tuple[str, str, str]:
    rev, origin = r["stamps"].get("status", [r["rev"], r["origin"]])
    return (rev, origin, r["id"])

"""A proposal's life after the conference: each status change is a record of its own.

The statuses run new -> shortlisted -> selected (by the council) -> in progress -> done, or end in
not pursued, which needs a reason. A secretary may also step back (a mistake, a reopened question):
the history shows every step.

Current status, deterministically: of a proposal's live status records, the one whose `status` field
carries the greatest (rev, origin) stamp. That field is written once, when the record is created, and
its stamp travels with the record, so two stores holding the same records agree whatever order the
bundles arrived in. Undoing a change tombstones its record; redoing restores it.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import NotFound, UserError
from app.store import Record, Store

STATUSES = ("new", "shortlisted", "selected", "in-progress", "done", "not-pursued")
FINAL = ("done", "not-pursued")
OWNER_KINDS = ("organisation", "person")

# The Swedish labels agree with "förslaget" (neuter): "Förslaget är nytt / valt / genomfört".
STATUS_LABELS = {
    "en": {
        "new": "New",
        "shortlisted": "Shortlisted",
        "selected": "Selected by the council",
        "in-progress": "In progress",
        "done": "Done",
        "not-pursued": "Not pursued",
    },
    "sv": {
        "new": "Nytt",
        "shortlisted": "På kortlistan",
        "selected": "Valt av tillväxtrådet",
        "in-progress": "Pågår",
        "done": "Genomfört",
        "not-pursued": "Drivs inte vidare",
    },
}


def status_label(status: str, language: str = "sv") -> str:
    return STATUS_LABELS.get(language, STATUS_LABELS["en"])[status]


def parse_status(text: str) -> str:
    """A status code from what a person types: 'in progress', 'in_progress', 'In-Progress'..."""
    code = "-".join(text.strip().casefold().replace("_", " ").split())
    if code not in STATUSES:
        raise UserError(f"unknown status {text!r}; use one of: {', '.join(STATUSES)}")
    return code


@dataclass(frozen=True)
class StatusChange:
    id: str
    proposal_id: str
    conference_id: str
    status: str
    decision: str
    reason: str
    owner: str
    owner_kind: str
    contact: str
    review_date: str
    decided_by: str
    decided_at: str
    meeting: str
    order_key: tuple[str, str, str]  # (rev, origin, id) of the status field: the history's order
    retracted: bool = False  # undone

    @classmethod
    def from_record(cls, r: Record) -> StatusChange:
        rev, origin = r["stamps"].get("status", [r["rev"], r["origin"]])
        return cls(
            r["id"],
            r["proposal_id"],
            r["conference_id"],
            r["status"],
            r["decision"] or "",
            r["reason"] or "",
            r["owner"] or "",
            r["owner_kind"] or "",
            r["contact"] or "",
            r["review_date"] or "",
            r["decided_by"] or "",
            r["decided_at"] or "",
            r.get("meeting") or "",
            (rev, origin, r["id"]),
            r["deleted"],
        )

    @property
    def decided_on(self) -> str:
        return self.decided_at[:10]

    def overdue(self, today: dt.date | None = None) -> bool:
        """Its review date has passed while the proposal is still open (not done, not dropped)."""
        if not self.review_date or self.status in FINAL or self.retracted:
            return False
        return self.review_date < (today or dt.date.today()).isoformat()


def check_review_date(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise UserError(f"review date {text!r} is not a date; write it as YYYY-MM-DD") from None


def check_decision_date(text: str, today: dt.date | None = None) -> str:
    """A decision's day as YYYY-MM-DD; "" means today. A day still to come is refused."""
    text = text.strip()
    if not text:
        return ""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"decision date {text!r} is not a date; write it as YYYY-MM-DD") from None
    if day > (today or dt.date.today()):
        raise UserError(f"decision date {text} is still to come; record a decision once it is taken")
    return day.isoformat()


def default_decider() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a stripped container or a service account
        return ""


def record_status(
    store: Store,
    proposal_id: str,
    conference_id: str,
    status: str,
    *,
    decision: str = "",
    reason: str = "",
    owner: str = "",
    owner_kind: str = "organisation",
    contact: str = "",
    review_date: str = "",
    decided_by: str | None = None,
    decided_at: str | None = None,
    decided_on: str = "",
    meeting: str = "",
) -> str:
    """Write one status change (checked) for a proposal already known to exist; returns its id.

    `decided_on` (YYYY-MM-DD) is the day the decision was taken, e.g. at the council's meeting after
    the conference; without it the decision is dated now. `meeting` says where it was taken.
    """
    status = parse_status(status)
    if status == "not-pursued" and not reason.strip():
        raise UserError("a proposal that is not pursued needs a reason (--reason)")
    if owner_kind not in OWNER_KINDS:
        raise UserError(f"owner kind must be one of: {', '.join(OWNER_KINDS)}")
    return store.write(
        "proposal_status",
        None,
        {
            "proposal_id": proposal_id,
            "conference_id": conference_id,
            "status": status,
            "decision": decision.strip(),
            "reason": reason.strip(),
            "owner": owner.strip(),
            "owner_kind": owner_kind if owner.strip() else "",
            "contact": contact.strip(),
            "review_date": check_review_date(review_date),
            "decided_by": (default_decider() if decided_by is None else decided_by).strip(),
            "decided_at": check_decision_date(decided_on)
            or decided_at
            or dt.datetime.now().astimezone().isoformat(timespec="minutes"),
            "meeting": meeting.strip(),
        },
    )


def history(store: Store, proposal_id: str, *, include_retracted: bool = False) -> list[StatusChange]:
    """Every status change of one proposal, oldest first."""
    records = store.select(
        "proposal_status", "proposal_id = ?", (proposal_id,), include_deleted=include_retracted
    )
    return sorted((StatusChange.from_record(r) for r in records), key=lambda c: c.order_key)


def latest_changes(store: Store, proposal_ids: Iterable[str] | None = None) -> dict[str, StatusChange]:
    """The current (latest live) change of each proposal that has one; all proposals when ids is None."""
    if proposal_ids is None:
        records = store.select("proposal_status")
    else:
        ids = list(dict.fromkeys(proposal_ids))
        records = []
        for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            records += store.select("proposal_status", f"proposal_id IN ({marks})", tuple(chunk))
    latest: dict[str, StatusChange] = {}
    for record in records:
        change = StatusChange.from_record(record)
        known = latest.get(change.proposal_id)
        if known is None or change.order_key > known.order_key:
            latest[change.proposal_id] = change
    return latest


def retract(store: Store, change_id: str) -> None:
    """Undo one status change: its record becomes a tombstone, and the one before it is current again."""
    if store.get("proposal_status", change_id, include_deleted=True) is None:
        raise NotFound(f"no status change with id {change_id}")
    store.delete("proposal_status", change_id)


def reinstate(store: Store, change_id: str) -> None:
    """Redo a retracted status change."""
    if store.get("proposal_status", change_id, include_deleted=True) is None:
        raise NotFound(f"no status change with id {change_id}")
    store.restore("proposal_status", change_id)


def retract_all(store: Store, change_ids: list[str]) -> None:
    """Undo several status changes (one decision on many cards): all or none."""
    with store.transaction():
        for change_id in change_ids:
            retract(store, change_id)


def reinstate_all(store: Store, change_ids: list[str]) -> None:
    """Redo several retracted status changes: all or none."""
    with store.transaction():
        for change_id in change_ids:
            reinstate(store, change_id)


def meetings(store: Store, conference_ids: Iterable[str]) -> list[str]:
    """The meetings decisions on these conferences' proposals were taken at, most recent first."""
    ids = list(dict.fromkeys(conference_ids))
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    records = store.select("proposal_status", f"conference_id IN ({marks}) AND meeting != ''", tuple(ids))
    latest: dict[str, str] = {}
    for record in records:
        day = record["decided_at"] or ""
        latest[record["meeting"]] = max(latest.get(record["meeting"], ""), day)
    return sorted(latest, key=lambda name: (latest[name], name), reverse=True)

"""What the documents print, read from the store once: a conference with its tables, notes and sign-offs.

Other engineers' services are used where they exist (the bundles' sign-off, the proposals' follow-up);
each such import is guarded, so minutes work in a workspace or a build without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app import conferences
from app.model import Conference, Note, Process, Question, Table, Theme
from app.roster import reported_tables
from app.store import Store


@dataclass(frozen=True)
class Signoff:
    """Who signed a table's export, with which key, when: the table minutes' justering line."""

    name: str
    key_id: str
    when: str  # as the bundle recorded it (ISO 8601)


@dataclass(frozen=True)
class Disputed:
    """Another value of a table's fact, open beside the one the record holds in an unsettled conflict."""

    value: Any
    by: str  # the name its writer's key is trusted by ("" when not known)
    by_secretariat: bool  # written in this workspace


@dataclass
class ConferenceData:
    process: Process
    conference: Conference
    questions: list[Question]
    themes: list[Theme]
    tables: list[Table]
    notes: list[Note]  # live notes, by table, question order, position
    signoffs: dict[int, Signoff]  # table number -> sign-off, for signed tables only
    # Table minutes only: every signer whose workspace wrote the table's notes, with how many, and the
    # notes the secretariat corrected (app.bundles.contributors); empty where that is not known.
    contributors: list[tuple[str, int, str]] = field(default_factory=list)  # name, notes, key id
    corrected: set[str] = field(default_factory=set)
    statuses: dict[str, str] = field(default_factory=dict)  # proposal note id -> status code, if known
    # The conference's proposals as the follow-up sees them (app.proposals' Proposal: a merged group
    # once, with its tables and summed votes), most votes first; empty where that service is not there.
    proposal_units: list[Any] = field(default_factory=list)
    reported: set[int] = field(default_factory=set)  # the tables that have reported (app.roster)
    # (table number, "participants" | "bands") -> the other values an open conflict holds beside the
    # one printed: a disputed figure is printed as such, never as settled.
    disputed: dict[tuple[int, str], list[Disputed]] = field(default_factory=dict)
    # Table minutes only: note id -> the other texts an open conflict holds beside the one printed (two
    # laptops of the table, or the table and the secretariat, wrote it differently): what the chair and
    # the participant approve is printed as disputed, never as settled.
    disputed_notes: dict[str, list[Disputed]] = field(default_factory=dict)

    def question_number(self, question_id: str) -> int:
        return self._question_numbers.get(question_id, 0)

    def __post_init__(self) -> None:
        self._question_numbers = {q.id: q.position for q in self.questions}
        self.theme_names = {t.id: t.name for t in self.themes}

    def has_reported(self, number: int) -> bool:
        """As `rundabord status` and the secretariat's overview say (app.roster's one definition)."""
        return number in self.reported

    def any_decided(self) -> bool:
        """Whether any proposal has moved on from new: until then a status column would only say "Nytt"
        on every row (as it would on every chair's laptop)."""
        return any(status != "new" for status in self.statuses.values())

    def status_text(self, note: Note, language: str) -> str:
        """The proposal's follow-up status in words ("Nytt" until someone decides)."""
        try:
            from app.proposals.lifecycle import status_label
        except ImportError:
            return ""
        return status_label(self.statuses.get(note.id, "new"), language)

    def theme_list(self, note: Note) -> list[str]:
        return [self.theme_names[t] for t in note.themes if t in self.theme_names]


def note_order(numbers: dict[str, int]):
    return lambda n: (n.table_number, numbers.get(n.question_id, 0), n.position, n.id)


def load_conference(store: Store, conference_id: str, *, table_number: int | None = None) -> ConferenceData:
    conference = conferences.conference(store, conference_id)
    process_record = store.get("process", conference.process_id)
    process = (
        Process.from_record(process_record) if process_record else Process(conference.process_id, "", "")
    )
    questions = conferences.questions(store, conference.id)
    all_tables = conferences.tables(store, conference.id)
    if table_number is not None:
        all_tables = [conferences.table(store, conference.id, table_number)]  # NotFound for a wrong number
    where, params = "conference_id = ?", (conference.id,)
    if table_number is not None:
        where, params = "conference_id = ? AND table_number = ?", (conference.id, table_number)
    notes = [Note.from_record(r) for r in store.select("note", where, params)]
    numbers = {q.id: q.position for q in questions}
    notes.sort(key=note_order(numbers))
    signoffs = table_signoffs(store, conference.id, {t.number for t in all_tables})
    units = []
    if any(n.kind == "proposal" for n in notes):  # a whole conference's notes are all its live notes
        units = proposal_units(store, conference.id, notes if table_number is None else None)
    return ConferenceData(
        process=process,
        conference=conference,
        questions=questions,
        themes=conferences.themes(store, conference.process_id),
        tables=all_tables,
        notes=notes,
        signoffs=signoffs,
        contributors=_contributors(store, conference.id, table_number),
        corrected=_corrected(store, conference.id, table_number),
        statuses={original.id: p.status for p in units for original in p.originals},
        proposal_units=units,
        reported=reported_tables(store, conference.id),
        disputed=disputed_facts(store, conference.id),
        disputed_notes={} if table_number is None else disputed_texts(store, conference.id, table_number),
    )


DISPUTABLE = ("participants", "bands")


def disputed_facts(store: Store, conference_id: str) -> dict[tuple[int, str], list[Disputed]]:
    """The tables' facts an open conflict holds other values of (app.conflicts), with who wrote each."""
    from app import conflict_authors, conflicts

    found = [
        c
        for c in conflicts.open_conflicts(store, conference_id, "table")
        if c.field in DISPUTABLE and c.table_number is not None and not c.deleted
    ]
    sides = conflict_authors.sides(store, found) if found else {}
    disputed: dict[tuple[int, str], list[Disputed]] = {}
    for c in found:
        side = sides.get((c.record_id, c.theirs_stamp))
        others = disputed.setdefault((c.table_number or 0, c.field), [])
        if all(o.value != c.theirs for o in others):
            others.append(Disputed(c.theirs, side.name if side else "", bool(side and side.here)))
    return disputed


def disputed_texts(store: Store, conference_id: str, table_number: int) -> dict[str, list[Disputed]]:
    """The table's live notes whose text an open conflict holds another version of, with who wrote it."""
    from app import conflict_authors, conflicts

    found = [
        c
        for c in conflicts.open_conflicts(store, conference_id, "note")
        if c.field == "text" and c.table_number == table_number and not c.deleted
    ]
    sides = conflict_authors.sides(store, found) if found else {}
    disputed: dict[str, list[Disputed]] = {}
    for c in found:
        side = sides.get((c.record_id, c.theirs_stamp))
        others = disputed.setdefault(c.record_id, [])
        if all(o.value != c.theirs for o in others):
            others.append(Disputed(c.theirs, side.name if side else "", bool(side and side.here)))
    return disputed


def table_signoffs(store: Store, conference_id: str, numbers: set[int]) -> dict[int, Signoff]:
    """The signatures of the tables `numbers` as the bundles service reports them (unsigned ones left
    out; none without that service), read at once for all of them, with the names keys are trusted by."""
    try:
        from app.bundles import signoffs as bundle_signoffs
    except ImportError:
        return {}
    found = {n: s for n, s in bundle_signoffs(store, conference_id).items() if n in numbers}
    if not found:
        return {}
    from app.bundles.inbox import trusted_names

    names = trusted_names(store)
    return {number: _signoff(sign, names) for number, sign in found.items()}


def _signoff(found: Any, names: dict[str, str]) -> Signoff:
    claimed = str(_first(found, "signer_name", "name", "signer") or "")
    key_id = str(_first(found, "key_id") or "")
    return Signoff(
        name=names.get(key_id, claimed),  # the name the key was trusted by, not the claim
        key_id=str(_first(found, "key_id", "signer_key_id") or ""),
        when=_when(_first(found, "when", "signed_at", "created")),
    )


def _first(obj: Any, *names: str) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value:
            return value
    return None


def _when(value: Any) -> str:
    if isinstance(value, datetime):  # shown in the reader's local time, as the rest of the document
        return value.astimezone().isoformat(timespec="minutes")
    return str(value or "")


def proposal_outcomes(store: Store, conference_id: str, language: str) -> list[Any] | None:
    """What happened to each proposal (app.proposals), or None where that service is not there."""
    try:
        from app.proposals.feedback import feedback
    except ImportError:
        return None
    return feedback(store, conference_id, language)


def proposal_units(store: Store, conference_id: str, live_notes: list[Note] | None = None) -> list[Any]:
    """The conference's proposals from app.proposals (merged ones once), or [] without that service.
    `live_notes`: all the conference's live notes, when they are read already."""
    try:
        from app.proposals.catalogue import list_proposals
    except ImportError:
        return []
    return list_proposals(store, conference_id, live_notes=live_notes)


def proposal_status_by_note(store: Store, conference_id: str) -> dict[str, str]:
    """Status code of each proposal note (merged originals share their group's), {} without app.proposals."""
    return {o.id: p.status for p in proposal_units(store, conference_id) for o in p.originals}


def _contributors(store: Store, conference_id: str, table_number: int | None) -> list[tuple[str, int, str]]:
    if table_number is None:
        return []
    from app.bundles.contributors import table_contributors

    return [(c.name, c.notes, c.key_id) for c in table_contributors(store, conference_id, table_number)]


def _corrected(store: Store, conference_id: str, table_number: int | None) -> set[str]:
    if table_number is None:
        return set()
    from app.bundles.contributors import corrected_notes

    return corrected_notes(store, conference_id, table_number)

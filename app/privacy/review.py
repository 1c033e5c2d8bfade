"""The personal-data review of one conference: every finding in what would be published, in context,
and the secretariat's decision on each (remove, keep or rewrite), kept as `privacy_decision` records.
A finding in a note's or proposal's own text can also be decided "omit": the whole note is left out of
what is published ("Anna sa privat att … ta inte med det här"), and its other findings need no decision.

A finding is identified by the record and field it stands in and its normalised form, so one decision
covers every occurrence of "Anna Lindqvists" in one note, survives re-scanning, merges like any record
and travels in the follow-up bundle. A finding's id is a short hash of the same three things.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from app import conferences
from app.errors import Said, UserError
from app.messages import message
from app.privacy.detect import Detector, Found
from app.privacy.emptied import EMPTIED, emptied_finding, says_nothing
from app.privacy.guess import NameGuesser
from app.store import Store

OMIT = "omit"  # leave the whole note (or proposal) out of what is published
WHOLE = "whole-note"  # the kind of a decision on a note or proposal itself, not on a finding in it
ACTIONS = ("remove", "keep", "rewrite", OMIT)
CONTEXT = 40  # characters shown either side of a finding


@dataclass(frozen=True)
class Source:
    """One published text: a field of a record, and where a reader of the review finds it."""

    kind: str  # "note", "question", "proposal" or "report" (the secretariat's own texts)
    source_id: str
    field: str
    text: str
    table: int | None = None
    question: int | None = None
    note_kind: str = ""
    part: str = ""  # of the report's own texts: foreword, contact, respond, next_steps


@dataclass(frozen=True)
class Decision:
    record_id: str
    action: str
    replacement: str
    decided_at: str


@dataclass(frozen=True)
class Hit:
    id: str
    source: Source
    found: Found  # the first occurrence
    occurrences: int
    decision: Decision | None
    left_out: bool = False  # its note is left out whole by a decision on another finding in it

    @property
    def kind(self) -> str:
        return self.found.kind

    @property
    def decided(self) -> bool:
        return self.decision is not None or self.left_out

    @property
    def can_omit(self) -> bool:
        """Whether the whole text it stands in may be left out: a note's or a proposal's own words."""
        return omittable(self.source)

    def context(self, width: int = CONTEXT) -> tuple[str, str, str]:
        """(text before, the finding, text after), cut at `width` characters with an ellipsis."""
        text, f = self.source.text, self.found
        before, after = text[: f.start], text[f.end :]
        if len(before) > width:
            before = "…" + before[-width:].lstrip()
        if len(after) > width:
            after = after[:width].rstrip() + "…"
        return _flat(before), f.text, _flat(after)

    def as_json(self) -> dict:
        before, match, after = self.context()
        return {
            "id": self.id,
            "kind": self.kind,
            "text": match,
            "context": before + match + after,
            "where": self.source.kind,
            "record_id": self.source.source_id,
            "field": self.source.field,
            "table": self.source.table,
            "question": self.source.question,
            "occurrences": self.occurrences,
            "decision": self.decision.action if self.decision else OMIT if self.left_out else None,
            "replacement": self.decision.replacement if self.decision else None,
        }


def _flat(text: str) -> str:
    """A pasted text's lines on one line. The space at either end stays: it parts the context from the
    finding ("kontakta «Erik Berg»", not "kontakta«Erik Berg»")."""
    if "\n" not in text:
        return text
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    flat = " ".join(text.split())
    return lead + flat + trail if flat else lead or trail


def omittable(source: Source) -> bool:
    return source.kind in ("note", "proposal") and source.field == "text"


def omitted(decided: dict[tuple[str, str, str], Decision]) -> set[tuple[str, str]]:
    """The (record, field) texts a decision leaves out whole."""
    return {(source_id, field) for (source_id, field, _), d in decided.items() if d.action == OMIT}


def held_by_merge(store: Store, conference_id: str, decided: dict) -> set[tuple[str, str]]:
    """The merged proposals built from a proposal left out: a merge copies an original's words (the
    most voted one's by default), so a group that ever held a left-out original is left out with it
    until a person decides on the merged proposal itself ("keep" on its whole text, in the review).
    A link taken out since still counts: the group's text was written from it."""
    out = {source_id for source_id, field in omitted(decided) if field == "text"}
    if not out:
        return set()
    links = store.select("proposal_link", "conference_id = ?", (conference_id,), include_deleted=True)
    groups = {link["group_id"] for link in links if link["note_id"] in out}
    released = {g for g in groups if (d := decided.get((g, "text", ""))) is not None and d.action != OMIT}
    return {(g, "text") for g in groups - released}


def left_out_sources(store: Store, conference_id: str, decided: dict) -> set[tuple[str, str]]:
    """The (record, field) texts left out whole: by a decision, or as a merge of a left-out proposal."""
    return omitted(decided) | held_by_merge(store, conference_id, decided)


def left_out_anywhere(store: Store) -> set[str]:
    """Every note or proposal a review left out whole, of any conference, merged proposals built from
    one included: an earlier conference's proposal a later public report lists ("since last time")
    stays out too."""
    rows = store.conn.execute(
        "SELECT DISTINCT conference_id FROM privacy_decisions WHERE action = ? AND deleted = 0", (OMIT,)
    ).fetchall()
    return {
        source_id for (cid,) in rows for source_id, _ in left_out_sources(store, cid, decisions(store, cid))
    }


def hit_id(source_id: str, field: str, key: str) -> str:
    return hashlib.sha256(f"{source_id}\0{field}\0{key}".encode()).hexdigest()[:10]


# -- who the workspace knows --------------------------------------------------------------------------


def known_people(store: Store) -> set[str]:
    """Every person's name the workspace holds: chairs, people, proposal owners that are persons,
    decision makers and contacts given as names that look like a person's (person_name: not
    "Tillväxtrådet", "Sekretariatet"), and the names given to trusted keys and signers."""
    from app.privacy.person_name import PersonJudge

    names = {r["chair_name"] for r in store.select("table", include_deleted=True)}
    names |= {r["name"] for r in store.select("person", include_deleted=True)}
    typed = set()  # deciders and contacts given as names: a person's, or a body's
    for change in store.select("proposal_status", include_deleted=True):
        typed.add(change["decided_by"] or "")
        if change["owner_kind"] == "person":
            names.add(change["owner"])
        contact = change["contact"] or ""
        if contact and not any(c.isdigit() or c == "@" for c in contact):
            typed.add(contact)
    judge = PersonJudge(organisations(store))
    names |= {name for name in typed if judge.is_person(name)}
    for sql in ("SELECT name FROM bundle_trust", "SELECT signer_name FROM bundle_imports"):
        names |= {row[0] for row in store.conn.execute(sql)}
    return {" ".join(n.split()) for n in names if n and n.strip()}


def organisations(store: Store) -> list[str]:
    """The names of the workspace's processes and their organisations: no person's."""
    rows = store.select("process", include_deleted=True)
    return [r[field] or "" for r in rows for field in ("name", "organisation")]


# -- what would be published -----------------------------------------------------------------------


def sources(store: Store, conference_id: str, extra: Iterable[Source] = ()) -> list[Source]:
    """Every text of the conference that a public report or open data prints, once each."""
    from app.minutes.source import load_conference, proposal_outcomes

    data = load_conference(store, conference_id)
    found: dict[tuple[str, str], Source] = {}

    def add(source: Source) -> None:
        if source.text and (source.source_id, source.field) not in found:
            found[source.source_id, source.field] = source

    for q in data.questions:
        add(Source("question", q.id, "text", q.text, question=q.position))
    for n in data.notes:
        add(Source("note", n.id, "text", n.text, n.table_number, data.question_number(n.question_id), n.kind))
    for o in proposal_outcomes(store, data.conference.id, "en") or []:
        tables = o.tables[0] if len(o.tables) == 1 else None
        for field in ("text", "decision", "reason", "owner"):
            add(Source("proposal", o.proposal_id, field, getattr(o, field), tables, None, "proposal"))
    from app.minutes.report_texts import report_texts

    for part, (record_id, text) in report_texts(store, data.conference.id).items():
        add(Source("report", record_id, "text", text, part=part))
    for source in extra:
        add(source)
    return list(found.values())


def detector_for(store: Store, conference_id: str) -> Detector:
    """The detector for a conference: every known person, and every finding already decided."""
    decided = store.conn.execute(
        "SELECT DISTINCT kind, match FROM privacy_decisions WHERE conference_id = ? AND deleted = 0"
        " AND kind != ?",  # a whole note held back is no datum to find again elsewhere
        (conference_id, EMPTIED),
    )
    return Detector(
        known_people(store),
        [(kind, match) for kind, match in decided],
        NameGuesser(places(store, conference_id)),
    )


def places(store: Store, conference_id: str) -> list[str]:
    """The conference's own description: its venue and title, its process's name and organisation
    (the municipality's or region's). Their capitalised words are no one's surname."""
    conference = store.get("conference", conference_id)
    if conference is None:
        return []
    process = store.get("process", conference["process_id"]) or {}
    return [conference["venue"] or "", conference["title"] or "", process.get("name") or "",
            process.get("organisation") or ""]  # fmt: skip


def decisions(store: Store, conference_id: str) -> dict[tuple[str, str, str], Decision]:
    """The latest decision per (record, field, finding): concurrent decisions of two secretaries on
    one finding resolve as every record does, the later stamp wins."""
    result: dict[tuple[str, str, str], Decision] = {}
    for r in store.select("privacy_decision", "conference_id = ?", (conference_id,), order_by="rev"):
        result[r["source_id"], r["field"], r["match"]] = Decision(
            r["id"], r["action"], r["replacement"] or "", r["decided_at"] or ""
        )
    return result


def review(
    store: Store, conference_id: str, extra: Iterable[Source] = (), detector: Detector | None = None
) -> list[Hit]:
    """Every finding in what would be published, in document order, with its decision if any."""
    conference = conferences.conference(store, conference_id)
    decided = decisions(store, conference.id)
    detector = detector or detector_for(store, conference.id)
    left_out = left_out_sources(store, conference.id, decided)
    shown_whole = _shown_whole(left_out, decided)
    hits: dict[str, Hit] = {}
    for source in sources(store, conference.id, extra):
        founds = detector.find(source.text)
        for found in founds:
            key = hit_id(source.source_id, source.field, found.key)
            if key in hits:
                hits[key] = replace(hits[key], occurrences=hits[key].occurrences + 1)
                continue
            decision = decided.get((source.source_id, source.field, found.key))
            hits[key] = Hit(key, source, found, 1, decision, (source.source_id, source.field) in left_out)
        emptied = _emptied(source, founds, decided)
        if emptied is not None:
            hits[emptied.id] = emptied
        here = (source.source_id, source.field)
        lone = here in left_out and not founds  # left out, nothing else of it listed (text changed since)
        if (here in shown_whole or lone) and omittable(source):
            whole = _whole(source, decided, here in left_out)
            hits[whole.id] = whole
    return list(hits.values())


def _shown_whole(left_out: set[tuple[str, str]], decided: dict) -> set[tuple[str, str]]:
    """The texts listed in the review as a whole, so a decision on them can be seen and changed: a
    merged proposal held back with a left-out original, or let out again by a person."""
    omitted_ones = omitted(decided)
    return {s for s in left_out if s not in omitted_ones} | {
        (source_id, field) for (source_id, field, key), d in decided.items() if key == "" and d.action != OMIT
    }


def _whole(source: Source, decided: dict, left_out: bool) -> Hit:
    """The finding that stands for a note's or proposal's whole text (no datum in it: key "")."""
    found = Found(WHOLE, 0, len(source.text), source.text, "")
    decision = decided.get((source.source_id, source.field, ""))
    return Hit(hit_id(source.source_id, source.field, ""), source, found, 1, decision, left_out)


def _emptied(source: Source, founds: list[Found], decided: dict) -> Hit | None:
    """The finding of a note or proposal that says nothing once the findings in it that are not kept
    (undecided ones too: they would be removed) are taken out; None when it still says something."""
    if source.kind not in ("note", "proposal") or source.field != "text" or not founds:
        return None
    actions = [decided.get((source.source_id, source.field, f.key)) for f in founds]
    # Only a person's keep or rewrite publishes a finding's words: a decision this version does not
    # know removes it (publish.clean), so it empties the text as "remove" does.
    if any(d is not None and d.action in ("keep", "rewrite", OMIT) for d in actions):
        return None
    if not says_nothing(source.text, [(f.start, f.end) for f in founds]):
        return None
    found = emptied_finding(source.text)
    key = hit_id(source.source_id, source.field, found.key)
    return Hit(key, source, found, 1, decided.get((source.source_id, source.field, found.key)))


def find_hit(hits: list[Hit], hit_id_or_prefix: str) -> Hit:
    matches = [h for h in hits if h.id.startswith(hit_id_or_prefix.strip().lower())]
    if not hit_id_or_prefix.strip() or not matches:
        raise UserError(f"no finding {hit_id_or_prefix!r} in this conference's review")
    if len(matches) > 1:
        raise UserError(f"{hit_id_or_prefix!r} names {len(matches)} findings; give more of the id")
    return matches[0]


def decide(store: Store, conference_id: str, hit: Hit, action: str, replacement: str = "") -> Decision:
    """Remember what the secretariat decided about `hit` (a record; re-deciding edits it)."""
    if action not in ACTIONS:
        raise UserError(f"unknown decision {action!r}; use one of: {', '.join(ACTIONS)}")
    if hit.kind == WHOLE and action not in ("keep", OMIT):
        raise UserError(f"{hit.id} stands for the whole text: keep it (publish it) or leave it out")
    if action == OMIT and not hit.can_omit:
        raise UserError(
            f"finding {hit.id} is not in a note's or proposal's text: only those are left out whole"
        )
    replacement = " ".join(replacement.split())
    if action == "rewrite":
        if not replacement:
            raise Said(message("privacy-rewrite-empty"))
        leftover = Detector(known_people(store)).find(replacement)
        if leftover:
            raise Said(message("privacy-rewrite-personal", found=leftover[0].text))
    else:
        replacement = ""
    fields = {
        "conference_id": conference_id,
        "source_id": hit.source.source_id,
        "field": hit.source.field,
        "kind": hit.kind,
        "match": hit.found.key,
        "action": action,
        "replacement": replacement,
        "decided_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    existing = hit.decision.record_id if hit.decision else None
    with store.transaction():
        if hit.kind == WHOLE and action == "keep":  # published again: an "omit" on a finding in it goes
            for row in store.select(
                "privacy_decision",
                "conference_id = ? AND source_id = ? AND field = ? AND action = ?",
                (conference_id, hit.source.source_id, hit.source.field, OMIT),
            ):
                if row["id"] != existing:
                    store.delete("privacy_decision", row["id"])
        record_id = store.write("privacy_decision", existing, fields)
    return Decision(record_id, action, replacement, fields["decided_at"])


def decide_all(
    store: Store, conference_id: str, hits: Iterable[Hit], action: str, replacement: str = ""
) -> None:
    """Decide every hit alike, all or none: a bad rewrite leaves no half of the decisions."""
    with store.transaction():
        for hit in hits:
            decide(store, conference_id, hit, action, replacement)


def undecided(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if not h.decided]

"""The conflict list's rows and words: one row per version of a conflict, so each version is read on
its own line as who wrote it (the key's trusted name, or the secretariat), when, from which export, and
what it says; field names and values in words ("röster: 6 röster", theme names, "Förslag").

The words keep ConflictsPanel's translation context: they were its own before this module was split off.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import conferences, conflict_authors, conflicts, prepare
from app.bundles import ledger
from app.bundles.contributors import writer_of
from app.errors import NotFound
from app.text_apart import parting_start
from ui.local_time import local_moment, local_time
from ui.numbers import count_text
from ui.secretariat.plural import plural

# About what the list's Version column shows of a text at 1366×768 (less at 150 %): versions alike for
# longer than this start near where they part.
PREVIEW_ROOM = 40

# lupdate reads only literal calls of this form: each text names the context it keeps.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class SideRow:
    """One version of a conflict, as one line of the list."""

    conflict: conflicts.Conflict
    stamp: tuple[str, str]  # (rev, origin) of the edit that wrote this version
    value: Any
    first: bool  # the conflict's first line: it carries the table and the field
    kept: bool  # the version the record holds now (what prints if nobody decides)
    group: int  # the conflict's place in the list, for shading every other one


def side_rows(found: list[conflicts.Conflict]) -> list[SideRow]:
    """Two lines per conflict: the version in use now first, then the one that lost."""
    rows: list[SideRow] = []
    for group, c in enumerate(found):
        rows.append(SideRow(c, c.ours_stamp, c.ours, True, True, group))
        rows.append(SideRow(c, c.theirs_stamp, c.theirs, False, False, group))
    return rows


def shown_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def stamp_time(rev: str) -> str:
    """When an edit was made, from its clock stamp, in the user's local time."""
    return local_moment(conflicts.edited_at(rev))


def capital(words: str) -> str:
    """'the secretariat' begins a line or a cell as 'The secretariat' (Swedish: 'Sekretariatet')."""
    return words[:1].upper() + words[1:]


class ConflictWords:
    """Who wrote each version and what it says, in the user's language; `load` reads what the list
    needs once per reload (the writers, the exports, the themes), never per paint."""

    def __init__(self, store) -> None:
        self.store = store
        self._sides: dict[tuple[str, tuple[str, str]], conflict_authors.Side] = {}
        self._exports: dict[str, tuple[int, str]] = {}  # bundle id -> (export number, signed UTC)
        self._themes: dict[str, str] = {}
        self.field_labels = {
            "text": translate("ConflictsPanel", "text"),
            "themes": translate("ConflictsPanel", "themes"),
            "kind": translate("ConflictsPanel", "kind"),
            "votes": translate("ConflictsPanel", "votes"),
            "position": translate("ConflictsPanel", "place in the list"),
            "question_id": translate("ConflictsPanel", "question"),
            "chair_name": translate("ConflictsPanel", "chair"),
            "participants": translate("ConflictsPanel", "participants"),
            "bands": translate("ConflictsPanel", "age and gender bands"),
            "deleted": translate("ConflictsPanel", "deleted"),
            # What else a chair or a co-secretary may edit at the same time: named in the window's
            # language too, never by the record's English field name.
            "name": translate("ConflictsPanel", "name"),
            "number": translate("ConflictsPanel", "number"),
            "round_minutes": translate("ConflictsPanel", "round length"),
            "title": translate("ConflictsPanel", "title"),
            "date": translate("ConflictsPanel", "date"),
            "venue": translate("ConflictsPanel", "venue"),
            "organisation": translate("ConflictsPanel", "organisation"),
            "status": translate("ConflictsPanel", "status"),
            "decision": translate("ConflictsPanel", "decision"),
            "reason": translate("ConflictsPanel", "reason"),
            "owner": translate("ConflictsPanel", "owner"),
            "owner_kind": translate("ConflictsPanel", "kind of owner"),
            "contact": translate("ConflictsPanel", "contact"),
            "review_date": translate("ConflictsPanel", "follow-up date"),
            "meeting": translate("ConflictsPanel", "meeting"),
            "decided_by": translate("ConflictsPanel", "decided by"),
            "decided_at": translate("ConflictsPanel", "decided on"),
            "caption": translate("ConflictsPanel", "caption"),
            "replacement": translate("ConflictsPanel", "replacement text"),
        }
        self.kind_labels = {
            "note": translate("ConflictsPanel", "Note"),
            "proposal": translate("ConflictsPanel", "Proposal"),
            "guiding-word": translate("ConflictsPanel", "Guiding word"),
            "action": translate("ConflictsPanel", "To do"),
        }

    def load(self, conference_id: str, found: list[conflicts.Conflict]) -> list[conflicts.Conflict]:
        """Read what saying `found` needs; returns them in the order a secretary goes through them."""
        self._sides = conflict_authors.sides(self.store, found)
        self._exports = {
            e.bundle_id: (e.sequence, e.created_utc) for e in ledger.imports(self.store, conference_id)
        }
        conference = conferences.conference(self.store, conference_id) if found else None
        self._themes = (
            {t.id: t.name for t in conferences.themes(self.store, conference.process_id)}
            if conference
            else {}
        )
        fields = list(self.field_labels)
        return sorted(
            found,
            key=lambda c: (
                c.table_number or 0,
                fields.index(c.field) if c.field in fields else len(fields),
                c.record_id,
            ),
        )

    # -- who --------------------------------------------------------------------------------------

    def who(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        """Who wrote one version, in words. Two laptops with one copied profile share a name: each side
        is then named by its own export (the signer's number for it)."""
        side = self._sides.get((conflict.record_id, stamp))
        if side is None:
            found = writer_of(self.store, stamp[1])
            if found is None:
                return translate("ConflictsPanel", "an unknown laptop")
            return translate("ConflictsPanel", "the secretariat") if found.here else found.name
        if side.here:
            other = conflict.theirs_stamp if stamp == conflict.ours_stamp else conflict.ours_stamp
            other_side = self._sides.get((conflict.record_id, other))
            if other_side is not None and other_side.here:  # two windows of this workspace: told by order
                mine, others = side.written[0] or stamp[0], other_side.written[0] or other[0]
                if mine > others:
                    return translate("ConflictsPanel", "the secretariat's later save")
                return translate("ConflictsPanel", "the secretariat's earlier save")
            return translate("ConflictsPanel", "the secretariat")
        name = side.name or translate("ConflictsPanel", "an unknown laptop")
        if side.copied_profile:
            return (
                translate("ConflictsPanel", "%1 (export %2)")
                .replace("%1", name)
                .replace("%2", str(side.sequence))
            )
        return name

    def written_time(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        """When the version was written by its author: a version a decision kept and a reopening put
        back carries the decision's stamp, not its own."""
        side = self._sides.get((conflict.record_id, stamp))
        return stamp_time(side.written[0] if side is not None and side.written[0] else stamp[0])

    def writer_cell(self, row: SideRow) -> str:
        who = capital(self.who(row.conflict, row.stamp))
        return translate("ConflictsPanel", "%1 — in use now").replace("%1", who) if row.kept else who

    def source(self, conflict: conflicts.Conflict, stamp: tuple[str, str], short: bool = False) -> str:
        """Which export brought a version: its number and when it was signed, as Collect lists it (the
        list's cell gives the number only: the writer is named beside it)."""
        side = self._sides.get((conflict.record_id, stamp))
        if side is None:
            return ""
        if side.here:
            return translate("ConflictsPanel", "this workspace")
        number, signed = (side.sequence, side.signed_utc) if side.copied_profile else (None, "")
        if not signed and side.bundle_id in self._exports:
            number, signed = self._exports[side.bundle_id]
        if not signed:
            return (
                translate("ConflictsPanel", "bundle %1").replace("%1", side.bundle_id[:8])
                if side.bundle_id
                else ""
            )
        if short:
            return translate("ConflictsPanel", "export %1").replace("%1", str(number))
        return (
            translate("ConflictsPanel", "export %1, signed %2, bundle %3")
            .replace("%1", str(number))
            .replace("%2", local_time(signed))
            .replace("%3", side.bundle_id[:8])
        )

    def side_label(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        """Above a version in the details: who, when and from which export."""
        side = self._sides.get((conflict.record_id, stamp))
        text = (
            translate("ConflictsPanel", "%1, edited %2")
            .replace("%1", capital(self.who(conflict, stamp)))
            .replace("%2", self.written_time(conflict, stamp))
        )
        if side is not None and side.copied_profile:
            text += " " + translate(
                "ConflictsPanel",
                "(a copied laptop profile: two laptops sign with one key; %1)",
            ).replace("%1", self.source(conflict, stamp))
        elif side is not None and not side.here and self.source(conflict, stamp):
            text += " (" + self.source(conflict, stamp) + ")"
        return text

    # -- what -------------------------------------------------------------------------------------

    def field(self, conflict: conflicts.Conflict | conflicts.Settled) -> str:
        label = self.field_labels.get(conflict.field, conflict.field)
        # A process's or a theme's field is not the conference's own: say whose it is.
        if conflict.record_type == "process":
            return translate("ConflictsPanel", "process: %1").replace("%1", label)
        if conflict.record_type == "theme":
            return translate("ConflictsPanel", "theme: %1").replace("%1", label)
        return label

    def display(self, value: Any, field: str = "") -> str:
        """A value as words: votes counted, themes and kinds named, a deletion said."""
        if value is None or value == "":
            return translate("ConflictsPanel", "(empty)")
        if field == "votes" and isinstance(value, int):
            return plural(
                value, translate("ConflictsPanel", "1 vote"), translate("ConflictsPanel", "%1 votes")
            )
        if field == "participants" and isinstance(value, int):
            return plural(
                value,
                translate("ConflictsPanel", "1 participant"),
                translate("ConflictsPanel", "%1 participants"),
            )
        if field == "round_minutes" and isinstance(value, int):
            return plural(
                value, translate("ConflictsPanel", "1 minute"), translate("ConflictsPanel", "%1 minutes")
            )
        if field == "bands" and isinstance(value, str):
            return self._bands(value)
        if field == "kind":
            return self.kind_labels.get(str(value), str(value))
        if field == "deleted":
            return (
                translate("ConflictsPanel", "deleted")
                if value
                else translate("ConflictsPanel", "not deleted")
            )
        if field == "question_id":
            try:
                question = prepare.question(self.store, str(value))
            except NotFound:  # a question deleted since: its id is all there is
                return str(value)
            return (
                translate("ConflictsPanel", "question %1: %2")
                .replace("%1", str(question.position))
                .replace("%2", question.text)
            )
        if isinstance(value, list):
            return ", ".join(self._themes.get(v, str(v)) for v in value)
        return shown_value(value)

    def _bands(self, stored: str) -> str:
        """A table's age and gender bands (stored as JSON) as the chair's facts dialog names them."""
        from ui.chair.table_facts import band_labels

        try:
            counts = json.loads(stored)
        except ValueError:
            return stored
        if not isinstance(counts, dict):
            return stored
        labels = band_labels()
        order = list(labels)
        return ", ".join(
            f"{labels.get(key, key)}: {count_text(count) if type(count) is int else count}"
            for key, count in sorted(
                counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99
            )
        )

    def preview(self, value: Any, field: str = "", beside: Sequence[Any] = ()) -> str:
        """One line of the list: a long text ends in "…" (the whole text is in the details below). With
        the other versions `beside` it, a text alike to them for longer than a column shows starts a
        little before where they part: the list showed two long notes as the same line twice."""
        text = self.display(value, field).replace("\n", " ⏎ ")
        others = [self.display(other, field).replace("\n", " ⏎ ") for other in beside]
        start = parting_start([text, *others], PREVIEW_ROOM) if others else 0
        if start:
            text = "…" + text[start:]
        return text if len(text) <= 160 else text[:159] + "…"

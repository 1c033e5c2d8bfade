"""How Collect shows an inbox entry: its columns (table, chair, conference, signed at, notes, verdict),
the verdict and its reason in the user's language, and the tint of rows that need someone.

The chair is the name the secretariat gave the key when trusting it, never only what the bundle claims;
the conference is named with its date, so next year's conference of the same title never looks alike.
File names are in the details below the list, not the main label.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette

from app import conferences
from app.bundles import inbox as inbox_mod
from app.bundles.inbox import InboxEntry
from app.messages import Message
from app.workspace import Workspace
from ui.bundle_messages import conference_missing, explain_refusal, say_all, say_why
from ui.local_time import local_time
from ui.secretariat.overview_view import attention_brush, problem_brush
from ui.secretariat.rows_model import Column, natural
from ui.secretariat.trust_dialog import clash_texts

# Problems first, then what waits for a decision, then what is ready; what is done last.
SEVERITY = (
    inbox_mod.INVALID,
    inbox_mod.INCOMPLETE,
    inbox_mod.WILL_REFUSE,
    inbox_mod.UNKNOWN_KEY,
    inbox_mod.HELD,
    inbox_mod.READY,
    inbox_mod.IMPORTED,
    inbox_mod.OWN,
)
PROBLEMS = (inbox_mod.INVALID, inbox_mod.INCOMPLETE, inbox_mod.WILL_REFUSE)
WAITING = (inbox_mod.UNKNOWN_KEY, inbox_mod.HELD)
VERDICT_COLUMN = 5  # the list is sorted by it: problems first, then what waits for someone
CHAIR_COLUMN = 1
CONFERENCE_COLUMN = 2  # hidden while every bundle is for one conference: the summary names it once


def bundle_identity(entry: InboxEntry) -> tuple[str, str]:
    """What one bundle is, whichever copy of it was read and whatever became of it (held, then imported):
    its id and manifest; a file that could not be read is only its file."""
    if entry.bundle_id:
        return entry.bundle_id, entry.manifest_sha256
    return "file", str(Path(entry.source or entry.path).resolve())


def by_table(entry: InboxEntry) -> str:
    first = min(entry.tables) if entry.tables else 10**8
    return f"{first:09d}-{natural(entry.name)}"


def severity(entry: InboxEntry) -> str:
    # A key that looks like an impostor's comes before the other waiting keys
    rank = SEVERITY.index(entry.state) - (0.5 if entry.clashes and entry.state in WAITING else 0)
    return f"{rank:04.1f}-{by_table(entry)}"


class InboxColumns(QObject):
    """The words and columns of the inbox list; `refresh(workspace)` re-reads the conference names."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._conferences: dict[str, str] = {}
        self.state_labels = {
            inbox_mod.READY: self.tr("Valid, ready to merge"),
            inbox_mod.UNKNOWN_KEY: self.tr("Valid, unknown key"),
            inbox_mod.HELD: self.tr("In quarantine (unknown key)"),
            inbox_mod.WILL_REFUSE: self.tr("Refused"),
            inbox_mod.IMPORTED: self.tr("Already imported"),
            inbox_mod.OWN: self.tr("Sent from this workspace"),
            inbox_mod.INCOMPLETE: self.tr("Incomplete copy"),
            inbox_mod.INVALID: self.tr("Invalid"),
        }
        self._brushes: dict[str, object] = {}

    def refresh(self, workspace: Workspace) -> None:
        self._conferences = {c.id: conferences.named(c) for c in conferences.conferences(workspace.store)}

    def set_base_colour(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        self._brushes = {"bad": problem_brush(base), "wait": attention_brush(base)}

    def knows(self, conference_id: str) -> bool:
        """Whether this workspace has the conference (a new one has none until its pack is merged)."""
        return conference_id in self._conferences

    def conference(self, e: InboxEntry) -> str:
        return self.conference_named(e.conference_id)

    def conference_named(self, conference_id: str) -> str:
        """A conference by its title and date, as the lists name it."""
        if not conference_id:
            return ""
        return self._conferences.get(conference_id) or self.tr("unknown conference (%1)").replace(
            "%1", conference_id[:8]
        )

    def conference_column(self, view, entries: list[InboxEntry]) -> str:
        """Hides `view`'s conference column while every bundle of `entries` is for the same conference
        (in each row it was the widest column, four lines a row at 150 % on a 1366×768 laptop, and told
        no row from another); returns that conference, named, to be said once ("" for several or none)."""
        ids = {e.conference_id for e in entries if e.conference_id}
        view.setColumnHidden(CONFERENCE_COLUMN, len(ids) <= 1)
        return self.conference_named(next(iter(ids))) if len(ids) == 1 else ""

    def columns(self) -> list[Column]:
        return [
            Column("tables", self.tr("Table"), self.tables, align_right=True, sort=by_table),
            Column("chair", self.tr("Chair"), self.chair),
            Column("conference", self.tr("Conference"), self.conference),
            Column("created", self.tr("Signed at"), self.signed),
            # Short, with the full word as its tooltip: "Anteckningar" made a column of one or two digits
            # wide enough to push the verdict into wrapping on a 911 pixels wide screen
            Column(
                "notes",
                self.tr("Notes", "short column header"),
                self.notes,
                align_right=True,
                header_tip=self.tr("How many notes the bundle holds"),
            ),
            Column("state", self.tr("Verdict"), self.verdict, sort=severity),
            Column("reason", self.tr("What to do"), self.reason, tooltip=self.reason_detail),
        ]

    # -- cells ------------------------------------------------------------------------------------

    def signed(self, e: InboxEntry) -> str:
        """When, and which of the signer's exports: a table exported again reads apart from before."""
        when = local_time(e.created)
        if e.kind != "table-export" or e.sequence is None:
            return when
        return self.tr("%1 · export %2").replace("%1", when).replace("%2", str(e.sequence))

    def verdict(self, e: InboxEntry) -> str:
        if e.clashes and e.state in WAITING:
            return self.tr("⚠ Unknown key: check it")
        if e.reason == inbox_mod.RETURNING_CHAIR:  # a known key, at a conference it is not trusted for yet
            return self.tr("Waiting (chair from another conference)")
        return self.state_labels[e.state]

    def notes(self, e: InboxEntry) -> int | str:
        return e.count("note") if e.kind == "table-export" else ""  # a pack carries no notes

    def tables(self, e: InboxEntry) -> str:
        if e.kind == "conference-pack":
            return self.tr("pack")
        return ", ".join(map(str, e.tables))

    def chair(self, e: InboxEntry) -> str:
        if not e.kind:  # a file that could not be read names nobody: its name is all there is to go by
            return self.tr("file %1").replace("%1", e.name)
        return (
            e.signer
            if e.trusted_name
            # An unknown key's name is only what its manifest says: shown as a claim, never as a name.
            else self.tr("claims to be “%1” (unverified)").replace("%1", e.signer_name)
        )

    def reason(self, e: InboxEntry) -> str:
        if e.clashes and e.state in WAITING:  # what an impostor looks like comes before any advice
            return "⚠ " + " ".join(clash_texts(e.clashes, self.conference(e)))
        if e.state == inbox_mod.IMPORTED:
            return self.tr("imported %1").replace("%1", local_time(e.reason))
        if e.kind == "table-export" and e.conference_id and not self.knows(e.conference_id):
            # A new workspace: comparing and trusting forty keys would end in forty refusals
            return conference_missing()
        if e.reason == inbox_mod.RETURNING_CHAIR:  # the remedy, as a question
            return (
                self.tr("trust %1 as chair of table %2 in %3?")
                .replace("%1", e.signer)
                .replace("%2", self.tables(e))
                .replace("%3", self.conference(e))
            )
        if e.state == inbox_mod.HELD:
            return self.tr("trust or reject the key")
        if e.state == inbox_mod.UNKNOWN_KEY:
            return self.tr("compare the fingerprint, then trust or reject the key")
        if e.state == inbox_mod.OWN:
            return self.tr("nothing to merge")
        if e.state in PROBLEMS:
            return explain_refusal(
                e.check or ("incomplete" if e.state == inbox_mod.INCOMPLETE else ""), e.why, e.reason
            )
        return e.reason

    def reason_detail(self, e: InboxEntry) -> str:
        """The core's technical (English) wording behind a translated refusal, for the tooltip."""
        if e.state in PROBLEMS:
            return say_why(e.why, e.reason)
        reason = self.reason(e)
        return reason if len(reason) > 40 else ""

    def trusted(self, e: InboxEntry) -> str:
        if not e.kind:
            return ""
        # The grants come as data (the table of the grant, not the bundle's: a key trusted for table 5
        # signing table 7 reads "5"), said in the user's language.
        # A grant names its conference: a chair trusted for table 1 last year is not table 1's chair now.
        grants = [
            Message(m.code, {**m.params, "conference": self.conference_named(str(m.params["conference"]))})
            if m.params.get("conference")
            else m
            for m in e.trusted_as
        ]
        return say_all(grants) if grants else self.tr("not trusted")

    def background(self, e: InboxEntry):
        if e.state in PROBLEMS or (e.clashes and e.state in WAITING):
            return self._brushes.get("bad")
        if e.state in WAITING:
            return self._brushes.get("wait")
        return None

    def describe(self, e: InboxEntry) -> str:
        """The chosen bundle in a few lines: its files, the verdict in full, who signed it and the key."""
        lines = [f"{self.headline(e)} — {self.verdict(e)}"]
        reason = self.reason(e)
        if reason:
            lines[0] += f": {reason}"
        detail = self.reason_detail(e) if e.state != inbox_mod.IMPORTED else ""
        if detail and detail != reason:
            lines.append(detail)
        if e.copies:
            lines.append(self.tr("Also in: %1").replace("%1", "; ".join(str(Path(c)) for c in e.copies)))
        if e.fingerprint:
            signed = self.tr("Signed by %1 (trusted as: %2), key %3, fingerprint %4").replace(
                "%2", self.trusted(e)
            )
            if not e.trusted_as and e.trusted_name:  # a key known here by name, revoked or rejected
                signed = self.tr("Signed by %1 (not trusted), key %3, fingerprint %4")
            elif not e.trusted_as:
                signed = self.tr(
                    "Signed by an unknown key that claims to be “%1” (unverified), key %3, fingerprint %4"
                )
            lines.append(signed.replace("%1", e.signer).replace("%3", e.key_id).replace("%4", e.fingerprint))
            if e.trusted_name and e.trusted_name != e.signer_name:
                lines.append(
                    self.tr("The bundle itself says it was signed by %1.").replace("%1", e.signer_name)
                )
        lines.append(self.tr("File: %1").replace("%1", str(e.source or e.path)))
        return "\n".join(lines)

    def headline(self, e: InboxEntry) -> str:
        """Which bundle, in words: 'Table 7 of Rundabordssamtal våren 2026 (2026-03-12), Karin Sjöström'."""
        if not e.kind:
            return self.chair(e)
        if e.kind == "conference-pack":
            what = self.tr("Conference pack of %1")
        else:
            what = self.tr("Table %2 of %1").replace("%2", self.tables(e))
        return f"{what.replace('%1', self.conference(e))}, {self.chair(e)}"

"""Trusting keys from Collect, made for a careful official, not a cryptographer.

`TrustKeyDialog` trusts one key after its fingerprint was compared, in one of two roles that are never
offered side by side: a chair of the table the bundle asks for, or (a separate, deliberate action) the
secretariat. What looks like an impostor is said loudly above the tick boxes ("another key already
signs for table 7 as Karin Sjöström") and needs its own tick. A chair back at a new conference is
offered the remedy in words. `BulkTrustDialog` trusts several chairs' keys at once, each fingerprint
ticked on its own line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.bundles import clashes as clashes_mod
from app.bundles import trust
from app.bundles.clashes import Clash
from app.bundles.inbox import InboxEntry
from ui.screen_room import fit_to_screen
from ui.secretariat.key_panel import fingerprint_lines

CHAIR = trust.CHAIR
SECRETARIAT = trust.SECRETARIAT


def _fingerprint_label(fingerprint: str, accessible_name: str, scale: float = 1.6) -> QLabel:
    label = QLabel(fingerprint_lines(fingerprint))
    font = label.font()
    font.setFamily("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    label.setAccessibleDescription(fingerprint)
    return label


def _warning_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
    label.setAccessibleName(text)
    return label


# A name -> the trusted name of the other key it belongs to ("" when free), and which of its chair's
# laptops this key is (the number in the name suggested)
TakenBy = Callable[[str], tuple[str, int]]


def _free(_name: str) -> tuple[str, int]:
    return "", 2


def taken_text(other: str, laptop: int = 2) -> str:
    return (
        QCoreApplication.translate(
            "TrustKeyDialog",
            "Another key is already trusted as %1: give this key a name of its own, e.g. “%1 (laptop %2)”.",
        )
        .replace("%2", str(laptop))
        .replace("%1", other)
    )


def clash_texts(clashes: Sequence[Clash], conference_title: str) -> list[str]:
    """Each clash said once: two keys trusted under one name for one table read alike, and the same
    warning twice in a row looked like a fault of the window."""
    return list(dict.fromkeys(clash_text(c, conference_title) for c in clashes))


def clash_text(clash: Clash, conference_title: str) -> str:
    """The clash in the user's language, as loud as it should be."""
    if clash.code == clashes_mod.SAME_TABLE:
        return (
            QCoreApplication.translate(
                "TrustKeyDialog", "Warning: another key already signs for table %1 as %2."
            )
            .replace("%1", str(clash.table_number))
            .replace("%2", clash.other_name)
        )
    if clash.code == clashes_mod.SAME_NAME:
        return QCoreApplication.translate(
            "TrustKeyDialog",
            "Warning: another key is already trusted as %1. Is this really the same person, on a second"
            " laptop?",
        ).replace("%1", clash.other_name)
    if clash.code == clashes_mod.HELD_SAME_TABLE:
        return (
            QCoreApplication.translate(
                "TrustKeyDialog",
                "Warning: another unknown key (%1, %2) also asks for table %3. Confirm the fingerprints"
                " with the chair before trusting either.",
            )
            .replace("%1", clash.other_key_id)
            .replace("%2", clash.other_name)
            .replace("%3", str(clash.table_number))
        )
    if clash.code == clashes_mod.HELD_SAME_NAME:
        return (
            QCoreApplication.translate(
                "TrustKeyDialog",
                "Warning: another unknown key (%1) also goes by %2. Confirm the fingerprints with the"
                " chair before trusting either.",
            )
            .replace("%1", clash.other_key_id)
            .replace("%2", clash.other_name)
        )
    return QCoreApplication.translate(
        "TrustKeyDialog", "Warning: an unknown key asks to write as the secretariat of %1."
    ).replace("%1", conference_title)


class TrustKeyDialog(QDialog):
    """Trust one key as `role` (CHAIR: the table the bundle asks for; SECRETARIAT: everything)."""

    def __init__(
        self,
        entry: InboxEntry,
        conference_title: str,
        role: str,
        clashes: Sequence[Clash] = (),
        parent: QWidget | None = None,
        *,
        taken_by: TakenBy = _free,
        renews: Sequence[str] = (),
        conference_missing: bool = False,
    ) -> None:
        """`taken_by` is the core's rule for the names this key may have (admission.NameRule); `renews`
        the trusted names of the keys its bundles show it renews; `conference_missing`: this workspace
        does not have the bundle's conference, so trusting the key alone brings nothing in."""
        super().__init__(parent)
        self.entry, self.role, self.taken_by = entry, role, taken_by
        self.setWindowTitle(
            self.tr("Trust a chair's key") if role == CHAIR else self.tr("Trust as the secretariat")
        )
        layout = QVBoxLayout(self)
        if entry.trusted_name:
            said = self.tr(
                "%1 signed this bundle with key %2. Before you trust it, ask the person to read out the "
                "fingerprint their laptop shows, or compare it with their key card:"
            )
        else:  # an unknown key's name is only what its bundle says
            said = self.tr(
                "This bundle is signed with key %2, which claims to be “%1” (not verified). Before you "
                "trust it, ask the person to read out the fingerprint their laptop shows, or compare it "
                "with their key card:"
            )
        intro = QLabel(said.replace("%1", entry.signer).replace("%2", entry.key_id))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(_fingerprint_label(entry.fingerprint, self.tr("Fingerprint")))
        # The name every list and the minutes will print for this key: the secretariat's, not the claim.
        self.name_edit = QLineEdit(entry.signer)
        self.name_edit.setAccessibleName(self.tr("Name to trust the key by"))
        self.name_edit.textChanged.connect(self._update_ok)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Trust it under the &name:"), self.name_edit)
        name_widget = QWidget()
        name_widget.setLayout(name_row)
        name_row.setContentsMargins(0, 0, 0, 0)
        name_widget.setVisible(not entry.trusted_name)  # a known key keeps the name it was given
        layout.addWidget(name_widget)
        self.clashes = list(clashes)
        self.taken_label = QLabel()  # a name another key already has: the lists would mix the two up
        self.taken_label.setWordWrap(True)
        self.taken_label.setVisible(False)
        layout.addWidget(self.taken_label)
        self.warnings = clash_texts(clashes, conference_title)
        for text in self.warnings:
            layout.addWidget(_warning_label(text))
        # Why a chair's name another key has is offered all the same: her renewed laptop takes it over
        self.renewal = QLabel(renewal_text(renews) if renews and not entry.trusted_name else "")
        self.renewal.setWordWrap(True)
        self.renewal.setVisible(bool(self.renewal.text()))
        self.renewal.setAccessibleName(self.renewal.text())
        layout.addWidget(self.renewal)

        if role == CHAIR:
            what = self.tr(
                "It will be trusted as the chair of table %1 of %2, and may write only that table."
            )
            if entry.reason == "returning-chair":
                what = self.tr(
                    "This key is trusted as a chair in another conference. Trust %3 as the chair of table %1"
                    " in %2 as well?"
                )
            what = (
                what.replace("%1", str(entry.tables[0]))
                .replace("%2", conference_title)
                .replace("%3", entry.signer)
            )
        else:
            what = self.tr(
                "It will be trusted as the secretariat: it may change every conference, question, table"
                " and note in this workspace. Do this only for a key of your own secretariat, such as a"
                " colleague's laptop."
            )
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.missing = None
        if conference_missing and role == CHAIR:
            from ui.bundle_messages import conference_missing as missing_text

            self.missing = _warning_label(missing_text())
            layout.addWidget(self.missing)

        self.compared = QCheckBox(self.tr("I have &compared the fingerprint: every group is the same"))
        layout.addWidget(self.compared)
        self.checked_warning = QCheckBox(self.tr("I have &checked the warning above with the person"))
        self.checked_warning.setVisible(bool(self.warnings))
        layout.addWidget(self.checked_warning)
        self.our_secretariat = QCheckBox(self.tr("This key &belongs to our own secretariat"))
        self.our_secretariat.setVisible(role == SECRETARIAT)
        layout.addWidget(self.our_secretariat)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("&Trust as chair") if role == CHAIR else self.tr("&Trust as the secretariat")
        )
        for box in (self.compared, self.checked_warning, self.our_secretariat):
            box.toggled.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.setMinimumWidth(520)

    def _update_ok(self) -> None:
        needed = [self.compared]
        if self.warnings:
            needed.append(self.checked_warning)
        if self.role == SECRETARIAT:
            needed.append(self.our_secretariat)
        other, laptop = self.taken_by(self.name()) if not self.entry.trusted_name else _free("")
        self.taken_label.setText(taken_text(other, laptop) if other else "")
        self.taken_label.setVisible(bool(other))
        named = bool(self.name()) and not other
        self.ok_button.setEnabled(named and all(box.isChecked() for box in needed))

    def name(self) -> str:
        """The name to trust the key by (what the secretary typed; the claim unless changed)."""
        return " ".join(self.name_edit.text().split())

    def grant(self) -> trust.Grant:
        if self.role == CHAIR:
            return trust.Grant(CHAIR, self.entry.conference_id, self.entry.tables[0])
        return trust.Grant(SECRETARIAT)


def renewal_text(names: Sequence[str]) -> str:
    return QCoreApplication.translate(
        "TrustKeyDialog",
        "Its bundles carry the workspace of the key trusted as %1: this is that laptop's renewed key, so it"
        " may keep the name.",
    ).replace("%1", " / ".join(names))


def claimed_name(entry: InboxEntry) -> str:
    """The signer as a list may print it: the name the secretariat trusted the key by, else what the
    bundle claims, said as a claim."""
    if entry.trusted_name:
        return entry.trusted_name
    return QCoreApplication.translate("BulkTrustDialog", "claims to be “%1” (unverified)").replace(
        "%1", entry.signer_name
    )


class BulkTrustDialog(QDialog):
    """Trust several chairs' keys at once: one block each (who, table, fingerprint, warnings) with its own
    "compared" box and, for a key not known here, the name to trust it by (the claim until changed);
    OK only when every fingerprint was ticked and every key has a name."""

    def __init__(
        self,
        entries: Sequence[InboxEntry],
        conference_titles: dict[str, str],
        clashes: dict[str, Sequence[Clash]],
        parent: QWidget | None = None,
        *,
        taken_by: dict[str, TakenBy] | None = None,
    ) -> None:
        """`taken_by`: key id -> the core's rule for the names that key may have (admission.NameRule)."""
        super().__init__(parent)
        self.entries = list(entries)
        self.taken_by = taken_by or {}
        self.setWindowTitle(self.tr("Trust several chairs' keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Compare each fingerprint with the chair's key card or have it read out, and tick it. Each"
                " key is trusted only as the chair of the table its bundle asks for, under the name you"
                " give it: lists and minutes print that name, not the one the bundle claims."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        titles = {
            e.conference_id: conference_titles.get(e.conference_id, e.conference_id[:8]) for e in entries
        }
        one_conference = len(titles) == 1
        if one_conference:  # said once, not on every line
            [title] = titles.values()
            layout.addWidget(QLabel(self.tr("All for %1.").replace("%1", title)))
        grid_page = QWidget()
        grid = QGridLayout(grid_page)
        self.boxes: list[QCheckBox] = []
        self.name_edits: dict[str, QLineEdit] = {}  # key id -> the name to trust it by
        self.taken_labels: dict[str, QLabel] = {}  # key id -> says when its name is another key's
        self.clashes = clashes
        row = 0
        for n, entry in enumerate(self.entries):
            if n:  # a rule between two keys: each block is read as one
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(rule, row, 0, 1, 3)
                row += 1
            title, table = titles[entry.conference_id], str(entry.tables[0])
            said = self.tr("Table %2: %1") if one_conference else self.tr("Table %2 of %3: %1")
            who = QLabel(said.replace("%1", claimed_name(entry)).replace("%2", table).replace("%3", title))
            who.setWordWrap(True)
            grid.addWidget(who, row, 0)
            fingerprint = self.tr("Fingerprint of table %1").replace("%1", table)
            grid.addWidget(_fingerprint_label(entry.fingerprint, fingerprint, 1.1), row, 1)
            box = QCheckBox(self.tr("Compared"))
            box.setAccessibleName(self.tr("Fingerprint of %1 compared").replace("%1", claimed_name(entry)))
            box.toggled.connect(self._update_ok)
            grid.addWidget(box, row, 2, alignment=Qt.AlignmentFlag.AlignLeft)
            self.boxes.append(box)
            row += 1
            if not entry.trusted_name:  # a known key keeps the name it was given
                edit = QLineEdit(entry.signer_name)
                edit.setAccessibleName(self.tr("Name to trust the key of table %1 by").replace("%1", table))
                edit.textChanged.connect(self._update_ok)
                named = QHBoxLayout()
                named.setSpacing(label_gap := 2 * self.fontMetrics().averageCharWidth())
                named.setContentsMargins(label_gap, 0, 0, 0)  # under the name it belongs to
                label = QLabel(self.tr("Trust it under the name:"))  # one "&n" would not do for many
                label.setBuddy(edit)
                named.addWidget(label)
                named.addWidget(edit, 1)
                grid.addLayout(named, row, 0, 1, 3)
                self.name_edits[entry.key_id] = edit
                row += 1
                taken = QLabel()
                taken.setWordWrap(True)
                taken.setVisible(False)
                grid.addWidget(taken, row, 0, 1, 3)
                self.taken_labels[entry.key_id] = taken
                row += 1
            warnings = clash_texts(clashes.get(entry.key_id, ()), title)
            if warnings:
                grid.addWidget(_warning_label("\n".join(warnings)), row, 0, 1, 3)
                row += 1
        grid.setRowStretch(row, 1)  # the lines at the top, however few
        grid.setVerticalSpacing(grid.verticalSpacing() + 2)
        grid.setColumnStretch(0, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_page)
        layout.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Trust %Ln key(s)", "", len(self.entries)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        fit_to_screen(self, 820, 560)  # room for four keys before scrolling, within a laptop at 150 %

    def names(self) -> dict[str, str]:
        """Key id -> the name to trust it by, for each key not known here (what the secretary typed)."""
        return {key: " ".join(edit.text().split()) for key, edit in self.name_edits.items()}

    def _update_ok(self) -> None:
        ticked = all(box.isChecked() for box in self.boxes)
        names = self.names()
        for key, label in self.taken_labels.items():
            other, laptop = self.taken_by.get(key, _free)(names[key])
            label.setText(taken_text(other, laptop) if other else "")
            label.setVisible(bool(other))
        apart = not any(label.text() for label in self.taken_labels.values())
        self.ok_button.setEnabled(ticked and all(names.values()) and apart)

"""The secretariat's window's follow-up bundles (Arkiv › Exportera uppföljning…): first who receives
it, then where it goes; signed off the UI thread, asking for the key's passphrase when it has one.

For the chairs (the default choice): one bundle a table, with its own notes and what of the decisions
on its proposals holds no other table's words and nothing the review has not let through; no note left
out of what is published and none of the review's records (app/proposals/exchange.py, to_chairs.py).
With a sync target they are signed into the outbox, which sync sends to the chairs' laptops (one that can
take in follow-ups takes its own table's, a spare one once it has written a note at that table; an older
one refuses them, and the dialog and the done message quote what it says then); without one, into a folder
she chooses. For a colleague secretariat: the whole record, the review's decisions included, to a file
only, marked "secretariat-only" (a chair's laptop refuses it; the colleague needs a Rundabord that knows
the mark).

A mixin of `SecretariatWindow` beside `ConferenceFiles` (whose `_ask_passphrase` and
`_explain_key_needed` it uses).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox
from ui.operations import Operation
from ui.secretariat.plural import plural

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.secretariat.context import SecretariatContext
    from ui.secretariat.prepare_view import PrepareView

CHAIRS = "chairs"  # app.proposals.exchange.CHAIRS, not imported at the window's start
SECRETARIAT = "secretariat"


class RecipientDialog(QDialog):
    """Who receives the follow-up; the chairs unless she chooses otherwise.

    Signals:
        chosen(str)  OK pressed: CHAIRS or SECRETARIAT
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export follow-up"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Who receives the follow-up?"))
        layout.addWidget(intro)
        self.chairs_button = QRadioButton(self.tr("The &chairs: one bundle per table"))
        self.chairs_button.setChecked(True)
        chairs_text = QLabel(
            self.tr(
                "Each table's laptop gets its own table's notes, as corrected here. A decision on one of its"
                " proposals goes only when it names no person and holds no other table's words and nothing"
                " the personal-data review has not let through; decisions on proposals merged with other"
                " tables' are not sent. No note left out of what is published, and none of the review's"
                " decisions. The chairs' laptops need a version of Rundabord that can take in follow-ups."
            )
            + " "
            + self.tr(
                "A chair's laptop whose Rundabord cannot take in follow-ups says the contents list has wrong"
                " or missing fields: requires; that chair then needs to update Rundabord."
            )
        )
        self.colleague_button = QRadioButton(self.tr("A colleague &secretariat: the whole record"))
        colleague_text = QLabel(
            self.tr(
                "Every note, and the personal-data review's decisions with the names and numbers it found,"
                " so that the colleague publishes the same. Saved as a file: give it to that secretariat"
                " only. The colleague needs a version of Rundabord that can take in a colleague's whole"
                " record; a chair's laptop refuses it."
            )
            + " "
            + self.tr(
                "A Rundabord that cannot take in a colleague's whole record says the contents list has wrong"
                " or missing fields: requires; the colleague then needs to update Rundabord."
            )
        )
        for button, text in ((self.chairs_button, chairs_text), (self.colleague_button, colleague_text)):
            text.setWordWrap(True)
            text.setIndent(24)
            text.setBuddy(button)
            layout.addWidget(button)
            layout.addWidget(text)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(standard.Ok)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        self.chosen.emit(SECRETARIAT if self.colleague_button.isChecked() else CHAIRS)
        super().accept()


def _requires(path) -> list:
    from app.sync.outbox import read_routing

    return read_routing(path).get("requires") or []


class FollowupFiles:
    workspace: Workspace
    context: SecretariatContext
    prepare_view: PrepareView

    def _on_export_followup(self) -> RecipientDialog | None:
        if self.context.conference() is None:
            return None
        if self.prepare_view.key_panel.identity() is None:
            self._explain_key_needed()
            return None
        dialog = RecipientDialog(self)
        dialog.chosen.connect(self._on_recipient_chosen)
        dialog.open()
        return dialog

    def _on_recipient_chosen(self, recipient: str) -> None:
        from app.proposals.exchange import secretariat_file_name
        from app.sync.settings import configured_target

        c = self.context.conference()
        if c is None:
            return
        if recipient == SECRETARIAT:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Follow-up for a colleague secretariat"),
                str(Path.home() / secretariat_file_name(c)),
                self.tr("Rundabord bundles (*.rbz)"),
            )
            if path:
                self.export_followup(SECRETARIAT, Path(path))
            return
        if configured_target(self.workspace.store) is not None:
            self.export_followup(CHAIRS, None)
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the chairs' follow-ups"), str(Path.home())
        )
        if folder:
            self.export_followup(CHAIRS, Path(folder))

    def export_followup(
        self, recipient: str, where: Path | None, passphrase: str | None = None
    ) -> Operation | None:
        """Sign the follow-up for `recipient` off the UI thread: the chairs' into the folder `where` (None:
        the outbox), the colleague's into the file `where`; a dialog tells where it went."""
        conference_id = self.context.conference_id
        if not conference_id:
            return None
        signing = self.tr("Signing the follow-up…")  # words are chosen here, on the UI thread

        def work(workspace, progress, cancel):
            from app.proposals.exchange import export_chairs_followups, export_followup

            progress(0, 0, signing)
            if recipient == SECRETARIAT:
                colleague = export_followup(
                    workspace, conference_id, where, passphrase=passphrase, recipient=recipient
                )
                return [colleague]
            return export_chairs_followups(workspace, conference_id, where, passphrase=passphrase)

        def done(results) -> None:
            if recipient == SECRETARIAT:
                text = self.tr(
                    "The follow-up for a colleague secretariat is in %1. It holds the personal-data review's"
                    " decisions: give it to that secretariat only."
                ).replace("%1", str(where))
                if _requires(results[0].path):
                    text += " " + self.tr(
                        "To read it, the colleague needs a version of Rundabord that can take in a"
                        " colleague's whole record."
                    )
                    text += " " + self.tr(
                        "A Rundabord that cannot take in a colleague's whole record says the contents"
                        " list has wrong or missing fields: requires; the colleague then needs to update"
                        " Rundabord."
                    )
            elif where is None:
                text = plural(
                    len(results),
                    self.tr(
                        "The follow-up for the chair waits in the outbox: the next sync puts it on the sync"
                        " target. The chair's laptop takes it if its Rundabord can take in follow-ups"
                        ", once it has written a note at that table or exported it."
                    ),
                    self.tr(
                        "%1 follow-ups for the chairs, one per table, wait in the outbox: the next sync puts"
                        " them on the sync target. A chair's laptop whose Rundabord can take in follow-ups"
                        " takes its own table's (a spare laptop once it has written"
                        " a note at its table); an older one refuses them."
                    ),
                )
            else:
                text = plural(
                    len(results),
                    self.tr(
                        "The follow-up for the chair is in %2. The chair's Rundabord must be able to take in"
                        " follow-ups."
                    ),
                    self.tr(
                        "%1 follow-ups for the chairs, one per table, are in %2. Give each chair the one"
                        " named with that chair's table number; a laptop refuses another table's. The chairs'"
                        " Rundabord must be able to take in follow-ups."
                    ),
                ).replace("%2", str(where))
            if recipient != SECRETARIAT:
                text += " " + self.tr(
                    "A chair's laptop whose Rundabord cannot take in follow-ups says the contents list has"
                    " wrong or missing fields: requires; that chair then needs to update Rundabord."
                )
                text += self._held_text(results)
            msgbox.information(self, self.tr("Follow-up exported"), text)

        def failed(exc: BaseException) -> None:
            from app.bundles import PassphraseNeeded
            from app.bundles.identity import NoIdentity
            from ui.operations import show_failure

            if isinstance(exc, PassphraseNeeded):
                self._ask_passphrase(
                    lambda secret: self.export_followup(recipient, where, secret), passphrase is not None
                )
            elif isinstance(exc, NoIdentity):
                self._explain_key_needed()
            else:
                show_failure(self, self.tr("Exporting the follow-up"), exc)

        return Operation(
            self,
            work,
            title=self.tr("Exporting the follow-up"),
            on_success=done,
            on_failure=failed,
            workspace_dir=self.workspace.dir,
        ).run()

    def _held_text(self, results: list) -> str:
        """What the chairs' follow-ups left at the secretariat and why (exchange.held_back), or ""."""
        from app.proposals.exchange import held_back
        from app.proposals.to_chairs import CONTACT, DECIDED_BY, FINDING, OWNER

        count, reasons = held_back(results)
        if not count:
            return ""
        names = {DECIDED_BY: self.tr("decided by"), OWNER: self.tr("owner"), CONTACT: self.tr("contact")}
        people = ", ".join(names[r] for r in reasons if r in names)
        why = []
        if people:
            why.append(plural(count, self.tr("it names a person (%2)"), self.tr("they name a person (%2)")))
        if FINDING in reasons:
            why.append(
                plural(
                    count,
                    self.tr("the personal-data review has not let everything in its texts through"),
                    self.tr("the personal-data review has not let everything in their texts through"),
                )
            )
        held = plural(
            count,
            self.tr("One decision stayed at the secretariat: %3. See Personal data before publishing."),
            self.tr("%1 decisions stayed at the secretariat: %3. See Personal data before publishing."),
        )
        return "\n\n" + held.replace("%3", "; ".join(why)).replace("%2", people)

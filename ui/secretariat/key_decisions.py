"""The Collect tab's decisions on a waiting key: trust it (as a chair, several chairs at once, or the
secretariat), import what quarantine holds of it, or reject it. `CollectView` finds what is selected
and asks here; these commands change the trust list and then have the inbox scanned again.

The words keep CollectView's translation context (they were its own before this module was split off).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from app.bundles import admission, clashes, held_decisions, held_rev, trust
from app.edits import ChangedMeanwhile
from app.errors import NotFound, UserError
from ui import msgbox
from ui.bundle_messages import error_box, explain_check, say_why
from ui.operations import Operation, show_failure
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.context import SecretariatContext
from ui.secretariat.inbox import InboxEntry
from ui.secretariat.inbox_columns import InboxColumns
from ui.secretariat.trust_dialog import BulkTrustDialog, TakenBy, TrustKeyDialog

# lupdate reads only literal calls of this form: each text names the context it keeps.
translate = QCoreApplication.translate


def _taken_by(rule: admission.NameRule) -> TakenBy:
    """The rule as the trust dialogs ask it: a name -> the name of the other key it belongs to ("" when
    free), and which of its chair's laptops this key is (for the name suggested instead)."""

    def taken_by(name: str) -> tuple[str, int]:
        holder = rule.taken_by(name)
        return (holder.name, rule.laptop_number(name)) if holder is not None else ("", 2)

    return taken_by


class KeyDecisions(QObject):
    def __init__(
        self,
        context: SecretariatContext,
        widget: QWidget,
        words: InboxColumns,
        rescan: Callable[[], object],
    ) -> None:
        super().__init__(widget)
        self.context = context
        self.widget = widget  # where dialogs and error boxes appear
        self.words = words
        self.rescan = rescan

    def ask_trust(self, entry: InboxEntry, role: str, key_bundles: list[InboxEntry]) -> None:
        """The trust dialog for the key of `entry`, with what clashes with the trust list already."""
        found = clashes.clashes(self.context.store, key_bundles)
        rule = self._name_rule(entry.key_id, key_bundles)
        dialog = TrustKeyDialog(
            entry,
            self.words.conference(entry),
            role,
            found,
            self.widget,
            taken_by=_taken_by(rule),
            renews=rule.renews(),
            conference_missing=entry.kind == "table-export" and not self.words.knows(entry.conference_id),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.trust(entry, dialog.grant(), dialog.name()))
        dialog.open()

    def ask_trust_many(self, keys: list[InboxEntry], key_bundles: dict[str, list[InboxEntry]]) -> None:
        titles = {e.conference_id: self.words.conference(e) for e in keys}
        found = {e.key_id: clashes.clashes(self.context.store, key_bundles[e.key_id]) for e in keys}
        rules = {e.key_id: self._name_rule(e.key_id, key_bundles[e.key_id]) for e in keys}
        taken_by = {key: _taken_by(rule) for key, rule in rules.items()}
        dialog = BulkTrustDialog(keys, titles, found, self.widget, taken_by=taken_by)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.trust_many(keys, dialog.names()))
        dialog.open()

    def _name_rule(self, key_id: str, key_bundles: list[InboxEntry]) -> admission.NameRule:
        """The core's rule for the names a waiting key may be trusted by, its bundles read for whose
        key it renews: the same rule `quarantine accept` follows."""
        return admission.NameRule.for_bundles(self.context.store, key_id, [e.path for e in key_bundles])

    def trust_many(self, entries: list[InboxEntry], names: dict[str, str] | None = None) -> None:
        """Trust each chair for the table its bundle asks for, under the name the secretary gave it
        (`names`, by key id); held bundles are imported in one go."""
        names = names or {}
        held = [e for e in entries if e.state == inbox_mod.HELD]
        for entry in entries:
            if entry.state == inbox_mod.HELD:
                continue
            grant = trust.Grant(trust.CHAIR, entry.conference_id, entry.tables[0])
            if not self._add_trust(entry, grant, names.get(entry.key_id, "")):
                return
        if held:
            grants = [(e.key_id, trust.Grant(trust.CHAIR, e.conference_id, e.tables[0])) for e in held]
            self.release_many(
                grants,
                {e.key_id: names[e.key_id] for e in held if names.get(e.key_id)},
                revs={e.key_id: e.held_rev for e in held if e.held_rev},
            )
        else:
            self.rescan()

    def trust(self, entry: InboxEntry, grant, name: str = "") -> None:
        """Put the key on the trust list under `name` (else the name it has or claims); bundles held in
        quarantine are imported at once."""
        if entry.state == inbox_mod.HELD:
            self.release(entry, grant, name)
            return
        if self._add_trust(entry, grant, name):
            self.rescan()

    def _add_trust(self, entry: InboxEntry, grant, name: str = "") -> bool:
        store = self.context.store
        try:
            public_key = self._public_key(entry)
            name = admission.name_to_trust(store, public_key, [entry.path], name, entry.signer)
            trust.add(
                store,
                public_key,
                name,
                grant.role,
                grant.conference_id,
                grant.table_number,
                source="inbox",
            )
        except UserError as exc:
            error_box(self.widget, translate("CollectView", "Cannot trust the key"), exc)
            return False
        return True

    def _public_key(self, entry: InboxEntry) -> bytes:
        from app.bundles.reader import read_bundle_file

        bundle, _data = read_bundle_file(entry.path)
        return bundle.public_key

    def release(self, entry: InboxEntry, grant, name: str = "") -> Operation:
        """Trust the key (as `grant`, else the role its bundles ask for) and import its held bundles."""
        revs = {entry.key_id: entry.held_rev} if entry.held_rev else {}
        return self.release_many([(entry.key_id, grant)], {entry.key_id: name} if name else None, revs)

    def release_many(
        self,
        grants: list[tuple[str, object]],
        names: dict[str, str] | None = None,
        revs: dict[str, str] | None = None,
    ) -> Operation:
        """Trust each key as its grant and import every bundle of it held in quarantine, off the UI thread;
        `revs`: each key as the list showed it (InboxEntry.held_rev), so that a key a colleague decided
        meanwhile is refused with nothing written, and the secretary told."""
        # words are chosen here, on the UI thread
        importing = translate("CollectView", "Importing from quarantine…")
        title = translate("CollectView", "Importing from quarantine")

        def work(workspace, progress, cancel):
            return held_decisions.accept_as_seen(
                workspace, grants, revs or {}, names, lambda done, total: progress(done, total, importing)
            )

        def done(receipts) -> None:
            refused = [r for r in receipts if not r.ok]
            if refused:
                msgbox.warning(
                    self.widget,
                    translate("CollectView", "Some bundles were refused"),
                    "\n".join(
                        f"{Path(r.path).name}: {explain_check(r.check, r.reason or '')}" for r in refused
                    ),
                    details="\n".join(
                        f"{Path(r.path).name}: {say_why(r.why, r.reason or '')}" for r in refused
                    ),
                )
            self.rescan()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ChangedMeanwhile):
                self.decided_meanwhile(exc)
            else:
                show_failure(self.widget, title, exc)

        return Operation(
            self.widget,
            work,
            title=title,
            on_success=done,
            on_failure=failed,
            workspace_dir=self.context.workspace.dir,
            changes={"notes", "bundles"},
        ).run()

    def ask_rename(self, entry: InboxEntry) -> None:
        """Another name for the selected bundle's trusted key, shown from now on wherever it signs."""
        from app.bundles import naming
        from ui.secretariat.rename_key_dialog import RenameKeyDialog

        store = self.context.store

        def taken_by(name: str) -> str:
            other = naming.name_holder(store, name, entry.key_id)
            return other.name if other is not None else ""

        dialog = RenameKeyDialog(entry.trusted_name, entry.key_id, taken_by, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.rename(entry, dialog.name()))
        dialog.open()

    def rename(self, entry: InboxEntry, name: str) -> None:
        from app.bundles import naming

        try:
            naming.rename(self.context.store, entry.key_id, name)
        except (UserError, NotFound) as exc:
            error_box(self.widget, translate("CollectView", "Cannot rename the key"), exc)
            return
        self.context.changed()
        self.rescan()

    def ask_reject(self, entry: InboxEntry) -> None:
        said = translate(
            "CollectView",
            "Bundles signed by %1 (key %2) will be refused from now on, and copies held in quarantine "
            "are deleted. The files in your folders stay where they are.",
        )
        if not entry.trusted_name:  # an unknown key's name is only its claim
            said = translate(
                "CollectView",
                "Bundles signed by the key %2, which claims to be “%1” (unverified), will be refused from now"
                " on, and copies held in quarantine are deleted. The files in your folders stay where they"
                " are.",
            )
        msgbox.question(
            self.widget,
            translate("CollectView", "Reject the key?"),
            said.replace("%1", entry.trusted_name or entry.signer_name).replace("%2", entry.key_id),
            on_answer=lambda yes: yes and self.reject(entry),
        )

    def reject(self, entry: InboxEntry) -> None:
        try:
            if entry.state == inbox_mod.HELD:
                held_decisions.reject_as_seen(self.context.workspace, entry.key_id, entry.held_rev)
            else:
                trust.reject(self.context.store, self._public_key(entry), entry.signer_name)
        except ChangedMeanwhile as exc:
            self.decided_meanwhile(exc)
            return
        except (UserError, NotFound) as exc:
            error_box(self.widget, translate("CollectView", "Cannot reject the key"), exc)
            return
        self.rescan()

    def decided_meanwhile(self, exc: ChangedMeanwhile) -> None:
        """Tell the secretary what a colleague decided about the key (or that another of its bundles
        came) since the list was read, that nothing was written here, and show the list as it is now."""
        became = held_rev.what_became(self.context.store, exc.changes[0].seen.key)[0]
        if became in ("accepted", "trusted"):
            said = translate(
                "CollectView",
                "A colleague accepted this key meanwhile, after the list was read: its bundles are imported"
                " once, by the colleague. Nothing was written here; the list now shows it as it is.",
            )
        elif became == "rejected":
            said = translate(
                "CollectView",
                "A colleague rejected this key meanwhile, after the list was read. Nothing was written here;"
                " the list now shows it as it is.",
            )
        else:
            said = translate(
                "CollectView",
                "Another bundle of this key arrived after the list was read. Nothing was written: look at"
                " the list as it is now and decide again.",
            )
        msgbox.information(self.widget, translate("CollectView", "Decided meanwhile"), said)
        self.rescan()

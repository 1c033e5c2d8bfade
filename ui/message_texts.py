"""The core's message codes (app/messages.py) as templates in the user's language: one table.

Each template names the message's parameters as `{name}`, filled by app.messages.fill (a parameter
holding a message is said in the same language). The English here is the window's own wording, close
to the CLI's; translations keep every `{name}` (tests/ui/test_bundle_messages.py checks). `{span}` is
derived: "3" or "3-5" from the parameters `first` and `last`.

Adding a code: one line below, then `make ts` and its Swedish in resources/translations/common_sv.ts.
The codes of a bundle's file, its photos and its references stand in ui/message_texts_files.py; those
of which Rundabord reads a bundle in ui/message_texts_formats.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.message_texts_files import file_templates
from ui.message_texts_formats import format_templates

# lupdate reads only literal calls of this form, so every text below spells out its context.
translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    """code -> its template in the user's language; built on each call, since the language can change
    while the application runs."""
    return {
        # the importer's remarks on a bundle it took
        "sequence-repeated": translate(
            "BundleMessages", "another bundle with number {number} from this signer was imported before"
        ),
        "sequence-superseded": translate(
            "BundleMessages",
            "older than bundle {newer} from the same signer, imported before; this one ({number}) changed"
            " nothing newer",
        ),
        "sequence-gap": translate("BundleMessages", "bundle(s) {span} from this signer have not arrived yet"),
        "sequence-fork": translate(
            "BundleMessages",
            "does not follow on from the signer's bundle {previous} imported here (two laptops?)",
        ),
        "origin-taken-over": translate(
            "BundleMessages",
            "{signer}'s new key takes over the changes the laptop made with its earlier key ({key}):"
            " they count as its own",
        ),
        "copied-profile-seen": translate(
            "BundleMessages",
            "{signer}'s key ({key}) now signs two histories: the laptop's profile was copied to another"
            " computer (or put back from a backup), and changes that differ show as conflicts. The next"
            " conference pack you export tells the laptops that sign with this key: hand it to the chair."
            " Each laptop needs its own identity",
        ),
        "copied-profile-told": translate(
            "BundleMessages",
            "{signer} has seen two computers sign with this laptop's key ({key}): this laptop's profile"
            " was copied to another computer. Each laptop needs its own identity: export your tables,"
            " then give this laptop its own identity and send the new key card to the secretariat",
        ),
        "sequence-copied": translate(
            "BundleMessages",
            "numbered {number}, below bundle {newer} that the same signer made before it: the laptop's"
            " profile was copied to another computer (or put back from a backup). Its changes are"
            " weighed as another laptop's, so differing changes show as conflicts. Each laptop needs its"
            " own identity: ask the chair to give the laptop its own identity and send the new key card",
        ),
        "clock-ahead": translate(
            "BundleMessages", "dated more than a day ahead: the signer's clock may be wrong"
        ),
        "secretariat-team-named": translate(
            "BundleMessages",
            "{signer}'s pack names {names} as this conference's secretariat too: their packs and"
            " follow-ups are taken as the secretariat's",
        ),
        "key-pinned": translate(
            "BundleMessages",
            "{signer}'s key is now this conference's secretariat key; compare its fingerprint with the"
            " secretariat's: {fingerprint}",
        ),
        "conflicts-opened": translate("BundleMessages", "conflicts to review: {count}"),
        # what a key is trusted for (the table comes from the grant: a key trusted for table 5 signing
        # table 7 says 5; the window puts the conference's title and date in place of its id)
        "grant-chair": translate("BundleMessages", "chair of table {table} in {conference}"),
        "grant-secretariat-pinned": translate(
            "BundleMessages", "secretariat of {conference} (from its pack)"
        ),
        "grant-secretariat": translate("BundleMessages", "secretariat"),
        "key-revoked": translate("BundleMessages", "revoked key"),
        "key-unknown": translate("BundleMessages", "not trusted"),
        # what became of a bundle that was not merged
        "quarantined": translate(
            "BundleMessages", "unknown key: held in quarantine until it is trusted or rejected in Collect"
        ),
        "quarantined-returning-chair": translate(
            "BundleMessages",
            "Trust {signer} as chair of table {table} in {conference}? The key is trusted at another"
            " conference; the bundle waits in quarantine until you trust it in Collect",
        ),
        "merged-after-hold": translate(
            "BundleMessages", "held in quarantine until the key was trusted, then merged"
        ),
        "dropped-after-hold": translate(
            "BundleMessages", "held in quarantine, then deleted: the key was rejected"
        ),
        "already-imported": translate("BundleMessages", "already imported on {when}"),
        "table-export-not-pack": translate("BundleMessages", "{file} holds the notes of one table"),
        "fetched-refused": translate("BundleMessages", "{file} was not taken: {why}"),
        "outbox-unreadable": translate("BundleMessages", "{file} in the outbox is not a readable bundle"),
        "outbox-unroutable": translate(
            "BundleMessages", "{file} in the outbox does not say which conference and table it is for"
        ),
        "outbox-gone": translate("BundleMessages", "{file} left the outbox before it was sent"),
        "not-a-bundle-size": translate("BundleMessages", "too large to be a bundle"),
        # exactly why a bundle was refused
        "unexpected": translate("BundleMessages", "could not be checked ({error}); the fault is in the log"),
        "clock-future": translate(
            "BundleMessages",
            "its clock stamps lie {days} days in the future (more than {tolerance} are not taken): the"
            " signer's computer clock is wrong, or the bundle is forged; set the date right there and"
            " export again",
        ),
        "sequence-rollback": translate(
            "BundleMessages",
            "its number {number} is below bundle {newer} from the same signer, imported before and made"
            " earlier: the signer's numbering was turned back",
        ),
        "sequence-replayed": translate(
            "BundleMessages",
            "its number {number} is below bundle {newer} from the same signer, imported before and made"
            " earlier, and everything in it has already come here with that signer's bundles: an older"
            " state signed again. Nothing in it is lost by leaving it out",
        ),
        "signed-by-revoked": translate(
            "BundleMessages", "signed by the key {key}, which was revoked or rejected here"
        ),
        "pack-other-key": translate(
            "BundleMessages",
            "this conference was opened from a pack signed by {signer} (key {pinned}); this pack is signed"
            " by another key ({key})",
        ),
        "quarantine-key-full": translate(
            "BundleMessages",
            "{count} bundles from the unknown key {key} already wait in quarantine; trust or reject the key"
            " first",
        ),
        "quarantine-full": translate(
            "BundleMessages",
            "the quarantine is full ({mib} MiB held); trust or reject the waiting keys first",
        ),
        "export-read-back": translate(
            "BundleMessages", "the bundle just written does not read back as signed"
        ),
        # the signature and the table of contents (the manifest)
        "signature-not-base64": translate("BundleMessages", "the signature is not readable"),
        "signature-length": translate("BundleMessages", "the signature has the wrong length"),
        "signature-mismatch": translate(
            "BundleMessages",
            "the signature does not match the signed contents list (altered, or another key)",
        ),
        "weak-key": translate("BundleMessages", "signed with a weak or malformed key"),
        "key-length": translate("BundleMessages", "a key of the wrong length"),
        "key-weak": translate("BundleMessages", "a weak key"),
        "key-id-mismatch": translate("BundleMessages", "the key's short id does not belong to the key"),
        "manifest-not-utf8": translate("BundleMessages", "the contents list is not readable text"),
        "manifest-text": translate("BundleMessages", "the contents list: {problem}"),
        "manifest-not-json": translate("BundleMessages", "the contents list cannot be read: {problem}"),
        "manifest-other-format": translate("BundleMessages", "not a Rundabord bundle (another kind of file)"),
        "format-newer": translate("BundleMessages", "made by a newer Rundabord (bundle format {version})"),
        "format-newer-unchecked": translate(
            "BundleMessages",
            "says it was made by a newer Rundabord (bundle format {version}), unconfirmed: its signature "
            "cannot be checked here",
        ),
        "format-unknown": translate(
            "BundleMessages",
            "a bundle format no Rundabord writes ({version}): altered or made by another program",
        ),
        "manifest-fields": translate(
            "BundleMessages",
            "the contents list has fields this Rundabord does not know ({fields}): if a newer Rundabord made"
            " it, update Rundabord, or ask the table's chair to export it again in the oldest format"
            " (in her window: Conference › Sign and export in the oldest format…;"
            " or rundabord export --oldest-format)",
        ),
        "manifest-malformed": translate("BundleMessages", "the contents list's field {part} is malformed"),
        "requires-unknown": translate(
            "BundleMessages",
            "made by a newer Rundabord: it asks to be handled in a way this version does not know; update"
            " Rundabord to read it",
        ),
        "encoding-unknown": translate(
            "BundleMessages",
            "made by a newer Rundabord (unknown way of writing notes); the table's chair can also export it"
            " again in the oldest format (in her window: Conference › Sign and export in the oldest format…;"
            " or rundabord export --oldest-format)",
        ),
        "claims-empty-table": translate(
            "BundleMessages", "the bundle says it covers table {table} but holds nothing of it"
        ),
        "claims-outside": translate(
            "BundleMessages", "the bundle holds a record of table {table}, which it does not say it covers"
        ),
        "counts-mismatch": translate(
            "BundleMessages", "the bundle does not hold the number of records its contents list states"
        ),
        # the records, line by line
        "records-no-line-break": translate("BundleMessages", "the notes part ends in the middle of a line"),
        "line-too-long": translate("BundleMessages", "line {line} of the notes is longer than {most} bytes"),
        "line-not-utf8": translate("BundleMessages", "line {line} of the notes is not readable text"),
        "line": translate("BundleMessages", "line {line} of the notes: {problem}"),
        "json-duplicate-key": translate("BundleMessages", "the name {key} occurs twice"),
        "json-not-number": translate("BundleMessages", "{name} is not a number"),
        "json-fraction": translate(
            "BundleMessages", "a decimal number ({number}), which a bundle never holds"
        ),
        "json-integer-too-large": translate("BundleMessages", "a number that is too large"),
        "json-too-deep": translate("BundleMessages", "nested too deeply"),
        "json-malformed": translate("BundleMessages", "not valid JSON (at character {position})"),
        "json-lone-surrogate": translate("BundleMessages", "a text holds a character that does not exist"),
        "record-not-object": translate("BundleMessages", "not a record"),
        "record-fields-missing": translate("BundleMessages", "missing fields: {fields}"),
        "record-id": translate("BundleMessages", "a malformed id"),
        "record-origin": translate("BundleMessages", "a malformed computer id"),
        "record-stamp": translate("BundleMessages", "a malformed time stamp"),
        "record-deleted": translate("BundleMessages", "a malformed deleted mark"),
        "record-stamps": translate("BundleMessages", "malformed time stamps of its fields"),
        "record-seen": translate("BundleMessages", "malformed claims of what its writer had seen"),
        "record-seen-format": translate(
            "BundleMessages", "claims what its writer had seen, which only a bundle of format 3 may"
        ),
        "record-twice": translate("BundleMessages", "the record {id} occurs twice"),
        "field-not-number": translate("BundleMessages", "the field {field} is not a whole number"),
        "field-not-text": translate("BundleMessages", "the field {field} is not text"),
        "field-not-list": translate("BundleMessages", "the field {field} is not a list"),
        "field-too-long": translate("BundleMessages", "the field {field} is longer than {most} characters"),
        "field-domain": translate(
            "BundleMessages", "the field {field} of a {type} record holds {value}, which is not allowed"
        ),
        "compact-shape": translate("BundleMessages", "not a record in the compact form"),
        "compact-base": translate("BundleMessages", "a malformed time stamp"),
        "compact-values": translate("BundleMessages", "a {type} record needs {count} values"),
        "compact-groups": translate("BundleMessages", "malformed time stamps of its fields"),
        "compact-group": translate("BundleMessages", "a malformed time stamp of a field"),
        "compact-mask": translate("BundleMessages", "time stamps that name their fields wrongly"),
        "compact-pair-twice": translate("BundleMessages", "the same time stamp twice"),
        # the signer's role ({trusted}: what the key is trusted for here)
        "role-pack": translate(
            "BundleMessages", "only the secretariat may send a conference pack; the sender is {trusted}"
        ),
        "role-table": translate(
            "BundleMessages", "the bundle is for table {table}, but the sender is {trusted}"
        ),
        "role-record-table": translate(
            "BundleMessages", "the bundle changes table {table}, but the sender is {trusted}"
        ),
        "role-record-conference": translate(
            "BundleMessages",
            "the bundle changes the conference itself, which only the secretariat may; the"
            " sender is {trusted}",
        ),
        "role-record": translate(
            "BundleMessages",
            "the bundle changes what only the secretariat may change; the sender is {trusted}",
        ),
        "role-retyped": translate(
            "BundleMessages", "the bundle gives a record here another kind ({incoming} instead of {here})"
        ),
        "role-elsewhere-table": translate(
            "BundleMessages",
            "the bundle changes a record that belongs to table {table}; the sender is {trusted}",
        ),
        "role-elsewhere-conference": translate(
            "BundleMessages", "the bundle changes a record of the conference itself; the sender is {trusted}"
        ),
        "role-new-table": translate(
            "BundleMessages",
            "the bundle brings table {table}, which this computer does not have; import the"
            " conference pack first",
        ),
        "role-table-field": translate(
            "BundleMessages", "the bundle changes the table's {field}, which only the secretariat may change"
        ),
        "role-sheet": translate(
            "BundleMessages",
            "the bundle says table {table}'s paper notes were typed in by the secretariat;"
            " a chair may only bring notes a chair typed",
        ),
        "role-sheet-unnamed": translate(
            "BundleMessages",
            "the bundle says nobody named typed in table {table}'s paper notes; a chair may"
            " only bring notes a chair typed",
        ),
        "role-process": translate(
            "BundleMessages",
            "the bundle changes the series of another conference, opened from a pack"
            " signed by another key ({key})",
        ),
        # whose computer the changes come from
        "origin-home": translate(
            "BundleMessages", "the bundle says it was made on a computer that belongs to another key ({key})"
        ),
        "record-seen-relayed": translate(
            "BundleMessages",
            "the bundle says what a change from another computer had seen; only that computer or the"
            " secretariat may say so",
        ),
        "origin-ours": translate("BundleMessages", "the bundle brings changes in the name of this computer"),
        "origin-secretariat": translate(
            "BundleMessages", "the bundle brings changes in the name of the secretariat (key {key})"
        ),
        "origin-not-chair": translate(
            "BundleMessages",
            "the bundle brings changes in the name of a computer at another table than {table} (key {key})",
        ),
        "successor-taken": translate(
            "BundleMessages",
            "the bundle says its laptop used to write as another workspace, but another key ({key})"
            " has already taken over that workspace's changes here",
        ),
        "successor-copied": translate(
            "BundleMessages",
            "two laptops say they are the laptop {name} used before the key changed: the key {key} took"
            " over its changes here on {when}, and this bundle's key ({signer_key}) claims them too. The"
            " laptop's profile was copied before each copy got a key of its own, so the copies' changes"
            " under the old key cannot be told apart, and nothing of this bundle was merged. Ask {name}"
            " which laptop to go on with; what was written only on the other one has to be typed in"
            " again there",
        ),
        "former-unclaimed": translate(
            "BundleMessages",
            "the bundle from {name}'s key {signer_key} brings changes that {name}'s key {key} made and has"
            " not sent here itself. Either it is {name}'s other laptop passing them on: import that"
            " laptop's own export first, then this one again. Or the laptop changed its key with an"
            " older Rundabord that did not note its former workspace: ask {name} to update Rundabord on"
            " that laptop and export again; the export then says so and comes in",
        ),
        "successor-other-name": translate(
            "BundleMessages",
            "the bundle says its laptop used to write with the key {key}, but the signer is trusted here"
            " as {name} and that key as {other}. Only the same chair's new key may take over the"
            " changes made with the old one: if it is the same chair, trust the new key card under the"
            " chair's name",
        ),
        "relay-over-own": translate(
            "BundleMessages",
            "the bundle passes on a change from another laptop (key {key}) that laptop's own"
            " bundles have not brought here; import that laptop's bundles first",
        ),
        "relay-unseen": translate(
            "BundleMessages",
            "the bundle passes on a change from another laptop (key {key}) that does not"
            " fit with what that laptop itself sent",
        ),
        # preparing a conference
        "process-name-empty": translate("BundleMessages", "Give the process a name."),
        "theme-name-empty": translate("BundleMessages", "Give the theme a name."),
        "conference-title-empty": translate("BundleMessages", "Give the conference a title."),
        "question-text-empty": translate("BundleMessages", "Write the question's text."),
        "not-a-date": translate("BundleMessages", "“{value}” is not a date: write it as 2026-03-12."),
        "round-not-minutes": translate("BundleMessages", "A round's length is whole minutes, not “{value}”."),
        "round-too-long": translate("BundleMessages", "A round lasts 1 to {most} minutes, not {minutes}."),
        "process-exists": translate("BundleMessages", "There is already a process named “{name}”."),
        "theme-exists": translate("BundleMessages", "The process already has a theme named “{name}”."),
        "question-has-notes": translate(
            "BundleMessages",
            "Question {position} already has notes ({count}). Move them to another question first.",
        ),
        "table-not-number": translate(
            "BundleMessages", "A table's number is a whole number, not “{number}”."
        ),
        "table-below-one": translate("BundleMessages", "Table numbers start at 1."),
        "table-exists": translate("BundleMessages", "Table {number} already exists (chair: {chair})."),
        "participants-negative": translate(
            "BundleMessages", "The number of participants cannot be negative."
        ),
        "table-number-has-notes": translate(
            "BundleMessages",
            "Table {number} already has notes ({count}), which refer to its number: the number stays.",
        ),
        "table-has-notes": translate(
            "BundleMessages", "Table {number} already has notes ({count}), so it cannot be deleted."
        ),
        # the personal-data review
        "privacy-rewrite-empty": translate("BundleMessages", "Write the words to publish instead."),
        "own-key-rename": translate(
            "BundleMessages",
            "This is this workspace's own key. It goes by the name of your identity, which the key list does"
            " not change.",
        ),
        "own-key-revoke": translate(
            "BundleMessages",
            "This is this workspace's own key, which signs everything sent from here. It cannot be revoked.",
        ),
        "revoke-needs-reason": translate(
            "BundleMessages", "Say why the key is revoked (for example “laptop lost”): the key list keeps it."
        ),
        "trust-name-taken": translate(
            "BundleMessages",
            "Another key ({key}) is already trusted as {name}. Trust this key under a name of its own, such"
            " as “{name} (laptop 2)”.",
        ),
        "privacy-rewrite-personal": translate(
            "BundleMessages",
            "What you wrote instead still holds personal data: “{found}”. Rewrite it without.",
        ),
        # the sync target
        "sync-target-empty": translate(
            "BundleMessages", "Write where to sync: a WebDAV address (https://…) or a folder."
        ),
        "sync-target-malformed": translate(
            "BundleMessages",
            "The address {target} is not a valid web address: check the server name and the port number.",
        ),
        "sync-target-no-server": translate(
            "BundleMessages", "The address {target} names no server: write it as https://server/folder."
        ),
        "sync-target-password-in-url": translate(
            "BundleMessages",
            "Do not write the password in the address: write it in the Password field, and it is kept in"
            " the system's keyring.",
        ),
        "sync-target-unknown": translate(
            "BundleMessages",
            "{target} is neither a WebDAV address (https://…) nor a folder: choose a folder, or write the"
            " address.",
        ),
        "sync-folder-no-account": translate(
            "BundleMessages", "A folder needs no user name or password: leave those fields empty."
        ),
        "sync-folder-missing": translate(
            "BundleMessages",
            "The folder {folder} does not exist. Plug in the USB stick or connect the shared folder first.",
        ),
        "sync-password-needs-user": translate(
            "BundleMessages", "A password needs a user name: write the user name too."
        ),
        "sync-timeout-range": translate(
            "BundleMessages",
            "A wait of {seconds} seconds cannot be used: give more than 0 seconds, at most {longest}.",
        ),
        # notes
        "note-too-long": translate(
            "BundleMessages",
            "A note holds at most {most} characters, and this one has {length}: was a whole document"
            " pasted? Shorten it, or split it into several notes.",
        ),
        # settling a conflict
        "conflict-choice-unknown": translate(
            "BundleMessages", "“{choice}” is no way to settle a conflict: keep one of the two versions."
        ),
        "own-text-not-text": translate(
            "BundleMessages",
            "This is not a text that can be written in words of your own: keep one of the two versions.",
        ),
        "own-text-chosen": translate(
            "BundleMessages",
            "This is chosen from set values, not written in words of your own: keep one of the two versions.",
        ),
        "own-text-empty": translate("BundleMessages", "The edited text is empty: write the text to keep."),
        "own-text-refused": translate(
            "BundleMessages", "The edited text cannot be kept: {problem}. Keep one of the two versions."
        ),
        # proposal edits from the command line (the windows ask instead, side by side)
        "proposal-rev-needed": translate(
            "BundleMessages",
            "Others share this store: give the rev of proposal {id} you read (rundabord proposal show"
            " {id}), or “any” to write over whatever is there now.",
        ),
        "proposal-revs-needed": translate(
            "BundleMessages",
            "Give the rev of each proposal merged, in the order of their ids ({given} given for"
            " {count}), or “any”.",
        ),
        "proposal-rev-shape": translate(
            "BundleMessages",
            "“{rev}” is not a proposal's rev: give it as rundabord proposal show {id} prints it, or “any”.",
        ),
        "proposal-changed-meanwhile": translate(
            "BundleMessages",
            "Proposal {id} was changed after rev {rev} ({changes}). Nothing was written: look at it again"
            " (rundabord proposal show {id}); its rev now is {now}.",
        ),
        "proposal-gone-meanwhile": translate(
            "BundleMessages",
            "Proposal {id} was unmerged after rev {rev} ({changes}). Nothing was written.",
        ),
        "proposal-status-changed": translate("BundleMessages", "its status by {who}"),
        "proposal-wording-changed": translate("BundleMessages", "its wording by {who}"),
        "proposal-summary-changed": translate("BundleMessages", "its summary for participants by {who}"),
        "proposal-members-changed": translate("BundleMessages", "what it is merged from by {who}"),
        "proposal-links-changed": translate("BundleMessages", "its links to other conferences by {who}"),
        "changed-here": translate("BundleMessages", "another command or window of this workspace"),
        "changed-by-someone": translate("BundleMessages", "someone else"),
        **file_templates(),
        **format_templates(),
    }

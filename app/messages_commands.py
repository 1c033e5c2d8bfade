"""The English of refusals outside bundles, as message codes (part of app/messages.py's one table,
`_ENGLISH`): preparing a conference, the sync target, the trust list, what an export tells its chair,
and a chair's bundle naming a secretariat's workspace. Kept apart so that neither module outgrows the
house rule's 500 lines."""

from __future__ import annotations

COMMAND_ENGLISH: dict[str, str] = {
    # -- preparing a conference (app/prepare.py) ---------------------------------------------------------
    "process-name-empty": "a process name cannot be empty",
    "theme-name-empty": "a theme name cannot be empty",
    "conference-title-empty": "a conference title cannot be empty",
    "question-text-empty": "a question's text cannot be empty",
    "not-a-date": "{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12",
    "round-not-minutes": "round length {value!r} is not a whole number of minutes",
    "round-too-long": "a round lasts 1 to {most} minutes, not {minutes}",
    "process-exists": "a process named {name!r} already exists",
    "theme-exists": "the process already has a theme named {name!r}",
    "question-has-notes": "question {position} already has notes ({count}); move them to another question"
    " first",
    "table-not-number": "table number {number!r} is not a whole number",
    "table-below-one": "table numbers start at 1",
    "table-exists": "table {number} already exists (chair: {chair})",
    "participants-negative": "participants cannot be negative",
    "table-number-has-notes": "table {number} already has notes ({count}); its number cannot change",
    "table-has-notes": "table {number} already has notes ({count}); it cannot be deleted",
    # -- a conference description, a TOML file (app/conferences.py) -----------------------------------
    "description-not-utf8": "{file}: not UTF-8 text",
    "description-too-large": "{file}: larger than {mib} MiB; not a conference description",
    "description-toml-at": "{file}: malformed TOML at line {line}, column {column}: {detail}",
    "description-toml": "{file}: malformed TOML: {detail}",
    "description-sections": "{file}: needs a [process] and a [conference] section",
    "description-needs": "{file}: [{section}] needs {key!r} (a text)",
    "description-question-text": "{file}: question {number} needs 'text' (a text)",
    "description-table-number": "{file}: table {number} needs 'number' (a whole number)",
    "description-themes-list": "{file}: [process] themes must be a list of names",
    "description-themes-twice": "{file}: [process] themes are listed twice",
    "description-no-questions": "{file}: needs at least one [[questions]] entry",
    "description-no-tables": "{file}: needs at least one [[tables]] entry",
    "description-table-twice": "{file}: a table number is used twice",
    "description-table-below-one": "{file}: table numbers start at 1",
    "description-date": "{file}: [conference] date {value!r} is not a date; write it as 2026-03-12",
    "description-minutes": "{file}: round_minutes must be a whole number of minutes, not {value!r}",
    "description-participants": "{file}: table {number}: participants must be a whole number, not {value!r}",
    # -- a file written whole: a document, a key card, a template (app/disk_errors.write_refusal) -----
    "document-is-folder": "{path} is a folder; give a file name",
    "document-not-a-file": "{path} is not a file but a device or a pipe; give a file name",
    "document-no-folder": "{folder}: no such folder",
    "document-read-only": "cannot write in {folder}: the disk or folder is read-only (a write-protected"
    " stick, a read-only share, or no permission)",
    "document-disk-full": "cannot write {path}: the disk is full",
    "document-not-written": "cannot write {path}: {detail}",
    # -- the sync target (app/sync/settings.py) ---------------------------------------------------------
    "sync-target-empty": "the sync target is empty; give a WebDAV URL or a folder",
    "sync-target-no-server": "{target}: a WebDAV URL needs a server name",
    "sync-target-malformed": "{target}: not a valid web address (check the server name and port)",
    "sync-target-password-in-url": "do not put the password in the URL; use --password-file (it goes to the"
    " keyring)",
    "sync-target-unknown": "{target}: unknown kind of target; use http(s):// for WebDAV, or a folder path",
    "sync-folder-no-account": "a folder target takes no user name or password",
    "sync-folder-missing": "{folder}: no such folder (mount the share or plug in the stick first)",
    "sync-password-needs-user": "a password needs a user name: add --user NAME",
    "sync-timeout-range": "a sync timeout of {seconds} seconds cannot be used: give more than 0, at most"
    " {longest}",
    # -- the trust list and its names (app/bundles/admission.py, key_list.py) --------------------------
    "own-key-rename": "this is this workspace's own key: it goes by its identity's name, which the trust"
    " list does not change",
    "own-key-revoke": "this is this workspace's own key, which signs everything sent from here: it cannot"
    " be revoked",
    "revoke-needs-reason": "say why the key is revoked (e.g. “laptop lost”): the key list keeps it",
    "trust-name-taken": "another key ({key}) is already trusted as {name}; trust this key under a name of"
    " its own, such as “{name} (laptop 2)”",
    # -- what a table export tells its chair (app/bundles/encoding_choice.reader_notice) ---------------
    "export-needs-former-reader": "this export names the workspace this laptop wrote in before its key was"
    " renewed ({former}), which only a secretariat whose Rundabord can renew keys reads (a Rundabord from"
    " December 2026 or later): if theirs cannot, ask them to update Rundabord, then import this export"
    " (without that name, a current Rundabord would refuse the edits made before the renewal)",
    "export-needs-paper-reader": "this export carries the table's paper sheets or photos, which only a"
    " secretariat whose Rundabord can take in paper sheets and photos reads (a Rundabord from December 2026"
    " or later): if theirs cannot, ask them to update Rundabord, then import this export",
    # -- a chair's bundle naming a secretariat's writer (app/bundles/team_origins.py) ------------------
    "origin-store-writer": "the bundle names workspace {origin} as its laptop's own, now or before a new"
    " key, but it is one of this store's secretaries' workspaces: a chair's key signs only her own"
    " laptops' bundles",
    "origin-secretariat-named": "the bundle names workspace {origin} as its laptop's own, now or before a"
    " new key, but a pack from the secretariat you trust as {name!r} (key {key}) named it as one of"
    " that secretariat's workspaces: if it is the chair's laptop, ask that secretariat why its pack"
    " names it; meanwhile a chair who has not renewed her key can export again with `rundabord export"
    " --oldest-format`, which names no workspace",
    # -- a chairs' follow-up opened on the wrong laptop (app/bundles/table_scope.py) ---------------------
    "followup-other-table": "this is the follow-up for table {tables}; this laptop chairs table {mine} and"
    " does not take another table's notes",
    "followup-no-table": "this is the follow-up for table {tables}; this laptop chairs no table of that"
    " conference yet: write a note at your table (or export it), then open the file again",
    "secretariat-only-bundle": "this is a secretariat's whole record for a colleague secretariat, with"
    " what the review found: a chair's laptop does not take it",
    "followup-no-conference": "this is the follow-up for table {tables} of a conference this laptop does"
    " not hold: open the conference pack first",
}

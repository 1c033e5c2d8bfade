"""Plain-language, translated explanations of why a bundle was refused, and of other core errors.

The core names each failed bundle check with a short code (`BundleError.check`, `Verdict.check`,
`Receipt.check`) and says exactly why as a message: a code and its parameters (`why`, app/messages.py).
A secretary or chair reads, in their own language, what happened and what to do (the check), then
exactly what (the message, from ui/message_texts.py). Only what has no words here (an error that is no
refusal, a reason stored before reasons were data) shows the core's English, labelled as the technical
detail. Both windows and the sync status use this one module, so a refusal reads the same wherever it
is shown.

    text = bundle_messages.explain_check(receipt.check, receipt.reason)   # "Signaturen stämmer inte: ..."
    text = bundle_messages.say(receipt.flags[0])                         # a core message, from its code
    text = bundle_messages.say_why(receipt.why, receipt.reason)          # exactly why, for the details
    what, detail = bundle_messages.explain_error(exc)                    # any exception for a dialog
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.messages import TEXT, Message, fill
from ui.message_texts import templates
from ui.numbers import count_text

# lupdate reads only literal calls of this form, so every text below spells out its context.
translate = QCoreApplication.translate


def _check_texts() -> dict[str, str]:
    # Built on each call: the language can change while the application runs.
    return {
        "table-scope": translate(
            "BundleMessages",
            "This is the secretariat's follow-up for another table, or for a conference this computer does"
            " not have: nothing of it was imported. Ask the secretariat for your own table's file.",
        ),
        "incomplete": translate(
            "BundleMessages", "The file is incomplete – probably not finished copying. Fetch it again."
        ),
        "signature": translate(
            "BundleMessages",
            "The signature does not match: the file was changed after it was signed. Ask the sender for a "
            "new copy.",
        ),
        "hash": translate(
            "BundleMessages",
            "The notes in the file are not the ones that were signed: the file was changed. Ask the sender "
            "for a new copy.",
        ),
        "attachment": translate(
            "BundleMessages",
            "A photo in the bundle is not a PNG or JPEG image Rundabord accepts (damaged, another kind of "
            "file, or too large). Nothing was imported. Ask the sender for a new copy.",
        ),
        "key": translate(
            "BundleMessages",
            "The file names a different signing key than the one it carries: it is forged or damaged.",
        ),
        "zip": translate(
            "BundleMessages",
            "The file is not a readable Rundabord bundle: it is damaged or another kind of file.",
        ),
        "member": translate(
            "BundleMessages",
            "The file contains parts a Rundabord bundle must not have: it is damaged or was put together by "
            "hand. Ask the sender for a new copy.",
        ),
        "manifest": translate(
            "BundleMessages",
            "The bundle's table of contents is missing or damaged. Ask the sender for a new copy.",
        ),
        "records": translate(
            "BundleMessages",
            "The notes in the bundle cannot be read: the file is damaged. Ask the sender for a new copy.",
        ),
        "counts": translate(
            "BundleMessages",
            "The bundle holds a different number of records than it says: it is damaged. Ask the sender for "
            "a new copy.",
        ),
        "size": translate(
            "BundleMessages",
            "The file is far larger than any bundle: it is not one Rundabord reads. Ask the sender for the"
            " bundle (.rbz) Rundabord exported.",
        ),
        "bomb": translate(
            "BundleMessages",
            "The file would unpack to an enormous size (a so-called zip bomb): it was not opened.",
        ),
        "file": translate(
            "BundleMessages", "The file cannot be read: it is missing, is a folder, or may not be opened."
        ),
        "version": translate(
            "BundleMessages",
            "The bundle was made by a newer version of Rundabord. Update Rundabord on this computer, then "
            "open it again.",
        ),
        "version-unchecked": translate(
            "BundleMessages",
            "The file says it was made by a newer version of Rundabord, but this version cannot check that. "
            "Update Rundabord on this computer and open it again; if it is still refused, ask the sender "
            "for a new copy.",
        ),
        "verify": translate(
            "BundleMessages",
            "The bundle just written did not read back correctly, so it was removed. Check the disk and "
            "export again.",
        ),
        "role": translate(
            "BundleMessages",
            "The signer is trusted here, but not for what this bundle contains (for example another table's "
            "notes). It was not imported.",
        ),
        "claims": translate(
            "BundleMessages",
            "The bundle contains records for a table or conference it does not say it covers. It was not "
            "imported.",
        ),
        "revoked": translate(
            "BundleMessages",
            "The bundle is signed by a key that has been revoked or rejected here. It was not imported.",
        ),
        "pinned": translate(
            "BundleMessages",
            "This conference was opened from a pack signed by another key. A pack from a different key is "
            "not accepted; ask the secretariat.",
        ),
        "kind": translate(
            "BundleMessages", "This is a table's export, not a conference pack: nothing was opened."
        ),
        "clock": translate(
            "BundleMessages",
            "The bundle is dated far in the future: the sender's computer clock is wrong, or the file is "
            "forged. Ask the sender to set the right date and export again.",
        ),
        "unicode": translate(
            "BundleMessages",
            "The bundle holds text that is not valid characters: it was put together by hand or damaged. "
            "Ask the sender for a new copy.",
        ),
        "origin": translate(
            "BundleMessages",
            "The bundle brings changes in the name of a computer its key may not speak for (the "
            "secretariat's, this workspace's, or one at another table). It was not imported.",
        ),
        "successor": translate(
            "BundleMessages",
            "Two laptops say they are the same chair's laptop from before its key changed: its profile was"
            " copied before each copy got a key of its own. Nothing of this bundle was imported; the"
            " details name the keys and say what to do.",
        ),
        "former": translate(
            "BundleMessages",
            "The bundle brings changes the same chair made with another key, without saying they are"
            " this laptop's own. It was not imported; the details say what to do.",
        ),
        "relay": translate(
            "BundleMessages",
            "The bundle passes on changes from another laptop at the same table that this workspace has "
            "not received from that laptop itself. Import that laptop's own export first, then this "
            "bundle again.",
        ),
        "field": translate(
            "BundleMessages",
            "The bundle holds a value Rundabord does not accept (for example an unknown kind of note or "
            "a negative vote count): it was put together by hand or damaged. Nothing of it was imported.",
        ),
        "references": translate(
            "BundleMessages",
            "The bundle holds notes for a question or table the conference does not have. Import the "
            "conference pack first, or ask the sender for a new export.",
        ),
        "rollback": translate(
            "BundleMessages",
            "The bundle has a lower number than a later bundle already imported from the same sender: an "
            "older state signed again. It was not imported; ask the sender to export anew.",
        ),
        "weak-key": translate(
            "BundleMessages",
            "The bundle is signed with a weak key that anyone could have made signatures for. It is not "
            "trusted and nothing of it was imported.",
        ),
        "quarantine": translate(
            "BundleMessages",
            "The quarantine is full for this sender. Trust or reject the keys that are waiting first; "
            "then the file can be fetched again.",
        ),
        "unexpected": translate(
            "BundleMessages",
            "The bundle could not be checked because of an unexpected fault. Nothing of it was imported; "
            "the other files were handled as usual. The fault is written to the log.",
        ),
    }


def explain_check(check: str | None, detail: str = "") -> str:
    """What a refused bundle's failed check means, in the user's language, with what to do about it."""
    text = _check_texts().get(check or "")
    if text is not None:
        return text
    # A check this module does not know yet: say plainly that it was refused, never nothing.
    return (
        translate("BundleMessages", "The bundle was refused and nothing of it was imported.")
        if check or detail
        else ""
    )


def conference_missing() -> str:
    """What to do with a table's bundle whose conference this workspace does not have (a new workspace):
    trusting the chair's key does not help, the import would refuse the table."""
    return translate(
        "BundleMessages",
        "This workspace does not have the bundle's conference yet. Add the conference pack the chairs "
        "got, trust the secretariat's key and merge the pack first; then the tables' bundles can come in.",
    )


def explain_refusal(check: str | None, why: Message | None, detail: str = "") -> str:
    """`explain_check`, unless exactly why calls for other advice than the check's: a table this workspace
    does not have is refused as a matter of trust ("role"), but trust is not what is missing."""
    if why is not None and why.code == "role-new-table":
        return conference_missing()
    return _headline(check, why, detail)


def _headline(check: str | None, why: Message | None, detail: str) -> str:
    """`explain_check`, or for a table's export from a newer Rundabord both remedies."""
    if why is not None and why.code == "format-newer" and why.params.get("kind") == "table-export":
        return newer_table_export()
    return explain_check(check, detail)


def newer_table_export() -> str:
    """What to do with a table's export made by a newer Rundabord: update, or have it made again in the
    format every Rundabord reads (a pack has only the first remedy: the check's own text)."""
    return translate(
        "BundleMessages",
        "The bundle was made by a newer version of Rundabord. Update Rundabord on this computer, or ask "
        "the table's chair to export it again in the oldest format (in her window: Conference › Sign and "
        "export in the oldest format…; or rundabord export --oldest-format) and open that export.",
    )


def technical(detail: str) -> str:
    """The core's English detail, labelled so a reader knows it is the technical wording."""
    return translate("BundleMessages", "Technical detail: %1").replace("%1", detail) if detail else ""


def explain_error(exc: BaseException) -> tuple[str, str]:
    """(what happened and what to do, in the user's language; the technical detail in English or "")
    for an error about to be shown in a dialog. Unknown errors fall back to a generic text."""
    from app.bundles.format import BundleError
    from app.errors import NotFound, StoreBusy, UserError, WorkspaceTooNew

    detail = str(exc)
    if isinstance(exc, BundleError):
        if has_words(exc.why):  # said in full in the user's language: no English beside it
            return "\n\n".join((_headline(exc.check, exc.why, detail), say_why(exc.why))), ""
        return _headline(exc.check, exc.why, detail), detail
    if isinstance(exc, UserError) and has_words(getattr(exc, "why", None)):  # a refusal said as data
        return say(exc.why), ""
    sync_kind = getattr(exc, "kind", None)
    if isinstance(exc, UserError) and isinstance(sync_kind, str):
        text = explain_sync(sync_kind)
        if text:
            return text, detail
    if isinstance(exc, WorkspaceTooNew):
        return translate(
            "BundleMessages",
            "This workspace was last used by a newer version of Rundabord. Update Rundabord, then open it "
            "again; nothing was changed.",
        ), detail
    if isinstance(exc, StoreBusy):
        return translate(
            "BundleMessages",
            "Rundabord is busy with another task (a sync or an import). Try again in a moment; nothing was "
            "changed.",
        ), detail
    opening = getattr(exc, "disk_problem", None)  # a workspace on a full or read-only disk did not open
    if isinstance(exc, UserError) and isinstance(opening, str):
        from app.disk_errors import DiskProblem
        from ui.chair.disk_advice import advice

        return advice(DiskProblem(opening, "")), detail
    if isinstance(exc, NotFound):
        return translate(
            "BundleMessages",
            "What you asked for no longer exists: it may have been deleted or merged meanwhile. Nothing was "
            "changed.",
        ), detail
    if isinstance(exc, UserError):
        return translate(
            "BundleMessages", "Rundabord could not do this, and nothing was changed. The reason is below."
        ), detail
    from app import disk_errors

    problem = disk_errors.classify(exc)
    if problem is not None and problem.code != disk_errors.OTHER:
        # A full or read-only disk, from a file or from the store (SQLite's "database or disk is full"
        # in a merge was "something unexpected … tell the secretariat", said to the secretariat)
        from ui.chair.disk_advice import advice

        return advice(problem), problem.detail
    if isinstance(exc, OSError):
        return translate(
            "BundleMessages",
            "The computer refused a file operation. Check that the disk has space and the folder can be "
            "written, then try again.",
        ), exc.strerror or detail
    return translate(
        "BundleMessages",
        "Something went wrong that Rundabord did not expect. Your notes are saved. Try again; if it "
        "happens again, restart Rundabord and tell the secretariat what you did.",
    ), ""


def explain_sync(kind: str) -> str:
    """A failed sync (`SyncError.kind`) in the user's language, with what to do."""
    return {
        "auth": translate(
            "BundleMessages",
            "The server did not accept the user name or password. Check them in the sync settings.",
        ),
        "forbidden": translate(
            "BundleMessages", "The account may not write to the sync folder. Ask whoever manages the server."
        ),
        "full": translate(
            "BundleMessages", "There is no room left on the sync target. Free some space, then sync again."
        ),
        "missing": translate(
            "BundleMessages", "The sync folder does not exist. Check the address in the sync settings."
        ),
        "locked": translate(
            "BundleMessages",
            "Someone else is using a file on the server right now. Rundabord tries again later.",
        ),
        "timeout": translate(
            "BundleMessages", "The server did not answer in time. Rundabord tries again later."
        ),
        "unreachable": translate(
            "BundleMessages",
            "The sync target cannot be reached: no network, or it is switched off. Your "
            "bundles wait in the outbox.",
        ),
        "readonly": translate(
            "BundleMessages",
            "The sync folder cannot be written to (a locked USB stick?). Your bundles wait in the outbox.",
        ),
        "server": translate(
            "BundleMessages", "The server gave an answer it should not have. Rundabord tries again later."
        ),
        "local": translate(
            "BundleMessages",
            "This computer could not read or write its own files. Check the disk, then sync again.",
        ),
        "too-large": translate(
            "BundleMessages", "A file on the sync target is larger than any bundle and was not fetched."
        ),
        "busy": translate(
            "BundleMessages",
            "Another window or command is syncing this workspace right now. Try again when it has finished.",
        ),
    }.get(kind, "")


def dialog_text(headline: str, detail: str) -> str:
    """The body of an error box: the translated headline, then the technical detail below it."""
    return f"{headline}\n\n{technical(detail)}" if detail and detail != headline else headline


def error_box(parent, title: str, exc: BaseException):
    """The error dialog for a core service's refusal: `title` says what failed (translated by the caller),
    the body what happened and what to do, then the core's own English words."""
    from ui import msgbox  # looked up at call time, so tests can patch ui.msgbox.error

    what, detail = explain_error(exc)
    return msgbox.error(parent, title, dialog_text(what, detail))


def say(message: Message) -> str:
    """A core message in the user's language; a code this module does not know yet reads in English."""
    if message.code == TEXT:
        return str(message.params.get("text", ""))
    if message.code == "refused":
        return explain_check(message.params.get("check"), str(message.params.get("detail") or ""))
    template = _templates().get(message.code)
    if template is None:
        return message.english()
    params = {k: count_text(v) if k in _COUNTS and type(v) is int else v for k, v in message.params.items()}
    if message.code == "quarantined-returning-chair":  # kept before the remark named the conference
        params.setdefault("conference", translate("BundleMessages", "this conference"))
    if "first" in params and "last" in params:
        first, last = params["first"], params["last"]
        params["span"] = str(first) if first == last else f"{first}-{last}"
    try:
        return fill(template, params, say)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):  # a row of another shape
        return message.english()


# Parameters that are amounts ("1 000" in Swedish); numbers that name something (a table, a rev, a
# line) stay as written, as they are typed and searched for.
_COUNTS = frozenset(
    ("count", "most", "length", "mib", "entries", "expected", "cap", "times", "changes", "given", "minutes")
)

_TEMPLATES: dict[str, dict[str, str]] = {}


def _templates() -> dict[str, str]:
    """The templates in the language now installed, built once a language (one probe text tells them
    apart; the language can change while the application runs)."""
    language = translate("BundleMessages", "secretariat")
    if language not in _TEMPLATES:
        _TEMPLATES[language] = templates()
    return _TEMPLATES[language]


def has_words(message: Message | None) -> bool:
    """Whether the message has words here (a code with a template), not only the core's English."""
    return message is not None and message.code != TEXT and message.code in _templates()


def say_why(why: Message | None, english: str = "") -> str:
    """Exactly why a bundle was refused (BundleError.why), for a tooltip or a dialog's details: in the
    user's language when its code has words here; else the core's English, labelled as the technical
    detail (a reason stored before reasons were data)."""
    if has_words(why):
        return translate("BundleMessages", "In detail: %1").replace("%1", say(why))
    return technical(english or (why.english() if why is not None else ""))


def say_all(messages: Iterable[Message], separator: str = "; ") -> str:
    return separator.join(dict.fromkeys(say(m) for m in messages))


def known_codes() -> set[str]:
    return set(_templates()) | {TEXT, "refused"}

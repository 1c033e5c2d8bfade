"""Every check code the core can refuse a bundle with has its own plain explanation, in Swedish too."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from app import messages
from app.bundles.format import BundleError
from app.errors import NotFound, StoreBusy, UserError, WorkspaceTooNew
from app.sync.errors import SyncError
from tests.ui.test_message_codes import FOUND
from ui import bundle_messages, i18n

GENERIC = "The bundle was refused and nothing of it was imported."


def _sync_kinds() -> set[str]:
    from app.sync import errors

    return {value for name, value in vars(errors).items() if name.isupper() and isinstance(value, str)}


def test_an_unknown_check_code_is_still_explained(qapp):
    assert {"zip", "signature", "incomplete", "role", "version"} <= FOUND.checks  # read from app/'s tree
    assert bundle_messages.explain_check("something-new", "detail") == GENERIC  # never nothing
    assert bundle_messages.explain_check(None, "") == ""


def test_every_sync_failure_kind_has_an_explanation(qapp):
    missing = sorted(kind for kind in _sync_kinds() if not bundle_messages.explain_sync(kind))
    assert not missing, missing


@pytest.mark.parametrize(
    ("exc", "swedish_start"),
    [
        (BundleError("signature", "the signature does not match"), "Signaturen stämmer inte"),
        (BundleError("incomplete", "cut short", incomplete=True), "Filen är ofullständig"),
        (SyncError("auth", "401 Unauthorized"), "Servern godtog inte användarnamnet"),
        (WorkspaceTooNew("schema 9 is newer than 7"), "Arbetsytan användes senast av en nyare version"),
        (NotFound("no note abc"), "Det du bad om finns inte längre"),
        (StoreBusy("the workspace is busy"), "Rundabord är upptaget med en annan uppgift"),
        (UserError("the note text is empty"), "Rundabord kunde inte göra detta"),
        # A disk problem the core names (app.disk_errors) is said with its advice, from a file or the store
        (PermissionError(13, "Permission denied"), "Disken eller mappen är skrivskyddad"),
        (sqlite3.OperationalError("database or disk is full"), "Disken är full"),
        (OSError(errno.EIO, "Input/output error"), "Datorn vägrade en filåtgärd"),
    ],
)
def test_errors_read_in_swedish_with_the_english_detail_kept(qapp, exc, swedish_start):
    i18n.install("sv", qapp)
    what, detail = bundle_messages.explain_error(exc)
    assert what.startswith(swedish_start), what
    text = bundle_messages.dialog_text(what, detail)
    assert text.startswith(swedish_start) and ("Teknisk uppgift: " in text) == bool(detail)


def test_every_explanation_is_translated(qapp):
    codes = FOUND.checks | {"kind"}
    english = {code: bundle_messages.explain_check(code, "x") for code in codes}
    english_sync = {kind: bundle_messages.explain_sync(kind) for kind in _sync_kinds()}
    i18n.install("sv", qapp)
    same = [code for code in codes if bundle_messages.explain_check(code, "x") == english[code]]
    same += [kind for kind in english_sync if bundle_messages.explain_sync(kind) == english_sync[kind]]
    assert not same, f"still in English after loading Swedish: {same}"


def test_a_bundle_is_refused_in_swedish_as_avvisad(qapp):
    """The window says a bundle is "avvisat" (its receipts: "Paketet avvisades ..."); "vägra" is the
    computer refusing a file operation, never a bundle refused."""
    i18n.install("sv", qapp)
    said = {code: bundle_messages.explain_check(code, "x") for code in FOUND.checks | {"kind"}}
    assert [code for code, text in said.items() if "vägra" in text] == []
    assert "avvisas den fortfarande" in said["version-unchecked"], said["version-unchecked"]


def test_an_unexpected_error_shows_no_internals(qapp):
    what, detail = bundle_messages.explain_error(KeyError("records.jsonl"))
    assert detail == "" and "records.jsonl" not in what and "Your notes are saved" in what


def test_a_sync_that_fetched_a_damaged_bundle_explains_it_in_swedish(
    qtbot, qapp, demo_workspace, tmp_path, sync_ops, boxes
):
    from PySide6.QtWidgets import QWidget

    from app.sync import settings
    from ui.sync_status import SyncStatus

    i18n.install("sv", qapp)
    share = tmp_path / "delad-mapp"
    (share / "c0nference-1").mkdir(parents=True)
    name = "0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz"
    (share / "c0nference-1" / name).write_bytes(b"this is no bundle at all " * 40)
    demo_workspace.role = "secretariat"
    settings.configure(demo_workspace.store, str(share))
    holder = QWidget()
    qtbot.addWidget(holder)
    status = SyncStatus(demo_workspace, holder, automatic=False)
    status.sync_now_action.trigger()
    boxes.warning.assert_called_once()
    text = boxes.warning.call_args.args[2]
    # The headline is the sync area's own; each refused file follows, explained in Swedish.
    assert f"{name}: Filen är inte ett läsbart Rundabord-paket" in text, text
    details = boxes.warning.call_args.kwargs["details"]  # exactly why, in Swedish too
    assert f"{name} togs inte emot: inget Rundabord-paket (ingen zip-fil)" in details, details
    assert "refused" not in details and "not a zip" not in details
    assert status.tooltip().count("togs inte emot") == 1  # the sync area's tooltip says it alike


SAMPLES = {
    "sequence-repeated": {"number": 4},
    "sequence-superseded": {"newer": 5, "number": 3},
    "sequence-gap": {"first": 2, "last": 3},
    "sequence-fork": {"previous": 6},
    "clock-ahead": {},
    "key-pinned": {"signer": "Region Exempellän", "fingerprint": "9eaa 6a04 efe4 2fda"},
    # the window names the conference in place of its id (ui/secretariat/inbox_columns.py)
    "grant-chair": {"table": 5, "conference": "Rundabordssamtal våren 2026 (2026-03-12)"},
    "grant-secretariat-pinned": {"conference": "Rundabordssamtal våren 2026 (2026-03-12)"},
    "grant-secretariat": {},
    "key-revoked": {},
    "key-unknown": {},
    "refused": {"check": "signature", "detail": "the signature does not match"},
    "quarantined": {"key": "ab12cd34"},
    "already-imported": {"when": "2026-05-04T12:00:00Z"},
    # exactly why a bundle was refused (BundleError.why)
    "unexpected": {"error": "KeyError"},
    "clock-future": {"days": 40, "tolerance": 1},
    "sequence-rollback": {"number": 3, "newer": 5},
    "signed-by-revoked": {"key": "ab12cd34ef56ab78"},
    "file-missing": {"path": "/tmp/bord-5.rbz"},
    "file-is-folder": {"path": "/tmp/bord-5.rbz"},
    "file-unreadable": {"path": "/tmp/bord-5.rbz", "error": "Permission denied"},
    "file-too-large": {"mib": 256},
    "file-cut-short": {},
    "zip-directory-missing": {},
    "zip-directory-cut": {},
    "not-a-zip": {},
    "format-newer": {"version": 3},
    "format-newer-unchecked": {"version": 99},
    "signature-mismatch": {},
    "weak-key": {"weak": "a weak Ed25519 public key"},
    "member-altered": {"member": "records.jsonl"},
    "quarantine-key-full": {"count": 50, "key": "ab12cd34ef56ab78"},
    "quarantine-full": {"mib": 512},
    "pack-other-key": {
        "signer": "Region Exempellän",
        "pinned": "ab12cd34ef56ab78",
        "key": "0011223344556677",
    },
}


def test_every_core_message_is_said_in_swedish(qapp):
    # Every code has words in the face (tests/ui/test_message_codes.py); these are said here in full.
    assert set(SAMPLES) <= set(messages.codes()) <= bundle_messages.known_codes()
    english = {code: bundle_messages.say(messages.message(code, **p)) for code, p in SAMPLES.items()}
    assert english == {code: messages.message(code, **p).english() for code, p in SAMPLES.items()} | {
        # where the window's English says it in the window's own words
        "sequence-repeated": "another bundle with number 4 from this signer was imported before",
        "sequence-superseded": "older than bundle 5 from the same signer, imported before; this one (3)"
        " changed nothing newer",
        "sequence-gap": "bundle(s) 2-3 from this signer have not arrived yet",
        "sequence-fork": "does not follow on from the signer's bundle 6 imported here (two laptops?)",
        "clock-ahead": "dated more than a day ahead: the signer's clock may be wrong",
        "key-pinned": "Region Exempellän's key is now this conference's secretariat key; compare its"
        " fingerprint with the secretariat's: 9eaa 6a04 efe4 2fda",
        "grant-chair": "chair of table 5 in Rundabordssamtal våren 2026 (2026-03-12)",
        "grant-secretariat-pinned": "secretariat of Rundabordssamtal våren 2026 (2026-03-12) (from its pack)",
        "key-unknown": "not trusted",
        "refused": bundle_messages.explain_check("signature", "x"),
        "quarantined": "unknown key: held in quarantine until it is trusted or rejected in Collect",
        "sequence-rollback": "its number 3 is below bundle 5 from the same signer, imported before and made"
        " earlier: the signer's numbering was turned back",
        "file-missing": "/tmp/bord-5.rbz: the file does not exist",
        "file-is-folder": "/tmp/bord-5.rbz: a folder, not a bundle",
        "file-unreadable": "/tmp/bord-5.rbz: the file cannot be read (Permission denied)",
        "file-cut-short": "the file is empty or cut short: an incomplete copy",
        "zip-directory-missing": "the file ends early (its table of contents is missing): an incomplete copy",
        "zip-directory-cut": "the file ends early (its table of contents is cut short): an incomplete copy",
        "format-newer": "made by a newer Rundabord (bundle format 3)",
        "format-newer-unchecked": "says it was made by a newer Rundabord (bundle format 99), unconfirmed:"
        " its signature cannot be checked here",
        "signature-mismatch": "the signature does not match the signed contents list"
        " (altered, or another key)",
        "weak-key": "signed with a weak or malformed key",
        "member-altered": "records.jsonl is not what was signed (altered or swapped)",
    }
    i18n.install("sv", qapp)
    swedish = {code: bundle_messages.say(messages.message(code, **p)) for code, p in SAMPLES.items()}
    assert not [code for code in SAMPLES if swedish[code] == english[code]], swedish
    assert swedish["sequence-gap"] == "paket 2-3 från den här avsändaren har inte kommit in än"
    assert swedish["grant-chair"] == "bordsordförande för bord 5 i Rundabordssamtal våren 2026 (2026-03-12)"
    assert "9eaa 6a04 efe4 2fda" in swedish["key-pinned"]


def test_a_remark_stored_before_messages_were_data_is_said_as_the_message_it_was(qapp):
    old = messages.Message.from_json("gap: bundle 3 from this signer has not arrived")
    assert old == messages.message("sequence-gap", first=3, last=3)
    assert bundle_messages.say(old) == "bundle(s) 3 from this signer have not arrived yet"
    unknown_words = messages.Message.from_json("ett meddelande som ingen version har skrivit")
    assert bundle_messages.say(unknown_words) == "ett meddelande som ingen version har skrivit"  # as it was
    unknown = messages.Message("from-a-newer-version", {"x": 1})
    assert bundle_messages.say(unknown) == "from-a-newer-version"  # never nothing, never a crash


def test_a_workspace_that_cannot_open_is_explained_in_swedish(qapp, tmp_path):
    from app.errors import WorkspaceTooNew
    from ui.application import workspace_error_box

    i18n.install("sv", qapp)
    box = workspace_error_box(WorkspaceTooNew("schema version 99 is newer than this Rundabord's 7"), tmp_path)
    try:
        assert box.text() == f"Rundabord kan inte öppna arbetsytan i {tmp_path}."
        informative = box.informativeText()
        assert informative.startswith("Arbetsytan användes senast av en nyare version av Rundabord.")
        assert "Teknisk uppgift: schema version 99" in informative
        assert informative.endswith("Välj en annan arbetsmapp med --workspace.")
    finally:
        box.deleteLater()


def test_a_refusal_reads_in_swedish_down_to_its_reason(qapp):
    """The check says what to do; the reason's code and parameters say exactly what, in Swedish too."""
    from app.bundles.format import refused

    error = refused("revoked", "signed-by-revoked", key="ab12cd34ef56ab78")
    i18n.install("sv", qapp)
    what, detail = bundle_messages.explain_error(error)
    assert "signerat med nyckeln ab12cd34ef56ab78, som har återkallats eller avvisats här" in what
    assert detail == ""  # said in full in Swedish: no English beside it (the CLI and the log have it)
    assert bundle_messages.say_why(error.why, str(error)) == (
        "Närmare bestämt: signerat med nyckeln ab12cd34ef56ab78, som har återkallats eller avvisats här"
    )
    plain = BundleError("zip", "damaged zip (bad CRC)")  # a reason still given only in English
    assert bundle_messages.say_why(plain.why, str(plain)) == bundle_messages.technical(
        "damaged zip (bad CRC)"
    )

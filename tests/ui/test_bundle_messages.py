"""Every check code the core can refuse a bundle with has its own plain explanation, in Swedish too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.bundles.format import BundleError
from app.errors import NotFound, UserError, WorkspaceTooNew
from app.sync.errors import SyncError
from ui import bundle_messages, i18n

ROOT = Path(__file__).resolve().parents[2]
GENERIC = "The bundle was refused and nothing of it was imported."


def _core_check_codes() -> set[str]:
    """Every code the core passes to BundleError(...), read from its source."""
    pattern = re.compile(r'BundleError\(\s*"([a-z-]+)"')
    return {m for path in (ROOT / "app").rglob("*.py") for m in pattern.findall(path.read_text("utf-8"))}


def _sync_kinds() -> set[str]:
    from app.sync import errors

    return {value for name, value in vars(errors).items() if name.isupper() and isinstance(value, str)}


def test_every_core_check_code_has_its_own_explanation(qapp):
    codes = _core_check_codes()
    assert {"zip", "signature", "incomplete", "role", "version"} <= codes  # the reading above works
    vague = sorted(code for code in codes if bundle_messages.explain_check(code, "x") == GENERIC)
    assert not vague, f"check codes without a plain explanation in ui/bundle_messages.py: {vague}"
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
        (UserError("the note text is empty"), "Rundabord kunde inte göra detta"),
        (PermissionError(13, "Permission denied"), "Datorn vägrade en filåtgärd"),
    ],
)
def test_errors_read_in_swedish_with_the_english_detail_kept(qapp, exc, swedish_start):
    i18n.install("sv", qapp)
    what, detail = bundle_messages.explain_error(exc)
    assert what.startswith(swedish_start), what
    text = bundle_messages.dialog_text(what, detail)
    assert text.startswith(swedish_start) and ("Teknisk uppgift: " in text) == bool(detail)


def test_every_explanation_is_translated(qapp):
    codes = _core_check_codes() | {"kind"}
    english = {code: bundle_messages.explain_check(code, "x") for code in codes}
    english_sync = {kind: bundle_messages.explain_sync(kind) for kind in _sync_kinds()}
    i18n.install("sv", qapp)
    same = [code for code in codes if bundle_messages.explain_check(code, "x") == english[code]]
    same += [kind for kind in english_sync if bundle_messages.explain_sync(kind) == english_sync[kind]]
    assert not same, f"still in English after loading Swedish: {same}"


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
    assert name in boxes.warning.call_args.kwargs["details"]  # the core's English words stay in the details


def test_importer_remarks_are_said_in_swedish_and_still_match_the_core(qapp):
    # The fixed parts of each remark, as app/bundles/importer.py writes them: a changed wording fails here.
    source = (ROOT / "app" / "bundles" / "importer.py").read_text("utf-8")
    for fixed in (
        "from this signer was imported before",
        "from this signer was imported before this older one (",
        "gap: bundles ",
        "its link to the signer's previous bundle (",
        "stamp more than a day in the future: the signer's clock may be wrong",
        "'s key as this conference's secretariat; compare its ",
    ):
        assert fixed in source, fixed
    i18n.install("sv", qapp)
    said = {
        flag: bundle_messages.explain_flag(flag)
        for flag in (
            "another bundle with sequence number 4 from this signer was imported before",
            "superseded: bundle 5 from this signer was imported before this older one (3);"
            " nothing newer was rolled back",
            "gap: bundles 2-3 from this signer have not arrived",
            "gap: bundle 3 from this signer has not arrived",
            "its link to the signer's previous bundle (6) does not match the one imported",
            "stamp more than a day in the future: the signer's clock may be wrong",
            "pinned Region Exempellän's key as this conference's secretariat; compare its fingerprint"
            " with the secretariat's: 9eaa 6a04 efe4 2fda",
        )
    }
    assert all(flag != swedish for flag, swedish in said.items()), said
    assert said["gap: bundles 2-3 from this signer have not arrived"] == (
        "paket 2-3 från den här undertecknaren har inte kommit in än"
    )
    assert said["gap: bundle 3 from this signer has not arrived"] == (
        "paket 3 från den här undertecknaren har inte kommit in än"
    )
    assert "9eaa 6a04 efe4 2fda" in said[next(f for f in said if f.startswith("pinned"))]
    assert bundle_messages.explain_flag("something new") == "something new"


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

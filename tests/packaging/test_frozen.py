"""The built application works as a chair's laptop would run it: version, help, the CLI twin, the window.

Everything here runs dist/rundabord/rundabord, the PyInstaller build, never the source tree: a module or
resource that did not make it into the bundle fails these tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser
from app.demo import demo_description

from .conftest import ROOT, project_version

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("frozen")]  # one worker builds and runs the app

NOTE_TEXT = "Bättre busstrafik på landsbygden – även kvällar och helger"


def _commands() -> list[str]:
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(subparsers.choices)


@pytest.fixture(scope="module")
def demo_workspace(frozen) -> tuple[Path, str]:
    """A workspace made by the frozen CLI: the demo conference and one note, added and listed back."""
    workspace = frozen.home / "workspace"
    conference_id = frozen.run_ok("--workspace", str(workspace), "demo").strip()
    assert frozen.run_ok("--workspace", str(workspace), "demo").strip() == conference_id  # loaded once
    note_id = frozen.run_ok(
        "--workspace", str(workspace), "note", "add", "--conference", conference_id,
        "--table", "1", "--question", "1", "--kind", "proposal", "--votes", "4", NOTE_TEXT,
    ).strip()  # fmt: skip
    listed = frozen.run_ok(
        "--workspace", str(workspace), "note", "list", "--conference", conference_id, "--json"
    )
    notes = [json.loads(line) for line in listed.splitlines()]
    assert [(n["id"], n["text"], n["table"], n["question"], n["kind"], n["votes"]) for n in notes] == [
        (note_id, NOTE_TEXT, 1, 1, "proposal", 4)
    ]
    return workspace, conference_id


@pytest.fixture(scope="module")
def signed_bundle(frozen, demo_workspace) -> tuple[Path, Path]:
    """Table 1's export, signed by the frozen CLI with a key it made."""
    workspace, conference_id = demo_workspace
    frozen.run_ok("--workspace", str(workspace), "identity", "create", "--name", "Anna Lindqvist")
    bundle = frozen.home / "Bord 1.rbz"
    frozen.run_ok("--workspace", str(workspace), "export", "--conference", conference_id, "--table", "1",
                  "-o", str(bundle))  # fmt: skip
    return workspace, bundle


def test_version_is_the_one_in_pyproject(frozen) -> None:
    assert frozen.run_ok("--version").strip() == f"rundabord {project_version()}"


def test_help_lists_every_command_of_the_source_tree(frozen) -> None:
    # The CLI imports its command modules by name; each one missing from the bundle would vanish here.
    shown = frozen.run_ok("--help")
    missing = [c for c in _commands() if f"\n    {c} " not in shown and not shown.count(f"    {c}\n")]
    assert not missing, f"commands missing from the frozen --help: {missing}\n{shown}"


def test_cli_twin_writes_to_the_workspace_and_searches_it(frozen, demo_workspace) -> None:
    workspace, _ = demo_workspace
    found = frozen.run_ok("--workspace", str(workspace), "search", "busstrafik", "--json")
    assert [json.loads(line)["text"] for line in found.splitlines()] == [NOTE_TEXT]


def test_cli_errors_are_one_line_and_exit_2(frozen, demo_workspace) -> None:
    workspace, _ = demo_workspace
    done = frozen.run("--workspace", str(workspace), "note", "list", "--conference", "no-such-conference")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["rundabord: error: no conference with id no-such-conference"]


def test_minutes_pdf_embeds_the_bundled_font(frozen, demo_workspace, tmp_path) -> None:
    # reportlab's hidden imports and resources/fonts inside the bundle: a PDF whose text reads back.
    from pypdf import PdfReader

    workspace, conference_id = demo_workspace
    pdf = tmp_path / "bord1.pdf"
    frozen.run_ok("--workspace", str(workspace), "minutes", "--conference", conference_id, "--table", "1",
                  "-o", str(pdf))  # fmt: skip
    reader = PdfReader(pdf)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert "Bättre busstrafik på landsbygden" in " ".join(text.split())
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts


def test_proposals_are_grouped_by_meaning_with_the_bundled_model(frozen, tmp_path) -> None:
    """The model file and its engine made it into the folder: two paraphrases without a shared content
    word are grouped, a third proposal is not, and no network is needed (the test machine has none)."""
    workspace = tmp_path / "meaning"
    conference_id = frozen.run_ok("--workspace", str(workspace), "demo").strip()
    texts = (
        "Gratis mensskydd på skolornas toaletter",
        "Sätt upp automater med gratis bindor och tamponger i skolan",
        "Fler tåg på Stångådalsbanan",
    )
    ids = [
        frozen.run_ok(
            "--workspace", str(workspace), "note", "add", "--conference", conference_id,
            "--table", str(table), "--question", "1", "--kind", "proposal", text,
        ).strip()
        for table, text in enumerate(texts, 2)
    ]  # fmt: skip
    out = frozen.run_ok(
        "--workspace", str(workspace), "proposal", "similar", "--conference", conference_id,
        "--method", "meaning", "--json",
    )  # fmt: skip
    groups = [json.loads(line) for line in out.splitlines()]
    assert any(set(ids[:2]) <= set(g) and ids[2] not in g for g in groups), groups


def test_signs_and_verifies_a_bundle_and_refuses_a_changed_byte(frozen, signed_bundle, tmp_path) -> None:
    # cryptography's compiled parts inside the bundle: Ed25519 signing and verifying work frozen.
    workspace, bundle = signed_bundle
    verdict = json.loads(frozen.run_ok("--workspace", str(workspace), "verify", str(bundle), "--json"))
    assert (verdict["ok"], verdict["kind"], verdict["signer_name"]) == (
        True,
        "table-export",
        "Anna Lindqvist",
    )
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.rbz"
    tampered.write_bytes(bytes(data))
    assert frozen.run("--workspace", str(workspace), "verify", str(tampered)).returncode == 1


def _remember_table(frozen, workspace: Path, conference_id: str, table: int) -> None:
    """What the chair window keeps in its settings after a table was opened, so it reopens it at start."""
    from PySide6.QtCore import QSettings

    digest = hashlib.sha256(str(workspace.resolve()).encode("utf-8")).hexdigest()[:16]
    settings = QSettings(str(frozen.home / ".config/Rundabord/Rundabord.conf"), QSettings.Format.IniFormat)
    settings.setValue(f"chair/last_table/{digest}", json.dumps({"conference": conference_id, "table": table}))
    settings.sync()


def test_gui_opens_the_demo_conference_and_exits_zero_by_itself(frozen, demo_workspace) -> None:
    workspace, conference_id = demo_workspace
    code, report, stderr = frozen.smoke("--workspace", str(workspace))
    assert report is not None, f"the GUI printed no smoke report (exit {code}):\n{stderr}"
    assert (code, report["problems"]) == (0, []), stderr
    assert report["ok"] and report["window"] == "ChairWindow"
    assert report["language"] == "en"
    title = demo_description().conference["title"]
    assert any(title in text for text in report["texts"]), report["texts"]

    # Where the chair left off: the demo conference open at table 1, showing the note the CLI added.
    _remember_table(frozen, workspace, conference_id, 1)
    code, report, stderr = frozen.smoke("--workspace", str(workspace))
    assert (code, report["problems"]) == (0, []), stderr
    assert NOTE_TEXT in report["texts"], f"table 1 did not open with its note (ui/chair/window.py):\n{report}"


def test_gui_in_swedish_loads_every_translation_from_the_bundle(frozen, demo_workspace, tmp_path) -> None:
    workspace, _ = demo_workspace
    grab = tmp_path / "frozen-sv.png"
    code, report, stderr = frozen.smoke(
        "--workspace", str(workspace), LANG="sv_SE.UTF-8", RUNDABORD_SMOKE_GRAB=str(grab)
    )
    assert report is not None, f"the GUI printed no smoke report (exit {code}):\n{stderr}"
    assert (code, report["problems"]) == (0, []), stderr
    assert report["language"] == "sv"
    expected = {"qtbase"} | {
        p.with_suffix(".qm").name for p in (ROOT / "resources/translations").glob("*_sv.ts")
    }
    assert set(report["translations"]) == expected
    assert grab.read_bytes().startswith(b"\x89PNG")  # the window as drawn, for a person to look at


@pytest.fixture(scope="module")
def conference_pack(frozen) -> tuple[Path, Path]:
    """A secretariat workspace made by the frozen CLI, and the conference pack it signed for the chairs."""
    workspace = frozen.home / "secretariat"
    conference_id = frozen.run_ok("--workspace", str(workspace), "demo", "--role", "secretariat").strip()
    frozen.run_ok("--workspace", str(workspace), "identity", "create", "--name", "Kansliet Region Exempellän")
    pack = frozen.home / "Konferenspaket våren 2026.rbz"
    frozen.run_ok(
        "--workspace", str(workspace), "pack", "export", "--conference", conference_id, "-o", str(pack)
    )
    return workspace, pack


def test_secretariat_workspace_opens_the_secretariat_window(frozen, conference_pack) -> None:
    workspace, _ = conference_pack
    code, report, stderr = frozen.smoke("--workspace", str(workspace))
    assert report is not None, f"the GUI printed no smoke report (exit {code}):\n{stderr}"
    assert (code, report["problems"], report["window"]) == (0, [], "SecretariatWindow"), stderr


def test_double_clicked_conference_pack_opens_in_the_chair_window(frozen, conference_pack, tmp_path) -> None:
    # What a file manager runs for a double-clicked bundle (see the .desktop file): `rundabord FILE.rbz`.
    _, pack = conference_pack
    chair = tmp_path / "chair"
    frozen.run_ok("--workspace", str(chair), "init", "--role", "chair")  # else the first start asks
    code, report, stderr = frozen.smoke("--workspace", str(chair), str(pack))
    assert report is not None, f"the GUI printed no smoke report (exit {code}):\n{stderr}"
    assert (code, report["problems"], report["window"]) == (0, [], "ChairWindow"), stderr
    assert report["bundles"] == [[str(pack), "window"]]
    # A first pack pins its signer's key, so the window asks the chair to compare the fingerprint before
    # importing it: until the chair says yes, nothing is in the workspace.
    title = demo_description().conference["title"]
    assert not any(title in text for text in report["texts"]), report["texts"]
    listed = frozen.run_ok("--workspace", str(chair), "conference", "list", "--json")
    assert listed.strip() == ""


# -- the smoke hook itself must be able to fail, or the tests above prove nothing ----------------------


@pytest.fixture
def broken_copy(frozen) -> Iterator[Path]:
    """A hard-linked copy of the build that a test may break (unlink, never write through a link). It sits
    beside the build: hard links cannot cross to pytest's temporary folders, which may live in RAM."""
    beside = Path(tempfile.mkdtemp(prefix="broken-copy-", dir=frozen.folder.parent))
    copy = beside / "rundabord"
    try:
        shutil.copytree(frozen.folder, copy, copy_function=os.link, symlinks=True)
        yield copy
    finally:
        shutil.rmtree(beside)


def test_a_damaged_translation_fails_the_smoke_run(frozen, demo_workspace, broken_copy) -> None:
    workspace, _ = demo_workspace
    damaged = broken_copy / "_internal/PySide6/Qt/translations/qtbase_sv.qm"
    damaged.unlink()
    damaged.write_bytes(b"not a translation")
    code, report, _ = frozen.smoke(
        "--workspace", str(workspace), binary=broken_copy / "rundabord", LANG="sv_SE.UTF-8"
    )
    assert code == 1
    assert report["problems"] == ["translation not loaded: qtbase"]


def test_a_missing_platform_plugin_fails_the_start(frozen, demo_workspace, broken_copy) -> None:
    workspace, _ = demo_workspace
    (broken_copy / "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so").unlink()
    code, report, stderr = frozen.smoke("--workspace", str(workspace), binary=broken_copy / "rundabord")
    assert code != 0 and report is None
    assert "offscreen" in stderr


def test_a_malformed_smoke_setting_is_one_line_and_exit_2(frozen, demo_workspace) -> None:
    workspace, _ = demo_workspace
    done = frozen.run("--workspace", str(workspace), RUNDABORD_EXIT_AFTER_MS="soon")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "rundabord: error: RUNDABORD_EXIT_AFTER_MS must be a whole number of milliseconds"
    )


def test_an_unusable_workspace_ends_the_smoke_run_instead_of_hanging(frozen, tmp_path) -> None:
    # The GUI shows a blocking error box here; the smoke run must still end, and not as a success.
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    code, report, stderr = frozen.smoke("--workspace", str(blocker / "workspace"))
    assert code == 2
    assert report["problems"] == ["no main window was shown"]
    assert "rundabord: error: cannot create workspace folder" in stderr


# -- the day's round trip, all through the frozen CLI: pack out, notes in, over WebDAV -------------------


@pytest.fixture(scope="module")
def webdav_share(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A real WebDAV server on 127.0.0.1 (wsgidav), anonymous: the frozen app has no keyring to ask here."""
    from cheroot import wsgi
    from wsgidav.fs_dav_provider import FilesystemProvider
    from wsgidav.wsgidav_app import WsgiDAVApp

    share = tmp_path_factory.mktemp("dav-share")
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/dav": FilesystemProvider(str(share))},
            "simple_dc": {"user_mapping": {"*": True}},  # True: anyone may read and write
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
        }
    )
    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=2)
    server.prepare()  # binds now; port 0 picked a free one
    thread = threading.Thread(target=server.serve, name="frozen-test-webdav", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.bind_addr[1]}/dav/", share
    server.stop()
    thread.join(timeout=10)


def test_chair_notes_reach_the_secretariat_over_webdav(
    frozen, conference_pack, webdav_share, tmp_path
) -> None:
    secretariat, pack = conference_pack
    url, share = webdav_share
    chair = tmp_path / "chair"
    run = frozen.run_ok

    run("--workspace", str(chair), "init", "--role", "chair")
    run("--workspace", str(chair), "import", str(pack))  # the chair opens the secretariat's pack
    (conference,) = [
        json.loads(line)
        for line in run("--workspace", str(chair), "conference", "list", "--json").splitlines()
    ]
    run("--workspace", str(chair), "identity", "create", "--name", "Erik Berg")
    run("--workspace", str(chair), "identity", "export", "-o", str(tmp_path / "erik.keycard"))
    run("--workspace", str(chair), "note", "add", "--conference", conference["id"], "--table", "2",
        "--question", "1", NOTE_TEXT)  # fmt: skip
    run(
        "--workspace", str(chair), "export", "--conference", conference["id"], "--table", "2"
    )  # into the outbox
    pushed = run("--workspace", str(chair), "sync", "--target", url)
    assert "sent" in pushed
    assert [p.suffix for p in share.rglob("*") if p.is_file()] == [".rbz"]

    run("--workspace", str(secretariat), "trust", "add", str(tmp_path / "erik.keycard"), "--role", "chair",
        "--conference", conference["id"], "--table", "2")  # fmt: skip
    run("--workspace", str(secretariat), "sync", "--target", url)  # fetches and imports the table export
    listing = ("note", "list", "--conference", conference["id"], "--table", "2", "--json")
    listed = run("--workspace", str(secretariat), *listing)
    assert [json.loads(line)["text"] for line in listed.splitlines()] == [NOTE_TEXT]


# -- what the bundle leaves out of numpy, Pillow, reportlab, openpyxl's helpers and psycopg's neighbours ---
# (packaging/bundle_contents.py NEVER_LOADED) must not be on any of these paths.


def _pdf_text_and_fonts(pdf: Path) -> tuple[str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    return text, fonts


def test_minutes_print_photos_charts_and_emoji(frozen, demo_workspace, tmp_path) -> None:
    """Pillow checks the attached PNG and JPEG and reportlab prints them; the conference minutes draw their
    charts; an emoji prints in the bundled fallback font and reads back as typed; an Arabic note prints
    joined. (Table 2 of the shared demo workspace: the tests above use table 1.)"""
    from PIL import Image
    from pypdf import PdfReader

    workspace, conference_id = demo_workspace
    run = frozen.run_ok
    run("--workspace", str(workspace), "note", "add", "--conference", conference_id, "--table", "2",
        "--question", "1", "Cykelbanor året runt 🚲 även på vintern")  # fmt: skip
    run("--workspace", str(workspace), "note", "add", "--conference", conference_id, "--table", "2",
        "--question", "1", "نريد مكتبة مفتوحة في المساء")  # fmt: skip
    for name, colour in (("ark.png", "white"), ("duk.jpg", "wheat")):
        Image.new("RGB", (600, 800), colour).save(tmp_path / name)
        run("--workspace", str(workspace), "attach", "--conference", conference_id, "--table", "2",
            "--caption", f"Foto av {name}", str(tmp_path / name))  # fmt: skip
    table = tmp_path / "bord2.pdf"
    run("--workspace", str(workspace), "minutes", "--conference", conference_id, "--table", "2", "--photos",
        "-o", str(table))  # fmt: skip
    text, fonts = _pdf_text_and_fonts(table)
    assert "Cykelbanor året runt 🚲 även på vintern" in text
    # The Arabic note prints joined: its letters in their presentation forms (arabic_reshaper in the bundle).
    assert any(0xFE70 <= ord(sign) <= 0xFEFF for sign in text), text
    assert {"DejaVuSans", "Symbola"} <= fonts, fonts
    assert sum(len(page.images) for page in PdfReader(table).pages) == 2
    whole = tmp_path / "konferensen.pdf"
    run("--workspace", str(workspace), "minutes", "--conference", conference_id, "-o", str(whole))
    text, _ = _pdf_text_and_fonts(whole)
    assert demo_description().conference["title"] in text and "Cykelbanor året runt" in text


def test_paper_template_filled_in_is_imported_and_exported_as_open_data(
    frozen, conference_pack, tmp_path
) -> None:
    """openpyxl writes the .xlsx template and reads it back filled in; the notes go out again as CSV. (Table 3
    of the shared secretariat workspace: the WebDAV test uses table 2.)"""
    from tests.sheets import fill_sheet

    workspace, _ = conference_pack
    run = frozen.run_ok
    (conference_id,) = [
        json.loads(line)["id"]
        for line in run("--workspace", str(workspace), "conference", "list", "--json").splitlines()
    ]
    template = tmp_path / "mall.xlsx"
    run("--workspace", str(workspace), "template", "--conference", conference_id, "--table", "3",
        "-o", str(template))  # fmt: skip
    text = "Lånecyklar vid varje busshållplats"
    filled = fill_sheet(template, tmp_path / "ifylld.xlsx", [(None, "1", "Förslag", None, 2, text)])
    assert "added 1 note" in run(
        "--workspace", str(workspace), "import-sheet", str(filled), "--by", "Kansliet"
    )
    listed = run("--workspace", str(workspace), "note", "list", "--conference", conference_id, "--table", "3",
                 "--json")  # fmt: skip
    assert [(n["text"], n["kind"], n["votes"]) for n in map(json.loads, listed.splitlines())] == [
        (text, "proposal", 2)
    ]
    data = tmp_path / "data.csv"
    run("--workspace", str(workspace), "export-data", "--conference", conference_id, "--format", "csv",
        "--redact-undecided", "-o", str(data))  # fmt: skip
    assert text in data.read_text(encoding="utf-8-sig")


def test_secretariat_on_postgresql_migrates_and_keeps_notes(frozen, pg_cluster, tmp_path) -> None:
    """psycopg and its bundled libpq inside the build: a new shared store is migrated, written and read."""
    import uuid

    import psycopg

    name = f"frozen_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    workspace = tmp_path / "shared"
    run = frozen.run_ok
    try:
        assert "on the shared PostgreSQL store" in run(
            "--workspace", str(workspace), "init", "--role", "secretariat", "--database", pg_cluster.dsn(name)
        )
        conference_id = run("--workspace", str(workspace), "demo").strip()
        run("--workspace", str(workspace), "note", "add", "--conference", conference_id, "--table", "4",
            "--question", "2", NOTE_TEXT)  # fmt: skip
        found = run("--workspace", str(workspace), "search", "landsbygden", "--json")
        assert [json.loads(line)["text"] for line in found.splitlines()] == [NOTE_TEXT]
        with psycopg.connect(pg_cluster.dsn(name)) as conn:  # in the server's tables, not a local file
            assert conn.execute("SELECT count(*) FROM notes WHERE text = %s", (NOTE_TEXT,)).fetchone() == (1,)
    finally:
        with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")

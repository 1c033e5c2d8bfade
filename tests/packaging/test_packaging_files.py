"""The files installers and desktops read: icons, the .desktop entry, the .rbz MIME type, and the spec's
guards (nothing we use is excluded from the bundle; resources are found through importlib.resources)."""

from __future__ import annotations

import ast
import configparser
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_contents
import make_icons

sys.path.remove(str(ROOT / "packaging"))

DESKTOP = ROOT / "packaging/linux" / f"{bundle_contents.APP_ID}.desktop"
MIME_XML = ROOT / "packaging/linux" / f"{bundle_contents.APP_ID}.xml"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_committed_pngs_have_their_sizes() -> None:
    assert png_size((ROOT / "resources/icons/rundabord.png").read_bytes()) == (256, 256)
    assert png_size((ROOT / "packaging/icons/rundabord.png").read_bytes()) == (512, 512)
    assert png_size((ROOT / "packaging/icons/rundabord-bundle.png").read_bytes()) == (256, 256)


@pytest.mark.parametrize("name", ["rundabord.ico", "rundabord-bundle.ico"])
def test_windows_icon_holds_every_size_as_png(name) -> None:
    data = (ROOT / "packaging/icons" / name).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(sorted(make_icons.ICO_SIZES)):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert (width or 256, height or 256) == (size, size)
        assert png_size(data[offset : offset + length]) == (size, size)


def test_macos_icon_family_is_well_formed() -> None:
    data = (ROOT / "packaging/icons/rundabord.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        code, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[code] = png_size(data[position + 8 : position + length])
        position += length
    assert found == {code: (size, size) for code, size in make_icons.ICNS_SLOTS}


def test_svg_icons_render(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    for name in ("rundabord.svg", "rundabord-bundle.svg"):
        renderer = QSvgRenderer(str(ROOT / "resources/icons" / name))
        assert renderer.isValid(), name
        assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256


def test_hicolor_tree_has_app_and_mime_icons(qapp, tmp_path) -> None:
    make_icons.write_hicolor(tmp_path)
    mime_icon = bundle_contents.BUNDLE_MIME_TYPE.replace("/", "-")
    for size in make_icons.HICOLOR_SIZES:
        folder = tmp_path / f"{size}x{size}"
        assert png_size((folder / "apps" / f"{bundle_contents.APP_ID}.png").read_bytes()) == (size, size)
        assert png_size((folder / "mimetypes" / f"{mime_icon}.png").read_bytes()) == (size, size)
    assert (tmp_path / "scalable/apps" / f"{bundle_contents.APP_ID}.svg").is_file()


def test_desktop_entry_opens_bundles_with_the_app() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Rundabord"
    valid = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert (valid.returncode, valid.stdout + valid.stderr) == (0, "")
    assert entry["Exec"] == "rundabord %f" and entry["TryExec"] == "rundabord"
    assert entry["Icon"] == bundle_contents.APP_ID
    assert bundle_contents.BUNDLE_MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    assert entry["Terminal"] == "false"
    assert entry["Comment[sv]"] and entry["GenericName[sv]"]
    # Qt names the window after the desktop file, so the dock shows this entry's icon for it.
    assert f'setDesktopFileName("{bundle_contents.APP_ID}")' in (ROOT / "ui/application.py").read_text()


def test_rbz_files_get_the_bundle_mime_type(tmp_path) -> None:
    share = tmp_path / "share"
    (share / "mime/packages").mkdir(parents=True)
    (share / "mime/packages" / MIME_XML.name).write_bytes(MIME_XML.read_bytes())
    subprocess.run(["update-mime-database", str(share / "mime")], check=True, capture_output=True)
    probe = (
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "t = db.mimeTypeForFile('Bord 1.RBZ', QMimeDatabase.MatchMode.MatchExtension)\n"
        "print(t.name(), t.inherits('application/zip'), t.iconName(), sep='\\n')\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": f"{share}:/usr/share"}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == [bundle_contents.BUNDLE_MIME_TYPE, "True", "application-x-rundabord-bundle"]


def _imports(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                yield path, [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]


@pytest.mark.parametrize("package", ["app", "ui"])
def test_nothing_the_code_imports_is_excluded_from_the_bundle(package) -> None:
    excluded = set(bundle_contents.EXCLUDES)
    offending = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, names in _imports(ROOT / package)
        for name in names
        if any(name == e or name.startswith(e + ".") for e in excluded)
    ]
    assert not offending, (
        "drop these from packaging/bundle_contents.py EXCLUDES, or the import:\n" + "\n".join(offending)
    )


@pytest.mark.parametrize("package", ["app", "ui"])
def test_resources_are_found_through_importlib_resources(package) -> None:
    # Paths built from __file__ or PyInstaller's _MEIPASS work in one layout and break in the others.
    offending = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Name) and node.id == "__file__") or (
                isinstance(node, ast.Attribute) and node.attr == "_MEIPASS"
            ):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offending, "use importlib.resources.files('resources') instead:\n" + "\n".join(offending)


def test_bundle_keeps_what_a_desktop_needs_and_drops_the_rest() -> None:
    keep = bundle_contents.keep_file
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/Qt/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/plugins/platforms/libqcocoa.dylib")
    assert not keep("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqlinuxfb.so")
    assert not keep("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so")
    assert keep("PySide6/Qt/translations/qtbase_sv.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("resources/translations/common_sv.qm")


def test_windows_version_resource_carries_the_project_version(monkeypatch) -> None:
    # PyInstaller's versioninfo module imports pefile and win32api (there on Windows only) for writing the
    # resource into an .exe; the resource classes themselves are plain Python, so stand-ins let us build it.
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from .conftest import project_version

    version = project_version()
    try:
        info = bundle_contents.windows_version_info(version, "rundabord-cli")
    finally:  # the module imported against stand-ins must not outlive this test
        sys.modules.pop("PyInstaller.utils.win32.versioninfo", None)
    numbers = [int(n) for n in version.split(".")] + [0] * (4 - len(version.split(".")))
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    text = str(info)
    for expected in (f"'FileVersion', '{version}'", "'OriginalFilename', 'rundabord-cli.exe'", "'040904B0'"):
        assert expected in text
